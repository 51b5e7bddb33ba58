//! Charges of a billing key (`again`), of a card typed in (`onetime`),
//! and the scheduled charge they share their fields with: each type lists
//! its own fields and the shared ones, so that one page shows them all;
//! one function checks the shared ones.
//!
//! Source of every field: the official V1 OpenAPI (`portone-io/developers.portone.io`
//! `src/schema/v1.openapi.json` @ `af926bd2`), `POST /subscribe/payments/again`, `onetime`, `ScheduleAnnotation`.

use super::card::{Birth, CardExpiry, CardNumber, Cvc, Pwd2Digit, Redacted};
use super::rules::at_most;
use super::{Charge, Endpoint, JsonText, Method, json_body};
use crate::string_enum::string_enum;
use crate::value::{
    Amount, ChannelKey, Currency, CustomerUid, Email, HttpUrl, InvalidValue, MerchantUid,
    OrderName, Pg, Timestamp,
};
use crate::{Builder, Validate};
use serde::Serialize;

/// The least KRW amount, in hundredths, that may be paid in installments:
/// 50,000 won. OpenAPI `card_quota` of `again`, `onetime` and
/// `ScheduleAnnotation`: "2 이상의 integer 할부개월수 적용 (결제금액 50,000원
/// 이상 한정, default = 0(일시불))".
const MIN_INSTALLMENT_HUNDREDTHS: u64 = 5_000_000;

/// That `card_quota` of 2 months or more comes with a KRW `amount` of at
/// least 50,000. The OpenAPI states the floor in won only, so other
/// currencies are not checked; 0 and 1 are not installments.
fn installment_rule(
    card_quota: Option<u8>,
    amount: Amount,
    currency: Currency,
) -> Result<(), InvalidValue> {
    match card_quota {
        Some(months)
            if months >= 2
                && currency == Currency::Krw
                && amount.hundredths() < MIN_INSTALLMENT_HUNDREDTHS =>
        {
            Err(InvalidValue::new(
                "card_quota",
                format!("installments need an `amount` of at least 50000 KRW, got {amount}"),
            ))
        }
        _ => Ok(()),
    }
}

string_enum! {
    /// `product_type` (ksnet, `paypal_v2`).
    pub enum ProductType {
        /// Physical goods.
        Real = "real",
        /// Digital goods.
        Digital = "digital",
    }
}

string_enum! {
    /// `cash_receipt_type` (`tosspay_v2`).
    pub enum CashReceiptType {
        /// 소득공제.
        Person = "person",
        /// 지출증빙.
        Company = "company",
        /// 미발행.
        Anonymous = "anonymous",
    }
}

/// The fields of a charge (`again`, `onetime`, a schedule entry) that one
/// set of rules reads: above 0, the amount rules of
/// [`Currency::check_amounts`], installments only from 50,000 KRW, the
/// buyer fields' lengths and the `promotion_id` prefix.
struct SharedFields<'a> {
    amount: Amount,
    currency: Option<Currency>,
    tax_free: Option<Amount>,
    vat_amount: Option<Amount>,
    card_quota: Option<u8>,
    buyer_name: Option<&'a str>,
    buyer_email: Option<&'a Email>,
    buyer_tel: Option<&'a str>,
    buyer_addr: Option<&'a str>,
    buyer_postcode: Option<&'a str>,
    promotion_id: Option<&'a str>,
}

impl SharedFields<'_> {
    /// The rules of the fields a charge shares.
    fn check(&self) -> Result<(), InvalidValue> {
        if self.amount.is_zero() {
            return Err(InvalidValue::new("amount", "must be above 0 for a charge"));
        }
        let currency = self.currency.unwrap_or(Currency::Krw);
        currency.check_amounts(self.amount, self.tax_free, self.vat_amount)?;
        installment_rule(self.card_quota, self.amount, currency)?;
        at_most("buyer_name", self.buyer_name, 16)?;
        at_most("buyer_email", self.buyer_email.map(Email::as_str), 64)?;
        at_most("buyer_tel", self.buyer_tel, 16)?;
        at_most("buyer_addr", self.buyer_addr, 128)?;
        at_most("buyer_postcode", self.buyer_postcode, 8)?;
        match self.promotion_id {
            Some(id) if !id.starts_with("promotion-id-") => Err(InvalidValue::new(
                "promotion_id",
                "must start with `promotion-id-`",
            )),
            _ => Ok(()),
        }
    }
}

