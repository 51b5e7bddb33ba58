//! Cash receipts (현금영수증): issue, look up and revoke the receipt of a
//! cash-like payment made through PortOne (by `imp_uid`), or of a cash
//! payment made elsewhere (by `merchant_uid`, "external"); and register
//! the sub-merchants' sales on a payment's receipt (`/partners/receipts`).
//!
//! Source of every field: the official V1 OpenAPI (`/receipts/{imp_uid}`,
//! `/receipts/external/{merchant_uid}`, `/partners/receipts/{imp_uid}`,
//! `ReceiptAnnotation`, `ExternalReceiptAnnotation`,
//! `PartnerReceiptsAnnotation`, `PartnerReceiptResultAnnotation`). The
//! receipt's `identifier` (a phone number, a resident or business
//! registration number, a cash-receipt card number) never shows in `Debug`.
//! The deprecated `vat` of `issueReceipt` is left out (and refused): the
//! OpenAPI points to `tax_free` instead.
//!
//! Needs the cargo feature `receipts` (or `all-operations`).

use serde::{Deserialize, Serialize};

use super::rules::not_empty;
use super::{Endpoint, Method, ProductType, RequestPath, json_body_without};
use crate::json::object_only;
use crate::string_enum::{open_enum, string_enum};
use crate::value::{
    Amount, ChannelKey, Currency, Email, ImpUid, InvalidValue, MerchantUid, OrderName, Timestamp,
    zero_is_none,
};
use crate::{Builder, Validate};

string_enum! {
    /// `identifier_type`: what `identifier` is (required for kicc, settle
    /// and `nice_v2`; the other PGs tell it from `identifier`).
    pub enum ReceiptIdentifierType {
        /// 주민등록번호: a resident registration number.
        Person = "person",
        /// 사업자등록번호: a business registration number.
        Business = "business",
        /// 휴대폰번호: a mobile phone number.
        Phone = "phone",
        /// 국세청현금영수증카드: a cash-receipt card of the National Tax Service.
        Taxcard = "taxcard",
    }
}

string_enum! {
    /// `type` of a cash receipt to issue (`person` when unset; required for
    /// `smartro_v2`, `nice_v2`, welcome).
    pub enum ReceiptType {
        /// 소득공제용(개인): for an individual's income deduction.
        Person = "person",
        /// 지출증빙용(법인): as a company's proof of expense.
        Company = "company",
    }
}

string_enum! {
    /// `pay_method` of the cash payment an external receipt is for
    /// (required for welcome).
    pub enum ReceiptPayMethod {
        /// 계좌이체: an account transfer.
        Trans = "trans",
        /// 가상계좌: a virtual account.
        Vbank = "vbank",
    }
}

open_enum! {
    /// `type` of an issued cash receipt, as the API answers it.
    pub enum ReceiptKind {
        /// 개인: for an individual.
        Person = "person",
        /// 사업자: for a business.
        Company = "company",
    }
}

/// That the receipt's `identifier` is given. The message never repeats it.
fn identifier_given(identifier: &str) -> Result<(), InvalidValue> {
    if identifier.trim().is_empty() {
        return Err(InvalidValue::new(
            "identifier",
            "must not be empty: it names whom the receipt is for",
        ));
    }
    Ok(())
}

/// `GET /receipts/{imp_uid}`: 발급내역 단건 조회, the cash receipt issued
/// through PortOne for a payment.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(derive(Clone, Debug), getters)]
pub struct GetReceipt {
    /// `imp_uid` (path): the payment.
    imp_uid: ImpUid,
}

impl Endpoint for GetReceipt {
    const METHOD: Method = Method::Get;
    type Response = Receipt;
    fn path(&self) -> String {
        let mut p = RequestPath::new("/receipts");
        p.segment(self.imp_uid.as_str());
        p.finish()
    }
}

