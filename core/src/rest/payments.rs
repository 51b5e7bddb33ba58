//! Payments: one by `imp_uid`, several at once, by order (`find`,
//! `findAll`), by status in a window of at most 90 days, and a payment's
//! balance.
//!
//! Source of every field: the official V1 OpenAPI (`portone-io/developers.portone.io`
//! `src/schema/v1.openapi.json` @ `af926bd2`), paths under `/payments`.

use super::page::{Page, paged};
use super::rules::{MAX_PAYMENTS, MAX_STATUS_WINDOW_SECS, page_rules, range_rule};
use super::{Endpoint, Method, Payment, RequestPath};
use crate::json::object_only;
use crate::string_enum::string_enum;
use crate::value::{
    Amount, ImpUid, InvalidValue, MerchantUid, SignedAmount, Timestamp, zero_is_none,
};
use crate::{Builder, Validate};
use serde::Deserialize;

/// `GET /payments/{imp_uid}`: a payment, as PortOne has it now.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(derive(Clone, Debug), getters)]
pub struct GetPayment {
    /// PortOne's payment id (path parameter).
    imp_uid: ImpUid,
    /// `include_sandbox` (query): also find test-channel payments.
    #[builder(default)]
    include_sandbox: bool,
}

impl Endpoint for GetPayment {
    const METHOD: Method = Method::Get;
    type Response = Payment;
    fn path(&self) -> String {
        let mut p = RequestPath::new("/payments");
        p.segment(self.imp_uid.as_str());
        if self.include_sandbox {
            p.param("include_sandbox", true);
        }
        p.finish()
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

impl Endpoint for GetPayments {
    const METHOD: Method = Method::Get;
    type Response = Vec<Payment>;
    fn path(&self) -> String {
        let mut p = RequestPath::new("/payments");
        p.array("imp_uid[]", self.imp_uids.iter().map(ImpUid::as_str));
        p.array(
            "merchant_uid[]",
            self.merchant_uids.iter().map(MerchantUid::as_str),
        );
        p.finish()
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

impl Endpoint for FindPayment {
    const METHOD: Method = Method::Get;
    type Response = Payment;
    fn path(&self) -> String {
        let mut p = RequestPath::new("/payments/find");
        p.segment(self.merchant_uid.as_str());
        if let Some(status) = self.status {
            p.fixed(status.as_str());
        }
        p.opt("sorting", self.sorting);
        p.finish()
    }
}

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

impl Endpoint for FindAllPayments {
    const METHOD: Method = Method::Get;
    type Response = Page<Payment>;
    fn path(&self) -> String {
        let mut p = RequestPath::new("/payments/findAll");
        p.segment(self.merchant_uid.as_str());
        if let Some(status) = self.status {
            p.fixed(status.as_str());
        }
        p.opt("page", self.page);
        p.opt("limit", self.limit);
        p.opt("sorting", self.sorting);
        p.finish()
    }
}

paged!(FindAllPayments, Payment);

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

impl Endpoint for PaymentsByStatus {
    const METHOD: Method = Method::Get;
    type Response = Page<Payment>;
    fn path(&self) -> String {
        let mut p = RequestPath::new("/payments/status");
        p.fixed(self.status.as_str());
        p.opt("page", self.page);
        p.opt("limit", self.limit);
        p.opt("from", self.from);
        p.opt("to", self.to);
        p.opt("sorting", self.sorting);
        p.finish()
    }
}

paged!(PaymentsByStatus, Payment);

/// `GET /payments/{imp_uid}/balance`: what of a payment is left, by kind.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(derive(Clone, Debug), getters)]
pub struct GetPaymentBalance {
    /// PortOne's payment id.
    imp_uid: ImpUid,
}

impl Endpoint for GetPaymentBalance {
    const METHOD: Method = Method::Get;
    type Response = PaymentBalance;
    fn path(&self) -> String {
        let mut p = RequestPath::new("/payments");
        p.segment(self.imp_uid.as_str()).fixed("balance");
        p.finish()
    }
}

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
    /// 최초 총 결제금액: the payment's original total, not what is left of
    /// it (the OpenAPI's `PaymentBalanceResponseAnnotation`).
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