/// `extra` of a billing-key payment (OpenAPI `SubscribePaymentExtra`).
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubscribeExtra {
    /// `naverUseCfm`: last day of use, `YYYYMMDD` (naverpay contracts that require it).
    #[serde(rename = "naverUseCfm", skip_serializing_if = "Option::is_none")]
    naver_use_cfm: Option<crate::value::CalendarDate>,
}

/// That a `name` the API requires is not empty.
fn required_name(name: &OrderName) -> Result<(), InvalidValue> {
    if name.as_str().is_empty() {
        return Err(InvalidValue::new(
            "name",
            "must not be empty: the API requires an order name here",
        ));
    }
    Ok(())
}

/// `POST /subscribe/payments/again`: charge a registered billing key.
/// `name` is required (the OpenAPI marks it so; the CHAI guide's curl
/// example leaves it out). `custom_data` and `bypass` are JSON text here.
#[derive(Builder, Debug, Clone, PartialEq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize)]
#[serde(deny_unknown_fields)]
pub struct Again {
    /// `customer_uid`: the billing key's id (≤ 80).
    customer_uid: CustomerUid,
    /// `merchant_uid`: the order number (≤ 40), unique per payment.
    merchant_uid: MerchantUid,
    /// `currency` (`KRW` when unset; required for `paypal_v2`).
    #[serde(skip_serializing_if = "Option::is_none")]
    currency: Option<Currency>,
    /// `amount`: a JSON number.
    amount: Amount,
    /// `name`: the order name (≤ 40).
    name: OrderName,
    /// `product_count` (1 when unset).
    #[serde(skip_serializing_if = "Option::is_none")]
    product_count: Option<u32>,
    /// `cash_receipt_type` (`tosspay_v2`).
    #[serde(skip_serializing_if = "Option::is_none")]
    cash_receipt_type: Option<CashReceiptType>,
    /// `extra`.
    #[serde(skip_serializing_if = "Option::is_none")]
    extra: Option<SubscribeExtra>,
    /// `channel_key` (≤ 55).
    #[serde(skip_serializing_if = "Option::is_none")]
    channel_key: Option<ChannelKey>,
    // The fields below are those `again`, `onetime` and a schedule entry
    // share; `SharedFields` reads them for their one set of rules.
    /// `tax_free`: the tax-free part of `amount`.
    #[serde(skip_serializing_if = "Option::is_none")]
    tax_free: Option<Amount>,
    /// `vat_amount`: the VAT part of `amount`.
    #[serde(skip_serializing_if = "Option::is_none")]
    vat_amount: Option<Amount>,
    /// `buyer_name` (≤ 16).
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_name: Option<String>,
    /// `buyer_email` (≤ 64).
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_email: Option<Email>,
    /// `buyer_tel` (≤ 16).
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_tel: Option<String>,
    /// `buyer_addr` (≤ 128).
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_addr: Option<String>,
    /// `buyer_postcode` (≤ 8).
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_postcode: Option<String>,
    /// `card_quota`: installment months, 0 = lump sum. 2 months or
    /// more only for a KRW `amount` of at least 50,000 (OpenAPI:
    /// "결제금액 50,000원 이상 한정"); below that it is refused.
    #[serde(skip_serializing_if = "Option::is_none")]
    card_quota: Option<u8>,
    /// `interest_free_by_merchant`: the merchant pays the installment
    /// interest (nice, ksnet, `nice_v2`).
    #[serde(skip_serializing_if = "Option::is_none")]
    interest_free_by_merchant: Option<bool>,
    /// `use_card_point`: pay with card points (nice, `smartro_v2`, `nice_v2`).
    #[serde(skip_serializing_if = "Option::is_none")]
    use_card_point: Option<bool>,
    /// `custom_data`: JSON text stored with the payment.
    #[serde(skip_serializing_if = "Option::is_none")]
    custom_data: Option<JsonText>,
    /// `notice_url`: the webhook URL for this payment.
    #[serde(skip_serializing_if = "Option::is_none")]
    notice_url: Option<HttpUrl>,
    /// `browser_ip`: the buyer's IP (required for paymentwall).
    #[serde(skip_serializing_if = "Option::is_none")]
    browser_ip: Option<std::net::IpAddr>,
    /// `product_type` (ksnet, `paypal_v2`).
    #[serde(skip_serializing_if = "Option::is_none")]
    product_type: Option<ProductType>,
    /// `promotion_id`: starts with `promotion-id-`.
    #[serde(skip_serializing_if = "Option::is_none")]
    promotion_id: Option<String>,
    /// `bypass`: PG-specific parameters, JSON text.
    #[serde(skip_serializing_if = "Option::is_none")]
    bypass: Option<JsonText>,
}

