//! An async client for the REST API (cargo feature `client`): it sends any
//! [`Endpoint`], keeps the access token, and resolves a charge whose answer
//! was lost from PortOne's records, never by guessing and never by charging
//! again.
//!
//! Around that: a request that is safe to repeat (a lookup, `getToken`) is
//! sent again after a fault that may pass, by a [`RetryPolicy`]; one call
//! can change the time-out, the sub-merchant tier and the policy
//! ([`RequestOptions`]); and a listing reads page after page as a stream
//! ([`Client::pages`], [`Client::items`]).
//!
//! Blocking code, or another HTTP client, can use the sans-IO
//! [`Endpoint`] trait directly (the `chai_billing` example does, with ureq).

mod options;
mod pages;
mod retry;

pub use options::RequestOptions;
pub use pages::{Items, Pages};
pub use retry::RetryPolicy;

use std::collections::{HashMap, VecDeque};
use std::fmt::{self, Write as _};
use std::sync::{Arc, Mutex, Once, PoisonError};
use std::time::{Duration, Instant};

use tokio::sync::watch;

use crate::rest::{
    AccessToken, ApiError, Charge, ChargeRequest, Endpoint, Envelope, FindAllPayments, GetToken,
    Method, MultiLookup, Paged, Payment, PaymentStatus, Sorting, TIER_HEADER, TierCode,
};
use crate::value::{MerchantUid, Timestamp};

/// How much of a response body is read at most: 1 MiB.
pub const DEFAULT_MAX_BODY: usize = 1 << 20;

/// The most [`Client::with_max_body`] allows: 64 MiB.
pub const MAX_BODY_CEILING: usize = 64 << 20;

/// The most characters of any error's text.
pub const MAX_MESSAGE: usize = crate::value::LINE_MAX;

/// Refresh this long before the token expires by the server's clock.
const TOKEN_MARGIN: Duration = Duration::from_mins(1);

/// The first wait after a failed token refresh; it doubles up to
/// [`BACKOFF_MAX`].
const BACKOFF_START: Duration = Duration::from_millis(250);
/// The longest wait after failed token refreshes.
const BACKOFF_MAX: Duration = Duration::from_secs(8);

/// How many `merchant_uid`s the client remembers the answered payments of.
const SEEN_ORDERS: usize = 4096;
/// How many payments of one `merchant_uid` it remembers.
const SEEN_PER_ORDER: usize = 16;

/// How many payments of one `merchant_uid` a lookup reads (one page).
const LOOKUP_LIMIT: u32 = 100;

/// Why a call did not give the endpoint's answer. Its text is one line of
/// at most [`MAX_MESSAGE`] characters and never holds the secret, a token
/// or card data.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ClientError {
    /// The request did not complete: connection refused or dropped, TLS,
    /// or a time-out. The server may or may not have processed it.
    Transport {
        /// The endpoint's method and path, such as `POST /subscribe/payments/again`.
        endpoint: String,
        /// Whether it was the time-out.
        timed_out: bool,
    },
    /// An HTTP status other than 200 (redirects are never followed, so a
    /// 3xx lands here too).
    Status {
        /// The endpoint.
        endpoint: String,
        /// The status code.
        status: u16,
        /// PortOne's `code` and `message`, when the body was PortOne's
        /// envelope; `None` when it was not (a proxy, a wrong base URL).
        api: Option<ApiError>,
    },
    /// PortOne answered `code != 0` with HTTP 200.
    Api {
        /// The endpoint.
        endpoint: String,
        /// The API's code and message.
        error: ApiError,
    },
    /// PortOne answered `code: 0` with no `response`: the answer is
    /// missing, not a refusal.
    NoPayload {
        /// The endpoint.
        endpoint: String,
    },
    /// HTTP 207: only part of a multi lookup succeeded. Send it with
    /// [`Client::send_partial`] to get the part that did and the ids that
    /// failed.
    Partial {
        /// The endpoint.
        endpoint: String,
        /// PortOne's code and message, when the body had them.
        api: Option<ApiError>,
    },
    /// The body was larger than the limit.
    TooLarge {
        /// The endpoint.
        endpoint: String,
        /// The limit, in bytes.
        limit: usize,
    },
    /// The body was not the JSON the endpoint answers with.
    Malformed {
        /// The endpoint.
        endpoint: String,
        /// What was wrong, without the body.
        reason: String,
    },
    /// The client could not be set up (a base URL that is not `https`, or
    /// `http` off loopback; the HTTP client could not be built), or the
    /// request could not be written.
    Setup(String),
}

impl ClientError {
    /// Whether PortOne itself answered: an envelope with `code != 0`, or
    /// a 4xx other than 408 and 429 whose body is PortOne's envelope. Every
    /// other error leaves open whether the request was processed.
    #[must_use]
    pub fn is_portone_answer(&self) -> bool {
        match self {
            ClientError::Api { .. } => true,
            ClientError::Status {
                status,
                api: Some(api),
                ..
            } => (400..500).contains(status) && !matches!(status, 408 | 429) && api.code != 0,
            _ => false,
        }
    }

    /// The HTTP status, for [`ClientError::Status`].
    #[must_use]
    pub fn status(&self) -> Option<u16> {
        match self {
            ClientError::Status { status, .. } => Some(*status),
            _ => None,
        }
    }

    fn write_full(&self, out: &mut String) -> fmt::Result {
        match self {
            ClientError::Transport {
                endpoint,
                timed_out,
            } => {
                let what = if *timed_out {
                    "timed out"
                } else {
                    "failed in transport"
                };
                write!(
                    out,
                    "{endpoint}: the request {what}; it may or may not have been processed"
                )
            }
            ClientError::Status {
                endpoint,
                status,
                api,
            } => {
                write!(out, "{endpoint}: HTTP status {status}")?;
                match api {
                    Some(api) => write!(out, "; {api}"),
                    None => out.write_str("; the body was not PortOne's answer"),
                }
            }
            ClientError::Api { endpoint, error } => write!(out, "{endpoint}: {error}"),
            ClientError::NoPayload { endpoint } => write!(
                out,
                "{endpoint}: PortOne answered code 0 without a response; the answer is missing"
            ),
            ClientError::Partial { endpoint, api } => {
                write!(out, "{endpoint}: HTTP 207, only part succeeded")?;
                if let Some(api) = api {
                    write!(out, " ({api})")?;
                }
                out.write_str("; send it with Client::send_partial")
            }
            ClientError::TooLarge { endpoint, limit } => {
                write!(out, "{endpoint}: the answer is over {limit} bytes")
            }
            ClientError::Malformed { endpoint, reason } => {
                write!(
                    out,
                    "{endpoint}: the answer is not the JSON expected: {reason}"
                )
            }
            ClientError::Setup(reason) => write!(out, "the client could not be set up: {reason}"),
        }
    }
}

