//! The lookups and schedule changes a merchant with one-off and recurring
//! payments calls besides the charges: payments by id, order or status,
//! balances, pre-registered amounts, schedules, billing keys, card and bank
//! codes, and the account's PG settings.
//!
//! Source of every parameter: the official V1 OpenAPI (paths under
//! `/payments`, `/subscribe`, `/cards`, `/banks`, `/users/pg`). Where it
//! types a schedule listing as a bare array but describes it as paged
//! (`GET /subscribe/payments/schedule`: "(페이징된)목록으로 전달"), [`Page`]
//! reads both.

use serde::{Deserialize, Serialize};

use super::requests::PreparePayment;
use super::responses::{BillingKey, Charge, Payment, Prepared, ScheduleResult};
use super::{Endpoint, Method, encode_segment};
use crate::json::object_only;
use crate::string_enum::string_enum;
use crate::value::{
    Amount, CustomerUid, ImpUid, InvalidValue, MerchantUid, Timestamp, identifier, zero_is_none,
};
use crate::{Builder, Validate};

/// A query string under construction: `?k=v&k=v`, values percent-encoded;
/// keys are this module's constants, written as the API spells them (an
/// array parameter repeats its key: `imp_uid[]=a&imp_uid[]=b`).
#[derive(Default)]
struct Query(String);

impl Query {
    fn push(&mut self, key: &'static str, value: &str) {
        self.0.push(if self.0.is_empty() { '?' } else { '&' });
        self.0.push_str(key);
        self.0.push('=');
        self.0.push_str(&encode_segment(value));
    }

    fn opt(&mut self, key: &'static str, value: Option<impl ToString>) {
        if let Some(value) = value {
            self.push(key, &value.to_string());
        }
    }
}

/// One page of a listing (OpenAPI `PagedPaymentAnnotation` and the paged
/// schedule lists): `total` items in all, `list` on this page, and the
/// numbers of the pages around it (0 when there is none).
///
/// ```
/// use iamport::rest::{Page, Payment};
/// let page: Page<Payment> = serde_json::from_str(r#"{"total":25,"previous":0,"next":2,"list":[]}"#)?;
/// assert_eq!(page.next_page(), Some(2));
/// // Ask for it with the same request and `.page(2)`.
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Page<T> {
    /// Items in all pages.
    pub total: u64,
    /// The previous page's number; 0 on the first.
    pub previous: u32,
    /// The next page's number; 0 on the last.
    pub next: u32,
    /// The items of this page.
    pub list: Vec<T>,
}

