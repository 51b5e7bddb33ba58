//! The checks that more than one request type makes, each in one function,
//! so that a rule is written once and its message is the same everywhere.

use crate::value::{Amount, Currency, InvalidValue, js_len};

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
pub(crate) fn payable(
    amount: Amount,
    tax_free: Option<Amount>,
    vat_amount: Option<Amount>,
) -> Result<(), InvalidValue> {
    if amount.is_zero() {
        return Err(InvalidValue::new("amount", "must be above 0 for a payment"));
    }
    Currency::Krw.check_amounts(amount, tax_free, vat_amount)
}

/// Fails when `value`, a text the API requires, is empty or only
/// whitespace (such as a memo PortOne passes on to the buyer).
pub(crate) fn not_blank(what: &'static str, value: &str) -> Result<(), InvalidValue> {
    if value.trim().is_empty() {
        return Err(InvalidValue::new(what, "must not be empty or blank"));
    }
    Ok(())
}

/// Fails when a field that `needed` makes required is not `given`; `when`
/// names the condition, such as "`delivery_method` is `DELIVERY`".
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
