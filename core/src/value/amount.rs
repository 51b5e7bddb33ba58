//! Amounts of money: a JSON number, never a string.

use std::fmt;

use super::InvalidValue;

/// The largest integer JavaScript represents exactly: 2^53 − 1.
const MAX_SAFE: u64 = (1 << 53) - 1;

/// Below 2^46 every cent is a distinct JavaScript number, so an amount with
/// cents is written and read back exactly.
const MAX_WITH_CENTS: u64 = 1 << 46;

/// An amount of money (`amount`, `tax_free`, `vat_amount`, …) as the SDK and
/// the REST API expect it: a JSON number, never a string, never negative,
/// never NaN.
///
/// Whole amounts go up to 2^53 − 1, the largest integer JavaScript holds
/// exactly. Amounts with a fractional part (USD, EUR, …) have at most two
/// decimals and stay below 2^46, where every cent is still a distinct
/// JavaScript number. The amount is held in hundredths, so `14.20` is
/// exactly 1420 hundredths; no floating-point rounding happens on the Rust
/// side. Whether decimals are allowed depends on the currency: requests
/// check that (KRW, JPY, HUF and TWD amounts are whole:
/// [`Currency::is_whole`](crate::value::Currency::is_whole)).
///
/// ```
/// use iamport::value::Amount;
/// assert_eq!(serde_json::to_string(&Amount::new(1004).unwrap()).unwrap(), "1004");
/// assert_eq!(serde_json::to_string(&"14.20".parse::<Amount>().unwrap()).unwrap(), "14.2");
/// assert!("100.555".parse::<Amount>().is_err());
/// assert!(serde_json::from_str::<Amount>("\"64900\"").is_err());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Amount {
    hundredths: u64,
}

impl Amount {
    /// Zero.
    pub const ZERO: Amount = Amount { hundredths: 0 };

    /// A whole amount, such as won.
    ///
    /// # Errors
    ///
    /// Above 2^53 − 1.
    pub fn new(whole: u64) -> Result<Self, InvalidValue> {
        if whole > MAX_SAFE {
            return Err(InvalidValue::new(
                "amount",
                format!("{whole} is above 2^53 - 1, the largest integer JavaScript holds exactly"),
            ));
        }
        // Below 2^53, so 100 times it fits in a u64.
        let hundredths = whole.checked_mul(100).ok_or_else(|| {
            InvalidValue::new(
                "amount",
                "is above 2^53 - 1, the largest integer JavaScript holds exactly",
            )
        })?;
        Ok(Amount { hundredths })
    }

    /// An amount given in hundredths (cents): `from_hundredths(1420)` is 14.20.
    ///
    /// # Errors
    ///
    /// When the amount has cents and is not below 2^46, or is whole and above
    /// 2^53 − 1.
    pub fn from_hundredths(hundredths: u64) -> Result<Self, InvalidValue> {
        if hundredths.is_multiple_of(100) {
            return Self::new(hundredths / 100);
        }
        if hundredths / 100 >= MAX_WITH_CENTS {
            return Err(InvalidValue::new(
                "amount",
                "an amount with cents must be below 2^46 (70,368,744,177,664)",
            ));
        }
        Ok(Amount { hundredths })
    }

    /// The sum, or `None` when it is out of range.
    #[must_use]
    pub fn checked_add(self, other: Amount) -> Option<Amount> {
        Self::from_hundredths(self.hundredths.checked_add(other.hundredths)?).ok()
    }

    /// The difference, or `None` when `other` is larger.
    #[must_use]
    pub fn checked_sub(self, other: Amount) -> Option<Amount> {
        Self::from_hundredths(self.hundredths.checked_sub(other.hundredths)?).ok()
    }

    /// The amount in hundredths.
    #[must_use]
    pub fn hundredths(self) -> u64 {
        self.hundredths
    }

    /// Whether the amount has no fractional part.
    #[must_use]
    pub fn is_whole(self) -> bool {
        self.hundredths.is_multiple_of(100)
    }

    /// Whether the amount is zero.
    #[must_use]
    pub fn is_zero(self) -> bool {
        self.hundredths == 0
    }
}

impl std::str::FromStr for Amount {
    type Err = InvalidValue;

