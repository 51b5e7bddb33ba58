//! The V1 REST API: request bodies bound to their endpoints, and what comes
//! back.
//!
//! Every request type implements [`Endpoint`]: its HTTP method, its path
//! (path parameters percent-encoded), whether it needs the access token, and
//! the type of its response, so that any HTTP client can send it:
//!
//! ```
//! use iamport::rest::{Again, Endpoint, Method};
//! use iamport::value::{Amount, CustomerUid, MerchantUid, OrderName};
//!
//! let again = Again::builder()
//!     .customer_uid(CustomerUid::new("your-customer-unique-id")?)
//!     .merchant_uid(MerchantUid::new("order_id_8237352")?)
//!     .amount(Amount::new(3000)?)
//!     .name(OrderName::new("월간 이용권")?)
//!     .build()?;
//! assert_eq!(Again::METHOD, Method::Post);
//! assert_eq!(again.path(), "/subscribe/payments/again");
//! assert!(Again::NEEDS_TOKEN);
//! assert_eq!(
//!     again.body()?.unwrap(),
//!     r#"{"customer_uid":"your-customer-unique-id","merchant_uid":"order_id_8237352","amount":3000,"name":"월간 이용권"}"#
//! );
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Besides the charges, [`FindPayment`], [`GetPayments`],
//! [`PaymentsByStatus`], the schedule lookups and moves ([`ListSchedules`],
//! [`UpdateSchedule`], [`Reschedule`], [`RetrySchedule`], ...), the billing
//! key lookups, the card and bank codes and [`ListPgSettings`] cover what a
//! merchant with one-off and recurring payments calls; a listing answers a
//! [`Page`], whose [`Page::next_page`] is the `page` to ask for next. A
//! request for a sub-merchant is a [`Tiered`] one.
//!
//! Each request type's builder ([`AgainBuilder`], ...) and the module that
//! names its states ([`again_builder`], ...; see [`crate::typestate`]) are
//! re-exported here beside it.
//!
//! The operations of payments, cancellation, preparation, billing keys,
//! charges, schedules, codes, tiers and the token are always there. The
//! others are behind cargo features, one per resource group, so that a
//! build that only makes payloads checks none of them: `escrow`,
//! `receipts`, `vbanks`, `cvs`, `certifications`, and the PG-specific
//! modules `naver`, `kcpquick`, `benepia`, `payco` and `paymentwall`;
//! `all-operations` turns on every one of the OpenAPI's 80.
//!
//! Source of every field: the official V1 OpenAPI (`portone-io/developers.portone.io`
//! `src/schema/v1.openapi.json` @ `af926bd2`). Where the guides disagree
//! with it, these types follow the OpenAPI: `again` requires `name`, which
//! the guides' curl examples leave out.

// The operations, by resource: each module holds its request types (one
// struct and one `impl Endpoint` per operation) and their own answers.
mod billing_keys;
mod cancel;
#[cfg(feature = "certifications")]
mod certifications;
mod charges;
mod codes;
#[cfg(feature = "cvs")]
mod cvs;
#[cfg(feature = "escrow")]
mod escrow;
mod payments;
mod prepare;
#[cfg(feature = "receipts")]
mod receipts;
mod schedules;
mod tiers;
mod users;
#[cfg(feature = "vbanks")]
mod vbanks;

// The PG-specific operations, each under its PG's name.
#[cfg(feature = "benepia")]
pub mod benepia;
#[cfg(feature = "kcpquick")]
pub mod kcpquick;
#[cfg(feature = "naver")]
pub mod naver;
#[cfg(feature = "payco")]
pub mod payco;
#[cfg(feature = "paymentwall")]
pub mod paymentwall;

// What the operations share.
mod card;
mod json_text;
mod page;
mod query;
mod responses;
mod rules;

pub use card::{Birth, CardExpiry, CardNumber, Cvc, Pwd2Digit};
pub use json_text::JsonText;
pub use page::{Page, Paged};
pub use query::RequestPath;
pub use responses::{
    AccessToken, ApiError, BillingKey, Charge, CustomerUidUsage, Done, Envelope, FailedChannel,
    IssuedBillingKey, Payment, PaymentCancel, PaymentStatus, Prepared, Promotion, ScheduleResult,
    ScheduleStatus, SucceededChannel, SuperBillingKey, Token, VbankDeposit,
};

