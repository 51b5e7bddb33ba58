//! `iamport-sim`: a stateful PortOne V1 (iamport) that tests run against
//! offline.
//!
//! It keeps tokens, payments, cancellations, prepared amounts, billing
//! keys, schedules, virtual accounts, cash receipts and escrow shipments
//! in memory, on a clock that moves with real time and jumps forward when a
//! test advances it (schedules that come due run then); it sends
//! webhooks, serves a stand-in `iamport.js` with a payment window, and
//! injects faults per route (dropped connections, error statuses, delays,
//! malformed, oversized and lying answers, redirects). Every request,
//! fault and webhook is counted, so a test can prove "charged once".
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use iamport::rest::{Again, Charge};
//! use iamport::value::{Amount, CustomerUid, MerchantUid, OrderName};
//! use iamport_sim::{Fault, Sim};
//!
//! let sim = Sim::start().await?;
//! let client = iamport::Client::new(sim.key(), sim.secret())?.with_base_url(sim.url());
//! sim.fault(Fault::after("again").drop_connection().times(1));
//!
//! // A charge whose answer is lost: the client finds it in PortOne's
//! // records, and it was charged once.
//! sim.add_billing_key("customer-1");
//! let again = Again::builder()
//!     .customer_uid(CustomerUid::new("customer-1")?)
//!     .merchant_uid(MerchantUid::new("order-1")?)
//!     .amount(Amount::new(9900)?)
//!     .name(OrderName::new("월간 이용권")?)
//!     .build()?;
//! let outcome = client.charge(&again).await?;
//! assert!(matches!(outcome, iamport::ChargeOutcome::Found(Charge::Paid(_))));
//! assert_eq!(sim.state().payments.len(), 1);
//! assert_eq!(sim.requests("again"), 1);
//! # Ok(()) }
//! ```
//!
//! The PG-specific operations (Naver Pay order management, KCP Quick Pay,
//! Benepia, Paymentwall, Payco), identity verification, codes, tiers and
//! PG settings answer well-formed fixed answers that fit the OpenAPI's
//! response schema. What the simulator does not model is listed in the
//! repository README ("Testing without PortOne").

#![forbid(unsafe_code)]
// No panic path in library code: bad input of any size or shape is an error.
#![cfg_attr(
    not(test),
    deny(
        clippy::arithmetic_side_effects,
        clippy::indexing_slicing,
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::as_conversions
    )
)]
#![recursion_limit = "256"]
// Fields named as PortOne names them (`customer_uid` of a customer).
#![allow(clippy::struct_field_names)]

mod browser;
mod fault;
mod fixed;
pub mod hostile;
mod money;
mod routes;
mod server;
mod world;

use std::net::{Ipv4Addr, SocketAddr};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use tokio::sync::watch;

pub use fault::{Action, Fault, FaultAt, Stage};
pub use server::{Choice, Delivery, Seen, Snapshot};
pub use world::{CardBehaviour, NewPayment, PaymentSummary, ScheduleSummary, Status, Webhook};

/// Every operation the simulator answers: `(method, path pattern,
/// operationId)`, the `operationId` being the route a [`Fault`] names and
/// [`Snapshot::requests`] counts. A `{name}` in the pattern is one path
/// segment; `find` and `findAll` are listed with and without their
/// optional `{payment_status}`.
pub fn operations() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    routes::ROUTES.iter().map(|r| (r.method, r.pattern, r.name))
}

/// The merchant code (가맹점 식별코드) every simulator has.
pub const MERCHANT_CODE: &str = "imp10000000";

/// A running simulator; it stops when dropped.
#[derive(Debug)]
pub struct Sim {
    url: String,
    key: String,
    secret: String,
    shared: server::Shared,
    stop: watch::Sender<bool>,
}

/// How a simulator starts: address, credentials, token lifetime, the
/// console's webhook URL and webhook retries.
#[derive(Clone, Debug)]
#[must_use = "a builder does nothing until `start`"]
pub struct SimBuilder {
    listen: SocketAddr,
    key: Option<String>,
    secret: Option<String>,
    token_ttl: Duration,
    notice_url: Option<String>,
    webhook_retries: u32,
    webhook_interval: Duration,
    sandbox: bool,
}

