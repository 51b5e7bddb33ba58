//! The params object of the browser SDK call `IMP.request_pay(params,
//! callback)`.
//!
//! Two types, because the SDK call does two different things:
//!
//! - [`OneOffPayment`] charges once. It has no `customer_uid` at all.
//! - [`BillingKeyRegistration`] opens the window that issues a billing key:
//!   adding `customer_uid` is what turns the call into a registration
//!   (NONAUTH). Its `amount` is optional and may be 0: most PGs only show it,
//!   but **kakaopay really charges any amount above 0**, and `tosspay_v2`'s
//!   example omits it.
//!
//! Both serialize to exactly the JSON the SDK expects: keys byte-exact
//! (`channelKey`, `useCardPoint`, `naverPopupMode`, …), `amount` a JSON
//! number, unset fields left out, never `null`. Both deserialize with the
//! same checks, and reject unknown keys.
//!
//! Source of every field: PAYRQ, `payrq.mdx` of `portone-io/developers.portone.io`
//! @ `af926bd2`, with the per-PG guides and `iamport-typings@1.4.0` where
//! PAYRQ is silent; the reference table is `sdk-request-pay.md` §2.
//!
//! [`ChaiPayment`] and [`ChaiBillingKeyRegistration`] are profiles for CHAI
//! that the compiler enforces: every field of the generic types, with
//! `pay_method` fixed to `trans`, `m_redirect_url` required, and the channel
//! named by exactly one of `pg` (`chai`) and `channelKey`.
//!
//! Each type's builder ([`OneOffPaymentBuilder`], [`ChaiPaymentBuilder`],
//! [`CardBuilder`], ...) and the module that names its states
//! ([`one_off_payment_builder`], ...; see [`crate::typestate`]) are in this
//! module too.
//!
//! # Where each rule is checked
//!
//! - By the compiler: required fields, `customer_uid` only on a
//!   registration, at most one of `channelKey` and `pg`, the closed sets
//!   (`pay_method`, PG codes, currency, language, card codes, naverpay
//!   categories) and the CHAI profile.
//! - Where a value is made, by the checked types of [`crate::value`]:
//!   lengths (`merchant_uid` 1–40, `name` ≤ 40, `customer_uid` 1–80, counted in
//!   UTF-16 units as JavaScript counts), amounts (a number, never negative,
//!   NaN or above 2^53 − 1, at most two decimals), absolute http(s) URLs,
//!   e-mail addresses, `biz_num`, dates and their calendar.
//! - In `build()`, which returns `Result` for these types, and in
//!   deserialization alike, the rules between fields: a payment's `amount`
//!   above 0; whole amounts in KRW (the default), JPY, HUF and TWD; `tax_free` and
//!   `vat_amount` together not above `amount`; nested amounts
//!   (`products[].unitPrice`, `kcpProducts[].amount`) whole in a whole
//!   currency; on a CHAI channel (`pg` `chai` or `chai.*`) the CHAI rules,
//!   the same check the CHAI profiles run (`pay_method` `trans`,
//!   `m_redirect_url` set, KRW); `digital` with `pay_method: "phone"`;
//!   `m_redirect_url` with `naverPopupMode: false`; `biz_num` for a danal
//!   virtual account; `card.detail[].max_month` with
//!   `useFreeInterestFromMall: true`; `period` with `from` and `to`, or
//!   `interval`, and `from` not after `to`.
//!
//! Not checked: that `naverUseCfm` is today or later (it depends on the
//! clock and the time zone of the check), and the per-PG sets of payment
//! methods. `vat`, deprecated by the SDK for `vat_amount`, is not offered;
//! neither is `locale`, which one official sample uses for `language`.
//!
//! Parsing ([`crate::from_json`], or `serde_json` directly) runs the same
//! checks, rejects unknown keys with a hint for likely slips (`locale` →
//! `language`), and rejects `null` (leave the key out instead).

mod chai;
mod enums;
mod nested;

// Re-exported from `crate::value`, where the rules live.
pub use crate::value::{Currency, Pg, PgCode};
pub use chai::{ChaiBillingKeyRegistration, ChaiPayment, ChaiPg};
// The builders of the CHAI profiles and of the nested objects, with the
// modules that name their states (`crate::typestate`).
pub use chai::{
    ChaiBillingKeyRegistrationBuilder, ChaiPaymentBuilder, chai_billing_key_registration_builder,
    chai_payment_builder,
};
pub use enums::{
    CardCode, Language, NaverCategoryId, NaverCategoryType, NaverPayReferrer, PayMethod,
};
pub use nested::{
    Bypass, Card, CardDetail, CardDirect, CustomData, Display, EscrowProduct, KcpProduct,
    NaverProduct, NaverUseCfm, NoticeUrl, Period,
};
pub use nested::{
    CardBuilder, CardDetailBuilder, CardDirectBuilder, DisplayBuilder, EscrowProductBuilder,
    KcpProductBuilder, NaverProductBuilder, PeriodBuilder, card_builder, card_detail_builder,
    card_direct_builder, display_builder, escrow_product_builder, kcp_product_builder,
    naver_product_builder, period_builder,
};

