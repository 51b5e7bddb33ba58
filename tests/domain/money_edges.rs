//! Trust at the money edges: each class of fault, through the builder,
//! through `iamport::from_json` and through `payload check`. No crash, no
//! silent change, no secret echoed, no wrong payment verified.

use iamport::request_pay::{
    BillingKeyRegistration, ChaiPayment, CustomData, OneOffPayment, PayMethod, Period, PgCode,
};
use iamport::rest::Endpoint as _;
use iamport::rest::{
    AccessToken, Again, BillingKey, CancelPayment, Envelope, GetPayment, GetToken, Onetime,
    Payment, PreparePayment, Prepared, Schedule, ScheduleEntry, ScheduleResult, Token,
};
use iamport::value::{
    Amount, ChannelKey, Currency, CustomerUid, DateTime, HttpUrl, ImpUid, MerchantUid, OrderName,
    Timestamp,
};
use iamport::{ParseError, from_json};
use serde_json::{Value, json};

use crate::helpers::{amt, cuid, run, uid};

/// `payload check KIND` on `doc`: exit status and standard error.
fn check(kind: &str, doc: &Value) -> (i32, String) {
    let (code, _, err) = run(&["check", kind], &doc.to_string());
    (code, err)
}

/// `payload check KIND` on `text`; the canonical output.
fn check_text(kind: &str, text: &str) -> (i32, String, String) {
    run(&["check", kind], text)
}

fn parse_err<T: serde::de::DeserializeOwned + std::fmt::Debug>(doc: &Value) -> ParseError {
    from_json::<T>(&doc.to_string()).unwrap_err()
}

// 1. No crash: every numeric field, extreme numbers.

/// A document per kind that holds every numeric field the kind has.
fn numeric_samples() -> Vec<(&'static str, Value)> {
    vec![
        (
            "payment",
            json!({
                "merchant_uid": "m", "amount": 1000, "tax_free": 10, "vat_amount": 10,
                "currency": "KRW", "escrow": true,
                "products": [{"id": "1", "unitPrice": 100, "quantity": 1}],
                "display": {"card_quota": [2, 3]},
                "card": {"direct": {"code": "361", "quota": 0}, "detail": [{"card_code": "*", "max_month": 3}]},
                "useFreeInterestFromMall": true,
                "naverProducts": [{"categoryType": "BOOK", "categoryId": "GENERAL", "uid": "1", "name": "n", "count": 1}],
                "kcpProducts": [{"orderNumber": "1", "name": "n", "quantity": 1, "amount": 100}]
            }),
        ),
        (
            "billing-key",
            json!({"merchant_uid": "m", "customer_uid": "c", "amount": 0, "tax_free": 0}),
        ),
        (
            "chai-payment",
            json!({"pg": "chai", "merchant_uid": "m", "pay_method": "trans", "amount": 1000, "tax_free": 10, "vat_amount": 10, "m_redirect_url": "https://a.example/r"}),
        ),
        (
            "chai-billing-key",
            json!({"channelKey": "channel-key-1", "merchant_uid": "m", "pay_method": "trans", "customer_uid": "c", "amount": 0, "m_redirect_url": "https://a.example/r"}),
        ),
        (
            "again",
            json!({"customer_uid": "c", "merchant_uid": "m", "amount": 1000, "name": "n", "tax_free": 1, "vat_amount": 1, "card_quota": 0, "product_count": 1}),
        ),
        (
            "onetime",
            json!({"merchant_uid": "m", "amount": 50000, "card_number": "1234-1234-1234-1234", "expiry": "2025-12", "tax_free": 1, "vat_amount": 1, "card_quota": 2}),
        ),
        (
            "schedule",
            json!({"customer_uid": "c", "checking_amount": 0, "schedules": [
                {"merchant_uid": "m", "schedule_at": 1_519_862_400, "amount": 8900, "name": "n", "tax_free": 0, "vat_amount": 0, "card_quota": 0, "product_count": 1}
            ]}),
        ),
        (
            "cancel",
            json!({"imp_uid": "imp_1", "amount": 100, "tax_free": 10, "vat_amount": 10, "checksum": 1000}),
        ),
        ("rsp", json!({"merchant_uid": "m", "paid_amount": 1000})),
    ]
}

const EXTREMES: &[&str] = &[
    "18446744073709551615",
    "18446744073709551616",
    "-9223372036854775808",
    "9223372036854775807",
    "1e308",
    "-1e308",
    "1e-400",
    "-0",
    "0.0",
    "9007199254740993",
    "4294967296",
    "256",
    "1.5",
    "1e999999999999",
];

/// Every numeric leaf of `doc`, as a JSON pointer.
fn numeric_pointers(doc: &Value, at: &str, out: &mut Vec<String>) {
    match doc {
        Value::Number(_) => out.push(at.to_owned()),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                numeric_pointers(item, &format!("{at}/{i}"), out);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                numeric_pointers(item, &format!("{at}/{key}"), out);
            }
        }
        _ => {}
    }
}

/// `doc` as text with the number at `pointer` replaced by `number`, which
/// is written as given (a `Value` can't hold 1e999999999999).
fn with_number(doc: &Value, pointer: &str, number: &str) -> String {
    const MARK: &str = "\"__number_here__\"";
    let mut doc = doc.clone();
    *doc.pointer_mut(pointer).unwrap() = Value::String("__number_here__".to_owned());
    doc.to_string().replace(MARK, number)
}