impl Default for SimBuilder {
    fn default() -> Self {
        SimBuilder {
            listen: SocketAddr::from((Ipv4Addr::LOCALHOST, 0)),
            key: None,
            secret: None,
            token_ttl: Duration::from_mins(30),
            notice_url: None,
            webhook_retries: 0,
            webhook_interval: Duration::from_mins(1),
            sandbox: false,
        }
    }
}

/// A string no two simulators share: the clock's nanoseconds and a
/// counter.
fn unique(prefix: &str) -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    format!("{prefix}{nanos:x}{n:x}")
}

impl SimBuilder {
    /// The address to listen on (default `127.0.0.1:0`, a free loopback
    /// port).
    pub fn listen(mut self, address: SocketAddr) -> Self {
        self.listen = address;
        self
    }

    /// The REST API key (default: made up at start).
    pub fn key(mut self, key: impl Into<String>) -> Self {
        self.key = Some(key.into());
        self
    }

    /// The REST API secret (default: made up at start).
    pub fn secret(mut self, secret: impl Into<String>) -> Self {
        self.secret = Some(secret.into());
        self
    }

    /// How long a token lives by the simulator's clock (default 30
    /// minutes, as PortOne's).
    pub fn token_ttl(mut self, ttl: Duration) -> Self {
        self.token_ttl = ttl;
        self
    }

    /// The console's webhook URL, for payments that name no `notice_url`.
    pub fn notice_url(mut self, url: impl Into<String>) -> Self {
        self.notice_url = Some(url.into());
        self
    }

    /// Extra attempts for a webhook not answered 2xx, and the wait between
    /// them. V1 sends once unless PortOne's support turns re-sending on (up
    /// to 5 times, a minute apart); the default here is 0.
    pub fn webhook_retries(mut self, retries: u32, interval: Duration) -> Self {
        self.webhook_retries = retries;
        self.webhook_interval = interval;
        self
    }

    /// Whether the simulated channel is a test channel (default `false`:
    /// payments say `sandbox: false`, as a live channel's do, so that a
    /// merchant's production checks pass unchanged).
    pub fn sandbox(mut self, sandbox: bool) -> Self {
        self.sandbox = sandbox;
        self
    }

    /// Starts the simulator on the current tokio runtime.
    ///
    /// # Errors
    ///
    /// When the address can't be bound.
    pub async fn start(self) -> std::io::Result<Sim> {
        let (listener, local) = server::bind(self.listen).await?;
        let key = self.key.unwrap_or_else(|| unique("sim_key_"));
        let secret = self.secret.unwrap_or_else(|| unique("sim_secret_"));
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX));
        let mut world = world::World::new(key.clone(), secret.clone(), now);
        world.set_token_ttl(i64::try_from(self.token_ttl.as_secs()).unwrap_or(i64::MAX));
        world.notice_url = self.notice_url;
        world.sandbox = self.sandbox;
        let shared = std::sync::Arc::new(std::sync::Mutex::new(server::Inner {
            world,
            faults: Vec::new(),
            log: Vec::new(),
            faults_fired: 0,
            deliveries: Vec::new(),
            webhook_retries: self.webhook_retries,
            webhook_interval: self.webhook_interval,
            choices: std::collections::HashMap::new(),
            windows: Vec::new(),
        }));
        let (stop, stopped) = watch::channel(false);
        tokio::spawn(server::serve(
            listener,
            server::router(shared.clone()),
            stopped,
        ));
        Ok(Sim {
            url: format!("http://{local}"),
            key,
            secret,
            shared,
            stop,
        })
    }
}

impl Sim {
    /// Starts a simulator on a free loopback port with made-up
    /// credentials.
    ///
    /// # Errors
    ///
    /// When no loopback port can be bound.
    pub async fn start() -> std::io::Result<Sim> {
        SimBuilder::default().start().await
    }

    /// A builder for a simulator with its own address or settings.
    pub fn builder() -> SimBuilder {
        SimBuilder::default()
    }

    /// The base URL, `http://127.0.0.1:PORT`.
    #[must_use]
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The REST API key (`imp_key`).
    #[must_use]
    pub fn key(&self) -> &str {
        &self.key
    }