impl Again {
    /// The fields whose rules `again`, `onetime` and a schedule entry share.
    fn shared(&self) -> SharedFields<'_> {
        SharedFields {
            amount: self.amount,
            currency: self.currency,
            tax_free: self.tax_free,
            vat_amount: self.vat_amount,
            card_quota: self.card_quota,
            buyer_name: self.buyer_name.as_deref(),
            buyer_email: self.buyer_email.as_ref(),
            buyer_tel: self.buyer_tel.as_deref(),
            buyer_addr: self.buyer_addr.as_deref(),
            buyer_postcode: self.buyer_postcode.as_deref(),
            promotion_id: self.promotion_id.as_deref(),
        }
    }
}

#[diagnostic::do_not_recommend]
impl Validate for Again {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        self.shared().check()?;
        required_name(&self.name)
    }
}

impl Endpoint for Again {
    const METHOD: Method = Method::Post;
    type Response = Charge;
    fn path(&self) -> String {
        "/subscribe/payments/again".to_owned()
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body(self)
    }
}

impl super::ChargeRequest for Again {
    fn merchant_uid(&self) -> &MerchantUid {
        &self.merchant_uid
    }
}

/// `POST /subscribe/payments/onetime`: charge a card typed in (key-in),
/// optionally registering it as a billing key (`customer_uid`). `Debug`
/// shows neither the card data nor `secure_3d_token`.
#[derive(Builder, Clone, PartialEq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize, at_most_one(channel = (pg, channel_group_id)))]
#[serde(deny_unknown_fields)]
pub struct Onetime {
    /// `merchant_uid` (≤ 40).
    merchant_uid: MerchantUid,
    /// `currency`.
    #[serde(skip_serializing_if = "Option::is_none")]
    currency: Option<Currency>,
    /// `amount`.
    amount: Amount,
    /// `card_number`.
    card_number: CardNumber,
    /// `expiry`.
    expiry: CardExpiry,
    /// `birth`.
    #[serde(skip_serializing_if = "Option::is_none")]
    birth: Option<Birth>,
    /// `pwd_2digit`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pwd_2digit: Option<Pwd2Digit>,
    /// `cvc` (paymentwall).
    #[serde(skip_serializing_if = "Option::is_none")]
    cvc: Option<Cvc>,
    /// `customer_uid`: also register the card under this id.
    #[serde(skip_serializing_if = "Option::is_none")]
    customer_uid: Option<CustomerUid>,
    /// `pg`: `code` or `code.MID` among several API PG settings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pg: Option<Pg>,
    /// `channelGroupId`: smart-routing group (then `pg` is ignored).
    #[serde(rename = "channelGroupId", skip_serializing_if = "Option::is_none")]
    channel_group_id: Option<String>,
    /// `name` (≤ 40; required for `html5_inicis`).
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<OrderName>,
    /// `secure_3d_charge_id` (paymentwall).
    #[serde(skip_serializing_if = "Option::is_none")]
    secure_3d_charge_id: Option<String>,
    /// `secure_3d_token` (paymentwall).
    #[serde(skip_serializing_if = "Option::is_none")]
    secure_3d_token: Option<String>,
    // The fields below are those `again`, `onetime` and a schedule entry
    // share; `SharedFields` reads them for their one set of rules.
    /// `tax_free`: the tax-free part of `amount`.
    #[serde(skip_serializing_if = "Option::is_none")]
    tax_free: Option<Amount>,
    /// `vat_amount`: the VAT part of `amount`.
    #[serde(skip_serializing_if = "Option::is_none")]
    vat_amount: Option<Amount>,
    /// `buyer_name` (≤ 16).
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_name: Option<String>,
    /// `buyer_email` (≤ 64).
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_email: Option<Email>,
    /// `buyer_tel` (≤ 16).
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_tel: Option<String>,
    /// `buyer_addr` (≤ 128).
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_addr: Option<String>,
    /// `buyer_postcode` (≤ 8).
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_postcode: Option<String>,
    /// `card_quota`: installment months, 0 = lump sum. 2 months or
    /// more only for a KRW `amount` of at least 50,000 (OpenAPI:
    /// "결제금액 50,000원 이상 한정"); below that it is refused.
    #[serde(skip_serializing_if = "Option::is_none")]
    card_quota: Option<u8>,
    /// `interest_free_by_merchant`: the merchant pays the installment
    /// interest (nice, ksnet, `nice_v2`).
    #[serde(skip_serializing_if = "Option::is_none")]
    interest_free_by_merchant: Option<bool>,
    /// `use_card_point`: pay with card points (nice, `smartro_v2`, `nice_v2`).
    #[serde(skip_serializing_if = "Option::is_none")]
    use_card_point: Option<bool>,
    /// `custom_data`: JSON text stored with the payment.
    #[serde(skip_serializing_if = "Option::is_none")]
    custom_data: Option<JsonText>,
    /// `notice_url`: the webhook URL for this payment.
    #[serde(skip_serializing_if = "Option::is_none")]
    notice_url: Option<HttpUrl>,
    /// `browser_ip`: the buyer's IP (required for paymentwall).
    #[serde(skip_serializing_if = "Option::is_none")]
    browser_ip: Option<std::net::IpAddr>,
    /// `product_type` (ksnet, `paypal_v2`).
    #[serde(skip_serializing_if = "Option::is_none")]
    product_type: Option<ProductType>,
    /// `promotion_id`: starts with `promotion-id-`.
    #[serde(skip_serializing_if = "Option::is_none")]
    promotion_id: Option<String>,
    /// `bypass`: PG-specific parameters, JSON text.
    #[serde(skip_serializing_if = "Option::is_none")]
    bypass: Option<JsonText>,
}

