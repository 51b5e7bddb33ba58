//! Compile-fail cases, one mistake per file, each with the message a merchant
//! sees (`tests/ui/fail/{topic}/*.stderr`: attributes, shapes, setters,
//! groups, domain), and compile-pass cases.
//!
//! To update a snapshot after a deliberate change: run
//! `TRYBUILD=overwrite cargo test --test derive ui`, then read `git diff tests/ui`
//! before committing: each `.stderr` is an error message users will read.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/fail/*/*.rs");
    t.pass("tests/ui/pass/*.rs");
}
