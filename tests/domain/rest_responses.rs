//! Parsing what the API answers: the envelope makes the caller handle
//! `code != 0`, a charge makes `status` impossible to miss, timestamps of 0
//! are `None`, `null` fields parse, unknown fields are tolerated, and the
//! token never shows in `Debug`.

use iamport::rest::{
    BillingKey, Charge, Envelope, Payment, PaymentStatus, ScheduleResult, ScheduleStatus, Token,
};

/// A payment as the OpenAPI's `PaymentAnnotation` describes it, with a
/// field this version does not know (`customer_uid_usage`), `null`s, and
/// 0 for what has not happened.
const PAID: &str = r#"{
  "code": 0,
  "message": null,
  "response": {
    "imp_uid": "imp_448280090638",
    "merchant_uid": "order_monthly_0001",
    "pay_method": "card",
    "channel": "api",
    "pg_provider": "chai",
    "emb_pg_provider": null,
    "pg_tid": "tid_1",
    "pg_id": "pk_1",
    "sandbox": true,
    "escrow": false,
    "apply_num": "12345678",
    "card_code": null,
    "card_quota": 0,
    "card_type": null,
    "name": "월간 이용권 정기결제",
    "amount": 8900,
    "cancel_amount": 0,
    "currency": "KRW",
    "buyer_name": "홍길동",
    "custom_data": "{\"userId\":30930}",
    "status": "paid",
    "started_at": 1519862400,
    "paid_at": 1519862401,
    "failed_at": 0,
    "cancelled_at": 0,
    "fail_reason": null,
    "cancel_reason": null,
    "receipt_url": "https://example.com/receipt",
    "cancel_history": [],
    "customer_uid_usage": "payment.scheduled"
  }
}"#;

#[test]
fn paid_payment_parses() {
    let env: Envelope<Payment> = serde_json::from_str(PAID).unwrap();
    let p = env.into_result().unwrap();
    assert_eq!(p.status, PaymentStatus::Paid);
    assert!(p.paid_at.is_some());
    assert_eq!(
        (p.failed_at, p.cancelled_at, p.card_type),
        (None, None, None)
    );
    assert_eq!(p.amount.to_string(), "8900");
}

