//! What the API answers. Responses tolerate fields this version does not
//! know (PortOne adds fields) and `null` where PortOne sends it; timestamps
//! where 0 means "has not happened" are `None`.

use std::fmt;

use serde::Deserialize;

use crate::json::object_only;
use crate::string_enum::open_enum;
use crate::value::{Amount, Timestamp, zero_is_none};

/// The envelope of every answer: `{code, message, response}`. `code` 0 is
/// success; anything else is a failure that `message` explains, and it
/// arrives with HTTP 200. [`Envelope::into_result`] makes the caller handle
/// it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(remote = "Self")]
pub struct Envelope<T> {
    /// 0 on success.
    pub code: i64,
    /// The error text when `code` is not 0.
    #[serde(default)]
    pub message: Option<String>,
    /// The payload; absent or `null` on failure.
    #[serde(default = "none")]
    pub response: Option<T>,
}

fn none<T>() -> Option<T> {
    None
}

object_only!(Envelope<T>);

impl<T: serde::de::DeserializeOwned> Envelope<T> {
    /// The payload, or the API's error.
    ///
    /// A success without a payload (`response` absent or `null`) is one
    /// only for an answer that may be nothing, such as [`Done`]: the type
    /// says so by reading `null`.
    ///
    /// # Errors
    ///
    /// [`ApiError`] when `code` is not 0, or when a success carries no
    /// payload and `T` needs one.
    pub fn into_result(self) -> Result<T, ApiError> {
        match (self.code, self.response) {
            (0, Some(response)) => Ok(response),
            (0, None) if let Ok(nothing) = T::deserialize(serde_json::Value::Null) => Ok(nothing),
            (code, _) => Err(ApiError {
                code,
                message: self
                    .message
                    .unwrap_or_else(|| "the response held no payload".to_owned()),
            }),
        }
    }
}

/// The answer of an operation that answers nothing but success (the
/// OpenAPI's bare `ResponseAnnotation`, or no schema at all): Naver Pay's
/// point deposit and purchase confirmation, KCP Quick Pay's prepare calls.
/// It reads any `response`, or none, and keeps nothing; a failure is still
/// the envelope's `code`.
///
/// ```
/// use iamport::rest::{Done, Envelope};
/// let bare: Envelope<Done> = serde_json::from_str(r#"{"code":0,"message":null}"#)?;
/// assert_eq!(bare.into_result(), Ok(Done));
/// let failed: Envelope<Done> = serde_json::from_str(r#"{"code":1,"message":"없음"}"#)?;
/// assert!(failed.into_result().is_err());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Done;

impl<'de> Deserialize<'de> for Done {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        serde::de::IgnoredAny::deserialize(deserializer)?;
        Ok(Done)
    }
}

/// A failure the API reported (`code` not 0).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// The API's code: `-1` for PG-side failures, `1` for "not found" and the like.
    pub code: i64,
    /// The API's message, such as "존재하지 않는 결제정보입니다".
    pub message: String,
}

/// One line: the message's control, invisible and bidirectional
/// characters are escaped, and a message over 160 characters is cut with
/// `…`.
///
/// ```
/// use iamport::rest::ApiError;
/// let error = ApiError { code: -1, message: "a\nb\u{202e}".to_owned() };
/// assert_eq!(error.to_string(), r"PortOne answered code -1: a\nb\u{202e}");
/// ```
impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "PortOne answered code {}: {}",
            self.code,
            crate::value::clipped(&self.message, 160)
        )
    }
}

impl std::error::Error for ApiError {}

/// An access token. It never appears in `Debug`; [`AccessToken::bearer`]
/// gives the `Authorization` header's value.
#[derive(Clone, PartialEq, Eq)]
pub struct AccessToken(String);

impl<'de> Deserialize<'de> for AccessToken {
    /// A wrong JSON type is an error that does not repeat the value.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::json::secret_string(d).map(AccessToken)
    }
}

impl AccessToken {
    /// `Bearer <token>`, for the `Authorization` header.
    #[must_use]
    pub fn bearer(&self) -> String {
        format!("Bearer {}", self.0)
    }

