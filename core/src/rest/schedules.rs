//! Scheduled charges: schedule, revoke, list by time or by billing key,
//! look one up, move it, and charge a failed one again.
//!
//! Source of every field: the official V1 OpenAPI (`portone-io/developers.portone.io`
//! `src/schema/v1.openapi.json` @ `af926bd2`), paths under `/subscribe/payments/schedule`,
//! `/subscribe/payments/unschedule` and `/subscribe/customers/{customer_uid}/schedules`.
//! Where it types a schedule listing as a bare array but describes it as
//! paged (`GET /subscribe/payments/schedule`: "(페이징된)목록으로 전달"),
//! [`Page`] reads both.

use super::card::{Birth, CardExpiry, CardNumber, Cvc, Pwd2Digit};
use super::page::{Page, Paged, paged};
use super::rules::{page_rules, range_rule, three_months_rule};
use super::{Charge, Endpoint, Method, RequestPath, ScheduleEntry, ScheduleResult, json_body};
use crate::string_enum::string_enum;
use crate::value::{Amount, ChannelKey, CustomerUid, InvalidValue, MerchantUid, Timestamp};
use crate::{Builder, Validate};
use serde::Serialize;

/// `POST /subscribe/payments/schedule`: schedule charges of a billing key.
#[derive(Builder, Debug, Clone, PartialEq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize)]
#[serde(deny_unknown_fields)]
pub struct Schedule {
    /// `customer_uid`.
    customer_uid: CustomerUid,
    /// `customer_id` (required for tosspayments).
    #[serde(skip_serializing_if = "Option::is_none")]
    customer_id: Option<String>,
    /// `checking_amount`: a test charge, cancelled at once; 0 = none. An
    /// [`Amount`], with the ceiling of every amount (2^53 − 1).
    #[serde(skip_serializing_if = "Option::is_none")]
    checking_amount: Option<Amount>,
    /// `card_number`: register this card under `customer_uid` first.
    #[serde(skip_serializing_if = "Option::is_none")]
    card_number: Option<CardNumber>,
    /// `expiry`.
    #[serde(skip_serializing_if = "Option::is_none")]
    expiry: Option<CardExpiry>,
    /// `birth`.
    #[serde(skip_serializing_if = "Option::is_none")]
    birth: Option<Birth>,
    /// `pwd_2digit`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pwd_2digit: Option<Pwd2Digit>,
    /// `cvc`.
    #[serde(skip_serializing_if = "Option::is_none")]
    cvc: Option<Cvc>,
    /// `channel_key` (≤ 55).
    #[serde(skip_serializing_if = "Option::is_none")]
    channel_key: Option<ChannelKey>,
    /// `schedules`: at least one, each `merchant_uid` once.
    schedules: Vec<ScheduleEntry>,
}

#[diagnostic::do_not_recommend]
impl Validate for Schedule {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        if self.schedules.is_empty() {
            return Err(InvalidValue::new(
                "schedules",
                "must hold at least one schedule",
            ));
        }
        if self.card_number.is_some() != self.expiry.is_some() {
            return Err(InvalidValue::new("card_number", "and `expiry` go together"));
        }
        if let Some(amount) = self.checking_amount
            && !amount.is_whole()
        {
            return Err(InvalidValue::new(
                "checking_amount",
                "must be whole: the OpenAPI types it `integer`",
            ));
        }
        let mut seen = std::collections::HashSet::new();
        for entry in &self.schedules {
            if !seen.insert(entry.merchant_uid().as_str()) {
                return Err(InvalidValue::new(
                    "schedules",
                    format!(
                        "name the `merchant_uid` {} twice; each scheduled charge needs its own",
                        crate::value::quoted(entry.merchant_uid().as_str())
                    ),
                ));
            }
        }
        Ok(())
    }
}

impl Endpoint for Schedule {
    const METHOD: Method = Method::Post;
    type Response = Vec<ScheduleResult>;
    fn path(&self) -> String {
        "/subscribe/payments/schedule".to_owned()
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body(self)
    }
}

/// `POST /subscribe/payments/unschedule`: revoke scheduled charges, by
/// billing key, by order numbers, or both (at least one).
///
/// Leaving `merchant_uid` out revokes every schedule of `customer_uid`
/// (OpenAPI: "누락되면 `customer_uid`에 대한 결제예약정보 일괄취소"); an empty
/// list is undocumented, so it is refused, built or parsed:
///
/// ```
/// use iamport::rest::Unschedule;
/// use iamport::value::CustomerUid;
///
/// let empty = Unschedule::builder()
///     .customer_uid(CustomerUid::new("c")?)
///     .merchant_uid(Vec::new())
///     .build();
/// assert_eq!(
///     empty.unwrap_err().to_string(),
///     "invalid `merchant_uid`: must name at least one order; leave it out to revoke every schedule of `customer_uid`"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unschedule {
    /// `customer_uid`: revoke this billing key's schedules.
    #[serde(skip_serializing_if = "Option::is_none")]
    customer_uid: Option<CustomerUid>,
    /// `merchant_uid`: revoke these orders' schedules; at least one when
    /// given (left out, every schedule of `customer_uid` is revoked).
    #[serde(skip_serializing_if = "Option::is_none")]
    merchant_uid: Option<Vec<MerchantUid>>,
}

