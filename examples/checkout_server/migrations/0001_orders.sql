-- The orders and the fulfilment outbox; the same SQL for SQLite and
-- PostgreSQL. Times are Unix seconds, amounts whole won.
CREATE TABLE orders (
    merchant_uid TEXT PRIMARY KEY,
    amount BIGINT NOT NULL,
    currency TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('created', 'paid', 'failed', 'mismatch', 'cancelled', 'expired')),
    imp_uid TEXT,
    -- The order's texts (name, buyer_name, buyer_addr, note) as one JSON
    -- object, which keeps any text exactly (PostgreSQL's TEXT can't hold
    -- NUL; JSON writes it as \u0000).
    details TEXT NOT NULL,
    client TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX orders_by_client ON orders (client, created_at);
CREATE INDEX orders_by_state ON orders (state, created_at);
-- One row per paid order, written in the transaction that marked it paid:
-- the outbox a shop hangs shipping on.
CREATE TABLE fulfilments (
    merchant_uid TEXT PRIMARY KEY REFERENCES orders (merchant_uid),
    imp_uid TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
