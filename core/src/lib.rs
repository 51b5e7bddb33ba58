//! [PortOne](https://portone.io) V1 (`iamport`, 아임포트) payment requests that cannot be built wrong.
//!
//! The request types of this crate serialize to exactly the JSON that the
//! browser SDK's `IMP.request_pay(params, callback)` and the V1 REST API
//! expect. They are made with [`Builder`], a derive that turns a missing
//! required field, or a field set twice, into a compile error that names the
//! field. Merchants can derive it for their own types too.
//!
//! ```
//! use iamport::Builder;
//!
//! /// A refund request of the merchant's own.
//! #[derive(Builder, Debug, serde::Serialize)]
//! pub struct Refund {
//!     /// The payment to refund.
//!     merchant_uid: String,
//!     /// Won to refund; the whole payment when absent.
//!     #[serde(skip_serializing_if = "Option::is_none")]
//!     amount: Option<u64>,
//! }
//!
//! let refund = Refund::builder().merchant_uid("order-1".to_owned()).build();
//! assert_eq!(
//!     serde_json::to_string(&refund).unwrap(),
//!     r#"{"merchant_uid":"order-1"}"#
//! );
//! ```
//!
//! # Cargo features
//!
//! All off by default, so that a back end that only builds payloads compiles
//! little:
//!
//! - `client`: `iamport::Client`, an async client (reqwest, tokio)
//!   that sends every [`rest::Endpoint`], caches the token, retries what is
//!   safe to repeat and resolves a charge whose answer was lost.
//! - one per REST resource group beyond the core ones (token, payments,
//!   cancellation, preparation, billing keys, charges, schedules, codes,
//!   tiers): `escrow`, `receipts`, `vbanks`, `cvs`, `certifications`, and the
//!   PG-specific `naver`, `kcpquick`, `benepia`, `payco` and `paymentwall`;
//!   `all-operations` turns on all of them, for the 80 operations of the
//!   official OpenAPI.

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

// Generated code names this crate `::iamport`, inside it as well as outside.
extern crate self as iamport;

#[doc(hidden)]
#[path = "private/mod.rs"]
pub mod __private;

#[cfg(feature = "client")]
mod client;
pub mod embed;
mod json;
pub mod outcome;
mod parse;
pub mod request_pay;
pub mod rest;
mod string_enum;
pub mod typestate;
mod validate;
pub mod value;

#[cfg(feature = "client")]
pub use client::{
    Attempt, ChargeOutcome, Client, ClientError, DEFAULT_MAX_BODY, Items, MAX_BODY_CEILING,
    MAX_MESSAGE, Pages, Partial, RequestOptions, RetryPolicy, Unresolved,
};
pub use parse::{ParseError, from_json};
pub use validate::Validate;

#[doc = include_str!("builder.md")]
pub use iamport_macros::Builder;