    /// Reads a plain decimal such as `1004` or `14.20`.
    fn from_str(s: &str) -> Result<Self, InvalidValue> {
        let bad = |rule: &'static str| InvalidValue::new("amount", rule);
        if s.starts_with('-') {
            return Err(bad("must not be negative"));
        }
        let (whole, frac) = s.split_once('.').unwrap_or((s, ""));
        if whole.is_empty()
            || !whole.bytes().all(|b| b.is_ascii_digit())
            || !frac.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(bad("must be a decimal number such as `1004` or `14.20`"));
        }
        Self::from_digits(whole, frac, 0)
    }
}

impl Amount {
    /// The amount `whole.frac × 10^exp`, exactly, from ASCII digits.
    fn from_digits(whole: &str, frac: &str, exp: i64) -> Result<Self, InvalidValue> {
        let too_big = || {
            InvalidValue::new(
                "amount",
                "is above 2^53 - 1, the largest integer JavaScript holds exactly",
            )
        };
        // The digits without leading zeros, and the power of ten they are
        // scaled by to give hundredths.
        let digits = whole.chars().chain(frac.chars()).skip_while(|c| *c == '0');
        let digits: String = digits.collect();
        let digits = digits.trim_end_matches('0');
        let trailing = whole
            .chars()
            .chain(frac.chars())
            .rev()
            .take_while(|c| *c == '0')
            .count();
        if digits.is_empty() {
            return Ok(Amount::ZERO);
        }
        let frac_len = i64::try_from(frac.len()).map_err(|_| too_big())?;
        let trailing = i64::try_from(trailing).map_err(|_| too_big())?;
        let scale = exp
            .saturating_sub(frac_len)
            .saturating_add(trailing)
            .saturating_add(2);
        if scale < 0 {
            return Err(InvalidValue::new(
                "amount",
                "has more than two decimals; an amount is never rounded",
            ));
        }
        let len = i64::try_from(digits.len()).map_err(|_| too_big())?;
        if len.saturating_add(scale) > 19 {
            return Err(too_big());
        }
        let mut hundredths: u64 = digits.parse().map_err(|_| too_big())?;
        for _ in 0..scale {
            hundredths = hundredths.checked_mul(10).ok_or_else(too_big)?;
        }
        Self::from_hundredths(hundredths)
    }

    /// Reads the text of a JSON number exactly, exponent included
    /// (`1.5e3` is 1500): never through an `f64`.
    fn from_json_number(text: &str) -> Result<Self, InvalidValue> {
        let not_number =
            |what: &str| InvalidValue::new("amount", format!("must be a JSON number, not {what}"));
        match text.chars().next() {
            Some('"') => return Err(not_number("a string")),
            Some('{') => return Err(not_number("an object")),
            Some('[') => return Err(not_number("an array")),
            Some('t' | 'f') => return Err(not_number("a boolean")),
            Some('n') => return Err(not_number("null")),
            Some('-') => return Err(InvalidValue::new("amount", "must not be negative")),
            _ => {}
        }
        let (mantissa, exp) = match text.split_once(['e', 'E']) {
            Some((m, e)) => (m, Some(e)),
            None => (text, None),
        };
        let (whole, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        let digits_only = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() || !digits_only(whole) || !digits_only(frac) {
            return Err(not_number("this text"));
        }
        let exp = match exp {
            None => 0,
            Some(e) => {
                let (negative, digits) = match e.strip_prefix('-') {
                    Some(d) => (true, d),
                    None => (false, e.strip_prefix('+').unwrap_or(e)),
                };
                if digits.is_empty() || !digits_only(digits) {
                    return Err(not_number("this text"));
                }
                // Beyond any amount's range either way; the sign decides
                // which error `from_digits` gives.
                let magnitude: i64 = digits.parse().unwrap_or(i64::MAX / 2).min(i64::MAX / 2);
                if negative {
                    magnitude.saturating_neg()
                } else {
                    magnitude
                }
            }
        };
        Self::from_digits(whole, frac, exp)
    }
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (whole, cents) = (self.hundredths / 100, self.hundredths % 100);
        if cents == 0 {
            write!(f, "{whole}")
        } else {
            write!(f, "{whole}.{cents:02}")
        }
    }
}

impl fmt::Debug for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl serde::Serialize for Amount {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.is_whole() {
            serializer.serialize_u64(self.hundredths / 100)
        } else {
            // Exact: below 2^46 the nearest double to n/100 prints back as
            // n/100, the shortest decimal that reads back as itself.
            let value: f64 = self
                .to_string()
                .parse()
                .map_err(serde::ser::Error::custom)?;
            serializer.serialize_f64(value)
        }
    }
}

