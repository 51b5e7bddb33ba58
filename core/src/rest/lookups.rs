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
use super::responses::{Charge, IssuedBillingKey, Payment, Prepared, ScheduleResult};
use super::{Endpoint, Method, encode_segment};
use crate::json::object_only;
use crate::string_enum::string_enum;
use crate::value::{
    Amount, CustomerUid, ImpUid, InvalidValue, MerchantUid, SignedAmount, Timestamp, identifier,
    zero_is_none,
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

impl<T> Page<T> {
    /// The request for the next page: `request` with `page` set to
    /// [`Page::next_page`], or `None` on the last page (or when the answer
    /// names a next page that is not after `current`, which would loop).
    ///
    /// ```
    /// use iamport::rest::{FindAllPayments, Page, Payment};
    /// use iamport::value::MerchantUid;
    ///
    /// let first = FindAllPayments::builder()
    ///     .merchant_uid(MerchantUid::new("order_1")?)
    ///     .build()?;
    /// let page: Page<Payment> = serde_json::from_str(r#"{"total":25,"previous":0,"next":2,"list":[]}"#)?;
    /// let second = page.next_request(&first).expect("a next page");
    /// assert_eq!(second.path(), "/payments/findAll/order_1?page=2");
    /// # use iamport::rest::Endpoint;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn next_request<R: Paged<Item = T>>(&self, request: &R) -> Option<R> {
        let next = self.next_page()?;
        (next > request.current_page()).then(|| request.with_page(next))
    }
}

/// A listing answered a [`Page`] at a time, whose request can ask for any
/// page: [`Page::next_request`], and the client's stream over every page.
pub trait Paged: Endpoint<Response = Page<Self::Item>> + Sized {
    /// One item of a page.
    type Item: serde::de::DeserializeOwned;

    /// The page this request asks for (1 when unset).
    fn current_page(&self) -> u32;

    /// This request, asking for page `page` (from 1).
    #[must_use]
    fn with_page(&self, page: u32) -> Self;
}

/// Implements [`Paged`] for a request with a `page: Option<u32>` field.
macro_rules! paged {
    ($ty:ty, $item:ty) => {
        impl Paged for $ty {
            type Item = $item;
            fn current_page(&self) -> u32 {
                self.page.unwrap_or(1)
            }
            fn with_page(&self, page: u32) -> Self {
                Self {
                    page: Some(page.max(1)),
                    ..self.clone()
                }
            }
        }
    };
}

paged!(FindAllPayments, Payment);
paged!(PaymentsByStatus, Payment);
paged!(ListSchedules, ScheduleResult);
paged!(CustomerSchedules, ScheduleResult);
paged!(CustomerPayments, Payment);

