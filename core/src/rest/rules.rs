//! The checks that more than one request type makes, each in one function,
//! so that a rule is written once and its message is the same everywhere.

use crate::value::{InvalidValue, Timestamp, js_len};

/// Fails when `value` is longer than the OpenAPI's `maxLength` (counted in
/// UTF-16 units, as for the SDK).
pub(crate) fn at_most(
    what: &'static str,
    value: Option<&str>,
    max: usize,
) -> Result<(), InvalidValue> {
    match value {
        Some(v) if js_len(v) > max => Err(InvalidValue::new(
            what,
            format!("must be at most {max} characters, got {}", js_len(v)),
        )),
        _ => Ok(()),
    }
}

/// Fails when a list that is given is empty.
#[cfg(any(
    feature = "benepia",
    feature = "cvs",
    feature = "naver",
    feature = "receipts",
    feature = "vbanks"
))]
pub(crate) fn not_empty<T>(what: &'static str, list: Option<&[T]>) -> Result<(), InvalidValue> {
    if list.is_some_and(<[T]>::is_empty) {
        return Err(InvalidValue::new(
            what,
            "must list at least one value; leave it out otherwise",
        ));
    }
    Ok(())
}

/// That an amount to be paid (a virtual account, a convenience-store
/// barcode) is above 0 and, with its parts, fits the rules of KRW, the
/// only currency of these calls.
#[cfg(any(
    feature = "benepia",
    feature = "cvs",
    feature = "kcpquick",
    feature = "vbanks"
))]
pub(crate) fn payable(
    amount: crate::value::Amount,
    tax_free: Option<crate::value::Amount>,
    vat_amount: Option<crate::value::Amount>,
) -> Result<(), InvalidValue> {
    if amount.is_zero() {
        return Err(InvalidValue::new("amount", "must be above 0 for a payment"));
    }
    crate::value::Currency::Krw.check_amounts(amount, tax_free, vat_amount)
}

/// Fails when `value`, a text the API requires, is empty or only
/// whitespace (such as a memo PortOne passes on to the buyer).
#[cfg(any(
    feature = "benepia",
    feature = "certifications",
    feature = "kcpquick",
    feature = "naver"
))]
pub(crate) fn not_blank(what: &'static str, value: &str) -> Result<(), InvalidValue> {
    if value.trim().is_empty() {
        return Err(InvalidValue::new(what, "must not be empty or blank"));
    }
    Ok(())
}

/// Fails when a field that `needed` makes required is not `given`; `when`
/// names the condition, such as "`delivery_method` is `DELIVERY`".
#[cfg(any(feature = "kcpquick", feature = "naver", feature = "paymentwall"))]
pub(crate) fn required_when(
    what: &'static str,
    given: bool,
    needed: bool,
    when: &str,
) -> Result<(), InvalidValue> {
    if needed && !given {
        return Err(InvalidValue::new(what, format!("is required when {when}")));
    }
    Ok(())
}

/// The largest `limit` of a listing: "최대 1000건" and `maximum: 1000` in
/// the OpenAPI, for `findAll`, `/payments/status` and the schedule range
/// listing alike.
pub(crate) const MAX_LIMIT: u32 = 1000;

/// The most payments `GET /payments` takes at once: "(최대 100개)", the
/// `imp_uid[]` and `merchant_uid[]` together.
pub(crate) const MAX_PAYMENTS: usize = 100;

/// The longest window of `/payments/status`: "검색기간은 최대 90일까지", in
/// seconds.
pub(crate) const MAX_STATUS_WINDOW_SECS: u64 = 7_776_000;

/// Korea's offset from UTC (KST, UTC+9, no daylight saving), in seconds:
/// the schedule listings' three months are counted on Korea's calendar.
pub(crate) const KST_OFFSET_SECS: u64 = 32_400;

pub(crate) const DAY_SECS: u64 = 86_400;

pub(crate) fn page_rules(page: Option<u32>, limit: Option<u32>) -> Result<(), InvalidValue> {
    if page == Some(0) {
        return Err(InvalidValue::new("page", "pages are numbered from 1"));
    }
    match limit {
        Some(0) => Err(InvalidValue::new("limit", "must be above 0")),
        Some(limit) if limit > MAX_LIMIT => Err(InvalidValue::new(
            "limit",
            format!("must be at most {MAX_LIMIT}, got {limit}"),
        )),
        _ => Ok(()),
    }
}

