//! The request bodies, one type per endpoint.

use serde::Serialize;

use super::card::{Birth, CardExpiry, CardNumber, Cvc, Pwd2Digit, Redacted};
use super::json_text::JsonText;
use super::responses::{Charge, IssuedBillingKey, Payment, Prepared, ScheduleResult, Token};
use super::rules::at_most;
use super::{Endpoint, Method, encode_segment};
use crate::string_enum::string_enum;
use crate::value::{
    Amount, ChannelKey, Currency, CustomerUid, Email, HttpUrl, ImpUid, InvalidValue, MerchantUid,
    OrderName, Pg, Timestamp,
};
use crate::{Builder, Validate};

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

fn json_body<T: Serialize>(value: &T) -> Result<Option<String>, serde_json::Error> {
    serde_json::to_string(value).map(Some)
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

/// Defines a charge body (`again`, `onetime`, a schedule entry): the given
/// fields, then the fields the three share, and `shared_checks` for their
/// rules.
macro_rules! charge_body {
    (
        $(#[$meta:meta])*
        pub struct $name:ident { $($own:tt)* }
    ) => {
        $(#[$meta])*
        pub struct $name {
            $($own)*
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

        impl $name {
            /// The rules of the shared fields, for the charge of `amount` in
            /// `currency`: above 0, the amount rules of [`Currency::check_amounts`],
            /// and installments only from 50,000 KRW.
            fn shared_checks(&self, amount: Amount, currency: Option<Currency>) -> Result<(), InvalidValue> {
                if amount.is_zero() {
                    return Err(InvalidValue::new("amount", "must be above 0 for a charge"));
                }
                let currency = currency.unwrap_or(Currency::Krw);
                currency.check_amounts(amount, self.tax_free, self.vat_amount)?;
                installment_rule(self.card_quota, amount, currency)?;
                at_most("buyer_name", self.buyer_name.as_deref(), 16)?;
                at_most("buyer_email", self.buyer_email.as_ref().map(Email::as_str), 64)?;
                at_most("buyer_tel", self.buyer_tel.as_deref(), 16)?;
                at_most("buyer_addr", self.buyer_addr.as_deref(), 128)?;
                at_most("buyer_postcode", self.buyer_postcode.as_deref(), 8)?;
                match self.promotion_id.as_deref() {
                    Some(id) if !id.starts_with("promotion-id-") => {
                        Err(InvalidValue::new("promotion_id", "must start with `promotion-id-`"))
                    }
                    _ => Ok(()),
                }
            }
        }
    };
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

/// `POST /users/getToken`: trade the REST API key and secret for an access
/// token. The secret never appears in `Debug`.
#[derive(Builder, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(deserialize)]
#[serde(deny_unknown_fields)]
pub struct GetToken {
    /// `imp_key`: the REST API key of the console.
    #[builder(into)]
    imp_key: String,
    /// `imp_secret`: the REST API secret. A wrong JSON type for it is an
    /// error that does not repeat it.
    #[builder(into)]
    #[serde(deserialize_with = "crate::json::secret_string")]
    imp_secret: String,
}

impl std::fmt::Debug for GetToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetToken")
            .field("imp_key", &self.imp_key)
            .field("imp_secret", &"<redacted>")
            .finish()
    }
}

impl Endpoint for GetToken {
    const METHOD: Method = Method::Post;
    const NEEDS_TOKEN: bool = false;
    /// Asking for a token again only gives the same or a new token.
    const REPEATABLE: bool = true;
    type Response = Token;
    fn path(&self) -> String {
        "/users/getToken".to_owned()
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body(self)
    }
}

charge_body! {
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
}
}

#[diagnostic::do_not_recommend]
impl Validate for Again {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        self.shared_checks(self.amount, self.currency)?;
        required_name(&self.name)
    }
}

impl Endpoint for Again {
    const METHOD: Method = Method::Post;
    const NEEDS_TOKEN: bool = true;
    type Response = Charge;
    fn path(&self) -> String {
        "/subscribe/payments/again".to_owned()
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body(self)
    }
}

charge_body! {
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
}
}

#[diagnostic::do_not_recommend]
impl Validate for Onetime {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        self.shared_checks(self.amount, self.currency)?;
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
    const NEEDS_TOKEN: bool = true;
    type Response = Charge;
    fn path(&self) -> String {
        "/subscribe/payments/onetime".to_owned()
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body(self)
    }
}