impl Paged for SchedulesOfCustomer {
    type Item = ScheduleResult;
    fn current_page(&self) -> u32 {
        self.0.current_page()
    }
    fn with_page(&self, page: u32) -> Self {
        SchedulesOfCustomer(self.0.with_page(page))
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
    /// The status a lookup by order number narrows to (`payment_status` of
    /// [`FindPayment`] and [`FindAllPayments`]): the OpenAPI lists `ready`,
    /// `paid`, `failed` and `cancelled` there, and `all` only for
    /// [`PaymentsByStatus`], so this type has no `all`; leave `status`
    /// unset for every status. From a [`StatusFilter`], `try_from` refuses
    /// `all`:
    ///
    /// ```
    /// use iamport::rest::{FindStatus, StatusFilter};
    /// assert_eq!(FindStatus::try_from(StatusFilter::Paid)?, FindStatus::Paid);
    /// assert_eq!(
    ///     FindStatus::try_from(StatusFilter::All).unwrap_err().to_string(),
    ///     "invalid `status`: `all` is for /payments/status only; leave `status` unset for every status"
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub enum FindStatus {
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

impl From<FindStatus> for StatusFilter {
    fn from(status: FindStatus) -> Self {
        match status {
            FindStatus::Ready => StatusFilter::Ready,
            FindStatus::Paid => StatusFilter::Paid,
            FindStatus::Cancelled => StatusFilter::Cancelled,
            FindStatus::Failed => StatusFilter::Failed,
        }
    }
}

impl TryFrom<StatusFilter> for FindStatus {
    type Error = InvalidValue;

    /// The same status, or an error naming `status` for `all`.
    fn try_from(status: StatusFilter) -> Result<Self, InvalidValue> {
        match status {
            StatusFilter::Ready => Ok(FindStatus::Ready),
            StatusFilter::Paid => Ok(FindStatus::Paid),
            StatusFilter::Cancelled => Ok(FindStatus::Cancelled),
            StatusFilter::Failed => Ok(FindStatus::Failed),
            StatusFilter::All => Err(InvalidValue::new(
                "status",
                "`all` is for /payments/status only; leave `status` unset for every status",
            )),
        }
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
    /// The order of the schedule range listing ([`ListSchedules`],
    /// `sorting`). The OpenAPI names one value, `scheduled` (by schedule
    /// time, oldest first); left unset, the listing is newest first
    /// ("Default : 예약일자 최신순").
    pub enum ScheduleSorting {
        /// By schedule time, oldest first (`scheduled`).
        Scheduled = "scheduled",
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

/// The largest `limit` of a listing: "최대 1000건" and `maximum: 1000` in
/// the OpenAPI, for `findAll`, `/payments/status` and the schedule range
/// listing alike.
const MAX_LIMIT: u32 = 1000;

/// The most payments `GET /payments` takes at once: "(최대 100개)", the
/// `imp_uid[]` and `merchant_uid[]` together.
const MAX_PAYMENTS: usize = 100;

/// The longest window of `/payments/status`: "검색기간은 최대 90일까지", in
/// seconds.
const MAX_STATUS_WINDOW_SECS: u64 = 7_776_000;

/// Korea's offset from UTC (KST, UTC+9, no daylight saving), in seconds:
/// the schedule listings' three months are counted on Korea's calendar.
const KST_OFFSET_SECS: u64 = 32_400;

const DAY_SECS: u64 = 86_400;

fn page_rules(page: Option<u32>, limit: Option<u32>) -> Result<(), InvalidValue> {
    if page == Some(0) {
        return Err(InvalidValue::new("page", "pages are numbered from 1"));
    }
    match limit {
        Some(0) => Err(InvalidValue::new("limit", "must be above 0")),
        Some(limit) if limit > MAX_LIMIT => Err(InvalidValue::new(
            "limit",
            format!("must be at most {MAX_LIMIT}, got {limit}"),
        )),
        _ => Ok(()),
    }
}

/// That `/payments/status` is asked for at most 90 days, when both ends
/// are given. With `from` alone, `to` is PortOne's "now", which the
/// request can't know; with `to` alone, PortOne takes the 90 days before.
fn status_window_rule(from: Option<Timestamp>, to: Option<Timestamp>) -> Result<(), InvalidValue> {
    let (Some(from), Some(to)) = (from, to) else {
        return Ok(());
    };
    let window = to.unix().saturating_sub(from.unix());
    if window > MAX_STATUS_WINDOW_SECS {
        return Err(InvalidValue::new(
            "to",
            format!(
                "must be at most 90 days ({MAX_STATUS_WINDOW_SECS} s) after `from`, got {window} s"
            ),
        ));
    }
    Ok(())
}

/// That a schedule listing's window is at most three months (OpenAPI:
/// "최대 3개월 단위로 조회가 가능합니다"): `to` (exclusive) is not after
/// the same day and time three calendar months after `from`, in Korea's
/// time, the day clamped to the month's end (from 01-31, the end is 04-30).
fn three_months_rule(
    from_name: &'static str,
    from: Timestamp,
    to_name: &'static str,
    to: Timestamp,
) -> Result<(), InvalidValue> {
    match three_months_after(from) {
        Some(end) if to.unix() > end => Err(InvalidValue::new(
            to_name,
            format!("must be at most 3 months after `{from_name}` (up to {end}), got {to}"),
        )),
        _ => Ok(()),
    }
}

/// The same Korean day and time three calendar months after `t`, in Unix
/// seconds, the day clamped to the month's end; `None` past any
/// timestamp's range.
fn three_months_after(t: Timestamp) -> Option<u64> {
    let local = t.unix().checked_add(KST_OFFSET_SECS)?;
    let (days, time) = (local / DAY_SECS, local % DAY_SECS);
    let (year, month, day) = civil_from_days(days)?;
    // Months counted from 0: month 1..=12 is 0..=11, plus three.
    let index = month.checked_add(2)?;
    let year = year.checked_add(index / 12)?;
    let month = (index % 12).checked_add(1)?;
    let day = day.min(days_in_month(year, month));
    days_from_civil(year, month, day)?
        .checked_mul(DAY_SECS)?
        .checked_add(time)?
        .checked_sub(KST_OFFSET_SECS)
}

fn days_in_month(year: u64, month: u64) -> u64 {
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 31,
    }
}

/// Year, month (1..=12) and day (1..=31) of the day `days` after
/// 1970-01-01, proleptic Gregorian (H. Hinnant's `civil_from_days`).
fn civil_from_days(days: u64) -> Option<(u64, u64, u64)> {
    let z = days.checked_add(719_468)?;
    let (era, doe) = (z / 146_097, z % 146_097);
    let yoe = doe
        .checked_sub(doe / 1_460)?
        .checked_add(doe / 36_524)?
        .checked_sub(doe / 146_096)?
        / 365;
    let year = era.checked_mul(400)?.checked_add(yoe)?;
    let doy = doe.checked_sub(
        yoe.checked_mul(365)?
            .checked_add(yoe / 4)?
            .checked_sub(yoe / 100)?,
    )?;
    let mp = doy.checked_mul(5)?.checked_add(2)? / 153;
    let day = doy
        .checked_sub(mp.checked_mul(153)?.checked_add(2)? / 5)?
        .checked_add(1)?;
    if mp < 10 {
        Some((year, mp.checked_add(3)?, day))
    } else {
        Some((year.checked_add(1)?, mp.checked_sub(9)?, day))
    }
}

/// The days from 1970-01-01 to `year-month-day` (H. Hinnant's
/// `days_from_civil`); `None` before 1970.
fn days_from_civil(year: u64, month: u64, day: u64) -> Option<u64> {
    let (year, mp) = if month <= 2 {
        (year.checked_sub(1)?, month.checked_add(9)?)
    } else {
        (year, month.checked_sub(3)?)
    };
    let (era, yoe) = (year / 400, year % 400);
    let doy = (mp.checked_mul(153)?.checked_add(2)? / 5)
        .checked_add(day)?
        .checked_sub(1)?;
    let doe = yoe
        .checked_mul(365)?
        .checked_add(yoe / 4)?
        .checked_sub(yoe / 100)?
        .checked_add(doy)?;
    era.checked_mul(146_097)?
        .checked_add(doe)?
        .checked_sub(719_468)
}

/// That `from` (named `from_name`) is not after `to` (named `to_name`).
fn range_rule(
    (from_name, from): (&'static str, Option<Timestamp>),
    (to_name, to): (&'static str, Option<Timestamp>),
) -> Result<(), InvalidValue> {
    match (from, to) {
        (Some(from), Some(to)) if from > to => Err(InvalidValue::new(
            from_name,
            format!("({from}) is after `{to_name}` ({to})"),
        )),
        _ => Ok(()),
    }
}

/// `GET /payments`: several payments at once, by `imp_uid` and/or
/// `merchant_uid` (`imp_uid[]=a&imp_uid[]=b`): at least one and at most
/// 100 in all (OpenAPI: "최대 100개"), or `build()` fails.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate)]
pub struct GetPayments {
    /// `imp_uid[]` (with `merchant_uid[]`, at most 100).
    #[builder(default)]
    imp_uids: Vec<ImpUid>,
    /// `merchant_uid[]` (with `imp_uid[]`, at most 100).
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
        let count = self.imp_uids.len().saturating_add(self.merchant_uids.len());
        if count > MAX_PAYMENTS {
            let what = if self.imp_uids.is_empty() {
                "merchant_uids"
            } else {
                "imp_uids"
            };
            return Err(InvalidValue::new(
                what,
                format!(
                    "at most {MAX_PAYMENTS} payments at once, `imp_uids` and `merchant_uids` together; got {count}"
                ),
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
/// of an order (with `status`, the latest in that status). After a charge
/// whose answer was lost, look with [`FindAllPayments`] instead: the latest
/// payment of an order may be an earlier attempt's.
///
/// `status` is a [`FindStatus`], which has no `all` (the OpenAPI lists it
/// for [`PaymentsByStatus`] only), so `all` can't be asked for here:
///
/// ```compile_fail,E0308
/// use iamport::rest::{FindPayment, StatusFilter};
/// use iamport::value::MerchantUid;
/// let find = FindPayment::builder()
///     .merchant_uid(MerchantUid::new("order_1").unwrap())
///     .status(StatusFilter::All) // expected `FindStatus`
///     .build();
/// ```
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(derive(Clone, Debug), getters)]
pub struct FindPayment {
    /// The order number.
    merchant_uid: MerchantUid,
    /// Only payments in this status (the optional path segment); unset,
    /// every status.
    status: Option<FindStatus>,
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
/// of an order, paged. `status` is a [`FindStatus`] (no `all`, as for
/// [`FindPayment`]); `build()` fails on a `page` of 0 or a `limit` outside
/// 1 to 1000 (the OpenAPI's `maximum`).
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate)]
pub struct FindAllPayments {
    /// The order number.
    merchant_uid: MerchantUid,
    /// Only payments in this status; unset, every status.
    status: Option<FindStatus>,
    /// `page`, from 1.
    page: Option<u32>,
    /// `limit` per page: 1 to 1000 (20 when unset).
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
/// time range of at most 90 days, paged.
///
/// `build()` fails on a `page` of 0, a `limit` outside 1 to 1000 (the
/// OpenAPI's `maximum`), `from` after `to`, or `to` more than 90 days
/// (7,776,000 s) after `from` ("검색기간은 최대 90일까지"). With `from`
/// alone, `to` is PortOne's current time, which is not checked here: keep
/// such a `from` within 90 days of now.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate)]
pub struct PaymentsByStatus {
    /// The status (`all` for every one).
    status: StatusFilter,
    /// `page`, from 1.
    page: Option<u32>,
    /// `limit` per page: 1 to 1000 (20 when unset).
    limit: Option<u32>,
    /// `from`: the start of the range (inclusive; 90 days before `to`
    /// when unset).
    from: Option<Timestamp>,
    /// `to`: the end of the range (inclusive; now when unset), at most 90
    /// days after `from`.
    to: Option<Timestamp>,
    /// `sorting`.
    sorting: Option<Sorting>,
}

#[diagnostic::do_not_recommend]
impl Validate for PaymentsByStatus {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        page_rules(self.page, self.limit)?;
        range_rule(("from", self.from), ("to", self.to))?;
        status_window_rule(self.from, self.to)
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
#[builder(derive(Clone, Debug), getters)]
pub struct GetPaymentBalance {
    /// PortOne's payment id.
    imp_uid: ImpUid,
}

endpoint!(GetPaymentBalance, Get, PaymentBalance, |s| format!(
    "/payments/{}/balance",
    encode_segment(s.imp_uid.as_str())
));

/// Amounts of one part of a payment (OpenAPI `PaymentBalanceAnnotation`):
/// signed, since the OpenAPI gives each "환불시 마이너스 차감된 최종 금액"
/// (after a refund, negative parts are subtracted).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct BalanceParts {
    /// Tax-free.
    pub tax_free: SignedAmount,
    /// Supply value.
    pub supply: SignedAmount,
    /// VAT.
    pub vat: SignedAmount,
    /// Service charge.
    pub service: SignedAmount,
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
#[builder(derive(Clone, Debug), getters)]
pub struct GetPrepared {
    /// The order number.
    merchant_uid: MerchantUid,
}

endpoint!(GetPrepared, Get, Prepared, |s| format!(
    "/payments/prepare/{}",
    encode_segment(s.merchant_uid.as_str())
));

/// `GET /subscribe/payments/schedule`: the schedules in a time range of
/// at most three months, paged, newest first unless `sorting` says
/// otherwise.
///
/// `build()` fails on a `page` of 0, a `limit` outside 1 to 1000 (the
/// OpenAPI's `maximum`), `schedule_from` after `schedule_to`, or a window
/// over three months ("최대 3개월 단위로 조회가 가능합니다"): `schedule_to`
/// (exclusive) may be at most the same day and time three calendar months
/// after `schedule_from`, in Korea's time (UTC+9), the day clamped to the
/// month's end.
///
/// ```
/// use iamport::rest::{Endpoint, ListSchedules, ScheduleSorting};
/// use iamport::value::Timestamp;
///
/// // 2026-01-01 00:00 and 2026-04-01 00:00, Korea's time.
/// let (from, to) = (Timestamp::from_unix(1_767_193_200)?, Timestamp::from_unix(1_774_969_200)?);
/// let list = ListSchedules::builder()
///     .schedule_from(from)
///     .schedule_to(to)
///     .sorting(ScheduleSorting::Scheduled)
///     .build()?;
/// assert_eq!(
///     list.path(),
///     "/subscribe/payments/schedule?schedule_from=1767193200&schedule_to=1774969200&sorting=scheduled"
/// );
/// let over = ListSchedules::builder()
///     .schedule_from(from)
///     .schedule_to(Timestamp::from_unix(1_774_969_201)?)
///     .build();
/// assert!(over.is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate)]
pub struct ListSchedules {
    /// `schedule_from`: the start of the range (inclusive).
    schedule_from: Timestamp,
    /// `schedule_to`: the end of the range (exclusive), at most three
    /// months after `schedule_from`.
    schedule_to: Timestamp,
    /// `schedule_status`.
    schedule_status: Option<ScheduleStatusFilter>,
    /// `page`, from 1.
    page: Option<u32>,
    /// `limit` per page: 1 to 1000 (20 when unset).
    limit: Option<u32>,
    /// `sorting`: [`ScheduleSorting::Scheduled`] for oldest first; unset,
    /// newest first.
    sorting: Option<ScheduleSorting>,
}

#[diagnostic::do_not_recommend]
impl Validate for ListSchedules {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        page_rules(self.page, self.limit)?;
        range_rule(
            ("schedule_from", Some(self.schedule_from)),
            ("schedule_to", Some(self.schedule_to)),
        )?;
        three_months_rule(
            "schedule_from",
            self.schedule_from,
            "schedule_to",
            self.schedule_to,
        )
    }
}

endpoint!(ListSchedules, Get, Page<ScheduleResult>, |s| {
    let mut q = Query::default();
    q.push("schedule_from", &s.schedule_from.to_string());
    q.push("schedule_to", &s.schedule_to.to_string());
    q.opt("schedule_status", s.schedule_status);
    q.opt("page", s.page);
    q.opt("limit", s.limit);
    q.opt("sorting", s.sorting);
    format!("/subscribe/payments/schedule{}", q.0)
});

/// `GET /subscribe/payments/schedule/{merchant_uid}`: one scheduled charge.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(derive(Clone, Debug), getters)]
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
#[builder(derive(Clone, Debug), getters)]
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
#[builder(derive(Clone, Debug), getters)]
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
/// its payment is the one of the order's that started after it was sent
/// (the earlier, failed run has the same `merchant_uid`), as
/// `Client::charge` looks it up with [`FindAllPayments`].
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(derive(Clone, Debug), getters)]
pub struct RetrySchedule {
    /// The failed charge's order number.
    merchant_uid: MerchantUid,
}

endpoint!(RetrySchedule, Post, Charge, |s| format!(
    "/subscribe/payments/schedule/{}/retry",
    encode_segment(s.merchant_uid.as_str())
), body: { let _ = s; Ok(Some("{}".to_owned())) });

/// `GET /subscribe/customers/{customer_uid}/schedules`: a billing key's
/// schedules in a time range of at most three months, paged.
/// [`SchedulesOfCustomer`] asks the same under the schedules' path.
///
/// `build()` fails on a `page` of 0, `from` after `to`, or a window over
/// three months, counted as for [`ListSchedules`] (the OpenAPI says
/// "최대 3개월 단위로 조회가 가능합니다" for both paths).
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate)]
pub struct CustomerSchedules {
    /// The billing key's id.
    customer_uid: CustomerUid,
    /// `from`: the start of the range (inclusive).
    from: Timestamp,
    /// `to`: the end of the range (exclusive), at most three months after
    /// `from`.
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
        range_rule(("from", Some(self.from)), ("to", Some(self.to)))?;
        three_months_rule("from", self.from, "to", self.to)
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
#[builder(derive(Clone, Debug), getters)]
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

endpoint!(GetBillingKeys, Get, Vec<IssuedBillingKey>, |s| {
    let mut q = Query::default();
    for uid in &s.customer_uids {
        q.push("customer_uid[]", uid.as_str());
    }
    format!("/subscribe/customers{}", q.0)
});

/// `GET /subscribe/customers/{customer_uid}/payments`: a billing key's
/// payments, paged.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(derive(Clone, Debug), getters)]
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
#[builder(derive(Clone, Debug), getters)]
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
#[builder(derive(Clone, Debug), getters)]
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

/// The payments asked for by `imp_uid` or `merchant_uid` that the answer
/// holds none of.
impl super::MultiLookup for GetPayments {
    type Item = Payment;

    fn failed(&self, answer: &[Payment]) -> Vec<String> {
        let imp = self
            .imp_uids
            .iter()
            .map(ImpUid::as_str)
            .filter(|uid| !answer.iter().any(|p| p.imp_uid == *uid));
        let merchant = self
            .merchant_uids
            .iter()
            .map(MerchantUid::as_str)
            .filter(|uid| !answer.iter().any(|p| p.merchant_uid == *uid));
        imp.chain(merchant).map(str::to_owned).collect()
    }
}

/// The billing keys asked for that the answer holds none of.
impl super::MultiLookup for GetBillingKeys {
    type Item = IssuedBillingKey;

    fn failed(&self, answer: &[IssuedBillingKey]) -> Vec<String> {
        self.customer_uids
            .iter()
            .map(CustomerUid::as_str)
            .filter(|uid| !answer.iter().any(|k| k.customer_uid() == *uid))
            .map(str::to_owned)
            .collect()
    }
}
