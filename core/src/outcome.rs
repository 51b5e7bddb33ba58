//! How the browser side of a payment reports back, and how to trust it.
//!
//! Three reports arrive without any proof of origin: the SDK callback's
//! `rsp` object ([`PaymentCallback`]), the query string of `m_redirect_url`
//! ([`RedirectQuery`]) and the webhook ([`Webhook`]). Each only says "look
//! at payment `imp_uid`". The truth is `GET /payments/{imp_uid}`
//! ([`crate::rest::GetPayment`]); [`verify`] compares what it returns with
//! what the merchant expected.
//!
//! Sources: PAYRT (`payrt.mdx`), AUTH (`auth.mdx`) and WEBHOOK
//! (`webhook/readme-v1.mdx`) of `portone-io/developers.portone.io` @ `af926bd2`.

use std::fmt;

use serde::Deserialize;

use crate::json::object_only;
use crate::request_pay::CustomData;
use crate::rest::{Payment, PaymentStatus};
use crate::value::{Amount, Currency, InvalidValue, Timestamp, quoted};

/// The `rsp` object the SDK hands to the `IMP.request_pay` callback (PAYRT).
/// Most fields are optional: the newer SDK gives some PGs only `imp_uid`,
/// `merchant_uid`, `error_code` and `error_msg`. Unknown fields are ignored.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct PaymentCallback {
    /// Whether the window reports success (some PGs send `imp_success`).
    #[serde(default)]
    pub success: Option<bool>,
    /// The older name of `success`.
    #[serde(default)]
    pub imp_success: Option<bool>,
    /// The PG's error code, on failure.
    #[serde(default)]
    pub error_code: Option<String>,
    /// The PG's error message, on failure.
    #[serde(default)]
    pub error_msg: Option<String>,
    /// PortOne's payment id; `null` when validation failed before a payment existed.
    #[serde(default)]
    pub imp_uid: Option<String>,
    /// The merchant's order number.
    pub merchant_uid: String,
    /// `pay_method` as PortOne names it (PAYRT lists codes beyond the
    /// request's, such as `samsung`, `tenpay`, `paysbuy`).
    #[serde(default)]
    pub pay_method: Option<String>,
    /// The amount paid, as the window saw it (not proof).
    #[serde(default)]
    pub paid_amount: Option<Amount>,
    /// `ready`, `paid` or `failed`, as the window saw it (not proof).
    #[serde(default)]
    pub status: Option<PaymentStatus>,
    /// The order name.
    #[serde(default)]
    pub name: Option<String>,
    /// The PG's code.
    #[serde(default)]
    pub pg_provider: Option<String>,
    /// The easy-pay provider inside a PG window.
    #[serde(default)]
    pub emb_pg_provider: Option<String>,
    /// The PG's transaction id.
    #[serde(default)]
    pub pg_tid: Option<String>,
    /// `buyer_name`, echoed.
    #[serde(default)]
    pub buyer_name: Option<String>,
    /// `buyer_email`, echoed.
    #[serde(default)]
    pub buyer_email: Option<String>,
    /// `buyer_tel`, echoed.
    #[serde(default)]
    pub buyer_tel: Option<String>,
    /// `buyer_addr`, echoed.
    #[serde(default)]
    pub buyer_addr: Option<String>,
    /// `buyer_postcode`, echoed.
    #[serde(default)]
    pub buyer_postcode: Option<String>,
    /// `custom_data`, echoed: JSON text (a string, as PAYRT documents it)
    /// or the JSON value itself (an object, as the request carried it),
    /// kept exactly.
    #[serde(default, deserialize_with = "callback_custom_data")]
    pub custom_data: Option<CallbackCustomData>,
    /// When it was paid (PAYRT documents a string; its sample and the
    /// typings send Unix seconds: both are read, see [`CallbackTime`]).
    #[serde(default, deserialize_with = "callback_time")]
    pub paid_at: Option<CallbackTime>,
    /// The receipt's URL.
    #[serde(default)]
    pub receipt_url: Option<String>,
    /// The card approval number.
    #[serde(default)]
    pub apply_num: Option<String>,
    /// The virtual account number (may contain `-`).
    #[serde(default)]
    pub vbank_num: Option<String>,
    /// The virtual account's bank.
    #[serde(default)]
    pub vbank_name: Option<String>,
    /// The virtual account's holder.
    #[serde(default)]
    pub vbank_holder: Option<String>,
    /// The deposit deadline (a string in PAYRT, a number in the typings:
    /// both are read, see [`CallbackTime`]).
    #[serde(default, deserialize_with = "callback_time")]
    pub vbank_date: Option<CallbackTime>,
    /// The card's name (PAYRT sample).
    #[serde(default)]
    pub card_name: Option<String>,
    /// The masked card number (PAYRT sample).
    #[serde(default)]
    pub card_number: Option<String>,
    /// Installment months (PAYRT sample).
    #[serde(default)]
    pub card_quota: Option<u32>,
    /// The currency (PAYRT sample).
    #[serde(default)]
    pub currency: Option<String>,
    /// The PG's kind (PAYRT sample).
    #[serde(default)]
    pub pg_type: Option<String>,
    /// The bank's name (PAYRT sample).
    #[serde(default)]
    pub bank_name: Option<String>,
}

