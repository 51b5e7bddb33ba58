//! Naver Pay: the product orders of 주문형 네이버페이 (`naverco`: cancel,
//! ship, place, returns and exchanges, reviews) and the two calls of
//! 결제형 네이버페이 (`naverpay`: point deposit, escrow confirmation, the
//! amount a cash receipt can still be issued for).
//!
//! Source of every field: the official V1 OpenAPI, the 17 operations whose
//! path holds `/naver/` (tag `naver`): `POST /payments/{imp_uid}/naver/`
//! `cancel`, `approve-cancel`, `ship`, `ship-exchanged`,
//! `collect-exchanged`, `place`, `request-return`, `approve-return`,
//! `reject-return`, `withhold-return`, `resolve-return`, `point`,
//! `confirm`; `GET /payments/{imp_uid}/naver/product-orders`,
//! `GET /naver/product-orders/{product_order_id}`, `GET /naver/reviews`,
//! `GET /payments/{imp_uid}/naver/cash-amount`; and the schemas
//! `NaverProductOrderAnnotation`, `NaverOrderer`, `NaverAddress`,
//! `NaverReviewAnnotation`, `NaverCashAmountAnnotation`,
//! `ResponseAnnotation`.
//!
//! A Naver Pay payment (`imp_uid`) holds one product order
//! (`product_order_id`) per kind of goods. Each write on product orders
//! names some of them, or leaves `product_order_id` out for all of them;
//! PortOne sends one request to Naver per product order and answers the
//! product orders it could change: HTTP 200 when all went through, 207
//! when some did (send it with `Client::send_partial`: every write here is
//! a [`MultiLookup`] whose `failed` names the requested product orders the
//! answer lacks), 500 when none did.
//!
//! Buyer data in the answers (the orderer's name and phone number, the
//! shipping address, the delivery memo, the personal customs code) never
//! shows in `Debug`.
//!
//! Needs the cargo feature `naver` (or `all-operations`).

use std::fmt;

use serde::{Deserialize, Serialize};

/// The answer of the calls that answer nothing but success.
pub use super::Done;
use super::card::Redacted;
use super::rules::{not_blank, not_empty, range_rule, required_when};
use super::{CancelRequester, Endpoint, Method, MultiLookup, RequestPath, json_body_without};
use crate::json::object_only;
use crate::string_enum::{open_enum, string_enum};
use crate::value::{
    Amount, ChannelKey, Currency, ImpUid, InvalidValue, Timestamp, identifier, zero_is_none,
};
use crate::{Builder, Validate};

fn product_order_id(value: &str) -> Result<(), String> {
    // No length in the OpenAPI: only the rules of a path segment.
    identifier(value, usize::MAX)
}

crate::value::checked_string! {
    /// `product_order_id`: 네이버페이 상품주문번호, Naver's id of one product
    /// order of a payment. Not empty, with the rules of
    /// [`MerchantUid`](crate::value::MerchantUid) for a path segment (no
    /// control, invisible or bidirectional characters, no whitespace at
    /// either end, not `.` or `..`); the OpenAPI gives no length.
    ProductOrderId, "product_order_id", product_order_id
}

string_enum! {
    /// `reason` of [`CancelProductOrder`]: 환불사유코드 (PortOne applies
    /// `PRODUCT_UNSATISFIED` when unset).
    pub enum CancelReason {
        /// 상품 품절.
        SoldOut = "SOLD_OUT",
        /// 배송 지연.
        DelayedDelivery = "DELAYED_DELIVERY",
        /// 서비스 및 상품 불만족 (the default).
        ProductUnsatisfied = "PRODUCT_UNSATISFIED",
        /// 구매 의사 취소.
        IntentChanged = "INTENT_CHANGED",
        /// 색상 및 사이즈 변경.
        ColorAndSize = "COLOR_AND_SIZE",
        /// 다른 상품 잘못 주문.
        WrongOrder = "WRONG_ORDER",
        /// 상품 정보 상이.
        IncorrectInfo = "INCORRECT_INFO",
    }
}

string_enum! {
    /// `reason` of [`RequestReturnProductOrder`]: 반품사유코드 (PortOne
    /// applies `INTENT_CHANGED` when unset). The codes of [`CancelReason`]
    /// and four more.
    pub enum ReturnReason {
        /// 구매 의사 취소 (the default).
        IntentChanged = "INTENT_CHANGED",
        /// 색상 및 사이즈 변경.
        ColorAndSize = "COLOR_AND_SIZE",
        /// 다른 상품 잘못 주문.
        WrongOrder = "WRONG_ORDER",
        /// 서비스 및 상품 불만족.
        ProductUnsatisfied = "PRODUCT_UNSATISFIED",
        /// 배송 지연.
        DelayedDelivery = "DELAYED_DELIVERY",
        /// 상품 품절.
        SoldOut = "SOLD_OUT",
        /// 배송 누락.
        DroppedDelivery = "DROPPED_DELIVERY",
        /// 상품 파손.
        Broken = "BROKEN",
        /// 상품정보상이.
        IncorrectInfo = "INCORRECT_INFO",
        /// 오배송.
        WrongDelivery = "WRONG_DELIVERY",
        /// 색상 등이 다른 상품을 잘못 배송.
        WrongOption = "WRONG_OPTION",
    }
}

