//! Convenience-store payments (galaxia): issue or register the barcode a
//! buyer pays at the counter, and revoke it before it is paid. Each
//! answers the payment.
//!
//! Source of every field: the official V1 OpenAPI (`POST /cvs`,
//! `DELETE /cvs/{imp_uid}`).
//!
//! Needs the cargo feature `cvs` (or `all-operations`).

use serde::Serialize;

use super::rules::{at_most, not_empty, payable};
use super::{Endpoint, JsonText, Method, Payment, RequestPath, json_body};
use crate::value::{
    Amount, ChannelKey, Email, HttpUrl, ImpUid, InvalidValue, MerchantUid, OrderName, Timestamp,
};
use crate::{Builder, Validate};

/// `POST /cvs`: 수납번호 발급, issue (or register the merchant's own) the
/// barcode a buyer shows at a convenience store to pay.
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize)]
#[serde(deny_unknown_fields)]
pub struct IssueCvsPayment {
    /// `channel_key`: the channel to issue it with.
    channel_key: ChannelKey,
    /// `merchant_uid` (≤ 40): an order that has never been paid.
    merchant_uid: MerchantUid,
    /// `amount`: 결제금액, above 0.
    amount: Amount,
    /// `barcode`: the merchant's own barcode number, registered instead of
    /// a new one from galaxia.
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    barcode: Option<String>,
    /// `expired_at`: 결제기한 (the contract's default when unset).
    #[serde(skip_serializing_if = "Option::is_none")]
    expired_at: Option<Timestamp>,
    /// `name` (≤ 40): 주문명.
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<OrderName>,
    /// `buyer_name` (≤ 16).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_name: Option<String>,
    /// `buyer_email` (≤ 64).
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_email: Option<Email>,
    /// `buyer_tel` (≤ 16).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_tel: Option<String>,
    /// `buyer_addr` (≤ 128).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_addr: Option<String>,
    /// `buyer_postcode` (≤ 8).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_postcode: Option<String>,
    /// `confirm_url`: asked (a webhook) whether the barcode may be paid
    /// when the buyer tries; 200 means yes. Always payable when unset.
    #[serde(skip_serializing_if = "Option::is_none")]
    confirm_url: Option<HttpUrl>,
    /// `notice_url`: the webhook URLs for the payment (the console's when
    /// unset); at least one when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    notice_url: Option<Vec<HttpUrl>>,
    /// `custom_data`: JSON text stored with the payment.
    #[serde(skip_serializing_if = "Option::is_none")]
    custom_data: Option<JsonText>,
}

#[diagnostic::do_not_recommend]
impl Validate for IssueCvsPayment {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        payable(self.amount, None, None)?;
        at_most("buyer_name", self.buyer_name.as_deref(), 16)?;
        at_most(
            "buyer_email",
            self.buyer_email.as_ref().map(Email::as_str),
            64,
        )?;
        at_most("buyer_tel", self.buyer_tel.as_deref(), 16)?;
        at_most("buyer_addr", self.buyer_addr.as_deref(), 128)?;
        at_most("buyer_postcode", self.buyer_postcode.as_deref(), 8)?;
        not_empty("notice_url", self.notice_url.as_deref())
    }
}

impl Endpoint for IssueCvsPayment {
    const METHOD: Method = Method::Post;
    type Response = Payment;
    fn path(&self) -> String {
        RequestPath::new("/cvs").finish()
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body(self)
    }
}

/// `DELETE /cvs/{imp_uid}`: 수납취소, revoke a barcode not yet paid (when
/// the goods ran out, say), so that it can't be paid.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(derive(Clone, Debug), getters)]
pub struct RevokeCvsPayment {
    /// `imp_uid` (path): the barcode's payment.
    imp_uid: ImpUid,
}

impl Endpoint for RevokeCvsPayment {
    const METHOD: Method = Method::Delete;
    type Response = Payment;
    fn path(&self) -> String {
        let mut p = RequestPath::new("/cvs");
        p.segment(self.imp_uid.as_str());
        p.finish()
    }
}
