//! Virtual accounts issued by API call: create one (a payment that waits
//! for the buyer's deposit), change its amount or deadline, revoke it
//! before anything is deposited. Each answers the payment.
//!
//! Source of every field: the official V1 OpenAPI (`POST /vbanks`,
//! `PUT /vbanks/{imp_uid}`, `DELETE /vbanks/{imp_uid}`). `pg_api_key`
//! (`html5_inicis`) is a query parameter there, not a body field, and
//! never shows in `Debug`.
//!
//! Needs the cargo feature `vbanks` (or `all-operations`).

use serde::Serialize;

use super::card::Redacted;
use super::rules::{at_most, not_empty, payable};
use super::{Endpoint, JsonText, Method, Payment, ProductType, RequestPath, json_body_without};
use crate::value::{
    Amount, BizNum, ChannelKey, Email, HttpUrl, ImpUid, InvalidValue, MerchantUid, OrderName,
    Timestamp,
};
use crate::{Builder, Validate};

/// `POST /vbanks`: 가상계좌 발급, issue a virtual account for the buyer to
/// pay into (a contract with the PG is needed). `pg_api_key` goes into the
/// query, not the body, and `Debug` shows neither it nor
/// `escrow_password`.
///
/// Serialized on its own (and parsed), it carries `pg_api_key` with the
/// body's fields; `body()` leaves it out. `path()` carries it in its query:
/// log a path without its query (as `iamport::Client` does), never whole.
#[derive(Builder, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize)]
#[serde(deny_unknown_fields)]
pub struct CreateVbank {
    /// `channel_key`: the channel to issue it with.
    channel_key: ChannelKey,
    /// `merchant_uid` (≤ 40): an order that has never been paid.
    merchant_uid: MerchantUid,
    /// `amount`: 입금 예정 금액, above 0.
    amount: Amount,
    /// `product_type` (required for ksnet).
    #[serde(skip_serializing_if = "Option::is_none")]
    product_type: Option<ProductType>,
    /// `vbank_num`: a fixed account number from the PG (`smartro_v2`, settle).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    vbank_num: Option<String>,
    /// `vbank_code`: 은행구분코드 (the bank's code).
    #[builder(into)]
    vbank_code: String,
    /// `vbank_due`: 입금기한 (the deposit deadline).
    vbank_due: Timestamp,
    /// `vbank_holder` (≤ 16): 예금주명 (not for tosspayments, ksnet, welcome).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    vbank_holder: Option<String>,
    /// `vbank_key` (≤ 13): the key of a fixed account (tosspayments).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    vbank_key: Option<String>,
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
    /// `business_registration_number` (10 digits): 주문자 사업자 등록번호 (`nice_v2`).
    #[serde(skip_serializing_if = "Option::is_none")]
    business_registration_number: Option<BizNum>,
    /// `buyer_addr` (≤ 128).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_addr: Option<String>,
    /// `buyer_postcode` (≤ 8).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_postcode: Option<String>,
    /// `notice_url`: the webhook URLs for the deposit (the console's when
    /// unset); at least one when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    notice_url: Option<Vec<HttpUrl>>,
    /// `custom_data`: JSON text stored with the payment.
    #[serde(skip_serializing_if = "Option::is_none")]
    custom_data: Option<JsonText>,
    /// `tax_free`: 면세금액 (nice, `nice_v2`, welcome).
    #[serde(skip_serializing_if = "Option::is_none")]
    tax_free: Option<Amount>,
    /// `vat_amount`: the VAT part of `amount` (nice, `nice_v2`, welcome).
    #[serde(skip_serializing_if = "Option::is_none")]
    vat_amount: Option<Amount>,
    /// `pg_api_key` (query; required for `html5_inicis`): the `INIApi` key.
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pg_api_key: Option<String>,
    /// `product_count`: 결제 상품의 개수 (1 when unset).
    #[serde(skip_serializing_if = "Option::is_none")]
    product_count: Option<u32>,
    /// `escrow_password`: required for a settle fixed account in escrow.
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    escrow_password: Option<String>,
    /// `fixed_unlimited_vbank`: a settle fixed account without limit
    /// (`false` when unset).
    #[serde(skip_serializing_if = "Option::is_none")]
    fixed_unlimited_vbank: Option<bool>,
}

