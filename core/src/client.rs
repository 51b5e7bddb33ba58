//! An async client for the REST API (cargo feature `client`): it sends any
//! [`Endpoint`], keeps the access token, and resolves a charge whose answer
//! was lost by looking the payment up, never by charging again.
//!
//! Blocking code, or another HTTP client, can use the sans-IO
//! [`Endpoint`] trait directly (the `chai_billing` example does, with ureq).

use std::fmt;
use std::sync::Once;
use std::time::{Duration, Instant};

use tokio::sync::Mutex;

use crate::rest::{
    AccessToken, ApiError, Charge, ChargeRequest, Endpoint, Envelope, FindPayment, GetToken,
    Method, Payment, TierCode,
};

/// How much of a response body is read at most: 1 MiB.
pub const DEFAULT_MAX_BODY: usize = 1 << 20;

/// Refresh this long before the token expires by the server's clock.
const TOKEN_MARGIN: Duration = Duration::from_mins(1);

/// Why a call did not give the endpoint's answer. The text never holds the
/// secret, a token or card data.
#[derive(Debug)]
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
    /// An HTTP status other than 2xx.
    Status {
        /// The endpoint.
        endpoint: String,
        /// The status code.
        status: u16,
    },
    /// PortOne answered `code != 0`.
    Api {
        /// The endpoint.
        endpoint: String,
        /// The API's code and message.
        error: ApiError,
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
    /// The request could not be written (a serialization failure, which
    /// the crate's types rule out) or the client could not be built.
    Setup(String),
}

impl fmt::Display for ClientError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
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
                    f,
                    "{endpoint}: the request {what}; it may or may not have been processed"
                )
            }
            ClientError::Status { endpoint, status } => {
                write!(f, "{endpoint}: HTTP status {status}")
            }
            ClientError::Api { endpoint, error } => write!(f, "{endpoint}: {error}"),
            ClientError::TooLarge { endpoint, limit } => {
                write!(f, "{endpoint}: the answer is over {limit} bytes")
            }
            ClientError::Malformed { endpoint, reason } => {
                write!(
                    f,
                    "{endpoint}: the answer is not the JSON expected: {reason}"
                )
            }
            ClientError::Setup(reason) => write!(f, "the client could not be set up: {reason}"),
        }
    }
}

impl std::error::Error for ClientError {}

/// What happened to a charge, as PortOne has it.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ChargeOutcome {
    /// The answer arrived: paid, failed, or another status.
    Answered(Charge),
    /// The answer was lost, and the lookup by `merchant_uid` found the
    /// payment: this is what happened.
    Found(Charge),
    /// The answer was lost, and no payment exists for the `merchant_uid`:
    /// nothing was charged, so the charge is safe to send again.
    NotCharged,
}

/// A token and the local moment to refresh it.
struct Cached {
    token: AccessToken,
    refresh_at: Instant,
}

