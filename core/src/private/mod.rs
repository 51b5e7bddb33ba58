//! Runtime support for the code that `#[derive(Builder)]` generates.
//!
//! Not public API: nothing here follows semver, and names may change in any
//! release. It is public only because generated code in other crates must
//! reach it. The builder's states are public API: [`crate::typestate`].

pub use serde;

pub use crate::json::ObjectOnly;

/// Reads an `Option` field that is never written as `null`: a `null` is an
/// error that names the field (`key`), an absent key is `None` (through
/// `#[serde(default)]`).
///
/// # Errors
///
/// `null`, or what `T` reports.
pub fn no_null<'de, D, T>(deserializer: D, key: &str) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    match <Option<T> as serde::Deserialize>::deserialize(deserializer)? {
        Some(value) => Ok(Some(value)),
        None => Err(serde::de::Error::custom(format_args!(
            "{} is null; leave the key out instead",
            crate::value::quoted(key)
        ))),
    }
}