string_enum! {
    /// `reason` of [`WithholdReturnProductOrder`]: 반품보류사유 코드
    /// (PortOne applies `ETC` when unset). `EXTRAFEEE` is spelt so by the
    /// API.
    pub enum WithholdReason {
        /// 반품 배송비 청구.
        ReturnDeliveryFee = "RETURN_DELIVERYFEE",
        /// 기타 반품 비용 청구.
        ExtraFee = "EXTRAFEEE",
        /// 반품 배송비 및 기타 반품 비용 청구.
        ReturnDeliveryFeeAndExtraFee = "RETURN_DELIVERYFEE_AND_EXTRAFEEE",
        /// 반품 상품 미입고.
        ReturnProductNotDelivered = "RETURN_PRODUCT_NOT_DELIVERED",
        /// 기타 사유 (the default).
        Etc = "ETC",
    }
}

string_enum! {
    /// `delivery_method` of [`ShipProductOrder`] and
    /// [`ShipExchangedProductOrder`]: 배송방법 코드.
    pub enum DeliveryMethod {
        /// 택배, 등기, 소포: `delivery_company` and `tracking_number` are
        /// required.
        Delivery = "DELIVERY",
        /// 굿스플로 송장 출력.
        GoodsflowIssue = "GDFW_ISSUE_SVC",
        /// 방문 수령.
        VisitReceipt = "VISIT_RECEIPT",
        /// 직접 전달.
        DirectDelivery = "DIRECT_DELIVERY",
        /// 퀵서비스.
        Quick = "QUICK_SVC",
        /// 배송 없음.
        Nothing = "NOTHING",
    }
}

string_enum! {
    /// `delivery_method` of [`RequestReturnProductOrder`]: 반품 배송방법 코드.
    pub enum ReturnDeliveryMethod {
        /// 지정 반품 택배 (the seller booked the courier beforehand).
        Designated = "RETURN_DESIGNATED",
        /// 일반 반품 택배: `delivery_company` and `tracking_number` are
        /// required.
        Delivery = "RETURN_DELIVERY",
        /// 직접 반송.
        Individual = "RETURN_INDIVIDUAL",
    }
}

string_enum! {
    /// `delivery_company`: 택배사 코드, the same 40 codes for shipping,
    /// reshipping and returns.
    pub enum DeliveryCompany {
        /// CJ 대한통운.
        Cjgls = "CJGLS",
        /// 로젠택배.
        Kgb = "KGB",
        /// KG 로지스.
        Dongbu = "DONGBU",
        /// 우체국택배.
        Epost = "EPOST",
        /// 우편등기.
        RegistPost = "REGISTPOST",
        /// 한진택배.
        Hanjin = "HANJIN",
        /// 현대택배.
        Hyundai = "HYUNDAI",
        /// KGB 택배.
        Kgbls = "KGBLS",
        /// GTX 로지스.
        Innogis = "INNOGIS",
        /// 대신택배.
        Daesin = "DAESIN",
        /// 일양로지스.
        Ilyang = "ILYANG",
        /// 경동택배.
        Kdexp = "KDEXP",
        /// 천일택배.
        Chunil = "CHUNIL",
        /// 기타 택배.
        Ch1 = "CH1",
        /// 합동택배.
        Hdexp = "HDEXP",
        /// 편의점택배.
        Cvsnet = "CVSNET",
        /// DHL.
        Dhl = "DHL",
        /// FEDEX.
        Fedex = "FEDEX",
        /// GSMNTON.
        Gsmnton = "GSMNTON",
        /// `WarpEx`.
        Warpex = "WARPEX",
        /// WIZWA.
        Wizwa = "WIZWA",
        /// EMS.
        Ems = "EMS",
        /// DHL(독일).
        DhlDe = "DHLDE",
        /// ACI.
        AciExpress = "ACIEXPRESS",
        /// EZUSA.
        Ezusa = "EZUSA",
        /// 범한판토스.
        Pantos = "PANTOS",
        /// UPS.
        Ups = "UPS",
        /// 현대택배(국제택배).
        HlcGlobal = "HLCGLOBAL",
        /// CJ 대한통운(국제택배).
        Korexg = "KOREXG",
        /// TNT.
        Tnt = "TNT",
        /// 성원글로벌.
        Swgexp = "SWGEXP",
        /// 대운글로벌.
        Daewoon = "DAEWOON",
        /// USPS.
        Usps = "USPS",
        /// i-parcel.
        Iparcel = "IPARCEL",
        /// 건영택배.
        Kunyoung = "KUNYOUNG",
        /// 한의사랑택배.
        Hpl = "HPL",
        /// 다드림.
        Dadream = "DADREAM",
        /// SLX 택배.
        Slx = "SLX",
        /// 순풍택배.
        SfExpress = "SFEXPRESS",
        /// 호남택배.
        Honam = "HONAM",
    }
}

string_enum! {
    /// `review_type` of [`GetReviews`]: 구매평 유형.
    pub enum ReviewType {
        /// 일반 구매평.
        General = "general",
        /// 프리미엄 구매평.
        Premium = "premium",
    }
}

/// The path `/payments/{imp_uid}/naver/{action}` of the calls on one
/// payment.
fn payment_path(imp_uid: &ImpUid, action: &'static str) -> String {
    let mut p = RequestPath::new("/payments");
    p.segment(imp_uid.as_str());
    p.fixed("naver");
    p.fixed(action);
    p.finish()
}

/// That `product_order_id`, when given, names at least one product order
/// (left out, it means all of the payment's).
fn some_orders(ids: Option<&Vec<ProductOrderId>>) -> Result<(), InvalidValue> {
    not_empty("product_order_id", ids.map(Vec::as_slice))
}

/// That a shipment by courier names the courier and the invoice, and that
/// a `tracking_number` given is not blank.
fn courier_rule(
    by_courier: bool,
    when: &str,
    company: Option<DeliveryCompany>,
    tracking_number: Option<&str>,
) -> Result<(), InvalidValue> {
    if let Some(number) = tracking_number {
        not_blank("tracking_number", number)?;
    }
    required_when("delivery_company", company.is_some(), by_courier, when)?;
    required_when(
        "tracking_number",
        tracking_number.is_some(),
        by_courier,
        when,
    )
}