// Each request type with its builder and the module that names the
// builder's states (`crate::typestate`).
pub use billing_keys::*;
pub use cancel::*;
#[cfg(feature = "certifications")]
pub use certifications::*;
pub use charges::*;
pub use codes::*;
#[cfg(feature = "cvs")]
pub use cvs::*;
#[cfg(feature = "escrow")]
pub use escrow::*;
pub use payments::*;
pub use prepare::*;
#[cfg(feature = "receipts")]
pub use receipts::*;
pub use schedules::*;
pub use tiers::*;
pub use users::*;
#[cfg(feature = "vbanks")]
pub use vbanks::*;

use std::fmt;

use crate::value::InvalidValue;

/// An HTTP method of the API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    /// `GET`.
    Get,
    /// `POST`.
    Post,
    /// `DELETE`.
    Delete,
    /// `PUT`.
    Put,
}

impl Method {
    /// The method's name, such as `POST`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Delete => "DELETE",
            Method::Put => "PUT",
        }
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The production base URL, `https://api.iamport.kr`.
pub const BASE_URL: &str = "https://api.iamport.kr";

/// The name of the header that carries a sub-merchant's [`TierCode`].
pub const TIER_HEADER: &str = "Tier";

/// A request bound to its endpoint.
///
/// Send `body()` (JSON, `Content-Type: application/json`) with `METHOD` to
/// the base URL followed by `path()`; when `NEEDS_TOKEN`, add the header
/// `Authorization: Bearer <token>` ([`AccessToken::bearer`]), and add
/// `headers()` (the `Tier` of a [`Tiered`] request). A client with a tier
/// of its own for every call sends [`Endpoint::headers_with_tier`]
/// instead, so that `Tier` goes out once. The response body parses as
/// [`Envelope`]`<Self::Response>`.
///
/// An operation is one type with this impl: `METHOD`, `Response` and
/// `path()` (written with [`RequestPath`]) always; `body()` when it has
/// one; `NEEDS_TOKEN` and `REPEATABLE` only where the defaults (a token is
/// needed; only a `GET` is safe to repeat) are wrong.
pub trait Endpoint {
    /// The HTTP method.
    const METHOD: Method;
    /// Whether the call needs the access token of [`GetToken`]: every
    /// operation but [`GetToken`] itself.
    const NEEDS_TOKEN: bool = true;
    /// Whether sending the request again, after an answer that did not
    /// arrive or said "try later", can't change anything twice: a lookup,
    /// or [`GetToken`]. A client retries only these (`iamport::Client`
    /// with the `client` feature); a charge, a cancel, or any other request
    /// that moves money or changes state is never repeated. The default is
    /// `true` for a `GET` only.
    const REPEATABLE: bool = matches!(Self::METHOD, Method::Get);
    /// What `response` of the envelope holds.
    type Response: serde::de::DeserializeOwned;

    /// The path (with path parameters percent-encoded, and a query if any).
    fn path(&self) -> String;

    /// The JSON body, or `None` for a call without one (the default).
    ///
    /// # Errors
    ///
    /// Only if serialization fails, which the crate's types rule out.
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        Ok(None)
    }

    /// Headers to send besides `Content-Type` and `Authorization`: the
    /// `Tier` header of a call made for a sub-merchant ([`Tiered`]); none
    /// for a plain request.
    fn headers(&self) -> Vec<(&'static str, String)> {
        Vec::new()
    }

    /// The headers to send for a client whose every call is made for
    /// `client_tier` (when `Some`): [`Endpoint::headers`], and `Tier:
    /// client_tier` only if those carry no `Tier` (the name compared
    /// case-insensitively). The request's own tier (a [`Tiered`] one) wins,
    /// and the `Tier` header is sent once.
    ///
    /// ```
    /// use iamport::rest::{Endpoint, GetBillingKey, TierCode, Tiered};
    /// use iamport::value::CustomerUid;
    ///
    /// let client_tier = TierCode::new("agency-default")?;
    /// let plain = GetBillingKey::builder().customer_uid(CustomerUid::new("c")?).build();
    /// assert_eq!(
    ///     plain.headers_with_tier(Some(&client_tier)),
    ///     vec![("Tier", "agency-default".to_owned())]
    /// );
    /// let tiered = Tiered::new(plain, TierCode::new("shop-01")?);
    /// assert_eq!(
    ///     tiered.headers_with_tier(Some(&client_tier)),
    ///     vec![("Tier", "shop-01".to_owned())]
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    fn headers_with_tier(&self, client_tier: Option<&TierCode>) -> Vec<(&'static str, String)> {
        let mut headers = self.headers();
        if let Some(tier) = client_tier
            && !headers
                .iter()
                .any(|(name, _)| name.eq_ignore_ascii_case(TIER_HEADER))
        {
            headers.push((TIER_HEADER, tier.as_str().to_owned()));
        }
        headers
    }
}

