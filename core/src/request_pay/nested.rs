//! The nested objects of `IMP.request_pay` params (PAYRQ §2.2 of the
//! reference), and the free-form values.

use serde::Serialize;
use serde_json::value::RawValue;

use super::enums::{CardCode, NaverCategoryId, NaverCategoryType, NaverPayReferrer};
use crate::value::{Amount, CalendarDate, DateTime, HttpUrl, InvalidValue};
use crate::{Builder, Validate, json};

/// `custom_data`: any JSON value the merchant wants back with the result
/// (PortOne stores it as JSON text and returns it as a string).
///
/// Kept exactly or refused: the JSON text is kept as written (without
/// insignificant whitespace), so `123456789012345678901234567890` stays
/// those digits; a key given twice in any object, a number out of range, a
/// NaN or infinity (which `serde_json` would write as `null`), `null` and a
/// string (most often JSON text encoded already, which would be encoded
/// twice) are refused.
///
/// ```
/// use iamport::request_pay::CustomData;
/// #[derive(serde::Serialize)]
/// struct Order { user_id: u64 }
/// let data = CustomData::new(&Order { user_id: 30930 }).unwrap();
/// assert_eq!(serde_json::to_string(&data).unwrap(), r#"{"user_id":30930}"#);
/// assert!(CustomData::new(&f64::NAN).is_err());
/// assert!(CustomData::new(r#"{"user_id":30930}"#).is_err());
/// assert!(serde_json::from_str::<CustomData>(r#"{"a":1,"a":2}"#).is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(transparent)]
pub struct CustomData(FreeJson);

impl CustomData {
    /// Serializes `value` once, here.
    ///
    /// # Errors
    ///
    /// When `value` does not serialize to JSON exactly (a NaN or infinite
    /// float, a key written twice), or serializes to `null` (leave
    /// `custom_data` unset instead) or to a string.
    pub fn new<T: Serialize + ?Sized>(value: &T) -> Result<Self, InvalidValue> {
        let text = json::encode_free_json("custom_data", value)?;
        Self::from_checked(text)
    }

    fn from_checked(text: String) -> Result<Self, InvalidValue> {
        json::refuse_null_or_string("custom_data", text, "is null; leave it unset instead")
            .and_then(|text| FreeJson::new("custom_data", text))
            .map(CustomData)
    }

    /// The JSON text, compact, every number as written.
    #[must_use]
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// The value as a `serde_json::Value` (whose numbers are `f64` or
    /// 64-bit integers: a longer number loses digits there).
    #[must_use]
    pub fn to_value(&self) -> serde_json::Value {
        serde_json::from_str(self.as_str()).unwrap_or(serde_json::Value::Null)
    }
}

impl<'de> serde::Deserialize<'de> for CustomData {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = FreeJson::read("custom_data", deserializer)?;
        Self::from_checked(text).map_err(serde::de::Error::custom)
    }
}

/// `bypass`: PG-specific parameters passed through as they are, a JSON
/// object (`{"kakaopay": {"payment_method_type": "CARD"}}`, or old-style flat
/// keys such as `acceptmethod`). Kept exactly or refused, as
/// [`CustomData`] is.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(transparent)]
pub struct Bypass(FreeJson);

impl Bypass {
    /// Serializes `value`, which must be a JSON object.
    ///
    /// # Errors
    ///
    /// When `value` does not serialize to a JSON object exactly.
    pub fn new<T: Serialize + ?Sized>(value: &T) -> Result<Self, InvalidValue> {
        Self::from_checked(json::encode_free_json("bypass", value)?)
    }

    fn from_checked(text: String) -> Result<Self, InvalidValue> {
        if !text.starts_with('{') {
            return Err(InvalidValue::new("bypass", "must be a JSON object"));
        }
        FreeJson::new("bypass", text).map(Bypass)
    }

    /// The JSON text, compact, every number as written.
    #[must_use]
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

impl<'de> serde::Deserialize<'de> for Bypass {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = FreeJson::read("bypass", deserializer)?;
        Self::from_checked(text).map_err(serde::de::Error::custom)
    }
}

/// Checked free-form JSON text, written out as it is.
#[derive(Debug, Clone)]
struct FreeJson(Box<RawValue>);

impl FreeJson {
    fn new(what: &'static str, text: String) -> Result<Self, InvalidValue> {
        RawValue::from_string(text)
            .map(FreeJson)
            .map_err(|e| InvalidValue::new(what, format!("is not JSON: {e}")))
    }

    /// Reads the raw JSON text and checks it: no key twice, numbers in
    /// range; returned without insignificant whitespace.
    fn read<'de, D: serde::Deserializer<'de>>(
        what: &'static str,
        deserializer: D,
    ) -> Result<String, D::Error> {
        let raw = <Box<RawValue> as serde::Deserialize>::deserialize(deserializer)?;
        json::check_free_json(what, raw.get()).map_err(serde::de::Error::custom)
    }

    fn as_str(&self) -> &str {
        self.0.get()
    }
}