charge_body! {
/// One scheduled charge of [`Schedule`] (OpenAPI `ScheduleAnnotation`).
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
}
}

#[diagnostic::do_not_recommend]
impl Validate for ScheduleEntry {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        self.shared_checks(self.amount, Some(self.currency))?;
        required_name(&self.name)
    }
}

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
            if !seen.insert(entry.merchant_uid.as_str()) {
                return Err(InvalidValue::new(
                    "schedules",
                    format!(
                        "name the `merchant_uid` {} twice; each scheduled charge needs its own",
                        crate::value::quoted(entry.merchant_uid.as_str())
                    ),
                ));
            }
        }
        Ok(())
    }
}

impl Endpoint for Schedule {
    const METHOD: Method = Method::Post;
    const NEEDS_TOKEN: bool = true;
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
    const NEEDS_TOKEN: bool = true;
    type Response = Vec<ScheduleResult>;
    fn path(&self) -> String {
        "/subscribe/payments/unschedule".to_owned()
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body(self)
    }
}

/// `POST /subscribe/customers/{customer_uid}`: issue a billing key from card
/// data (key-in). `customer_uid` goes into the path, percent-encoded, not
/// into the body.
///
/// Serialized on its own (and parsed), it carries `customer_uid` with the
/// body's fields, so that one document holds the whole request; `body()`
/// leaves it out.
#[derive(Builder, Debug, Clone, PartialEq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize, at_most_one(channel = (pg, channel_group_id)))]
#[serde(deny_unknown_fields)]
pub struct IssueBillingKey {
    /// The billing key's id (the path parameter; not in `body()`).
    customer_uid: CustomerUid,
    /// `channel_key` (≤ 55; the OpenAPI marks it required).
    channel_key: ChannelKey,
    /// `pg`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pg: Option<Pg>,
    /// `customer_id` (required for tosspayments).
    #[serde(skip_serializing_if = "Option::is_none")]
    customer_id: Option<String>,
    /// `card_number`.
    card_number: CardNumber,
    /// `expiry`.
    expiry: CardExpiry,
    /// `birth` (required for ksnet).
    #[serde(skip_serializing_if = "Option::is_none")]
    birth: Option<Birth>,
    /// `pwd_2digit` (required for ksnet).
    #[serde(skip_serializing_if = "Option::is_none")]
    pwd_2digit: Option<Pwd2Digit>,
    /// `cvc` (paymentwall).
    #[serde(skip_serializing_if = "Option::is_none")]
    cvc: Option<Cvc>,
    /// `customer_name` (≤ 20).
    #[serde(skip_serializing_if = "Option::is_none")]
    customer_name: Option<String>,
    /// `customer_tel` (≤ 20).
    #[serde(skip_serializing_if = "Option::is_none")]
    customer_tel: Option<String>,
    /// `customer_email` (≤ 200).
    #[serde(skip_serializing_if = "Option::is_none")]
    customer_email: Option<Email>,
    /// `customer_addr` (≤ 200).
    #[serde(skip_serializing_if = "Option::is_none")]
    customer_addr: Option<String>,
    /// `customer_postcode` (≤ 8).
    #[serde(skip_serializing_if = "Option::is_none")]
    customer_postcode: Option<String>,
    /// `channel_group_id`: issue a super billing key for a smart-routing
    /// group; the answer is then [`IssuedBillingKey::Super`].
    #[serde(skip_serializing_if = "Option::is_none")]
    channel_group_id: Option<String>,
}

#[diagnostic::do_not_recommend]
impl Validate for IssueBillingKey {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        at_most("customer_name", self.customer_name.as_deref(), 20)?;
        at_most("customer_tel", self.customer_tel.as_deref(), 20)?;
        at_most(
            "customer_email",
            self.customer_email.as_ref().map(Email::as_str),
            200,
        )?;
        at_most("customer_addr", self.customer_addr.as_deref(), 200)?;
        at_most("customer_postcode", self.customer_postcode.as_deref(), 8)?;
        at_most("channel_group_id", self.channel_group_id.as_deref(), 55)
    }
}

impl Endpoint for IssueBillingKey {
    const METHOD: Method = Method::Post;
    const NEEDS_TOKEN: bool = true;
    type Response = IssuedBillingKey;
    fn path(&self) -> String {
        format!(
            "/subscribe/customers/{}",
            encode_segment(self.customer_uid.as_str())
        )
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        let mut body = serde_json::to_value(self)?;
        if let Some(fields) = body.as_object_mut() {
            fields.remove("customer_uid");
        }
        serde_json::to_string(&body).map(Some)
    }
}

