//! The browser side of a payment: the callback's `rsp`, the redirect query
//! and the webhook are hints; `verify` decides against the fetched payment.

use iamport::outcome::{Expected, Mismatch, PaymentCallback, RedirectQuery, Webhook, verify};
use iamport::rest::Payment;
use iamport::value::{Amount, Currency};
use serde_json::json;

#[test]
fn callback_variants() {
    // PAYRT's sample shape, cut down; `imp_success` instead of `success`.
    let old: PaymentCallback =
        serde_json::from_str(r#"{"imp_success":true,"imp_uid":"imp_1","merchant_uid":"m","paid_amount":1000,"custom_data":null,"paid_at":1700000000}"#)
            .unwrap();
    assert!(old.reports_success());
    // The newer SDK for some PGs: ids and an error only.
    let new: PaymentCallback =
        serde_json::from_str(r#"{"imp_uid":null,"merchant_uid":"m","error_code":"F400","error_msg":"사용자가 결제를 취소하셨습니다"}"#).unwrap();
    assert!(!new.reports_success());
    assert_eq!(new.imp_uid, None);
}

#[test]
fn redirect_queries() {
    let ok = RedirectQuery::parse("imp_uid=imp_1&merchant_uid=payment-39ecfa97").unwrap();
    assert_eq!((ok.imp_uid.as_deref(), ok.success), (Some("imp_1"), None));
    let hostile = RedirectQuery::parse(
        "merchant_uid=%3C%2Fscript%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E&error_msg=a+b&utm=x",
    )
    .unwrap();
    assert_eq!(
        hostile.merchant_uid.as_deref(),
        Some("</script><script>alert(1)</script>")
    );
    assert_eq!(hostile.error_msg.as_deref(), Some("a b"));
    for bad in [
        "imp_uid=a&imp_uid=b",
        "success=yes",
        "imp_uid=%zz",
        "imp_uid=%C3%28",
        "success=true&imp_success=true",
    ] {
        assert!(RedirectQuery::parse(bad).is_err(), "{bad}");
    }
}

/// A payment as `GET /payments/{imp_uid}` returns it, with `changes`
/// replacing fields of a paid, live 1000 KRW payment.
fn fetched(changes: &serde_json::Value) -> Payment {
    let mut payment = serde_json::json!({
        "imp_uid": "imp_1", "merchant_uid": "order_1", "status": "paid",
        "amount": 1000, "cancel_amount": 0, "currency": "KRW", "sandbox": false
    });
    for (key, value) in changes.as_object().unwrap() {
        payment[key] = value.clone();
    }
    serde_json::from_value(payment).unwrap()
}

fn expected() -> Expected<'static> {
    Expected::paid("order_1", Amount::new(1000).unwrap(), Currency::Krw)
}

fn check(changes: &serde_json::Value) -> Result<(), Mismatch> {
    verify("imp_1", &fetched(changes), &expected())
}

#[test]
fn verify_accepts_the_payment_that_matches() {
    let hook: Webhook =
        serde_json::from_str(r#"{"imp_uid":"imp_1","merchant_uid":"order_1","status":"paid"}"#)
            .unwrap();
    assert_eq!(
        verify(&hook.imp_uid, &fetched(&json!({})), &expected()),
        Ok(())
    );
}

#[test]
fn verify_status() {
    // The webhook claims "paid"; the payment says otherwise.
    let err = check(&json!({"status": "ready"})).unwrap_err();
    assert!(matches!(err, Mismatch::Status { .. }));
    assert!(err.to_string().starts_with("`status`:"), "{err}");
}

#[test]
fn verify_amount() {
    let err = check(&json!({"amount": 10})).unwrap_err();
    assert!(matches!(err, Mismatch::Amount { .. }));
    assert_eq!(
        err.to_string(),
        "`amount`: the payment's amount is 10, not the 1000 charged"
    );
}

#[test]
fn verify_imp_uid() {
    let err = verify("imp_2", &fetched(&json!({})), &expected()).unwrap_err();
    assert!(matches!(err, Mismatch::ImpUid { .. }));
}

#[test]
fn verify_merchant_uid() {
    let other = Expected {
        merchant_uid: "order_2",
        ..expected()
    };
    let err = verify("imp_1", &fetched(&json!({})), &other).unwrap_err();
    assert!(matches!(err, Mismatch::MerchantUid { .. }));
    // Hostile ids are quoted on one line.
    let err = verify("imp_1\nforged: yes", &fetched(&json!({})), &expected()).unwrap_err();
    assert!(!err.to_string().contains('\n'), "{err}");
}

#[test]
fn verify_currency() {
    // An order priced 1000 USD is not paid by 1000 JPY: the buyer controls
    // the page's params.
    let usd = Expected::paid("order_1", Amount::new(1000).unwrap(), Currency::Usd);
    let err = verify("imp_1", &fetched(&json!({"currency": "JPY"})), &usd).unwrap_err();
    assert!(matches!(
        err,
        Mismatch::Currency {
            expected: Currency::Usd,
            ..
        }
    ));
    assert_eq!(
        err.to_string(),
        "`currency`: the payment is in \"JPY\", not USD"
    );
    assert!(verify("imp_1", &fetched(&json!({"currency": "USD"})), &usd).is_ok());
}

#[test]
fn verify_amount_kept_after_cancellations() {
    // Still `paid`, but 900 of 1000 was refunded.
    let err = check(&json!({"cancel_amount": 900})).unwrap_err();
    assert!(matches!(err, Mismatch::Cancelled { .. }));
    assert_eq!(
        err.to_string(),
        "`cancel_amount`: 900 of the 1000 charged was cancelled"
    );
}

#[test]
fn verify_sandbox_against_live() {
    let err = check(&json!({"sandbox": true})).unwrap_err();
    assert!(matches!(
        err,
        Mismatch::Sandbox {
            expected: false,
            fetched: true
        }
    ));
    let test_order = Expected {
        sandbox: true,
        ..expected()
    };
    assert!(verify("imp_1", &fetched(&json!({"sandbox": true})), &test_order).is_ok());
}

/// The `rsp` object keeps every field PAYRT (`payrt.mdx`, its sample
/// included) and `iamport-typings@1.4.0` (`RequestPayResponse.ts`)
/// document: 32 of them. `paid_at` and `vbank_date` are documented as
/// strings and sent as numbers; both are read.
#[test]
fn callback_keeps_every_documented_field() {
    let sample = json!({
        "success": true, "imp_success": true, "error_code": null, "error_msg": null,
        "imp_uid": "imp_1", "merchant_uid": "order_1", "pay_method": "vbank", "paid_amount": 1000,
        "status": "ready", "name": "주문명", "pg_provider": "html5_inicis", "emb_pg_provider": null,
        "pg_tid": "t1", "buyer_name": "홍길동", "buyer_email": "a@b.kr", "buyer_tel": "010",
        "buyer_addr": "서울", "buyer_postcode": "01234", "custom_data": null, "paid_at": 0,
        "receipt_url": "https://r.example/1", "apply_num": "", "vbank_num": "123-456",
        "vbank_name": "국민은행", "vbank_holder": null, "vbank_date": "1700086400",
        "card_name": null, "card_number": null, "card_quota": 0, "currency": "KRW",
        "pg_type": "payment", "bank_name": null
    });
    assert_eq!(sample.as_object().unwrap().len(), 32);
    let rsp: PaymentCallback = serde_json::from_value(sample.clone()).unwrap();
    let debug = format!("{rsp:?}");
    for key in sample.as_object().unwrap().keys() {
        assert!(debug.contains(&format!("{key}:")), "no field `{key}`");
    }
    assert_eq!(rsp.vbank_num.as_deref(), Some("123-456"));
    assert_eq!(
        rsp.vbank_date.map(iamport::value::Timestamp::unix),
        Some(1_700_086_400)
    );
    assert_eq!(rsp.paid_at, None);
    assert_eq!(rsp.status, Some(iamport::rest::PaymentStatus::Ready));
}

/// The console can send the webhook form-encoded (rest-api.md §5).
#[test]
fn webhook_from_a_form_body() {
    let hook = Webhook::from_form(
        "imp_uid=imp_1&merchant_uid=order%20no%201&status=cancelled&cancellation_id=c_1",
    )
    .unwrap();
    assert_eq!(
        (hook.imp_uid.as_str(), hook.merchant_uid.as_str()),
        ("imp_1", "order no 1")
    );
    assert_eq!(hook.status.as_deref(), Some("cancelled"));
    assert_eq!(hook.cancellation_id.as_deref(), Some("c_1"));
    for bad in [
        "merchant_uid=m",
        "imp_uid=i",
        "imp_uid=i&imp_uid=j&merchant_uid=m",
        "imp_uid=%zz&merchant_uid=m",
        "imp_uid=%C3%28&merchant_uid=m",
    ] {
        assert!(Webhook::from_form(bad).is_err(), "{bad}");
    }
}