object_only!(PaymentCallback);

/// `custom_data` as the callback echoes it. PAYRT documents a string, the
/// JSON text PortOne stored ("JSON notation(string)으로 저장"); the request
/// carried an object (`custom_data?: object`), and a window that hands that
/// object back is read too. Either way it is a hint from the browser, not
/// proof.
///
/// ```
/// use iamport::outcome::{CallbackCustomData, PaymentCallback};
/// let rsp: PaymentCallback = serde_json::from_str(
///     r#"{"merchant_uid":"m","custom_data":{"userId":30930,"big":123456789012345678901234567890}}"#,
/// )?;
/// let data = rsp.custom_data.unwrap();
/// assert!(matches!(data, CallbackCustomData::Json(_)));
/// assert_eq!(data.json_text(), r#"{"userId":30930,"big":123456789012345678901234567890}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CallbackCustomData {
    /// A JSON string: the JSON text PortOne stored, as written.
    Text(String),
    /// Any other JSON value (an object, an array, a number, a boolean),
    /// kept exactly: compact, every number as written, checked as
    /// [`CustomData`] checks it (no key twice at any depth).
    Json(CustomData),
}

impl CallbackCustomData {
    /// The JSON text: the string as written for [`CallbackCustomData::Text`],
    /// the value's compact text for [`CallbackCustomData::Json`].
    #[must_use]
    pub fn json_text(&self) -> &str {
        match self {
            CallbackCustomData::Text(text) => text,
            CallbackCustomData::Json(data) => data.as_str(),
        }
    }
}

/// Reads `custom_data`: `null` is `None`, a string is
/// [`CallbackCustomData::Text`], any other value [`CallbackCustomData::Json`],
/// read from its raw JSON text.
fn callback_custom_data<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<CallbackCustomData>, D::Error> {
    use serde::de::Error as _;
    let raw = <Box<serde_json::value::RawValue>>::deserialize(d)?;
    let text = raw.get().trim();
    if text == "null" {
        return Ok(None);
    }
    if text.starts_with('"') {
        return serde_json::from_str::<String>(text)
            .map(|s| Some(CallbackCustomData::Text(s)))
            .map_err(|e| D::Error::custom(crate::parse::clean_message(&e)));
    }
    serde_json::from_str::<CustomData>(text)
        .map(|data| Some(CallbackCustomData::Json(data)))
        .map_err(|e| D::Error::custom(crate::parse::clean_message(&e)))
}

/// A time the callback reports (`vbank_date`, `paid_at`). PAYRT documents
/// them as strings without saying in what form; its sample, and
/// `iamport-typings`' `vbank_date?: number`, send Unix seconds. Both are
/// read, and text that is not Unix seconds is kept as written rather than
/// refused: a hint from the browser, not proof.
///
/// Unix seconds are a JSON number, or text of 9 to 11 digits (1973 to
/// 5138). Other digit text is a date: `20260131` (`YYYYMMDD`) and
/// `20260131235959` (`YYYYMMDDHHmmss`), the forms of the request's
/// `vbank_due`, are never read as seconds of 1970.
///
/// ```
/// use iamport::outcome::{CallbackTime, PaymentCallback};
/// let rsp: PaymentCallback = serde_json::from_str(
///     r#"{"merchant_uid":"m","vbank_date":"2026-01-31 23:59:59","paid_at":1700000000}"#,
/// )?;
/// assert_eq!(rsp.vbank_date, Some(CallbackTime::Text("2026-01-31 23:59:59".to_owned())));
/// assert_eq!(rsp.paid_at.and_then(|t| t.unix()).map(|t| t.unix()), Some(1_700_000_000));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum CallbackTime {
    /// Unix seconds.
    Unix(Timestamp),
    /// Text in another form, such as `2026-01-31 23:59:59`, as written.
    Text(String),
}

