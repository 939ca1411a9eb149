-- Indexes for the first release of the shop.

-- Redundant: customers_email_key (from UNIQUE in 0001) already indexes
-- email, and a unique index answers every lookup a plain one does
-- (duplicates-constraint).
CREATE INDEX customers_email_idx ON customers (email);

-- Near-miss, not reported: a different operator class. text_pattern_ops
-- serves LIKE 'prefix%' under any collation; the default operator class of
-- customers_email_key does not.
CREATE INDEX customers_email_pattern_idx ON customers (email text_pattern_ops);

-- Near-miss, not reported: an expression index. lower(email) is not the
-- column email.
CREATE INDEX customers_lower_email_idx ON customers (lower(email));

-- The index the foreign key orders.customer_id needs. (0003 adds a wider
-- index that leads with customer_id, which makes this one redundant.)
CREATE INDEX orders_customer_id_idx ON orders (customer_id);

CREATE INDEX orders_placed_at_idx ON orders (placed_at);

-- Near-miss, not reported: a partial index. Its WHERE clause makes it a
-- different index from orders_placed_at_idx, even with the same key.
CREATE INDEX orders_pending_idx ON orders (placed_at) WHERE status = 'pending';

CREATE INDEX orders_status_placed_idx ON orders (status, placed_at);

-- Serves the foreign key products.category_id.
CREATE INDEX products_category_name_idx ON products (category_id, name);

-- Near-miss, not reported: an INCLUDE index. It leads with category_id like
-- products_category_name_idx, but that index does not contain price, so it
-- cannot replace this one in an index-only scan.
CREATE INDEX products_category_price_idx ON products (category_id) INCLUDE (price);

-- Near-miss, not reported: products_sku_key, the UNIQUE (sku) constraint of
-- 0001, is the leading key of this wider index, but it enforces uniqueness of
-- sku alone, which (sku, name) cannot do.
CREATE INDEX products_sku_name_idx ON products (sku, name);

-- Near-miss, not reported: a GIN index. It answers tags @> '{sale}', which no
-- btree index does; indexes of other methods than btree are only ever
-- reported as exact duplicates of an index of the same method.
CREATE INDEX products_tags_idx ON products USING gin (tags);
