//! CHAI profiles: the compiler enforces the CHAI guide's rules.
//!
//! Sources: the CHAI guide this project started from (PortOne V1 docs, "차이
//! 간편결제") and `iamport/iamport-manual` @ `877914a5`
//! `인증결제/sample/chai.md` and `비인증결제/example/chai-request-billing-key.md`:
//! `pg` is `chai` (or `chai.{public key}` when a merchant has several CHAI
//! ids), `pay_method` can only be `trans` (CHAI is account-based), and the
//! result always arrives by redirect to `m_redirect_url`, on PC and mobile.
//! Amounts are won.

use std::fmt;

use serde::Serialize;

use super::{
    AuthMode, Bypass, Card, CustomData, Display, EscrowProduct, KcpProduct, Language, NaverProduct,
    NaverUseCfm, NoticeUrl, PayMethod, Period, SharedRules, check_payment_amount,
};
use crate::value::{
    Amount, BizNum, ChannelKey, Currency, CustomerUid, DateTime, Email, HttpUrl, InvalidValue,
    MerchantUid, OrderName, PgCode,
};
use crate::{Builder, Validate};

/// The CHAI rules, for every type that can carry a CHAI channel: on `pg`
/// `chai` or `chai.{public key}`, `pay_method` is `trans` (CHAI is
/// account-based), `m_redirect_url` is set (CHAI answers by redirect, on PC
/// and mobile), and the currency is KRW. Every params type, CHAI profile or
/// generic, runs it once, through its shared rules, so they can't disagree.
pub(crate) fn check_chai(
    pg: Option<PgCode>,
    pay_method: Option<PayMethod>,
    has_redirect_url: bool,
    currency: Option<Currency>,
) -> Result<(), InvalidValue> {
    if pg != Some(PgCode::Chai) {
        return Ok(());
    }
    if pay_method != Some(PayMethod::Trans) {
        return Err(InvalidValue::new(
            "pay_method",
            "must be `trans` on a CHAI channel (`pg` chai): CHAI pays from an account",
        ));
    }
    if !has_redirect_url {
        return Err(InvalidValue::new(
            "m_redirect_url",
            "is required on a CHAI channel (`pg` chai): CHAI answers by redirect, on PC and mobile",
        ));
    }
    if currency.is_some_and(|c| c != Currency::Krw) {
        return Err(InvalidValue::new(
            "currency",
            "must be KRW on a CHAI channel (`pg` chai)",
        ));
    }
    Ok(())
}

/// `pg` of a CHAI profile: `chai`, or `chai.{public key}`.
///
/// ```
/// use iamport::request_pay::ChaiPg;
/// assert_eq!(ChaiPg::default().to_string(), "chai");
/// assert_eq!(ChaiPg::with_public_key("pk_123").unwrap().to_string(), "chai.pk_123");
/// assert!("kakaopay".parse::<ChaiPg>().is_err());
/// ```
#[derive(Clone, PartialEq, Eq, Hash, Default)]
pub struct ChaiPg {
    public_key: Option<String>,
}

impl ChaiPg {
    /// `chai.{public key}`, for a merchant with several CHAI ids.
    ///
    /// # Errors
    ///
    /// When the key is empty or holds whitespace or control characters.
    pub fn with_public_key(key: impl Into<String>) -> Result<Self, InvalidValue> {
        let key = key.into();
        if key.is_empty() || key.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(InvalidValue::new(
                "pg",
                "the CHAI public key must be non-empty, without spaces",
            ));
        }
        Ok(ChaiPg {
            public_key: Some(key),
        })
    }
}

impl fmt::Display for ChaiPg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.public_key {
            Some(key) => write!(f, "chai.{key}"),
            None => f.write_str("chai"),
        }
    }
}

impl fmt::Debug for ChaiPg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ChaiPg({self})")
    }
}

impl std::str::FromStr for ChaiPg {
    type Err = InvalidValue;
    fn from_str(s: &str) -> Result<Self, InvalidValue> {
        match s.strip_prefix("chai") {
            Some("") => Ok(ChaiPg::default()),
            Some(rest) if rest.starts_with('.') => {
                ChaiPg::with_public_key(rest.get(1..).unwrap_or_default())
            }
            _ => Err(InvalidValue::new(
                "pg",
                format!(
                    "a CHAI profile takes `chai` or `chai.{{public key}}`, got {}",
                    crate::value::quoted(s)
                ),
            )),
        }
    }
}