impl CallbackTime {
    /// The moment, when it came as Unix seconds.
    #[must_use]
    pub fn unix(&self) -> Option<Timestamp> {
        match self {
            CallbackTime::Unix(t) => Some(*t),
            CallbackTime::Text(_) => None,
        }
    }
}

/// Reads a [`CallbackTime`]: `0`, `"0"`, `null` and `""` are `None` (has
/// not happened).
fn callback_time<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<CallbackTime>, D::Error> {
    d.deserialize_any(CallbackTimeVisitor)
}

struct CallbackTimeVisitor;

/// Numbers are read as the response times are: Unix seconds, 0 for "has
/// not happened".
fn unix_seconds() -> crate::value::TimestampVisitor {
    crate::value::TimestampVisitor {
        zero_is_none: true,
        text: false,
    }
}

impl<'de> serde::de::Visitor<'de> for CallbackTimeVisitor {
    type Value = Option<CallbackTime>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Unix seconds (a whole JSON number) or a date as text")
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
        unix_seconds()
            .visit_u64(v)
            .map(|t| t.map(CallbackTime::Unix))
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
        unix_seconds()
            .visit_i64(v)
            .map(|t| t.map(CallbackTime::Unix))
    }

    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Self::Value, E> {
        unix_seconds()
            .visit_f64(v)
            .map(|t| t.map(CallbackTime::Unix))
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
        if v.is_empty() || v == "0" {
            return Ok(None);
        }
        if v.bytes().all(|b| b.is_ascii_digit())
            && (9..=11).contains(&v.len())
            && let Ok(secs) = v.parse::<u64>()
        {
            return self.visit_u64(secs);
        }
        Ok(Some(CallbackTime::Text(v.to_owned())))
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl PaymentCallback {
    /// Whether the window reports success: `success`, else `imp_success`,
    /// else "no error code". A hint only: verify with [`verify`].
    #[must_use]
    pub fn reports_success(&self) -> bool {
        self.success
            .or(self.imp_success)
            .unwrap_or(self.error_code.is_none())
    }
}

/// The query string PortOne appends to `m_redirect_url` (AUTH):
/// `imp_uid`, `merchant_uid`, and on failure `error_code` and `error_msg`;
/// older windows add `imp_success` or `success`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct RedirectQuery {
    /// PortOne's payment id.
    pub imp_uid: Option<String>,
    /// The merchant's order number.
    pub merchant_uid: Option<String>,
    /// `imp_success` or `success`, when given.
    pub success: Option<bool>,
    /// The PG's error code, on failure.
    pub error_code: Option<String>,
    /// The PG's error message, on failure.
    pub error_msg: Option<String>,
}

impl RedirectQuery {
    /// Parses a query string (without the `?`). Keys this version does not
    /// know are ignored. A key given twice takes its last value: PortOne
    /// appends its own `imp_uid`, `merchant_uid` and the rest to whatever
    /// query `m_redirect_url` already carries, which may hold a
    /// `merchant_uid` of its own (auth.mdx), so the last value is
    /// PortOne's. The query is a hint either way: [`verify`] decides.
    ///
    /// ```
    /// use iamport::outcome::RedirectQuery;
    /// let q = RedirectQuery::parse("imp_uid=imp_123&merchant_uid=order%20no%201&imp_success=false&error_msg=%EC%B7%A8%EC%86%8C").unwrap();
    /// assert_eq!(q.merchant_uid.as_deref(), Some("order no 1"));
    /// assert_eq!(q.success, Some(false));
    /// assert_eq!(q.error_msg.as_deref(), Some("취소"));
    /// ```
    ///
    /// # Errors
    ///
    /// Bad percent-encoding, text that is not UTF-8, or a `success` that
    /// is not `true` or `false`.
    pub fn parse(query: &str) -> Result<Self, InvalidValue> {
        let (mut imp_uid, mut merchant_uid, mut error_code, mut error_msg, mut success) =
            (None, None, None, None, None);
        read_form(
            query,
            Repeated::LastWins,
            &mut [
                (&["imp_uid"], &mut imp_uid),
                (&["merchant_uid"], &mut merchant_uid),
                (&["error_code"], &mut error_code),
                (&["error_msg"], &mut error_msg),
                (&["imp_success", "success"], &mut success),
            ],
        )?;
        let value = |slot: Option<(String, String)>| slot.map(|(_, v)| v);
        let mut q = RedirectQuery {
            imp_uid: value(imp_uid),
            merchant_uid: value(merchant_uid),
            error_code: value(error_code),
            error_msg: value(error_msg),
            success: None,
        };
        q.success = match success {
            None => None,
            Some((_, text)) if text == "true" => Some(true),
            Some((_, text)) if text == "false" => Some(false),
            Some((key, _)) => return Err(InvalidValue::new(key, "must be `true` or `false`")),
        };
        Ok(q)
    }
}