impl<T> Page<T> {
    /// The number to pass as `page` for the next page, or `None` on the last.
    #[must_use]
    pub fn next_page(&self) -> Option<u32> {
        (self.next != 0).then_some(self.next)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Page<T> {
    /// A paged object, or a bare array (as the OpenAPI types some lists):
    /// then one page of all of it. Read as it streams, never buffered, so
    /// the amounts in it keep their digits.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(PageVisitor(std::marker::PhantomData))
    }
}

struct PageVisitor<T>(std::marker::PhantomData<T>);

impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for PageVisitor<T> {
    type Value = Page<T>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a page (`total`, `previous`, `next`, `list`) or an array")
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Page<T>, A::Error> {
        let mut list = Vec::new();
        while let Some(item) = seq.next_element()? {
            list.push(item);
        }
        Ok(Page {
            total: u64::try_from(list.len()).unwrap_or(u64::MAX),
            previous: 0,
            next: 0,
            list,
        })
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Page<T>, A::Error> {
        use serde::de::Error as _;
        let mut page = Page {
            total: 0,
            previous: 0,
            next: 0,
            list: Vec::new(),
        };
        let mut seen = std::collections::HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            if !seen.insert(key.clone()) {
                return Err(A::Error::custom(format_args!(
                    "the key {} is given twice",
                    crate::value::quoted(&key)
                )));
            }
            match key.as_str() {
                "total" => page.total = map.next_value::<Option<u64>>()?.unwrap_or(0),
                "previous" => page.previous = map.next_value::<Option<u32>>()?.unwrap_or(0),
                "next" => page.next = map.next_value::<Option<u32>>()?.unwrap_or(0),
                "list" => page.list = map.next_value::<Option<Vec<T>>>()?.unwrap_or_default(),
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(page)
    }
}

string_enum! {
    /// The payments a status lookup lists (`payment_status`).
    pub enum StatusFilter {
        /// Every status (`/payments/status/all`).
        All = "all",
        /// 미결제.
        Ready = "ready",
        /// 결제완료.
        Paid = "paid",
        /// 결제취소.
        Cancelled = "cancelled",
        /// 결제실패.
        Failed = "failed",
    }
}

string_enum! {
    /// The order of a payment listing (`sorting`): `-` is newest first.
    pub enum Sorting {
        /// By request time, newest first (the default).
        StartedDesc = "-started",
        /// By request time, oldest first.
        Started = "started",
        /// By payment time, newest first.
        PaidDesc = "-paid",
        /// By payment time, oldest first.
        Paid = "paid",
        /// By last change, newest first.
        UpdatedDesc = "-updated",
        /// By last change, oldest first.
        Updated = "updated",
    }
}

string_enum! {
    /// The schedules a listing returns (`schedule_status`).
    pub enum ScheduleStatusFilter {
        /// Waiting to run.
        Scheduled = "scheduled",
        /// Ran.
        Executed = "executed",
        /// Revoked.
        Revoked = "revoked",
    }
}

/// Defines `Endpoint` for a request type: method, path, and the body when
/// it has one.
macro_rules! endpoint {
    ($ty:ty, $method:ident, $response:ty, |$s:ident| $path:expr, body: $body:expr) => {
        impl Endpoint for $ty {
            const METHOD: Method = Method::$method;
            const NEEDS_TOKEN: bool = true;
            type Response = $response;
            fn path(&self) -> String {
                let $s = self;
                $path
            }
            fn body(&self) -> Result<Option<String>, serde_json::Error> {
                let $s = self;
                $body
            }
        }
    };
    ($ty:ty, $method:ident, $response:ty, |$s:ident| $path:expr) => {
        endpoint!($ty, $method, $response, |$s| $path, body: { let _ = $s; Ok(None) });
    };
}

fn page_rules(page: Option<u32>, limit: Option<u32>) -> Result<(), InvalidValue> {
    if page == Some(0) {
        return Err(InvalidValue::new("page", "pages are numbered from 1"));
    }
    if limit == Some(0) {
        return Err(InvalidValue::new("limit", "must be above 0"));
    }
    Ok(())
}

fn range_rule(from: Option<Timestamp>, to: Option<Timestamp>) -> Result<(), InvalidValue> {
    match (from, to) {
        (Some(from), Some(to)) if from > to => Err(InvalidValue::new(
            "from",
            format!("({from}) is after `to` ({to})"),
        )),
        _ => Ok(()),
    }
}

/// `GET /payments`: several payments at once, by `imp_uid` and/or
/// `merchant_uid` (`imp_uid[]=a&imp_uid[]=b`).
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(validate)]
pub struct GetPayments {
    /// `imp_uid[]`.
    #[builder(default)]
    imp_uids: Vec<ImpUid>,
    /// `merchant_uid[]`.
    #[builder(default)]
    merchant_uids: Vec<MerchantUid>,
}

#[diagnostic::do_not_recommend]
impl Validate for GetPayments {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        if self.imp_uids.is_empty() && self.merchant_uids.is_empty() {
            return Err(InvalidValue::new(
                "imp_uids",
                "or `merchant_uids` must name at least one payment",
            ));
        }
        Ok(())
    }
}

endpoint!(GetPayments, Get, Vec<Payment>, |s| {
    let mut q = Query::default();
    for uid in &s.imp_uids {
        q.push("imp_uid[]", uid.as_str());
    }
    for uid in &s.merchant_uids {
        q.push("merchant_uid[]", uid.as_str());
    }
    format!("/payments{}", q.0)
});

/// `GET /payments/find/{merchant_uid}/{payment_status}`: the latest payment
/// of an order (with `status`, the latest in that status). What a client
/// asks after a charge whose answer was lost.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
pub struct FindPayment {
    /// The order number.
    merchant_uid: MerchantUid,
    /// Only payments in this status (the optional path segment).
    status: Option<StatusFilter>,
    /// `sorting`: which one is "latest".
    sorting: Option<Sorting>,
}

endpoint!(FindPayment, Get, Payment, |s| {
    let mut path = format!("/payments/find/{}", encode_segment(s.merchant_uid.as_str()));
    if let Some(status) = s.status {
        path.push('/');
        path.push_str(status.as_str());
    }
    let mut q = Query::default();
    q.opt("sorting", s.sorting);
    path + &q.0
});

/// `GET /payments/findAll/{merchant_uid}/{payment_status}`: every payment
/// of an order, paged.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(validate)]
pub struct FindAllPayments {
    /// The order number.
    merchant_uid: MerchantUid,
    /// Only payments in this status.
    status: Option<StatusFilter>,
    /// `page`, from 1.
    page: Option<u32>,
    /// `limit` per page (20 when unset).
    limit: Option<u32>,
    /// `sorting`.
    sorting: Option<Sorting>,
}

#[diagnostic::do_not_recommend]
impl Validate for FindAllPayments {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        page_rules(self.page, self.limit)
    }
}