impl fmt::Display for ClientError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut full = String::new();
        self.write_full(&mut full)?;
        f.write_str(&crate::value::clipped(&full, MAX_MESSAGE))
    }
}

impl std::error::Error for ClientError {}

/// A charge as sent: its `merchant_uid`, the earliest second, by
/// PortOne's clock, at which PortOne can have started it, and the
/// sub-merchant tier it was sent for, if any. Payments of the
/// `merchant_uid` that started before that second belong to earlier
/// attempts and are never taken for this one.
///
/// Keep it (its values) with the order while its outcome is unknown, and
/// ask [`Client::recheck`] later, from any process: the lookup is sent
/// for the attempt's tier, since a sub-merchant's payments are in its own
/// records.
///
/// ```
/// use iamport::Attempt;
/// use iamport::rest::TierCode;
/// use iamport::value::{MerchantUid, Timestamp};
///
/// let kept = Attempt::new(MerchantUid::new("order_1")?, Timestamp::from_unix(1_700_000_000)?)
///     .with_tier(TierCode::new("shop-01")?);
/// assert_eq!(kept.tier().map(|t| t.as_str()), Some("shop-01"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attempt {
    merchant_uid: MerchantUid,
    since: Timestamp,
    tier: Option<TierCode>,
}

impl Attempt {
    /// An attempt for `merchant_uid` that PortOne started at `since` or
    /// later (by PortOne's clock), such as one kept from an earlier
    /// [`Unresolved`]; for no tier (see [`Attempt::with_tier`]).
    #[must_use]
    pub fn new(merchant_uid: MerchantUid, since: Timestamp) -> Self {
        Attempt {
            merchant_uid,
            since,
            tier: None,
        }
    }

    /// The attempt, sent for the sub-merchant of `tier`: its lookups carry
    /// that `Tier` header, over the client's and a call's own.
    #[must_use]
    pub fn with_tier(self, tier: TierCode) -> Self {
        Attempt {
            tier: Some(tier),
            ..self
        }
    }

    /// The sub-merchant tier the charge was sent for.
    #[must_use]
    pub fn tier(&self) -> Option<&TierCode> {
        self.tier.as_ref()
    }

    /// The order number the charge was sent for.
    #[must_use]
    pub fn merchant_uid(&self) -> &MerchantUid {
        &self.merchant_uid
    }

    /// The earliest `started_at` a payment of this attempt can have.
    #[must_use]
    pub fn since(&self) -> Timestamp {
        self.since
    }
}

/// A charge whose outcome PortOne's records do not show yet: it **may or
/// may not have been charged**.
///
/// Do not send the charge again, under a new `merchant_uid` or the same
/// one, and do not read this as "not charged": PortOne's "one payment per
/// order" rule protects a paid order, not one still being processed. Ask
/// [`Client::recheck`] with [`Unresolved::attempt`] later (seconds to
/// minutes; PortOne documents no bound on how long a charge can stay in
/// processing), and send again only once a recheck shows this attempt
/// failed ([`ChargeOutcome::may_resend`]). An order that stays unknown is
/// one for a person to look at in PortOne's console.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unresolved {
    attempt: Attempt,
    lost: String,
    lookup: String,
}

impl Unresolved {
    /// The attempt to look up again.
    #[must_use]
    pub fn attempt(&self) -> &Attempt {
        &self.attempt
    }

    /// Why the charge's own answer is missing (one line).
    #[must_use]
    pub fn lost(&self) -> &str {
        &self.lost
    }

    /// What the lookup found or why it failed (one line).
    #[must_use]
    pub fn lookup(&self) -> &str {
        &self.lookup
    }
}

impl fmt::Display for Unresolved {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let full = format!(
            "outcome unknown: order {} may or may not have been charged; look it up again later, never resend under a new merchant_uid (answer: {}; lookup: {})",
            crate::value::quoted(self.attempt.merchant_uid.as_str()),
            self.lost,
            self.lookup
        );
        f.write_str(&crate::value::clipped(&full, MAX_MESSAGE))
    }
}

/// What happened to a charge, as PortOne's records have it.
///
/// ```text
///                         ┌─ answered ────────────▶ Answered(charge)
///  sent ──────────────────┤
///                         └─ lost ─▶ lookup ─┬─ this attempt's payment,
///                                            │  paid, failed or cancelled ─▶ Found(charge)
///                                            ├─ failed (Found(Charge::Failed)):
///                                            │  this attempt can no longer complete
///                                            └─ nothing yet, still `ready`,
///                                               several, or the lookup failed ─▶ Unknown
/// ```
///
/// There is no "not charged" for a lookup that finds nothing: PortOne's
/// records cannot show that a charge never arrived, only that it has not
/// been recorded yet. A payment of this attempt that `failed` is the proof
/// that it can no longer complete: [`ChargeOutcome::may_resend`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
#[must_use = "a charge may be unknown: match on it"]
pub enum ChargeOutcome {
    /// PortOne answered: paid, failed, or another status.
    Answered(Charge),
    /// The answer was lost, and a lookup found the payment of this attempt.
    Found(Charge),
    /// The answer was lost, and PortOne's records do not yet say what
    /// happened: it may or may not have been charged.
    Unknown(Unresolved),
}

impl ChargeOutcome {
    /// The payment record, when there is one.
    #[must_use]
    pub fn payment(&self) -> Option<&Payment> {
        match self {
            ChargeOutcome::Answered(c) | ChargeOutcome::Found(c) => Some(c.payment()),
            ChargeOutcome::Unknown(_) => None,
        }
    }

    /// Whether PortOne's records show that this attempt failed, so that it
    /// can no longer complete and a new attempt (under the same
    /// `merchant_uid`) cannot charge twice.
    #[must_use]
    pub fn may_resend(&self) -> bool {
        matches!(
            self,
            ChargeOutcome::Answered(Charge::Failed { .. })
                | ChargeOutcome::Found(Charge::Failed { .. })
        )
    }
}

/// What a multi lookup that PortOne answered in part (HTTP 207) or whole
/// (200) holds: the items found and the requested ids that found none.
#[derive(Debug, Clone, PartialEq)]
pub struct Partial<T> {
    /// The items PortOne returned.
    pub items: Vec<T>,
    /// The requested ids that no item answers.
    pub failed: Vec<String>,
    /// PortOne's code and message of a 207.
    pub api: Option<ApiError>,
}

/// PortOne's clock as the client knows it: the `now` of a token answer and
/// the local moment the answer arrived.
#[derive(Debug, Clone, Copy)]
struct ServerClock {
    now: u64,
    arrived: Instant,
}

