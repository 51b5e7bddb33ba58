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
/// check that (KRW and JPY amounts are whole).
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
        Ok(Amount {
            hundredths: whole * 100,
        })
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

    /// The amount a JSON number holds.
    ///
    /// # Errors
    ///
    /// NaN, infinite, negative, more than two decimals, or out of range.
    pub fn from_f64(value: f64) -> Result<Self, InvalidValue> {
        if !value.is_finite() {
            return Err(InvalidValue::new("amount", "must be a finite number"));
        }
        // `Display` writes the shortest decimal that reads back as `value`,
        // never in exponent form: the decimal the JSON text held.
        format!("{value}").parse()
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
        let frac = frac.trim_end_matches('0');
        if frac.len() > 2 {
            return Err(bad("must have at most two decimals"));
        }
        let whole: u64 = whole
            .parse()
            .map_err(|_| bad("is above 2^53 - 1, the largest integer JavaScript holds exactly"))?;
        let cents: u64 = format!("{frac:0<2}").parse().unwrap_or(0);
        let hundredths = whole
            .checked_mul(100)
            .and_then(|h| h.checked_add(cents))
            .ok_or_else(|| {
                bad("is above 2^53 - 1, the largest integer JavaScript holds exactly")
            })?;
        Self::from_hundredths(hundredths)
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
            // Exact: below 2^46 the nearest double to n/100 prints back as n/100.
            #[allow(
                clippy::cast_precision_loss,
                reason = "below 2^53, checked on construction"
            )]
            let value = self.hundredths as f64 / 100.0;
            serializer.serialize_f64(value)
        }
    }
}

impl<'de> serde::Deserialize<'de> for Amount {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Amount;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an amount: a JSON number, not a string")
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
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Amount, E> {
                Amount::from_f64(v).map_err(E::custom)
            }
            fn visit_str<E: serde::de::Error>(self, _: &str) -> Result<Amount, E> {
                Err(E::custom(InvalidValue::new(
                    "amount",
                    "must be a JSON number, not a string",
                )))
            }
        }
        deserializer.deserialize_any(Visitor)
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
        assert!(Amount::from_f64(f64::NAN).is_err());
        assert!(Amount::from_f64(f64::INFINITY).is_err());
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
