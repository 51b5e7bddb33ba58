//! The generated code compiles without a warning in a strict crate: every
//! lint the issue names is an error here, clippy's pedantic group included
//! (`.ci/run` runs clippy over this file with `-D warnings`).
#![deny(
    warnings,
    missing_docs,
    unused_qualifications,
    missing_debug_implementations
)]
#![deny(clippy::pedantic, clippy::nursery, clippy::all)]
#![forbid(unsafe_code)]

use iamport::{Builder, Validate};

/// Everything the derive can generate, in one public type.
#[derive(Builder, Debug, PartialEq, Eq, serde::Serialize)]
#[builder(validate, deserialize, at_most_one(channel = (channel_key, pg)))]
pub struct Strict {
    /// Required.
    pub merchant_uid: String,
    /// Required, through `Into`.
    #[builder(into)]
    pub name: String,
    /// In a group.
    pub channel_key: Option<String>,
    /// In a group.
    pub pg: Option<String>,
    /// With a default.
    #[builder(default = 3)]
    pub count: u32,
    /// Renamed setter.
    #[builder(setter = with_flag, default)]
    pub flag: bool,
    /// Fixed.
    #[builder(fixed = 1)]
    pub version: u8,
}

impl Validate for Strict {
    type Error = String;
    fn validate(&self) -> Result<(), String> {
        if self.count == 0 {
            return Err("count must be positive".to_owned());
        }
        Ok(())
    }
}

/// A generic type with a lifetime, a bound and a const parameter.
#[derive(Builder, Debug)]
pub struct Generic<'a, T, const N: usize>
where
    T: Clone + core::fmt::Debug,
{
    /// A borrowed name.
    pub name: &'a str,
    /// A value.
    pub value: T,
    /// An array.
    pub data: Option<[u8; N]>,
}

#[test]
fn strict_builds() {
    let s = Strict::builder()
        .merchant_uid("m".to_owned())
        .name("n")
        .pg("chai".to_owned())
        .with_flag(true)
        .build();
    assert_eq!(s.map(|s| (s.count, s.version, s.flag)), Ok((3, 1, true)));
    let g = Generic::<'_, u8, 2>::builder().name("g").value(1).build();
    assert_eq!((g.name, g.value, g.data), ("g", 1, None));
}
