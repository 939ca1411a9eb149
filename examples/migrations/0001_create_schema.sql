-- A small shop: customers, a category tree, products, orders and their lines.
-- This file only creates tables. PostgreSQL creates an index for every
-- PRIMARY KEY and UNIQUE constraint, but never for a FOREIGN KEY.

CREATE TABLE customers (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email       text NOT NULL UNIQUE,              -- index customers_email_key
    full_name   text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- The category tree has a few dozen rows; a sequential scan of it is cheaper
-- than keeping an index on parent_id up to date, so that finding is
-- suppressed here, with the reason next to it.
-- pg-index-lint-ignore unindexed-foreign-key: a few dozen rows, scanning them is cheaper than an index on parent_id
CREATE TABLE categories (
    id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    parent_id   integer REFERENCES categories (id),
    name        text NOT NULL
);

CREATE TABLE products (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    category_id integer NOT NULL REFERENCES categories (id),
    sku         text NOT NULL,
    name        text NOT NULL,
    price       numeric(10, 2) NOT NULL,
    tags        text[] NOT NULL DEFAULT '{}',
    CONSTRAINT products_sku_key UNIQUE (sku)
);

CREATE TABLE orders (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id),
    status      text NOT NULL DEFAULT 'pending',
    placed_at   timestamptz NOT NULL DEFAULT now(),
    total       numeric(12, 2) NOT NULL DEFAULT 0
);

-- The primary key (order_id, product_id) leads with order_id, so it serves
-- the foreign key to orders. Nothing serves product_id: deleting a product
-- scans the whole of order_items (unindexed-foreign-key).
CREATE TABLE order_items (
    order_id    bigint NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id  bigint NOT NULL REFERENCES products (id),
    quantity    integer NOT NULL CHECK (quantity > 0),
    unit_price  numeric(10, 2) NOT NULL,
    PRIMARY KEY (order_id, product_id)
);