/// `POST /receipts/{imp_uid}`: 현금영수증 단건발급, issue the cash receipt
/// of a cash-like payment (virtual account, account transfer) made through
/// PortOne, with the payment's PG, for what remains of its amount.
/// `Debug` does not show `identifier`.
///
/// Serialized on its own (and parsed), it carries `imp_uid` with the
/// body's fields; `body()` leaves it out.
#[derive(Builder, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize)]
#[serde(deny_unknown_fields)]
pub struct IssueReceipt {
    /// `imp_uid` (path): the payment.
    imp_uid: ImpUid,
    /// `product_type` (required for ksnet).
    #[serde(skip_serializing_if = "Option::is_none")]
    product_type: Option<ProductType>,
    /// `identifier`: 현금영수증 발행대상 식별정보, the cash-receipt card,
    /// phone, resident or business registration number the receipt is for.
    #[builder(into)]
    #[serde(deserialize_with = "crate::json::secret_string")]
    identifier: String,
    /// `identifier_type` (required for kicc, settle, `nice_v2`).
    #[serde(skip_serializing_if = "Option::is_none")]
    identifier_type: Option<ReceiptIdentifierType>,
    /// `type`: 발행 타입 (`person` when unset).
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    receipt_type: Option<ReceiptType>,
    /// `company_tel`: 발행 상점 고객센터 번호 (required for daou).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    company_tel: Option<String>,
    /// `company_name`: 상점 사업자 명 (required for daou).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    company_name: Option<String>,
    /// `corp_reg_no`: 상점 사업자 번호 (required for daou, welcome).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    corp_reg_no: Option<String>,
    /// `buyer_name` (required for ksnet, `smartro_v2`; recommended).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_name: Option<String>,
    /// `buyer_email`.
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_email: Option<Email>,
    /// `buyer_tel` (required for `smartro_v2`, welcome; recommended).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_tel: Option<String>,
    /// `tax_free`: the tax-free part, whole won (0 when unset; 1/11 of the
    /// rest is taken as VAT).
    #[serde(skip_serializing_if = "Option::is_none")]
    tax_free: Option<Amount>,
    /// `vat_amount`: the VAT part, for merchants allowed to set it.
    #[serde(skip_serializing_if = "Option::is_none")]
    vat_amount: Option<Amount>,
}

#[diagnostic::do_not_recommend]
impl Validate for IssueReceipt {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        identifier_given(&self.identifier)?;
        Currency::Krw.check_whole("tax_free", self.tax_free)?;
        Currency::Krw.check_whole("vat_amount", self.vat_amount)
    }
}

// By hand, so that `identifier` is not shown. Every field is named, so a
// new field is a compile error here.
impl std::fmt::Debug for IssueReceipt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let IssueReceipt {
            imp_uid,
            product_type,
            identifier: _,
            identifier_type,
            receipt_type,
            company_tel,
            company_name,
            corp_reg_no,
            buyer_name,
            buyer_email,
            buyer_tel,
            tax_free,
            vat_amount,
        } = self;
        f.debug_struct("IssueReceipt")
            .field("imp_uid", imp_uid)
            .field("product_type", product_type)
            .field("identifier", &"<redacted>")
            .field("identifier_type", identifier_type)
            .field("receipt_type", receipt_type)
            .field("company_tel", company_tel)
            .field("company_name", company_name)
            .field("corp_reg_no", corp_reg_no)
            .field("buyer_name", buyer_name)
            .field("buyer_email", buyer_email)
            .field("buyer_tel", buyer_tel)
            .field("tax_free", tax_free)
            .field("vat_amount", vat_amount)
            .finish()
    }
}

impl Endpoint for IssueReceipt {
    const METHOD: Method = Method::Post;
    type Response = Receipt;
    fn path(&self) -> String {
        let mut p = RequestPath::new("/receipts");
        p.segment(self.imp_uid.as_str());
        p.finish()
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body_without(self, &["imp_uid"])
    }
}