/// The requested product orders that `answer` lacks (none when the request
/// named none, meaning all).
fn failed_orders(requested: Option<&Vec<ProductOrderId>>, answer: &[ProductOrder]) -> Vec<String> {
    requested
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .map(ProductOrderId::as_str)
        .filter(|id| !answer.iter().any(|o| o.product_order_id == *id))
        .map(str::to_owned)
        .collect()
}

/// `POST /payments/{imp_uid}/naver/cancel` (`naverCancelProductOrder`):
/// 네이버페이 주문환불, refund product orders of a `naverco` payment; the
/// answer holds the ones refunded.
///
/// Serialized on its own (and parsed), it carries `imp_uid` with the
/// body's fields; `body()` leaves it out.
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize)]
#[serde(deny_unknown_fields)]
pub struct CancelProductOrder {
    /// `imp_uid` (path): the payment.
    imp_uid: ImpUid,
    /// `product_order_id`: the product orders to refund; all of the
    /// payment's when unset; at least one when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    product_order_id: Option<Vec<ProductOrderId>>,
    /// `reason`: 취소 사유 코드 (`PRODUCT_UNSATISFIED` when unset).
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<CancelReason>,
}

#[diagnostic::do_not_recommend]
impl Validate for CancelProductOrder {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        some_orders(self.product_order_id.as_ref())
    }
}

impl Endpoint for CancelProductOrder {
    const METHOD: Method = Method::Post;
    type Response = Vec<ProductOrder>;
    fn path(&self) -> String {
        payment_path(&self.imp_uid, "cancel")
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body_without(self, &["imp_uid"])
    }
}

/// The requested product orders that were not refunded.
impl MultiLookup for CancelProductOrder {
    type Item = ProductOrder;
    fn failed(&self, answer: &[ProductOrder]) -> Vec<String> {
        failed_orders(self.product_order_id.as_ref(), answer)
    }
}

/// `POST /payments/{imp_uid}/naver/approve-cancel`
/// (`naverApproveCancelProductOrder`): 구매자의 환불요청 승인, approve the
/// refunds the buyer asked for while the orders were being placed.
///
/// Serialized on its own (and parsed), it carries `imp_uid` with the
/// body's fields; `body()` leaves it out.
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApproveCancelProductOrder {
    /// `imp_uid` (path): the payment.
    imp_uid: ImpUid,
    /// `product_order_id`: the product orders whose refund to approve; all
    /// of the payment's when unset; at least one when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    product_order_id: Option<Vec<ProductOrderId>>,
}

#[diagnostic::do_not_recommend]
impl Validate for ApproveCancelProductOrder {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        some_orders(self.product_order_id.as_ref())
    }
}

impl Endpoint for ApproveCancelProductOrder {
    const METHOD: Method = Method::Post;
    type Response = Vec<ProductOrder>;
    fn path(&self) -> String {
        payment_path(&self.imp_uid, "approve-cancel")
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body_without(self, &["imp_uid"])
    }
}

/// The requested product orders whose refund was not approved.
impl MultiLookup for ApproveCancelProductOrder {
    type Item = ProductOrder;
    fn failed(&self, answer: &[ProductOrder]) -> Vec<String> {
        failed_orders(self.product_order_id.as_ref(), answer)
    }
}

/// `POST /payments/{imp_uid}/naver/ship` (`naverShipProductOrder`): 상품주문
/// 발송처리, mark product orders as shipped. With `delivery_method`
/// `DELIVERY`, `delivery_company` and `tracking_number` are required, or
/// `build()` fails.
///
/// Serialized on its own (and parsed), it carries `imp_uid` with the
/// body's fields; `body()` leaves it out.
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShipProductOrder {
    /// `imp_uid` (path): the payment.
    imp_uid: ImpUid,
    /// `product_order_id`: the product orders shipped; all of the payment's
    /// when unset; at least one when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    product_order_id: Option<Vec<ProductOrderId>>,
    /// `delivery_method`: 배송방법 코드.
    delivery_method: DeliveryMethod,
    /// `dispatched_at`: 발송일.
    dispatched_at: Timestamp,
    /// `delivery_company`: 택배사 코드 (required for `DELIVERY`).
    #[serde(skip_serializing_if = "Option::is_none")]
    delivery_company: Option<DeliveryCompany>,
    /// `tracking_number`: 송장번호 (required for `DELIVERY`).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    tracking_number: Option<String>,
}

#[diagnostic::do_not_recommend]
impl Validate for ShipProductOrder {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        some_orders(self.product_order_id.as_ref())?;
        courier_rule(
            self.delivery_method == DeliveryMethod::Delivery,
            "`delivery_method` is `DELIVERY`",
            self.delivery_company,
            self.tracking_number.as_deref(),
        )
    }
}

impl Endpoint for ShipProductOrder {
    const METHOD: Method = Method::Post;
    type Response = Vec<ProductOrder>;
    fn path(&self) -> String {
        payment_path(&self.imp_uid, "ship")
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body_without(self, &["imp_uid"])
    }
}

/// The requested product orders not marked as shipped.
impl MultiLookup for ShipProductOrder {
    type Item = ProductOrder;
    fn failed(&self, answer: &[ProductOrder]) -> Vec<String> {
        failed_orders(self.product_order_id.as_ref(), answer)
    }
}

