//! Built values: every mix of required, `Option` and `default` fields.
#![allow(missing_docs)]

use iamport::Builder;

#[derive(Builder, Debug, PartialEq)]
pub struct Mixed {
    /// Required.
    a: String,
    b: u64,
    c: Option<String>,
    d: Option<u32>,
    #[builder(default)]
    e: Vec<u8>,
    #[builder(default = 7)]
    f: u8,
}

#[test]
fn required_only() {
    let m = Mixed::builder().a("x".to_owned()).b(1).build();
    assert_eq!(
        m,
        Mixed {
            a: "x".into(),
            b: 1,
            c: None,
            d: None,
            e: vec![],
            f: 7
        }
    );
}

#[test]
fn everything_set_in_any_order() {
    let m = Mixed::builder()
        .f(9)
        .d(4)
        .b(2)
        .e(vec![1])
        .c("c".to_owned())
        .a("a".to_owned())
        .build();
    assert_eq!(
        m,
        Mixed {
            a: "a".into(),
            b: 2,
            c: Some("c".into()),
            d: Some(4),
            e: vec![1],
            f: 9
        }
    );
}

#[test]
fn maybe_setters() {
    let m = Mixed::builder()
        .a("x".to_owned())
        .b(1)
        .maybe_c(None)
        .maybe_d(Some(3))
        .build();
    assert_eq!(m.c, None);
    assert_eq!(m.d, Some(3));
}
