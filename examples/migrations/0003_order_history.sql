-- Pull request: order history pages and product reviews.

-- Newest orders of a customer first. This index leads with customer_id, so
-- it serves every lookup orders_customer_id_idx (0002) serves, and the
-- foreign key orders.customer_id as well: orders_customer_id_idx is now
-- redundant (leading-prefix, reported on this statement in a lint).
CREATE INDEX orders_customer_recent_idx ON orders (customer_id, placed_at DESC);

-- Near-miss, not reported: (status, placed_at DESC) is not
-- orders_status_placed_idx (status, placed_at) read backwards; that would be
-- (status DESC, placed_at DESC). Only a full reversal is a duplicate.
CREATE INDEX orders_status_recent_idx ON orders (status, placed_at DESC);

-- Redundant: every key reversed is the same index read backwards, so this
-- duplicates orders_placed_at_idx (duplicate-index).
CREATE INDEX orders_placed_desc_idx ON orders (placed_at DESC);

-- Redundant: the same keys as products_sku_key, the UNIQUE (sku) constraint,
-- and no stricter (duplicates-constraint).
CREATE UNIQUE INDEX products_sku_uidx ON products (sku);

-- Nothing serves reviews.customer_id: the index below leads with product_id,
-- so deleting a customer would scan all reviews (unindexed-foreign-key).
CREATE TABLE reviews (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    product_id  bigint NOT NULL REFERENCES products (id),
    customer_id bigint NOT NULL REFERENCES customers (id),
    rating      smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
    body        text,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX reviews_product_created_idx ON reviews (product_id, created_at DESC);
