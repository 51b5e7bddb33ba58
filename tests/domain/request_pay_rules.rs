//! The rules of `IMP.request_pay` params that types alone can't hold, checked
//! in `build()` and in deserialization alike.

use iamport::request_pay::{
    BillingKeyRegistration, ChaiBillingKeyRegistration, ChaiPayment, Currency, OneOffPayment,
    PayMethod, PgCode,
};
use iamport::value::{Amount, CustomerUid, HttpUrl, MerchantUid};

use crate::helpers::parse;

#[test]
fn one_off_amount_must_be_above_zero() {
    let err = OneOffPayment::builder()
        .merchant_uid(MerchantUid::new("m").unwrap())
        .amount(Amount::ZERO)
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid `amount`: must be above 0 for a payment"
    );
    let err = parse::<OneOffPayment>(r#"{"merchant_uid":"m","amount":0}"#).unwrap_err();
    assert!(err.contains("must be above 0"), "{err}");
}

#[test]
fn registration_amount_may_be_zero_or_absent() {
    let r = BillingKeyRegistration::builder()
        .merchant_uid(MerchantUid::new("m").unwrap())
        .customer_uid(CustomerUid::new("c").unwrap())
        .build()
        .unwrap();
    assert_eq!(
        serde_json::to_value(&r).unwrap(),
        serde_json::json!({"merchant_uid": "m", "customer_uid": "c"})
    );
    assert!(
        parse::<BillingKeyRegistration>(r#"{"merchant_uid":"m","customer_uid":"c","amount":0}"#)
            .is_ok()
    );
}

#[test]
fn whole_amounts_in_krw_jpy_huf_twd_cents_elsewhere() {
    let usd = OneOffPayment::builder()
        .merchant_uid(MerchantUid::new("m").unwrap())
        .amount("14.20".parse().unwrap())
        .currency(Currency::Usd)
        .build()
        .unwrap();
    assert_eq!(
        serde_json::to_value(&usd).unwrap(),
        serde_json::json!({"merchant_uid": "m", "amount": 14.2, "currency": "USD"})
    );
    assert!(
        serde_json::to_string(&usd)
            .unwrap()
            .contains(r#""amount":14.2"#)
    );
    let err = OneOffPayment::builder()
        .merchant_uid(MerchantUid::new("m").unwrap())
        .amount("100.5".parse().unwrap())
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid `amount`: must be a whole number in KRW, got 100.50"
    );
    assert!(
        parse::<OneOffPayment>(r#"{"merchant_uid":"m","amount":100.5,"currency":"JPY"}"#).is_err()
    );
    // PayPal refuses decimals in HUF and TWD as in JPY.
    for currency in ["HUF", "TWD"] {
        let err = parse::<OneOffPayment>(&format!(
            r#"{{"merchant_uid":"m","amount":100.5,"currency":"{currency}"}}"#
        ))
        .unwrap_err();
        assert!(
            err.contains(&format!("must be a whole number in {currency}")),
            "{err}"
        );
        assert!(
            parse::<OneOffPayment>(&format!(
                r#"{{"merchant_uid":"m","amount":100,"currency":"{currency}"}}"#
            ))
            .is_ok()
        );
    }
}

#[test]
fn parts_not_above_the_amount() {
    let err = parse::<OneOffPayment>(r#"{"merchant_uid":"m","amount":1000,"tax_free":1001}"#)
        .unwrap_err();
    assert!(
        err.contains("invalid `tax_free`: 1001 is above `amount` (1000)"),
        "{err}"
    );
    let err = parse::<OneOffPayment>(r#"{"merchant_uid":"m","amount":1000,"vat_amount":2000}"#)
        .unwrap_err();
    assert!(err.contains("invalid `vat_amount`"), "{err}");
}

#[test]
fn json_the_builder_cannot_make_is_rejected() {
    let cases = [
        (
            r#"{"merchant_uid":"m","amount":"64900"}"#,
            "must be a JSON number, not a string",
        ),
        (
            r#"{"merchant_uid":"m","amount":-1}"#,
            "must not be negative",
        ),
        (
            r#"{"merchant_uid":"m","amount":1,"locale":"ko"}"#,
            "unknown field \"locale\"",
        ),
        (
            r#"{"merchant_uid":"m","amount":1,"pg":"chai","channelKey":"k"}"#,
            "group `channel` takes at most one of `channel_key`, `pg`",
        ),
        (
            r#"{"merchant_uid":"m","amount":1,"pay_method":"cash"}"#,
            "unknown value \"cash\"",
        ),
        (
            r#"{"merchant_uid":"m","amount":1,"pg":"html5_inicis."}"#,
            "the merchant id after `.` must be non-empty",
        ),
        (
            r#"{"merchant_uid":"m","amount":1,"m_redirect_url":"javascript:alert(1)"}"#,
            "must be an absolute http:// or https:// URL",
        ),
        (
            r#"{"merchant_uid":"m","amount":1,"pay_method":"phone"}"#,
            "`digital`",
        ),
        (
            r#"{"merchant_uid":"m","amount":1,"customer_uid":"c"}"#,
            "unknown field \"customer_uid\"",
        ),
        (
            r#"{"merchant_uid":"mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm","amount":1}"#,
            "must be 1 to 40 characters",
        ),
    ];
    for (json, expected) in cases {
        let err = parse::<OneOffPayment>(json).unwrap_err();
        assert!(
            err.contains(expected),
            "{json}: got {err:?}, expected {expected:?}"
        );
    }
}

#[test]
fn chai_profile_rejects_other_pgs_and_methods() {
    let base = r#""merchant_uid":"m","amount":1000,"m_redirect_url":"https://a.example/r""#;
    assert!(
        parse::<ChaiPayment>(&format!(r#"{{"pg":"chai","pay_method":"trans",{base}}}"#)).is_ok()
    );
    assert!(
        parse::<ChaiPayment>(&format!(
            r#"{{"pg":"chai.pk_1","pay_method":"trans",{base}}}"#
        ))
        .is_ok()
    );
    let err = parse::<ChaiPayment>(&format!(
        r#"{{"pg":"kakaopay","pay_method":"trans",{base}}}"#
    ))
    .unwrap_err();
    assert!(err.contains("a CHAI profile takes `chai`"), "{err}");
    let err = parse::<ChaiPayment>(&format!(r#"{{"pg":"chai","pay_method":"card",{base}}}"#))
        .unwrap_err();
    assert!(err.contains("fixed to `PayMethod::Trans`"), "{err}");
    let err = parse::<ChaiPayment>(
        r#"{"pg":"chai","pay_method":"trans","merchant_uid":"m","amount":1000}"#,
    )
    .unwrap_err();
    assert!(err.contains("missing field `m_redirect_url`"), "{err}");
    let _ = (
        PgCode::Chai,
        PayMethod::Trans,
        HttpUrl::new("https://a.example").unwrap(),
    );
}

#[test]
fn chai_amounts_are_whole_won_and_parts_stay_within() {
    let base = r#""pg":"chai","pay_method":"trans","merchant_uid":"m","m_redirect_url":"https://a.example/r""#;
    let chai = |rest: &str| parse::<ChaiPayment>(&format!("{{{base},{rest}}}"));
    let ok = chai(r#""amount":1000,"tax_free":910,"vat_amount":90"#);
    assert!(ok.is_ok(), "{ok:?}");
    let err = chai(r#""amount":1000.5"#).unwrap_err();
    assert!(
        err.contains("invalid `amount`: must be a whole number in KRW, got 1000.50"),
        "{err}"
    );
    let err = chai(r#""amount":1000,"tax_free":0.5"#).unwrap_err();
    assert!(
        err.contains("invalid `tax_free`: must be a whole number in KRW"),
        "{err}"
    );
    let err = chai(r#""amount":1000,"vat_amount":1001"#).unwrap_err();
    assert!(
        err.contains("invalid `vat_amount`: 1001 is above `amount` (1000)"),
        "{err}"
    );
    let err = ChaiBillingKeyRegistration::builder()
        .pg(iamport::request_pay::ChaiPg::default())
        .merchant_uid(MerchantUid::new("m").unwrap())
        .customer_uid(CustomerUid::new("c").unwrap())
        .m_redirect_url(HttpUrl::new("https://a.example/r").unwrap())
        .amount("0.5".parse().unwrap())
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid `amount`: must be a whole number in KRW, got 0.50"
    );
}

#[test]
fn unknown_keys_are_named_with_a_hint() {
    let cases = [
        (
            r#"{"merchant_uid":"m","amount":1,"locale":"ko"}"#,
            "unknown field \"locale\": did you mean `language`?",
        ),
        (
            r#"{"merchant_uid":"m","amount":1,"buyer_nmae":"Kim"}"#,
            "unknown field \"buyer_nmae\": did you mean `buyer_name`?",
        ),
        (
            r#"{"merchant_uid":"m","amount":1,"channel_key":"k"}"#,
            "unknown field \"channel_key\": did you mean `channelKey`?",
        ),
        (
            r#"{"merchant_uid":"m","amount":1,"card":{"useinstallment":true}}"#,
            "did you mean `useInstallment`?",
        ),
    ];
    for (json, expected) in cases {
        let err = parse::<OneOffPayment>(json).unwrap_err();
        assert!(err.contains(expected), "{json}: got {err:?}");
    }
}

#[test]
fn null_is_not_a_value() {
    let err =
        parse::<OneOffPayment>(r#"{"merchant_uid":"m","amount":1,"buyer_name":null}"#).unwrap_err();
    assert!(
        err.contains("\"buyer_name\" is null; leave the key out instead"),
        "{err}"
    );
    let err =
        parse::<OneOffPayment>(r#"{"merchant_uid":"m","amount":1,"channelKey":null}"#).unwrap_err();
    assert!(err.contains("\"channelKey\" is null"), "{err}");
}

#[test]
fn from_json_names_the_path() {
    let err = iamport::from_json::<OneOffPayment>(
        r#"{"merchant_uid":"m","amount":1,"naverProducts":[{"categoryType":"BOOK","categoryId":"GENERAL","uid":"1","name":"n","count":"2"}]}"#,
    )
    .unwrap_err();
    assert_eq!(err.path(), "naverProducts[0].count");
    let err =
        iamport::from_json::<OneOffPayment>(r#"{"merchant_uid":"m","amount":1} x"#).unwrap_err();
    assert!(err.to_string().contains("trailing characters"), "{err}");
}

/// Free-form maps that hold keys the request already has stay nested: the
/// JSON has each top-level key once (a derived struct rejects a duplicate key
/// when it parses, so the round trip proves it), and hostile text survives.
#[test]
fn nested_maps_never_duplicate_top_level_keys() {
    use iamport::request_pay::{Bypass, CustomData};
    let hostile = crate::helpers::HOSTILE;
    let p = OneOffPayment::builder()
        .merchant_uid(MerchantUid::new("m").unwrap())
        .amount(Amount::new(1000).unwrap())
        .buyer_name(hostile.to_owned())
        .custom_data(
            CustomData::new(&serde_json::json!({"amount": "1", "merchant_uid": hostile})).unwrap(),
        )
        .bypass(Bypass::new(&serde_json::json!({"amount": 2})).unwrap())
        .build()
        .unwrap();
    let json = serde_json::to_string(&p).unwrap();
    let back: OneOffPayment = serde_json::from_str(&json).unwrap();
    assert_eq!(back, p);
    let err = parse::<OneOffPayment>(r#"{"merchant_uid":"m","amount":1,"amount":2}"#).unwrap_err();
    assert!(err.contains("the key \"amount\" is given twice"), "{err}");
}

/// The CHAI profiles take every field the generic params take (the CHAI
/// guide excludes none but `pay_method`), `app_scheme` for WebView apps
/// included, and name the channel by exactly one of `pg` and `channelKey`
/// (the reference: `pg` is deprecated in favour of `channelKey`).
#[test]
fn chai_profiles_take_channel_key_and_app_scheme() {
    let base = r#""pay_method":"trans","merchant_uid":"m","amount":1000,"m_redirect_url":"https://a.example/r""#;
    let chai = |rest: &str| parse::<ChaiPayment>(&format!("{{{base}{rest}}}"));
    let ok = chai(r#","channelKey":"channel-key-1","app_scheme":"myapp""#).unwrap();
    assert_eq!(
        serde_json::to_value(&ok).unwrap()["channelKey"],
        serde_json::json!("channel-key-1")
    );
    assert!(
        chai(r#","pg":"chai","app_scheme":"myapp","buyer_postcode":"01234","language":"ko""#)
            .is_ok()
    );
    let both = chai(r#","pg":"chai","channelKey":"channel-key-1""#).unwrap_err();
    assert!(
        both.contains("group `channel` needs exactly one of"),
        "{both}"
    );
    let neither = chai("").unwrap_err();
    assert!(
        neither.contains("group `channel` needs exactly one of"),
        "{neither}"
    );
    let usd = chai(r#","pg":"chai","currency":"USD""#).unwrap_err();
    assert!(usd.contains("invalid `currency`: must be KRW"), "{usd}");
    let registration = parse::<ChaiBillingKeyRegistration>(&format!(
        r#"{{"channelKey":"channel-key-1","customer_uid":"c",{base}}}"#
    ));
    assert!(registration.is_ok(), "{registration:?}");
}
