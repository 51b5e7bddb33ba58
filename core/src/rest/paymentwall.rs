//! Paymentwall: register the delivery of a payment's goods, which
//! Paymentwall requires of physical-goods (e-commerce) merchants before it
//! settles: without it, no settlement.
//!
//! Source of every field: the official V1 OpenAPI
//! (`POST /paymentwall/delivery` `paymentwall_delivery`, and the schemas
//! `PaymentwallDeliveryAnnotation`, `PaymentwallDeliveryDetailAnnotation`).
//! For `physical` goods the tracking number, the carrier and every
//! `shipping_address_*` field are required ("physical 주문인 경우 필수
//! 파라미터"). The receiver's e-mail, name, phone number and address never
//! show in `Debug`.
//!
//! Where the OpenAPI's `maxLength` contradicts its own enum (`status` is
//! "at most 10" but `order_shipped` has 13 characters) or means nothing
//! (64 for the integer `estimated_*_datetime`, for `refundable`'s `yes` and
//! `no`), the enums and types stand and that `maxLength` is not checked.
//!
//! Needs the cargo feature `paymentwall` (or `all-operations`).

use std::fmt;

use serde::{Deserialize, Serialize};

use super::card::Redacted;
use super::rules::{at_most, required_when};
use super::{Endpoint, Method, RequestPath, json_body};
use crate::json::object_only;
use crate::string_enum::string_enum;
use crate::value::{Email, ImpUid, InvalidValue, MerchantUid, Timestamp};
use crate::{Builder, Validate};

string_enum! {
    /// `type` of [`RegisterDelivery`]: 상품구분코드.
    pub enum DeliveryType {
        /// 실물: physical goods, shipped.
        Physical = "physical",
        /// 디지털: digital goods.
        Digital = "digital",
    }
}

string_enum! {
    /// `status` of [`RegisterDelivery`]: 배송 상태코드.
    pub enum DeliveryStatus {
        /// The order is placed.
        OrderPlaced = "order_placed",
        /// The order is shipped.
        OrderShipped = "order_shipped",
        /// On its way.
        Delivering = "delivering",
        /// Delivered.
        Delivered = "delivered",
    }
}

string_enum! {
    /// `refundable` of [`RegisterDelivery`]: 환불가능여부.
    pub enum Refundable {
        /// `yes`.
        Yes = "yes",
        /// `no`.
        No = "no",
    }
}

/// `POST /paymentwall/delivery`: 페이먼트월 배송등록, register the
/// delivery of a Paymentwall payment. `Debug` does not show the
/// receiver's e-mail, name, phone number or address.
#[derive(Builder, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegisterDelivery {
    /// `imp_uid`: the payment.
    imp_uid: ImpUid,
    /// `merchant_uid` (≤ 40): the payment's order number.
    merchant_uid: MerchantUid,
    /// `type`: 상품구분코드.
    #[serde(rename = "type")]
    delivery_type: DeliveryType,
    /// `status`: 배송 상태코드.
    status: DeliveryStatus,
    /// `carrier_tracking_id` (≤ 64): 운송장 번호 (required for `physical`).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    carrier_tracking_id: Option<String>,
    /// `carrier_type` (≤ 64): 운송사 이름 (required for `physical`).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    carrier_type: Option<String>,
    /// `estimated_delivery_datetime`: 도착예상시간 (for `digital`, now will
    /// do).
    estimated_delivery_datetime: Timestamp,
    /// `estimated_update_datetime`: 배송상태 업데이트 예정시간 (for
    /// `digital`, now will do).
    estimated_update_datetime: Timestamp,
    /// `reason` (≤ 64): 사유.
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<String>,
    /// `refundable`: 환불가능여부.
    refundable: Refundable,
    /// `details` (≤ 400): 자세한 사항들.
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    details: Option<String>,
    /// `shipping_address_email` (≤ 50): 수신자 email.
    shipping_address_email: Email,
    /// `shipping_address_country` (≤ 40): 수신자 국가 (required for `physical`).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    shipping_address_country: Option<String>,
    /// `shipping_address_city` (≤ 40): 수신자 시 (required for `physical`).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    shipping_address_city: Option<String>,
    /// `shipping_address_zip` (≤ 40): 수신자 우편번호 (required for `physical`).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    shipping_address_zip: Option<String>,
    /// `shipping_address_state` (≤ 40): 수신자 주, `N/A` outside the US
    /// (required for `physical`).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    shipping_address_state: Option<String>,
    /// `shipping_address_street` (≤ 40): 수신자 거리명 (required for `physical`).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    shipping_address_street: Option<String>,
    /// `shipping_address_phone` (≤ 40): 수신자 전화번호 (required for `physical`).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    shipping_address_phone: Option<String>,
    /// `shipping_address_firstname` (≤ 40): 수신자 이름 (required for `physical`).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    shipping_address_firstname: Option<String>,
    /// `shipping_address_lastname` (≤ 40): 수신자 성 (required for `physical`).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    shipping_address_lastname: Option<String>,
}

