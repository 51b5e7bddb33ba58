//! Tests of the `Builder` derive: built values, hygiene, strict lints,
//! `Validate`, a 300-field struct, and the trybuild compile-fail and
//! compile-pass cases. One binary, so that the suite links once (`lints`,
//! whose crate-level lint settings are its point, stays its own).
#![allow(missing_docs, unreachable_pub)]

mod builder;
mod hygiene;
mod ui;
mod validate;
mod wide;