endpoint!(FindAllPayments, Get, Page<Payment>, |s| {
    let mut path = format!(
        "/payments/findAll/{}",
        encode_segment(s.merchant_uid.as_str())
    );
    if let Some(status) = s.status {
        path.push('/');
        path.push_str(status.as_str());
    }
    let mut q = Query::default();
    q.opt("page", s.page);
    q.opt("limit", s.limit);
    q.opt("sorting", s.sorting);
    path + &q.0
});

/// `GET /payments/status/{payment_status}`: payments in a status, in a
/// time range, paged.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(validate)]
pub struct PaymentsByStatus {
    /// The status (`all` for every one).
    status: StatusFilter,
    /// `page`, from 1.
    page: Option<u32>,
    /// `limit` per page (20 when unset).
    limit: Option<u32>,
    /// `from`: the start of the range.
    from: Option<Timestamp>,
    /// `to`: the end of the range.
    to: Option<Timestamp>,
    /// `sorting`.
    sorting: Option<Sorting>,
}

#[diagnostic::do_not_recommend]
impl Validate for PaymentsByStatus {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        page_rules(self.page, self.limit)?;
        range_rule(self.from, self.to)
    }
}

endpoint!(PaymentsByStatus, Get, Page<Payment>, |s| {
    let mut q = Query::default();
    q.opt("page", s.page);
    q.opt("limit", s.limit);
    q.opt("from", s.from);
    q.opt("to", s.to);
    q.opt("sorting", s.sorting);
    format!("/payments/status/{}{}", s.status.as_str(), q.0)
});

/// `GET /payments/{imp_uid}/balance`: what of a payment is left, by kind.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
pub struct GetPaymentBalance {
    /// PortOne's payment id.
    imp_uid: ImpUid,
}

endpoint!(GetPaymentBalance, Get, PaymentBalance, |s| format!(
    "/payments/{}/balance",
    encode_segment(s.imp_uid.as_str())
));

/// Amounts of one part of a payment (OpenAPI `PaymentBalanceAnnotation`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct BalanceParts {
    /// Tax-free.
    pub tax_free: Amount,
    /// Supply value.
    pub supply: Amount,
    /// VAT.
    pub vat: Amount,
    /// Service charge.
    pub service: Amount,
}