/// `POST /payments/{imp_uid}/naver/ship-exchanged` (its `operationId` is
/// `naverShipProductOrder` too): 교환승인된 상품 재발송처리, mark the
/// replacements of exchanged product orders as shipped. As for
/// [`ShipProductOrder`], `DELIVERY` needs `delivery_company` and
/// `tracking_number`; there is no `dispatched_at`.
///
/// Serialized on its own (and parsed), it carries `imp_uid` with the
/// body's fields; `body()` leaves it out.
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShipExchangedProductOrder {
    /// `imp_uid` (path): the payment.
    imp_uid: ImpUid,
    /// `product_order_id`: the product orders reshipped; all of the
    /// payment's when unset; at least one when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    product_order_id: Option<Vec<ProductOrderId>>,
    /// `delivery_method`: 배송방법 코드.
    delivery_method: DeliveryMethod,
    /// `delivery_company`: 택배사 코드 (required for `DELIVERY`).
    #[serde(skip_serializing_if = "Option::is_none")]
    delivery_company: Option<DeliveryCompany>,
    /// `tracking_number`: 송장번호 (required for `DELIVERY`).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    tracking_number: Option<String>,
}

#[diagnostic::do_not_recommend]
impl Validate for ShipExchangedProductOrder {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        some_orders(self.product_order_id.as_ref())?;
        courier_rule(
            self.delivery_method == DeliveryMethod::Delivery,
            "`delivery_method` is `DELIVERY`",
            self.delivery_company,
            self.tracking_number.as_deref(),
        )
    }
}

impl Endpoint for ShipExchangedProductOrder {
    const METHOD: Method = Method::Post;
    type Response = Vec<ProductOrder>;
    fn path(&self) -> String {
        payment_path(&self.imp_uid, "ship-exchanged")
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body_without(self, &["imp_uid"])
    }
}

/// The requested product orders not marked as reshipped.
impl MultiLookup for ShipExchangedProductOrder {
    type Item = ProductOrder;
    fn failed(&self, answer: &[ProductOrder]) -> Vec<String> {
        failed_orders(self.product_order_id.as_ref(), answer)
    }
}

/// `POST /payments/{imp_uid}/naver/collect-exchanged`
/// (`naverCollectProductOrder`): 교환승인된 상품 수거완료처리, mark the goods
/// of exchanged product orders as collected.
///
/// Serialized on its own (and parsed), it carries `imp_uid` with the
/// body's fields; `body()` leaves it out.
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize)]
#[serde(deny_unknown_fields)]
pub struct CollectExchangedProductOrder {
    /// `imp_uid` (path): the payment.
    imp_uid: ImpUid,
    /// `product_order_id`: the product orders collected; all of the
    /// payment's when unset; at least one when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    product_order_id: Option<Vec<ProductOrderId>>,
}

#[diagnostic::do_not_recommend]
impl Validate for CollectExchangedProductOrder {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        some_orders(self.product_order_id.as_ref())
    }
}

impl Endpoint for CollectExchangedProductOrder {
    const METHOD: Method = Method::Post;
    type Response = Vec<ProductOrder>;
    fn path(&self) -> String {
        payment_path(&self.imp_uid, "collect-exchanged")
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body_without(self, &["imp_uid"])
    }
}

/// The requested product orders not marked as collected.
impl MultiLookup for CollectExchangedProductOrder {
    type Item = ProductOrder;
    fn failed(&self, answer: &[ProductOrder]) -> Vec<String> {
        failed_orders(self.product_order_id.as_ref(), answer)
    }
}

/// `POST /payments/{imp_uid}/naver/place` (`naverPlaceProductOrder`):
/// 상품발주처리, mark product orders as placed (the seller accepts them).
///
/// Serialized on its own (and parsed), it carries `imp_uid` with the
/// body's fields; `body()` leaves it out.
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlaceProductOrder {
    /// `imp_uid` (path): the payment.
    imp_uid: ImpUid,
    /// `product_order_id`: the product orders placed; all of the payment's
    /// when unset; at least one when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    product_order_id: Option<Vec<ProductOrderId>>,
}

#[diagnostic::do_not_recommend]
impl Validate for PlaceProductOrder {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        some_orders(self.product_order_id.as_ref())
    }
}

impl Endpoint for PlaceProductOrder {
    const METHOD: Method = Method::Post;
    type Response = Vec<ProductOrder>;
    fn path(&self) -> String {
        payment_path(&self.imp_uid, "place")
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body_without(self, &["imp_uid"])
    }
}

/// The requested product orders not marked as placed.
impl MultiLookup for PlaceProductOrder {
    type Item = ProductOrder;
    fn failed(&self, answer: &[ProductOrder]) -> Vec<String> {
        failed_orders(self.product_order_id.as_ref(), answer)
    }
}

/// `POST /payments/{imp_uid}/naver/request-return`
/// (`naverRequestReturnProductOrder`): 상품반품요청, ask for the return of
/// product orders on the buyer's behalf. With `delivery_method`
/// `RETURN_DELIVERY`, `delivery_company` and `tracking_number` are
/// required, or `build()` fails.
///
/// Serialized on its own (and parsed), it carries `imp_uid` with the
/// body's fields; `body()` leaves it out.
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequestReturnProductOrder {
    /// `imp_uid` (path): the payment.
    imp_uid: ImpUid,
    /// `product_order_id`: the product orders to return; all of the
    /// payment's when unset; at least one when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    product_order_id: Option<Vec<ProductOrderId>>,
    /// `reason`: 반품사유코드 (`INTENT_CHANGED` when unset).
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<ReturnReason>,
    /// `delivery_method`: 반품 배송방법 코드.
    delivery_method: ReturnDeliveryMethod,
    /// `delivery_company`: 택배사 코드 (required for `RETURN_DELIVERY`).
    #[serde(skip_serializing_if = "Option::is_none")]
    delivery_company: Option<DeliveryCompany>,
    /// `tracking_number`: 송장번호 (required for `RETURN_DELIVERY`).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    tracking_number: Option<String>,
}