fn tier_code(value: &str) -> Result<(), String> {
    if value.is_empty() || value.len() > 64 {
        return Err("must be 1 to 64 characters".to_owned());
    }
    if !value
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
    {
        return Err(
            "must be ASCII letters, digits, `-`, `_` or `.`: it is sent as a header".to_owned(),
        );
    }
    Ok(())
}

crate::value::checked_string! {
    /// A sub-merchant's tier code, sent as the `Tier` header when an agency
    /// calls the API for one of its merchants (rest-api.md §1).
    ///
    /// ```
    /// use iamport::rest::TierCode;
    /// assert!(TierCode::new("shop-01").is_ok());
    /// assert!(TierCode::new("a\r\nX-Injected: 1").is_err());
    /// ```
    TierCode, "Tier", tier_code
}

/// A request made for a sub-merchant: the request itself, sent with the
/// `Tier` header, once: its tier replaces any `Tier` the inner request
/// gives (a `Tiered` of a `Tiered` sends the outer tier), and wins over a
/// client's own tier ([`Endpoint::headers_with_tier`]).
///
/// ```
/// use iamport::rest::{Endpoint, GetBillingKey, TierCode, Tiered};
/// use iamport::value::CustomerUid;
///
/// let request = GetBillingKey::builder().customer_uid(CustomerUid::new("c")?).build();
/// let tiered = Tiered::new(request, TierCode::new("shop-01")?);
/// assert_eq!(tiered.path(), "/subscribe/customers/c");
/// assert_eq!(tiered.headers(), vec![("Tier", "shop-01".to_owned())]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tiered<E> {
    request: E,
    tier: TierCode,
}

impl<E> Tiered<E> {
    /// `request`, sent for the sub-merchant of `tier`.
    pub fn new(request: E, tier: TierCode) -> Self {
        Tiered { request, tier }
    }

    /// The request.
    pub fn request(&self) -> &E {
        &self.request
    }
}

impl<E: Endpoint> Endpoint for Tiered<E> {
    const METHOD: Method = E::METHOD;
    const NEEDS_TOKEN: bool = E::NEEDS_TOKEN;
    const REPEATABLE: bool = E::REPEATABLE;
    type Response = E::Response;

    fn path(&self) -> String {
        self.request.path()
    }

    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        self.request.body()
    }

    fn headers(&self) -> Vec<(&'static str, String)> {
        let mut headers = self.request.headers();
        headers.retain(|(name, _)| !name.eq_ignore_ascii_case(TIER_HEADER));
        headers.push((TIER_HEADER, self.tier.as_str().to_owned()));
        headers
    }
}

/// A request that charges: `again`, `onetime`, a schedule retry. Its
/// `merchant_uid` finds the payment when the answer is lost, so that it is
/// looked up rather than sent twice.
pub trait ChargeRequest: Endpoint<Response = Charge> {
    /// The order number the charge is made for.
    fn merchant_uid(&self) -> &crate::value::MerchantUid;
}

/// A lookup of several items by id that PortOne may answer in part: HTTP
/// 207 with the items it found ("요청된 ... 중 일부 ... 조회 실패", OpenAPI).
/// [`MultiLookup::failed`] names the requested ids that no item answers.
pub trait MultiLookup: Endpoint<Response = Vec<Self::Item>> {
    /// One item of the answer.
    type Item;

    /// The requested ids that no item of `answer` carries.
    fn failed(&self, answer: &[Self::Item]) -> Vec<String>;
}

/// Percent-encodes a path segment: everything but unreserved characters
/// (`A-Z a-z 0-9 - . _ ~`), so `a/b`, `../x`, `%2F` and `?x=1#` stay one
/// segment.
#[must_use]
pub fn encode_segment(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for byte in segment.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            let digit =
                |d: u8| char::from_digit(u32::from(d), 16).map_or('0', |c| c.to_ascii_uppercase());
            out.push('%');
            out.push(digit(byte >> 4));
            out.push(digit(byte & 0xF));
        }
    }
    out
}

/// The JSON body of a request that is its own body.
pub(crate) fn json_body<T: serde::Serialize>(
    value: &T,
) -> Result<Option<String>, serde_json::Error> {
    serde_json::to_string(value).map(Some)
}

/// The JSON body of a request that carries its path parameters (`keys`)
/// beside its body's fields: serialized whole, those keys taken out.
pub(crate) fn json_body_without<T: serde::Serialize>(
    value: &T,
    keys: &[&str],
) -> Result<Option<String>, serde_json::Error> {
    let mut body = serde_json::to_value(value)?;
    if let Some(fields) = body.as_object_mut() {
        for key in keys {
            fields.remove(*key);
        }
    }
    serde_json::to_string(&body).map(Some)
}