/// An async client of the V1 REST API.
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
pub struct Client {
    http: reqwest::Client,
    base: String,
    imp_key: String,
    imp_secret: String,
    tier: Option<TierCode>,
    max_body: usize,
    token: Mutex<Option<Cached>>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base", &self.base)
            .field("imp_key", &self.imp_key)
            .field("imp_secret", &"<redacted>")
            .field("tier", &self.tier)
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
            .build()
            .map_err(|e| ClientError::Setup(e.to_string()))?;
        Ok(Client {
            http,
            base: crate::rest::BASE_URL.to_owned(),
            imp_key: imp_key.into(),
            imp_secret: imp_secret.into(),
            tier: None,
            max_body: DEFAULT_MAX_BODY,
            token: Mutex::new(None),
        })
    }

    /// Sends to `base` instead (a stand-in, or the fixed-IP host).
    #[must_use]
    pub fn with_base_url(mut self, base: impl Into<String>) -> Self {
        let base = base.into();
        base.trim_end_matches('/').clone_into(&mut self.base);
        self
    }

    /// Calls for the sub-merchant of `tier` (the `Tier` header).
    #[must_use]
    pub fn with_tier(mut self, tier: TierCode) -> Self {
        self.tier = Some(tier);
        self
    }

    /// Reads at most `limit` bytes of an answer.
    #[must_use]
    pub fn with_max_body(mut self, limit: usize) -> Self {
        self.max_body = limit;
        self
    }

    /// Sends `request` and returns its answer.
    ///
    /// The token is fetched once and reused until shortly before it
    /// expires by the server's clock; concurrent callers wait for one
    /// refresh, after a 401 too. A 401 refreshes it and sends the request
    /// once more (a 401 was not processed). Nothing else is retried: for a
    /// charge, use [`Client::charge`].
    ///
    /// # Errors
    ///
    /// [`ClientError`]: transport, HTTP status, API error (`code != 0`),
    /// a body over the limit, or malformed JSON.
    pub async fn send<E: Endpoint>(&self, request: &E) -> Result<E::Response, ClientError> {
        let token = if E::NEEDS_TOKEN {
            Some(self.token(None).await?)
        } else {
            None
        };
        match self.exchange(request, token.as_ref()).await {
            Err(ClientError::Status { status: 401, .. }) if E::NEEDS_TOKEN => {
                let token = self.token(token.as_ref()).await?;
                self.exchange(request, Some(&token)).await
            }
            other => other,
        }
    }

    /// Sends a charge (`again`, `onetime`, a schedule retry) at most once.
    ///
    /// When its answer is lost (a dropped connection, a time-out, or a 5xx
    /// status: the charge may have gone through), this looks the payment up
    /// by its `merchant_uid` (`GET /payments/find/{merchant_uid}`) and
    /// reports what really happened: [`ChargeOutcome::Found`] with the
    /// payment, or [`ChargeOutcome::NotCharged`] when no payment exists, in
    /// which case sending it again is safe. It never sends the charge twice.
    ///
    /// # Errors
    ///
    /// An error of the charge other than a lost answer (an API error, a 4xx
    /// status), or of the lookup.
    pub async fn charge<E: ChargeRequest>(
        &self,
        request: &E,
    ) -> Result<ChargeOutcome, ClientError> {
        match self.send(request).await {
            Ok(charge) => Ok(ChargeOutcome::Answered(charge)),
            Err(
                ClientError::Transport { .. }
                | ClientError::Status {
                    status: 500..=599, ..
                }
                | ClientError::TooLarge { .. }
                | ClientError::Malformed { .. },
            ) => {
                let lookup = FindPayment::builder()
                    .merchant_uid(request.merchant_uid().clone())
                    .build();
                match self.send(&lookup).await {
                    Ok(payment) => Ok(ChargeOutcome::Found(Charge::from(payment))),
                    // PortOne answers a missing payment with code 1 (or 404).
                    Err(ClientError::Api { error, .. }) if error.code == 1 => {
                        Ok(ChargeOutcome::NotCharged)
                    }
                    Err(ClientError::Status { status: 404, .. }) => Ok(ChargeOutcome::NotCharged),
                    Err(other) => Err(other),
                }
            }
            Err(other) => Err(other),
        }
    }

    /// The cached token, or a new one when there is none, it is due, or it
    /// is `rejected` (a 401 answered it). Callers wait on one lock, so many
    /// at once cause one refresh, and a caller whose rejected token another
    /// caller has replaced takes the replacement.
    async fn token(&self, rejected: Option<&AccessToken>) -> Result<AccessToken, ClientError> {
        let mut slot = self.token.lock().await;
        if let Some(cached) = slot.as_ref()
            && Instant::now() < cached.refresh_at
            && rejected != Some(&cached.token)
        {
            return Ok(cached.token.clone());
        }
        let request = GetToken::builder()
            .imp_key(self.imp_key.as_str())
            .imp_secret(self.imp_secret.as_str())
            .build();
        let answer = self.exchange(&request, None).await?;
        // Judged by the server's clock: how long it still has, from its `now`.
        let left = answer.expired_at.unix().saturating_sub(answer.now.unix());
        let left = Duration::from_secs(left).saturating_sub(TOKEN_MARGIN);
        let refresh_at = Instant::now()
            .checked_add(left)
            .unwrap_or_else(Instant::now);
        let token = answer.access_token.clone();
        *slot = Some(Cached {
            token: answer.access_token,
            refresh_at,
        });
        Ok(token)
    }

    /// One round trip, with a `tracing` event (method, path, status,
    /// latency; never the body, a token or card data).
    async fn exchange<E: Endpoint>(
        &self,
        request: &E,
        token: Option<&AccessToken>,
    ) -> Result<E::Response, ClientError> {
        let path = request.path();
        let endpoint = format!(
            "{} {}",
            E::METHOD,
            path.split('?').next().unwrap_or_default()
        );
        let url = format!("{}{path}", self.base);
        let method = match E::METHOD {
            Method::Get => reqwest::Method::GET,
            Method::Post => reqwest::Method::POST,
            Method::Put => reqwest::Method::PUT,
            Method::Delete => reqwest::Method::DELETE,
        };
        let mut call = self.http.request(method, &url);
        if let Some(token) = token {
            call = call.header("Authorization", token.bearer());
        }
        if let Some(tier) = &self.tier {
            call = call.header("Tier", tier.as_str());
        }
        for (name, value) in request.headers() {
            call = call.header(name, value);
        }
        if let Some(body) = request
            .body()
            .map_err(|e| ClientError::Setup(e.to_string()))?
        {
            call = call.header("Content-Type", "application/json").body(body);
        }
        let started = Instant::now();
        let latency_ms = || u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
        let bare_path = path.split('?').next().unwrap_or_default();
        let transport = |e: reqwest::Error| ClientError::Transport {
            endpoint: endpoint.clone(),
            timed_out: e.is_timeout(),
        };
        let mut response = match call.send().await {
            Ok(response) => response,
            Err(e) => {
                let error = transport(e);
                tracing::debug!(
                    method = %E::METHOD,
                    path = %bare_path,
                    latency_ms = latency_ms(),
                    timed_out = matches!(error, ClientError::Transport { timed_out: true, .. }),
                    "iamport request failed in transport"
                );
                return Err(error);
            }
        };
        let status = response.status().as_u16();
        tracing::debug!(
            method = %E::METHOD,
            path = %bare_path,
            status,
            latency_ms = latency_ms(),
            "iamport request"
        );
        if !response.status().is_success() {
            return Err(ClientError::Status { endpoint, status });
        }
        let announced = response
            .content_length()
            .and_then(|n| usize::try_from(n).ok())
            .unwrap_or(0);
        if announced > self.max_body {
            return Err(ClientError::TooLarge {
                endpoint,
                limit: self.max_body,
            });
        }
        let mut body = Vec::with_capacity(announced);
        while let Some(chunk) = response.chunk().await.map_err(transport)? {
            if body.len().saturating_add(chunk.len()) > self.max_body {
                return Err(ClientError::TooLarge {
                    endpoint,
                    limit: self.max_body,
                });
            }
            body.extend_from_slice(&chunk);
        }
        let text = std::str::from_utf8(&body).map_err(|_| ClientError::Malformed {
            endpoint: endpoint.clone(),
            reason: "not UTF-8 text".to_owned(),
        })?;
        let envelope: Envelope<E::Response> =
            crate::from_json(text).map_err(|e| ClientError::Malformed {
                endpoint: endpoint.clone(),
                reason: e.to_string(),
            })?;
        envelope
            .into_result()
            .map_err(|error| ClientError::Api { endpoint, error })
    }
}

/// The payment a lookup names, for [`ChargeOutcome`] users.
impl ChargeOutcome {
    /// The payment record, when there is one.
    #[must_use]
    pub fn payment(&self) -> Option<&Payment> {
        match self {
            ChargeOutcome::Answered(c) | ChargeOutcome::Found(c) => Some(c.payment()),
            ChargeOutcome::NotCharged => None,
        }
    }
}