    /// The token itself.
    #[must_use]
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AccessToken(<redacted>)")
    }
}

/// The answer of `POST /users/getToken`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
pub struct Token {
    /// The token.
    pub access_token: AccessToken,
    /// When it expires (30 minutes after issue).
    pub expired_at: Timestamp,
    /// The server's clock when it answered.
    pub now: Timestamp,
}

object_only!(Token);

open_enum! {
    /// A payment's `status`. A status this version does not know parses as
    /// `Other` with its text.
    pub enum PaymentStatus {
        /// 미결제: not paid yet (a virtual account waiting for the deposit, say).
        Ready = "ready",
        /// 결제완료.
        Paid = "paid",
        /// 결제취소.
        Cancelled = "cancelled",
        /// 결제실패.
        Failed = "failed",
    }
}

open_enum! {
    /// `customer_uid_usage`: what the billing key did in this payment
    /// (absent for a payment without one).
    pub enum CustomerUidUsage {
        /// 빌링키 발급: the payment issued the key.
        Issue = "issue",
        /// 결제: a charge of the key (`again`).
        Payment = "payment",
        /// 예약결제: a scheduled charge.
        PaymentScheduled = "payment.scheduled",
    }
}

/// One cancellation of a payment (OpenAPI `PaymentCancelAnnotation`): a
/// partial refund is read back from here, and a webhook's
/// `cancellation_id` matched against it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct PaymentCancel {
    /// The PG's id of the cancellation.
    pub pg_tid: String,
    /// The amount cancelled.
    pub amount: Amount,
    /// When it was cancelled.
    #[serde(deserialize_with = "zero_is_none")]
    pub cancelled_at: Option<Timestamp>,
    /// Why.
    #[serde(default)]
    pub reason: Option<String>,
    /// PortOne's id of the cancellation (the webhook's `cancellation_id`).
    pub cancellation_id: String,
    /// The cancellation receipt's URL.
    #[serde(default)]
    pub receipt_url: Option<String>,
}

/// One deposit into a virtual account (OpenAPI `VbankDepositAnnotation`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct VbankDeposit {
    /// The PG's id of the deposit.
    pub pg_tid: String,
    /// The amount deposited.
    pub amount: Amount,
    /// Who deposited.
    #[serde(default)]
    pub depositor_name: Option<String>,
    /// When.
    #[serde(deserialize_with = "zero_is_none")]
    pub deposited_at: Option<Timestamp>,
}

/// The promotion applied to a payment.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct Promotion {
    /// `promotion-id-...`.
    #[serde(default)]
    pub id: Option<String>,
    /// The amount the promotion took off.
    #[serde(default)]
    pub discount: Option<Amount>,
}

object_only!(PaymentCancel);
object_only!(VbankDeposit);
object_only!(Promotion);

/// `null` for an array is an empty one.
fn null_is_empty<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Ok(Option::<Vec<T>>::deserialize(d)?.unwrap_or_default())
}

