//! What one call changes of the client's settings: [`RequestOptions`].

use std::time::Duration;

use super::RetryPolicy;
use crate::rest::TierCode;

/// Settings for one call, over the client's own: a time-out, a sub-merchant
/// [`TierCode`], a [`RetryPolicy`]. Pass them to the `_with` form of a call
/// ([`Client::send_with`](crate::Client::send_with),
/// [`Client::charge_with`](crate::Client::charge_with),
/// [`Client::send_partial_with`](crate::Client::send_partial_with),
/// [`Client::pages_with`](crate::Client::pages_with), ...); what is not set
/// is the client's.
///
/// ```no_run
/// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
/// use std::time::Duration;
/// use iamport::rest::{GetPayment, TierCode};
/// use iamport::value::ImpUid;
/// use iamport::{Client, RequestOptions, RetryPolicy};
///
/// let client = Client::new("imp_key", "imp_secret")?;
/// let request = GetPayment::builder().imp_uid(ImpUid::new("imp_123")?).build();
/// // This lookup only: 3 s, for the sub-merchant `shop-01`, sent once.
/// let options = RequestOptions::new()
///     .timeout(Duration::from_secs(3))
///     .tier(TierCode::new("shop-01")?)
///     .retry(RetryPolicy::none());
/// let payment = client.send_with(&request, options).await?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RequestOptions {
    pub(super) timeout: Option<Duration>,
    pub(super) tier: Option<TierCode>,
    pub(super) retry: Option<RetryPolicy>,
}

impl RequestOptions {
    /// Nothing changed: the client's settings.
    #[must_use]
    pub fn new() -> Self {
        RequestOptions::default()
    }

    /// The time-out of each attempt of this call, from connecting to the
    /// end of the answer, in place of the client's request time-out
    /// ([`Client::with_timeouts`](crate::Client::with_timeouts)). It does
    /// not bound a token refresh the call waits for, which is shared by
    /// every call and keeps the client's time-out.
    #[must_use]
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Sends this call for the sub-merchant of `tier`: the `Tier` header,
    /// in place of the client's ([`Client::with_tier`](crate::Client::with_tier)).
    /// A [`Tiered`](crate::rest::Tiered) request's own tier still wins, and
    /// the header is sent once ([`Endpoint::headers_with_tier`](crate::rest::Endpoint::headers_with_tier)).
    #[must_use]
    pub fn tier(mut self, tier: TierCode) -> Self {
        self.tier = Some(tier);
        self
    }

    /// Repeats this call by `policy` in place of the client's
    /// ([`Client::with_retry`](crate::Client::with_retry)). A request that
    /// is not [`REPEATABLE`](crate::rest::Endpoint::REPEATABLE), a charge
    /// above all, is sent once whatever `policy` says.
    #[must_use]
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }
}