#[diagnostic::do_not_recommend]
impl Validate for RequestReturnProductOrder {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        some_orders(self.product_order_id.as_ref())?;
        courier_rule(
            self.delivery_method == ReturnDeliveryMethod::Delivery,
            "`delivery_method` is `RETURN_DELIVERY`",
            self.delivery_company,
            self.tracking_number.as_deref(),
        )
    }
}

impl Endpoint for RequestReturnProductOrder {
    const METHOD: Method = Method::Post;
    type Response = Vec<ProductOrder>;
    fn path(&self) -> String {
        payment_path(&self.imp_uid, "request-return")
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body_without(self, &["imp_uid"])
    }
}

/// The requested product orders whose return was not requested.
impl MultiLookup for RequestReturnProductOrder {
    type Item = ProductOrder;
    fn failed(&self, answer: &[ProductOrder]) -> Vec<String> {
        failed_orders(self.product_order_id.as_ref(), answer)
    }
}

/// `POST /payments/{imp_uid}/naver/approve-return`
/// (`naverApproveReturnProductOrder`): 상품 반품승인, approve the return of
/// product orders.
///
/// Serialized on its own (and parsed), it carries `imp_uid` with the
/// body's fields; `body()` leaves it out.
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApproveReturnProductOrder {
    /// `imp_uid` (path): the payment.
    imp_uid: ImpUid,
    /// `product_order_id`: the product orders whose return to approve; all
    /// of the payment's when unset; at least one when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    product_order_id: Option<Vec<ProductOrderId>>,
    /// `memo`: 반품승인 후 구매자에게 전달하는 메모 (a note for the buyer).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    memo: Option<String>,
}

#[diagnostic::do_not_recommend]
impl Validate for ApproveReturnProductOrder {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        some_orders(self.product_order_id.as_ref())
    }
}

impl Endpoint for ApproveReturnProductOrder {
    const METHOD: Method = Method::Post;
    type Response = Vec<ProductOrder>;
    fn path(&self) -> String {
        payment_path(&self.imp_uid, "approve-return")
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body_without(self, &["imp_uid"])
    }
}

/// The requested product orders whose return was not approved.
impl MultiLookup for ApproveReturnProductOrder {
    type Item = ProductOrder;
    fn failed(&self, answer: &[ProductOrder]) -> Vec<String> {
        failed_orders(self.product_order_id.as_ref(), answer)
    }
}

/// `POST /payments/{imp_uid}/naver/reject-return`
/// (`naverRejectReturnProductOrder`): 상품 반품거절, refuse the return of
/// product orders, telling the buyer why in `memo`.
///
/// Serialized on its own (and parsed), it carries `imp_uid` with the
/// body's fields; `body()` leaves it out.
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize)]
#[serde(deny_unknown_fields)]
pub struct RejectReturnProductOrder {
    /// `imp_uid` (path): the payment.
    imp_uid: ImpUid,
    /// `product_order_id`: the product orders whose return to refuse; all
    /// of the payment's when unset; at least one when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    product_order_id: Option<Vec<ProductOrderId>>,
    /// `memo`: 반품거절 후 구매자에게 전달하는 메모; not blank.
    #[builder(into)]
    memo: String,
}

#[diagnostic::do_not_recommend]
impl Validate for RejectReturnProductOrder {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        some_orders(self.product_order_id.as_ref())?;
        not_blank("memo", &self.memo)
    }
}

impl Endpoint for RejectReturnProductOrder {
    const METHOD: Method = Method::Post;
    type Response = Vec<ProductOrder>;
    fn path(&self) -> String {
        payment_path(&self.imp_uid, "reject-return")
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body_without(self, &["imp_uid"])
    }
}

/// The requested product orders whose return was not refused.
impl MultiLookup for RejectReturnProductOrder {
    type Item = ProductOrder;
    fn failed(&self, answer: &[ProductOrder]) -> Vec<String> {
        failed_orders(self.product_order_id.as_ref(), answer)
    }
}

/// `POST /payments/{imp_uid}/naver/withhold-return`
/// (`naverWithholdReturnProductOrder`): 상품 반품보류, hold the return of
/// product orders (to charge the return's shipping, say), telling the
/// buyer why in `memo`.
///
/// Serialized on its own (and parsed), it carries `imp_uid` with the
/// body's fields; `body()` leaves it out.
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize)]
#[serde(deny_unknown_fields)]
pub struct WithholdReturnProductOrder {
    /// `imp_uid` (path): the payment.
    imp_uid: ImpUid,
    /// `product_order_id`: the product orders whose return to hold; all of
    /// the payment's when unset; at least one when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    product_order_id: Option<Vec<ProductOrderId>>,
    /// `reason`: 반품보류사유 코드 (`ETC` when unset).
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<WithholdReason>,
    /// `memo`: 반품보류에 대하여 구매자에게 전달하는 메모; not blank.
    #[builder(into)]
    memo: String,
    /// `extra_charge`: 기타 비용 청구액, whole won (0 when unset).
    #[serde(skip_serializing_if = "Option::is_none")]
    extra_charge: Option<Amount>,
}

#[diagnostic::do_not_recommend]
impl Validate for WithholdReturnProductOrder {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        some_orders(self.product_order_id.as_ref())?;
        not_blank("memo", &self.memo)?;
        Currency::Krw.check_whole("extra_charge", self.extra_charge)
    }
}