impl Serialize for ChaiPg {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for ChaiPg {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

/// A CHAI one-off payment (`IMP.request_pay` params): every field of
/// [`OneOffPayment`](super::OneOffPayment), with the CHAI guide's rules by
/// construction. `pay_method` is always `trans` and has no setter;
/// `m_redirect_url` is required; the channel is named by exactly one of
/// `pg` (`chai`, or `chai.{public key}`) and `channelKey` (the CHAI
/// channel's key); amounts are won.
///
/// ```
/// use iamport::request_pay::{ChaiPayment, ChaiPg};
/// use iamport::value::{Amount, HttpUrl, MerchantUid};
///
/// let payment = ChaiPayment::builder()
///     .pg(ChaiPg::default())
///     .merchant_uid(MerchantUid::new("order_no_0001")?)
///     .amount(Amount::new(1004)?)
///     .m_redirect_url(HttpUrl::new("https://shop.example/payments/complete")?)
///     .build()?;
/// assert_eq!(
///     serde_json::to_value(&payment)?,
///     serde_json::json!({
///         "pg": "chai",
///         "pay_method": "trans",
///         "merchant_uid": "order_no_0001",
///         "amount": 1004,
///         "m_redirect_url": "https://shop.example/payments/complete"
///     })
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Builder, Debug, Clone, PartialEq, serde::Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize, exactly_one(channel = (channel_key, pg)))]
#[builder(forbid(
    customer_uid = "`customer_uid` belongs to a billing-key registration: use `ChaiBillingKeyRegistration::builder()`"
))]
#[serde(deny_unknown_fields)]
pub struct ChaiPayment {
    /// `channelKey`: the CHAI channel's key (console). Exactly one of
    /// `channelKey` and `pg`.
    #[serde(rename = "channelKey", skip_serializing_if = "Option::is_none")]
    channel_key: Option<ChannelKey>,
    /// `pg`: `chai`, or `chai.{public key}` (deprecated by PortOne for
    /// `channelKey`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pg: Option<ChaiPg>,
    /// `pay_method`: CHAI takes `trans` only.
    #[builder(fixed = PayMethod::Trans)]
    pay_method: PayMethod,
    /// `escrow`: an escrow payment window (needs a PG contract).
    #[serde(skip_serializing_if = "Option::is_none")]
    escrow: Option<bool>,
    /// `products`: escrow goods (tosspayments with `escrow`).
    #[serde(skip_serializing_if = "Option::is_none")]
    products: Option<Vec<EscrowProduct>>,
    /// `merchant_uid`: the order number, unique per request (1–40 characters).
    merchant_uid: MerchantUid,
    /// `name`: the order name (at most 40 characters).
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<OrderName>,
    /// `amount` in won, above 0.
    amount: Amount,
    /// `custom_data`: any JSON value, returned with the result as text.
    #[serde(skip_serializing_if = "Option::is_none")]
    custom_data: Option<CustomData>,
    /// `tax_free`: the tax-free part of `amount`.
    #[serde(skip_serializing_if = "Option::is_none")]
    tax_free: Option<Amount>,
    /// `vat_amount`: the VAT part of `amount` (nice, `tosspay_v2` and a few
    /// more; not kakaopay).
    #[serde(skip_serializing_if = "Option::is_none")]
    vat_amount: Option<Amount>,
    /// `currency`: `KRW` when unset.
    #[serde(skip_serializing_if = "Option::is_none")]
    currency: Option<Currency>,
    /// `language` of the window.
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<Language>,
    /// `buyer_name`.
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_name: Option<String>,
    /// `buyer_tel`: some PGs fail without it (inicis and payco require it).
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_tel: Option<String>,
    /// `buyer_email` (paymentwall fails without it).
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_email: Option<Email>,
    /// `buyer_addr`.
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_addr: Option<String>,
    /// `buyer_postcode`.
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_postcode: Option<String>,
    /// `buyer_first_name` (`paypal_v2`).
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_first_name: Option<String>,
    /// `buyer_last_name` (`paypal_v2`).
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_last_name: Option<String>,
    /// `confirm_url`: the merchant's endpoint for the confirm process.
    #[serde(skip_serializing_if = "Option::is_none")]
    confirm_url: Option<HttpUrl>,
    /// `notice_url`: webhook URL(s) for this payment, instead of the console's.
    #[serde(skip_serializing_if = "Option::is_none")]
    notice_url: Option<NoticeUrl>,
    /// `customer_id`: the buyer's id at the merchant (some PGs require it).
    #[serde(skip_serializing_if = "Option::is_none")]
    customer_id: Option<String>,
    /// `digital`: non-physical goods; required when `pay_method` is `phone`.
    #[serde(skip_serializing_if = "Option::is_none")]
    digital: Option<bool>,
    /// `vbank_due`: the virtual account's deadline.
    #[serde(skip_serializing_if = "Option::is_none")]
    vbank_due: Option<DateTime>,
    /// `m_redirect_url`: where CHAI sends the buyer and the result, on
    /// every device.
    m_redirect_url: HttpUrl,
    /// `app_scheme`: the URL scheme back to the merchant's app (WebView apps).
    #[serde(skip_serializing_if = "Option::is_none")]
    app_scheme: Option<String>,
    /// `biz_num`: business registration number (danal virtual accounts).
    #[serde(skip_serializing_if = "Option::is_none")]
    biz_num: Option<BizNum>,
    /// `useFreeInterestFromMall`: merchant-paid interest-free installments.
    #[serde(
        rename = "useFreeInterestFromMall",
        skip_serializing_if = "Option::is_none"
    )]
    use_free_interest_from_mall: Option<bool>,
    /// `display`: installment options shown.
    #[serde(skip_serializing_if = "Option::is_none")]
    display: Option<Display>,
    /// `card`: card window options.
    #[serde(skip_serializing_if = "Option::is_none")]
    card: Option<Card>,
    /// `period`: the service period.
    #[serde(skip_serializing_if = "Option::is_none")]
    period: Option<Period>,
    /// `bypass`: PG-specific parameters, passed through.
    #[serde(skip_serializing_if = "Option::is_none")]
    bypass: Option<Bypass>,
    /// `popup`: open the window as a popup (payco, eximbay, `inicis-jp`).
    #[serde(skip_serializing_if = "Option::is_none")]
    popup: Option<bool>,
    /// `company`: the merchant name shown in the window.
    #[serde(skip_serializing_if = "Option::is_none")]
    company: Option<String>,
    /// `auth_mode`: `key-in` for a key-in window.
    #[serde(skip_serializing_if = "Option::is_none")]
    auth_mode: Option<AuthMode>,
    /// `appCard`: only app cards in the card window.
    #[serde(rename = "appCard", skip_serializing_if = "Option::is_none")]
    app_card: Option<bool>,
    /// `useCardPoint`: allow card points.
    #[serde(rename = "useCardPoint", skip_serializing_if = "Option::is_none")]
    use_card_point: Option<bool>,
    /// `cashReceiptType`: such as `personal`, `corporate`, `anonymous`.
    #[serde(rename = "cashReceiptType", skip_serializing_if = "Option::is_none")]
    cash_receipt_type: Option<String>,
    /// `customerIdentifier`: the cash receipt's id (phone or business number).
    #[serde(rename = "customerIdentifier", skip_serializing_if = "Option::is_none")]
    customer_identifier: Option<String>,
    /// `isCulturalExpense` (tosspayments, `toss_brandpay`).
    #[serde(rename = "isCulturalExpense", skip_serializing_if = "Option::is_none")]
    is_cultural_expense: Option<bool>,
    /// `discountCode` (tosspayments, `toss_brandpay`).
    #[serde(rename = "discountCode", skip_serializing_if = "Option::is_none")]
    discount_code: Option<String>,
    /// `kakaopayMobileAsPC`: the PC URL on mobile (kakaopay).
    #[serde(rename = "kakaopayMobileAsPC", skip_serializing_if = "Option::is_none")]
    kakaopay_mobile_as_pc: Option<bool>,
    /// `naverUseCfm`: last day of use, `YYYYMMDD`, today or later (naverpay).
    #[serde(rename = "naverUseCfm", skip_serializing_if = "Option::is_none")]
    naver_use_cfm: Option<NaverUseCfm>,
    /// `naverPopupMode`: `false` redirects, and then needs `m_redirect_url`.
    #[serde(rename = "naverPopupMode", skip_serializing_if = "Option::is_none")]
    naver_popup_mode: Option<bool>,
    /// `naverProducts` (naverpay).
    #[serde(rename = "naverProducts", skip_serializing_if = "Option::is_none")]
    naver_products: Option<Vec<NaverProduct>>,
    /// `naverPurchaserName` (naverpay).
    #[serde(rename = "naverPurchaserName", skip_serializing_if = "Option::is_none")]
    naver_purchaser_name: Option<String>,
    /// `naverPurchaserBirthday` (naverpay).
    #[serde(
        rename = "naverPurchaserBirthday",
        skip_serializing_if = "Option::is_none"
    )]
    naver_purchaser_birthday: Option<String>,
    /// `naverChainId` (naverpay).
    #[serde(rename = "naverChainId", skip_serializing_if = "Option::is_none")]
    naver_chain_id: Option<String>,
    /// `naverMerchantUserKey` (naverpay).
    #[serde(
        rename = "naverMerchantUserKey",
        skip_serializing_if = "Option::is_none"
    )]
    naver_merchant_user_key: Option<String>,
    /// `naverCultureBenefit` (naverpay).
    #[serde(
        rename = "naverCultureBenefit",
        skip_serializing_if = "Option::is_none"
    )]
    naver_culture_benefit: Option<bool>,
    /// `naverProductCode` (naverpay).
    #[serde(rename = "naverProductCode", skip_serializing_if = "Option::is_none")]
    naver_product_code: Option<String>,
    /// `kcpProducts`: escrow goods of the legacy KCP window.
    #[serde(rename = "kcpProducts", skip_serializing_if = "Option::is_none")]
    kcp_products: Option<Vec<KcpProduct>>,
}