/// A payment as PortOne has it (OpenAPI `PaymentAnnotation`): from
/// `GET /payments/{imp_uid}`, and the results of `again`, `onetime` and
/// `cancel`. Fields this version does not know are ignored.
///
/// The fields the OpenAPI marks required (`imp_uid`, `merchant_uid`,
/// `amount`, `cancel_amount`, `currency`, `status`, `sandbox`) must be
/// there: an answer without one is an error that names it, never a live,
/// uncancelled KRW payment by default.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct Payment {
    /// PortOne's payment id.
    pub imp_uid: String,
    /// The merchant's order number.
    pub merchant_uid: String,
    /// `ready`, `paid`, `cancelled` or `failed`.
    pub status: PaymentStatus,
    /// The amount.
    pub amount: Amount,
    /// What has been cancelled so far (required: 0 when nothing was).
    pub cancel_amount: Amount,
    /// The currency, such as `KRW` or `USD` (required).
    pub currency: String,
    /// `pay_method` as PortOne names it.
    #[serde(default)]
    pub pay_method: Option<String>,
    /// `pc`, `mobile` or `api`.
    #[serde(default)]
    pub channel: Option<String>,
    /// The PG's code.
    #[serde(default)]
    pub pg_provider: Option<String>,
    /// The easy-pay provider inside a PG window.
    #[serde(default)]
    pub emb_pg_provider: Option<String>,
    /// The PG's transaction id.
    #[serde(default)]
    pub pg_tid: Option<String>,
    /// The merchant id at the PG.
    #[serde(default)]
    pub pg_id: Option<String>,
    /// Whether a test channel made it (required).
    pub sandbox: bool,
    /// Whether it is an escrow payment.
    #[serde(default)]
    pub escrow: Option<bool>,
    /// The card approval number.
    #[serde(default)]
    pub apply_num: Option<String>,
    /// The bank's code (account transfers).
    #[serde(default)]
    pub bank_code: Option<String>,
    /// The bank's name (account transfers).
    #[serde(default)]
    pub bank_name: Option<String>,
    /// The card company's code.
    #[serde(default)]
    pub card_code: Option<String>,
    /// The card company's name.
    #[serde(default)]
    pub card_name: Option<String>,
    /// The issuing company's code.
    #[serde(default)]
    pub card_issuer_code: Option<String>,
    /// The issuing company's name.
    #[serde(default)]
    pub card_issuer_name: Option<String>,
    /// The publishing company's code.
    #[serde(default)]
    pub card_publisher_code: Option<String>,
    /// The publishing company's name.
    #[serde(default)]
    pub card_publisher_name: Option<String>,
    /// Installment months (0 = lump sum).
    #[serde(default)]
    pub card_quota: Option<u32>,
    /// The masked card number.
    #[serde(default)]
    pub card_number: Option<String>,
    /// 0 credit, 1 check card.
    #[serde(default)]
    pub card_type: Option<u8>,
    /// The virtual account's bank code.
    #[serde(default)]
    pub vbank_code: Option<String>,
    /// The virtual account's bank.
    #[serde(default)]
    pub vbank_name: Option<String>,
    /// The virtual account number.
    #[serde(default)]
    pub vbank_num: Option<String>,
    /// The virtual account's holder.
    #[serde(default)]
    pub vbank_holder: Option<String>,
    /// The deposit deadline.
    #[serde(default, deserialize_with = "zero_is_none")]
    pub vbank_date: Option<Timestamp>,
    /// When the virtual account was issued.
    #[serde(default, deserialize_with = "zero_is_none")]
    pub vbank_issued_at: Option<Timestamp>,
    /// The order name.
    #[serde(default)]
    pub name: Option<String>,
    /// `buyer_name`.
    #[serde(default)]
    pub buyer_name: Option<String>,
    /// `buyer_email`.
    #[serde(default)]
    pub buyer_email: Option<String>,
    /// `buyer_tel`.
    #[serde(default)]
    pub buyer_tel: Option<String>,
    /// `buyer_addr`.
    #[serde(default)]
    pub buyer_addr: Option<String>,
    /// `buyer_postcode`.
    #[serde(default)]
    pub buyer_postcode: Option<String>,
    /// `custom_data` as JSON text, as the request carried it.
    #[serde(default)]
    pub custom_data: Option<String>,
    /// The buyer's browser (`User-Agent`).
    #[serde(default)]
    pub user_agent: Option<String>,
    /// When the payment was requested.
    #[serde(default, deserialize_with = "zero_is_none")]
    pub started_at: Option<Timestamp>,
    /// When it was paid; `None` if it has not been.
    #[serde(default, deserialize_with = "zero_is_none")]
    pub paid_at: Option<Timestamp>,
    /// When it failed; `None` if it has not.
    #[serde(default, deserialize_with = "zero_is_none")]
    pub failed_at: Option<Timestamp>,
    /// When it was cancelled; `None` if it has not been.
    #[serde(default, deserialize_with = "zero_is_none")]
    pub cancelled_at: Option<Timestamp>,
    /// Why it failed.
    #[serde(default)]
    pub fail_reason: Option<String>,
    /// Why it was cancelled.
    #[serde(default)]
    pub cancel_reason: Option<String>,
    /// The receipt's URL.
    #[serde(default)]
    pub receipt_url: Option<String>,
    /// Every cancellation, partial ones included, oldest first.
    #[serde(default, deserialize_with = "null_is_empty")]
    pub cancel_history: Vec<PaymentCancel>,
    /// Every deposit into the virtual account.
    #[serde(default, deserialize_with = "null_is_empty")]
    pub deposit_history: Vec<VbankDeposit>,
    /// The cancellation receipts' URLs.
    #[serde(default, deserialize_with = "null_is_empty")]
    pub cancel_receipt_urls: Vec<String>,
    /// Whether a cash receipt was issued.
    #[serde(default)]
    pub cash_receipt_issued: Option<bool>,
    /// The billing key this payment used or issued.
    #[serde(default)]
    pub customer_uid: Option<String>,
    /// What the billing key did in this payment.
    #[serde(default)]
    pub customer_uid_usage: Option<CustomerUidUsage>,
    /// The promotion applied.
    #[serde(default)]
    pub promotion: Option<Promotion>,
}