/// One change of a payment's balance (OpenAPI `PaymentBalanceHistoriesAnnotation`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct BalanceHistory {
    /// The cash-receipt part.
    pub cash_receipt: BalanceParts,
    /// The primary means of payment.
    pub primary: BalanceParts,
    /// The secondary means (points and the like).
    pub secondary: BalanceParts,
    /// The discount.
    pub discount: BalanceParts,
    /// When.
    #[serde(default, deserialize_with = "zero_is_none")]
    pub created: Option<Timestamp>,
}

/// A payment's balance (OpenAPI `PaymentBalanceResponseAnnotation`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct PaymentBalance {
    /// The amount left.
    pub amount: Amount,
    /// The cash-receipt part.
    pub cash_receipt: BalanceParts,
    /// The primary means of payment.
    pub primary: BalanceParts,
    /// The secondary means.
    pub secondary: BalanceParts,
    /// The discount.
    pub discount: BalanceParts,
    /// The changes, oldest first.
    #[serde(default)]
    pub histories: Vec<BalanceHistory>,
}

object_only!(BalanceParts);
object_only!(BalanceHistory);
object_only!(PaymentBalance);

/// `PUT /payments/prepare`: change the amount pre-registered for an order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UpdatePrepared(PreparePayment);

impl UpdatePrepared {
    /// The new amount for the order `prepare` names.
    #[must_use]
    pub fn new(prepare: PreparePayment) -> Self {
        UpdatePrepared(prepare)
    }
}

endpoint!(UpdatePrepared, Put, Prepared, |s| { let _ = s; "/payments/prepare".to_owned() }, body: s.0.body());

/// `GET /payments/prepare/{merchant_uid}`: the amount pre-registered for an order.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
pub struct GetPrepared {
    /// The order number.
    merchant_uid: MerchantUid,
}

endpoint!(GetPrepared, Get, Prepared, |s| format!(
    "/payments/prepare/{}",
    encode_segment(s.merchant_uid.as_str())
));

/// `GET /subscribe/payments/schedule`: the schedules in a time range (at
/// most three months, the OpenAPI says), paged.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(validate)]
pub struct ListSchedules {
    /// `schedule_from`.
    schedule_from: Timestamp,
    /// `schedule_to`.
    schedule_to: Timestamp,
    /// `schedule_status`.
    schedule_status: Option<ScheduleStatusFilter>,
    /// `page`, from 1.
    page: Option<u32>,
    /// `limit` per page (20 when unset).
    limit: Option<u32>,
}

#[diagnostic::do_not_recommend]
impl Validate for ListSchedules {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        page_rules(self.page, self.limit)?;
        range_rule(Some(self.schedule_from), Some(self.schedule_to))
    }
}

endpoint!(ListSchedules, Get, Page<ScheduleResult>, |s| {
    let mut q = Query::default();
    q.push("schedule_from", &s.schedule_from.to_string());
    q.push("schedule_to", &s.schedule_to.to_string());
    q.opt("schedule_status", s.schedule_status);
    q.opt("page", s.page);
    q.opt("limit", s.limit);
    format!("/subscribe/payments/schedule{}", q.0)
});

/// `GET /subscribe/payments/schedule/{merchant_uid}`: one scheduled charge.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
pub struct GetSchedule {
    /// The scheduled charge's order number.
    merchant_uid: MerchantUid,
}

endpoint!(GetSchedule, Get, ScheduleResult, |s| format!(
    "/subscribe/payments/schedule/{}",
    encode_segment(s.merchant_uid.as_str())
));

/// The body of a schedule move.
#[derive(Serialize)]
struct ScheduleAt {
    schedule_at: Timestamp,
}

/// `PUT /subscribe/payments/schedule/{merchant_uid}`: move a scheduled
/// charge that has not run.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
pub struct UpdateSchedule {
    /// The scheduled charge's order number.
    merchant_uid: MerchantUid,
    /// `schedule_at`: the new time.
    schedule_at: Timestamp,
}