/// `DELETE /receipts/{imp_uid}`: 포트원 발급분 취소, revoke the cash receipt
/// issued through PortOne for a payment.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(derive(Clone, Debug), getters)]
pub struct RevokeReceipt {
    /// `imp_uid` (path): the payment.
    imp_uid: ImpUid,
}

impl Endpoint for RevokeReceipt {
    const METHOD: Method = Method::Delete;
    type Response = Receipt;
    fn path(&self) -> String {
        let mut p = RequestPath::new("/receipts");
        p.segment(self.imp_uid.as_str());
        p.finish()
    }
}

/// The path of the operations on the external receipt of `merchant_uid`.
fn external_path(merchant_uid: &MerchantUid) -> String {
    let mut p = RequestPath::new("/receipts/external");
    p.segment(merchant_uid.as_str());
    p.finish()
}

/// `GET /receipts/external/{merchant_uid}`: 외부 발급내역 단건 조회, the
/// cash receipt issued through PortOne for a cash payment made elsewhere.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(derive(Clone, Debug), getters)]
pub struct GetExternalReceipt {
    /// `merchant_uid` (path): the order the receipt was issued for.
    merchant_uid: MerchantUid,
}

impl Endpoint for GetExternalReceipt {
    const METHOD: Method = Method::Get;
    type Response = ExternalReceipt;
    fn path(&self) -> String {
        external_path(&self.merchant_uid)
    }
}

/// `POST /receipts/external/{merchant_uid}`: 현금영수증 발급(외부), issue,
/// with a PG set up in PortOne, the cash receipt of a cash payment made
/// outside PortOne. `Debug` does not show `identifier`.
///
/// Serialized on its own (and parsed), it carries `merchant_uid` with the
/// body's fields; `body()` leaves it out.
#[derive(Builder, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize)]
#[serde(deny_unknown_fields)]
pub struct IssueExternalReceipt {
    /// `merchant_uid` (path): the cash payment's order number (the same,
    /// so that the two can be matched later; no special characters for
    /// `smartro_v2`).
    merchant_uid: MerchantUid,
    /// `channel_key`: the channel to issue it with.
    channel_key: ChannelKey,
    /// `name`: 현금영수증 발행 주문명 (required, ≤ 40).
    name: OrderName,
    /// `amount`: 현금영수증 발행 금액, whole won above 0.
    amount: Amount,
    /// `product_type` (required for ksnet).
    #[serde(skip_serializing_if = "Option::is_none")]
    product_type: Option<ProductType>,
    /// `identifier`: 현금영수증 발행대상 식별정보, the cash-receipt card,
    /// phone, resident or business registration number the receipt is for.
    #[builder(into)]
    #[serde(deserialize_with = "crate::json::secret_string")]
    identifier: String,
    /// `identifier_type` (required for kicc, settle, `nice_v2`).
    #[serde(skip_serializing_if = "Option::is_none")]
    identifier_type: Option<ReceiptIdentifierType>,
    /// `type`: 발행 타입 (`person` when unset).
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    receipt_type: Option<ReceiptType>,
    /// `buyer_name` (required for ksnet, `smartro_v2`; recommended).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_name: Option<String>,
    /// `buyer_email`.
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_email: Option<Email>,
    /// `buyer_tel` (required for `smartro_v2`, welcome; recommended).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_tel: Option<String>,
    /// `tax_free`: the tax-free part of `amount` (0 when unset).
    #[serde(skip_serializing_if = "Option::is_none")]
    tax_free: Option<Amount>,
    /// `vat_amount`: the VAT part of `amount`, for merchants allowed to set it.
    #[serde(skip_serializing_if = "Option::is_none")]
    vat_amount: Option<Amount>,
    /// `corp_reg_no`: 상점 사업자 번호 (required for welcome).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    corp_reg_no: Option<String>,
    /// `pay_method` (required for welcome).
    #[serde(skip_serializing_if = "Option::is_none")]
    pay_method: Option<ReceiptPayMethod>,
}

