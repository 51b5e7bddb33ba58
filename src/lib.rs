//! Integration tests, examples and benchmarks of the `iamport` workspace.
//! Its documentation is the README, so that the README's examples are
//! compiled and run as doctests.
#![doc = include_str!("../README.md")]