/// The answer of a charge (`again`, `onetime`), which can be `code: 0` and
/// still have failed: the status decides, and this enum makes the caller
/// look at it.
#[derive(Debug, Clone, PartialEq)]
#[must_use = "a charge can fail with code 0: match on it"]
pub enum Charge {
    /// The card was charged.
    Paid(Payment),
    /// The PG refused; `reason` is its `fail_reason`.
    Failed {
        /// Why (`fail_reason`, or a note that PortOne gave none).
        reason: String,
        /// The payment record.
        payment: Payment,
    },
    /// Neither paid nor failed (`ready`, `cancelled`, or a new status).
    Other(Payment),
}

impl Charge {
    /// The payment record, whatever happened.
    #[must_use]
    pub fn payment(&self) -> &Payment {
        match self {
            Charge::Paid(p) | Charge::Other(p) | Charge::Failed { payment: p, .. } => p,
        }
    }
}

impl From<Payment> for Charge {
    fn from(payment: Payment) -> Self {
        match &payment.status {
            PaymentStatus::Paid => Charge::Paid(payment),
            PaymentStatus::Failed => Charge::Failed {
                reason: payment
                    .fail_reason
                    .clone()
                    .unwrap_or_else(|| "PortOne gave no fail_reason".to_owned()),
                payment,
            },
            _ => Charge::Other(payment),
        }
    }
}

impl<'de> Deserialize<'de> for Charge {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        <Payment as Deserialize>::deserialize(d).map(Charge::from)
    }
}

/// A billing key of one channel (OpenAPI `CustomerAnnotation`).
///
/// Its `Deserialize` reads a plain key only: a super billing key's answer
/// (it has `channelGroupId`) is an error here, never a plain key without
/// its channel group. [`IssuedBillingKey`] reads either kind.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct BillingKey {
    /// The billing key's id.
    pub customer_uid: String,
    /// The PG it is registered with.
    pub pg_provider: Option<String>,
    /// The merchant id at that PG.
    pub pg_id: Option<String>,
    /// Whether a test channel issued it.
    pub sandbox: bool,
    /// The buyer's id at the merchant.
    pub customer_id: Option<String>,
    /// The card's name.
    pub card_name: Option<String>,
    /// The card company's code.
    pub card_code: Option<String>,
    /// The issuing company's code.
    pub card_issuer_code: Option<String>,
    /// The issuing company's name.
    pub card_issuer_name: Option<String>,
    /// The publishing company's code.
    pub card_publisher_code: Option<String>,
    /// The publishing company's name.
    pub card_publisher_name: Option<String>,
    /// The masked card number.
    pub card_number: Option<String>,
    /// 0 credit, 1 check card (`null` for some PGs).
    pub card_type: Option<u8>,
    /// The holder's name.
    pub customer_name: Option<String>,
    /// The holder's phone.
    pub customer_tel: Option<String>,
    /// The holder's e-mail.
    pub customer_email: Option<String>,
    /// The holder's address.
    pub customer_addr: Option<String>,
    /// The holder's postcode.
    pub customer_postcode: Option<String>,
    /// When it was issued.
    pub inserted: Option<Timestamp>,
    /// When it was last updated.
    pub updated: Option<Timestamp>,
}

