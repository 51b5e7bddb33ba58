//! Bad input for every rule of the REST bodies, through the builder and
//! through parsing, and hostile text that must round-trip exactly.

use iamport::rest::{
    Again, CancelPayment, DeleteBillingKey, Endpoint, GetBillingKey, GetPayment, JsonText, Method,
    Onetime, PreparePayment, Schedule, Unschedule,
};
use iamport::value::{Amount, Currency, CustomerUid, MerchantUid, OrderName};

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
    // The key as the OpenAPI names it, its brackets unencoded as in every
    // `key[]` parameter (the `url` crate, which sends it, keeps them so).
    assert_eq!(
        delete.path(),
        "/subscribe/customers/a%2Fb?reason=%ED%95%B4%EC%A7%80%20%EC%9A%94%EC%B2%AD&extra[requester]=customer"
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

/// The error of a rule is one short line that names the field.
fn short_line(err: &str, field: &str) {
    assert!(err.contains(&format!("`{field}`")), "{err}");
    assert!(!err.contains('\n') && err.chars().count() <= 200, "{err}");
}

/// Installments (`card_quota` of 2 or more) only from 50,000 KRW: OpenAPI
/// `card_quota` of `again`, `onetime` and `ScheduleAnnotation`
/// ("2 이상의 integer 할부개월수 적용 (결제금액 50,000원 이상 한정)").
#[test]
fn installments_need_50000_krw() {
    let again = |amount: u64, quota: u8| {
        Again::builder()
            .customer_uid(CustomerUid::new("c").unwrap())
            .merchant_uid(MerchantUid::new("m").unwrap())
            .amount(Amount::new(amount).unwrap())
            .name(OrderName::new("n").unwrap())
            .card_quota(quota)
            .build()
    };
    assert!(again(50_000, 2).is_ok());
    assert!(again(50_000, 12).is_ok());
    assert!(again(49_999, 0).is_ok());
    assert!(again(49_999, 1).is_ok());
    let err = again(49_999, 2).unwrap_err().to_string();
    assert_eq!(
        err,
        "invalid `card_quota`: installments need an `amount` of at least 50000 KRW, got 49999"
    );
    short_line(&err, "card_quota");
    // The floor is stated in won; other currencies are not checked.
    let usd = Again::builder()
        .customer_uid(CustomerUid::new("c").unwrap())
        .merchant_uid(MerchantUid::new("m").unwrap())
        .currency(Currency::Usd)
        .amount("14.20".parse().unwrap())
        .name(OrderName::new("n").unwrap())
        .card_quota(3)
        .build();
    assert!(usd.is_ok());

    let card = r#""card_number":"1234-1234-1234-1234","expiry":"2025-12""#;
    let cases = [
        (
            format!(r#"{{{AGAIN},"amount":49999,"card_quota":2}}"#),
            Some("again"),
        ),
        (
            format!(r#"{{{AGAIN},"amount":50000,"card_quota":2}}"#),
            None,
        ),
        (
            format!(r#"{{{AGAIN},"amount":49999,"currency":"KRW","card_quota":6}}"#),
            Some("again"),
        ),
        (
            format!(r#"{{"merchant_uid":"m","amount":49999,{card},"card_quota":2}}"#),
            Some("onetime"),
        ),
        (
            format!(r#"{{"merchant_uid":"m","amount":50000,{card},"card_quota":2}}"#),
            None,
        ),
    ];
    for (json, refused) in cases {
        let result = if json.contains("card_number") {
            parse::<Onetime>(&json).map(|_| ())
        } else {
            parse::<Again>(&json).map(|_| ())
        };
        match refused {
            Some(kind) => {
                let err = result.unwrap_err();
                assert!(
                    err.contains("installments need an `amount` of at least 50000 KRW"),
                    "{kind}: {err}"
                );
            }
            None => assert!(result.is_ok(), "{json}: {result:?}"),
        }
    }
    let entry = |amount: u64| {
        format!(
            r#"{{"customer_uid":"c","schedules":[{{"merchant_uid":"m","schedule_at":1,"amount":{amount},"name":"n","card_quota":3}}]}}"#
        )
    };
    assert!(parse::<Schedule>(&entry(50_000)).is_ok());
    let err = parse::<Schedule>(&entry(49_999)).unwrap_err();
    assert!(err.contains("invalid `card_quota`"), "{err}");
    // Through the crate's own parser too, which names the field's path.
    let err = iamport::from_json::<Again>(&format!(r#"{{{AGAIN},"amount":10000,"card_quota":2}}"#))
        .unwrap_err()
        .to_string();
    assert!(err.contains("card_quota") && err.contains("50000"), "{err}");
    let onetime = parse::<Onetime>(&format!(
        r#"{{"merchant_uid":"m","amount":10000,{card},"card_quota":2}}"#
    ))
    .unwrap_err();
    short_line(&onetime, "card_quota");
}

/// `merchant_uid: []` is undocumented (left out, every schedule of
/// `customer_uid` is revoked): refused, built or parsed.
#[test]
fn unschedule_refuses_an_empty_order_list() {
    for json in [
        r#"{"customer_uid":"c","merchant_uid":[]}"#,
        r#"{"merchant_uid":[]}"#,
    ] {
        let err = parse::<Unschedule>(json).unwrap_err();
        assert!(
            err.contains("invalid `merchant_uid`: must name at least one order"),
            "{json}: {err}"
        );
        let err = iamport::from_json::<Unschedule>(json)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("must name at least one order"),
            "{json}: {err}"
        );
    }
    let built = Unschedule::builder()
        .customer_uid(CustomerUid::new("c").unwrap())
        .merchant_uid(Vec::new())
        .build()
        .unwrap_err()
        .to_string();
    short_line(&built, "merchant_uid");
    assert!(parse::<Unschedule>(r#"{"customer_uid":"c"}"#).is_ok());
    assert!(parse::<Unschedule>(r#"{"merchant_uid":["order_1"]}"#).is_ok());
    assert!(parse::<Unschedule>(r#"{"customer_uid":"c","merchant_uid":["order_1"]}"#).is_ok());
}

/// PayPal refuses decimals in JPY, HUF and TWD (PayPal's currency codes,
/// cited by iamport-typings' `PayPalSupportedCurrency`); KRW is whole too.
#[test]
fn paypal_whole_currencies() {
    let whole: Vec<Currency> = Currency::ALL
        .iter()
        .copied()
        .filter(|c| c.is_whole())
        .collect();
    assert_eq!(
        whole,
        [Currency::Krw, Currency::Jpy, Currency::Huf, Currency::Twd]
    );
    for currency in ["HUF", "TWD", "JPY"] {
        let json = format!(r#"{{{AGAIN},"currency":"{currency}","amount":100.5}}"#);
        let err = parse::<Again>(&json).unwrap_err();
        assert!(
            err.contains(&format!(
                "invalid `amount`: must be a whole number in {currency}, got 100.50"
            )),
            "{err}"
        );
        let whole = format!(r#"{{{AGAIN},"currency":"{currency}","amount":100}}"#);
        assert!(parse::<Again>(&whole).is_ok(), "{whole}");
        let tax_free =
            format!(r#"{{{AGAIN},"currency":"{currency}","amount":100,"tax_free":0.5}}"#);
        let err = parse::<Again>(&tax_free).unwrap_err();
        assert!(err.contains("invalid `tax_free`"), "{err}");
        let prepare = format!(r#"{{"merchant_uid":"m","currency":"{currency}","amount":0.01}}"#);
        assert!(parse::<PreparePayment>(&prepare).is_err(), "{prepare}");
    }
    for currency in ["USD", "EUR", "GBP", "CAD"] {
        let json = format!(r#"{{{AGAIN},"currency":"{currency}","amount":14.2}}"#);
        assert!(parse::<Again>(&json).is_ok(), "{json}");
    }
    let built = Again::builder()
        .customer_uid(CustomerUid::new("c").unwrap())
        .merchant_uid(MerchantUid::new("m").unwrap())
        .currency(Currency::Huf)
        .amount("1000.01".parse().unwrap())
        .name(OrderName::new("n").unwrap())
        .build()
        .unwrap_err()
        .to_string();
    assert_eq!(
        built,
        "invalid `amount`: must be a whole number in HUF, got 1000.01"
    );
}

/// A client's own tier and a `Tiered` request's send `Tier` once; the
/// request's wins.
#[test]
fn tier_header_goes_out_once() {
    use iamport::rest::{TIER_HEADER, TierCode, Tiered};
    let get = || {
        GetPayment::builder()
            .imp_uid(iamport::value::ImpUid::new("imp_1").unwrap())
            .build()
    };
    let client = TierCode::new("agency").unwrap();
    let shop = TierCode::new("shop-01").unwrap();
    assert_eq!(TIER_HEADER, "Tier");
    assert!(get().headers_with_tier(None).is_empty());
    assert_eq!(
        get().headers_with_tier(Some(&client)),
        vec![("Tier", "agency".to_owned())]
    );
    let tiered = Tiered::new(get(), shop.clone());
    assert_eq!(
        tiered.headers_with_tier(Some(&client)),
        vec![("Tier", "shop-01".to_owned())]
    );
    assert_eq!(
        tiered.headers_with_tier(None),
        vec![("Tier", "shop-01".to_owned())]
    );
    let twice = Tiered::new(Tiered::new(get(), client.clone()), shop);
    assert_eq!(twice.headers(), vec![("Tier", "shop-01".to_owned())]);
    assert_eq!(
        twice.headers_with_tier(Some(&client)),
        vec![("Tier", "shop-01".to_owned())]
    );
}