impl ServerClock {
    /// The earliest whole second PortOne's clock can show at `at` (its
    /// `now` was stamped before the answer arrived).
    fn floor_at(self, at: Instant) -> u64 {
        self.now
            .saturating_add(at.saturating_duration_since(self.arrived).as_secs())
    }
}

/// A token and the local moment to refresh it.
#[derive(Clone)]
struct Cached {
    token: AccessToken,
    refresh_at: Instant,
    /// When it expires by the server's clock (no margin).
    expires_at: Instant,
    clock: ServerClock,
}

/// The outcome of a refresh, shared with every caller waiting for it.
type Refresh = Option<Result<Cached, ClientError>>;

#[derive(Default)]
struct TokenState {
    cached: Option<Cached>,
    /// The refresh in flight, if any: its result reaches every waiter.
    refreshing: Option<watch::Receiver<Refresh>>,
    /// The last failed refresh, handed to callers until `retry_at`.
    failure: Option<(ClientError, Instant, Duration)>,
}

/// Payments the client has seen answered, by `merchant_uid`: a lookup
/// after a lost answer never takes one of them for the new attempt.
#[derive(Default)]
struct Seen {
    by_order: HashMap<String, Vec<String>>,
    order: VecDeque<String>,
}

impl Seen {
    fn add(&mut self, merchant_uid: &str, imp_uid: &str) {
        if let Some(uids) = self.by_order.get_mut(merchant_uid) {
            if !uids.iter().any(|u| u == imp_uid) {
                if uids.len() >= SEEN_PER_ORDER {
                    uids.remove(0);
                }
                uids.push(imp_uid.to_owned());
            }
            return;
        }
        if self.order.len() >= SEEN_ORDERS
            && let Some(oldest) = self.order.pop_front()
        {
            self.by_order.remove(&oldest);
        }
        self.order.push_back(merchant_uid.to_owned());
        self.by_order
            .insert(merchant_uid.to_owned(), vec![imp_uid.to_owned()]);
    }

    fn contains(&self, merchant_uid: &str, imp_uid: &str) -> bool {
        self.by_order
            .get(merchant_uid)
            .is_some_and(|uids| uids.iter().any(|u| u == imp_uid))
    }
}

struct Inner {
    http: reqwest::Client,
    base: Result<String, String>,
    imp_key: String,
    imp_secret: String,
    tier: Option<TierCode>,
    max_body: usize,
    retry: RetryPolicy,
    /// Shared by every client made from this one with the same base URL.
    tokens: Arc<Mutex<TokenState>>,
    seen: Arc<Mutex<Seen>>,
}

/// An async client of the V1 REST API.
///
/// Cloning it is cheap: a clone is an `Arc` inside, and shares the one
/// connection pool, the one access token (and its refresh) and the
/// payments seen answered. There is no need to wrap it in an `Arc`: clone
/// it into each task, so that one client serves a whole program. The
/// `with_*` settings make a client that still shares the pool, the token
/// and the payments seen (but [`Client::with_base_url`], another server,
/// starts its own token).
///
/// It never follows a redirect, sends only to an `https` base URL (or
/// `http` on loopback, for stand-ins), and reads at most
/// [`DEFAULT_MAX_BODY`] of an answer unless told otherwise. A request
/// that is safe to repeat is sent again after a fault that may pass, by
/// its [`RetryPolicy`] (3 attempts by default); a charge never is.
///
/// ```no_run
/// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
/// use iamport::Client;
/// use iamport::rest::GetPayment;
/// use iamport::value::ImpUid;
///
/// let client = Client::new("imp_key", "imp_secret")?;
/// let payment = client
///     .send(&GetPayment::builder().imp_uid(ImpUid::new("imp_123")?).build())
///     .await?;
/// # Ok(()) }
/// ```
///
/// Clones in tasks, one token for all:
///
/// ```no_run
/// # async fn run(client: iamport::Client) {
/// use iamport::rest::GetPayment;
/// use iamport::value::ImpUid;
///
/// let tasks: Vec<_> = ["imp_1", "imp_2"]
///     .into_iter()
///     .map(|id| {
///         let client = client.clone();
///         tokio::spawn(async move {
///             let request = GetPayment::builder().imp_uid(ImpUid::new(id)?).build();
///             Ok::<_, Box<dyn std::error::Error + Send + Sync>>(client.send(&request).await?)
///         })
///     })
///     .collect();
/// # }
/// ```
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let base = match &self.inner.base {
            Ok(base) => base.as_str(),
            Err(_) => "<refused>",
        };
        f.debug_struct("Client")
            .field("base", &base)
            .field("imp_key", &"<redacted>")
            .field("imp_secret", &"<redacted>")
            .field("tier", &self.inner.tier)
            .field("max_body", &self.inner.max_body)
            .field("retry", &self.inner.retry)
            .finish_non_exhaustive()
    }
}

/// Installs ring as rustls's provider once, unless the program chose one.
fn install_tls_provider() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
}

/// `base` if it is `https`, or `http` on a loopback host, without userinfo,
/// query or fragment; without its trailing `/`.
fn checked_base(base: &str) -> Result<String, String> {
    let url = url::Url::parse(base).map_err(|_| "the base URL does not parse".to_owned())?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err("the base URL must not carry a user name or password".to_owned());
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err("the base URL must not carry a query or fragment".to_owned());
    }
    let loopback = match url.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        None => false,
    };
    match url.scheme() {
        "https" if url.host().is_some() => {}
        "http" if loopback => {}
        _ => {
            return Err(
                "the base URL must be https (http only on 127.0.0.0/8, [::1] or localhost)"
                    .to_owned(),
            );
        }
    }
    Ok(url.as_str().trim_end_matches('/').to_owned())
}

/// PortOne's `code` and `message` from a body that is its whole envelope:
/// an object with `code` (a number), `message` (text or null) and
/// `response`, all three present, as PortOne always sends them; a proxy's or
/// gateway's JSON with a `code` of its own is not taken for PortOne's.
fn portone_error(text: &str) -> Option<ApiError> {
    use serde_json::Value;
    let object: serde_json::Map<String, Value> = serde_json::from_str(text).ok()?;
    let code = object.get("code")?.as_i64()?;
    let message = match object.get("message")? {
        Value::Null => String::new(),
        Value::String(message) => message.clone(),
        _ => return None,
    };
    object.get("response")?;
    Some(ApiError { code, message })
}

/// `POST /subscribe/payments/again`: the method and the path without its query.
fn endpoint_name<E: Endpoint>(path: &str) -> String {
    format!(
        "{} {}",
        E::METHOD,
        path.split('?').next().unwrap_or_default()
    )
}