/// `GET /subscribe/customers/{customer_uid}`: look up a billing key.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(derive(Clone, Debug), getters)]
pub struct GetBillingKey {
    /// The billing key's id.
    customer_uid: CustomerUid,
}

impl Endpoint for GetBillingKey {
    const METHOD: Method = Method::Get;
    const NEEDS_TOKEN: bool = true;
    type Response = IssuedBillingKey;
    fn path(&self) -> String {
        format!(
            "/subscribe/customers/{}",
            encode_segment(self.customer_uid.as_str())
        )
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        Ok(None)
    }
}

/// `DELETE /subscribe/customers/{customer_uid}`: revoke a billing key.
/// Registering a new card under a `customer_uid` does not revoke the old
/// key: this call does.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(derive(Clone, Debug), getters)]
pub struct DeleteBillingKey {
    /// The billing key's id.
    customer_uid: CustomerUid,
    /// `reason` (query).
    reason: Option<String>,
    /// `extra[requester]` (query; naverpay only): `customer` or `admin`.
    requester: Option<CancelRequester>,
}

impl Endpoint for DeleteBillingKey {
    const METHOD: Method = Method::Delete;
    const NEEDS_TOKEN: bool = true;
    type Response = IssuedBillingKey;
    fn path(&self) -> String {
        let mut path = format!(
            "/subscribe/customers/{}",
            encode_segment(self.customer_uid.as_str())
        );
        let mut sep = '?';
        if let Some(reason) = &self.reason {
            path.push(sep);
            path.push_str("reason=");
            path.push_str(&encode_segment(reason));
            sep = '&';
        }
        if let Some(requester) = self.requester {
            path.push(sep);
            path.push_str("extra%5Brequester%5D=");
            path.push_str(requester.as_str());
        }
        path
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        Ok(None)
    }
}

/// `POST /payments/prepare`: pre-register the amount of an order, so that a
/// payment of any other amount is refused.
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize)]
#[serde(deny_unknown_fields)]
pub struct PreparePayment {
    /// `merchant_uid`.
    merchant_uid: MerchantUid,
    /// `amount`.
    amount: Amount,
    /// `currency` (`KRW` when unset).
    #[serde(skip_serializing_if = "Option::is_none")]
    currency: Option<Currency>,
}

#[diagnostic::do_not_recommend]
impl Validate for PreparePayment {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        self.currency
            .unwrap_or(Currency::Krw)
            .check_amounts(self.amount, None, None)
    }
}

impl Endpoint for PreparePayment {
    const METHOD: Method = Method::Post;
    const NEEDS_TOKEN: bool = true;
    type Response = Prepared;
    fn path(&self) -> String {
        "/payments/prepare".to_owned()
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body(self)
    }
}

string_enum! {
    /// Who asks for a cancellation or revocation (naverpay `extra.requester`).
    pub enum CancelRequester {
        /// The buyer.
        Customer = "customer",
        /// The merchant's admin (the default).
        Admin = "admin",
    }
}

/// `extra` of a cancellation (naverpay requires `requester`).
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(deserialize)]
#[serde(deny_unknown_fields)]
pub struct CancelExtra {
    /// `requester`.
    requester: CancelRequester,
}