#[test]
fn extreme_numbers_in_every_numeric_request_field_are_errors_not_panics() {
    let mut tried = 0;
    for (kind, doc) in numeric_samples() {
        let (code, err) = check(kind, &doc);
        assert_eq!(code, 0, "{kind}: the sample itself fails: {err}");
        let mut pointers = Vec::new();
        numeric_pointers(&doc, "", &mut pointers);
        for pointer in &pointers {
            for number in EXTREMES {
                let text = with_number(&doc, pointer, number);
                let (code, _, err) = check_text(kind, &text);
                assert!(
                    code == 0 || code == 2,
                    "{kind} {pointer}={number}: exit {code}"
                );
                assert!(err.lines().count() <= 1, "{kind} {pointer}={number}: {err}");
                tried += 1;
            }
        }
    }
    // `prepare` is not a `payload` kind: through `from_json` and serde_json.
    let prepare = json!({"merchant_uid": "m", "amount": 1000});
    assert!(from_json::<PreparePayment>(&prepare.to_string()).is_ok());
    for number in EXTREMES {
        let text = with_number(&prepare, "/amount", number);
        if let Err(e) = from_json::<PreparePayment>(&text) {
            assert!(!e.to_string().contains('\n'), "{e}");
        }
        let _ = serde_json::from_str::<PreparePayment>(&text);
        tried += 1;
    }
    assert!(tried > 300, "{tried}");
}

/// Responses as PortOne sends them, with every numeric field.
fn response_samples() -> Vec<(&'static str, Value)> {
    vec![
        (
            "payment",
            json!({"code": 0, "message": null, "response": {
                "imp_uid": "imp_1", "merchant_uid": "m", "status": "paid", "amount": 1000,
                "cancel_amount": 0, "currency": "KRW", "sandbox": false,
                "card_quota": 0, "card_type": 0, "vbank_date": 0,
                "started_at": 1_700_000_000, "paid_at": 1_700_000_000, "failed_at": 0, "cancelled_at": 0
            }}),
        ),
        (
            "token",
            json!({"code": 0, "message": null, "response": {"access_token": "t", "expired_at": 1_700_001_800, "now": 1_700_000_000}}),
        ),
        (
            "billing-key",
            json!({"code": 0, "message": null, "response": {"customer_uid": "c", "card_type": 1, "inserted": 1_700_000_000, "updated": 0}}),
        ),
        (
            "schedules",
            json!({"code": 0, "message": null, "response": [{"customer_uid": "c", "schedule_at": 1_700_000_000, "executed_at": 0, "revoked_at": 0, "amount": 8900}]}),
        ),
        (
            "prepared",
            json!({"code": 0, "message": null, "response": {"merchant_uid": "m", "amount": 1000}}),
        ),
    ]
}

fn parse_response(kind: &str, text: &str) -> Result<(), String> {
    fn go<T: serde::de::DeserializeOwned>(text: &str) -> Result<(), String> {
        let direct = serde_json::from_str::<Envelope<T>>(text).map(|_| ());
        let path = from_json::<Envelope<T>>(text).map(|_| ());
        assert_eq!(direct.is_ok(), path.is_ok(), "{text}");
        path.map_err(|e| e.to_string())
    }
    match kind {
        "payment" => go::<Payment>(text),
        "token" => go::<Token>(text),
        "billing-key" => go::<BillingKey>(text),
        "schedules" => go::<Vec<ScheduleResult>>(text),
        _ => go::<Prepared>(text),
    }
}

#[test]
fn extreme_numbers_in_every_numeric_response_field_are_errors_not_panics() {
    for (kind, doc) in response_samples() {
        assert_eq!(parse_response(kind, &doc.to_string()), Ok(()), "{kind}");
        let mut pointers = Vec::new();
        numeric_pointers(&doc, "", &mut pointers);
        for pointer in &pointers {
            for number in EXTREMES {
                let text = with_number(&doc, pointer, number);
                if let Err(err) = parse_response(kind, &text) {
                    assert!(!err.contains('\n'), "{err}");
                }
            }
        }
    }
}

#[test]
fn timestamps_out_of_range_name_the_field() {
    let (code, err) = check(
        "schedule",
        &json!({"customer_uid": "c", "schedules": [{"merchant_uid": "m", "schedule_at": u64::MAX, "amount": 1, "name": "n"}]}),
    );
    assert_eq!(code, 2);
    assert!(
        err.starts_with("schedules[0].schedule_at: invalid `timestamp`"),
        "{err}"
    );
    let err = from_json::<Envelope<Payment>>(
        r#"{"code":0,"response":{"imp_uid":"i","merchant_uid":"m","status":"paid","amount":1,"cancel_amount":0,"currency":"KRW","sandbox":false,"paid_at":18446744073709551615}}"#,
    )
    .unwrap_err();
    assert_eq!(err.path(), "response.paid_at");
    assert!(Timestamp::from_unix(Timestamp::MAX_SECS).is_ok());
    assert!(Timestamp::from_unix(Timestamp::MAX_SECS + 1).is_err());
    assert!(
        Timestamp::from_system_time(std::time::UNIX_EPOCH - std::time::Duration::from_secs(1))
            .is_err()
    );
}

