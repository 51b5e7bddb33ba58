//! Values that a type alone can't check (lengths, formats, ranges), checked
//! where they are made: each type here has a constructor that returns
//! [`InvalidValue`] for bad input, and its `Deserialize` runs the same check,
//! so no path around it exists.
//!
//! Lengths are counted in UTF-16 code units, as JavaScript's `String.length`
//! counts them: the browser SDK that receives these values is JavaScript. A
//! Hangul syllable is 1 unit, an emoji outside the Basic Multilingual Plane is
//! 2, and decomposed (NFD) Hangul counts each jamo.
//!
//! # The rules, in one place
//!
//! Each rule is written once, here or in the function named, and every
//! request type that has the field uses it. The workspace's
//! `tests/domain/money_edges.rs` has a test for each row, through the
//! builder, through [`crate::from_json`] and through the `payload` command.
//!
//! | rule | where |
//! |---|---|
//! | An amount is a JSON number, read from its digits (never through an `f64`), not negative, at most two decimals, at most 2^53 − 1 | [`Amount`] |
//! | A signed amount (the parts of a payment's balance, negative after a refund) is read as exactly, with the same ceiling either side of 0 | [`SignedAmount`] |
//! | `amount`, `tax_free`, `vat_amount` and nested amounts (`products[].unitPrice`, `kcpProducts[].amount`) are whole in KRW, JPY, HUF and TWD (PayPal refuses decimals in the last three) | [`Currency::check_amounts`], [`Currency::check_whole`] |
//! | `tax_free + vat_amount` is not above `amount` | [`Currency::check_amounts`] |
//! | A charge (`again`, `onetime`, a schedule entry, a one-off payment) is above 0 | each type's `Validate` |
//! | A partial cancel is above 0; a full cancel leaves `amount` out | [`crate::rest::CancelPayment`] |
//! | `name` is non-empty where the API requires it (`again`, schedule entries) | [`OrderName`] and each type's `Validate` |
//! | A schedule request names each `merchant_uid` once | [`crate::rest::Schedule`] |
//! | `period.from` is not after `period.to` | [`crate::request_pay::Period`] |
//! | `merchant_uid`, `customer_uid`, `imp_uid`: not empty, no control, invisible or bidirectional characters, no whitespace at either end, not `.` or `..` | [`MerchantUid`], [`CustomerUid`], [`ImpUid`] |
//! | A URL is absolute http(s) as browsers parse it, without user name, password, bad port or host, backslash, bad `%` escape, invisible characters | [`HttpUrl`] |
//! | A channel key is 1 to 55 characters without spaces | [`ChannelKey`] |
//! | A time is Unix seconds from 1970 to 9999 | [`Timestamp`] |
//! | On a CHAI channel (`pg` `chai` or `chai.*`): `pay_method` is `trans`, `m_redirect_url` is set, the currency is KRW | `request_pay` (the generic types and the CHAI profiles share one check) |
//! | Free-form JSON (`custom_data`, `bypass`) is kept exactly: no key twice at any depth, numbers as written, no non-finite number, no already-encoded text | [`crate::request_pay::CustomData`], [`crate::rest::JsonText`] |
//! | A message quotes input on one line, escaped; an error's text is one line of at most 300 characters, long values cut with an ellipsis | [`quoted`], [`InvalidValue`], [`crate::ParseError`] |

mod amount;
mod currency;
mod dates;
mod error;
mod pg;
mod text;
mod time;

pub use amount::{Amount, SignedAmount};
pub use currency::Currency;
pub(crate) use currency::check_parts;
pub use dates::{CalendarDate, DateTime};
pub use error::{InvalidValue, quoted};
pub(crate) use error::{LINE_MAX, clipped};
pub use pg::{ChannelKey, Pg, PgCode};
pub use text::{BizNum, CustomerUid, Email, HttpUrl, ImpUid, MerchantUid, OrderName};
pub(crate) use text::{checked_string, identifier};
pub use time::Timestamp;
pub(crate) use time::{TimestampVisitor, zero_is_none};

/// Length in UTF-16 code units, as JavaScript counts.
pub(crate) fn js_len(s: &str) -> usize {
    s.encode_utf16().count()
}
