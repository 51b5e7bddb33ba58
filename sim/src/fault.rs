//! Faults injected at run time, per route (the OpenAPI `operationId`):
//! what a network, a proxy or PortOne itself does wrong, before the
//! request is processed or after.

use std::time::Duration;

use serde::{Deserialize, Serialize};

/// When a fault strikes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Before the simulator processes the request: nothing changes.
    Before,
    /// After it processed the request (a charge is made, a cancel done),
    /// in place of the answer.
    After,
}

/// What a fault does.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// The connection is closed without an answer.
    Drop,
    /// This HTTP status (408, 429, 500, 502, 503, ...), with a short
    /// non-PortOne body and, if given, a `Retry-After` header.
    Status {
        /// The status code.
        code: u16,
        /// The `Retry-After` header's value, if any.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        retry_after: Option<String>,
    },
    /// The answer (or the processing, [`Stage::Before`]) waits this long.
    Delay {
        /// Milliseconds.
        ms: u64,
    },
    /// A 200 whose JSON body is cut off.
    Malformed,
    /// A 200 whose body is `bytes` long (a valid envelope with a long
    /// `message`); `chunked` sends it without a length, in chunks.
    Oversized {
        /// The body's length.
        bytes: usize,
        /// Sent with `Transfer-Encoding: chunked` instead of a length.
        #[serde(default)]
        chunked: bool,
    },
    /// A 200 that announces `Content-Length: bytes`, sends a few and
    /// closes.
    LyingLength {
        /// The announced length.
        bytes: u64,
    },
    /// An answer of the test's own: this status and this body (JSON or
    /// not), in place of the simulator's.
    Answer {
        /// The status code.
        status: u16,
        /// The body, sent as `application/json`.
        body: String,
    },
    /// A redirect (307) to `location`, another origin.
    Redirect {
        /// The `Location` header.
        location: String,
        /// The status: 301, 302, 303, 307 or 308 (307 when absent).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        code: Option<u16>,
    },
}

/// A fault on one route: when, what, and how many times (every time when
/// `times` is `None`).
///
/// ```
/// use iamport_sim::Fault;
/// // The next `again` is charged, then its connection drops.
/// let fault = Fault::after("again").drop_connection().times(1);
/// assert_eq!(fault.route, "again");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fault {
    /// The route: the OpenAPI `operationId` (`again`, `getToken`,
    /// `getPaymentByImpUid`, ...), or `*` for every route.
    pub route: String,
    /// Before or after processing.
    pub stage: Stage,
    /// What happens.
    pub action: Action,
    /// How many requests it strikes; `None` for all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub times: Option<u32>,
    /// Strikes one request in `every` (the first, then every `every`-th
    /// after it); `None` for each one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub every: Option<u32>,
    /// Matching requests seen so far (for `every`).
    #[serde(default, skip)]
    pub(crate) seen: u32,
}

/// A fault with its route and stage chosen, waiting for its action.
#[derive(Clone, Debug)]
#[must_use = "a fault does nothing until its action is chosen"]
pub struct FaultAt {
    route: String,
    stage: Stage,
}

impl Fault {
    /// A fault that strikes `route` before processing.
    pub fn before(route: impl Into<String>) -> FaultAt {
        FaultAt {
            route: route.into(),
            stage: Stage::Before,
        }
    }

    /// A fault that strikes `route` after processing.
    pub fn after(route: impl Into<String>) -> FaultAt {
        FaultAt {
            route: route.into(),
            stage: Stage::After,
        }
    }

    /// Strikes only the next `n` requests of its route.
    #[must_use]
    pub fn times(mut self, n: u32) -> Fault {
        self.times = Some(n);
        self
    }

    /// Strikes one request in `n` of its route, the first among them
    /// (`every(2)`: the 1st, 3rd, 5th, ...).
    #[must_use]
    pub fn every(mut self, n: u32) -> Fault {
        self.every = Some(n.max(1));
        self
    }

    /// Adds a `Retry-After` header to a status fault.
    #[must_use]
    pub fn retry_after(mut self, value: impl Into<String>) -> Fault {
        if let Action::Status { retry_after, .. } = &mut self.action {
            *retry_after = Some(value.into());
        }
        self
    }

    pub(crate) fn matches(&self, route: &str, stage: Stage) -> bool {
        self.stage == stage && (self.route == route || self.route == "*") && self.times != Some(0)
    }
}

impl FaultAt {
    fn with(self, action: Action) -> Fault {
        Fault {
            route: self.route,
            stage: self.stage,
            action,
            times: None,
            every: None,
            seen: 0,
        }
    }

    /// The connection closes without an answer.
    #[must_use]
    pub fn drop_connection(self) -> Fault {
        self.with(Action::Drop)
    }

    /// The answer is this HTTP status.
    #[must_use]
    pub fn status(self, code: u16) -> Fault {
        self.with(Action::Status {
            code,
            retry_after: None,
        })
    }

    /// The answer (or the processing) waits `delay`.
    #[must_use]
    pub fn delay(self, delay: Duration) -> Fault {
        self.with(Action::Delay {
            ms: u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
        })
    }

    /// The answer's JSON is cut off.
    #[must_use]
    pub fn malformed(self) -> Fault {
        self.with(Action::Malformed)
    }

    /// The answer is `bytes` long; `chunked` sends it without a length.
    #[must_use]
    pub fn oversized(self, bytes: usize, chunked: bool) -> Fault {
        self.with(Action::Oversized { bytes, chunked })
    }

    /// The answer announces `bytes`, sends a few and closes.
    #[must_use]
    pub fn lying_length(self, bytes: u64) -> Fault {
        self.with(Action::LyingLength { bytes })
    }

    /// The answer is `status` with `body`, the test's own.
    #[must_use]
    pub fn answer(self, status: u16, body: impl Into<String>) -> Fault {
        self.with(Action::Answer {
            status,
            body: body.into(),
        })
    }

    /// The answer is a 307 to `location`.
    #[must_use]
    pub fn redirect(self, location: impl Into<String>) -> Fault {
        self.with(Action::Redirect {
            location: location.into(),
            code: None,
        })
    }

    /// The answer is a redirect with status `code` to `location`.
    #[must_use]
    pub fn redirect_with(self, code: u16, location: impl Into<String>) -> Fault {
        self.with(Action::Redirect {
            location: location.into(),
            code: Some(code),
        })
    }
}