impl Endpoint for WithholdReturnProductOrder {
    const METHOD: Method = Method::Post;
    type Response = Vec<ProductOrder>;
    fn path(&self) -> String {
        payment_path(&self.imp_uid, "withhold-return")
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body_without(self, &["imp_uid"])
    }
}

/// The requested product orders whose return was not held.
impl MultiLookup for WithholdReturnProductOrder {
    type Item = ProductOrder;
    fn failed(&self, answer: &[ProductOrder]) -> Vec<String> {
        failed_orders(self.product_order_id.as_ref(), answer)
    }
}

/// `POST /payments/{imp_uid}/naver/resolve-return`
/// (`naverResolveReturnProductOrder`): 반품보류해제, release product orders
/// whose return was held.
///
/// Serialized on its own (and parsed), it carries `imp_uid` with the
/// body's fields; `body()` leaves it out.
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResolveReturnProductOrder {
    /// `imp_uid` (path): the payment.
    imp_uid: ImpUid,
    /// `product_order_id`: the product orders to release; all of the
    /// payment's when unset; at least one when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    product_order_id: Option<Vec<ProductOrderId>>,
}

#[diagnostic::do_not_recommend]
impl Validate for ResolveReturnProductOrder {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        some_orders(self.product_order_id.as_ref())
    }
}

impl Endpoint for ResolveReturnProductOrder {
    const METHOD: Method = Method::Post;
    type Response = Vec<ProductOrder>;
    fn path(&self) -> String {
        payment_path(&self.imp_uid, "resolve-return")
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body_without(self, &["imp_uid"])
    }
}

/// The requested product orders not released.
impl MultiLookup for ResolveReturnProductOrder {
    type Item = ProductOrder;
    fn failed(&self, answer: &[ProductOrder]) -> Vec<String> {
        failed_orders(self.product_order_id.as_ref(), answer)
    }
}

/// `POST /payments/{imp_uid}/naver/point` (`naverDepositPoint`): 네이버페이
/// 포인트 적립, deposit the buyer's Naver Pay points for a `naverpay`
/// (결제형) payment. The body is `{}`; the answer carries nothing
/// ([`Done`]).
///
/// Serialized on its own (and parsed), it carries `imp_uid`; `body()`
/// leaves it out.
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(deserialize)]
#[serde(deny_unknown_fields)]
pub struct DepositPoint {
    /// `imp_uid` (path): the payment.
    imp_uid: ImpUid,
}

impl Endpoint for DepositPoint {
    const METHOD: Method = Method::Post;
    type Response = Done;
    fn path(&self) -> String {
        payment_path(&self.imp_uid, "point")
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body_without(self, &["imp_uid"])
    }
}

/// `POST /payments/{imp_uid}/naver/confirm` (`naverConfirmPayment`):
/// 에스크로 주문 확정, confirm the purchase of a `naverpay` (결제형) escrow
/// payment. The answer carries nothing ([`Done`]).
///
/// Serialized on its own (and parsed), it carries `imp_uid` with the
/// body's fields; `body()` leaves it out.
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfirmPayment {
    /// `imp_uid` (path): the payment.
    imp_uid: ImpUid,
    /// `requester`: 구매확정 요청자, `admin` (the merchant's admin, the
    /// default) or `customer` (the buyer).
    #[serde(skip_serializing_if = "Option::is_none")]
    requester: Option<CancelRequester>,
}

impl Endpoint for ConfirmPayment {
    const METHOD: Method = Method::Post;
    type Response = Done;
    fn path(&self) -> String {
        payment_path(&self.imp_uid, "confirm")
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body_without(self, &["imp_uid"])
    }
}

/// `GET /payments/{imp_uid}/naver/product-orders` (`getProductOrders`):
/// 포트원 거래고유번호 기준 상품주문 조회, every product order of a
/// `naverco` payment.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(derive(Clone, Debug), getters)]
pub struct GetProductOrders {
    /// `imp_uid` (path): the payment.
    imp_uid: ImpUid,
}

impl Endpoint for GetProductOrders {
    const METHOD: Method = Method::Get;
    type Response = Vec<ProductOrder>;
    fn path(&self) -> String {
        payment_path(&self.imp_uid, "product-orders")
    }
}

/// `GET /naver/product-orders/{product_order_id}` (`getProductOrderSingle`):
/// 상품주문번호로 상품주문 상세 조회, one product order.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(derive(Clone, Debug), getters)]
pub struct GetProductOrder {
    /// `product_order_id` (path): the product order.
    product_order_id: ProductOrderId,
}

impl Endpoint for GetProductOrder {
    const METHOD: Method = Method::Get;
    type Response = ProductOrder;
    fn path(&self) -> String {
        let mut p = RequestPath::new("/naver/product-orders");
        p.segment(self.product_order_id.as_str());
        p.finish()
    }
}

/// `GET /naver/reviews` (`getReviews`): 네이버페이 구매평 조회, the reviews
/// written in a time range. `from`, `to` and `review_type` go into the
/// query; `channel_key` is a body field (`in: formData`) of this `GET`, as
/// the OpenAPI declares it, so `body()` carries it. `build()` fails when
/// `from` is after `to`.
///
/// Serialized on its own (and parsed), it carries the query's fields with
/// `channel_key`; `body()` holds `channel_key` only.
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize)]
#[serde(deny_unknown_fields)]
pub struct GetReviews {
    /// `channel_key`: the channel of the `naverco` contract to ask with.
    channel_key: ChannelKey,
    /// `from` (query): 조회기간 시작.
    from: Timestamp,
    /// `to` (query): 조회기간 종료.
    to: Timestamp,
    /// `review_type` (query): 구매평 유형.
    review_type: ReviewType,
}

#[diagnostic::do_not_recommend]
impl Validate for GetReviews {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        range_rule(("from", Some(self.from)), ("to", Some(self.to)))
    }
}