use crate::string_enum::string_enum;
use crate::value::{
    Amount, BizNum, ChannelKey, CustomerUid, DateTime, Email, HttpUrl, InvalidValue, MerchantUid,
    OrderName,
};
use crate::{Builder, Validate};

string_enum! {
    /// `auth_mode`: the kind of window (danal, kcp, kicc).
    pub enum AuthMode {
        /// 키인 결제 (card number typed in).
        KeyIn = "key-in",
    }
}

/// `IMP.request_pay` params of a one-off payment: `merchant_uid` and
/// `amount` (above 0) are required. There is no `customer_uid`: a
/// registration is a [`BillingKeyRegistration`].
///
/// ```
/// use iamport::request_pay::{OneOffPayment, PayMethod, PgCode};
/// use iamport::value::{Amount, MerchantUid};
///
/// let payment = OneOffPayment::builder()
///     .pg(PgCode::Kakaopay.into())
///     .pay_method(PayMethod::Card)
///     .merchant_uid(MerchantUid::new("order_no_0001")?)
///     .amount(Amount::new(1004)?)
///     .build()?;
/// assert_eq!(
///     serde_json::to_value(&payment)?,
///     serde_json::json!({"pg": "kakaopay", "pay_method": "card", "merchant_uid": "order_no_0001", "amount": 1004})
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Builder, Debug, Clone, PartialEq, serde::Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize, at_most_one(channel = (channel_key, pg)))]
#[builder(forbid(
    customer_uid = "`customer_uid` belongs to a billing-key registration: use `BillingKeyRegistration::builder()`"
))]
#[serde(deny_unknown_fields)]
pub struct OneOffPayment {
    /// `channelKey`: the channel key of the PortOne console. At most one
    /// of `channelKey` and `pg`; neither picks the account's default PG.
    #[serde(rename = "channelKey", skip_serializing_if = "Option::is_none")]
    channel_key: Option<ChannelKey>,
    /// `pg`: a PG code, or `code.MID` (deprecated by PortOne for `channelKey`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pg: Option<Pg>,
    /// `pay_method`: how the buyer pays.
    #[serde(skip_serializing_if = "Option::is_none")]
    pay_method: Option<PayMethod>,
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
    /// `amount`: what the buyer pays; a JSON number above 0.
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
    /// `m_redirect_url`: where redirect-type windows (most mobile ones,
    /// CHAI everywhere) send the buyer and the result. Without it, those
    /// flows deliver no result.
    #[serde(skip_serializing_if = "Option::is_none")]
    m_redirect_url: Option<HttpUrl>,
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
impl Validate for OneOffPayment {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        check_payment_amount(self.amount)?;
        SharedRules {
            amount: self.amount,
            pg: self.pg.as_ref().map(Pg::code),
            pay_method: self.pay_method,
            has_redirect: self.m_redirect_url.is_some(),
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
        .check()
    }
}

/// `IMP.request_pay` params that open the billing-key registration
/// window: `merchant_uid` and `customer_uid` are required.
///
/// `amount` is optional and may be 0. Most PGs only display it; **kakaopay
/// charges any amount above 0 for real**, so use 0 there to register
/// without a charge. Re-using a `customer_uid` maps it to the new card's
/// key; the old key is not revoked.
#[derive(Builder, Debug, Clone, PartialEq, serde::Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize, at_most_one(channel = (channel_key, pg)))]
#[serde(deny_unknown_fields)]
pub struct BillingKeyRegistration {
    /// `channelKey`: the channel key of the PortOne console. At most one
    /// of `channelKey` and `pg`; neither picks the account's default PG.
    #[serde(rename = "channelKey", skip_serializing_if = "Option::is_none")]
    channel_key: Option<ChannelKey>,
    /// `pg`: a PG code, or `code.MID` (deprecated by PortOne for `channelKey`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pg: Option<Pg>,
    /// `pay_method`: how the buyer pays.
    #[serde(skip_serializing_if = "Option::is_none")]
    pay_method: Option<PayMethod>,
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
    /// `customer_uid`: the merchant's id for this customer's billing key
    /// (1–80 characters); adding it is what makes this a registration.
    customer_uid: CustomerUid,
    /// `amount`: shown in the window; 0 or absent issues the key only.
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
    /// `m_redirect_url`: where redirect-type windows (most mobile ones,
    /// CHAI everywhere) send the buyer and the result. Without it, those
    /// flows deliver no result.
    #[serde(skip_serializing_if = "Option::is_none")]
    m_redirect_url: Option<HttpUrl>,
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
impl Validate for BillingKeyRegistration {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        SharedRules {
            amount: self.amount.unwrap_or(Amount::ZERO),
            pg: self.pg.as_ref().map(Pg::code),
            pay_method: self.pay_method,
            has_redirect: self.m_redirect_url.is_some(),
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
        .check()
    }
}

/// A payment's rule on `amount` (one-off payments, CHAI or not): above 0.
fn check_payment_amount(amount: Amount) -> Result<(), InvalidValue> {
    if amount.is_zero() {
        return Err(InvalidValue::new("amount", "must be above 0 for a payment"));
    }
    Ok(())
}

/// What the rules between fields that every params type shares read: each
/// type's `Validate` fills it from its own fields, and the rules are
/// written once, here.
struct SharedRules<'a> {
    /// The amount the window shows (0 when unset).
    amount: Amount,
    /// The PG the channel is, when known.
    pg: Option<PgCode>,
    /// `pay_method`, when set.
    pay_method: Option<PayMethod>,
    /// Whether `m_redirect_url` is set.
    has_redirect: bool,
    /// `currency` as given (`KRW` when unset).
    currency: Option<Currency>,
    /// `tax_free`.
    tax_free: Option<Amount>,
    /// `vat_amount`.
    vat_amount: Option<Amount>,
    /// `products`.
    products: Option<&'a [EscrowProduct]>,
    /// `kcpProducts`.
    kcp_products: Option<&'a [KcpProduct]>,
    /// `digital`.
    digital: Option<bool>,
    /// `naverPopupMode`.
    naver_popup_mode: Option<bool>,
    /// Whether `biz_num` is set.
    has_biz_num: bool,
    /// `card`.
    card: Option<&'a Card>,
    /// `useFreeInterestFromMall`.
    use_free_interest_from_mall: Option<bool>,
}

impl SharedRules<'_> {
    /// Every shared rule, for the generic types: the amounts, the CHAI
    /// rules, then the rest.
    fn check(&self) -> Result<(), InvalidValue> {
        self.check_amounts()?;
        self.check_chai()?;
        self.check_others()
    }

