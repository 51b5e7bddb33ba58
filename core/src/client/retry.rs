//! When a request that is safe to repeat is sent again: [`RetryPolicy`].

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use super::ClientError;

/// How a [`Client`](crate::Client) repeats a request that is safe to repeat
/// ([`Endpoint::REPEATABLE`](crate::rest::Endpoint::REPEATABLE): the
/// lookups, and `getToken`) after a fault that may pass: a transport error
/// (connection refused or dropped, a time-out), HTTP 429, or a 5xx.
///
/// A charge, a cancel, or any request that is not `REPEATABLE` is never
/// repeated, whatever the policy: its lost answers go through the rules of
/// [`Client::charge`](crate::Client::charge). Nothing else is repeated
/// either: a 4xx other than 429, PortOne's `code != 0`, a body over the
/// limit or malformed are answers, not faults that pass.
///
/// Attempt `n + 1` waits a random time between zero and
/// `min(max_delay, base_delay × 2ⁿ⁻¹)` ("full jitter", so that many
/// clients that failed together do not come back together). A 429 or 503
/// whose `Retry-After` header gives seconds waits that long instead, but
/// never more than `max_delay`. No new attempt starts once `max_attempts`
/// were made, or when its wait would end past `budget` from the first
/// attempt; an attempt under way still runs to its time-out, so a call
/// lasts at most about `budget` plus one request time-out. Each repeat
/// emits a `tracing` event (`iamport request retried`, at `INFO`: method,
/// path, attempt, delay, status or transport; never a body, a token or the
/// secret); the last fault is the call's error.
///
/// The default, [`RetryPolicy::new`]: 3 attempts, waits from 250 ms
/// doubling up to 4 s, within 10 s in all. [`RetryPolicy::none`] sends each
/// request once.
///
/// ```
/// use std::time::Duration;
/// use iamport::RetryPolicy;
///
/// let patient = RetryPolicy::new()
///     .max_attempts(5)
///     .base_delay(Duration::from_millis(100))
///     .max_delay(Duration::from_secs(2))
///     .budget(Duration::from_secs(20));
/// assert_eq!(patient.max_attempts, 5);
/// assert_eq!(RetryPolicy::default(), RetryPolicy::new());
/// assert_eq!(RetryPolicy::none().max_attempts, 1);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct RetryPolicy {
    /// Attempts in all, the first one included: 1 never repeats (0 is
    /// taken as 1).
    pub max_attempts: u32,
    /// The cap of the first repeat's random wait; it doubles with each
    /// further repeat.
    pub base_delay: Duration,
    /// The longest wait between two attempts, a `Retry-After` included.
    pub max_delay: Duration,
    /// No attempt starts later than this after the first one.
    pub budget: Duration,
}

impl RetryPolicy {
    /// The default policy: 3 attempts; random waits capped at 250 ms, then
    /// 500 ms (never over 4 s, a `Retry-After` included); no attempt after
    /// 10 s.
    ///
    /// Three attempts ride out what passes within a second or two (a
    /// dropped keep-alive connection, a deploy, a burst over the rate
    /// limit) without tripling the load of an outage; 10 s keeps a lookup
    /// inside the time a person or a web request waits.
    #[must_use]
    pub const fn new() -> Self {
        RetryPolicy {
            max_attempts: 3,
            base_delay: Duration::from_millis(250),
            max_delay: Duration::from_secs(4),
            budget: Duration::from_secs(10),
        }
    }

