//! Shipping of an escrow payment: register, look up and edit the delivery
//! (courier, invoice number, sender, receiver, goods) that PortOne passes
//! on to the PG, which releases the money once the buyer confirms.
//!
//! Source of every field: the official V1 OpenAPI (`/escrows/logis/{imp_uid}`,
//! `EscrowLogisSenderAnnotation`, `EscrowLogisReceiverAnnotation`,
//! `EscrowLogisInfoAnnotation`, `EscrowLogisProductsAnnotation`,
//! `EscrowLogisAnnotation`). The body is "2-depth" JSON: `sender`,
//! `receiver` and `logis` are objects, `products` an array of objects. Which
//! of the sender's and receiver's fields a PG needs differs per PG, so
//! they are all optional here, as in the OpenAPI.
//!
//! Needs the cargo feature `escrow` (or `all-operations`).

use serde::{Deserialize, Serialize};

use super::{Endpoint, Method, RequestPath, json_body_without};
use crate::json::object_only;
use crate::value::{Amount, CalendarDate, Currency, ImpUid, InvalidValue, Timestamp};
use crate::{Builder, Validate};

/// `formed_address` of a sender or receiver: the address in two lines
/// (required for `smartro_v2`, which reads it instead of `addr`).
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(deserialize)]
#[serde(deny_unknown_fields)]
pub struct EscrowAddress {
    /// `address_line_1`: 지번주소 또는 도로명 주소 (the street address).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    address_line_1: Option<String>,
    /// `address_line_2`: 상세주소 (flat, building).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    address_line_2: Option<String>,
}

/// `sender` (OpenAPI `EscrowLogisSenderAnnotation`): who ships. `name`,
/// `tel`, `postcode` are required by `html5_inicis` and `smartro_v2`,
/// `addr` by `html5_inicis`, `relationship` by daou, `formed_address` by
/// `smartro_v2`.
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(deserialize)]
#[serde(deny_unknown_fields)]
pub struct EscrowSender {
    /// `name`: 보내는 분 성함.
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    /// `tel`: 보내는 분 전화번호.
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    tel: Option<String>,
    /// `addr`: 보내는 분 주소.
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    addr: Option<String>,
    /// `postcode`: 보내는 분 우편번호.
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    postcode: Option<String>,
    /// `relationship`: 보내는 분과의 관계 (such as `본인`).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    relationship: Option<String>,
    /// `formed_address`: the address in two lines (`smartro_v2`).
    #[serde(skip_serializing_if = "Option::is_none")]
    formed_address: Option<EscrowAddress>,
}

/// `receiver` (OpenAPI `EscrowLogisReceiverAnnotation`): who receives.
/// `name`, `tel`, `postcode` are required by `html5_inicis` and
/// `smartro_v2`, `addr` by `html5_inicis`, `formed_address` by `smartro_v2`.
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(deserialize)]
#[serde(deny_unknown_fields)]
pub struct EscrowReceiver {
    /// `name`: 받는 분 성함.
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    /// `tel`: 받는 분 전화번호.
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    tel: Option<String>,
    /// `addr`: 받는 분 주소.
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    addr: Option<String>,
    /// `postcode`: 받는 분 우편번호.
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    postcode: Option<String>,
    /// `formed_address`: the address in two lines (`smartro_v2`).
    #[serde(skip_serializing_if = "Option::is_none")]
    formed_address: Option<EscrowAddress>,
}

/// `logis` (OpenAPI `EscrowLogisInfoAnnotation`): the shipment.
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(deserialize)]
#[serde(deny_unknown_fields)]
pub struct EscrowLogisInfo {
    /// `company`: 택배사코드 (the courier's code, from PortOne's code table).
    #[builder(into)]
    company: String,
    /// `invoice`: 송장번호 (the invoice number).
    #[builder(into)]
    invoice: String,
    /// `sent_at`: 발송일시 (when it was sent).
    sent_at: Timestamp,
    /// `receiving_at`: 수령일시, `YYYYMMDD` (required for daou).
    #[serde(skip_serializing_if = "Option::is_none")]
    receiving_at: Option<CalendarDate>,
    /// `address`: 발송주소 (required for daou).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    address: Option<String>,
}

/// One of `products` (OpenAPI `EscrowLogisProductsAnnotation`): goods
/// shipped (the list is required for welcome).
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize)]
#[serde(deny_unknown_fields)]
pub struct EscrowProduct {
    /// `id`: 상품 고유 아이디.
    #[builder(into)]
    id: String,
    /// `name`: 상품 이름.
    #[builder(into)]
    name: String,
    /// `code`: 상품 코드.
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    code: Option<String>,
    /// `amount`: 상품 단위 가격 (the unit price; whole in KRW).
    amount: Amount,
    /// `currency`: 결제통화 (`KRW` when unset).
    #[serde(skip_serializing_if = "Option::is_none")]
    currency: Option<Currency>,
    /// `quantity`: 상품의 수량 (1 when unset).
    #[serde(skip_serializing_if = "Option::is_none")]
    quantity: Option<u32>,
    /// `tag`: 상품의 카테고리 (such as 도서, 가전기기).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    tag: Option<String>,
}

