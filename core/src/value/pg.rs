//! Which PG and channel a payment goes through.

use std::fmt;

use super::InvalidValue;
use crate::string_enum::string_enum;

string_enum! {
    /// A PG code: the part of `pg` before an optional `.MID` (PAYRQ; TYP
    /// adds `bluewalnut`, `chai`, `jtnet` and `syrup`).
    pub enum PgCode {
        /// 차이 간편결제.
        Chai = "chai",
        /// 다날 휴대폰 소액결제.
        Danal = "danal",
        /// 다날 일반결제.
        DanalTpay = "danal_tpay",
        /// 키움페이.
        Daou = "daou",
        /// KG이니시스 (웹표준).
        Html5Inicis = "html5_inicis",
        /// KG이니시스 통합인증.
        InicisUnified = "inicis_unified",
        /// KG이니시스.
        Inicis = "inicis",
        /// NHN KCP.
        Kcp = "kcp",
        /// NHN KCP 정기결제.
        KcpBilling = "kcp_billing",
        /// KICC (이지페이).
        Kicc = "kicc",
        /// KSNET.
        Ksnet = "ksnet",
        /// KG 모빌리언스.
        Mobilians = "mobilians",
        /// 나이스페이.
        Nice = "nice",
        /// (신) 나이스페이.
        NiceV2 = "nice_v2",
        /// 헥토파이낸셜 (세틀뱅크).
        Settle = "settle",
        /// 헥토파이낸셜 내통장결제.
        SettleAcc = "settle_acc",
        /// 스마트로.
        Smartro = "smartro",
        /// (신) 스마트로.
        SmartroV2 = "smartro_v2",
        /// (신) 토스페이먼츠.
        Tosspayments = "tosspayments",
        /// 토스페이먼츠 브랜드페이.
        TossBrandpay = "toss_brandpay",
        /// 토스페이먼츠 (구 LG U+).
        Uplus = "uplus",
        /// 웰컴페이먼츠.
        Welcome = "welcome",
        /// 토스페이.
        Tosspay = "tosspay",
        /// (신) 토스페이.
        TosspayV2 = "tosspay_v2",
        /// 페이코.
        Payco = "payco",
        /// 카카오페이.
        Kakaopay = "kakaopay",
        /// 네이버페이 (결제형).
        Naverpay = "naverpay",
        /// 네이버페이 (주문형).
        Naverco = "naverco",
        /// 스마일페이.
        Smilepay = "smilepay",
        /// PayPal.
        Paypal = "paypal",
        /// (신) PayPal.
        PaypalV2 = "paypal_v2",
        /// 엑심베이.
        Eximbay = "eximbay",
        /// 페이먼트월.
        Paymentwall = "paymentwall",
        /// 블루월넛 (TYP only).
        Bluewalnut = "bluewalnut",
        /// JTNet (TYP only).
        Jtnet = "jtnet",
        /// 시럽페이 (TYP only).
        Syrup = "syrup",
    }
}

/// `pg`: a PG code, optionally with the merchant id at that PG
/// (`"html5_inicis.INIBillTst"`, `"chai.{public key}"`). Deprecated by
/// PortOne in favour of `channelKey`, but still accepted.
///
/// ```
/// use iamport::request_pay::{Pg, PgCode};
/// assert_eq!(Pg::new(PgCode::Chai).to_string(), "chai");
/// assert_eq!(Pg::with_mid(PgCode::Html5Inicis, "INIBillTst").unwrap().to_string(), "html5_inicis.INIBillTst");
/// assert!("html5_inicis.".parse::<Pg>().is_err());
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Pg {
    code: PgCode,
    mid: Option<String>,
}

impl Pg {
    /// The PG alone.
    #[must_use]
    pub fn new(code: PgCode) -> Self {
        Pg { code, mid: None }
    }

    /// The PG and the merchant's id there (`code.MID`).
    ///
    /// # Errors
    ///
    /// When `mid` is empty or holds whitespace or control characters.
    pub fn with_mid(code: PgCode, mid: impl Into<String>) -> Result<Self, InvalidValue> {
        let mid = mid.into();
        if mid.is_empty() || mid.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(InvalidValue::new(
                "pg",
                "the merchant id after `.` must be non-empty, without spaces or control characters",
            ));
        }
        Ok(Pg {
            code,
            mid: Some(mid),
        })
    }

    /// The PG code.
    #[must_use]
    pub fn code(&self) -> PgCode {
        self.code
    }

    /// The merchant id at the PG, if given.
    #[must_use]
    pub fn mid(&self) -> Option<&str> {
        self.mid.as_deref()
    }
}

impl From<PgCode> for Pg {
    fn from(code: PgCode) -> Self {
        Pg::new(code)
    }
}

impl fmt::Display for Pg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.mid {
            Some(mid) => write!(f, "{}.{mid}", self.code),
            None => f.write_str(self.code.as_str()),
        }
    }
}

impl fmt::Debug for Pg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Pg({self})")
    }
}

impl std::str::FromStr for Pg {
    type Err = InvalidValue;
    fn from_str(s: &str) -> Result<Self, InvalidValue> {
        match s.split_once('.') {
            Some((code, mid)) => Pg::with_mid(code.parse()?, mid),
            None => Ok(Pg::new(s.parse()?)),
        }
    }
}

impl serde::Serialize for Pg {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Pg {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

fn channel_key(value: &str) -> Result<(), String> {
    if value.is_empty() {
        return Err("must not be empty".to_owned());
    }
    if value
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || super::error::is_invisible(c))
    {
        return Err("must not contain spaces, control or invisible characters".to_owned());
    }
    let n = super::js_len(value);
    if n > 55 {
        return Err(format!("must be at most 55 characters, got {n}"));
    }
    Ok(())
}

super::text::checked_string! {
    /// A channel key of the PortOne console (`channelKey` of the SDK,
    /// `channel_key` of the REST bodies): 1 to 55 characters without spaces,
    /// control or invisible characters.
    ///
    /// ```
    /// use iamport::value::ChannelKey;
    /// assert!(ChannelKey::new("channel-key-9c1e6f2c-8d4b-4bb1-a5a4-3f9c5a1d2e7b").is_ok());
    /// assert!(ChannelKey::new("").is_err());
    /// assert!(ChannelKey::new("a b").is_err());
    /// ```
    ChannelKey, "channel_key", channel_key
}