    /// Every shared rule, for the CHAI profiles: the CHAI rules first
    /// (there only the currency can break them, the rest holding by type),
    /// then the amounts and the rest.
    fn check_chai_first(&self) -> Result<(), InvalidValue> {
        self.check_chai()?;
        self.check_amounts()?;
        self.check_others()
    }

    /// Whole amounts in a whole currency, `tax_free` and `vat_amount`
    /// within `amount`, and the nested amounts.
    fn check_amounts(&self) -> Result<(), InvalidValue> {
        let currency = self.currency.unwrap_or(Currency::Krw);
        currency.check_amounts(self.amount, self.tax_free, self.vat_amount)?;
        for product in self.products.into_iter().flatten() {
            currency.check_whole("products[].unitPrice", product.unit_price)?;
        }
        for product in self.kcp_products.into_iter().flatten() {
            currency.check_whole("kcpProducts[].amount", product.amount)?;
        }
        Ok(())
    }

    /// The CHAI rules, on a CHAI channel.
    fn check_chai(&self) -> Result<(), InvalidValue> {
        chai::check_chai(self.pg, self.pay_method, self.has_redirect, self.currency)
    }

    /// `digital` with `phone`, `m_redirect_url` with `naverPopupMode:
    /// false`, `biz_num` for a danal virtual account, and `max_month` with
    /// `useFreeInterestFromMall: true`.
    fn check_others(&self) -> Result<(), InvalidValue> {
        if self.pay_method == Some(PayMethod::Phone) && self.digital.is_none() {
            return Err(InvalidValue::new(
                "digital",
                "is required when `pay_method` is `phone`",
            ));
        }
        if self.naver_popup_mode == Some(false) && !self.has_redirect {
            return Err(InvalidValue::new(
                "m_redirect_url",
                "is required when `naverPopupMode` is false",
            ));
        }
        let danal = matches!(self.pg, Some(PgCode::Danal | PgCode::DanalTpay));
        if danal && self.pay_method == Some(PayMethod::Vbank) && !self.has_biz_num {
            return Err(InvalidValue::new(
                "biz_num",
                "is required for a danal virtual account",
            ));
        }
        let max_month = self
            .card
            .and_then(|c| c.detail.as_ref())
            .is_some_and(|d| d.iter().any(|e| e.max_month.is_some()));
        if max_month && self.use_free_interest_from_mall != Some(true) {
            return Err(InvalidValue::new(
                "card.detail",
                "`max_month` needs `useFreeInterestFromMall: true`",
            ));
        }
        Ok(())
    }
}