    /// One attempt: nothing is repeated.
    ///
    /// ```
    /// # fn client() -> Result<iamport::Client, iamport::ClientError> {
    /// use iamport::{Client, RetryPolicy};
    /// let client = Client::new("imp_key", "imp_secret")?.with_retry(RetryPolicy::none());
    /// # Ok(client) }
    /// ```
    #[must_use]
    pub const fn none() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::new()
        }
    }

    /// With `attempts` in all (the first included; 0 is taken as 1).
    #[must_use]
    pub const fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts;
        self
    }

    /// With `delay` as the cap of the first repeat's random wait.
    #[must_use]
    pub const fn base_delay(mut self, delay: Duration) -> Self {
        self.base_delay = delay;
        self
    }

    /// With `delay` as the longest wait between attempts.
    #[must_use]
    pub const fn max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// With no attempt starting later than `budget` after the first.
    #[must_use]
    pub const fn budget(mut self, budget: Duration) -> Self {
        self.budget = budget;
        self
    }

    /// The random wait before the repeat that follows attempt `attempt`
    /// (from 1): full jitter under `min(max_delay, base_delay × 2^(attempt-1))`.
    fn backoff(&self, attempt: u32, random: u64) -> Duration {
        let factor = 1u32
            .checked_shl(attempt.saturating_sub(1))
            .unwrap_or(u32::MAX);
        let cap = self.base_delay.saturating_mul(factor).min(self.max_delay);
        let cap = u64::try_from(cap.as_nanos()).unwrap_or(u64::MAX);
        Duration::from_nanos(random.checked_rem(cap.saturating_add(1)).unwrap_or(0))
    }

    /// The wait before another attempt after attempt `attempt` (from 1),
    /// begun at `started`, failed with `error` (and `retry_after`, the
    /// seconds of a 429's or 503's `Retry-After`); `None` when there is
    /// none to make.
    pub(super) fn delay(
        &self,
        attempt: u32,
        started: Instant,
        error: &ClientError,
        retry_after: Option<Duration>,
    ) -> Option<Duration> {
        if attempt >= self.max_attempts.max(1) || !passes(error) {
            return None;
        }
        let delay = match retry_after {
            Some(after) => after.min(self.max_delay),
            None => self.backoff(attempt, random()),
        };
        (started.elapsed().saturating_add(delay) <= self.budget).then_some(delay)
    }
}

impl Default for RetryPolicy {
    /// [`RetryPolicy::new`].
    fn default() -> Self {
        RetryPolicy::new()
    }
}

/// Whether `error` is a fault that may pass: transport, 429, 5xx.
fn passes(error: &ClientError) -> bool {
    match error {
        ClientError::Transport { .. } => true,
        ClientError::Status { status, .. } => *status == 429 || (500..600).contains(status),
        _ => false,
    }
}

/// 64 random-enough bits for a jitter: the clock, through a `RandomState`
/// (whose keys differ per process and per instance).
fn random() -> u64 {
    let mut hasher = RandomState::new().build_hasher();
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    hasher.write_u128(nanos);
    hasher.finish()
}

/// The seconds of a `Retry-After` header (`Retry-After: 2`); `None` for
/// an HTTP date or anything else.
pub(super) fn retry_after(value: &str) -> Option<Duration> {
    let value = value.trim();
    if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    value.parse::<u64>().ok().map(Duration::from_secs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_jitter_stays_under_the_doubling_cap() {
        let policy = RetryPolicy::new()
            .base_delay(Duration::from_millis(100))
            .max_delay(Duration::from_millis(350));
        for random in [0, 1, u64::MAX / 3, u64::MAX] {
            assert!(policy.backoff(1, random) <= Duration::from_millis(100));
            assert!(policy.backoff(2, random) <= Duration::from_millis(200));
            assert!(policy.backoff(3, random) <= Duration::from_millis(350));
            assert!(policy.backoff(u32::MAX, random) <= Duration::from_millis(350));
        }
        assert_eq!(
            RetryPolicy::new().base_delay(Duration::ZERO).backoff(4, 7),
            Duration::ZERO
        );
    }

    #[test]
    fn only_faults_that_pass_are_repeated_within_the_bounds() {
        let status = |status| ClientError::Status {
            endpoint: "GET /x".to_owned(),
            status,
            api: None,
        };
        let policy = RetryPolicy::new();
        let now = Instant::now();
        for passing in [429, 500, 503, 599] {
            assert!(policy.delay(1, now, &status(passing), None).is_some());
        }
        for answer in [400, 401, 404, 408, 207, 307] {
            assert!(policy.delay(1, now, &status(answer), None).is_none());
        }
        assert!(policy.delay(3, now, &status(500), None).is_none());
        assert!(
            RetryPolicy::none()
                .delay(1, now, &status(500), None)
                .is_none()
        );
        assert!(
            RetryPolicy::new()
                .max_attempts(0)
                .delay(1, now, &status(500), None)
                .is_none()
        );
        let secs = |s| Some(Duration::from_secs(s));
        assert_eq!(policy.delay(1, now, &status(429), secs(2)), secs(2));
        assert_eq!(policy.delay(1, now, &status(429), secs(60)), secs(4));
        let tight = policy.budget(Duration::from_secs(1));
        assert!(tight.delay(1, now, &status(429), secs(2)).is_none());
    }

    #[test]
    fn retry_after_is_read_in_seconds_only() {
        assert_eq!(retry_after(" 3 "), Some(Duration::from_secs(3)));
        assert_eq!(retry_after("0"), Some(Duration::ZERO));
        for other in ["", "-1", "1.5", "Wed, 21 Oct 2015 07:28:00 GMT", "+2"] {
            assert_eq!(retry_after(other), None, "{other}");
        }
    }
}