impl<'de> Deserialize<'de> for BillingKey {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match IssuedBillingKey::deserialize(d)? {
            IssuedBillingKey::Key(key) => Ok(key),
            IssuedBillingKey::Super(key) => Err(serde::de::Error::custom(format_args!(
                "is a super billing key (`channelGroupId` {}), not a plain one: read the \
                 answer as `IssuedBillingKey`, which keeps its channel group and channels",
                crate::value::quoted(&key.channel_group_id)
            ))),
        }
    }
}

open_enum! {
    /// A scheduled charge's state; one this version does not know parses as
    /// `Other` with its text.
    pub enum ScheduleStatus {
        /// Waiting to run.
        Scheduled = "scheduled",
        /// Ran.
        Executed = "executed",
        /// Revoked before it ran.
        Revoked = "revoked",
    }
}

/// One scheduled charge (OpenAPI `ScheduleResultAnnotation`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct ScheduleResult {
    /// The billing key's id.
    #[serde(default)]
    pub customer_uid: Option<String>,
    /// The order number.
    #[serde(default)]
    pub merchant_uid: Option<String>,
    /// The PG of the billing key.
    #[serde(default)]
    pub pg_provider: Option<String>,
    /// The merchant id at that PG.
    #[serde(default)]
    pub pg_id: Option<String>,
    /// The buyer's id at the merchant.
    #[serde(default)]
    pub customer_id: Option<String>,
    /// PortOne's payment id, once the charge ran.
    #[serde(default)]
    pub imp_uid: Option<String>,
    /// When it is to run.
    #[serde(default, deserialize_with = "zero_is_none")]
    pub schedule_at: Option<Timestamp>,
    /// When it ran; `None` if it has not.
    #[serde(default, deserialize_with = "zero_is_none")]
    pub executed_at: Option<Timestamp>,
    /// When it was revoked; `None` if it was not.
    #[serde(default, deserialize_with = "zero_is_none")]
    pub revoked_at: Option<Timestamp>,
    /// The amount.
    #[serde(default)]
    pub amount: Option<Amount>,
    /// The currency.
    #[serde(default)]
    pub currency: Option<String>,
    /// The order name.
    #[serde(default)]
    pub name: Option<String>,
    /// `buyer_name`.
    #[serde(default)]
    pub buyer_name: Option<String>,
    /// `buyer_email`.
    #[serde(default)]
    pub buyer_email: Option<String>,
    /// `buyer_tel`.
    #[serde(default)]
    pub buyer_tel: Option<String>,
    /// `buyer_addr`.
    #[serde(default)]
    pub buyer_addr: Option<String>,
    /// `buyer_postcode`.
    #[serde(default)]
    pub buyer_postcode: Option<String>,
    /// `custom_data` as JSON text.
    #[serde(default)]
    pub custom_data: Option<String>,
    /// `scheduled`, `executed` or `revoked`.
    #[serde(default)]
    pub schedule_status: Option<ScheduleStatus>,
    /// The charge's status once it ran (`null` before).
    #[serde(default)]
    pub payment_status: Option<PaymentStatus>,
    /// Why the charge failed.
    #[serde(default)]
    pub fail_reason: Option<String>,
    /// The promotion the charge is to use.
    #[serde(default)]
    pub promotion_id: Option<String>,
}

/// The answer of `POST /payments/prepare` (OpenAPI `PaymentPrepareAnnotation`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
pub struct Prepared {
    /// The order number.
    pub merchant_uid: String,
    /// The amount registered for it.
    pub amount: Amount,
    /// The currency registered with it.
    #[serde(default)]
    pub currency: Option<String>,
}

object_only!(Payment);
object_only!(ScheduleResult);
object_only!(Prepared);

