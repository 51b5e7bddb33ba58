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
//! Source of every field: the official V1 OpenAPI (`portone-io/developers.portone.io`
//! `src/schema/v1.openapi.json` @ `af926bd2`). Where the guides disagree
//! with it, these types follow the OpenAPI: `again` requires `name`, which
//! the guides' curl examples leave out.

mod card;
mod json_text;
mod requests;
mod responses;

pub use card::{Birth, CardExpiry, CardNumber, Cvc, Pwd2Digit};
pub use json_text::JsonText;
pub use requests::{
    Again, CancelExtra, CancelPayment, CancelRequester, CashReceiptType, DeleteBillingKey,
    GetBillingKey, GetPayment, GetToken, IssueBillingKey, Onetime, PreparePayment, ProductType,
    Schedule, ScheduleEntry, SubscribeExtra, Unschedule,
};
/// The builders of the request types, with the modules that name their
/// states ([`crate::typestate`]).
pub use requests::{
    AgainBuilder, CancelExtraBuilder, CancelPaymentBuilder, DeleteBillingKeyBuilder,
    GetBillingKeyBuilder, GetPaymentBuilder, GetTokenBuilder, IssueBillingKeyBuilder,
    OnetimeBuilder, PreparePaymentBuilder, ScheduleBuilder, ScheduleEntryBuilder,
    SubscribeExtraBuilder, UnscheduleBuilder, again_builder, cancel_extra_builder,
    cancel_payment_builder, delete_billing_key_builder, get_billing_key_builder,
    get_payment_builder, get_token_builder, issue_billing_key_builder, onetime_builder,
    prepare_payment_builder, schedule_builder, schedule_entry_builder, subscribe_extra_builder,
    unschedule_builder,
};
pub use responses::{
    AccessToken, ApiError, BillingKey, Charge, CustomerUidUsage, Envelope, Payment, PaymentCancel,
    PaymentStatus, Prepared, Promotion, ScheduleResult, ScheduleStatus, Token, VbankDeposit,
};

use std::fmt;

/// An HTTP method of the API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    /// `GET`.
    Get,
    /// `POST`.
    Post,
    /// `DELETE`.
    Delete,
}

impl Method {
    /// The method's name, such as `POST`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Delete => "DELETE",
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

/// A request bound to its endpoint.
///
/// Send `body()` (JSON, `Content-Type: application/json`) with `METHOD` to
/// the base URL followed by `path()`; when `NEEDS_TOKEN`, add the header
/// `Authorization: Bearer <token>` ([`AccessToken::bearer`]). The response
/// body parses as [`Envelope`]`<Self::Response>`.
pub trait Endpoint {
    /// The HTTP method.
    const METHOD: Method;
    /// Whether the call needs the access token of [`GetToken`].
    const NEEDS_TOKEN: bool;
    /// What `response` of the envelope holds.
    type Response: serde::de::DeserializeOwned;

    /// The path (with path parameters percent-encoded, and a query if any).
    fn path(&self) -> String;

    /// The JSON body, or `None` for a call without one.
    ///
    /// # Errors
    ///
    /// Only if serialization fails, which the crate's types rule out.
    fn body(&self) -> Result<Option<String>, serde_json::Error>;
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