/// That a schedule listing's window is at most three months (OpenAPI:
/// "최대 3개월 단위로 조회가 가능합니다"): `to` (exclusive) is not after
/// the same day and time three calendar months after `from`, in Korea's
/// time, the day clamped to the month's end (from 01-31, the end is 04-30).
pub(crate) fn three_months_rule(
    from_name: &'static str,
    from: Timestamp,
    to_name: &'static str,
    to: Timestamp,
) -> Result<(), InvalidValue> {
    match three_months_after(from) {
        Some(end) if to.unix() > end => Err(InvalidValue::new(
            to_name,
            format!("must be at most 3 months after `{from_name}` (up to {end}), got {to}"),
        )),
        _ => Ok(()),
    }
}

/// The same Korean day and time three calendar months after `t`, in Unix
/// seconds, the day clamped to the month's end; `None` past any
/// timestamp's range.
pub(crate) fn three_months_after(t: Timestamp) -> Option<u64> {
    let local = t.unix().checked_add(KST_OFFSET_SECS)?;
    let (days, time) = (local / DAY_SECS, local % DAY_SECS);
    let (year, month, day) = civil_from_days(days)?;
    // Months counted from 0: month 1..=12 is 0..=11, plus three.
    let index = month.checked_add(2)?;
    let year = year.checked_add(index / 12)?;
    let month = (index % 12).checked_add(1)?;
    let day = day.min(days_in_month(year, month));
    days_from_civil(year, month, day)?
        .checked_mul(DAY_SECS)?
        .checked_add(time)?
        .checked_sub(KST_OFFSET_SECS)
}

pub(crate) fn days_in_month(year: u64, month: u64) -> u64 {
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 31,
    }
}

/// Year, month (1..=12) and day (1..=31) of the day `days` after
/// 1970-01-01, proleptic Gregorian (H. Hinnant's `civil_from_days`).
pub(crate) fn civil_from_days(days: u64) -> Option<(u64, u64, u64)> {
    let z = days.checked_add(719_468)?;
    let (era, doe) = (z / 146_097, z % 146_097);
    let yoe = doe
        .checked_sub(doe / 1_460)?
        .checked_add(doe / 36_524)?
        .checked_sub(doe / 146_096)?
        / 365;
    let year = era.checked_mul(400)?.checked_add(yoe)?;
    let doy = doe.checked_sub(
        yoe.checked_mul(365)?
            .checked_add(yoe / 4)?
            .checked_sub(yoe / 100)?,
    )?;
    let mp = doy.checked_mul(5)?.checked_add(2)? / 153;
    let day = doy
        .checked_sub(mp.checked_mul(153)?.checked_add(2)? / 5)?
        .checked_add(1)?;
    if mp < 10 {
        Some((year, mp.checked_add(3)?, day))
    } else {
        Some((year.checked_add(1)?, mp.checked_sub(9)?, day))
    }
}

/// The days from 1970-01-01 to `year-month-day` (H. Hinnant's
/// `days_from_civil`); `None` before 1970.
pub(crate) fn days_from_civil(year: u64, month: u64, day: u64) -> Option<u64> {
    let (year, mp) = if month <= 2 {
        (year.checked_sub(1)?, month.checked_add(9)?)
    } else {
        (year, month.checked_sub(3)?)
    };
    let (era, yoe) = (year / 400, year % 400);
    let doy = (mp.checked_mul(153)?.checked_add(2)? / 5)
        .checked_add(day)?
        .checked_sub(1)?;
    let doe = yoe
        .checked_mul(365)?
        .checked_add(yoe / 4)?
        .checked_sub(yoe / 100)?
        .checked_add(doy)?;
    era.checked_mul(146_097)?
        .checked_add(doe)?
        .checked_sub(719_468)
}

/// That `from` (named `from_name`) is not after `to` (named `to_name`).
pub(crate) fn range_rule(
    (from_name, from): (&'static str, Option<Timestamp>),
    (to_name, to): (&'static str, Option<Timestamp>),
) -> Result<(), InvalidValue> {
    match (from, to) {
        (Some(from), Some(to)) if from > to => Err(InvalidValue::new(
            from_name,
            format!("({from}) is after `{to_name}` ({to})"),
        )),
        _ => Ok(()),
    }
}

/// Fails when `value` is longer than `max` bytes of UTF-8, where the
/// OpenAPI counts bytes ("최대 20바이트": KCP's `vender_type`, `reward_id`).
#[cfg(feature = "kcpquick")]
pub(crate) fn at_most_bytes(
    what: &'static str,
    value: Option<&str>,
    max: usize,
) -> Result<(), InvalidValue> {
    match value {
        Some(v) if v.len() > max => Err(InvalidValue::new(
            what,
            format!("must be at most {max} bytes (UTF-8), got {}", v.len()),
        )),
        _ => Ok(()),
    }
}