/// A billing key of either kind, as the OpenAPI answers it wherever a
/// super billing key may come back: issuing (`POST
/// /subscribe/customers/{customer_uid}`, a super key when the request named
/// a `channel_group_id`), looking up and revoking (`GET` and `DELETE
/// /subscribe/customers/{customer_uid}`, whose 200 is `CustomerResponse` or
/// `SuperBillingKeyResponse`: "일반 빌링키 조회는 `CustomerResponse`를
/// 반환하며, 슈퍼 빌링키 조회는 `SuperBillingKeyResponse`를 반환합니다"), and
/// each entry of the multi lookup (`GET /subscribe/customers`: "일반
/// 빌링키(`CustomerAnnotation`)와 슈퍼 빌링키(`SuperBillingKeyAnnotation`)를
/// 포함할 수 있습니다").
///
/// The two can't be mistaken for each other: the answer is matched on, an
/// answer with `channelGroupId` is always [`IssuedBillingKey::Super`]
/// (never a plain key without its group and channels), and channels
/// without a `channelGroupId` are an error. The object is read in one
/// pass, so a parse error names the field at fault
/// (`response.card_type`).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum IssuedBillingKey {
    /// A billing key of one channel.
    Key(BillingKey),
    /// A super billing key of a smart-routing channel group.
    Super(SuperBillingKey),
}

impl IssuedBillingKey {
    /// The billing key's id, whatever its kind.
    #[must_use]
    pub fn customer_uid(&self) -> &str {
        match self {
            IssuedBillingKey::Key(key) => &key.customer_uid,
            IssuedBillingKey::Super(key) => &key.customer_uid,
        }
    }
}

impl<'de> Deserialize<'de> for IssuedBillingKey {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let any = AnyBillingKey::deserialize(crate::json::ObjectOnly::new(d, None))?;
        any.into_kind().map_err(serde::de::Error::custom)
    }
}

/// The fields of both kinds of billing key, read in one pass (no buffered
/// `serde_json::Value`, which would lose the path of a field at fault);
/// `channelGroupId` decides the kind.
#[derive(Deserialize)]
struct AnyBillingKey {
    customer_uid: String,
    #[serde(rename = "channelGroupId", default)]
    channel_group_id: Option<String>,
    #[serde(
        rename = "succeededChannels",
        default,
        deserialize_with = "null_is_empty"
    )]
    succeeded_channels: Vec<SucceededChannel>,
    #[serde(rename = "failedChannels", default, deserialize_with = "null_is_empty")]
    failed_channels: Vec<FailedChannel>,
    #[serde(default)]
    pg_provider: Option<String>,
    #[serde(default)]
    pg_id: Option<String>,
    #[serde(default)]
    sandbox: bool,
    #[serde(default)]
    customer_id: Option<String>,
    #[serde(default)]
    card_name: Option<String>,
    #[serde(default)]
    card_code: Option<String>,
    #[serde(default)]
    card_issuer_code: Option<String>,
    #[serde(default)]
    card_issuer_name: Option<String>,
    #[serde(default)]
    card_publisher_code: Option<String>,
    #[serde(default)]
    card_publisher_name: Option<String>,
    #[serde(default)]
    card_number: Option<String>,
    #[serde(default)]
    card_type: Option<u8>,
    #[serde(default)]
    customer_name: Option<String>,
    #[serde(default)]
    customer_tel: Option<String>,
    #[serde(default)]
    customer_email: Option<String>,
    #[serde(default)]
    customer_addr: Option<String>,
    #[serde(default)]
    customer_postcode: Option<String>,
    #[serde(default, deserialize_with = "zero_is_none")]
    inserted: Option<Timestamp>,
    #[serde(default, deserialize_with = "zero_is_none")]
    updated: Option<Timestamp>,
}