    /// The REST API secret (`imp_secret`).
    #[must_use]
    pub fn secret(&self) -> &str {
        &self.secret
    }

    /// The merchant code for `IMP.init`.
    #[must_use]
    pub fn merchant_code(&self) -> &str {
        MERCHANT_CODE
    }

    /// The URL of the stand-in `iamport.js`.
    #[must_use]
    pub fn script_url(&self) -> String {
        format!("{}/iamport.js", self.url)
    }

    /// Moves the simulated clock forward, runs every schedule that came
    /// due and waits for the first attempt of the webhooks that caused.
    /// Returns the new time (Unix seconds).
    pub async fn advance(&self, by: Duration) -> i64 {
        server::advance(
            &self.shared,
            i64::try_from(by.as_secs()).unwrap_or(i64::MAX),
        )
        .await
    }

    /// The simulator's clock, Unix seconds.
    #[must_use]
    pub fn now(&self) -> i64 {
        server::lock(&self.shared).world.now()
    }

    /// Adds a fault.
    pub fn fault(&self, fault: Fault) {
        server::lock(&self.shared).faults.push(fault);
    }

    /// Removes every fault.
    pub fn clear_faults(&self) {
        server::lock(&self.shared).faults.clear();
    }

    /// What the simulator saw and keeps.
    #[must_use]
    pub fn state(&self) -> Snapshot {
        server::lock(&self.shared).snapshot()
    }

    /// Scripts what charging billing key `customer_uid` does, now and
    /// when it is issued later.
    pub fn script_billing_key(&self, customer_uid: impl Into<String>, behaviour: CardBehaviour) {
        server::lock(&self.shared)
            .world
            .script(customer_uid.into(), behaviour);
    }

    /// Scripts the buyer's choice in the checkout window for
    /// `merchant_uid`.
    pub fn choose(&self, merchant_uid: impl Into<String>, choice: Choice) {
        server::lock(&self.shared)
            .choices
            .insert(merchant_uid.into(), choice);
    }

    /// A deposit into the virtual account of `imp_uid`: it becomes paid,
    /// and its webhook is sent. `false` when `imp_uid` is no virtual
    /// account waiting for its deposit.
    pub async fn deposit(&self, imp_uid: &str) -> bool {
        let (paid, outbox) = {
            let mut inner = server::lock(&self.shared);
            let answer = inner.world.deposit(imp_uid);
            (
                answer.status == 200,
                std::mem::take(&mut inner.world.outbox),
            )
        };
        server::send_webhooks(&self.shared, outbox).await;
        paid
    }

    /// Puts a payment in place, as if made earlier; returns its
    /// `imp_uid`.
    ///
    /// ```no_run
    /// # async fn run() -> std::io::Result<()> {
    /// use iamport_sim::{NewPayment, Sim, Status};
    /// let sim = Sim::start().await?;
    /// let imp_uid = sim.add_payment(&NewPayment::new("order-1", Status::Paid, 1004));
    /// # Ok(()) }
    /// ```
    #[must_use = "the imp_uid is how the payment is found"]
    pub fn add_payment(&self, payment: &NewPayment) -> String {
        server::lock(&self.shared).world.add_payment(payment)
    }

    /// Puts a billing key in place (one that pays unless scripted
    /// otherwise), as if issued earlier.
    pub fn add_billing_key(&self, customer_uid: &str) {
        server::lock(&self.shared)
            .world
            .add_billing_key(customer_uid);
    }

    /// How long tokens issued from now on live.
    pub fn set_token_ttl(&self, ttl: Duration) {
        server::lock(&self.shared)
            .world
            .set_token_ttl(i64::try_from(ttl.as_secs()).unwrap_or(i64::MAX));
    }

    /// Forgets every token issued, as a rotated key would: each is a 401
    /// from now on.
    pub fn revoke_tokens(&self) {
        server::lock(&self.shared).world.revoke_tokens();
    }

    /// The number of requests route `route` (an `operationId`) received.
    #[must_use]
    pub fn requests(&self, route: &str) -> usize {
        server::lock(&self.shared)
            .log
            .iter()
            .filter(|s| s.route == route)
            .count()
    }
}

impl Drop for Sim {
    fn drop(&mut self) {
        let _ = self.stop.send(true);
    }
}