// 2. No secret in any message, whatever JSON type arrives.

const SECRET: &str = "4111222233334444";

fn secret_shapes() -> Vec<Value> {
    let n: u64 = SECRET.parse().unwrap();
    vec![
        json!(n),
        json!(true),
        json!([n]),
        json!({"number": n}),
        json!(format!("{SECRET}x")),
        json!(4_111_222_233_334_444.5_f64),
    ]
}

fn assert_no_secret(context: &str, message: &str) {
    assert!(!message.contains(SECRET), "{context}: {message}");
    assert!(!message.contains("true"), "{context}: {message}");
    assert!(!message.contains("4.111"), "{context}: {message}");
}

#[test]
fn card_data_is_never_echoed() {
    let base = json!({"merchant_uid": "m", "amount": 1000, "card_number": "1234-1234-1234-1234", "expiry": "2025-12", "birth": "820213", "pwd_2digit": "00", "cvc": "123"});
    for field in ["card_number", "expiry", "birth", "pwd_2digit", "cvc"] {
        for shape in secret_shapes() {
            let mut doc = base.clone();
            doc[field] = shape.clone();
            let context = format!("{field} = {shape}");
            let (code, err) = check("onetime", &doc);
            assert_eq!(code, 2, "{context}");
            assert_no_secret(&context, &err);
            assert_no_secret(&context, &parse_err::<Onetime>(&doc).to_string());
            let direct = serde_json::from_value::<Onetime>(doc.clone()).unwrap_err();
            assert_no_secret(&context, &direct.to_string());
            let direct = serde_json::from_str::<Onetime>(&doc.to_string()).unwrap_err();
            assert_no_secret(&context, &direct.to_string());
        }
    }
}

#[test]
fn imp_secret_and_access_token_are_never_echoed() {
    // Any string is a secret's shape; every other type is an error.
    for shape in secret_shapes().into_iter().filter(|s| !s.is_string()) {
        let context = format!("{shape}");
        let doc = json!({"imp_key": "k", "imp_secret": shape});
        let (code, err) = check("get-token", &doc);
        assert_eq!(code, 2, "{context}");
        assert_no_secret(&context, &err);
        assert_no_secret(&context, &parse_err::<GetToken>(&doc).to_string());
        let direct = serde_json::from_str::<GetToken>(&doc.to_string());
        if let Err(e) = direct {
            assert_no_secret(&context, &e.to_string());
        }
        let token = json!({"access_token": shape, "expired_at": 1, "now": 1});
        if let Err(e) = serde_json::from_str::<Token>(&token.to_string()) {
            assert_no_secret(&context, &e.to_string());
        }
        if let Err(e) = from_json::<AccessToken>(&shape.to_string()) {
            assert_no_secret(&context, &e.to_string());
        }
    }
    // A whole document of the wrong type is not echoed either.
    let err = from_json::<GetToken>(&format!("\"{SECRET}\"")).unwrap_err();
    assert_no_secret("document", &err.to_string());
    let token = GetToken::builder().imp_key("k").imp_secret(SECRET).build();
    assert_no_secret("Debug", &format!("{token:?}"));
}

// 3. Exact money.