#[diagnostic::do_not_recommend]
impl Validate for RegisterDelivery {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        at_most(
            "carrier_tracking_id",
            self.carrier_tracking_id.as_deref(),
            64,
        )?;
        at_most("carrier_type", self.carrier_type.as_deref(), 64)?;
        at_most("reason", self.reason.as_deref(), 64)?;
        at_most("details", self.details.as_deref(), 400)?;
        at_most(
            "shipping_address_email",
            Some(self.shipping_address_email.as_str()),
            50,
        )?;
        let physical = self.delivery_type == DeliveryType::Physical;
        for (what, value) in [
            ("carrier_tracking_id", self.carrier_tracking_id.as_deref()),
            ("carrier_type", self.carrier_type.as_deref()),
        ] {
            required_when(what, value.is_some(), physical, "`type` is `physical`")?;
        }
        for (what, value) in [
            (
                "shipping_address_country",
                self.shipping_address_country.as_deref(),
            ),
            (
                "shipping_address_city",
                self.shipping_address_city.as_deref(),
            ),
            ("shipping_address_zip", self.shipping_address_zip.as_deref()),
            (
                "shipping_address_state",
                self.shipping_address_state.as_deref(),
            ),
            (
                "shipping_address_street",
                self.shipping_address_street.as_deref(),
            ),
            (
                "shipping_address_phone",
                self.shipping_address_phone.as_deref(),
            ),
            (
                "shipping_address_firstname",
                self.shipping_address_firstname.as_deref(),
            ),
            (
                "shipping_address_lastname",
                self.shipping_address_lastname.as_deref(),
            ),
        ] {
            // The message never repeats the address.
            at_most(what, value, 40)?;
            required_when(what, value.is_some(), physical, "`type` is `physical`")?;
        }
        Ok(())
    }
}

// By hand, so that the receiver's data is not shown. Every field is named,
// so a new field is a compile error here.
impl fmt::Debug for RegisterDelivery {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let RegisterDelivery {
            imp_uid,
            merchant_uid,
            delivery_type,
            status,
            carrier_tracking_id,
            carrier_type,
            estimated_delivery_datetime,
            estimated_update_datetime,
            reason,
            refundable,
            details,
            shipping_address_email: _,
            shipping_address_country,
            shipping_address_city,
            shipping_address_zip,
            shipping_address_state,
            shipping_address_street,
            shipping_address_phone,
            shipping_address_firstname,
            shipping_address_lastname,
        } = self;
        f.debug_struct("RegisterDelivery")
            .field("imp_uid", imp_uid)
            .field("merchant_uid", merchant_uid)
            .field("type", delivery_type)
            .field("status", status)
            .field("carrier_tracking_id", carrier_tracking_id)
            .field("carrier_type", carrier_type)
            .field("estimated_delivery_datetime", estimated_delivery_datetime)
            .field("estimated_update_datetime", estimated_update_datetime)
            .field("reason", reason)
            .field("refundable", refundable)
            .field("details", details)
            .field("shipping_address_email", &"<redacted>")
            .field("shipping_address_country", shipping_address_country)
            .field(
                "shipping_address_city",
                &Redacted::of(shipping_address_city.as_ref()),
            )
            .field(
                "shipping_address_zip",
                &Redacted::of(shipping_address_zip.as_ref()),
            )
            .field("shipping_address_state", shipping_address_state)
            .field(
                "shipping_address_street",
                &Redacted::of(shipping_address_street.as_ref()),
            )
            .field(
                "shipping_address_phone",
                &Redacted::of(shipping_address_phone.as_ref()),
            )
            .field(
                "shipping_address_firstname",
                &Redacted::of(shipping_address_firstname.as_ref()),
            )
            .field(
                "shipping_address_lastname",
                &Redacted::of(shipping_address_lastname.as_ref()),
            )
            .finish()
    }
}

impl Endpoint for RegisterDelivery {
    const METHOD: Method = Method::Post;
    type Response = Delivery;
    fn path(&self) -> String {
        RequestPath::new("/paymentwall/delivery").finish()
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body(self)
    }
}

/// The answer of [`RegisterDelivery`] (OpenAPI
/// `PaymentwallDeliveryDetailAnnotation`): Paymentwall's result, an error
/// or, on success, none (the OpenAPI says it then holds `success: 1`, a
/// key its schema does not list and this type does not keep).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct Delivery {
    /// Paymentwall's error code; absent on success.
    #[serde(default)]
    pub error_code: Option<i64>,
    /// The error's message.
    #[serde(default)]
    pub error: Option<String>,
    /// The error's details.
    #[serde(default)]
    pub notices: Vec<String>,
}

object_only!(Delivery);

impl Delivery {
    /// Whether Paymentwall took the delivery: no `error_code`.
    #[must_use]
    pub fn is_accepted(&self) -> bool {
        self.error_code.is_none()
    }
}