#[diagnostic::do_not_recommend]
impl Validate for Unschedule {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        if self.merchant_uid.as_ref().is_some_and(Vec::is_empty) {
            return Err(InvalidValue::new(
                "merchant_uid",
                "must name at least one order; leave it out to revoke every schedule of `customer_uid`",
            ));
        }
        if self.customer_uid.is_none() && self.merchant_uid.is_none() {
            return Err(InvalidValue::new(
                "customer_uid",
                "or `merchant_uid` must be given",
            ));
        }
        Ok(())
    }
}

impl Endpoint for Unschedule {
    const METHOD: Method = Method::Post;
    type Response = Vec<ScheduleResult>;
    fn path(&self) -> String {
        "/subscribe/payments/unschedule".to_owned()
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body(self)
    }
}

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

impl Endpoint for ListSchedules {
    const METHOD: Method = Method::Get;
    type Response = Page<ScheduleResult>;
    fn path(&self) -> String {
        let mut p = RequestPath::new("/subscribe/payments/schedule");
        p.param("schedule_from", self.schedule_from);
        p.param("schedule_to", self.schedule_to);
        p.opt("schedule_status", self.schedule_status);
        p.opt("page", self.page);
        p.opt("limit", self.limit);
        p.opt("sorting", self.sorting);
        p.finish()
    }
}

paged!(ListSchedules, ScheduleResult);

/// `GET /subscribe/payments/schedule/{merchant_uid}`: one scheduled charge.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(derive(Clone, Debug), getters)]
pub struct GetSchedule {
    /// The scheduled charge's order number.
    merchant_uid: MerchantUid,
}

impl Endpoint for GetSchedule {
    const METHOD: Method = Method::Get;
    type Response = ScheduleResult;
    fn path(&self) -> String {
        let mut p = RequestPath::new("/subscribe/payments/schedule");
        p.segment(self.merchant_uid.as_str());
        p.finish()
    }
}

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

impl Endpoint for UpdateSchedule {
    const METHOD: Method = Method::Put;
    type Response = ScheduleResult;
    fn path(&self) -> String {
        let mut p = RequestPath::new("/subscribe/payments/schedule");
        p.segment(self.merchant_uid.as_str());
        p.finish()
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        serde_json::to_string(&ScheduleAt {
            schedule_at: self.schedule_at,
        })
        .map(Some)
    }
}

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

impl Endpoint for Reschedule {
    const METHOD: Method = Method::Post;
    type Response = ScheduleResult;
    fn path(&self) -> String {
        let mut p = RequestPath::new("/subscribe/payments/schedule");
        p.segment(self.merchant_uid.as_str());
        p.fixed("reschedule");
        p.finish()
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        serde_json::to_string(&ScheduleAt {
            schedule_at: self.schedule_at,
        })
        .map(Some)
    }
}

/// `POST /subscribe/payments/schedule/{merchant_uid}/retry`: charge a
/// failed scheduled payment again, now. A charge: when its answer is lost,
/// its payment is the one of the order's that started after it was sent
/// (the earlier, failed run has the same `merchant_uid`), as
/// `Client::charge` looks it up with [`FindAllPayments`](super::FindAllPayments).
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(derive(Clone, Debug), getters)]
pub struct RetrySchedule {
    /// The failed charge's order number.
    merchant_uid: MerchantUid,
}

impl Endpoint for RetrySchedule {
    const METHOD: Method = Method::Post;
    type Response = Charge;
    fn path(&self) -> String {
        let mut p = RequestPath::new("/subscribe/payments/schedule");
        p.segment(self.merchant_uid.as_str());
        p.fixed("retry");
        p.finish()
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        Ok(Some("{}".to_owned()))
    }
}

impl super::ChargeRequest for RetrySchedule {
    fn merchant_uid(&self) -> &MerchantUid {
        &self.merchant_uid
    }
}

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
    /// The query both paths of a billing key's schedules take.
    fn query(&self, p: &mut RequestPath) {
        p.opt("page", self.page);
        p.param("from", self.from);
        p.param("to", self.to);
        p.opt("schedule-status", self.schedule_status);
    }
}

impl Endpoint for CustomerSchedules {
    const METHOD: Method = Method::Get;
    type Response = Page<ScheduleResult>;
    fn path(&self) -> String {
        let mut p = RequestPath::new("/subscribe/customers");
        p.segment(self.customer_uid.as_str()).fixed("schedules");
        self.query(&mut p);
        p.finish()
    }
}

paged!(CustomerSchedules, ScheduleResult);

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

impl Endpoint for SchedulesOfCustomer {
    const METHOD: Method = Method::Get;
    type Response = Page<ScheduleResult>;
    fn path(&self) -> String {
        let mut p = RequestPath::new("/subscribe/payments/schedule/customers");
        p.segment(self.0.customer_uid.as_str());
        self.0.query(&mut p);
        p.finish()
    }
}

impl Paged for SchedulesOfCustomer {
    type Item = ScheduleResult;
    fn current_page(&self) -> u32 {
        self.0.current_page()
    }
    fn with_page(&self, page: u32) -> Self {
        SchedulesOfCustomer(self.0.with_page(page))
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
