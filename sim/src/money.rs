//! Amounts as PortOne's JSON carries them: a number, kept exactly in
//! hundredths (KRW and JPY are whole; USD and the like have at most two
//! decimals). A number with more decimals, a negative one or one too large
//! is refused, never rounded.

use serde_json::{Number, Value};

/// An amount in hundredths of the currency's unit.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Money(pub(crate) i64);

/// The largest amount the simulator keeps: ten trillion units, far above
/// anything a PG accepts, and exact in an `f64`.
const MAX_HUNDREDTHS: i64 = 1_000_000_000_000_000;

impl Money {
    /// Nothing.
    pub(crate) const ZERO: Money = Money(0);

    /// Reads a JSON number (a string is refused: PortOne's `amount` is a
    /// number). `None` for anything else, a negative number, more than two
    /// decimals or more than [`MAX_HUNDREDTHS`].
    #[must_use]
    pub(crate) fn from_json(value: &Value) -> Option<Money> {
        let number = value.as_number()?;
        let hundredths = if let Some(whole) = number.as_i64() {
            whole.checked_mul(100)?
        } else {
            let float = number.as_f64()?;
            let scaled = float * 100.0;
            let rounded = scaled.round();
            if !rounded.is_finite() || (scaled - rounded).abs() > 1e-6 || rounded.abs() > 1e18 {
                return None;
            }
            // Exact: `rounded` is a whole number far inside i64's range.
            #[allow(clippy::cast_possible_truncation)]
            let whole = rounded as i64;
            whole
        };
        (0..=MAX_HUNDREDTHS)
            .contains(&hundredths)
            .then_some(Money(hundredths))
    }

    /// The amount as a JSON number: whole when it is, else with its
    /// decimals.
    #[must_use]
    pub(crate) fn to_json(self) -> Value {
        if self.0 % 100 == 0 {
            Value::Number(Number::from(self.0 / 100))
        } else {
            // Exact for every amount below MAX_HUNDREDTHS.
            #[allow(clippy::cast_precision_loss)]
            let float = self.0 as f64 / 100.0;
            Number::from_f64(float).map_or(Value::Null, Value::Number)
        }
    }

    /// `self - other`, or `None` below zero.
    #[must_use]
    pub(crate) fn minus(self, other: Money) -> Option<Money> {
        self.0
            .checked_sub(other.0)
            .filter(|rest| *rest >= 0)
            .map(Money)
    }

    /// `self + other`, saturating at the largest amount.
    #[must_use]
    pub(crate) fn plus(self, other: Money) -> Money {
        Money(self.0.saturating_add(other.0).min(MAX_HUNDREDTHS))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn exact_or_refused() {
        assert_eq!(Money::from_json(&json!(1000)), Some(Money(100_000)));
        assert_eq!(Money::from_json(&json!(14.2)), Some(Money(1420)));
        assert_eq!(Money::from_json(&json!(14.205)), None);
        assert_eq!(Money::from_json(&json!(-1)), None);
        assert_eq!(Money::from_json(&json!("1000")), None);
        assert_eq!(Money::from_json(&json!(1e300)), None);
        assert_eq!(Money(1420).to_json(), json!(14.2));
        assert_eq!(Money(100_000).to_json(), json!(1000));
        assert_eq!(Money(5).minus(Money(6)), None);
    }
}
