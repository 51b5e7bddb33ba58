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
        (schedules[0].executed_at, schedules[0].payment_status),
        (None, None)
    );
}
