//! Property tests: arbitrary JSON to every kind of the `payload` command
//! never panics and fails cleanly; arbitrary strings in every free-text
//! field round-trip exactly (or, past a length limit, fail naming the field).

use crate::helpers::run;

use iamport::request_pay::{CustomData, OneOffPayment};
use iamport::value::{Amount, MerchantUid, OrderName};
use proptest::prelude::*;

const KINDS: &[&str] = &[
    "payment",
    "billing-key",
    "chai-payment",
    "chai-billing-key",
    "again",
    "onetime",
    "schedule",
    "unschedule",
    "issue-billing-key",
    "get-token",
    "cancel",
    "rsp",
    "webhook",
];

/// Keys the kinds know, so that generated documents get past the first
/// unknown-key check now and then.
const KEYS: &[&str] = &[
    "merchant_uid",
    "amount",
    "customer_uid",
    "name",
    "pg",
    "channelKey",
    "pay_method",
    "buyer_name",
    "currency",
    "schedules",
    "schedule_at",
    "card_number",
    "expiry",
    "imp_uid",
    "imp_key",
    "imp_secret",
    "custom_data",
    "tax_free",
    "card",
    "detail",
    "card_code",
    "display",
    "card_quota",
    "status",
    "success",
    "channel_key",
];

fn json() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(serde_json::Value::from),
        ".{0,48}".prop_map(serde_json::Value::String),
    ];
    leaf.prop_recursive(4, 48, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::Array),
            prop::collection::vec(
                (
                    prop_oneof![
                        prop::sample::select(KEYS).prop_map(str::to_owned),
                        ".{0,12}"
                    ],
                    inner
                ),
                0..6
            )
            .prop_map(|pairs| serde_json::Value::Object(pairs.into_iter().collect())),
        ]
    })
}

fn numbers_as_f64(v: serde_json::Value) -> serde_json::Value {
    match v {
        serde_json::Value::Number(n) => n
            .as_f64()
            .map_or(serde_json::Value::Null, serde_json::Value::from),
        serde_json::Value::Array(a) => {
            serde_json::Value::Array(a.into_iter().map(numbers_as_f64).collect())
        }
        serde_json::Value::Object(o) => {
            serde_json::Value::Object(o.into_iter().map(|(k, v)| (k, numbers_as_f64(v))).collect())
        }
        other => other,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 192, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_json_never_panics_and_fails_cleanly(doc in json(), kind in prop::sample::select(KINDS)) {
        let text = doc.to_string();
        let (code, out, err) = run(&["check", kind], &text);
        prop_assert!(code == 0 || code == 2);
        if code == 0 {
            prop_assert!(err.is_empty());
            let printed: serde_json::Value = serde_json::from_str(&out).unwrap();
            // A document that passed prints back as itself (a whole amount
            // given as `1.0` prints as `1`: the same number).
            prop_assert_eq!(numbers_as_f64(printed), numbers_as_f64(doc));
        } else {
            prop_assert!(out.is_empty());
            prop_assert!(!err.trim().is_empty());
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..256), kind in prop::sample::select(KINDS)) {
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let (code, _, _) = run(&["check", kind], &text);
        prop_assert!(code == 0 || code == 2);
    }

    #[test]
    fn arbitrary_strings_round_trip_in_free_text_fields(s in any::<String>()) {
        let built = OneOffPayment::builder()
            .merchant_uid(MerchantUid::new("m").unwrap())
            .amount(Amount::new(1).unwrap())
            .buyer_name(s.clone())
            .buyer_addr(s.clone())
            .custom_data(CustomData::new(&serde_json::json!({"note": s})).unwrap())
            .build()
            .unwrap();
        let json = serde_json::to_string(&built).unwrap();
        let back: OneOffPayment = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(&back, &built);
        let (code, out, err) = run(&["check", "payment"], &json);
        prop_assert_eq!(code, 0, "{}", err);
        prop_assert_eq!(serde_json::from_str::<serde_json::Value>(&out).unwrap(), serde_json::from_str::<serde_json::Value>(&json).unwrap());
        // `name` takes the string when it fits 40 UTF-16 units, and names
        // itself when it does not.
        match OrderName::new(s.clone()) {
            Ok(name) => prop_assert_eq!(name.as_str(), s.as_str()),
            Err(e) => {
                prop_assert!(s.encode_utf16().count() > 40);
                prop_assert!(e.to_string().starts_with("invalid `name`"));
            }
        }
    }
}
