//! The orders, in a real database: SQLite by default (one file, created
//! with its tables on first start), PostgreSQL when `DATABASE_URL` is a
//! `postgres://` URL, so that several instances of the server share them.
//! The same queries and migrations serve both (sqlx's `Any` driver, `$1`
//! placeholders).
//!
//! An order goes `created` → `paid` | `failed` | `mismatch` | `cancelled` |
//! `expired`, and no further: each transition is one conditional `UPDATE
//! ... WHERE state = 'created'` in a transaction, so that however many
//! webhooks and redirects arrive, on however many instances, one of them
//! moves the order. A paid order gets its row in `fulfilments` (the outbox
//! a shop hangs shipping on) in the same transaction, once.

use std::time::{SystemTime, UNIX_EPOCH};

use sqlx::migrate::{Migration, MigrationType, Migrator};
use sqlx::{AnyPool, Row, SqlSafeStr as _};

/// What went wrong with the database; the text is sqlx's, which never
/// holds a row's values.
pub(crate) type StoreError = sqlx::Error;

/// An order as the database keeps it.
#[derive(Clone, Debug)]
pub(crate) struct StoredOrder {
    pub(crate) merchant_uid: String,
    /// In won.
    pub(crate) amount: i64,
    pub(crate) currency: String,
    pub(crate) state: String,
    pub(crate) imp_uid: Option<String>,
    pub(crate) name: String,
    pub(crate) buyer_name: String,
    pub(crate) buyer_addr: String,
    pub(crate) note: String,
    pub(crate) created_at: i64,
}

/// A new order's texts, from the cart.
pub(crate) struct NewOrder<'a> {
    pub(crate) merchant_uid: &'a str,
    pub(crate) amount: i64,
    pub(crate) currency: &'a str,
    pub(crate) name: &'a str,
    pub(crate) buyer_name: &'a str,
    pub(crate) buyer_addr: &'a str,
    pub(crate) note: &'a str,
    pub(crate) client: &'a str,
}

/// How a transition went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Moved {
    /// This call moved the order (and, for `paid`, recorded its
    /// fulfilment).
    Now,
    /// The order was already final (or unknown): nothing changed.
    Already,
}

/// The orders.
#[derive(Clone)]
pub(crate) struct Store {
    pool: AnyPool,
}

pub(crate) fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// The migrations, in order; both databases run the same ones.
fn migrator() -> Migrator {
    Migrator::with_migrations(vec![Migration::new(
        1,
        "orders and fulfilments".into(),
        MigrationType::Simple,
        include_str!("migrations/0001_orders.sql").into_sql_str(),
        false,
    )])
}

impl Store {
    /// Opens the database at `url` (`sqlite://path?mode=rwc`,
    /// `sqlite::memory:` or `postgres://...`) and brings its tables up to
    /// date.
    pub(crate) async fn open(url: &str) -> Result<Store, StoreError> {
        sqlx::any::install_default_drivers();
        let sqlite = url.starts_with("sqlite");
        let pool = sqlx::any::AnyPoolOptions::new()
            .max_connections(if sqlite { 1 } else { 8 })
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    // SQLite: a write-ahead log, synced at checkpoints. A
                    // crash of the server loses nothing committed; a power
                    // cut may lose the last moments, which PortOne's records
                    // and its webhook then restore.
                    if sqlite {
                        sqlx::Executor::execute(
                            &mut *conn,
                            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000",
                        )
                        .await?;
                    }
                    Ok(())
                })
            })
            .connect(url)
            .await?;
        migrator().run(&pool).await?;
        Ok(Store { pool })
    }

    /// Records a new order.
    pub(crate) async fn create(&self, order: &NewOrder<'_>) -> Result<(), StoreError> {
        let now = now();
        let details = serde_json::json!({
            "name": order.name,
            "buyer_name": order.buyer_name,
            "buyer_addr": order.buyer_addr,
            "note": order.note,
        })
        .to_string();
        sqlx::query(
            "INSERT INTO orders (merchant_uid, amount, currency, state, details, client, \
             created_at, updated_at) VALUES ($1, $2, $3, 'created', $4, $5, $6, $6)",
        )
        .bind(order.merchant_uid)
        .bind(order.amount)
        .bind(order.currency)
        .bind(details)
        .bind(order.client)
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Orders `client` created since `since` (Unix seconds).
    pub(crate) async fn created_by(&self, client: &str, since: i64) -> Result<i64, StoreError> {
        let row =
            sqlx::query("SELECT COUNT(*) AS n FROM orders WHERE client = $1 AND created_at >= $2")
                .bind(client)
                .bind(since)
                .fetch_one(&self.pool)
                .await?;
        row.try_get::<i64, _>("n")
    }

    /// The order, if there is one.
    pub(crate) async fn get(&self, merchant_uid: &str) -> Result<Option<StoredOrder>, StoreError> {
        let row = sqlx::query(
            "SELECT merchant_uid, amount, currency, state, imp_uid, details, created_at \
             FROM orders WHERE merchant_uid = $1",
        )
        .bind(merchant_uid)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|row| {
            let details: String = row.try_get("details")?;
            let details: serde_json::Value =
                serde_json::from_str(&details).map_err(|e| sqlx::Error::Decode(e.into()))?;
            let text = |key: &str| {
                details
                    .get(key)
                    .and_then(|v| v.as_str())
                    .unwrap_or_default()
                    .to_owned()
            };
            Ok(StoredOrder {
                merchant_uid: row.try_get("merchant_uid")?,
                amount: row.try_get("amount")?,
                currency: row.try_get("currency")?,
                state: row.try_get("state")?,
                imp_uid: row.try_get("imp_uid")?,
                name: text("name"),
                buyer_name: text("buyer_name"),
                buyer_addr: text("buyer_addr"),
                note: text("note"),
                created_at: row.try_get("created_at")?,
            })
        })
        .transpose()
    }

    /// Moves a `created` order to `state` (one conditional update); for
    /// `paid`, records its fulfilment in the same transaction.
    pub(crate) async fn settle(
        &self,
        merchant_uid: &str,
        state: &str,
        imp_uid: Option<&str>,
    ) -> Result<Moved, StoreError> {
        let now = now();
        let mut tx = self.pool.begin().await?;
        let moved = sqlx::query(
            "UPDATE orders SET state = $1, imp_uid = $2, updated_at = $3 \
             WHERE merchant_uid = $4 AND state = 'created'",
        )
        .bind(state)
        .bind(imp_uid)
        .bind(now)
        .bind(merchant_uid)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if moved == 0 {
            tx.rollback().await?;
            return Ok(Moved::Already);
        }
        if state == "paid" {
            sqlx::query(
                "INSERT INTO fulfilments (merchant_uid, imp_uid, created_at) VALUES ($1, $2, $3)",
            )
            .bind(merchant_uid)
            .bind(imp_uid.unwrap_or_default())
            .bind(now)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(Moved::Now)
    }

    /// Expires `created` orders older than `before` (Unix seconds).
    pub(crate) async fn expire(&self, before: i64) -> Result<u64, StoreError> {
        let result = sqlx::query(
            "UPDATE orders SET state = 'expired', updated_at = $1 \
             WHERE state = 'created' AND created_at < $2",
        )
        .bind(now())
        .bind(before)
        .execute(&self.pool)
        .await?;
        Ok(result.rows_affected())
    }
}
