//! Card data for the key-in endpoints. Each value is checked where it is
//! made, and `Debug` never shows it (`Display` is not implemented), so a
//! logged request can't leak it. Serialization writes the value: it goes to
//! PortOne and nowhere else.

use std::fmt;

use crate::value::InvalidValue;

/// What a hand-written `Debug` shows in place of an optional secret of a
/// request (`secure_3d_token`, the `refund_*` fields): `None` when it is
/// unset, `Some(<redacted>)` when it is set, never the value.
pub(crate) struct Redacted(bool);

impl Redacted {
    /// Stands in for `value`.
    pub(crate) fn of<T: ?Sized>(value: Option<&T>) -> Self {
        Redacted(value.is_some())
    }
}

impl fmt::Debug for Redacted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if self.0 { "Some(<redacted>)" } else { "None" })
    }
}

macro_rules! secret_text {
    ($(#[$doc:meta])* $name:ident, $what:literal, $check:path) => {
        $(#[$doc])*
        #[derive(Clone, PartialEq, Eq)]
        pub struct $name(String);

        impl $name {
            /// Checks `value` and wraps it.
            ///
            /// # Errors
            ///
            /// [`InvalidValue`] naming the rule `value` breaks; the message
            /// never repeats the value.
            pub fn new(value: impl Into<String>) -> Result<Self, InvalidValue> {
                let value = value.into();
                $check(&value).map_err(|rule| InvalidValue::new($what, rule))?;
                Ok($name(value))
            }

            /// The value, for the request body.
            #[must_use]
            pub fn expose(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(concat!(stringify!($name), "(<redacted>)"))
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.0)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let s = crate::json::secret_string(deserializer)?;
                Self::new(s).map_err(serde::de::Error::custom)
            }
        }
    };
}

fn card_number(v: &str) -> Result<(), &'static str> {
    let digits = v.bytes().filter(u8::is_ascii_digit).count();
    let ok_chars = v.bytes().all(|b| b.is_ascii_digit() || b == b'-');
    if ok_chars
        && (14..=19).contains(&digits)
        && !v.starts_with('-')
        && !v.ends_with('-')
        && !v.contains("--")
    {
        Ok(())
    } else {
        Err("must be 14 to 19 digits, grouped by hyphens as `dddd-dddd-dddd-dddd`")
    }
}

fn two_digits(v: &str) -> Option<u32> {
    (v.len() == 2 && v.bytes().all(|b| b.is_ascii_digit()))
        .then(|| v.parse().ok())
        .flatten()
}

fn expiry(v: &str) -> Result<(), &'static str> {
    let ok = v.len() == 7
        && v.as_bytes().get(4) == Some(&b'-')
        && v.get(..4)
            .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()))
        && v.get(5..)
            .and_then(two_digits)
            .is_some_and(|m| (1..=12).contains(&m));
    if ok { Ok(()) } else { Err("must be `YYYY-MM`") }
}

/// Six digits (`YYMMDD`) or ten (a business number). The digits are not
/// read as a date: the official examples send `123456`, and the PG checks
/// the holder's birth date anyway.
fn birth(v: &str) -> Result<(), &'static str> {
    if v.bytes().all(|b| b.is_ascii_digit()) && (v.len() == 6 || v.len() == 10) {
        Ok(())
    } else {
        Err("must be a birth date `YYMMDD`, or the 10 digits of a business registration number")
    }
}

fn pwd_2digit(v: &str) -> Result<(), &'static str> {
    if two_digits(v).is_some() {
        Ok(())
    } else {
        Err("must be the first 2 digits of the card password")
    }
}

fn cvc(v: &str) -> Result<(), &'static str> {
    if (3..=4).contains(&v.len()) && v.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err("must be 3 digits (4 for AMEX)")
    }
}

secret_text! {
    /// `card_number`, such as `1234-1234-1234-1234`.
    CardNumber, "card_number", card_number
}

secret_text! {
    /// `expiry`: the card's expiry, `YYYY-MM`.
    CardExpiry, "expiry", expiry
}

secret_text! {
    /// `birth`: the holder's birth date `YYMMDD`, or the 10-digit business
    /// number of a corporate card.
    Birth, "birth", birth
}

secret_text! {
    /// `pwd_2digit`: the first 2 digits of the card password.
    Pwd2Digit, "pwd_2digit", pwd_2digit
}

secret_text! {
    /// `cvc`: 3 digits (4 for AMEX); paymentwall only.
    Cvc, "cvc", cvc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checks_and_redaction() {
        let n = CardNumber::new("1234-1234-1234-1234").unwrap();
        assert_eq!(format!("{n:?}"), "CardNumber(<redacted>)");
        assert_eq!(
            serde_json::to_string(&n).unwrap(),
            "\"1234-1234-1234-1234\""
        );
        assert!(CardNumber::new("1234").is_err());
        assert!(CardNumber::new("1234-1234-1234-123x").is_err());
        let err = CardNumber::new("1234 1234 1234 1234")
            .unwrap_err()
            .to_string();
        assert!(!err.contains("1234"), "{err}");
        assert!(CardExpiry::new("2025-12").is_ok());
        assert!(CardExpiry::new("2025-13").is_err());
        assert!(Birth::new("820213").is_ok());
        assert!(Birth::new("1234567890").is_ok());
        assert!(Birth::new("82021").is_err());
        assert!(Birth::new("82-02-13").is_err());
        assert!(Pwd2Digit::new("00").is_ok());
        assert!(Pwd2Digit::new("0").is_err());
        assert!(Cvc::new("123").is_ok() && Cvc::new("12").is_err());
    }
}