impl Endpoint for GetReviews {
    const METHOD: Method = Method::Get;
    type Response = Vec<Review>;
    fn path(&self) -> String {
        let mut p = RequestPath::new("/naver/reviews");
        p.param("from", self.from);
        p.param("to", self.to);
        p.param("review_type", self.review_type);
        p.finish()
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body_without(self, &["from", "to", "review_type"])
    }
}

/// `GET /payments/{imp_uid}/naver/cash-amount` (`queryCashAmount`):
/// 현금영수증 발급 가용액 조회, what a cash receipt can still be issued for
/// on a `naverpay` (결제형) payment.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(derive(Clone, Debug), getters)]
pub struct QueryCashAmount {
    /// `imp_uid` (path): the payment.
    imp_uid: ImpUid,
}

impl Endpoint for QueryCashAmount {
    const METHOD: Method = Method::Get;
    type Response = CashAmount;
    fn path(&self) -> String {
        payment_path(&self.imp_uid, "cash-amount")
    }
}

open_enum! {
    /// `product_order_status`: 상품주문상태. A status this version does not
    /// know parses as `Other` with its text.
    pub enum ProductOrderStatus {
        /// 입금 대기.
        PaymentWaiting = "PAYMENT_WAITING",
        /// 결제 완료 (`PAYED`, so spelt by the API).
        Payed = "PAYED",
        /// 배송 중.
        Delivering = "DELIVERING",
        /// 배송 완료.
        Delivered = "DELIVERED",
        /// 구매 확정.
        PurchaseDecided = "PURCHASE_DECIDED",
        /// 교환 완료.
        Exchanged = "EXCHANGED",
        /// 취소 완료.
        Canceled = "CANCELED",
        /// 반품 완료.
        Returned = "RETURNED",
        /// 미입금 취소.
        CanceledByNoPayment = "CANCELED_BY_NOPAYMENT",
    }
}

open_enum! {
    /// `claim_type`: 클레임 타입, what the buyer or the seller asked for.
    /// A type this version does not know parses as `Other` with its text.
    pub enum ClaimType {
        /// 취소.
        Cancel = "CANCEL",
        /// 반품.
        Return = "RETURN",
        /// 교환.
        Exchange = "EXCHANGE",
        /// 구매 확정 보류.
        PurchaseDecisionHoldback = "PURCHASE_DECISION_HOLDBACK",
        /// 직권 취소.
        AdminCancel = "ADMIN_CANCEL",
    }
}

open_enum! {
    /// `claim_status`: 클레임 처리 상태, the states of every [`ClaimType`]
    /// in one list (`COLLECTING` and `COLLECT_DONE` serve returns and
    /// exchanges). A state this version does not know parses as `Other`
    /// with its text.
    pub enum ClaimStatus {
        /// 취소 요청.
        CancelRequest = "CANCEL_REQUEST",
        /// 취소 처리 중.
        Canceling = "CANCELING",
        /// 취소 처리 완료.
        CancelDone = "CANCEL_DONE",
        /// 취소 철회.
        CancelReject = "CANCEL_REJECT",
        /// 반품 요청.
        ReturnRequest = "RETURN_REQUEST",
        /// 수거 처리 중 (a return or an exchange).
        Collecting = "COLLECTING",
        /// 수거 완료 (a return or an exchange).
        CollectDone = "COLLECT_DONE",
        /// 반품 완료.
        ReturnDone = "RETURN_DONE",
        /// 반품 철회.
        ReturnReject = "RETURN_REJECT",
        /// 교환 요청.
        ExchangeRequest = "EXCHANGE_REQUEST",
        /// 교환 재배송 중.
        ExchangeRedelivering = "EXCHANGE_REDELIVERING",
        /// 교환 완료.
        ExchangeDone = "EXCHANGE_DONE",
        /// 교환 거부.
        ExchangeReject = "EXCHANGE_REJECT",
        /// 구매 확정 보류.
        PurchaseDecisionHoldback = "PURCHASE_DECISION_HOLDBACK",
        /// 구매 확정 보류 재배송 중.
        PurchaseDecisionHoldbackRedelivering = "PURCHASE_DECISION_HOLDBACK_REDELIVERING",
        /// 구매 확정 요청.
        PurchaseDecisionRequest = "PURCHASE_DECISION_REQUEST",
        /// 구매 확정 보류 해제.
        PurchaseDecisionHoldbackRelease = "PURCHASE_DECISION_HOLDBACK_RELEASE",
        /// 직권 취소 중.
        AdminCanceling = "ADMIN_CANCELING",
        /// 직권 취소 완료.
        AdminCancelDone = "ADMIN_CANCEL_DONE",
    }
}

/// One product order (OpenAPI `NaverProductOrderAnnotation`). `Debug`
/// does not show `shipping_memo` or `individual_code`, and
/// [`Orderer`] and [`ShippingAddress`] hide their own personal data.
#[derive(Clone, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct ProductOrder {
    /// 상품주문번호.
    pub product_order_id: String,
    /// 상품주문상태.
    pub product_order_status: ProductOrderStatus,
    /// 클레임 타입 (취소/교환/환불 등), when there is a claim.
    #[serde(default)]
    pub claim_type: Option<ClaimType>,
    /// 클레임 처리 상태, when there is a claim.
    #[serde(default)]
    pub claim_status: Option<ClaimStatus>,
    /// 상품 고유번호.
    pub product_id: String,
    /// 상품명.
    pub product_name: String,
    /// 상품옵션 고유번호.
    pub product_option_id: String,
    /// 상품옵션명.
    pub product_option_name: String,
    /// 개별상품 주문금액.
    #[serde(default)]
    pub product_amount: Option<Amount>,
    /// 개별상품 배송비.
    #[serde(default)]
    pub delivery_amount: Option<Amount>,
    /// 상품 수량.
    pub quantity: u32,
    /// 주문자 정보.
    #[serde(default)]
    pub orderer: Option<Orderer>,
    /// 배송주소 정보.
    #[serde(default)]
    pub shipping_address: Option<ShippingAddress>,
    /// 배송메모 (the buyer's note to the courier; not in `Debug`).
    #[serde(default)]
    pub shipping_memo: Option<String>,
    /// 배송기한.
    #[serde(default, deserialize_with = "zero_is_none")]
    pub shipping_due: Option<Timestamp>,
    /// 개인통관고유부호 (the buyer's personal customs code; not in `Debug`).
    #[serde(default)]
    pub individual_code: Option<String>,
}

