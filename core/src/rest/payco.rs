//! PAYCO: change the status of a PAYCO order (shipping started, purchase
//! confirmed, cancelled).
//!
//! Source of every field: the official V1 OpenAPI
//! (`POST /payco/orders/status/{imp_uid}` `changeOrderStatus`, and the
//! schemas `PaycoStatusResponse`, `PaycoStatusAnnotation`).
//!
//! Needs the cargo feature `payco` (or `all-operations`).

use serde::{Deserialize, Serialize};

use super::{Endpoint, Method, RequestPath, json_body_without};
use crate::Builder;
use crate::json::object_only;
use crate::string_enum::{open_enum, string_enum};
use crate::value::ImpUid;

string_enum! {
    /// `status` of [`ChangeOrderStatus`]: the status the order's goods move
    /// to.
    pub enum OrderStatus {
        /// 배송시작 (출고지시): shipping started.
        DeliveryStart = "DELIVERY_START",
        /// 구매확정: the purchase is confirmed.
        PurchaseDecision = "PURCHASE_DECISION",
        /// 취소: cancelled.
        Canceled = "CANCELED",
    }
}

open_enum! {
    /// `status` of an [`OrderStatusChanged`]: the status the order moved
    /// to, as PAYCO answers it.
    pub enum ChangedStatus {
        /// 배송시작 (출고지시).
        DeliveryStart = "DELIVERY_START",
        /// 구매확정.
        PurchaseDecision = "PURCHASE_DECISION",
        /// 취소.
        Canceled = "CANCELED",
    }
}

/// `POST /payco/orders/status/{imp_uid}`: (페이코) 주문상태 단건 수정,
/// change the status of the goods of a PAYCO payment.
///
/// Serialized on its own (and parsed), it carries `imp_uid` with the
/// body's fields; `body()` leaves it out.
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChangeOrderStatus {
    /// `imp_uid` (path): the PAYCO payment.
    imp_uid: ImpUid,
    /// `status`: 변경될 주문상태.
    status: OrderStatus,
}

impl Endpoint for ChangeOrderStatus {
    const METHOD: Method = Method::Post;
    type Response = OrderStatusChanged;
    fn path(&self) -> String {
        let mut p = RequestPath::new("/payco/orders/status");
        p.segment(self.imp_uid.as_str());
        p.finish()
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body_without(self, &["imp_uid"])
    }
}

/// The answer of [`ChangeOrderStatus`] (OpenAPI `PaycoStatusAnnotation`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct OrderStatusChanged {
    /// PAYCO 주문변경된 상태.
    pub status: ChangedStatus,
}

object_only!(OrderStatusChanged);