impl<'de> serde::Deserialize<'de> for Amount {
    /// Reads a JSON number from its text: from JSON text (`serde_json`'s
    /// `from_str`, `from_slice`, `from_reader`, or [`crate::from_json`])
    /// the digits as written, so `999.99999999999999` is refused rather
    /// than read as 1000. A `serde_json::Value` has read its numbers as
    /// `f64` already, so `from_value` sees that `f64`'s shortest decimal.
    /// Elsewhere (a value buffered by `#[serde(flatten)]` or an untagged
    /// enum) integers are read and a number with a fraction is refused, as
    /// its text is gone.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserialize_exact(deserializer, AmountVisitor)
    }
}

/// Asks for `serde_json`'s raw text of a number when it can give it (its
/// raw-value hook), and for any value otherwise.
fn deserialize_exact<'de, D, V>(deserializer: D, visitor: V) -> Result<V::Value, D::Error>
where
    D: serde::Deserializer<'de>,
    V: serde::de::Visitor<'de>,
{
    match crate::json::raw_value_token() {
        Some(token) => deserializer.deserialize_newtype_struct(token, visitor),
        None => deserializer.deserialize_any(visitor),
    }
}

/// The number's text from `serde_json`'s raw-value map; any other map (a
/// JSON object) is refused.
fn raw_number_text<'de, A: serde::de::MapAccess<'de>>(mut map: A) -> Result<String, A::Error> {
    use serde::de::Error as _;
    let key: Option<String> = map.next_key()?;
    if key.is_none() || crate::json::raw_value_token() != key.as_deref() {
        return Err(A::Error::custom(InvalidValue::new(
            "amount",
            "must be a JSON number, not an object",
        )));
    }
    let text: String = map.next_value()?;
    Ok(text.trim().to_owned())
}

struct AmountVisitor;

impl<'de> serde::de::Visitor<'de> for AmountVisitor {
    type Value = Amount;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an amount: a JSON number, not a string")
    }

    /// `serde_json`'s raw text of the value.
    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Amount, A::Error> {
        use serde::de::Error as _;
        Amount::from_json_number(&raw_number_text(map)?).map_err(A::Error::custom)
    }

    fn visit_newtype_struct<D: serde::Deserializer<'de>>(self, d: D) -> Result<Amount, D::Error> {
        d.deserialize_any(self)
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Amount, E> {
        Amount::new(v).map_err(E::custom)
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Amount, E> {
        match u64::try_from(v) {
            Ok(v) => Amount::new(v).map_err(E::custom),
            Err(_) => Err(E::custom(InvalidValue::new(
                "amount",
                "must not be negative",
            ))),
        }
    }

    fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<Amount, E> {
        Err(E::custom(InvalidValue::new(
            "amount",
            "a number with a fraction can only be read exactly from JSON text (serde_json); this \
             source gives a binary float, whose decimal digits are already lost",
        )))
    }

    fn visit_str<E: serde::de::Error>(self, _: &str) -> Result<Amount, E> {
        Err(E::custom(InvalidValue::new(
            "amount",
            "must be a JSON number, not a string",
        )))
    }

    fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<Amount, E> {
        Err(E::custom(InvalidValue::new(
            "amount",
            "must be a JSON number, not a boolean",
        )))
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<Amount, E> {
        Err(E::custom(InvalidValue::new(
            "amount",
            "must be a JSON number, not null",
        )))
    }
}

/// A signed amount of money: what is left of a payment's part after
/// refunds (`GET /payments/{imp_uid}/balance`, whose parts the OpenAPI
/// describes as "환불시 마이너스 차감된 최종 금액"), which can be below 0.
///
/// Exact in the same way as [`Amount`], with the same ceiling either side
/// of 0: whole amounts up to 2^53 − 1 in size, amounts with cents (at most
/// two decimals) below 2^46 in size, read from the JSON number's digits,
/// never through an `f64`. `-0` is 0.
///
/// ```
/// use iamport::value::SignedAmount;
/// let refunded: SignedAmount = serde_json::from_str("-1500")?;
/// assert!(refunded.is_negative());
/// assert_eq!(refunded.to_string(), "-1500");
/// assert_eq!(refunded.magnitude().to_string(), "1500");
/// assert_eq!(serde_json::to_string(&refunded)?, "-1500");
/// assert!(serde_json::from_str::<SignedAmount>("-9007199254740992").is_err());
/// assert!(serde_json::from_str::<SignedAmount>("-1.005").is_err());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct SignedAmount {
    hundredths: i64,
}

impl SignedAmount {
    /// Zero.
    pub const ZERO: SignedAmount = SignedAmount { hundredths: 0 };