/// Reads a form-encoded body or query string (`k=v&k=v`, `%XX` and `+`
/// decoded) into the slots of the keys it knows: each slot takes one of its
/// names (the value, with the name it came under); a slot given twice is an
/// error or keeps its last value, as `repeated` says. Keys it does not know
/// are ignored, once decoded.
/// What [`read_form`] does with a key given twice.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Repeated {
    /// An error: a body whose sender writes each key once.
    Refuse,
    /// The last value is kept: a redirect query that PortOne extends.
    LastWins,
}

fn read_form(
    body: &str,
    repeated: Repeated,
    slots: &mut [FormSlot<'_>],
) -> Result<(), InvalidValue> {
    for pair in body.trim().split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let key = percent_decode(key)?;
        let value = percent_decode(value)?;
        let Some((_, slot)) = slots
            .iter_mut()
            .find(|(names, _)| names.contains(&key.as_str()))
        else {
            continue;
        };
        if slot.is_some() && repeated == Repeated::Refuse {
            return Err(InvalidValue::new(key, "is given twice"));
        }
        **slot = Some((key, value));
    }
    Ok(())
}

/// One slot of [`read_form`]: the names a key may come under, and where its
/// `(name, value)` goes.
type FormSlot<'a> = (&'static [&'static str], &'a mut Option<(String, String)>);

/// Decodes `%XX` escapes and `+` (a space in a query string).
fn percent_decode(s: &str) -> Result<String, InvalidValue> {
    let mut bytes = s.bytes();
    let mut out = Vec::with_capacity(s.len());
    let hex = |b: Option<u8>| b.and_then(|b| char::from(b).to_digit(16));
    while let Some(b) = bytes.next() {
        match b {
            b'%' => {
                let byte = hex(bytes.next())
                    .zip(hex(bytes.next()))
                    .and_then(|(hi, lo)| u8::try_from(hi.checked_mul(16)?.checked_add(lo)?).ok())
                    .ok_or_else(|| {
                        InvalidValue::new("query", "has a `%` not followed by two hex digits")
                    })?;
                out.push(byte);
            }
            b'+' => out.push(b' '),
            _ => out.push(b),
        }
    }
    String::from_utf8(out).map_err(|_| InvalidValue::new("query", "does not decode to UTF-8 text"))
}

/// The webhook body PortOne posts (WEBHOOK): `{imp_uid, merchant_uid,
/// status}`, plus `cancellation_id` for a cancellation. Unsigned, and it
/// may come twice: a hint to fetch the payment, never proof.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct Webhook {
    /// PortOne's payment id.
    pub imp_uid: String,
    /// The merchant's order number.
    pub merchant_uid: String,
    /// The status the webhook claims.
    #[serde(default)]
    pub status: Option<String>,
    /// The cancellation, for a cancellation webhook.
    #[serde(default)]
    pub cancellation_id: Option<String>,
}

object_only!(Webhook);

impl Webhook {
    /// Reads the form-encoded body the console can be set to send
    /// (`application/x-www-form-urlencoded`: `imp_uid=...&merchant_uid=...`,
    /// rest-api.md §5) with the rules of [`RedirectQuery::parse`]: bad
    /// encoding or a repeated key is an error, unknown keys are ignored.
    ///
    /// ```
    /// use iamport::outcome::Webhook;
    /// let hook = Webhook::from_form("imp_uid=imp_1&merchant_uid=order%201&status=paid").unwrap();
    /// assert_eq!(hook.merchant_uid, "order 1");
    /// assert!(Webhook::from_form("imp_uid=imp_1").is_err());
    /// ```
    ///
    /// # Errors
    ///
    /// Bad percent-encoding, text that is not UTF-8, a repeated key, or a
    /// missing `imp_uid` or `merchant_uid`.
    pub fn from_form(body: &str) -> Result<Self, InvalidValue> {
        let (mut imp_uid, mut merchant_uid, mut status, mut cancellation_id) =
            (None, None, None, None);
        read_form(
            body,
            Repeated::Refuse,
            &mut [
                (&["imp_uid"], &mut imp_uid),
                (&["merchant_uid"], &mut merchant_uid),
                (&["status"], &mut status),
                (&["cancellation_id"], &mut cancellation_id),
            ],
        )?;
        let value = |slot: Option<(String, String)>| slot.map(|(_, v)| v);
        let (imp_uid, merchant_uid, status, cancellation_id) = (
            value(imp_uid),
            value(merchant_uid),
            value(status),
            value(cancellation_id),
        );
        Ok(Webhook {
            imp_uid: imp_uid.ok_or_else(|| InvalidValue::new("imp_uid", "is missing"))?,
            merchant_uid: merchant_uid
                .ok_or_else(|| InvalidValue::new("merchant_uid", "is missing"))?,
            status,
            cancellation_id,
        })
    }
}

