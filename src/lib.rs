//! Integration tests, examples and benchmarks of the `iamport` workspace.
//! Its documentation is the README, so that the README's examples are
//! compiled and run as doctests: `build.rs` copies it into `OUT_DIR` with
//! each `rust` block wrapped in
//! `fn main() -> Result<(), Box<dyn std::error::Error>>`, as a merchant
//! pastes it (the README itself shows no hidden lines).
#![doc = include_str!(concat!(env!("OUT_DIR"), "/README.md"))]