    /// A whole amount, such as won.
    ///
    /// # Errors
    ///
    /// When its size is above 2^53 − 1.
    pub fn new(whole: i64) -> Result<Self, InvalidValue> {
        Ok(Self::signed(whole < 0, Amount::new(whole.unsigned_abs())?))
    }

    /// An amount given in hundredths (cents): `from_hundredths(-1420)` is
    /// −14.20.
    ///
    /// # Errors
    ///
    /// As [`Amount::from_hundredths`], for the amount's size.
    pub fn from_hundredths(hundredths: i64) -> Result<Self, InvalidValue> {
        Ok(Self::signed(
            hundredths < 0,
            Amount::from_hundredths(hundredths.unsigned_abs())?,
        ))
    }

    /// `magnitude`, below 0 when `negative` (and not zero).
    fn signed(negative: bool, magnitude: Amount) -> Self {
        // An amount is below 2^53 × 100 hundredths, which an i64 holds.
        let size = i64::try_from(magnitude.hundredths()).unwrap_or(i64::MAX);
        SignedAmount {
            hundredths: if negative {
                size.saturating_neg()
            } else {
                size
            },
        }
    }

    /// The amount in hundredths.
    #[must_use]
    pub fn hundredths(self) -> i64 {
        self.hundredths
    }

    /// Whether it is below 0.
    #[must_use]
    pub fn is_negative(self) -> bool {
        self.hundredths < 0
    }

    /// Whether it is zero.
    #[must_use]
    pub fn is_zero(self) -> bool {
        self.hundredths == 0
    }

    /// Whether it has no fractional part.
    #[must_use]
    pub fn is_whole(self) -> bool {
        self.hundredths % 100 == 0
    }

    /// Its size, without the sign.
    #[must_use]
    pub fn magnitude(self) -> Amount {
        Amount {
            hundredths: self.hundredths.unsigned_abs(),
        }
    }

    /// The amount as an [`Amount`], or `None` when it is below 0.
    #[must_use]
    pub fn to_amount(self) -> Option<Amount> {
        (!self.is_negative()).then(|| self.magnitude())
    }

    /// Reads the text of a JSON number exactly, sign and exponent included.
    fn from_json_number(text: &str) -> Result<Self, InvalidValue> {
        Self::with_sign(
            text,
            Amount::from_json_number,
            "must be a JSON number, not this text",
        )
    }

    /// `text` read by `read` after an optional `-`; `rule` for `--`.
    fn with_sign(
        text: &str,
        read: impl Fn(&str) -> Result<Amount, InvalidValue>,
        rule: &'static str,
    ) -> Result<Self, InvalidValue> {
        match text.strip_prefix('-') {
            Some(rest) if rest.starts_with('-') => Err(InvalidValue::new("amount", rule)),
            Some(rest) => read(rest).map(|a| Self::signed(true, a)),
            None => read(text).map(|a| Self::signed(false, a)),
        }
    }
}

impl From<Amount> for SignedAmount {
    fn from(amount: Amount) -> Self {
        Self::signed(false, amount)
    }
}

impl std::str::FromStr for SignedAmount {
    type Err = InvalidValue;

    /// Reads a plain decimal such as `-1004` or `14.20`.
    fn from_str(s: &str) -> Result<Self, InvalidValue> {
        Self::with_sign(
            s,
            str::parse::<Amount>,
            "must be a decimal number such as `-1004` or `14.20`",
        )
    }
}

impl fmt::Display for SignedAmount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_negative() {
            f.write_str("-")?;
        }
        fmt::Display::fmt(&self.magnitude(), f)
    }
}

impl fmt::Debug for SignedAmount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl serde::Serialize for SignedAmount {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.is_whole() {
            serializer.serialize_i64(self.hundredths / 100)
        } else {
            // Exact for the reason given in `Amount`'s `Serialize`.
            let value: f64 = self
                .to_string()
                .parse()
                .map_err(serde::ser::Error::custom)?;
            serializer.serialize_f64(value)
        }
    }
}

impl<'de> serde::Deserialize<'de> for SignedAmount {
    /// Reads a JSON number from its text, as [`Amount`] does, with a sign.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserialize_exact(deserializer, SignedAmountVisitor)
    }
}

struct SignedAmountVisitor;

