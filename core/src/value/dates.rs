//! Dates and times in the SDK's text formats.

use std::fmt;

use super::InvalidValue;
use super::text::checked_string;

fn digits(s: &str) -> Option<u32> {
    if s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

fn valid_date(y: u32, m: u32, d: u32) -> bool {
    let leap = (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400);
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1000..=9999).contains(&y) && (1..=days).contains(&d)
}

fn ymd(s: &str) -> Option<(u32, u32, u32)> {
    let (y, m, d) = (
        digits(s.get(0..4)?)?,
        digits(s.get(4..6)?)?,
        digits(s.get(6..8)?)?,
    );
    valid_date(y, m, d).then_some((y, m, d))
}

fn hms(s: &str) -> bool {
    let parts = (
        s.get(0..2).and_then(digits),
        s.get(2..4).and_then(digits),
        s.get(4..6).and_then(digits),
    );
    matches!(parts, (Some(h), Some(m), Some(sec)) if h < 24 && m < 60 && sec < 60)
}

/// Whether `s` is one of `YYYY-MM-DD`, `YYYYMMDD`, `YYYY-MM-DD HH:mm:ss`,
/// `YYYYMMDDHHmmss`, and a real date and time.
fn date_time(s: &str) -> bool {
    let at = |i: usize| s.as_bytes().get(i).copied();
    let part = |from: usize, to: usize| s.get(from..to).unwrap_or_default();
    match s.len() {
        8 => ymd(s).is_some(),
        14 => ymd(part(0, 8)).is_some() && hms(part(8, 14)),
        10 | 19 => {
            if at(4) != Some(b'-') || at(7) != Some(b'-') {
                return false;
            }
            let compact = format!("{}{}{}", part(0, 4), part(5, 7), part(8, 10));
            if ymd(&compact).is_none() {
                return false;
            }
            if s.len() == 10 {
                return true;
            }
            at(10) == Some(b' ')
                && at(13) == Some(b':')
                && at(16) == Some(b':')
                && hms(&format!("{}{}{}", part(11, 13), part(14, 16), part(17, 19)))
        }
        _ => false,
    }
}

fn date_time_rule(s: &str) -> Result<(), String> {
    if s.is_ascii() && date_time(s) {
        Ok(())
    } else {
        Err(format!(
            "must be `YYYY-MM-DD`, `YYYYMMDD`, `YYYY-MM-DD HH:mm:ss` or `YYYYMMDDHHmmss`, got {}",
            super::quoted(s)
        ))
    }
}

checked_string! {
    /// A date or date and time in one of the SDK's formats: `YYYY-MM-DD`,
    /// `YYYYMMDD`, `YYYY-MM-DD HH:mm:ss` or `YYYYMMDDHHmmss` (`vbank_due`,
    /// `period.from`, `period.to`). The calendar is checked: `20260230` is
    /// rejected.
    ///
    /// ```
    /// use iamport::value::DateTime;
    /// assert!(DateTime::new("2026-12-31 23:59:59").is_ok());
    /// assert!(DateTime::new("20261231").is_ok());
    /// assert!(DateTime::new("2026-02-30").is_err());
    /// ```
    DateTime, "date", date_time_rule
}

impl DateTime {
    /// The digits, padded to `YYYYMMDDHHmmss`: ordered as the moments are.
    pub(crate) fn sort_key(&self) -> String {
        let mut key: String = self.as_str().chars().filter(char::is_ascii_digit).collect();
        while key.len() < 14 {
            key.push('0');
        }
        key
    }
}

fn compact_date(s: &str) -> Result<(), String> {
    if s.is_ascii() && s.len() == 8 && ymd(s).is_some() {
        Ok(())
    } else {
        Err(format!("must be `YYYYMMDD`, got {}", super::quoted(s)))
    }
}

checked_string! {
    /// A date written `YYYYMMDD` (`naverUseCfm`).
    CalendarDate, "date", compact_date
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        for ok in [
            "2026-01-31",
            "20260131",
            "2026-01-31 23:59:59",
            "20260131235959",
            "2024-02-29",
        ] {
            assert!(DateTime::new(ok).is_ok(), "{ok}");
        }
        for bad in [
            "2026-1-31",
            "2026013",
            "2026-01-31T23:59:59",
            "2026-13-01",
            "2025-02-29",
            "2026-01-31 24:00:00",
            "202601312359",
            "２０２６０１３１",
            "",
        ] {
            assert!(DateTime::new(bad).is_err(), "{bad}");
        }
        assert!(CalendarDate::new("20261231").is_ok());
        assert!(CalendarDate::new("2026-12-31").is_err());
    }
}