#[diagnostic::do_not_recommend]
impl Validate for EscrowProduct {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        self.currency
            .unwrap_or(Currency::Krw)
            .check_whole("products[].amount", self.amount)
    }
}

/// That `products`, when given, lists something.
fn some_products(products: Option<&Vec<EscrowProduct>>) -> Result<(), InvalidValue> {
    if products.is_some_and(Vec::is_empty) {
        return Err(InvalidValue::new(
            "products",
            "must list at least one product; leave it out otherwise",
        ));
    }
    Ok(())
}

/// The path of the operations on `imp_uid`'s shipping.
fn logis_path(imp_uid: &ImpUid) -> String {
    let mut p = RequestPath::new("/escrows/logis");
    p.segment(imp_uid.as_str());
    p.finish()
}

/// `GET /escrows/logis/{imp_uid}`: 배송정보 단건조회, the shipping
/// registered for an escrow payment.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(derive(Clone, Debug), getters)]
pub struct GetEscrowLogis {
    /// `imp_uid` (path): the escrow payment.
    imp_uid: ImpUid,
}

impl Endpoint for GetEscrowLogis {
    const METHOD: Method = Method::Get;
    type Response = EscrowLogis;
    fn path(&self) -> String {
        logis_path(&self.imp_uid)
    }
}

/// `POST /escrows/logis/{imp_uid}`: 배송정보 단건등록, register the
/// shipping of an escrow payment.
///
/// Serialized on its own (and parsed), it carries `imp_uid` with the
/// body's fields; `body()` leaves it out.
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegisterEscrowLogis {
    /// `imp_uid` (path): the escrow payment.
    imp_uid: ImpUid,
    /// `sender`: 발신자 정보.
    sender: EscrowSender,
    /// `receiver`: 수신자 정보.
    receiver: EscrowReceiver,
    /// `logis`: 배송정보.
    logis: EscrowLogisInfo,
    /// `products`: 배송 상품 정보 (required for welcome); at least one when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    products: Option<Vec<EscrowProduct>>,
    /// `send_email`: e-mail the buyer when the purchase is confirmed
    /// (`nice_v2`; `true` when unset).
    #[serde(skip_serializing_if = "Option::is_none")]
    send_email: Option<bool>,
}

#[diagnostic::do_not_recommend]
impl Validate for RegisterEscrowLogis {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        some_products(self.products.as_ref())
    }
}

impl Endpoint for RegisterEscrowLogis {
    const METHOD: Method = Method::Post;
    type Response = EscrowLogis;
    fn path(&self) -> String {
        logis_path(&self.imp_uid)
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body_without(self, &["imp_uid"])
    }
}

/// `PUT /escrows/logis/{imp_uid}`: 배송정보 단건수정, edit the shipping
/// registered for an escrow payment (not for `nice_v2`).
///
/// Serialized on its own (and parsed), it carries `imp_uid` with the
/// body's fields; `body()` leaves it out.
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize)]
#[serde(deny_unknown_fields)]
pub struct EditEscrowLogis {
    /// `imp_uid` (path): the escrow payment.
    imp_uid: ImpUid,
    /// `sender`: 발신자 정보.
    sender: EscrowSender,
    /// `receiver`: 수신자 정보.
    receiver: EscrowReceiver,
    /// `logis`: 배송정보.
    logis: EscrowLogisInfo,
    /// `products`: 배송 상품 정보 (required for welcome); at least one when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    products: Option<Vec<EscrowProduct>>,
}

#[diagnostic::do_not_recommend]
impl Validate for EditEscrowLogis {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        some_products(self.products.as_ref())
    }
}

impl Endpoint for EditEscrowLogis {
    const METHOD: Method = Method::Put;
    type Response = EscrowLogis;
    fn path(&self) -> String {
        logis_path(&self.imp_uid)
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body_without(self, &["imp_uid"])
    }
}

/// The shipping registered for an escrow payment (OpenAPI
/// `EscrowLogisAnnotation`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct EscrowLogis {
    /// 택배사코드: the courier's code.
    pub company: String,
    /// 송장번호: the invoice number.
    pub invoice: String,
    /// 발송일시: when it was sent.
    pub sent_at: Timestamp,
    /// 배송정보 등록일시: when the shipping was registered.
    pub applied_at: Timestamp,
}

object_only!(EscrowLogis);
