//! Bad input for every rule of the REST bodies, through the builder and
//! through parsing, and hostile text that must round-trip exactly.

use iamport::rest::{
    Again, CancelPayment, DeleteBillingKey, Endpoint, GetBillingKey, GetPayment, JsonText, Method,
    Schedule, Unschedule,
};
use iamport::value::{Amount, CustomerUid, MerchantUid, OrderName};

use crate::helpers::parse;

const AGAIN: &str = r#""customer_uid":"c","merchant_uid":"m","name":"n""#;

#[test]
fn again_rules() {
    let cases = [
        (
            format!(r#"{{{AGAIN},"amount":"3000"}}"#),
            "must be a JSON number, not a string",
        ),
        (
            format!(r#"{{{AGAIN},"amount":-1}}"#),
            "must not be negative",
        ),
        (
            format!(r#"{{{AGAIN},"amount":100.5}}"#),
            "must be a whole number in KRW",
        ),
        (
            format!(r#"{{{AGAIN},"amount":1000,"tax_free":1001}}"#),
            "is above `amount`",
        ),
        (
            format!(
                r#"{{{AGAIN},"amount":1,"buyer_name":"{}"}}"#,
                "가".repeat(17)
            ),
            "`buyer_name`: must be at most 16",
        ),
        (
            format!(r#"{{{AGAIN},"amount":1,"promotion_id":"p-1"}}"#),
            "must start with `promotion-id-`",
        ),
        (
            format!(r#"{{{AGAIN},"amount":1,"custom_data":{{"a":1}}}}"#),
            "invalid type: map, expected a string",
        ),
        (
            format!(r#"{{{AGAIN},"amount":1,"custom_data":"not json"}}"#),
            "must hold JSON text",
        ),
        (
            format!(r#"{{{AGAIN},"amount":1,"bypass":"\"double\""}}"#),
            "is a string; pass the value itself",
        ),
        (
            format!(r#"{{{AGAIN},"amount":1,"browser_ip":"999.1.1.1"}}"#),
            "invalid IP address",
        ),
        (
            format!(r#"{{{AGAIN},"amount":1,"notice_url":"javascript:alert(1)"}}"#),
            "absolute http",
        ),
        (
            format!(r#"{{{AGAIN},"amount":1,"customer_uid":"x"}}"#),
            "the key \"customer_uid\" is given twice",
        ),
        (
            format!(r#"{{{AGAIN},"amount":1,"vat":1}}"#),
            "unknown field \"vat\": did you mean `vat_amount`?",
        ),
    ];
    for (json, expected) in cases {
        let err = parse::<Again>(&json).unwrap_err();
        assert!(
            err.contains(expected),
            "{json}: got {err:?}, expected {expected:?}"
        );
    }
    let too_long = "m".repeat(41);
    assert!(MerchantUid::new(too_long).is_err());
    assert!(JsonText::encode(&"already json").is_err());
    assert!(JsonText::encode(&()).is_err());
}

#[test]
fn schedule_and_unschedule_rules() {
    let err = parse::<Schedule>(r#"{"customer_uid":"c","schedules":[]}"#).unwrap_err();
    assert!(err.contains("must hold at least one schedule"), "{err}");
    let err = parse::<Schedule>(
        r#"{"customer_uid":"c","card_number":"1234-1234-1234-1234","schedules":[{"merchant_uid":"m","schedule_at":1,"amount":1,"name":"n"}]}"#,
    )
    .unwrap_err();
    assert!(
        err.contains("`card_number`: and `expiry` go together"),
        "{err}"
    );
    let err = parse::<Schedule>(r#"{"customer_uid":"c","schedules":[{"merchant_uid":"m","schedule_at":"1519862400","amount":1,"name":"n"}]}"#)
        .unwrap_err();
    assert!(err.contains("expected Unix seconds"), "{err}");
    let err = parse::<Unschedule>("{}").unwrap_err();
    assert!(err.contains("or `merchant_uid` must be given"), "{err}");
    let err = parse::<Unschedule>(r#"{"merchant_uid":"order_1"}"#).unwrap_err();
    assert!(err.contains("expected a sequence"), "{err}");
}

#[test]
fn cancel_rules() {
    let cases = [
        (
            "{}",
            "group `target` needs exactly one of `imp_uid`, `merchant_uid`",
        ),
        (
            r#"{"imp_uid":"i","merchant_uid":"m"}"#,
            "group `target` needs exactly one of",
        ),
        (
            r#"{"imp_uid":"i","amount":100,"tax_free":200}"#,
            "200 is above `amount` (100)",
        ),
        (
            r#"{"imp_uid":"i","refund_holder":"h"}"#,
            "needs `refund_holder`, `refund_bank` and `refund_account` together",
        ),
        (
            r#"{"imp_uid":"i","extra":{"requester":"merchant"}}"#,
            "unknown value \"merchant\"",
        ),
        (
            r#"{"imp_uid":"","amount":1}"#,
            "invalid `imp_uid`: must not be empty",
        ),
    ];
    for (json, expected) in cases {
        let err = parse::<CancelPayment>(json).unwrap_err();
        assert!(
            err.contains(expected),
            "{json}: got {err:?}, expected {expected:?}"
        );
    }
}

#[test]
fn get_and_delete_endpoints() {
    let get = GetPayment::builder()
        .imp_uid(iamport::value::ImpUid::new("imp_448280090638").unwrap())
        .build();
    assert_eq!(
        (GetPayment::METHOD, get.path()),
        (Method::Get, "/payments/imp_448280090638".to_owned())
    );
    assert_eq!(get.body().unwrap(), None);
    let sandbox = GetPayment::builder()
        .imp_uid(iamport::value::ImpUid::new("imp/../1").unwrap())
        .include_sandbox(true)
        .build();
    assert_eq!(
        sandbox.path(),
        "/payments/imp%2F..%2F1?include_sandbox=true"
    );
    let key = GetBillingKey::builder()
        .customer_uid(CustomerUid::new("gildong_0001_1234").unwrap())
        .build();
    assert_eq!(
        (GetBillingKey::METHOD, key.path()),
        (
            Method::Get,
            "/subscribe/customers/gildong_0001_1234".to_owned()
        )
    );
    let delete = DeleteBillingKey::builder()
        .customer_uid(CustomerUid::new("a/b").unwrap())
        .reason("해지 요청".to_owned())
        .requester(iamport::rest::CancelRequester::Customer)
        .build();
    assert_eq!(DeleteBillingKey::METHOD, Method::Delete);
    assert_eq!(
        delete.path(),
        "/subscribe/customers/a%2Fb?reason=%ED%95%B4%EC%A7%80%20%EC%9A%94%EC%B2%AD&extra%5Brequester%5D=customer"
    );
}

/// `pitfalls.md` §3 strings, in a free-text field and inside `custom_data`.
#[test]
fn hostile_text_round_trips() {
    for s in crate::helpers::PITFALL_STRINGS {
        let again = Again::builder()
            .customer_uid(CustomerUid::new("c").unwrap())
            .merchant_uid(MerchantUid::new("m").unwrap())
            .amount(Amount::new(1).unwrap())
            .name(OrderName::new(s).unwrap())
            .buyer_addr(s.to_owned())
            .custom_data(JsonText::encode(&serde_json::json!({"note": s})).unwrap())
            .build()
            .unwrap();
        let body = again.body().unwrap().unwrap();
        let back: Again = serde_json::from_str(&body).unwrap();
        assert_eq!(back, again, "{s:?}");
        let value: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(value["name"], s);
        let data: serde_json::Value =
            serde_json::from_str(value["custom_data"].as_str().unwrap()).unwrap();
        assert_eq!(data["note"], s);
    }
}

/// A call for a sub-merchant carries the `Tier` header (rest-api.md §1),
/// whatever the request.
#[test]
fn tier_header() {
    use iamport::rest::{TierCode, Tiered};
    let get = GetPayment::builder()
        .imp_uid(iamport::value::ImpUid::new("imp_1").unwrap())
        .build();
    assert!(get.headers().is_empty());
    let tiered = Tiered::new(get, TierCode::new("shop-01").unwrap());
    assert_eq!(tiered.path(), "/payments/imp_1");
    assert_eq!(tiered.headers(), vec![("Tier", "shop-01".to_owned())]);
    assert_eq!(<Tiered<GetPayment> as Endpoint>::METHOD, Method::Get);
    for bad in ["", "a b", "a\r\nX: 1", "티어"] {
        assert!(TierCode::new(bad).is_err(), "{bad:?}");
    }
}