endpoint!(UpdateSchedule, Put, ScheduleResult, |s| format!(
    "/subscribe/payments/schedule/{}",
    encode_segment(s.merchant_uid.as_str())
), body: serde_json::to_string(&ScheduleAt { schedule_at: s.schedule_at }).map(Some));

/// `POST /subscribe/payments/schedule/{merchant_uid}/reschedule`: schedule
/// a failed charge again, at a new time.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
pub struct Reschedule {
    /// The failed charge's order number.
    merchant_uid: MerchantUid,
    /// `schedule_at`: when to try again.
    schedule_at: Timestamp,
}

endpoint!(Reschedule, Post, ScheduleResult, |s| format!(
    "/subscribe/payments/schedule/{}/reschedule",
    encode_segment(s.merchant_uid.as_str())
), body: serde_json::to_string(&ScheduleAt { schedule_at: s.schedule_at }).map(Some));

/// `POST /subscribe/payments/schedule/{merchant_uid}/retry`: charge a
/// failed scheduled payment again, now. A charge: when its answer is lost,
/// look the payment up with [`FindPayment`] before sending it again.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
pub struct RetrySchedule {
    /// The failed charge's order number.
    merchant_uid: MerchantUid,
}

endpoint!(RetrySchedule, Post, Charge, |s| format!(
    "/subscribe/payments/schedule/{}/retry",
    encode_segment(s.merchant_uid.as_str())
), body: { let _ = s; Ok(Some("{}".to_owned())) });

/// `GET /subscribe/customers/{customer_uid}/schedules`: a billing key's
/// schedules in a time range, paged. [`SchedulesOfCustomer`] asks the same
/// under the schedules' path.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(validate)]
pub struct CustomerSchedules {
    /// The billing key's id.
    customer_uid: CustomerUid,
    /// `from`.
    from: Timestamp,
    /// `to`.
    to: Timestamp,
    /// `schedule-status` (spelt with a hyphen by the API).
    schedule_status: Option<ScheduleStatusFilter>,
    /// `page`, from 1.
    page: Option<u32>,
}

#[diagnostic::do_not_recommend]
impl Validate for CustomerSchedules {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        page_rules(self.page, None)?;
        range_rule(Some(self.from), Some(self.to))
    }
}

impl CustomerSchedules {
    fn query(&self) -> String {
        let mut q = Query::default();
        q.opt("page", self.page);
        q.push("from", &self.from.to_string());
        q.push("to", &self.to.to_string());
        q.opt("schedule-status", self.schedule_status);
        q.0
    }
}

endpoint!(CustomerSchedules, Get, Page<ScheduleResult>, |s| format!(
    "/subscribe/customers/{}/schedules{}",
    encode_segment(s.customer_uid.as_str()),
    s.query()
));

/// `GET /subscribe/payments/schedule/customers/{customer_uid}`: the
/// listing of [`CustomerSchedules`], under the schedules' path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchedulesOfCustomer(CustomerSchedules);

impl SchedulesOfCustomer {
    /// The same listing, asked under `/subscribe/payments/schedule`.
    #[must_use]
    pub fn new(listing: CustomerSchedules) -> Self {
        SchedulesOfCustomer(listing)
    }
}

endpoint!(SchedulesOfCustomer, Get, Page<ScheduleResult>, |s| format!(
    "/subscribe/payments/schedule/customers/{}{}",
    encode_segment(s.0.customer_uid.as_str()),
    s.0.query()
));

/// `GET /subscribe/customers`: several billing keys at once
/// (`customer_uid[]=a&customer_uid[]=b`).
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(validate)]
pub struct GetBillingKeys {
    /// `customer_uid[]`: at least one.
    customer_uids: Vec<CustomerUid>,
}