impl Onetime {
    /// The fields whose rules `again`, `onetime` and a schedule entry share.
    fn shared(&self) -> SharedFields<'_> {
        SharedFields {
            amount: self.amount,
            currency: self.currency,
            tax_free: self.tax_free,
            vat_amount: self.vat_amount,
            card_quota: self.card_quota,
            buyer_name: self.buyer_name.as_deref(),
            buyer_email: self.buyer_email.as_ref(),
            buyer_tel: self.buyer_tel.as_deref(),
            buyer_addr: self.buyer_addr.as_deref(),
            buyer_postcode: self.buyer_postcode.as_deref(),
            promotion_id: self.promotion_id.as_deref(),
        }
    }
}

#[diagnostic::do_not_recommend]
impl Validate for Onetime {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        self.shared().check()?;
        at_most(
            "pg",
            self.pg.as_ref().map(ToString::to_string).as_deref(),
            80,
        )?;
        at_most("channelGroupId", self.channel_group_id.as_deref(), 55)
    }
}

// By hand, so that `secure_3d_token` is not shown (the card data redacts
// itself). Every field is named, so a new field is a compile error here.
impl std::fmt::Debug for Onetime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let Onetime {
            merchant_uid,
            currency,
            amount,
            card_number,
            expiry,
            birth,
            pwd_2digit,
            cvc,
            customer_uid,
            pg,
            channel_group_id,
            name,
            secure_3d_charge_id,
            secure_3d_token,
            tax_free,
            vat_amount,
            buyer_name,
            buyer_email,
            buyer_tel,
            buyer_addr,
            buyer_postcode,
            card_quota,
            interest_free_by_merchant,
            use_card_point,
            custom_data,
            notice_url,
            browser_ip,
            product_type,
            promotion_id,
            bypass,
        } = self;
        f.debug_struct("Onetime")
            .field("merchant_uid", merchant_uid)
            .field("currency", currency)
            .field("amount", amount)
            .field("card_number", card_number)
            .field("expiry", expiry)
            .field("birth", birth)
            .field("pwd_2digit", pwd_2digit)
            .field("cvc", cvc)
            .field("customer_uid", customer_uid)
            .field("pg", pg)
            .field("channel_group_id", channel_group_id)
            .field("name", name)
            .field("secure_3d_charge_id", secure_3d_charge_id)
            .field("secure_3d_token", &Redacted::of(secure_3d_token.as_ref()))
            .field("tax_free", tax_free)
            .field("vat_amount", vat_amount)
            .field("buyer_name", buyer_name)
            .field("buyer_email", buyer_email)
            .field("buyer_tel", buyer_tel)
            .field("buyer_addr", buyer_addr)
            .field("buyer_postcode", buyer_postcode)
            .field("card_quota", card_quota)
            .field("interest_free_by_merchant", interest_free_by_merchant)
            .field("use_card_point", use_card_point)
            .field("custom_data", custom_data)
            .field("notice_url", notice_url)
            .field("browser_ip", browser_ip)
            .field("product_type", product_type)
            .field("promotion_id", promotion_id)
            .field("bypass", bypass)
            .finish()
    }
}

impl Endpoint for Onetime {
    const METHOD: Method = Method::Post;
    type Response = Charge;
    fn path(&self) -> String {
        "/subscribe/payments/onetime".to_owned()
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body(self)
    }
}

impl super::ChargeRequest for Onetime {
    fn merchant_uid(&self) -> &MerchantUid {
        &self.merchant_uid
    }
}

