//! Points in time as the REST API writes them: Unix seconds.

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::InvalidValue;

/// A point in time in whole Unix seconds, from 1970-01-01 00:00:00 UTC up to
/// 9999-12-31 23:59:59 UTC ([`Timestamp::MAX_SECS`]): `schedule_at` of a
/// schedule, and every time a response holds (`paid_at`, `expired_at`, …).
///
/// Any number outside that range is an error, never an overflow: a faulty
/// answer can't crash the server that reads it.
///
/// ```
/// use iamport::value::Timestamp;
/// let t = Timestamp::from_unix(1_700_000_000).unwrap();
/// assert_eq!(serde_json::to_string(&t).unwrap(), "1700000000");
/// assert!(Timestamp::from_unix(u64::MAX).is_err());
/// assert!(serde_json::from_str::<Timestamp>("18446744073709551615").is_err());
/// assert!(serde_json::from_str::<Timestamp>("-1").is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Timestamp(u64);

impl Timestamp {
    /// The last second this type holds: 9999-12-31 23:59:59 UTC.
    pub const MAX_SECS: u64 = 253_402_300_799;

    /// 1970-01-01 00:00:00 UTC.
    pub const EPOCH: Timestamp = Timestamp(0);

    /// The moment `secs` seconds after 1970-01-01 00:00:00 UTC.
    ///
    /// # Errors
    ///
    /// Above [`Timestamp::MAX_SECS`].
    pub fn from_unix(secs: u64) -> Result<Self, InvalidValue> {
        if secs > Self::MAX_SECS {
            return Err(InvalidValue::new(
                "timestamp",
                format!(
                    "{secs} is after 9999-12-31 23:59:59 UTC ({})",
                    Self::MAX_SECS
                ),
            ));
        }
        Ok(Timestamp(secs))
    }

    /// The whole second of `time` (a fraction is dropped).
    ///
    /// # Errors
    ///
    /// Before 1970 or after 9999.
    pub fn from_system_time(time: SystemTime) -> Result<Self, InvalidValue> {
        let secs = time
            .duration_since(UNIX_EPOCH)
            .map_err(|_| InvalidValue::new("timestamp", "must not be before 1970"))?
            .as_secs();
        Self::from_unix(secs)
    }

    /// Seconds since 1970-01-01 00:00:00 UTC.
    #[must_use]
    pub fn unix(self) -> u64 {
        self.0
    }

    /// The moment as a [`SystemTime`]; `None` only on a platform whose
    /// clock can't hold it.
    #[must_use]
    pub fn to_system_time(self) -> Option<SystemTime> {
        UNIX_EPOCH.checked_add(Duration::from_secs(self.0))
    }
}

impl TryFrom<SystemTime> for Timestamp {
    type Error = InvalidValue;
    fn try_from(time: SystemTime) -> Result<Self, InvalidValue> {
        Self::from_system_time(time)
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl serde::Serialize for Timestamp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u64(self.0)
    }
}

impl<'de> serde::Deserialize<'de> for Timestamp {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer
            .deserialize_any(TimestampVisitor {
                zero_is_none: false,
                text: false,
            })?
            .ok_or_else(|| serde::de::Error::custom("a timestamp can't be empty"))
    }
}

/// Reads a timestamp; with `zero_is_none`, 0 and `null` ("has not
/// happened", as responses write it) are `None`; with `text`, decimal text
/// is read too (and `""` is `None`).
pub(crate) struct TimestampVisitor {
    pub(crate) zero_is_none: bool,
    pub(crate) text: bool,
}

impl<'de> serde::de::Visitor<'de> for TimestampVisitor {
    type Value = Option<Timestamp>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Unix seconds: a whole JSON number from 0 to 253402300799")
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
        if v == 0 && self.zero_is_none {
            return Ok(None);
        }
        Timestamp::from_unix(v).map(Some).map_err(E::custom)
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
        match u64::try_from(v) {
            Ok(v) => self.visit_u64(v),
            Err(_) => Err(E::custom(InvalidValue::new(
                "timestamp",
                "must not be before 1970 (negative)",
            ))),
        }
    }

    fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<Self::Value, E> {
        Err(E::custom(InvalidValue::new(
            "timestamp",
            "must be whole seconds, not a fraction or exponent",
        )))
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
        if !self.text {
            return Err(E::invalid_type(
                serde::de::Unexpected::Other("a string"),
                &self,
            ));
        }
        if v.is_empty() && self.zero_is_none {
            return Ok(None);
        }
        match v.parse::<u64>() {
            Ok(secs) => self.visit_u64(secs),
            Err(_) => Err(E::custom(InvalidValue::new(
                "timestamp",
                format!("must be Unix seconds, got {}", super::quoted(v)),
            ))),
        }
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
        if self.zero_is_none {
            Ok(None)
        } else {
            Err(E::custom(InvalidValue::new(
                "timestamp",
                "must not be null",
            )))
        }
    }

    fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
        self.visit_unit()
    }

    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

/// For response fields: `0` and `null` are `None` (has not happened).
pub(crate) fn zero_is_none<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<Timestamp>, D::Error> {
    d.deserialize_any(TimestampVisitor {
        zero_is_none: true,
        text: false,
    })
}