object_only!(ProductOrder);

// By hand, so that the memo and the customs code are not shown. Every
// field is named, so a new field is a compile error here.
impl fmt::Debug for ProductOrder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ProductOrder {
            product_order_id,
            product_order_status,
            claim_type,
            claim_status,
            product_id,
            product_name,
            product_option_id,
            product_option_name,
            product_amount,
            delivery_amount,
            quantity,
            orderer,
            shipping_address,
            shipping_memo,
            shipping_due,
            individual_code,
        } = self;
        f.debug_struct("ProductOrder")
            .field("product_order_id", product_order_id)
            .field("product_order_status", product_order_status)
            .field("claim_type", claim_type)
            .field("claim_status", claim_status)
            .field("product_id", product_id)
            .field("product_name", product_name)
            .field("product_option_id", product_option_id)
            .field("product_option_name", product_option_name)
            .field("product_amount", product_amount)
            .field("delivery_amount", delivery_amount)
            .field("quantity", quantity)
            .field("orderer", orderer)
            .field("shipping_address", shipping_address)
            .field("shipping_memo", &Redacted::of(shipping_memo.as_ref()))
            .field("shipping_due", shipping_due)
            .field("individual_code", &Redacted::of(individual_code.as_ref()))
            .finish()
    }
}

/// Who ordered (OpenAPI `NaverOrderer`). `Debug` shows only the masked
/// Naver id.
#[derive(Clone, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct Orderer {
    /// 주문자 이름 (not in `Debug`).
    pub name: String,
    /// 주문자의 마스킹된 네이버 아이디.
    pub id: String,
    /// 주문자 연락처 (not in `Debug`).
    pub tel: String,
}

object_only!(Orderer);

impl fmt::Debug for Orderer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Orderer {
            name: _,
            id,
            tel: _,
        } = self;
        f.debug_struct("Orderer")
            .field("name", &"<redacted>")
            .field("id", id)
            .field("tel", &"<redacted>")
            .finish()
    }
}

/// Where a product order goes (OpenAPI `NaverAddress`). `Debug` shows
/// none of it.
#[derive(Clone, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct ShippingAddress {
    /// 기본 주소.
    pub base: String,
    /// 상세 주소.
    #[serde(default)]
    pub detail: Option<String>,
    /// 우편번호.
    pub postcode: String,
    /// 연락처1.
    pub tel1: String,
    /// 연락처2.
    #[serde(default)]
    pub tel2: Option<String>,
    /// 수취인 성함.
    pub name: String,
}

object_only!(ShippingAddress);

impl fmt::Debug for ShippingAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ShippingAddress {
            base: _,
            detail,
            postcode: _,
            tel1: _,
            tel2,
            name: _,
        } = self;
        f.debug_struct("ShippingAddress")
            .field("base", &"<redacted>")
            .field("detail", &Redacted::of(detail.as_ref()))
            .field("postcode", &"<redacted>")
            .field("tel1", &"<redacted>")
            .field("tel2", &Redacted::of(tel2.as_ref()))
            .field("name", &"<redacted>")
            .finish()
    }
}

/// One review (OpenAPI `NaverReviewAnnotation`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct Review {
    /// 구매평 고유 ID.
    pub review_id: String,
    /// 구매만족도, as the API writes it (a string; the OpenAPI gives
    /// 1 to 5 in one place, 0 to 2 for a general review and 10 to 13 for a
    /// premium one in another).
    pub score: String,
    /// 일반 구매평 내용 또는 프리미엄 구매평 제목.
    pub title: String,
    /// 프리미엄 구매평 내용 (none for a general review).
    #[serde(default)]
    pub content: Option<String>,
    /// 상품주문번호.
    pub product_order_id: String,
    /// 상품 고유번호.
    pub product_id: String,
    /// 상품명.
    pub product_name: String,
    /// 상품옵션명.
    #[serde(default)]
    pub product_option_name: Option<String>,
    /// 구매평 작성자 아이디 (encrypted by Naver).
    pub writer: String,
    /// 작성시각.
    pub created_at: Timestamp,
    /// 수정시각.
    #[serde(default, deserialize_with = "zero_is_none")]
    pub modified_at: Option<Timestamp>,
}

object_only!(Review);

/// What a cash receipt can still be issued for (OpenAPI
/// `NaverCashAmountAnnotation`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct CashAmount {
    /// 현금영수증 발급가능 총액.
    pub amount_total: Amount,
    /// 그중 Npoint 에 의한 금액.
    pub amount_by_npoint: Amount,
    /// 그중 메인 결제수단(신용카드, 계좌이체 등)에 의한 금액.
    pub amount_by_primary: Amount,
    /// 그중 공급가액.
    pub amount_supply: Amount,
    /// 그중 부가세.
    pub amount_vat: Amount,
}

object_only!(CashAmount);