#[diagnostic::do_not_recommend]
impl Validate for IssueExternalReceipt {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        if self.name.as_str().is_empty() {
            return Err(InvalidValue::new(
                "name",
                "must not be empty: the API requires an order name here",
            ));
        }
        if self.amount.is_zero() {
            return Err(InvalidValue::new("amount", "must be above 0 for a receipt"));
        }
        Currency::Krw.check_amounts(self.amount, self.tax_free, self.vat_amount)?;
        identifier_given(&self.identifier)
    }
}

// By hand, so that `identifier` is not shown. Every field is named, so a
// new field is a compile error here.
impl std::fmt::Debug for IssueExternalReceipt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let IssueExternalReceipt {
            merchant_uid,
            channel_key,
            name,
            amount,
            product_type,
            identifier: _,
            identifier_type,
            receipt_type,
            buyer_name,
            buyer_email,
            buyer_tel,
            tax_free,
            vat_amount,
            corp_reg_no,
            pay_method,
        } = self;
        f.debug_struct("IssueExternalReceipt")
            .field("merchant_uid", merchant_uid)
            .field("channel_key", channel_key)
            .field("name", name)
            .field("amount", amount)
            .field("product_type", product_type)
            .field("identifier", &"<redacted>")
            .field("identifier_type", identifier_type)
            .field("receipt_type", receipt_type)
            .field("buyer_name", buyer_name)
            .field("buyer_email", buyer_email)
            .field("buyer_tel", buyer_tel)
            .field("tax_free", tax_free)
            .field("vat_amount", vat_amount)
            .field("corp_reg_no", corp_reg_no)
            .field("pay_method", pay_method)
            .finish()
    }
}

impl Endpoint for IssueExternalReceipt {
    const METHOD: Method = Method::Post;
    type Response = ExternalReceipt;
    fn path(&self) -> String {
        external_path(&self.merchant_uid)
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body_without(self, &["merchant_uid"])
    }
}

/// `DELETE /receipts/external/{merchant_uid}`: 외부 발급분 취소, revoke the
/// cash receipt issued through PortOne for a cash payment made elsewhere.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(derive(Clone, Debug), getters)]
pub struct RevokeExternalReceipt {
    /// `merchant_uid` (path): the order the receipt was issued for.
    merchant_uid: MerchantUid,
}

impl Endpoint for RevokeExternalReceipt {
    const METHOD: Method = Method::Delete;
    type Response = ExternalReceipt;
    fn path(&self) -> String {
        external_path(&self.merchant_uid)
    }
}

/// One of `data` of [`IssuePartnerReceipt`] (OpenAPI
/// `PartnerReceiptsAnnotation`): a sub-merchant's part of the sale.
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartnerSale {
    /// `business_registration_number`: 하위 상점 사업자번호, with its
    /// hyphens (`123-45-67890`).
    #[builder(into)]
    business_registration_number: String,
    /// `company_name`: 하위 상점 명.
    #[builder(into)]
    company_name: String,
    /// `amount`: 하위 상점 거래 금액.
    amount: Amount,
    /// `tax_free`: the tax-free part of `amount` (0 when unset).
    #[serde(skip_serializing_if = "Option::is_none")]
    tax_free: Option<Amount>,
    /// `vat_amount`: the VAT part of `amount` (`amount / 11` when unset).
    #[serde(skip_serializing_if = "Option::is_none")]
    vat_amount: Option<Amount>,
}

#[diagnostic::do_not_recommend]
impl Validate for PartnerSale {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        let number = &self.business_registration_number;
        let digits = number.bytes().filter(u8::is_ascii_digit).count();
        if digits != 10 || !number.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
            return Err(InvalidValue::new(
                "business_registration_number",
                "must be the 10 digits of a business registration number, with hyphens (`123-45-67890`)",
            ));
        }
        Currency::Krw.check_amounts(self.amount, self.tax_free, self.vat_amount)
    }
}