/// One call's settings: its [`RequestOptions`] over the client's.
#[derive(Clone, Copy)]
struct Call<'a> {
    timeout: Option<Duration>,
    tier: Option<&'a TierCode>,
    retry: RetryPolicy,
}

/// The tier `request` goes out for with `tier` as the call's: the value of
/// the one `Tier` header it is sent with.
fn sent_tier<E: Endpoint>(request: &E, tier: Option<&TierCode>) -> Option<TierCode> {
    request
        .headers_with_tier(tier)
        .into_iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(TIER_HEADER))
        .and_then(|(_, value)| TierCode::new(value).ok())
}

/// Whether to send `request` again after its attempt `attempt` (from 1),
/// the first of which started at `started`, failed with `error`: only a
/// `REPEATABLE` one, by `policy`. When so, it emits the event and waits.
async fn pause<E: Endpoint>(
    request: &E,
    policy: &RetryPolicy,
    attempt: u32,
    started: Instant,
    error: &ClientError,
    retry_after: Option<Duration>,
) -> bool {
    if !E::REPEATABLE {
        return false;
    }
    let Some(delay) = policy.delay(attempt, started, error, retry_after) else {
        return false;
    };
    let path = request.path();
    tracing::info!(
        method = %E::METHOD,
        path = %path.split('?').next().unwrap_or_default(),
        attempt,
        delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
        status = error.status(),
        transport = matches!(error, ClientError::Transport { .. }),
        timed_out = matches!(error, ClientError::Transport { timed_out: true, .. }),
        retry_after = retry_after.is_some(),
        "iamport request retried"
    );
    tokio::time::sleep(delay).await;
    true
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Client {
    /// A client of `https://api.iamport.kr` with the console's REST key and
    /// secret; time-outs of 10 s to connect and 30 s a request.
    ///
    /// # Errors
    ///
    /// When the HTTP client can't be built.
    pub fn new(
        imp_key: impl Into<String>,
        imp_secret: impl Into<String>,
    ) -> Result<Self, ClientError> {
        Self::with_timeouts(
            imp_key,
            imp_secret,
            Duration::from_secs(10),
            Duration::from_secs(30),
        )
    }

    /// [`Client::new`] with the connect and request time-outs given.
    ///
    /// # Errors
    ///
    /// When the HTTP client can't be built.
    pub fn with_timeouts(
        imp_key: impl Into<String>,
        imp_secret: impl Into<String>,
        connect: Duration,
        request: Duration,
    ) -> Result<Self, ClientError> {
        install_tls_provider();
        let http = reqwest::Client::builder()
            .connect_timeout(connect)
            .timeout(request)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|_| ClientError::Setup("the HTTP client could not be built".to_owned()))?;
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                base: Ok(crate::rest::BASE_URL.to_owned()),
                imp_key: imp_key.into(),
                imp_secret: imp_secret.into(),
                tier: None,
                max_body: DEFAULT_MAX_BODY,
                retry: RetryPolicy::new(),
                tokens: Arc::default(),
                seen: Arc::default(),
            }),
        })
    }

    /// A client with `change` made to its settings, sharing the token and
    /// the payments seen with `self`.
    fn rebuilt(self, change: impl FnOnce(&mut Inner)) -> Self {
        let old = &self.inner;
        let mut inner = Inner {
            http: old.http.clone(),
            base: old.base.clone(),
            imp_key: old.imp_key.clone(),
            imp_secret: old.imp_secret.clone(),
            tier: old.tier.clone(),
            max_body: old.max_body,
            retry: old.retry,
            tokens: old.tokens.clone(),
            seen: old.seen.clone(),
        };
        change(&mut inner);
        Client {
            inner: Arc::new(inner),
        }
    }

    /// Sends to `base` instead (a stand-in, or the fixed-IP host). It must
    /// be `https`, or `http` on a loopback host (`127.0.0.0/8`, `[::1]`,
    /// `localhost`), and carry no user name, password, query or fragment;
    /// otherwise every call fails with [`ClientError::Setup`] and nothing
    /// is sent. The token cache starts empty.
    #[must_use]
    pub fn with_base_url(self, base: impl AsRef<str>) -> Self {
        let base = checked_base(base.as_ref());
        self.rebuilt(|inner| {
            inner.base = base;
            // Another server: its tokens and payments are its own.
            inner.tokens = Arc::default();
            inner.seen = Arc::default();
        })
    }

    /// Calls for the sub-merchant of `tier` (the `Tier` header), sharing
    /// the token with `self`. A
    /// [`Tiered`](crate::rest::Tiered) request's own tier takes its place;
    /// the header is sent once.
    #[must_use]
    pub fn with_tier(self, tier: TierCode) -> Self {
        self.rebuilt(|inner| inner.tier = Some(tier))
    }

    /// Reads at most `limit` bytes of an answer, and never more than
    /// [`MAX_BODY_CEILING`] (64 MiB) whatever `limit` says. Memory grows
    /// with what arrives, never with what a `Content-Length` announces.
    #[must_use]
    pub fn with_max_body(self, limit: usize) -> Self {
        self.rebuilt(|inner| inner.max_body = limit.min(MAX_BODY_CEILING))
    }

    /// Repeats the requests that are safe to repeat by `policy` (see
    /// [`RetryPolicy`]; the default is [`RetryPolicy::new`]), sharing the
    /// token with `self`. Token refreshes are repeated by it too. A charge
    /// is never repeated, whatever the policy.
    ///
    /// ```
    /// # fn client() -> Result<iamport::Client, iamport::ClientError> {
    /// use std::time::Duration;
    /// use iamport::{Client, RetryPolicy};
    ///
    /// let client = Client::new("imp_key", "imp_secret")?.with_retry(
    ///     RetryPolicy::new()
    ///         .max_attempts(4)
    ///         .budget(Duration::from_secs(5)),
    /// );
    /// # Ok(client) }
    /// ```
    #[must_use]
    pub fn with_retry(self, policy: RetryPolicy) -> Self {
        self.rebuilt(|inner| inner.retry = policy)
    }

    /// Sends `request` and returns its answer.
    ///
    /// The token is fetched once and reused until shortly before it
    /// expires by the server's clock. One refresh runs at a time and its
    /// result, a failure too, reaches every caller waiting for it at once;
    /// the refresh is repeated by the client's [`RetryPolicy`], and after
    /// a refresh that failed, callers get that failure until a backoff
    /// (250 ms, doubling up to 8 s) has passed, so a broken `getToken` is
    /// not asked once per caller. A 401 refreshes the token and sends the
    /// request once more (a 401 was not processed).
    ///
    /// A request that is [`REPEATABLE`](Endpoint::REPEATABLE) (the
    /// lookups) is sent again after a transport error, a 429 or a 5xx, by
    /// the client's [`RetryPolicy`]; the last fault is the error. Any
    /// other request is sent once: for a charge, use [`Client::charge`].
    ///
    /// # Errors
    ///
    /// [`ClientError`]: transport, HTTP status (with PortOne's code and
    /// message when the body had them), API error (`code != 0`), a missing
    /// payload, a 207, a body over the limit, or malformed JSON.
    pub async fn send<E: Endpoint>(&self, request: &E) -> Result<E::Response, ClientError> {
        self.send_with(request, RequestOptions::new()).await
    }

    /// [`Client::send`] with `options` over the client's settings for this
    /// call only: a time-out, a sub-merchant tier (a
    /// [`Tiered`](crate::rest::Tiered) request's own still wins; the
    /// `Tier` header is sent once), a [`RetryPolicy`].
    ///
    /// ```no_run
    /// # async fn run(client: iamport::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use std::time::Duration;
    /// use iamport::RequestOptions;
    /// use iamport::rest::{GetPayment, TierCode};
    /// use iamport::value::ImpUid;
    ///
    /// let request = GetPayment::builder().imp_uid(ImpUid::new("imp_123")?).build();
    /// let payment = client
    ///     .send_with(
    ///         &request,
    ///         RequestOptions::new()
    ///             .timeout(Duration::from_secs(2))
    ///             .tier(TierCode::new("shop-01")?),
    ///     )
    ///     .await?;
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    ///
    /// As [`Client::send`].
    pub async fn send_with<E: Endpoint>(
        &self,
        request: &E,
        options: RequestOptions,
    ) -> Result<E::Response, ClientError> {
        self.send_call(request, self.call(&options)).await
    }

    async fn send_call<E: Endpoint>(
        &self,
        request: &E,
        call: Call<'_>,
    ) -> Result<E::Response, ClientError> {
        match self.send_inner(request, call, false, &mut None).await? {
            (response, None) => Ok(response),
            (_, Some(api)) => Err(ClientError::Partial {
                endpoint: endpoint_name::<E>(&request.path()),
                api: Some(api),
            }),
        }
    }

    /// Sends a multi lookup that PortOne may answer in part (HTTP 207), and
    /// says which requested ids failed.
    ///
    /// # Errors
    ///
    /// As [`Client::send`], but a 207 is a [`Partial`] result.
    pub async fn send_partial<E>(&self, request: &E) -> Result<Partial<E::Item>, ClientError>
    where
        E: MultiLookup,
    {
        self.send_partial_with(request, RequestOptions::new()).await
    }

    /// [`Client::send_partial`] with `options` for this call only (see
    /// [`Client::send_with`]).
    ///
    /// # Errors
    ///
    /// As [`Client::send_partial`].
    pub async fn send_partial_with<E>(
        &self,
        request: &E,
        options: RequestOptions,
    ) -> Result<Partial<E::Item>, ClientError>
    where
        E: MultiLookup,
    {
        let (items, api) = self
            .send_inner(request, self.call(&options), false, &mut None)
            .await?;
        let failed = request.failed(&items);
        Ok(Partial { items, failed, api })
    }

    /// Every page of the listing `request` asks for, from its page on, as
    /// a stream ([`Pages`]): one request per page, each a call of
    /// [`Client::send`] (so retried as a lookup is). It ends after the
    /// last page, after a page whose `next` is not after its own (no
    /// loops), and after an error, which it yields first.
    ///
    /// ```no_run
    /// # async fn run(client: iamport::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use iamport::rest::{FindAllPayments, Payment};
    /// use iamport::value::MerchantUid;
    ///
    /// let request = FindAllPayments::builder()
    ///     .merchant_uid(MerchantUid::new("order_1")?)
    ///     .limit(100)
    ///     .build()?;
    /// let mut pages = client.pages(request);
    /// let mut all: Vec<Payment> = Vec::new();
    /// while let Some(page) = pages.next().await {
    ///     all.extend(page?.list);
    /// }
    /// // A `futures_core::Stream` too, for any stream combinator.
    /// fn is_stream<S: futures_core::Stream>(_: &S) {}
    /// is_stream(&pages);
    /// # Ok(()) }
    /// ```
    pub fn pages<R>(&self, request: R) -> Pages<R>
    where
        R: Paged + Send + Sync + 'static,
        R::Item: Send + 'static,
    {
        self.pages_with(request, RequestOptions::new())
    }

    /// [`Client::pages`] with `options` for every page's call (see
    /// [`Client::send_with`]).
    pub fn pages_with<R>(&self, request: R, options: RequestOptions) -> Pages<R>
    where
        R: Paged + Send + Sync + 'static,
        R::Item: Send + 'static,
    {
        Pages::new(self.clone(), request, options)
    }

    /// Every item of every page of the listing `request` asks for, in
    /// order, as a stream ([`Items`]); the pages are read as
    /// [`Client::pages`] reads them.
    ///
    /// ```no_run
    /// # async fn run(client: iamport::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use iamport::rest::ListSchedules;
    /// use iamport::value::Timestamp;
    ///
    /// let request = ListSchedules::builder()
    ///     .schedule_from(Timestamp::from_unix(1_767_225_600)?)
    ///     .schedule_to(Timestamp::from_unix(1_769_904_000)?)
    ///     .build()?;
    /// let mut schedules = client.items(request);
    /// while let Some(schedule) = schedules.next().await {
    ///     let schedule = schedule?;
    /// }
    /// # Ok(()) }
    /// ```
    pub fn items<R>(&self, request: R) -> Items<R>
    where
        R: Paged + Send + Sync + 'static,
        R::Item: Send + 'static,
    {
        self.items_with(request, RequestOptions::new())
    }

    /// [`Client::items`] with `options` for every page's call.
    pub fn items_with<R>(&self, request: R, options: RequestOptions) -> Items<R>
    where
        R: Paged + Send + Sync + 'static,
        R::Item: Send + 'static,
    {
        Items::new(self.pages_with(request, options))
    }

    /// This call's settings: `options` over the client's.
    fn call<'a>(&'a self, options: &'a RequestOptions) -> Call<'a> {
        Call {
            timeout: options.timeout,
            tier: options.tier.as_ref().or(self.inner.tier.as_ref()),
            retry: options.retry.unwrap_or(self.inner.retry),
        }
    }

    /// `sent_at` is set to the moment the request went out, with the
    /// server's clock. For a `charge`, a 401 is sent again only when the 401
    /// is PortOne's own, and nothing else is: it is never repeated by the
    /// policy. Other requests are repeated when `REPEATABLE`; a failure
    /// to get the token is not (its refresh was repeated already).
    async fn send_inner<E: Endpoint>(
        &self,
        request: &E,
        call: Call<'_>,
        charge: bool,
        sent_at: &mut Option<(Instant, ServerClock)>,
    ) -> Result<(E::Response, Option<ApiError>), ClientError> {
        let started = Instant::now();
        let mut attempt: u32 = 1;
        loop {
            let token = if E::NEEDS_TOKEN {
                Some(self.token(None).await?)
            } else {
                None
            };
            if let Some(cached) = &token {
                *sent_at = Some((Instant::now(), cached.clock));
            }
            let mut retry_after = None;
            let first = self
                .exchange(
                    request,
                    token.as_ref().map(|c| &c.token),
                    call,
                    &mut retry_after,
                )
                .await;
            let answer = match first {
                Err(ClientError::Status {
                    status: 401, api, ..
                }) if E::NEEDS_TOKEN && (!charge || api.as_ref().is_some_and(|a| a.code != 0)) => {
                    let rejected = token.map(|c| c.token);
                    let token = self.token(rejected.as_ref()).await?;
                    self.exchange(request, Some(&token.token), call, &mut retry_after)
                        .await
                }
                other => other,
            };
            let Err(error) = &answer else {
                return answer;
            };
            if charge || !pause(request, &call.retry, attempt, started, error, retry_after).await {
                return answer;
            }
            attempt = attempt.saturating_add(1);
        }
    }

    /// Sends a charge (`again`, `onetime`, a schedule retry) at most once,
    /// and says what happened as PortOne's records have it.
    ///
    /// No [`RetryPolicy`] ever repeats it: a 5xx, a 429 or a time-out may
    /// come after the charge went through, so its answer is lost, and
    /// looked up (the lookup is a lookup: the policy repeats it).
    ///
    /// ```text
    /// sent ─┬─ answered ─────────────────────────────▶ Answered(charge)
    ///       └─ lost ─▶ look up ─┬─ found ────────────▶ Found(charge)
    ///                           ├─ not charged ──────▶ Found(Charge::Failed): failed,
    ///                           │                      can no longer complete
    ///                           └─ not known ────────▶ Unknown(unresolved)
    /// ```
    ///
    /// - **Answered**: PortOne's answer with `code: 0` and a payment.
    /// - **Lost**: a time-out, a dropped connection, a 5xx, 408 or 429, a
    ///   redirect, a body that is not PortOne's envelope (whatever its
    ///   status, a 404 included), `code: 0` without a payment, a body over
    ///   the limit or malformed. The charge may have gone through.
    /// - **Look up**: `GET /payments/findAll/{merchant_uid}` (newest first,
    ///   100 payments). Only a payment of *this* attempt counts: one that
    ///   PortOne started (`started_at`, PortOne's clock) no earlier than
    ///   the second this attempt was sent, judged by the `now` of the token
    ///   answer plus the time elapsed since, and that this client has not
    ///   already seen answered. So an earlier failed attempt, or an earlier
    ///   run of a schedule (a retry reuses the `merchant_uid`), is never
    ///   reported as this one.
    /// - **Found**: exactly one payment of this attempt, `paid`, `failed` or
    ///   `cancelled`.
    /// - **Unknown**: nothing of this attempt yet (PortOne may still be
    ///   processing it: it documents no bound on that, so an empty lookup
    ///   proves nothing), a payment still `ready` or in a status this
    ///   version does not know, several payments of this attempt, or a
    ///   lookup that failed in any way (429, `code: -1`, a 404 that is not
    ///   PortOne's envelope...). Keep [`Unresolved::attempt`] and call
    ///   [`Client::recheck`] later; never resend while it is unknown.
    ///
    /// The clock rule takes one second of margin (PortOne's servers' clocks
    /// may differ by that much), so it cannot tell this attempt from an
    /// earlier one of the same `merchant_uid` that PortOne started less
    /// than two seconds before, unless this client (or a clone of it) saw
    /// that one answered: from another process, wait at least three seconds
    /// between attempts of one `merchant_uid`. Two attempts of one
    /// `merchant_uid` in flight at once are never safe.
    ///
    /// Like every call, it needs a Tokio runtime (the token refresh runs
    /// as a task of its own).
    ///
    /// # Errors
    ///
    /// Only when the charge was certainly not processed: the token could
    /// not be had (nothing was sent), or PortOne itself refused the charge
    /// ([`ClientError::is_portone_answer`]: `code != 0`, or a 4xx with
    /// PortOne's envelope).
    pub async fn charge<E: ChargeRequest>(
        &self,
        request: &E,
    ) -> Result<ChargeOutcome, ClientError> {
        self.charge_with(request, RequestOptions::new()).await
    }

    /// [`Client::charge`] with `options` for this call only: the time-out
    /// and the tier apply to the charge and to the lookup after a lost
    /// answer (which is sent for the tier the charge was sent for:
    /// [`Attempt::tier`]); the [`RetryPolicy`] applies to that lookup
    /// only, since the charge itself is sent once whatever it says.
    ///
    /// ```no_run
    /// # async fn run(client: iamport::Client, again: iamport::rest::Again) -> Result<(), Box<dyn std::error::Error>> {
    /// use std::time::Duration;
    /// use iamport::{ChargeOutcome, RequestOptions};
    /// use iamport::rest::TierCode;
    ///
    /// let options = RequestOptions::new()
    ///     .timeout(Duration::from_secs(60))
    ///     .tier(TierCode::new("shop-01")?);
    /// match client.charge_with(&again, options).await? {
    ///     ChargeOutcome::Answered(charge) | ChargeOutcome::Found(charge) => { /* paid or failed */ }
    ///     ChargeOutcome::Unknown(unresolved) => { /* keep unresolved.attempt(), recheck later */ }
    ///     _ => {}
    /// }
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    ///
    /// As [`Client::charge`].
    pub async fn charge_with<E: ChargeRequest>(
        &self,
        request: &E,
        options: RequestOptions,
    ) -> Result<ChargeOutcome, ClientError> {
        let call = self.call(&options);
        let mut sent_at = None;
        let answer = self.send_inner(request, call, true, &mut sent_at).await;
        let merchant_uid = request.merchant_uid();
        let lost = match answer {
            Ok((charge, None)) => {
                self.remember(merchant_uid.as_str(), &charge.payment().imp_uid);
                return Ok(ChargeOutcome::Answered(charge));
            }
            // PortOne refused it, or it was never sent (a base URL refused,
            // a body that could not be written).
            Err(e) if e.is_portone_answer() || matches!(e, ClientError::Setup(_)) => {
                return Err(e);
            }
            // A charge is never answered in part: a 207 is not its answer.
            Ok((_, Some(api))) => ClientError::Partial {
                endpoint: endpoint_name::<E>(&request.path()),
                api: Some(api),
            },
            Err(e) => e,
        };
        let Some((at, clock)) = sent_at else {
            // No token was had, so nothing was sent.
            return Err(lost);
        };
        // One second of margin, for PortOne's servers whose clocks differ
        // (the one that answered getToken, the one that starts the payment);
        // within range whatever `now` the server sent.
        let since = clock
            .floor_at(at)
            .saturating_sub(1)
            .min(Timestamp::MAX_SECS);
        let since = Timestamp::from_unix(since).unwrap_or(Timestamp::EPOCH);
        let attempt = Attempt {
            merchant_uid: merchant_uid.clone(),
            since,
            tier: sent_tier(request, call.tier),
        };
        Ok(self.resolve(attempt, lost.to_string(), &options).await)
    }

    /// Looks up an attempt whose outcome was unknown: [`ChargeOutcome::Found`]
    /// or [`ChargeOutcome::Unknown`] again, by the rules of
    /// [`Client::charge`], for the attempt's tier ([`Attempt::tier`]). It
    /// sends nothing that charges; the lookup is repeated by the client's
    /// [`RetryPolicy`].
    pub async fn recheck(&self, attempt: &Attempt) -> ChargeOutcome {
        self.recheck_with(attempt, RequestOptions::new()).await
    }

    /// [`Client::recheck`] with `options` for its lookup (see
    /// [`Client::send_with`]); the attempt's own tier, if it has one, wins
    /// over theirs.
    pub async fn recheck_with(&self, attempt: &Attempt, options: RequestOptions) -> ChargeOutcome {
        self.resolve(
            attempt.clone(),
            "lost earlier (recheck)".to_owned(),
            &options,
        )
        .await
    }

    async fn resolve(
        &self,
        attempt: Attempt,
        lost: String,
        options: &RequestOptions,
    ) -> ChargeOutcome {
        // The attempt's tier: its payments are in that sub-merchant's records.
        let mut call = self.call(options);
        call.tier = attempt.tier.as_ref().or(call.tier);
        let unknown = |attempt: Attempt, lookup: String| {
            ChargeOutcome::Unknown(Unresolved {
                attempt,
                lost: crate::value::clipped(&lost, 160),
                lookup: crate::value::clipped(&lookup, 160),
            })
        };
        let lookup = match FindAllPayments::builder()
            .merchant_uid(attempt.merchant_uid.clone())
            .limit(LOOKUP_LIMIT)
            .sorting(Sorting::StartedDesc)
            .build()
        {
            Ok(lookup) => lookup,
            Err(e) => return unknown(attempt, e.to_string()),
        };
        let payments = match self.send_call(&lookup, call).await {
            Ok(page) => page.list,
            // PortOne's own "no such payment" (code 1, or a 404 with its
            // envelope): nothing recorded yet.
            Err(ClientError::Api { error, .. }) if error.code == 1 => Vec::new(),
            Err(ClientError::Status {
                status: 404,
                api: Some(api),
                ..
            }) if api.code != 0 => Vec::new(),
            Err(e) => return unknown(attempt, format!("the lookup failed: {e}")),
        };
        let mut undated = false;
        let mut candidates = Vec::new();
        {
            let seen = lock(&self.inner.seen);
            for payment in payments {
                if payment.merchant_uid != attempt.merchant_uid.as_str()
                    || seen.contains(&payment.merchant_uid, &payment.imp_uid)
                {
                    continue;
                }
                match payment.started_at {
                    Some(t) if t.unix() >= attempt.since.unix() => candidates.push(payment),
                    Some(_) => {}
                    None => undated = true,
                }
            }
        }
        if undated {
            return unknown(
                attempt,
                "a payment of this order has no started_at, so it cannot be dated".to_owned(),
            );
        }
        let count = candidates.len();
        let mut candidates = candidates.into_iter();
        let (Some(payment), None) = (candidates.next(), candidates.next()) else {
            let what = if count == 0 {
                "no payment of this attempt is recorded yet".to_owned()
            } else {
                "several payments started since this attempt was sent".to_owned()
            };
            return unknown(attempt, what);
        };
        match payment.status {
            PaymentStatus::Paid | PaymentStatus::Failed | PaymentStatus::Cancelled => {
                self.remember(&payment.merchant_uid, &payment.imp_uid);
                ChargeOutcome::Found(Charge::from(payment))
            }
            _ => unknown(
                attempt,
                format!(
                    "this attempt's payment is {}, not final yet",
                    crate::value::quoted(payment.status.as_str())
                ),
            ),
        }
    }

    fn remember(&self, merchant_uid: &str, imp_uid: &str) {
        lock(&self.inner.seen).add(merchant_uid, imp_uid);
    }

    /// The cached token, or a new one when there is none, it is due, or it
    /// is `rejected` (a 401 answered it).
    async fn token(&self, rejected: Option<&AccessToken>) -> Result<Cached, ClientError> {
        let mut waiting = {
            let mut state = lock(&self.inner.tokens);
            if let Some(cached) = &state.cached
                && Instant::now() < cached.refresh_at
                && rejected != Some(&cached.token)
            {
                return Ok(cached.clone());
            }
            if let Some(rx) = &state.refreshing {
                rx.clone()
            } else {
                if let Some((error, retry_at, _)) = &state.failure
                    && Instant::now() < *retry_at
                {
                    // Within the backoff a token that has not expired yet
                    // (only its early refresh is due) still serves.
                    if let Some(cached) = &state.cached
                        && Instant::now() < cached.expires_at
                        && rejected != Some(&cached.token)
                    {
                        return Ok(cached.clone());
                    }
                    return Err(error.clone());
                }
                let (tx, rx) = watch::channel(None);
                state.refreshing = Some(rx.clone());
                let client = self.clone();
                // The refresh runs in its own task, so that a caller that
                // gives up does not leave the others waiting.
                tokio::spawn(async move { client.refresh(tx).await });
                rx
            }
        };
        let done = waiting
            .wait_for(Option::is_some)
            .await
            .ok()
            .and_then(|done| done.clone());
        done.unwrap_or_else(|| {
            // The refresh task ended without a word (its runtime shut down):
            // the next caller starts a new one.
            let mut state = lock(&self.inner.tokens);
            if state
                .refreshing
                .as_ref()
                .is_some_and(|rx| rx.same_channel(&waiting))
            {
                state.refreshing = None;
            }
            Err(ClientError::Setup(
                "the token refresh was abandoned".to_owned(),
            ))
        })
    }

    async fn refresh(&self, tx: watch::Sender<Refresh>) {
        let request = GetToken::builder()
            .imp_key(self.inner.imp_key.as_str())
            .imp_secret(self.inner.imp_secret.as_str())
            .build();
        // Shared by every caller: the client's time-out, tier and policy.
        let call = Call {
            timeout: None,
            tier: self.inner.tier.as_ref(),
            retry: self.inner.retry,
        };
        let started = Instant::now();
        let mut attempt: u32 = 1;
        let answer = loop {
            let mut retry_after = None;
            let answer = self.exchange(&request, None, call, &mut retry_after).await;
            let Err(error) = &answer else {
                break answer;
            };
            if !pause(&request, &call.retry, attempt, started, error, retry_after).await {
                break answer;
            }
            attempt = attempt.saturating_add(1);
        };
        let result = answer.map(|(answer, _)| {
            let arrived = Instant::now();
            // Judged by the server's clock: how long it still has, from its `now`.
            let left = answer.expired_at.unix().saturating_sub(answer.now.unix());
            let lifetime = Duration::from_secs(left);
            let left = lifetime.saturating_sub(TOKEN_MARGIN);
            Cached {
                token: answer.access_token,
                refresh_at: arrived.checked_add(left).unwrap_or(arrived),
                expires_at: arrived.checked_add(lifetime).unwrap_or(arrived),
                clock: ServerClock {
                    now: answer.now.unix(),
                    arrived,
                },
            }
        });
        {
            let mut state = lock(&self.inner.tokens);
            state.refreshing = None;
            match &result {
                Ok(cached) => {
                    state.cached = Some(cached.clone());
                    state.failure = None;
                }
                Err(error) => {
                    let now = Instant::now();
                    // Doubling while failures follow each other; from the
                    // start again after a quiet spell.
                    let backoff = match &state.failure {
                        Some((_, retry_at, last))
                            if now.saturating_duration_since(*retry_at) < BACKOFF_MAX =>
                        {
                            last.saturating_mul(2).min(BACKOFF_MAX)
                        }
                        _ => BACKOFF_START,
                    };
                    state.failure = Some((
                        error.clone(),
                        now.checked_add(backoff).unwrap_or(now),
                        backoff,
                    ));
                }
            }
        }
        let _ = tx.send(Some(result));
    }

    /// One round trip, with a `tracing` event (method, path, status,
    /// latency; never the body, a token or card data).
    #[allow(clippy::too_many_lines)]
    async fn exchange<E: Endpoint>(
        &self,
        request: &E,
        token: Option<&AccessToken>,
        options: Call<'_>,
        retry_after: &mut Option<Duration>,
    ) -> Result<(E::Response, Option<ApiError>), ClientError> {
        let base = self
            .inner
            .base
            .as_ref()
            .map_err(|e| ClientError::Setup(e.clone()))?;
        let path = request.path();
        let bare_path = path.split('?').next().unwrap_or_default();
        let endpoint = endpoint_name::<E>(&path);
        let url = format!("{base}{path}");
        let method = match E::METHOD {
            Method::Get => reqwest::Method::GET,
            Method::Post => reqwest::Method::POST,
            Method::Put => reqwest::Method::PUT,
            Method::Delete => reqwest::Method::DELETE,
        };
        let mut call = self.inner.http.request(method, &url);
        if let Some(token) = token {
            call = call.header("Authorization", token.bearer());
        }
        if let Some(timeout) = options.timeout {
            call = call.timeout(timeout);
        }
        // The request's own `Tier` (a `Tiered` one) wins over the call's,
        // which wins over the client's: the header is sent once.
        for (name, value) in request.headers_with_tier(options.tier) {
            call = call.header(name, value);
        }
        if let Some(body) = request
            .body()
            .map_err(|_| ClientError::Setup("the request could not be written".to_owned()))?
        {
            call = call.header("Content-Type", "application/json").body(body);
        }
        let started = Instant::now();
        let latency_ms = || u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
        let transport = |e: &reqwest::Error| ClientError::Transport {
            endpoint: endpoint.clone(),
            timed_out: e.is_timeout(),
        };
        let mut response = match call.send().await {
            Ok(response) => response,
            Err(e) => {
                tracing::debug!(
                    method = %E::METHOD,
                    path = %bare_path,
                    latency_ms = latency_ms(),
                    timed_out = e.is_timeout(),
                    "iamport request failed in transport"
                );
                return Err(transport(&e));
            }
        };
        let status = response.status().as_u16();
        if matches!(status, 429 | 503) {
            *retry_after = response
                .headers()
                .get(reqwest::header::RETRY_AFTER)
                .and_then(|value| value.to_str().ok())
                .and_then(retry::retry_after);
        }
        tracing::debug!(
            method = %E::METHOD,
            path = %bare_path,
            status,
            latency_ms = latency_ms(),
            "iamport request"
        );
        let limit = self.inner.max_body;
        if response
            .content_length()
            .is_some_and(|n| usize::try_from(n).map_or(true, |n| n > limit))
        {
            return Err(ClientError::TooLarge { endpoint, limit });
        }
        // Only what has arrived is held: no allocation from the announced
        // length.
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(|e| transport(&e))? {
            if body.len().saturating_add(chunk.len()) > limit {
                return Err(ClientError::TooLarge { endpoint, limit });
            }
            body.extend_from_slice(&chunk);
        }
        let text = std::str::from_utf8(&body);
        if status != 200 {
            // PortOne's code and message, when the body is its envelope.
            let api = text.ok().and_then(portone_error);
            if status == 207 {
                if let Some(api) = &api
                    && let Ok(t) = text
                    && let Ok(envelope) = crate::from_json::<Envelope<E::Response>>(t)
                    && let Some(response) = envelope.response
                {
                    return Ok((response, Some(api.clone())));
                }
                return Err(ClientError::Partial { endpoint, api });
            }
            return Err(ClientError::Status {
                endpoint,
                status,
                api,
            });
        }
        let text = text.map_err(|_| ClientError::Malformed {
            endpoint: endpoint.clone(),
            reason: "not UTF-8 text".to_owned(),
        })?;
        let envelope: Envelope<E::Response> =
            crate::from_json(text).map_err(|e| ClientError::Malformed {
                endpoint: endpoint.clone(),
                reason: e.to_string(),
            })?;
        match envelope.into_result() {
            Ok(response) => Ok((response, None)),
            Err(error) if error.code == 0 => Err(ClientError::NoPayload { endpoint }),
            Err(error) => Err(ClientError::Api { endpoint, error }),
        }
    }
}