/// `POST /payments/cancel`: cancel a payment, whole or in part. The payment
/// is named by exactly one of `imp_uid` and `merchant_uid` (the OpenAPI
/// takes both and lets `imp_uid` win; this type takes one). The `refund_*`
/// fields refund a virtual-account payment; `Debug` shows only whether
/// each is set.
#[derive(Builder, Clone, PartialEq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize, exactly_one(target = (imp_uid, merchant_uid)))]
#[serde(deny_unknown_fields)]
pub struct CancelPayment {
    /// `imp_uid`: PortOne's payment id.
    #[serde(skip_serializing_if = "Option::is_none")]
    imp_uid: Option<ImpUid>,
    /// `merchant_uid`: the order number.
    #[serde(skip_serializing_if = "Option::is_none")]
    merchant_uid: Option<MerchantUid>,
    /// `amount`: to cancel in part, above 0. Leave it unset to cancel what
    /// remains: PortOne reads 0 as "everything", so 0 is refused.
    #[serde(skip_serializing_if = "Option::is_none")]
    amount: Option<Amount>,
    /// `tax_free`: the tax-free part of the cancelled amount.
    #[serde(skip_serializing_if = "Option::is_none")]
    tax_free: Option<Amount>,
    /// `vat_amount`: the VAT part of the cancelled amount.
    #[serde(skip_serializing_if = "Option::is_none")]
    vat_amount: Option<Amount>,
    /// `checksum`: the cancellable balance the caller expects.
    #[serde(skip_serializing_if = "Option::is_none")]
    checksum: Option<Amount>,
    /// `reason` (required for naverpay).
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<String>,
    /// `refund_holder`: the refund account's holder.
    #[serde(skip_serializing_if = "Option::is_none")]
    refund_holder: Option<String>,
    /// `refund_bank`: the refund bank's code.
    #[serde(skip_serializing_if = "Option::is_none")]
    refund_bank: Option<String>,
    /// `refund_account`: the refund account number.
    #[serde(skip_serializing_if = "Option::is_none")]
    refund_account: Option<String>,
    /// `refund_tel`: the holder's phone (required for smartro).
    #[serde(skip_serializing_if = "Option::is_none")]
    refund_tel: Option<String>,
    /// `retain_promotion`: keep the promotion after a partial cancel.
    #[serde(skip_serializing_if = "Option::is_none")]
    retain_promotion: Option<bool>,
    /// `enable_webhook`: send the cancellation webhook.
    #[serde(skip_serializing_if = "Option::is_none")]
    enable_webhook: Option<bool>,
    /// `extra` (required for naverpay).
    #[serde(skip_serializing_if = "Option::is_none")]
    extra: Option<CancelExtra>,
}

#[diagnostic::do_not_recommend]
impl Validate for CancelPayment {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        if let Some(amount) = self.amount {
            if amount.is_zero() {
                return Err(InvalidValue::new(
                    "amount",
                    "must be above 0 for a partial cancel; PortOne reads 0 as \"cancel everything\", \
                     so leave `amount` out to cancel the whole remaining amount",
                ));
            }
            crate::value::check_parts(amount, self.tax_free, self.vat_amount)?;
        }
        let refund = [&self.refund_holder, &self.refund_bank, &self.refund_account];
        if refund.iter().any(|f| f.is_some()) && !refund.iter().all(|f| f.is_some()) {
            return Err(InvalidValue::new(
                "refund_account",
                "a virtual-account refund needs `refund_holder`, `refund_bank` and `refund_account` together",
            ));
        }
        Ok(())
    }
}

// By hand, so that the refund account (holder, bank, number, phone) is not
// shown. Every field is named, so a new field is a compile error here.
impl std::fmt::Debug for CancelPayment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let CancelPayment {
            imp_uid,
            merchant_uid,
            amount,
            tax_free,
            vat_amount,
            checksum,
            reason,
            refund_holder,
            refund_bank,
            refund_account,
            refund_tel,
            retain_promotion,
            enable_webhook,
            extra,
        } = self;
        f.debug_struct("CancelPayment")
            .field("imp_uid", imp_uid)
            .field("merchant_uid", merchant_uid)
            .field("amount", amount)
            .field("tax_free", tax_free)
            .field("vat_amount", vat_amount)
            .field("checksum", checksum)
            .field("reason", reason)
            .field("refund_holder", &Redacted::of(refund_holder.as_ref()))
            .field("refund_bank", &Redacted::of(refund_bank.as_ref()))
            .field("refund_account", &Redacted::of(refund_account.as_ref()))
            .field("refund_tel", &Redacted::of(refund_tel.as_ref()))
            .field("retain_promotion", retain_promotion)
            .field("enable_webhook", enable_webhook)
            .field("extra", extra)
            .finish()
    }
}

impl Endpoint for CancelPayment {
    const METHOD: Method = Method::Post;
    const NEEDS_TOKEN: bool = true;
    type Response = Payment;
    fn path(&self) -> String {
        "/payments/cancel".to_owned()
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body(self)
    }
}

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
    const NEEDS_TOKEN: bool = true;
    type Response = Payment;
    fn path(&self) -> String {
        let mut path = format!("/payments/{}", encode_segment(self.imp_uid.as_str()));
        if self.include_sandbox {
            path.push_str("?include_sandbox=true");
        }
        path
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        Ok(None)
    }
}

impl super::ChargeRequest for Again {
    fn merchant_uid(&self) -> &MerchantUid {
        &self.merchant_uid
    }
}

impl super::ChargeRequest for Onetime {
    fn merchant_uid(&self) -> &MerchantUid {
        &self.merchant_uid
    }
}
