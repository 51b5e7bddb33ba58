//! `#[builder(validate)]` and `#[builder(deserialize)]`: the rules that span
//! fields run in `build()` and in deserialization alike, so no path skips them.

use iamport::{Builder, Validate};
use serde::Serialize;

#[derive(Builder, Debug, PartialEq, Serialize)]
#[builder(validate, deserialize, exactly_one(target = (imp_uid, merchant_uid)))]
#[serde(deny_unknown_fields)]
pub struct Cancel {
    #[serde(skip_serializing_if = "Option::is_none")]
    imp_uid: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    merchant_uid: Option<String>,
    amount: u64,
    #[builder(default)]
    tax_free: u64,
    #[builder(default = "KRW".to_owned())]
    currency: String,
    #[builder(fixed = 1)]
    version: u8,
    #[serde(rename = "reasonText")]
    reason: Option<String>,
}

#[derive(Debug, PartialEq, Eq)]
pub struct TaxFreeAboveAmount {
    tax_free: u64,
    amount: u64,
}

impl std::fmt::Display for TaxFreeAboveAmount {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "`tax_free` ({}) is above `amount` ({})",
            self.tax_free, self.amount
        )
    }
}

impl Validate for Cancel {
    type Error = TaxFreeAboveAmount;
    fn validate(&self) -> Result<(), TaxFreeAboveAmount> {
        if self.tax_free > self.amount {
            return Err(TaxFreeAboveAmount {
                tax_free: self.tax_free,
                amount: self.amount,
            });
        }
        Ok(())
    }
}

fn parse(json: &str) -> Result<Cancel, String> {
    serde_json::from_str(json).map_err(|e| e.to_string())
}

#[test]
fn build_checks_the_rule() {
    let ok = Cancel::builder()
        .imp_uid("imp_1".to_owned())
        .amount(1000)
        .tax_free(100)
        .build();
    assert!(ok.is_ok());
    let err = Cancel::builder()
        .merchant_uid("m".to_owned())
        .amount(1000)
        .tax_free(1001)
        .build();
    assert_eq!(
        err,
        Err(TaxFreeAboveAmount {
            tax_free: 1001,
            amount: 1000
        })
    );
}

#[test]
fn json_round_trips_through_the_same_rules() {
    let built = Cancel::builder()
        .imp_uid("imp_1".to_owned())
        .amount(1000)
        .reason("changed mind".to_owned())
        .build()
        .unwrap();
    let json = serde_json::to_string(&built).unwrap();
    assert_eq!(
        json,
        r#"{"imp_uid":"imp_1","amount":1000,"tax_free":0,"currency":"KRW","version":1,"reasonText":"changed mind"}"#
    );
    assert_eq!(parse(&json), Ok(built));
}

#[test]
fn absent_keys_take_the_builder_defaults() {
    let parsed = parse(r#"{"merchant_uid":"m","amount":5,"version":1}"#).unwrap();
    let built = Cancel::builder()
        .merchant_uid("m".to_owned())
        .amount(5)
        .build()
        .unwrap();
    assert_eq!(parsed, built);
}

#[test]
fn deserialization_rejects_what_the_builder_cannot_make() {
    let cases = [
        (
            r#"{"imp_uid":"i","amount":5,"tax_free":6,"version":1}"#,
            "`tax_free` (6) is above `amount` (5)",
        ),
        (
            r#"{"amount":5,"version":1}"#,
            "group `target` needs exactly one of `imp_uid`, `merchant_uid`",
        ),
        (
            r#"{"imp_uid":"i","merchant_uid":"m","amount":5,"version":1}"#,
            "group `target` needs exactly one of `imp_uid`, `merchant_uid`",
        ),
        (
            r#"{"imp_uid":"i","amount":5,"version":2}"#,
            "invalid value for field `version`: it is fixed to `1`",
        ),
        (r#"{"imp_uid":"i","version":1}"#, "missing field `amount`"),
        (
            r#"{"imp_uid":"i","amount":5,"version":1,"locale":"ko"}"#,
            "unknown field \"locale\"",
        ),
    ];
    for (json, expected) in cases {
        let err = parse(json).unwrap_err();
        assert!(
            err.contains(expected),
            "{json}: got {err:?}, expected {expected:?}"
        );
    }
}

/// A generic struct: the twin struct and the default functions carry its
/// parameters.
#[derive(Builder, Debug, PartialEq)]
#[builder(deserialize)]
pub struct Tagged<T, const N: usize> {
    value: T,
    #[builder(default = N)]
    limit: usize,
    #[builder(default)]
    count: u32,
}

#[test]
fn generic_struct_deserializes_with_defaults() {
    let parsed: Tagged<String, 2> = serde_json::from_str(r#"{"value":"v"}"#).unwrap();
    let built = Tagged::<String, 2>::builder().value("v".to_owned()).build();
    assert_eq!(parsed, built);
    assert_eq!(parsed.limit, 2);
}
