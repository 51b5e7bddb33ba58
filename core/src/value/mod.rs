//! Values that a type alone can't check (lengths, formats, ranges), checked
//! where they are made: each type here has a constructor that returns
//! [`InvalidValue`] for bad input, and its `Deserialize` runs the same check,
//! so no path around it exists.
//!
//! Lengths are counted in UTF-16 code units, as JavaScript's `String.length`
//! counts them: the browser SDK that receives these values is JavaScript. A
//! Hangul syllable is 1 unit, an emoji outside the Basic Multilingual Plane is
//! 2, and decomposed (NFD) Hangul counts each jamo.

mod amount;
mod dates;
mod error;
mod text;

pub use amount::Amount;
pub use dates::{CalendarDate, DateTime};
pub use error::InvalidValue;
pub use text::{BizNum, CustomerUid, Email, HttpUrl, MerchantUid, OrderName};

/// Length in UTF-16 code units, as JavaScript counts.
pub(crate) fn js_len(s: &str) -> usize {
    s.encode_utf16().count()
}