#[test]
fn a_charge_that_failed_with_code_zero_is_not_paid() {
    let failed = PAID
        .replace(r#""status": "paid""#, r#""status": "failed""#)
        .replace(
            r#""fail_reason": null"#,
            r#""fail_reason": "카드 한도초과""#,
        )
        .replace(r#""paid_at": 1519862401"#, r#""paid_at": 0"#);
    let charge = serde_json::from_str::<Envelope<Charge>>(&failed)
        .unwrap()
        .into_result()
        .unwrap();
    match charge {
        Charge::Failed { reason, payment } => {
            assert_eq!(reason, "카드 한도초과");
            assert_eq!(payment.paid_at, None);
        }
        other => panic!("expected a failed charge, got {other:?}"),
    }
    let paid = serde_json::from_str::<Envelope<Charge>>(PAID)
        .unwrap()
        .into_result()
        .unwrap();
    assert!(matches!(paid, Charge::Paid(_)));
}

#[test]
fn a_non_zero_code_is_an_error() {
    let env: Envelope<Payment> = serde_json::from_str(
        r#"{"code":1,"message":"존재하지 않는 결제정보입니다","response":null}"#,
    )
    .unwrap();
    let err = env.into_result().unwrap_err();
    assert_eq!(
        err.to_string(),
        "PortOne answered code 1: 존재하지 않는 결제정보입니다"
    );
    let env: Envelope<Payment> =
        serde_json::from_str(r#"{"code":-1,"message":"카드정보 인증에 실패하였습니다."}"#).unwrap();
    assert_eq!(env.into_result().unwrap_err().code, -1);
}

#[test]
fn token_is_redacted() {
    let env: Envelope<Token> = serde_json::from_str(
        r#"{"code":0,"message":null,"response":{"access_token":"a9ace025c90c0da2161075da6ddd3492a2fca776","expired_at":1700001800,"now":1700000000}}"#,
    )
    .unwrap();
    let token = env.into_result().unwrap();
    let debug = format!("{token:?}");
    assert!(!debug.contains("a9ace025"), "{debug}");
    assert_eq!(
        token.access_token.bearer(),
        "Bearer a9ace025c90c0da2161075da6ddd3492a2fca776"
    );
}

#[test]
fn billing_key_and_schedules_parse() {
    let key: Envelope<BillingKey> = serde_json::from_str(
        r#"{"code":0,"message":null,"response":{"customer_uid":"gildong_0001_1234","pg_provider":"chai","pg_id":"pk_1","sandbox":false,"card_name":null,"card_type":null,"inserted":1519862400,"updated":0,"new_field":1}}"#,
    )
    .unwrap();
    let key = key.into_result().unwrap();
    assert_eq!(
        (key.customer_uid.as_str(), key.updated),
        ("gildong_0001_1234", None)
    );
    let schedules: Envelope<Vec<ScheduleResult>> = serde_json::from_str(
        r#"{"code":0,"message":null,"response":[{"customer_uid":"gildong_0001_1234","merchant_uid":"order_monthly_0001","imp_uid":null,"schedule_at":1519862400,"executed_at":0,"revoked_at":0,"amount":8900,"name":"월간 이용권 정기결제","schedule_status":"scheduled","payment_status":null,"fail_reason":null}]}"#,
    )
    .unwrap();
    let schedules = schedules.into_result().unwrap();
    assert_eq!(
        schedules[0].schedule_status,
        Some(ScheduleStatus::Scheduled)
    );
    assert_eq!(
        (
            schedules[0].executed_at,
            schedules[0].payment_status.clone()
        ),
        (None, None)
    );
}

/// Every property of the OpenAPI's response definitions is a field of the
/// response type, with its JSON type. Source of the property lists and the
/// sample values' types: the official V1 OpenAPI (`v1.openapi.json`,
/// definitions `PaymentAnnotation`, `PaymentCancelAnnotation`,
/// `VbankDepositAnnotation`, `CustomerAnnotation`, `ScheduleResultAnnotation`,
/// `PaymentPrepareAnnotation`), as copied into the project's reference.
mod every_property {
    use iamport::rest::{
        BillingKey, CustomerUidUsage, Envelope, Payment, PaymentStatus, Prepared, ScheduleResult,
        ScheduleStatus,
    };
    use serde_json::json;

    fn fields_of(debug: &str, names: &[&str]) {
        for name in names {
            assert!(
                debug.contains(&format!("{name}:")),
                "no field `{name}` in {debug}"
            );
        }
    }

    /// Parses `sample`, which has `count` properties, and checks that each
    /// of them is a field of the result (by its `Debug`).
    fn keeps_every_property<T: serde::de::DeserializeOwned + std::fmt::Debug>(
        sample: &serde_json::Value,
        count: usize,
    ) -> T {
        let keys: Vec<&str> = sample
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys.len(), count);
        let parsed: T = serde_json::from_value(sample.clone()).unwrap();
        fields_of(&format!("{parsed:?}"), &keys);
        parsed
    }

    #[test]
    fn payment_keeps_all_54() {
        let sample = json!({
            "imp_uid": "imp_1", "merchant_uid": "order_1", "pay_method": "card", "channel": "api",
            "pg_provider": "nice", "emb_pg_provider": null, "pg_tid": "t1", "pg_id": "nictest04m",
            "sandbox": false, "escrow": false, "apply_num": "123", "bank_code": null, "bank_name": null,
            "card_code": "361", "card_name": "BC", "card_issuer_code": "361", "card_issuer_name": "BC",
            "card_publisher_code": "361", "card_publisher_name": "BC", "card_quota": 0,
            "card_number": "1234-****", "card_type": 0, "vbank_code": null, "vbank_name": null,
            "vbank_num": null, "vbank_holder": null, "vbank_date": 0, "vbank_issued_at": 0,
            "name": "월간 이용권", "amount": 10000, "cancel_amount": 3000, "currency": "KRW",
            "buyer_name": "홍길동", "buyer_email": "a@b.kr", "buyer_tel": "010", "buyer_addr": "서울",
            "buyer_postcode": "01234", "custom_data": "{\"a\":1}", "user_agent": "sorry_not_supported",
            "status": "paid", "started_at": 1_700_000_000, "paid_at": 1_700_000_001, "failed_at": 0,
            "cancelled_at": 1_700_000_500, "fail_reason": null, "cancel_reason": "부분 환불",
            "receipt_url": "https://r.example/1",
            "cancel_history": [{"pg_tid": "t2", "amount": 3000, "cancelled_at": 1_700_000_500,
                "reason": "부분 환불", "cancellation_id": "c_1", "receipt_url": "https://r.example/c"}],
            "deposit_history": null,
            "cancel_receipt_urls": ["https://r.example/c"], "cash_receipt_issued": false,
            "customer_uid": "gildong_0001_1234", "customer_uid_usage": "payment",
            "promotion": {"id": "promotion-id-1", "discount": 500}
        });
        let payment: Payment = keeps_every_property(&sample, 54);
        // A partial refund reads back, and a webhook's cancellation_id matches.
        assert_eq!(payment.cancel_history[0].cancellation_id, "c_1");
        assert_eq!(payment.cancel_history[0].amount.hundredths(), 300_000);
        assert!(payment.deposit_history.is_empty());
        assert_eq!(payment.customer_uid_usage, Some(CustomerUidUsage::Payment));
        assert_eq!(payment.status, PaymentStatus::Paid);
    }

    #[test]
    fn unknown_enum_values_are_kept_as_other() {
        let payment: Payment = serde_json::from_value(json!({
            "imp_uid": "i", "merchant_uid": "m", "status": "partial_cancelled", "amount": 1,
            "cancel_amount": 0, "currency": "KRW", "sandbox": false,
            "customer_uid_usage": "payment.future"
        }))
        .unwrap();
        assert_eq!(
            payment.status,
            PaymentStatus::Other("partial_cancelled".to_owned())
        );
        assert_eq!(
            payment.customer_uid_usage,
            Some(CustomerUidUsage::Other("payment.future".to_owned()))
        );
        let s: ScheduleStatus = serde_json::from_str("\"paused\"").unwrap();
        assert_eq!(s, ScheduleStatus::Other("paused".to_owned()));
        assert_eq!(s.as_str(), "paused");
    }

    #[test]
    fn billing_key_keeps_all_20() {
        let sample = json!({
            "customer_uid": "c", "pg_provider": "nice", "pg_id": "p", "sandbox": true,
            "customer_id": "u1", "card_name": "BC", "card_code": "361", "card_issuer_code": "361",
            "card_issuer_name": "BC", "card_publisher_code": "361", "card_publisher_name": "BC",
            "card_number": "1234-****", "card_type": 1, "customer_name": "홍길동",
            "customer_tel": "010", "customer_email": "a@b.kr", "customer_addr": "서울",
            "customer_postcode": "01234", "inserted": 1_700_000_000, "updated": 0
        });
        let _: BillingKey = keeps_every_property(&sample, 20);
    }

    #[test]
    fn schedule_result_keeps_all_22() {
        let sample = json!({
            "customer_uid": "c", "merchant_uid": "m", "imp_uid": null, "pg_provider": "nice",
            "pg_id": "p", "customer_id": "u1", "schedule_at": 1_700_000_000, "executed_at": 0,
            "revoked_at": 0, "amount": 8900, "currency": "KRW", "name": "월간 이용권",
            "buyer_name": "홍길동", "buyer_email": "a@b.kr", "buyer_tel": "010", "buyer_addr": "서울",
            "buyer_postcode": "01234", "custom_data": null, "schedule_status": "scheduled",
            "payment_status": null, "fail_reason": null, "promotion_id": null
        });
        let result: ScheduleResult = keeps_every_property(&sample, 22);
        assert_eq!(result.schedule_status, Some(ScheduleStatus::Scheduled));
    }

    #[test]
    fn prepared_keeps_its_currency() {
        let prepared = serde_json::from_str::<Envelope<Prepared>>(
            r#"{"code":0,"response":{"merchant_uid":"m","amount":14.20,"currency":"USD"}}"#,
        )
        .unwrap()
        .into_result()
        .unwrap();
        assert_eq!(prepared.currency.as_deref(), Some("USD"));
    }

    /// The smaller answers, each with every property of its OpenAPI
    /// definition: `AuthAnnotation` (3), `PaymentPrepareAnnotation` (3),
    /// `PaymentBalanceResponseAnnotation` (6, with
    /// `PaymentBalanceHistoriesAnnotation`'s 5 and
    /// `PaymentBalanceAnnotation`'s 4), `StandardCodeAnnotation` (2),
    /// `PgSettingAnnotation` (6).
    #[test]
    fn the_smaller_answers_keep_every_property() {
        use iamport::rest::{PaymentBalance, PgSetting, StandardCode, Token};
        let token: Token = keeps_every_property(
            &json!({"access_token": "a9ace025", "expired_at": 1_700_001_800, "now": 1_700_000_000}),
            3,
        );
        assert_eq!(
            (token.expired_at.unix(), token.now.unix()),
            (1_700_001_800, 1_700_000_000)
        );
        let prepared: Prepared = keeps_every_property(
            &json!({"merchant_uid": "m", "amount": 1000, "currency": "KRW"}),
            3,
        );
        assert_eq!(prepared.amount.to_string(), "1000");
        let part = |supply: u64, vat: u64| json!({"tax_free": 10, "supply": supply, "vat": vat, "service": 5});
        let parts = json!({"cash_receipt": part(1, 2), "primary": part(636, 64),
            "secondary": part(3, 4), "discount": part(5, 6)});
        let mut history = parts.clone();
        history["created"] = json!(1_700_000_000);
        let mut balance = parts.clone();
        balance["amount"] = json!(700);
        balance["histories"] = json!([history]);
        let balance: PaymentBalance = keeps_every_property(&balance, 6);
        assert_eq!(
            (
                balance.amount.to_string(),
                balance.cash_receipt.vat.to_string(),
                balance.secondary.supply.to_string(),
                balance.discount.vat.to_string(),
                balance.primary.tax_free.to_string(),
                balance.primary.service.to_string(),
            ),
            (
                "700".into(),
                "2".into(),
                "3".into(),
                "6".into(),
                "10".into(),
                "5".into()
            )
        );
        fields_of(
            &format!("{:?}", balance.histories[0]),
            &[
                "cash_receipt",
                "primary",
                "secondary",
                "discount",
                "created",
            ],
        );
        let code: StandardCode =
            keeps_every_property(&json!({"code": "004", "name": "KB국민은행"}), 2);
        assert_eq!(
            (code.code.as_str(), code.name.as_str()),
            ("004", "KB국민은행")
        );
        // `type` is the field `kind`.
        let pg: PgSetting =
            serde_json::from_value(json!({"pg_provider": "chai", "pg_id": "chai_1",
            "sandbox": true, "type": "payment", "channel_name": "CHAI 테스트",
            "channel_key": "channel-key-1"}))
            .unwrap();
        assert_eq!(
            (
                pg.pg_provider.as_str(),
                pg.pg_id.as_str(),
                pg.sandbox,
                pg.kind.as_str(),
                pg.channel_name.as_deref(),
                pg.channel_key.as_deref()
            ),
            (
                "chai",
                "chai_1",
                true,
                "payment",
                Some("CHAI 테스트"),
                Some("channel-key-1")
            )
        );
    }

    /// `channel_group_id` answers `SuperBillingKeyResponse`, which parses
    /// as its own variant, never as a plain billing key.
    #[test]
    fn super_billing_key_is_its_own_answer() {
        use iamport::rest::{IssueBillingKey, IssuedBillingKey};
        type Answer = <IssueBillingKey as iamport::rest::Endpoint>::Response;
        let sample = json!({
            "customer_uid": "c", "channelGroupId": "group-1", "customer_id": null,
            "customer_name": "홍길동", "customer_tel": null, "customer_email": null,
            "customer_addr": null, "customer_postcode": null,
            "succeededChannels": [{"pg_provider": "nice", "pg_id": "p", "card_name": "BC",
                "card_code": "361", "card_issuer_code": null, "card_issuer_name": null,
                "card_publisher_code": null, "card_publisher_name": null, "card_number": "1234-****",
                "card_type": 0, "inserted": 1_700_000_000, "updated": 0}],
            "failedChannels": [{"type": "PG_PROVIDER", "message": "카드 거절", "pg_provider": "kcp", "pg_id": "k"}]
        });
        assert_eq!(sample.as_object().unwrap().len(), 10);
        let answer: Answer = serde_json::from_value(sample.clone()).unwrap();
        let IssuedBillingKey::Super(key) = answer else {
            panic!("a super billing key parsed as a plain one")
        };
        fields_of(
            &format!("{key:?}"),
            &[
                "customer_uid",
                "channel_group_id",
                "customer_id",
                "customer_name",
                "customer_tel",
                "customer_email",
                "customer_addr",
                "customer_postcode",
                "succeeded_channels",
                "failed_channels",
            ],
        );
        assert_eq!(key.succeeded_channels[0].pg_provider, "nice");
        assert_eq!(key.failed_channels[0].kind, "PG_PROVIDER");
        let plain: Answer = serde_json::from_value(
            json!({"customer_uid": "c", "pg_provider": "nice", "sandbox": false}),
        )
        .unwrap();
        assert!(matches!(plain, IssuedBillingKey::Key(_)));
        assert!(serde_json::from_str::<Answer>("[1]").is_err());
    }
}

/// A payment needs every field the OpenAPI's `PaymentAnnotation` lists as
/// `required` (`v1.openapi.json`, definitions → `PaymentAnnotation` →
/// `required`: `imp_uid`, `merchant_uid`, `amount`, `cancel_amount`,
/// `currency`, `status`, `sandbox`): without one, the answer is an error
/// that names it, never a live, uncancelled KRW payment by default.
mod required_payment_fields {
    use iamport::from_json;
    use iamport::rest::{Envelope, Payment};
    use serde_json::{Value, json};

    /// `PaymentAnnotation.required` of the OpenAPI, as listed there.
    const REQUIRED: [&str; 7] = [
        "imp_uid",
        "merchant_uid",
        "amount",
        "cancel_amount",
        "currency",
        "status",
        "sandbox",
    ];

    /// The smallest payment the OpenAPI allows: its required fields only.
    fn minimal() -> Value {
        json!({
            "imp_uid": "imp_1", "merchant_uid": "order_1", "amount": 1000,
            "cancel_amount": 0, "currency": "KRW", "status": "paid", "sandbox": false
        })
    }

    fn envelope(payment: &Value) -> String {
        json!({"code": 0, "message": null, "response": payment}).to_string()
    }

    #[test]
    fn the_required_fields_suffice() {
        let payment = from_json::<Envelope<Payment>>(&envelope(&minimal()))
            .unwrap()
            .into_result()
            .unwrap();
        assert_eq!((payment.currency.as_str(), payment.sandbox), ("KRW", false));
        assert!(payment.cancel_amount.is_zero());
    }

    #[test]
    fn a_missing_one_is_an_error_that_names_it() {
        for field in REQUIRED {
            let mut payment = minimal();
            payment.as_object_mut().unwrap().remove(field);
            let err = from_json::<Envelope<Payment>>(&envelope(&payment)).unwrap_err();
            assert_eq!(err.path(), "response", "{field}: {err}");
            assert_eq!(
                err.message(),
                format!("missing field `{field}`"),
                "{field}: {err}"
            );
            assert!(
                serde_json::from_value::<Payment>(payment).is_err(),
                "{field}"
            );
        }
    }

    #[test]
    fn null_is_not_a_value_for_one() {
        for field in ["cancel_amount", "currency", "sandbox"] {
            let mut payment = minimal();
            payment[field] = Value::Null;
            let err = from_json::<Envelope<Payment>>(&envelope(&payment)).unwrap_err();
            assert_eq!(err.path(), format!("response.{field}"), "{err}");
        }
    }
}

/// A parse error names the deepest field that failed, through every
/// answer type, the two-kind billing key included (it used to be read
/// through a buffered `serde_json::Value`, and reported `response` only).
#[test]
fn a_parse_error_names_the_deepest_field() {
    use iamport::from_json;
    use iamport::rest::IssuedBillingKey;
    let path = |text: &str| -> String {
        fn go<T: serde::de::DeserializeOwned + std::fmt::Debug>(text: &str) -> String {
            from_json::<Envelope<T>>(text)
                .unwrap_err()
                .path()
                .to_owned()
        }
        if text.contains(r#""response":["#) {
            go::<Vec<IssuedBillingKey>>(text)
        } else if text.contains("imp_uid") {
            go::<Payment>(text)
        } else {
            go::<IssuedBillingKey>(text)
        }
    };
    for (text, expected) in [
        (
            r#"{"code":0,"response":{"customer_uid":"c","card_type":"x"}}"#,
            "response.card_type",
        ),
        (
            r#"{"code":0,"response":{"customer_uid":"c","channelGroupId":"g","succeededChannels":[{"pg_provider":"nice","pg_id":"p","card_type":"x"}]}}"#,
            "response.succeededChannels[0].card_type",
        ),
        (
            r#"{"code":0,"response":[{"customer_uid":"a"},{"customer_uid":"b","inserted":-1}]}"#,
            "response[1].inserted",
        ),
        (
            r#"{"code":0,"response":{"imp_uid":"i","merchant_uid":"m","status":"paid","amount":1,"cancel_amount":0,"currency":"KRW","sandbox":false,"card_type":"x"}}"#,
            "response.card_type",
        ),
        (
            r#"{"code":0,"response":{"imp_uid":"i","merchant_uid":"m","status":"paid","amount":1,"cancel_amount":0,"currency":"KRW","sandbox":false,"cancel_history":[{"pg_tid":"t","amount":-1,"cancelled_at":0,"cancellation_id":"c"}]}}"#,
            "response.cancel_history[0].amount",
        ),
    ] {
        assert_eq!(path(text), expected, "{text}");
    }
    let err = from_json::<Envelope<BillingKey>>(
        r#"{"code":0,"response":{"customer_uid":"c","card_type":"x"}}"#,
    )
    .unwrap_err();
    assert_eq!(err.path(), "response.card_type");
}

/// A super billing key is the two-kind answer wherever the OpenAPI allows
/// it: `GET` and `DELETE /subscribe/customers/{customer_uid}` answer
/// "일반 빌링키 조회는 `CustomerResponse`를 반환하며, 슈퍼 빌링키 조회는
/// `SuperBillingKeyResponse`를 반환합니다", and the multi lookup `GET
/// /subscribe/customers` "일반 빌링키(CustomerAnnotation)와 슈퍼
/// 빌링키(SuperBillingKeyAnnotation)를 포함할 수 있습니다" (`v1.openapi.json`,
/// operations `customer_view`, `customer_delete`, `customer_view_multiple`;
/// the samples' fields are `SuperBillingKeyAnnotation`'s and
/// `CustomerAnnotation`'s).
mod super_billing_keys {
    use iamport::from_json;
    use iamport::rest::{BillingKey, Envelope, IssuedBillingKey};

    /// A super billing key as `SuperBillingKeyResponse` carries it.
    const SUPER: &str = r#"{"code":0,"message":null,"response":{"customer_uid":"gildong_0001_1234","channelGroupId":"channel-group-1","customer_name":"홍길동","succeededChannels":[{"pg_provider":"nice_v2","pg_id":"nice-mid","card_name":"BC카드","card_type":0,"inserted":1700000000,"updated":0}],"failedChannels":[{"type":"PG_PROVIDER","message":"카드 거절","pg_provider":"kcp","pg_id":"kcp-mid"}]}}"#;

    /// A plain one as `CustomerResponse` carries it.
    const PLAIN: &str = r#"{"code":0,"message":null,"response":{"customer_uid":"gildong_0002","pg_provider":"nice_v2","pg_id":"nice-mid","card_name":"BC카드","sandbox":false,"inserted":1700000000,"updated":0}}"#;

    #[test]
    fn either_kind_parses_as_itself() {
        let key = from_json::<Envelope<IssuedBillingKey>>(SUPER)
            .unwrap()
            .into_result()
            .unwrap();
        let IssuedBillingKey::Super(key) = key else {
            panic!("a super key parsed as a plain one: {key:?}")
        };
        assert_eq!(key.channel_group_id, "channel-group-1");
        assert_eq!(key.succeeded_channels[0].pg_provider, "nice_v2");
        assert_eq!(key.failed_channels[0].pg_id, "kcp-mid");
        let key = from_json::<Envelope<IssuedBillingKey>>(PLAIN)
            .unwrap()
            .into_result()
            .unwrap();
        assert!(matches!(key, IssuedBillingKey::Key(_)), "{key:?}");
        assert_eq!(key.customer_uid(), "gildong_0002");
    }

    /// The multi lookup mixes both kinds in one array.
    #[test]
    fn the_multi_lookup_keeps_each_kind() {
        let one = |text: &str| {
            let value: serde_json::Value = serde_json::from_str(text).unwrap();
            value["response"].clone()
        };
        let text = serde_json::json!({"code": 0, "message": null,
            "response": [one(PLAIN), one(SUPER)]})
        .to_string();
        let keys = from_json::<Envelope<Vec<IssuedBillingKey>>>(&text)
            .unwrap()
            .into_result()
            .unwrap();
        assert!(matches!(keys[0], IssuedBillingKey::Key(_)));
        assert!(matches!(&keys[1], IssuedBillingKey::Super(k) if k.succeeded_channels.len() == 1));
    }

    /// A super key never reads as a plain one that lost its group and
    /// channels; channels without a group are refused too.
    #[test]
    fn a_super_key_is_never_a_plain_one() {
        let err = from_json::<Envelope<BillingKey>>(SUPER).unwrap_err();
        assert_eq!(err.path(), "response");
        assert!(err.message().contains("`channelGroupId`"), "{err}");
        assert!(err.message().contains("IssuedBillingKey"), "{err}");
        assert!(serde_json::from_str::<Envelope<BillingKey>>(SUPER).is_err());
        let orphan = SUPER.replace(r#""channelGroupId":"channel-group-1","#, "");
        let err = from_json::<Envelope<IssuedBillingKey>>(&orphan).unwrap_err();
        assert!(
            err.message().contains("without its `channelGroupId`"),
            "{err}"
        );
        // `null` is no group: a plain key.
        let plain = PLAIN.replace(
            r#""customer_uid":"gildong_0002","#,
            r#""customer_uid":"gildong_0002","channelGroupId":null,"#,
        );
        assert!(matches!(
            from_json::<Envelope<IssuedBillingKey>>(&plain)
                .unwrap()
                .into_result()
                .unwrap(),
            IssuedBillingKey::Key(_)
        ));
    }

    /// Each endpoint that may answer a super key answers the two-kind type.
    fn answers_either_kind<E: iamport::rest::Endpoint>()
    where
        E::Response: std::fmt::Debug,
    {
        let answer = from_json::<Envelope<E::Response>>(SUPER)
            .unwrap_or_else(|e| panic!("{}: {e}", std::any::type_name::<E>()))
            .into_result()
            .unwrap();
        let debug = format!("{answer:?}");
        assert!(debug.starts_with("Super("), "{debug}");
        assert!(
            debug.contains(r#"channel_group_id: "channel-group-1""#),
            "{debug}"
        );
    }

    #[test]
    fn get_and_delete_answer_either_kind() {
        answers_either_kind::<iamport::rest::IssueBillingKey>();
        answers_either_kind::<iamport::rest::GetBillingKey>();
        answers_either_kind::<iamport::rest::DeleteBillingKey>();
    }

    #[test]
    fn the_multi_lookup_endpoint_answers_either_kind() {
        type Answer = <iamport::rest::GetBillingKeys as iamport::rest::Endpoint>::Response;
        let text = format!(
            r#"{{"code":0,"response":[{}]}}"#,
            serde_json::from_str::<serde_json::Value>(SUPER).unwrap()["response"]
        );
        let keys = from_json::<Envelope<Answer>>(&text)
            .unwrap()
            .into_result()
            .unwrap();
        assert!(format!("{keys:?}").starts_with("[Super("), "{keys:?}");
    }
}