/// One scheduled charge of [`Schedule`](super::Schedule) (OpenAPI `ScheduleAnnotation`).
/// `schedule_at` is a [`Timestamp`], written in Unix seconds.
#[derive(Builder, Debug, Clone, PartialEq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScheduleEntry {
    /// `merchant_uid` of the charge.
    merchant_uid: MerchantUid,
    /// `schedule_at`: when to charge, Unix seconds.
    schedule_at: Timestamp,
    /// `currency` (the OpenAPI lists it as required, with default `KRW`).
    #[builder(default = Currency::Krw)]
    currency: Currency,
    /// `amount`.
    amount: Amount,
    /// `name` (≤ 40).
    name: OrderName,
    /// `cash_receipt_type`.
    #[serde(skip_serializing_if = "Option::is_none")]
    cash_receipt_type: Option<CashReceiptType>,
    /// `product_count`.
    #[serde(skip_serializing_if = "Option::is_none")]
    product_count: Option<u32>,
    /// `extra`.
    #[serde(skip_serializing_if = "Option::is_none")]
    extra: Option<SubscribeExtra>,
    // The fields below are those `again`, `onetime` and a schedule entry
    // share; `SharedFields` reads them for their one set of rules.
    /// `tax_free`: the tax-free part of `amount`.
    #[serde(skip_serializing_if = "Option::is_none")]
    tax_free: Option<Amount>,
    /// `vat_amount`: the VAT part of `amount`.
    #[serde(skip_serializing_if = "Option::is_none")]
    vat_amount: Option<Amount>,
    /// `buyer_name` (≤ 16).
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_name: Option<String>,
    /// `buyer_email` (≤ 64).
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_email: Option<Email>,
    /// `buyer_tel` (≤ 16).
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_tel: Option<String>,
    /// `buyer_addr` (≤ 128).
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_addr: Option<String>,
    /// `buyer_postcode` (≤ 8).
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_postcode: Option<String>,
    /// `card_quota`: installment months, 0 = lump sum. 2 months or
    /// more only for a KRW `amount` of at least 50,000 (OpenAPI:
    /// "결제금액 50,000원 이상 한정"); below that it is refused.
    #[serde(skip_serializing_if = "Option::is_none")]
    card_quota: Option<u8>,
    /// `interest_free_by_merchant`: the merchant pays the installment
    /// interest (nice, ksnet, `nice_v2`).
    #[serde(skip_serializing_if = "Option::is_none")]
    interest_free_by_merchant: Option<bool>,
    /// `use_card_point`: pay with card points (nice, `smartro_v2`, `nice_v2`).
    #[serde(skip_serializing_if = "Option::is_none")]
    use_card_point: Option<bool>,
    /// `custom_data`: JSON text stored with the payment.
    #[serde(skip_serializing_if = "Option::is_none")]
    custom_data: Option<JsonText>,
    /// `notice_url`: the webhook URL for this payment.
    #[serde(skip_serializing_if = "Option::is_none")]
    notice_url: Option<HttpUrl>,
    /// `browser_ip`: the buyer's IP (required for paymentwall).
    #[serde(skip_serializing_if = "Option::is_none")]
    browser_ip: Option<std::net::IpAddr>,
    /// `product_type` (ksnet, `paypal_v2`).
    #[serde(skip_serializing_if = "Option::is_none")]
    product_type: Option<ProductType>,
    /// `promotion_id`: starts with `promotion-id-`.
    #[serde(skip_serializing_if = "Option::is_none")]
    promotion_id: Option<String>,
    /// `bypass`: PG-specific parameters, JSON text.
    #[serde(skip_serializing_if = "Option::is_none")]
    bypass: Option<JsonText>,
}

impl ScheduleEntry {
    /// The fields whose rules `again`, `onetime` and a schedule entry share.
    fn shared(&self) -> SharedFields<'_> {
        SharedFields {
            amount: self.amount,
            currency: Some(self.currency),
            tax_free: self.tax_free,
            vat_amount: self.vat_amount,
            card_quota: self.card_quota,
            buyer_name: self.buyer_name.as_deref(),
            buyer_email: self.buyer_email.as_ref(),
            buyer_tel: self.buyer_tel.as_deref(),
            buyer_addr: self.buyer_addr.as_deref(),
            buyer_postcode: self.buyer_postcode.as_deref(),
            promotion_id: self.promotion_id.as_deref(),
        }
    }
}

#[diagnostic::do_not_recommend]
impl Validate for ScheduleEntry {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        self.shared().check()?;
        required_name(&self.name)
    }
}