/// What the merchant expects of a payment it asked for: everything the
/// buyer could have changed on the page (the params are in their browser)
/// is here, so [`verify`] compares it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expected<'a> {
    /// The order number the merchant made.
    pub merchant_uid: &'a str,
    /// The amount the merchant charged, which the payment must still hold
    /// after any cancellation.
    pub amount: Amount,
    /// The currency of `amount`: 1000 JPY is not 1000 USD.
    pub currency: Currency,
    /// The status it needs (usually [`PaymentStatus::Paid`]).
    pub status: PaymentStatus,
    /// Whether a test channel may have made it: `false` for a live order.
    pub sandbox: bool,
}

impl<'a> Expected<'a> {
    /// A live payment of `amount` in `currency` for order `merchant_uid`,
    /// paid and not cancelled in any part.
    #[must_use]
    pub fn paid(merchant_uid: &'a str, amount: Amount, currency: Currency) -> Self {
        Expected {
            merchant_uid,
            amount,
            currency,
            status: PaymentStatus::Paid,
            sandbox: false,
        }
    }
}

/// How a payment differs from what the merchant expected.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Mismatch {
    /// The fetched payment is not the one the hint named.
    ImpUid {
        /// From the webhook or redirect.
        claimed: String,
        /// From `GET /payments/{imp_uid}`.
        fetched: String,
    },
    /// The payment belongs to another order.
    MerchantUid {
        /// The merchant's order number.
        expected: String,
        /// The payment's.
        fetched: String,
    },
    /// The amount paid is not the amount charged: never fulfil the order.
    Amount {
        /// The merchant's amount.
        expected: Amount,
        /// The payment's.
        fetched: Amount,
    },
    /// The status is not the one needed.
    Status {
        /// The status needed.
        expected: PaymentStatus,
        /// The payment's.
        fetched: PaymentStatus,
    },
    /// A test channel made the payment, and the order is live (or the
    /// other way round).
    Sandbox {
        /// Whether the order allows a test payment.
        expected: bool,
        /// The payment's `sandbox`.
        fetched: bool,
    },
    /// The payment is in another currency.
    Currency {
        /// The order's currency.
        expected: Currency,
        /// The payment's `currency`.
        fetched: String,
    },
    /// Part of the payment was cancelled: the amount kept is not the amount
    /// charged.
    Cancelled {
        /// The merchant's amount.
        expected: Amount,
        /// The payment's `cancel_amount`.
        cancelled: Amount,
    },
    /// The payment lists cancellations in `cancel_history` (though its
    /// `cancel_amount` may say 0): something of it was cancelled.
    CancelHistory {
        /// How many cancellations it lists.
        entries: usize,
        /// The first one's amount.
        first: Amount,
    },
}

/// One line of at most 300 characters, whatever the payment holds.
impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let full = Full(self).to_string();
        f.write_str(&crate::value::clipped(&full, crate::value::LINE_MAX))
    }
}

/// A mismatch's whole text, before it is bounded.
struct Full<'a>(&'a Mismatch);