#[diagnostic::do_not_recommend]
impl Validate for CreateVbank {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        payable(self.amount, self.tax_free, self.vat_amount)?;
        at_most("vbank_holder", self.vbank_holder.as_deref(), 16)?;
        at_most("vbank_key", self.vbank_key.as_deref(), 13)?;
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

// By hand, so that `pg_api_key` and `escrow_password` are not shown. Every
// field is named, so a new field is a compile error here.
impl std::fmt::Debug for CreateVbank {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let CreateVbank {
            channel_key,
            merchant_uid,
            amount,
            product_type,
            vbank_num,
            vbank_code,
            vbank_due,
            vbank_holder,
            vbank_key,
            name,
            buyer_name,
            buyer_email,
            buyer_tel,
            business_registration_number,
            buyer_addr,
            buyer_postcode,
            notice_url,
            custom_data,
            tax_free,
            vat_amount,
            pg_api_key,
            product_count,
            escrow_password,
            fixed_unlimited_vbank,
        } = self;
        f.debug_struct("CreateVbank")
            .field("channel_key", channel_key)
            .field("merchant_uid", merchant_uid)
            .field("amount", amount)
            .field("product_type", product_type)
            .field("vbank_num", vbank_num)
            .field("vbank_code", vbank_code)
            .field("vbank_due", vbank_due)
            .field("vbank_holder", vbank_holder)
            .field("vbank_key", vbank_key)
            .field("name", name)
            .field("buyer_name", buyer_name)
            .field("buyer_email", buyer_email)
            .field("buyer_tel", buyer_tel)
            .field("business_registration_number", business_registration_number)
            .field("buyer_addr", buyer_addr)
            .field("buyer_postcode", buyer_postcode)
            .field("notice_url", notice_url)
            .field("custom_data", custom_data)
            .field("tax_free", tax_free)
            .field("vat_amount", vat_amount)
            .field("pg_api_key", &Redacted::of(pg_api_key.as_ref()))
            .field("product_count", product_count)
            .field("escrow_password", &Redacted::of(escrow_password.as_ref()))
            .field("fixed_unlimited_vbank", fixed_unlimited_vbank)
            .finish()
    }
}

impl Endpoint for CreateVbank {
    const METHOD: Method = Method::Post;
    type Response = Payment;
    fn path(&self) -> String {
        let mut p = RequestPath::new("/vbanks");
        p.opt("pg_api_key", self.pg_api_key.as_deref());
        p.finish()
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body_without(self, &["pg_api_key"])
    }
}

/// `PUT /vbanks/{imp_uid}`: 가상계좌 발급정보 수정, change the amount or
/// the deadline of a virtual account not yet paid into (settle only).
///
/// Serialized on its own (and parsed), it carries `imp_uid` with the
/// body's fields; `body()` leaves it out.
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModifyVbank {
    /// `imp_uid` (path): the virtual account's payment.
    imp_uid: ImpUid,
    /// `amount`: 수정할 결제금액, a whole amount above 0.
    #[serde(skip_serializing_if = "Option::is_none")]
    amount: Option<Amount>,
    /// `vbank_due`: 수정할 입금기한 (the new deadline).
    #[serde(skip_serializing_if = "Option::is_none")]
    vbank_due: Option<Timestamp>,
}

#[diagnostic::do_not_recommend]
impl Validate for ModifyVbank {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        if let Some(amount) = self.amount {
            payable(amount, None, None)?;
        }
        if self.amount.is_none() && self.vbank_due.is_none() {
            return Err(InvalidValue::new(
                "amount",
                "or `vbank_due` must be given: there is nothing to change",
            ));
        }
        Ok(())
    }
}

impl Endpoint for ModifyVbank {
    const METHOD: Method = Method::Put;
    type Response = Payment;
    fn path(&self) -> String {
        let mut p = RequestPath::new("/vbanks");
        p.segment(self.imp_uid.as_str());
        p.finish()
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body_without(self, &["imp_uid"])
    }
}

/// `DELETE /vbanks/{imp_uid}`: 가상계좌 발급취소, revoke a virtual account
/// not yet paid into, so that no deposit lands by mistake. `Debug` does
/// not show `pg_api_key`.
#[derive(Builder, Clone, PartialEq, Eq)]
#[builder(derive(Clone, Debug), getters)]
pub struct RevokeVbank {
    /// `imp_uid` (path): the virtual account's payment.
    imp_uid: ImpUid,
    /// `pg_api_key` (query; required for `html5_inicis`): the `INIApi` key,
    /// the one [`CreateVbank`] sent.
    #[builder(into)]
    pg_api_key: Option<String>,
}

impl std::fmt::Debug for RevokeVbank {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let RevokeVbank {
            imp_uid,
            pg_api_key,
        } = self;
        f.debug_struct("RevokeVbank")
            .field("imp_uid", imp_uid)
            .field("pg_api_key", &Redacted::of(pg_api_key.as_ref()))
            .finish()
    }
}

impl Endpoint for RevokeVbank {
    const METHOD: Method = Method::Delete;
    type Response = Payment;
    fn path(&self) -> String {
        let mut p = RequestPath::new("/vbanks");
        p.segment(self.imp_uid.as_str());
        p.opt("pg_api_key", self.pg_api_key.as_deref());
        p.finish()
    }
}
