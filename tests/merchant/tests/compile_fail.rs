//! A merchant's compile-fail tests of their own derived types (the recipe
//! in the `iamport::Builder` docs): `BillingRequest` can't be built without
//! `customer_uid`, and the message is the same when the struct's fields are
//! in another order.
//!
//! After a deliberate change: `TRYBUILD=overwrite cargo test -p
//! merchant-example --test compile_fail`, then read the `.stderr` files.

#[test]
fn billing_request_needs_customer_uid() {
    trybuild::TestCases::new().compile_fail("tests/ui/*.rs");
}

/// The two snapshots differ only in the test program's name, the type's
/// path, and the file and line numbers of the struct they point at.
#[test]
fn the_message_does_not_depend_on_field_order() {
    let read = |name: &str| {
        let path = format!("{}/tests/ui/{name}.stderr", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        text.lines()
            .map(|line| {
                let line = line
                    .replace(
                        "reordered_billing_without_customer_uid",
                        "billing_without_customer_uid",
                    )
                    .replace("reordered::", "")
                    .replace("merchant_example::", "")
                    .replace("src/reordered.rs", "src/lib.rs");
                // Line numbers, in `--> file:12:5` and in the gutter.
                line.chars()
                    .map(|c| if c.is_ascii_digit() { '#' } else { c })
                    .collect::<String>()
            })
            .filter(|line| {
                !line.trim_start_matches(['#', ' ']).starts_with('|') || line.contains('^')
            })
            .collect::<Vec<_>>()
    };
    let plain = read("billing_without_customer_uid");
    let reordered = read("reordered_billing_without_customer_uid");
    assert!(
        plain
            .iter()
            .any(|l| l.contains("missing required field `customer_uid`")),
        "{plain:#?}"
    );
    assert_eq!(plain, reordered);
}