#[diagnostic::do_not_recommend]
impl Validate for GetBillingKeys {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        if self.customer_uids.is_empty() {
            return Err(InvalidValue::new(
                "customer_uids",
                "must name at least one billing key",
            ));
        }
        Ok(())
    }
}

endpoint!(GetBillingKeys, Get, Vec<BillingKey>, |s| {
    let mut q = Query::default();
    for uid in &s.customer_uids {
        q.push("customer_uid[]", uid.as_str());
    }
    format!("/subscribe/customers{}", q.0)
});

/// `GET /subscribe/customers/{customer_uid}/payments`: a billing key's
/// payments, paged.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(validate)]
pub struct CustomerPayments {
    /// The billing key's id.
    customer_uid: CustomerUid,
    /// `page`, from 1.
    page: Option<u32>,
}

#[diagnostic::do_not_recommend]
impl Validate for CustomerPayments {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        page_rules(self.page, None)
    }
}

endpoint!(CustomerPayments, Get, Page<Payment>, |s| {
    let mut q = Query::default();
    q.opt("page", s.page);
    format!(
        "/subscribe/customers/{}/payments{}",
        encode_segment(s.customer_uid.as_str()),
        q.0
    )
});

/// A standard card or bank code and its name (OpenAPI `StandardCodeAnnotation`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct StandardCode {
    /// The code, such as `361` or `004`.
    pub code: String,
    /// The company's name.
    pub name: String,
}

object_only!(StandardCode);

/// `GET /cards`: every card company's standard code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ListCardCodes;

endpoint!(ListCardCodes, Get, Vec<StandardCode>, |s| {
    let _ = s;
    "/cards".to_owned()
});

/// `GET /banks`: every bank's standard code (for virtual-account refunds).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ListBankCodes;

endpoint!(ListBankCodes, Get, Vec<StandardCode>, |s| {
    let _ = s;
    "/banks".to_owned()
});

fn standard_code(code: &str) -> Result<(), InvalidValue> {
    identifier(code, 16).map_err(|rule| InvalidValue::new("code", rule))
}

/// `GET /cards/{card_standard_code}`: one card company.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(validate)]
pub struct GetCardCode {
    /// The standard code, such as `361`.
    #[builder(into)]
    code: String,
}

#[diagnostic::do_not_recommend]
impl Validate for GetCardCode {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        standard_code(&self.code)
    }
}

endpoint!(GetCardCode, Get, StandardCode, |s| format!(
    "/cards/{}",
    encode_segment(&s.code)
));

/// `GET /banks/{bank_standard_code}`: one bank.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(validate)]
pub struct GetBankCode {
    /// The standard code, such as `004`.
    #[builder(into)]
    code: String,
}

#[diagnostic::do_not_recommend]
impl Validate for GetBankCode {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        standard_code(&self.code)
    }
}

endpoint!(GetBankCode, Get, StandardCode, |s| format!(
    "/banks/{}",
    encode_segment(&s.code)
));

/// One PG setting of the account (OpenAPI `PgSettingAnnotation`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct PgSetting {
    /// The PG.
    pub pg_provider: String,
    /// The merchant id at the PG.
    pub pg_id: String,
    /// Whether it is a test channel.
    pub sandbox: bool,
    /// The setting's kind (`type`).
    #[serde(rename = "type")]
    pub kind: String,
    /// The channel's name.
    #[serde(default)]
    pub channel_name: Option<String>,
    /// The channel's key (for `channelKey`).
    #[serde(default)]
    pub channel_key: Option<String>,
}

object_only!(PgSetting);

/// `GET /users/pg`: the account's PG settings (channels).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ListPgSettings;

endpoint!(ListPgSettings, Get, Vec<PgSetting>, |s| {
    let _ = s;
    "/users/pg".to_owned()
});

impl super::ChargeRequest for RetrySchedule {
    fn merchant_uid(&self) -> &MerchantUid {
        &self.merchant_uid
    }
}