impl<'de> serde::de::Visitor<'de> for SignedAmountVisitor {
    type Value = SignedAmount;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an amount: a JSON number, not a string")
    }

    /// `serde_json`'s raw text of the value.
    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<SignedAmount, A::Error> {
        use serde::de::Error as _;
        SignedAmount::from_json_number(&raw_number_text(map)?).map_err(A::Error::custom)
    }

    fn visit_newtype_struct<D: serde::Deserializer<'de>>(
        self,
        d: D,
    ) -> Result<SignedAmount, D::Error> {
        d.deserialize_any(self)
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<SignedAmount, E> {
        Amount::new(v).map(SignedAmount::from).map_err(E::custom)
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<SignedAmount, E> {
        SignedAmount::new(v).map_err(E::custom)
    }

    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<SignedAmount, E> {
        AmountVisitor.visit_f64(v).map(SignedAmount::from)
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<SignedAmount, E> {
        AmountVisitor.visit_str(v).map(SignedAmount::from)
    }

    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<SignedAmount, E> {
        AmountVisitor.visit_bool(v).map(SignedAmount::from)
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<SignedAmount, E> {
        AmountVisitor.visit_unit().map(SignedAmount::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_forms() {
        let json = |a: Amount| serde_json::to_string(&a).unwrap();
        assert_eq!(json(Amount::new(0).unwrap()), "0");
        assert_eq!(json(Amount::new(MAX_SAFE).unwrap()), "9007199254740991");
        assert_eq!(json("14.20".parse().unwrap()), "14.2");
        assert_eq!(json("0.01".parse().unwrap()), "0.01");
        assert_eq!(
            json(Amount::from_hundredths(MAX_WITH_CENTS * 100 - 1).unwrap()),
            "70368744177663.99"
        );
    }

    #[test]
    fn bad_amounts() {
        assert!(Amount::new(MAX_SAFE + 1).is_err());
        assert!("-1".parse::<Amount>().is_err());
        assert!("1.005".parse::<Amount>().is_err());
        assert!("1e3".parse::<Amount>().is_err());
        assert!(Amount::from_hundredths(MAX_WITH_CENTS * 100 + 1).is_err());
        for bad in [
            "\"64900\"",
            "-1",
            "100.555",
            "9007199254740992",
            "null",
            "true",
        ] {
            assert!(serde_json::from_str::<Amount>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn signed_amounts() {
        let read = |t: &str| serde_json::from_str::<SignedAmount>(t).map(|a| a.to_string());
        for (text, shown) in [
            ("-1500", "-1500"),
            ("-0", "0"),
            ("0", "0"),
            ("-14.20", "-14.20"),
            ("-1.5e3", "-1500"),
            ("-9007199254740991", "-9007199254740991"),
            ("9007199254740991", "9007199254740991"),
            ("-70368744177663.99", "-70368744177663.99"),
        ] {
            assert_eq!(read(text).unwrap(), shown, "{text}");
        }
        for bad in [
            "-9007199254740992",
            "9007199254740992",
            "-1.005",
            "-70368744177664.01",
            "\"-1\"",
            "null",
            "-1e400",
        ] {
            assert!(read(bad).is_err(), "{bad}");
        }
        for text in [
            "-1500",
            "-14.2",
            "0",
            "9007199254740991",
            "-70368744177663.99",
        ] {
            let a: SignedAmount = serde_json::from_str(text).unwrap();
            assert_eq!(serde_json::to_string(&a).unwrap(), text);
        }
        let max = i64::try_from(MAX_SAFE).unwrap();
        assert!(SignedAmount::new(-max).is_ok());
        assert!(SignedAmount::new(-max - 1).is_err());
        assert!(SignedAmount::new(i64::MIN).is_err());
        assert!(SignedAmount::from_hundredths(i64::MIN).is_err());
        assert_eq!(
            "-14.20".parse::<SignedAmount>().unwrap().hundredths(),
            -1420
        );
        assert!("--1".parse::<SignedAmount>().is_err());
        assert_eq!(SignedAmount::new(-5).unwrap().to_amount(), None);
        assert_eq!(
            SignedAmount::new(5).unwrap().to_amount(),
            Some(Amount::new(5).unwrap())
        );
    }

    #[test]
    fn round_trips() {
        for text in [
            "0",
            "1004",
            "14.2",
            "100.5",
            "9007199254740991",
            "70368744177663.99",
        ] {
            let a: Amount = serde_json::from_str(text).unwrap();
            assert_eq!(serde_json::to_string(&a).unwrap(), text);
        }
        assert_eq!(
            serde_json::from_str::<Amount>("14.20")
                .unwrap()
                .hundredths(),
            1420
        );
    }
}