#[test]
fn amounts_are_read_from_their_digits() {
    for (kind, doc, field) in [
        (
            "payment",
            r#"{"merchant_uid":"m","amount":999.99999999999999}"#,
            "amount",
        ),
        (
            "payment",
            r#"{"merchant_uid":"m","amount":14.199999999999999,"currency":"USD"}"#,
            "amount",
        ),
        (
            "again",
            r#"{"customer_uid":"c","merchant_uid":"m","name":"n","amount":1000.001}"#,
            "amount",
        ),
        (
            "payment",
            r#"{"merchant_uid":"m","amount":1000,"tax_free":0.001}"#,
            "tax_free",
        ),
        (
            "payment",
            r#"{"merchant_uid":"m","amount":1000,"products":[{"unitPrice":100.5}]}"#,
            "products[].unitPrice",
        ),
        (
            "payment",
            r#"{"merchant_uid":"m","amount":1000,"products":[{"unitPrice":100.000000000000001}]}"#,
            "products[0].unitPrice",
        ),
        (
            "payment",
            r#"{"merchant_uid":"m","amount":1000,"kcpProducts":[{"orderNumber":"1","name":"n","quantity":1,"amount":100.5}]}"#,
            "kcpProducts[].amount",
        ),
    ] {
        let (code, _, err) = check_text(kind, doc);
        assert_eq!(code, 2, "{doc}");
        assert!(err.contains(field), "{doc}: {err}");
    }
    for (doc, out) in [
        (
            r#"{"merchant_uid":"m","amount":14.19,"currency":"USD"}"#,
            "14.19",
        ),
        (
            r#"{"merchant_uid":"m","amount":14.10,"currency":"USD"}"#,
            "14.1",
        ),
        (r#"{"merchant_uid":"m","amount":1e3}"#, "1000"),
        (r#"{"merchant_uid":"m","amount":1.5E1}"#, "15"),
        (r#"{"merchant_uid":"m","amount":100.000}"#, "100"),
    ] {
        let (code, stdout, err) = check_text("payment", doc);
        assert_eq!(code, 0, "{doc}: {err}");
        assert!(
            stdout.contains(&format!("\"amount\":{out}")),
            "{doc}: {stdout}"
        );
    }
    assert!("999.99999999999999".parse::<Amount>().is_err());
    let err = from_json::<OneOffPayment>(r#"{"merchant_uid":"m","amount":999.99999999999999}"#)
        .unwrap_err();
    assert_eq!(err.path(), "amount");
}

/// Where serde buffers a value (`#[serde(flatten)]`, an untagged enum) the
/// number's text is gone: an integer amount is still read, one with a
/// fraction is refused with the reason, never rounded.
#[test]
fn a_buffered_amount_keeps_integers_and_refuses_fractions() {
    #[derive(Debug, serde::Deserialize)]
    struct Inner {
        amount: Amount,
    }
    #[derive(Debug, serde::Deserialize)]
    struct Outer {
        #[serde(flatten)]
        inner: Inner,
    }
    let ok: Outer = serde_json::from_str(r#"{"amount":1000}"#).unwrap();
    assert_eq!(ok.inner.amount, amt(1000));
    let err = serde_json::from_str::<Outer>(r#"{"amount":14.19}"#)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains(
            "invalid `amount`: a number with a fraction can only be read exactly from JSON text"
        ),
        "{err}"
    );
}

// 4. Money rules.

#[test]
fn a_cancel_of_zero_is_refused_with_the_reason() {
    let (code, err) = check("cancel", &json!({"imp_uid": "imp_1", "amount": 0}));
    assert_eq!(code, 2);
    assert!(err.contains("leave `amount` out"), "{err}");
    let built = CancelPayment::builder()
        .imp_uid(ImpUid::new("imp_1").unwrap())
        .amount(Amount::ZERO)
        .build();
    assert!(built.unwrap_err().to_string().contains("cancel everything"));
    // The whole remaining amount: `amount` left out.
    let full = CancelPayment::builder()
        .imp_uid(ImpUid::new("imp_1").unwrap())
        .build()
        .unwrap();
    assert_eq!(
        serde_json::to_string(&full).unwrap(),
        r#"{"imp_uid":"imp_1"}"#
    );
}

#[test]
fn charges_are_above_zero_and_named() {
    for (kind, doc) in [
        (
            "again",
            json!({"customer_uid": "c", "merchant_uid": "m", "amount": 0, "name": "n"}),
        ),
        (
            "onetime",
            json!({"merchant_uid": "m", "amount": 0, "card_number": "1234-1234-1234-1234", "expiry": "2025-12"}),
        ),
        (
            "schedule",
            json!({"customer_uid": "c", "schedules": [{"merchant_uid": "m", "schedule_at": 1, "amount": 0, "name": "n"}]}),
        ),
        ("payment", json!({"merchant_uid": "m", "amount": 0})),
        (
            "chai-payment",
            json!({"pg": "chai", "merchant_uid": "m", "pay_method": "trans", "amount": 0, "m_redirect_url": "https://a.example/r"}),
        ),
    ] {
        let (code, err) = check(kind, &doc);
        assert_eq!(code, 2, "{kind}");
        assert!(
            err.contains("invalid `amount`: must be above 0"),
            "{kind}: {err}"
        );
    }
    let again = Again::builder()
        .customer_uid(cuid("c"))
        .merchant_uid(uid("m"))
        .amount(Amount::ZERO)
        .name(OrderName::new("n").unwrap())
        .build();
    assert!(again.is_err());
    let unnamed = Again::builder()
        .customer_uid(cuid("c"))
        .merchant_uid(uid("m"))
        .amount(amt(1000))
        .name(OrderName::new("").unwrap())
        .build();
    assert!(
        unnamed
            .unwrap_err()
            .to_string()
            .contains("invalid `name`: must not be empty")
    );
    let entry = ScheduleEntry::builder()
        .merchant_uid(uid("m"))
        .schedule_at(Timestamp::from_unix(1).unwrap())
        .amount(amt(1))
        .name(OrderName::new("").unwrap())
        .build();
    assert!(entry.is_err());
    let (code, err) = check(
        "again",
        &json!({"customer_uid": "c", "merchant_uid": "m", "amount": 1, "name": ""}),
    );
    assert_eq!(code, 2);
    assert!(err.contains("`name`"), "{err}");
}

#[test]
fn tax_free_and_vat_together_stay_within_the_amount() {
    for kind in ["payment", "again", "chai-payment"] {
        let mut doc = json!({"customer_uid": "c", "merchant_uid": "m", "amount": 1000, "tax_free": 1000, "vat_amount": 1000, "name": "n", "m_redirect_url": "https://a.example/r"});
        if kind == "chai-payment" {
            doc["pay_method"] = json!("trans");
            doc["pg"] = json!("chai");
        }
        if kind != "again" {
            doc.as_object_mut().unwrap().remove("customer_uid");
            doc.as_object_mut().unwrap().remove("name");
        }
        if kind != "chai-payment" {
            doc.as_object_mut().unwrap().remove("m_redirect_url");
        }
        let (code, err) = check(kind, &doc);
        assert_eq!(code, 2, "{kind}");
        assert!(
            err.contains("plus `vat_amount` (1000) is above `amount` (1000)"),
            "{kind}: {err}"
        );
    }
    let (code, err) = check(
        "cancel",
        &json!({"imp_uid": "i", "amount": 100, "tax_free": 60, "vat_amount": 60}),
    );
    assert_eq!(code, 2);
    assert!(err.contains("plus `vat_amount`"), "{err}");
    let ok = OneOffPayment::builder()
        .merchant_uid(uid("m"))
        .amount(amt(1000))
        .tax_free(amt(900))
        .vat_amount(amt(100))
        .build();
    assert!(ok.is_ok());
    assert!(
        Currency::Krw
            .check_amounts(amt(1000), Some(amt(901)), Some(amt(100)))
            .is_err()
    );
}

#[test]
fn a_schedule_names_each_order_once() {
    let entry = |at| {
        ScheduleEntry::builder()
            .merchant_uid(uid("order_1"))
            .schedule_at(Timestamp::from_unix(at).unwrap())
            .amount(amt(8900))
            .name(OrderName::new("n").unwrap())
            .build()
            .unwrap()
    };
    let schedule = Schedule::builder()
        .customer_uid(cuid("c"))
        .schedules(vec![entry(1), entry(2)])
        .build();
    assert!(
        schedule
            .unwrap_err()
            .to_string()
            .contains("\"order_1\" twice")
    );
    let (code, err) = check(
        "schedule",
        &json!({"customer_uid": "c", "schedules": [
            {"merchant_uid": "m", "schedule_at": 1, "amount": 1, "name": "n"},
            {"merchant_uid": "m", "schedule_at": 2, "amount": 1, "name": "n"}
        ]}),
    );
    assert_eq!(code, 2);
    assert!(err.contains("twice"), "{err}");
}

#[test]
fn a_period_runs_forward() {
    let date = |s| DateTime::new(s).unwrap();
    let backwards = Period::builder()
        .from(date("20261231"))
        .to(date("2026-01-01"))
        .build();
    assert!(backwards.unwrap_err().to_string().contains("is after `to`"));
    let same_day = Period::builder()
        .from(date("2026-01-01"))
        .to(date("20260101"))
        .build();
    assert!(same_day.is_ok());
    let (code, err) = check(
        "payment",
        &json!({"merchant_uid": "m", "amount": 1000, "period": {"from": "2026-12-31 00:00:00", "to": "20261230235959"}}),
    );
    assert_eq!(code, 2);
    assert!(err.starts_with("period: "), "{err}");
}

// 6. Free-form JSON kept exactly or refused.

#[test]
fn free_form_json_is_kept_exactly_or_refused() {
    let big = r#"{"merchant_uid":"m","amount":1000,"custom_data":{"n":123456789012345678901234567890,"f":0.10,"s":"a\u2028b"}}"#;
    let (code, out, err) = check_text("payment", big);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains(r#""n":123456789012345678901234567890,"f":0.10"#),
        "{out}"
    );
    let parsed = from_json::<OneOffPayment>(big).unwrap();
    assert!(
        serde_json::to_string(&parsed)
            .unwrap()
            .contains("123456789012345678901234567890")
    );
    for (kind, doc) in [
        (
            "payment",
            r#"{"merchant_uid":"m","amount":1,"custom_data":{"a":1,"a":2}}"#,
        ),
        (
            "payment",
            r#"{"merchant_uid":"m","amount":1,"custom_data":[{"x":{"a":1,"a":2}}]}"#,
        ),
        (
            "payment",
            r#"{"merchant_uid":"m","amount":1,"bypass":{"k":{"a":1,"a":2}}}"#,
        ),
        (
            "payment",
            r#"{"merchant_uid":"m","amount":1,"custom_data":"{\"a\":1}"}"#,
        ),
        (
            "payment",
            r#"{"merchant_uid":"m","amount":1,"custom_data":1e400}"#,
        ),
        (
            "again",
            r#"{"customer_uid":"c","merchant_uid":"m","amount":1,"name":"n","custom_data":"{\"a\":{\"b\":1,\"b\":2}}"}"#,
        ),
        (
            "again",
            r#"{"customer_uid":"c","merchant_uid":"m","amount":1,"name":"n","custom_data":"\"text\""}"#,
        ),
    ] {
        let (code, _, err) = check_text(kind, doc);
        assert_eq!(code, 2, "{doc}");
        assert!(
            err.contains("custom_data") || err.contains("bypass"),
            "{doc}: {err}"
        );
    }
    assert!(CustomData::new(&f64::NAN).is_err());
    assert!(CustomData::new(&json!({"a": [1.0]})).is_ok());
    assert!(CustomData::new(&std::collections::BTreeMap::from([("x", f64::INFINITY)])).is_err());
    assert!(CustomData::new("{\"a\":1}").is_err());
    assert!(iamport::rest::JsonText::encode(&f64::NAN).is_err());
}

// 7. Structs parse from JSON objects only.

#[test]
fn structs_parse_from_objects_only() {
    for (kind, doc) in [
        ("webhook", r#"["imp_1","order_1","paid"]"#),
        ("rsp", r#"["imp_1","order_1"]"#),
        ("payment", r#"["m",1000]"#),
        ("again", r#"["c","m",1000,"n"]"#),
        ("get-token", r#""a string""#),
    ] {
        let (code, _, err) = check_text(kind, doc);
        assert_eq!(code, 2, "{kind}");
        assert!(err.contains("expected a JSON object"), "{kind}: {err}");
    }
    let array = r#"["imp_1","m","paid",1000]"#;
    assert!(serde_json::from_str::<Payment>(array).is_err());
    assert!(serde_json::from_str::<Token>(r#"["t",1,1]"#).is_err());
    assert!(serde_json::from_str::<Envelope<Prepared>>(r#"[0,null,["m",1]]"#).is_err());
    assert!(serde_json::from_str::<iamport::outcome::Webhook>(r#"["i","m"]"#).is_err());
    assert!(serde_json::from_str::<Period>(r#"["20260101","20260102"]"#).is_err());
}

// 8. Identifiers and URLs.

#[test]
fn identifiers_refuse_what_a_path_or_a_log_would_misread() {
    for bad in [
        "",
        " ",
        "\t",
        " m",
        "m ",
        ".",
        "..",
        "a\0b",
        "a\nb",
        "a\u{202e}b",
        "a\u{200b}b",
    ] {
        assert!(MerchantUid::new(bad).is_err(), "{bad:?}");
        assert!(CustomerUid::new(bad).is_err(), "{bad:?}");
        assert!(ImpUid::new(bad).is_err(), "{bad:?}");
        let (code, _) = check("payment", &json!({"merchant_uid": bad, "amount": 1}));
        assert_eq!(code, 2, "{bad:?}");
        let (code, _) = check(
            "again",
            &json!({"customer_uid": bad, "merchant_uid": "m", "amount": 1, "name": "n"}),
        );
        assert_eq!(code, 2, "{bad:?}");
        let (code, _) = check("cancel", &json!({"imp_uid": bad}));
        assert_eq!(code, 2, "{bad:?}");
    }
    // An `imp_uid` is never empty, so `GET /payments/` (the list) can't be asked for.
    let get = GetPayment::builder()
        .imp_uid(ImpUid::new("imp_1").unwrap())
        .build();
    assert_eq!(get.path(), "/payments/imp_1");
    assert!(ChannelKey::new("").is_err());
    let (code, _) = check(
        "payment",
        &json!({"merchant_uid": "m", "amount": 1, "channelKey": "a b"}),
    );
    assert_eq!(code, 2);
}

#[test]
fn urls_are_parsed_as_browsers_parse_them() {
    for bad in [
        "https://user:pass@evil.example",
        "https://shop.example@evil.example/x",
        "https://a.example:99999/",
        "https://[evil]/",
        "https://a.example/%zz",
        "https://a.example\\@evil.example/",
        "https://a.example/\u{202e}gpj.exe",
        "https://a\u{200b}.example/",
        "https://a.example/ x",
        "javascript:alert(1)",
        "//evil.example",
        "https://",
    ] {
        assert!(HttpUrl::new(bad).is_err(), "{bad:?}");
        let (code, err) = check(
            "payment",
            &json!({"merchant_uid": "m", "amount": 1, "m_redirect_url": bad}),
        );
        assert_eq!(code, 2, "{bad:?}");
        assert!(err.starts_with("m_redirect_url: "), "{err}");
    }
    for ok in [
        "https://a.example",
        "http://127.0.0.1:8080/r?x=1#y",
        "https://[::1]/",
        "https://한국.example/결제",
    ] {
        assert!(HttpUrl::new(ok).is_ok(), "{ok:?}");
        assert_eq!(HttpUrl::new(ok).unwrap().as_str(), ok, "kept as written");
    }
}

// 9. One problem is one line.

#[test]
fn problems_are_one_line_that_no_input_forges() {
    let docs = [
        r#"{"merchant_uid":"m","amount":1000,"custom_data":{"x\nmerchant_uid: forged":1,"x\nmerchant_uid: forged":2}}"#,
        "{\"merchant_uid\":\"m\",\"amount\":1,\"\\u001b[2Jx\\nmerchant_uid: forged\":1}",
        "{\"merchant_uid\":\"m\\u001b[31m\\nforged\",\"amount\":1}",
        "{\"merchant_uid\":\"m\",\"amount\":1,\"pg\":\"kakao\\npay\"}",
        "{\"merchant_uid\":\"m\",\"amount\":1,\"currency\":\"\\u202eDSU\"}",
        "{\"merchant_uid\":\"m\",\"amount\":1,\"custom_data\":{\"a\":{\"\\u0000\":1,\"\\u0000\":2}}}",
    ];
    for doc in docs {
        let (code, _, err) = check_text("payment", doc);
        assert_eq!(code, 2, "{doc}");
        assert_eq!(err.lines().count(), 1, "{doc}: {err:?}");
        assert!(!err.contains("\nmerchant_uid"), "{err:?}");
        assert!(!err.chars().any(|c| c.is_control() && c != '\n'), "{err:?}");
        assert!(!err.contains('\u{202e}'), "{err:?}");
        let message = from_json::<OneOffPayment>(doc).unwrap_err().to_string();
        assert!(!message.chars().any(char::is_control), "{message:?}");
    }
}

#[test]
fn the_hint_is_bounded_for_any_key() {
    let key = "k".repeat(1 << 20);
    let doc = format!(r#"{{"merchant_uid":"m","amount":1,"{key}":1}}"#);
    let message = from_json::<OneOffPayment>(&doc).unwrap_err().to_string();
    assert!(!message.contains("did you mean"));
    assert!(message.len() < 4096, "{}", message.len());
    // The CLI takes up to 1 MiB: a valid document just under it, with a
    // key of nearly all of it, is refused in one short line.
    let key = "k".repeat((1 << 20) - 64);
    let doc = format!(r#"{{"merchant_uid":"m","amount":1,"{key}":1}}"#);
    let (code, _, err) = check_text("payment", &doc);
    assert_eq!(code, 2, "{err}");
    assert!(!err.contains("did you mean"), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(err.len() < 4096, "{}", err.len());
}

// 10. A hint that turns a registration into a charge.

#[test]
fn customer_uid_on_a_payment_points_to_the_registration() {
    let (code, err) = check(
        "payment",
        &json!({"merchant_uid": "m", "amount": 1000, "customer_uid": "c"}),
    );
    assert_eq!(code, 2);
    assert!(
        err.contains("belongs to a billing-key registration"),
        "{err}"
    );
    assert!(!err.contains("did you mean `customer_id`"), "{err}");
    let (code, _) = check(
        "billing-key",
        &json!({"merchant_uid": "m", "customer_uid": "c"}),
    );
    assert_eq!(code, 0);
}

// 11. CHAI rules on every type that can carry a CHAI channel.

#[test]
fn chai_rules_hold_on_the_generic_types() {
    let base = json!({"merchant_uid": "m", "amount": 1000, "pg": "chai", "pay_method": "trans", "m_redirect_url": "https://a.example/r"});
    for (change, field) in [
        (json!({"pay_method": "card"}), "pay_method"),
        (json!({"m_redirect_url": null}), "m_redirect_url"),
        (json!({"currency": "USD"}), "currency"),
        (
            json!({"pg": "chai.pk_123", "pay_method": "card"}),
            "pay_method",
        ),
    ] {
        let mut doc = base.clone();
        for (k, v) in change.as_object().unwrap() {
            if v.is_null() {
                doc.as_object_mut().unwrap().remove(k);
            } else {
                doc[k] = v.clone();
            }
        }
        let (code, err) = check("payment", &doc);
        assert_eq!(code, 2, "{doc}");
        assert!(err.contains(&format!("invalid `{field}`")), "{doc}: {err}");
        let mut registration = doc.clone();
        registration["customer_uid"] = json!("c");
        let (code, _) = check("billing-key", &registration);
        assert_eq!(code, 2, "{registration}");
    }
    let (code, err) = check("payment", &base);
    assert_eq!(code, 0, "{err}");
    let card = OneOffPayment::builder()
        .merchant_uid(uid("m"))
        .amount(amt(1000))
        .pg(PgCode::Chai.into())
        .pay_method(PayMethod::Card)
        .m_redirect_url(HttpUrl::new("https://a.example/r").unwrap())
        .build();
    assert!(card.unwrap_err().to_string().contains("CHAI"));
    let no_redirect = BillingKeyRegistration::builder()
        .merchant_uid(uid("m"))
        .customer_uid(cuid("c"))
        .pg(PgCode::Chai.into())
        .pay_method(PayMethod::Trans)
        .build();
    assert!(no_redirect.is_err());
    // The profile and the generic type agree on the same document.
    let profile = from_json::<ChaiPayment>(&base.to_string()).unwrap();
    let generic = from_json::<OneOffPayment>(&base.to_string()).unwrap();
    assert_eq!(
        serde_json::to_value(&profile).unwrap(),
        serde_json::to_value(&generic).unwrap()
    );
    for kind in ["chai-payment", "chai-billing-key"] {
        let (code, _, _) = run(&["check", kind], "{}");
        assert_eq!(code, 2, "{kind}");
    }
}

// 11. Every parse error is one short line, whatever the input's size.

/// A 900,000-character enum value or date text gives one line of at most
/// 300 characters, cut with an ellipsis, with the path and the rule kept
/// (issue 15: "a 900,000-character `pay_method` gives a 900 KB error
/// line").
#[test]
fn huge_values_give_one_short_line() {
    let huge = format!("{}\u{1b}[2J\n{}", "x".repeat(450_000), "y".repeat(450_000));
    let docs = [
        (
            "pay_method",
            json!({"merchant_uid": "m", "amount": 1000, "pay_method": huge}),
        ),
        (
            "vbank_due",
            json!({"merchant_uid": "m", "amount": 1000, "pay_method": "vbank", "vbank_due": huge}),
        ),
        (
            "pg",
            json!({"merchant_uid": "m", "amount": 1000, "pg": huge}),
        ),
        (
            "currency",
            json!({"merchant_uid": "m", "amount": 1000, "currency": huge}),
        ),
    ];
    for (field, doc) in docs {
        let err = parse_err::<OneOffPayment>(&doc);
        let line = err.to_string();
        assert_eq!(err.path(), field, "{line}");
        assert!(
            line.chars().count() <= 300,
            "{field}: {} chars",
            line.chars().count()
        );
        assert!(!line.chars().any(char::is_control), "{field}: {line:?}");
        assert!(
            line.starts_with(&format!("at `{field}`: invalid `")),
            "{line}"
        );
        let (code, _, out) = check_text("payment", &doc.to_string());
        assert_eq!((code, out.trim_end().lines().count()), (2, 1), "{field}");
    }
    // The values' own errors, outside any parse, are as short.
    let by_type = [
        huge.parse::<PayMethod>().unwrap_err().to_string(),
        DateTime::new(&huge).unwrap_err().to_string(),
        iamport::value::InvalidValue::new(huge.clone(), huge.clone()).to_string(),
    ];
    for line in by_type {
        assert!(
            line.chars().count() <= 300,
            "{} chars",
            line.chars().count()
        );
        assert!(!line.chars().any(char::is_control), "{line:?}");
    }
    // A response: a huge unknown key in a payment, and a huge date text
    // where Unix seconds belong.
    let text = format!(
        r#"{{"code":0,"response":{{"imp_uid":"i","merchant_uid":"m","status":"paid","amount":1,"cancel_amount":0,"currency":"KRW","sandbox":false,"paid_at":"{}"}}}}"#,
        "2".repeat(900_000)
    );
    let err = from_json::<Envelope<Payment>>(&text).unwrap_err();
    assert_eq!(err.path(), "response.paid_at");
    assert!(err.to_string().chars().count() <= 300, "{err}");
}

// 12. Signed amounts where the OpenAPI describes refunds as negative.

/// `PaymentBalanceAnnotation`'s parts are "환불시 마이너스 차감된 최종 금액"
/// (`v1.openapi.json`, definitions `PaymentBalanceAnnotation`): a
/// `SignedAmount`, exact and with the ceiling of every amount.
#[test]
fn signed_amounts_are_exact_either_side_of_zero() {
    use iamport::value::SignedAmount;
    let read = |text: &str| from_json::<SignedAmount>(text).map(|a| a.to_string());
    assert_eq!(read("-1500").unwrap(), "-1500");
    assert_eq!(read("-14.20").unwrap(), "-14.20");
    assert_eq!(read("-9007199254740991").unwrap(), "-9007199254740991");
    assert_eq!(read("-0").unwrap(), "0");
    for bad in [
        "-9007199254740992",
        "9007199254740992",
        "-1.005",
        "\"-1\"",
        "-1e400",
    ] {
        assert!(read(bad).is_err(), "{bad}");
    }
    // Read from its digits: refused, never rounded to -1000.
    assert!(serde_json::from_str::<SignedAmount>("-999.99999999999999").is_err());
    assert_eq!(SignedAmount::from(amt(5)).to_amount(), Some(amt(5)));
    assert_eq!(SignedAmount::new(-5).unwrap().magnitude(), amt(5));
}

/// A sample balance with refunds: the fields of the OpenAPI's
/// `PaymentBalanceResponseAnnotation`, `PaymentBalanceHistoriesAnnotation`
/// and `PaymentBalanceAnnotation`, negative parts as its descriptions
/// allow.
#[test]
fn a_balance_with_refunds_parses() {
    type Answer = <iamport::rest::GetPaymentBalance as iamport::rest::Endpoint>::Response;
    let parts = |tax_free: i64, supply: i64, vat: i64| json!({"tax_free": tax_free, "supply": supply, "vat": vat, "service": 0});
    let text = json!({"code": 0, "message": null, "response": {
        "amount": 11000,
        "cash_receipt": parts(0, 0, 0),
        "primary": parts(-500, 9000, 900),
        "secondary": parts(0, 0, 0),
        "discount": parts(0, -1000, -100),
        "histories": [{"cash_receipt": parts(0, 0, 0), "primary": parts(-400, -1000, -100),
            "secondary": parts(0, 0, 0), "discount": parts(0, 0, 0), "created": 1_700_000_500}]
    }})
    .to_string();
    let balance = from_json::<Envelope<Answer>>(&text)
        .unwrap()
        .into_result()
        .unwrap();
    let debug = format!("{balance:?}");
    assert!(debug.contains("tax_free: -500"), "{debug}");
    assert!(debug.contains("supply: -1000"), "{debug}");
    let over = text.replace("-500", "-9007199254740992");
    let err = from_json::<Envelope<Answer>>(&over).unwrap_err();
    assert_eq!(err.path(), "response.primary.tax_free", "{err}");
}

/// `checking_amount` has the ceiling of every amount: 2^53 − 1.
#[test]
fn checking_amount_has_the_ceiling_of_every_amount() {
    let schedule = |checking: &str| {
        format!(
            r#"{{"customer_uid":"c","checking_amount":{checking},"schedules":[{{"merchant_uid":"m","schedule_at":1519862400,"amount":8900,"name":"n"}}]}}"#
        )
    };
    assert!(from_json::<Schedule>(&schedule("1000")).is_ok());
    assert!(from_json::<Schedule>(&schedule("9007199254740991")).is_ok());
    let err = from_json::<Schedule>(&schedule("9007199254740992")).unwrap_err();
    assert_eq!(err.path(), "checking_amount", "{err}");
    assert!(err.message().contains("2^53 - 1"), "{err}");
    // The OpenAPI types it `integer`.
    let err = from_json::<Schedule>(&schedule("1000.5")).unwrap_err();
    assert_eq!(err.path(), ".", "{err}");
    assert!(err.message().contains("checking_amount"), "{err}");
}