impl AnyBillingKey {
    fn into_kind(self) -> Result<IssuedBillingKey, &'static str> {
        let Some(channel_group_id) = self.channel_group_id else {
            if !self.succeeded_channels.is_empty() || !self.failed_channels.is_empty() {
                return Err(
                    "lists a super billing key's channels (`succeededChannels`, \
                     `failedChannels`) without its `channelGroupId`",
                );
            }
            return Ok(IssuedBillingKey::Key(BillingKey {
                customer_uid: self.customer_uid,
                pg_provider: self.pg_provider,
                pg_id: self.pg_id,
                sandbox: self.sandbox,
                customer_id: self.customer_id,
                card_name: self.card_name,
                card_code: self.card_code,
                card_issuer_code: self.card_issuer_code,
                card_issuer_name: self.card_issuer_name,
                card_publisher_code: self.card_publisher_code,
                card_publisher_name: self.card_publisher_name,
                card_number: self.card_number,
                card_type: self.card_type,
                customer_name: self.customer_name,
                customer_tel: self.customer_tel,
                customer_email: self.customer_email,
                customer_addr: self.customer_addr,
                customer_postcode: self.customer_postcode,
                inserted: self.inserted,
                updated: self.updated,
            }));
        };
        Ok(IssuedBillingKey::Super(SuperBillingKey {
            customer_uid: self.customer_uid,
            channel_group_id,
            customer_id: self.customer_id,
            customer_name: self.customer_name,
            customer_tel: self.customer_tel,
            customer_email: self.customer_email,
            customer_addr: self.customer_addr,
            customer_postcode: self.customer_postcode,
            succeeded_channels: self.succeeded_channels,
            failed_channels: self.failed_channels,
        }))
    }
}

/// A super billing key (OpenAPI `SuperBillingKeyAnnotation`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct SuperBillingKey {
    /// The billing key's id.
    pub customer_uid: String,
    /// The smart-routing channel group.
    #[serde(rename = "channelGroupId")]
    pub channel_group_id: String,
    /// The buyer's id at the merchant.
    #[serde(default)]
    pub customer_id: Option<String>,
    /// The holder's name.
    #[serde(default)]
    pub customer_name: Option<String>,
    /// The holder's phone.
    #[serde(default)]
    pub customer_tel: Option<String>,
    /// The holder's e-mail.
    #[serde(default)]
    pub customer_email: Option<String>,
    /// The holder's address.
    #[serde(default)]
    pub customer_addr: Option<String>,
    /// The holder's postcode.
    #[serde(default)]
    pub customer_postcode: Option<String>,
    /// The channels the key was issued on.
    #[serde(
        rename = "succeededChannels",
        default,
        deserialize_with = "null_is_empty"
    )]
    pub succeeded_channels: Vec<SucceededChannel>,
    /// The channels it could not be issued on, and why.
    #[serde(rename = "failedChannels", default, deserialize_with = "null_is_empty")]
    pub failed_channels: Vec<FailedChannel>,
}

/// A channel a super billing key was issued on (OpenAPI
/// `SucceededChannelAnnotation`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct SucceededChannel {
    /// The PG.
    pub pg_provider: String,
    /// The merchant id at that PG.
    pub pg_id: String,
    /// The card's name.
    #[serde(default)]
    pub card_name: Option<String>,
    /// The card company's code.
    #[serde(default)]
    pub card_code: Option<String>,
    /// The issuing company's code.
    #[serde(default)]
    pub card_issuer_code: Option<String>,
    /// The issuing company's name.
    #[serde(default)]
    pub card_issuer_name: Option<String>,
    /// The publishing company's code.
    #[serde(default)]
    pub card_publisher_code: Option<String>,
    /// The publishing company's name.
    #[serde(default)]
    pub card_publisher_name: Option<String>,
    /// The masked card number.
    #[serde(default)]
    pub card_number: Option<String>,
    /// 0 credit, 1 check card.
    #[serde(default)]
    pub card_type: Option<u8>,
    /// When it was issued.
    #[serde(default, deserialize_with = "zero_is_none")]
    pub inserted: Option<Timestamp>,
    /// When it was last updated.
    #[serde(default, deserialize_with = "zero_is_none")]
    pub updated: Option<Timestamp>,
}

/// A channel a super billing key could not be issued on (OpenAPI
/// `FailedChannelAnnotation`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct FailedChannel {
    /// `INVALID_REQUEST`, `PG_PROVIDER`, `DB_FAILED`, or a kind this version
    /// does not know.
    #[serde(rename = "type")]
    pub kind: String,
    /// Why.
    pub message: String,
    /// The PG.
    pub pg_provider: String,
    /// The merchant id at that PG.
    pub pg_id: String,
}

object_only!(SuperBillingKey);
object_only!(SucceededChannel);
object_only!(FailedChannel);
