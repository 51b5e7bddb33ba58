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
        // Read from the number's text (serde_json writes the shortest form
        // that reads back the same), so that no float arithmetic rounds it.
        let text = value.as_number()?.to_string();
        if text.starts_with('-') || text.contains(['e', 'E']) {
            return None;
        }
        let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
        if fraction.len() > 2 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let cents: i64 = format!("{fraction:0<2}").parse().ok()?;
        let hundredths = whole
            .parse::<i64>()
            .ok()?
            .checked_mul(100)?
            .checked_add(cents)?;
        (hundredths <= MAX_HUNDREDTHS).then_some(Money(hundredths))
    }

    /// The amount as a JSON number: whole when it is, else with its
    /// decimals.
    #[must_use]
    pub(crate) fn to_json(self) -> Value {
        let (whole, cents) = (self.0.div_euclid(100), self.0.rem_euclid(100));
        let text = if cents == 0 {
            whole.to_string()
        } else {
            format!("{whole}.{cents:02}")
        };
        serde_json::from_str::<Number>(&text).map_or(Value::Null, Value::Number)
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
        assert_eq!(Money::from_json(&json!(0.1)), Some(Money(10)));
        assert_eq!(Money::from_json(&json!(10_000_000_000_000_000_i64)), None);
        assert_eq!(Money(1420).to_json(), json!(14.2));
        assert_eq!(Money(100_000).to_json(), json!(1000));
        assert_eq!(Money(5).minus(Money(6)), None);
    }
}
