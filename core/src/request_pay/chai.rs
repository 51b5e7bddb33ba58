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
    NaverUseCfm, NoticeUrl, PayMethod, Period,
};
use crate::value::{
    Amount, BizNum, ChannelKey, Currency, CustomerUid, DateTime, Email, HttpUrl, InvalidValue,
    MerchantUid, OrderName, PgCode,
};

/// The CHAI rules, for every type that can carry a CHAI channel: on `pg`
/// `chai` or `chai.{public key}`, `pay_method` is `trans` (CHAI is
/// account-based), `m_redirect_url` is set (CHAI answers by redirect, on PC
/// and mobile), and the currency is KRW. The CHAI profiles and the generic
/// params types both call it, so they can't disagree.
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

use crate::{Builder, Validate};

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

/// Defines a CHAI profile: the generic params' fields with the CHAI
/// channel (exactly one of `channelKey` and `pg`), `pay_method` fixed to
/// `trans` and `m_redirect_url` required.
macro_rules! chai_profile {
    (
        $(#[$meta:meta])*
        $(forbid($($forbid:tt)*))?
        pub struct $name:ident { $($own:tt)* }
    ) => {
        request_pay_params! {
            @profile
            $(#[$meta])*
            group: [exactly_one(channel = (channel_key, pg))],
            channel: {
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
            },
            redirect: {
                /// `m_redirect_url`: where CHAI sends the buyer and the result, on
                /// every device.
                m_redirect_url: HttpUrl,
            },
            $(forbid($($forbid)*))?
            pub struct $name { $($own)* }
        }
    };
}

chai_profile! {
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
    forbid(customer_uid = "`customer_uid` belongs to a billing-key registration: use `ChaiBillingKeyRegistration::builder()`")
    pub struct ChaiPayment {
        /// `amount` in won, above 0.
        amount: Amount,
    }
}

#[diagnostic::do_not_recommend]
impl Validate for ChaiPayment {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        if self.amount.is_zero() {
            return Err(InvalidValue::new("amount", "must be above 0 for a payment"));
        }
        self.chai_currency()?;
        self.common_checks(self.amount, Some(PgCode::Chai), Some(self.pay_method), true)
    }
}

chai_profile! {
    /// A CHAI billing-key registration (`IMP.request_pay` params with
    /// `customer_uid`): every field of
    /// [`BillingKeyRegistration`](super::BillingKeyRegistration) with the
    /// CHAI guide's rules. `amount` is only shown (the CHAI example sends
    /// `0`).
    pub struct ChaiBillingKeyRegistration {
        /// `customer_uid`: the merchant's id for the billing key.
        customer_uid: CustomerUid,
        /// `amount` shown in the window, in won; not charged.
        #[serde(skip_serializing_if = "Option::is_none")]
        amount: Option<Amount>,
    }
}

#[diagnostic::do_not_recommend]
impl Validate for ChaiBillingKeyRegistration {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        self.chai_currency()?;
        self.common_checks(
            self.amount.unwrap_or(Amount::ZERO),
            Some(PgCode::Chai),
            Some(self.pay_method),
            true,
        )
    }
}

/// The CHAI currency rule on the profiles, which always name CHAI.
macro_rules! chai_currency {
    ($($ty:ty),*) => {
        $(impl $ty {
            fn chai_currency(&self) -> Result<(), InvalidValue> {
                check_chai(Some(PgCode::Chai), Some(PayMethod::Trans), true, self.currency)
            }
        })*
    };
}

chai_currency!(ChaiPayment, ChaiBillingKeyRegistration);