impl PartialEq for FreeJson {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Serialize for FreeJson {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

/// `notice_url`: the webhook URL for this payment, or several (PAYRQ types
/// it `string`; the PG pages and TYP also take `string[]`). When set, the
/// console's webhook URL is not called.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum NoticeUrl {
    /// One URL, written as a string.
    One(HttpUrl),
    /// Several URLs, written as an array.
    Many(Vec<HttpUrl>),
}

impl From<HttpUrl> for NoticeUrl {
    fn from(url: HttpUrl) -> Self {
        NoticeUrl::One(url)
    }
}

/// `display`: how the payment window shows installments.
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(deserialize)]
#[serde(deny_unknown_fields)]
pub struct Display {
    /// Installment months offered: `[]` = lump sum only, `[6]` = lump sum or
    /// 6 months. Installments need at least 50,000 KRW; kakaopay takes a
    /// single value, which fixes the months.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) card_quota: Option<Vec<u8>>,
}

/// `card.direct`: open one card company's module directly.
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(deserialize)]
#[serde(deny_unknown_fields)]
pub struct CardDirect {
    /// The card company.
    pub(crate) code: CardCode,
    /// Installment months; 0 = lump sum.
    pub(crate) quota: u8,
}

/// An entry of `card.detail`: which cards the window offers.
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(deserialize)]
#[serde(deny_unknown_fields)]
pub struct CardDetail {
    /// The card company, or `*` for every one.
    pub(crate) card_code: CardCode,
    /// Whether the card is offered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) enabled: Option<bool>,
    /// Merchant-paid interest-free months (with `useFreeInterestFromMall`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) max_month: Option<u8>,
}

/// `card`: card window options.
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(deserialize)]
#[serde(deny_unknown_fields)]
pub struct Card {
    /// Open one card company directly.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) direct: Option<CardDirect>,
    /// Which cards the window offers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) detail: Option<Vec<CardDetail>>,
    /// Whether installments are offered (`tosspay_v2`).
    #[serde(rename = "useInstallment", skip_serializing_if = "Option::is_none")]
    pub(crate) use_installment: Option<bool>,
}

/// `period`: the service period shown to the buyer (danal, inicis, nice,
/// `nice_v2`, smartro, `smartro_v2`, welcome). Give `from` and `to`, or
/// `interval`.
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// Start date (`YYYYMMDD`; welcome also takes the other formats).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) from: Option<DateTime>,
    /// End date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) to: Option<DateTime>,
    /// Billing interval: `month`/`year` (nice) or `1m`/`1y` (welcome); the
    /// PGs disagree, so the text is passed as given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) interval: Option<String>,
}

#[diagnostic::do_not_recommend]
impl Validate for Period {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        match (&self.from, &self.to, &self.interval) {
            (Some(from), Some(to), _) if from.sort_key() > to.sort_key() => Err(InvalidValue::new(
                "period",
                format!("`from` ({from}) is after `to` ({to})"),
            )),
            (Some(_), Some(_), _) | (None, None, Some(_)) => Ok(()),
            _ => Err(InvalidValue::new(
                "period",
                "give both `from` and `to`, or `interval`",
            )),
        }
    }
}

/// An entry of `products`: escrow goods (tosspayments, with `escrow`).
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(deserialize)]
#[serde(deny_unknown_fields)]
pub struct EscrowProduct {
    /// Product id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) id: Option<String>,
    /// Product name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) name: Option<String>,
    /// Product code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) code: Option<String>,
    /// Unit price.
    #[serde(rename = "unitPrice", skip_serializing_if = "Option::is_none")]
    pub(crate) unit_price: Option<Amount>,
    /// Quantity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) quantity: Option<u32>,
}

/// An entry of `naverProducts` (naverpay).
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(deserialize)]
#[serde(deny_unknown_fields)]
pub struct NaverProduct {
    /// Category type.
    #[serde(rename = "categoryType")]
    pub(crate) category_type: NaverCategoryType,
    /// Category id.
    #[serde(rename = "categoryId")]
    pub(crate) category_id: NaverCategoryId,
    /// The merchant's product id.
    pub(crate) uid: String,
    /// Product name.
    pub(crate) name: String,
    /// Count.
    pub(crate) count: u32,
    /// Where the buyer came from.
    #[serde(rename = "payReferrer", skip_serializing_if = "Option::is_none")]
    pub(crate) pay_referrer: Option<NaverPayReferrer>,
    /// Seller id.
    #[serde(rename = "sellerId", skip_serializing_if = "Option::is_none")]
    pub(crate) seller_id: Option<String>,
}

/// An entry of `kcpProducts`: escrow goods for the legacy KCP window.
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(deserialize)]
#[serde(deny_unknown_fields)]
pub struct KcpProduct {
    /// Order number of the item.
    #[serde(rename = "orderNumber")]
    pub(crate) order_number: String,
    /// Item name.
    pub(crate) name: String,
    /// Quantity.
    pub(crate) quantity: u32,
    /// Item amount.
    pub(crate) amount: Amount,
}

/// `naverUseCfm`: the last day the buyer can use the service, `YYYYMMDD`.
pub type NaverUseCfm = CalendarDate;