#[diagnostic::do_not_recommend]
impl Validate for ChaiPayment {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        check_payment_amount(self.amount)?;
        SharedRules {
            amount: self.amount,
            pg: Some(PgCode::Chai),
            pay_method: Some(self.pay_method),
            has_redirect: true,
            currency: self.currency,
            tax_free: self.tax_free,
            vat_amount: self.vat_amount,
            products: self.products.as_deref(),
            kcp_products: self.kcp_products.as_deref(),
            digital: self.digital,
            naver_popup_mode: self.naver_popup_mode,
            has_biz_num: self.biz_num.is_some(),
            card: self.card.as_ref(),
            use_free_interest_from_mall: self.use_free_interest_from_mall,
        }
        .check_chai_first()
    }
}

/// A CHAI billing-key registration (`IMP.request_pay` params with
/// `customer_uid`): every field of
/// [`BillingKeyRegistration`](super::BillingKeyRegistration) with the
/// CHAI guide's rules. `amount` is only shown (the CHAI example sends
/// `0`).
#[derive(Builder, Debug, Clone, PartialEq, serde::Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize, exactly_one(channel = (channel_key, pg)))]
#[serde(deny_unknown_fields)]
pub struct ChaiBillingKeyRegistration {
    /// `channelKey`: the CHAI channel's key (console). Exactly one of
    /// `channelKey` and `pg`.
    #[serde(rename = "channelKey", skip_serializing_if = "Option::is_none")]
    channel_key: Option<ChannelKey>,
    /// `pg`: `chai`, or `chai.{public key}` (deprecated by PortOne for
    /// `channelKey`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pg: Option<ChaiPg>,
    /// `pay_method`: CHAI takes `trans` only.
    #[builder(fixed = PayMethod::Trans)]
    pay_method: PayMethod,
    /// `escrow`: an escrow payment window (needs a PG contract).
    #[serde(skip_serializing_if = "Option::is_none")]
    escrow: Option<bool>,
    /// `products`: escrow goods (tosspayments with `escrow`).
    #[serde(skip_serializing_if = "Option::is_none")]
    products: Option<Vec<EscrowProduct>>,
    /// `merchant_uid`: the order number, unique per request (1–40 characters).
    merchant_uid: MerchantUid,
    /// `name`: the order name (at most 40 characters).
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<OrderName>,
    /// `customer_uid`: the merchant's id for the billing key.
    customer_uid: CustomerUid,
    /// `amount` shown in the window, in won; not charged.
    #[serde(skip_serializing_if = "Option::is_none")]
    amount: Option<Amount>,
    /// `custom_data`: any JSON value, returned with the result as text.
    #[serde(skip_serializing_if = "Option::is_none")]
    custom_data: Option<CustomData>,
    /// `tax_free`: the tax-free part of `amount`.
    #[serde(skip_serializing_if = "Option::is_none")]
    tax_free: Option<Amount>,
    /// `vat_amount`: the VAT part of `amount` (nice, `tosspay_v2` and a few
    /// more; not kakaopay).
    #[serde(skip_serializing_if = "Option::is_none")]
    vat_amount: Option<Amount>,
    /// `currency`: `KRW` when unset.
    #[serde(skip_serializing_if = "Option::is_none")]
    currency: Option<Currency>,
    /// `language` of the window.
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<Language>,
    /// `buyer_name`.
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_name: Option<String>,
    /// `buyer_tel`: some PGs fail without it (inicis and payco require it).
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_tel: Option<String>,
    /// `buyer_email` (paymentwall fails without it).
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_email: Option<Email>,
    /// `buyer_addr`.
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_addr: Option<String>,
    /// `buyer_postcode`.
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_postcode: Option<String>,
    /// `buyer_first_name` (`paypal_v2`).
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_first_name: Option<String>,
    /// `buyer_last_name` (`paypal_v2`).
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_last_name: Option<String>,
    /// `confirm_url`: the merchant's endpoint for the confirm process.
    #[serde(skip_serializing_if = "Option::is_none")]
    confirm_url: Option<HttpUrl>,
    /// `notice_url`: webhook URL(s) for this payment, instead of the console's.
    #[serde(skip_serializing_if = "Option::is_none")]
    notice_url: Option<NoticeUrl>,
    /// `customer_id`: the buyer's id at the merchant (some PGs require it).
    #[serde(skip_serializing_if = "Option::is_none")]
    customer_id: Option<String>,
    /// `digital`: non-physical goods; required when `pay_method` is `phone`.
    #[serde(skip_serializing_if = "Option::is_none")]
    digital: Option<bool>,
    /// `vbank_due`: the virtual account's deadline.
    #[serde(skip_serializing_if = "Option::is_none")]
    vbank_due: Option<DateTime>,
    /// `m_redirect_url`: where CHAI sends the buyer and the result, on
    /// every device.
    m_redirect_url: HttpUrl,
    /// `app_scheme`: the URL scheme back to the merchant's app (WebView apps).
    #[serde(skip_serializing_if = "Option::is_none")]
    app_scheme: Option<String>,
    /// `biz_num`: business registration number (danal virtual accounts).
    #[serde(skip_serializing_if = "Option::is_none")]
    biz_num: Option<BizNum>,
    /// `useFreeInterestFromMall`: merchant-paid interest-free installments.
    #[serde(
        rename = "useFreeInterestFromMall",
        skip_serializing_if = "Option::is_none"
    )]
    use_free_interest_from_mall: Option<bool>,
    /// `display`: installment options shown.
    #[serde(skip_serializing_if = "Option::is_none")]
    display: Option<Display>,
    /// `card`: card window options.
    #[serde(skip_serializing_if = "Option::is_none")]
    card: Option<Card>,
    /// `period`: the service period.
    #[serde(skip_serializing_if = "Option::is_none")]
    period: Option<Period>,
    /// `bypass`: PG-specific parameters, passed through.
    #[serde(skip_serializing_if = "Option::is_none")]
    bypass: Option<Bypass>,
    /// `popup`: open the window as a popup (payco, eximbay, `inicis-jp`).
    #[serde(skip_serializing_if = "Option::is_none")]
    popup: Option<bool>,
    /// `company`: the merchant name shown in the window.
    #[serde(skip_serializing_if = "Option::is_none")]
    company: Option<String>,
    /// `auth_mode`: `key-in` for a key-in window.
    #[serde(skip_serializing_if = "Option::is_none")]
    auth_mode: Option<AuthMode>,
    /// `appCard`: only app cards in the card window.
    #[serde(rename = "appCard", skip_serializing_if = "Option::is_none")]
    app_card: Option<bool>,
    /// `useCardPoint`: allow card points.
    #[serde(rename = "useCardPoint", skip_serializing_if = "Option::is_none")]
    use_card_point: Option<bool>,
    /// `cashReceiptType`: such as `personal`, `corporate`, `anonymous`.
    #[serde(rename = "cashReceiptType", skip_serializing_if = "Option::is_none")]
    cash_receipt_type: Option<String>,
    /// `customerIdentifier`: the cash receipt's id (phone or business number).
    #[serde(rename = "customerIdentifier", skip_serializing_if = "Option::is_none")]
    customer_identifier: Option<String>,
    /// `isCulturalExpense` (tosspayments, `toss_brandpay`).
    #[serde(rename = "isCulturalExpense", skip_serializing_if = "Option::is_none")]
    is_cultural_expense: Option<bool>,
    /// `discountCode` (tosspayments, `toss_brandpay`).
    #[serde(rename = "discountCode", skip_serializing_if = "Option::is_none")]
    discount_code: Option<String>,
    /// `kakaopayMobileAsPC`: the PC URL on mobile (kakaopay).
    #[serde(rename = "kakaopayMobileAsPC", skip_serializing_if = "Option::is_none")]
    kakaopay_mobile_as_pc: Option<bool>,
    /// `naverUseCfm`: last day of use, `YYYYMMDD`, today or later (naverpay).
    #[serde(rename = "naverUseCfm", skip_serializing_if = "Option::is_none")]
    naver_use_cfm: Option<NaverUseCfm>,
    /// `naverPopupMode`: `false` redirects, and then needs `m_redirect_url`.
    #[serde(rename = "naverPopupMode", skip_serializing_if = "Option::is_none")]
    naver_popup_mode: Option<bool>,
    /// `naverProducts` (naverpay).
    #[serde(rename = "naverProducts", skip_serializing_if = "Option::is_none")]
    naver_products: Option<Vec<NaverProduct>>,
    /// `naverPurchaserName` (naverpay).
    #[serde(rename = "naverPurchaserName", skip_serializing_if = "Option::is_none")]
    naver_purchaser_name: Option<String>,
    /// `naverPurchaserBirthday` (naverpay).
    #[serde(
        rename = "naverPurchaserBirthday",
        skip_serializing_if = "Option::is_none"
    )]
    naver_purchaser_birthday: Option<String>,
    /// `naverChainId` (naverpay).
    #[serde(rename = "naverChainId", skip_serializing_if = "Option::is_none")]
    naver_chain_id: Option<String>,
    /// `naverMerchantUserKey` (naverpay).
    #[serde(
        rename = "naverMerchantUserKey",
        skip_serializing_if = "Option::is_none"
    )]
    naver_merchant_user_key: Option<String>,
    /// `naverCultureBenefit` (naverpay).
    #[serde(
        rename = "naverCultureBenefit",
        skip_serializing_if = "Option::is_none"
    )]
    naver_culture_benefit: Option<bool>,
    /// `naverProductCode` (naverpay).
    #[serde(rename = "naverProductCode", skip_serializing_if = "Option::is_none")]
    naver_product_code: Option<String>,
    /// `kcpProducts`: escrow goods of the legacy KCP window.
    #[serde(rename = "kcpProducts", skip_serializing_if = "Option::is_none")]
    kcp_products: Option<Vec<KcpProduct>>,
}

#[diagnostic::do_not_recommend]
impl Validate for ChaiBillingKeyRegistration {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        SharedRules {
            amount: self.amount.unwrap_or(Amount::ZERO),
            pg: Some(PgCode::Chai),
            pay_method: Some(self.pay_method),
            has_redirect: true,
            currency: self.currency,
            tax_free: self.tax_free,
            vat_amount: self.vat_amount,
            products: self.products.as_deref(),
            kcp_products: self.kcp_products.as_deref(),
            digital: self.digital,
            naver_popup_mode: self.naver_popup_mode,
            has_biz_num: self.biz_num.is_some(),
            card: self.card.as_ref(),
            use_free_interest_from_mall: self.use_free_interest_from_mall,
        }
        .check_chai_first()
    }
}