/// `POST /partners/receipts/{imp_uid}`: 영수증 내 하위 상점 거래 등록,
/// register the sub-merchants' sales on a payment's receipt
/// (`html5_inicis`, with the `INIApi` key set in the console).
///
/// Serialized on its own (and parsed), it carries `imp_uid` with the
/// body's fields; `body()` leaves it out.
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize)]
#[serde(deny_unknown_fields)]
pub struct IssuePartnerReceipt {
    /// `imp_uid` (path): the payment.
    imp_uid: ImpUid,
    /// `data`: the sub-merchants and their amounts; at least one.
    data: Vec<PartnerSale>,
}

#[diagnostic::do_not_recommend]
impl Validate for IssuePartnerReceipt {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        not_empty("data", Some(self.data.as_slice()))
    }
}

impl Endpoint for IssuePartnerReceipt {
    const METHOD: Method = Method::Post;
    type Response = PartnerReceipt;
    fn path(&self) -> String {
        let mut p = RequestPath::new("/partners/receipts");
        p.segment(self.imp_uid.as_str());
        p.finish()
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body_without(self, &["imp_uid"])
    }
}

/// A cash receipt issued for a payment made through PortOne (OpenAPI
/// `ReceiptAnnotation`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct Receipt {
    /// 포트원 거래고유번호: the payment.
    pub imp_uid: String,
    /// 현금영수증 PG사 발행고유번호: the PG's id of the receipt.
    #[serde(default)]
    pub receipt_tid: Option<String>,
    /// 현금영수증 국세청 발행번호: the National Tax Service's number.
    pub apply_num: String,
    /// 발행대상 타입: for a person or a company.
    #[serde(rename = "type")]
    pub receipt_type: ReceiptKind,
    /// 발행금액: the amount.
    pub amount: Amount,
    /// 발행금액 중 부가세금액: its VAT part.
    pub vat: Amount,
    /// 발행된 현금영수증 URL: the receipt's page.
    #[serde(default)]
    pub receipt_url: Option<String>,
    /// 발행시각: when it was issued.
    pub applied_at: Timestamp,
    /// 발행취소시각: when it was revoked; `None` if it has not been.
    #[serde(default, deserialize_with = "zero_is_none")]
    pub cancelled_at: Option<Timestamp>,
}

/// A cash receipt issued for a cash payment made elsewhere (OpenAPI
/// `ExternalReceiptAnnotation`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct ExternalReceipt {
    /// 고객사 주문번호: the order.
    pub merchant_uid: String,
    /// 현금영수증 PG사 발행고유번호: the PG's id of the receipt.
    #[serde(default)]
    pub receipt_tid: Option<String>,
    /// 현금영수증 국세청 발행번호: the National Tax Service's number.
    pub apply_num: String,
    /// 발행대상 타입: for a person or a company.
    #[serde(rename = "type")]
    pub receipt_type: ReceiptKind,
    /// 발행금액: the amount.
    pub amount: Amount,
    /// 발행금액 중 부가세금액: its VAT part.
    pub vat: Amount,
    /// 발행된 현금영수증 URL: the receipt's page.
    #[serde(default)]
    pub receipt_url: Option<String>,
    /// 발행시각: when it was issued.
    pub applied_at: Timestamp,
    /// 발행취소시각: when it was revoked; `None` if it has not been.
    #[serde(default, deserialize_with = "zero_is_none")]
    pub cancelled_at: Option<Timestamp>,
}

/// What registering sub-merchants' sales answers (OpenAPI
/// `PartnerReceiptResultAnnotation`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct PartnerReceipt {
    /// 매출전표 확인 URL: the sales slip's page.
    #[serde(default)]
    pub receipt_url: Option<String>,
}

object_only!(Receipt);
object_only!(ExternalReceipt);
object_only!(PartnerReceipt);