impl fmt::Display for Full<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Mismatch::ImpUid { claimed, fetched } => {
                write!(
                    f,
                    "`imp_uid`: the hint names payment {} but the payment fetched is {}",
                    quoted(claimed),
                    quoted(fetched)
                )
            }
            Mismatch::MerchantUid { expected, fetched } => {
                write!(
                    f,
                    "`merchant_uid`: the payment belongs to order {}, not {}",
                    quoted(fetched),
                    quoted(expected)
                )
            }
            Mismatch::Amount { expected, fetched } => {
                write!(
                    f,
                    "`amount`: the payment's amount is {fetched}, not the {expected} charged"
                )
            }
            Mismatch::Status { expected, fetched } => {
                write!(
                    f,
                    "`status`: the payment's status is {fetched:?}, not {expected:?}"
                )
            }
            Mismatch::Sandbox { expected, fetched } => {
                let kind = |test: bool| {
                    if test {
                        "a test channel"
                    } else {
                        "a live channel"
                    }
                };
                write!(
                    f,
                    "`sandbox`: the payment was made on {}, and the order allows only {}",
                    kind(*fetched),
                    kind(*expected)
                )
            }
            Mismatch::Currency { expected, fetched } => {
                write!(
                    f,
                    "`currency`: the payment is in {}, not {expected}",
                    quoted(fetched)
                )
            }
            Mismatch::Cancelled {
                expected,
                cancelled,
            } => {
                write!(
                    f,
                    "`cancel_amount`: {cancelled} of the {expected} charged was cancelled"
                )
            }
            Mismatch::CancelHistory { entries, first } => {
                write!(
                    f,
                    "`cancel_history`: the payment lists {entries} cancellation(s), the first of \
                     {first}: part of it was cancelled"
                )
            }
        }
    }
}

impl std::error::Error for Mismatch {}

/// Checks the payment fetched from `GET /payments/{imp_uid}` (never the
/// webhook's own claims) against the hint that named it and what the
/// merchant expected: the payment and order ids, the status, test against
/// live, the currency, the amount, and that nothing of it was cancelled
/// (`cancel_amount` is 0 and `cancel_history` is empty: a cancellation
/// listed while `cancel_amount` says 0 does not pass).
///
/// ```
/// use iamport::outcome::{verify, Expected, Webhook};
/// use iamport::rest::{Payment, PaymentStatus};
/// use iamport::value::{Amount, Currency};
///
/// let hook: Webhook = serde_json::from_str(r#"{"imp_uid":"imp_1","merchant_uid":"order_1","status":"paid"}"#)?;
/// let fetched: Payment = serde_json::from_str(
///     r#"{"imp_uid":"imp_1","merchant_uid":"order_1","status":"paid","amount":1000,"cancel_amount":0,"currency":"KRW","sandbox":false}"#,
/// )?;
/// let expected = Expected::paid("order_1", Amount::new(1000)?, Currency::Krw);
/// assert!(verify(&hook.imp_uid, &fetched, &expected).is_ok());
/// let expected = Expected { amount: Amount::new(100_000)?, ..expected };
/// assert_eq!(
///     verify(&hook.imp_uid, &fetched, &expected).unwrap_err().to_string(),
///     "`amount`: the payment's amount is 1000, not the 100000 charged"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// The first [`Mismatch`] found, in the order the summary above lists
/// the checks.
pub fn verify(
    claimed_imp_uid: &str,
    payment: &Payment,
    expected: &Expected<'_>,
) -> Result<(), Mismatch> {
    if payment.imp_uid != claimed_imp_uid {
        return Err(Mismatch::ImpUid {
            claimed: claimed_imp_uid.to_owned(),
            fetched: payment.imp_uid.clone(),
        });
    }
    if payment.merchant_uid != expected.merchant_uid {
        return Err(Mismatch::MerchantUid {
            expected: expected.merchant_uid.to_owned(),
            fetched: payment.merchant_uid.clone(),
        });
    }
    if payment.status != expected.status {
        return Err(Mismatch::Status {
            expected: expected.status.clone(),
            fetched: payment.status.clone(),
        });
    }
    if payment.sandbox && !expected.sandbox {
        return Err(Mismatch::Sandbox {
            expected: expected.sandbox,
            fetched: payment.sandbox,
        });
    }
    if payment.currency != expected.currency.as_str() {
        return Err(Mismatch::Currency {
            expected: expected.currency,
            fetched: payment.currency.clone(),
        });
    }
    if payment.amount != expected.amount {
        return Err(Mismatch::Amount {
            expected: expected.amount,
            fetched: payment.amount,
        });
    }
    if !payment.cancel_amount.is_zero() {
        return Err(Mismatch::Cancelled {
            expected: expected.amount,
            cancelled: payment.cancel_amount,
        });
    }
    if let Some(first) = payment.cancel_history.first() {
        return Err(Mismatch::CancelHistory {
            entries: payment.cancel_history.len(),
            first: first.amount,
        });
    }
    Ok(())
}
