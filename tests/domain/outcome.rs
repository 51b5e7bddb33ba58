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
        "success=yes",
        "imp_uid=%zz",
        "imp_uid=%C3%28",
        "imp_success=maybe",
    ] {
        assert!(RedirectQuery::parse(bad).is_err(), "{bad}");
    }
    // An `m_redirect_url` with a query of its own, which PortOne extends
    // with its keys (auth.mdx: "m_redirect_url may carry a query of its
    // own"): the last value of a key is PortOne's.
    let extended = RedirectQuery::parse(
        "merchant_uid=from_the_shop&lang=ko&imp_uid=imp_1&merchant_uid=order_1&imp_success=true",
    )
    .unwrap();
    assert_eq!(extended.merchant_uid.as_deref(), Some("order_1"));
    assert_eq!(extended.imp_uid.as_deref(), Some("imp_1"));
    assert_eq!(extended.success, Some(true));
    // PortOne's own success example carries only `merchant_uid`.
    let success = RedirectQuery::parse("merchant_uid=order_1").unwrap();
    assert_eq!(
        (success.imp_uid, success.merchant_uid.as_deref()),
        (None, Some("order_1"))
    );
    // A webhook's form, which PortOne writes whole, still refuses a key
    // given twice.
    assert!(Webhook::from_form("imp_uid=a&imp_uid=b&merchant_uid=m").is_err());
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
        rsp.vbank_date
            .and_then(|t| t.unix())
            .map(iamport::value::Timestamp::unix),
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

/// A cancellation listed in `cancel_history` fails verification even when
/// `cancel_amount` says 0 (the two disagree: nothing proves which is
/// right). Sample entry: the OpenAPI's `PaymentCancelAnnotation` fields.
#[test]
fn verify_fails_on_any_cancellation_listed() {
    let entry = json!({"pg_tid": "t2", "amount": 300, "cancelled_at": 1_700_000_500,
        "reason": "부분 환불", "cancellation_id": "c_1", "receipt_url": null});
    let err = check(&json!({"cancel_amount": 0, "cancel_history": [entry]})).unwrap_err();
    assert_eq!(
        err,
        Mismatch::CancelHistory {
            entries: 1,
            first: Amount::new(300).unwrap()
        }
    );
    assert_eq!(
        err.to_string(),
        "`cancel_history`: the payment lists 1 cancellation(s), the first of 300: part of it was cancelled"
    );
    // Both disagreeing the other way is caught by `cancel_amount` first.
    let err = check(&json!({"cancel_amount": 300, "cancel_history": []})).unwrap_err();
    assert!(matches!(err, Mismatch::Cancelled { .. }));
    // An empty or null history passes.
    assert_eq!(check(&json!({"cancel_history": []})), Ok(()));
    assert_eq!(check(&json!({"cancel_history": null})), Ok(()));
}

/// `custom_data` of the callback: PAYRT documents a string ("echo of
/// request `custom_data` as JSON text", the reference's
/// `sdk-request-pay.md` §4.1 from `payrt.mdx`), PAYRQ sends an object
/// (`custom_data?: object`, example `{ userId: 30930 }` in
/// `PG:newtoss/readme`, §2); an object that comes back is kept exactly.
/// Samples: that example, grown by a long number and a decimal.
#[test]
fn callback_custom_data_is_kept_as_json() {
    use iamport::outcome::CallbackCustomData;
    let read = |data: &str| {
        iamport::from_json::<PaymentCallback>(&format!(
            r#"{{"merchant_uid":"m","custom_data":{data}}}"#
        ))
    };
    let object = read(r#"{ "userId": 30930, "big": 123456789012345678901234567890, "f": 1.50 }"#)
        .unwrap()
        .custom_data
        .unwrap();
    assert!(matches!(object, CallbackCustomData::Json(_)), "{object:?}");
    assert_eq!(
        object.json_text(),
        r#"{"userId":30930,"big":123456789012345678901234567890,"f":1.50}"#
    );
    let text = read(r#""{\"userId\":30930}""#)
        .unwrap()
        .custom_data
        .unwrap();
    assert_eq!(
        text,
        CallbackCustomData::Text(r#"{"userId":30930}"#.to_owned())
    );
    assert_eq!(text.json_text(), r#"{"userId":30930}"#);
    for other in ["[1,2]", "42", "true"] {
        let data = read(other).unwrap().custom_data.unwrap();
        assert_eq!(data.json_text(), other);
    }
    assert_eq!(read("null").unwrap().custom_data, None);
    // Kept exactly or refused: a key twice names the field.
    let err = read(r#"{"a":1,"a":2}"#).unwrap_err();
    assert_eq!(err.path(), "custom_data", "{err}");
    assert!(err.message().contains("twice"), "{err}");
    // The same through `serde_json` directly.
    let rsp: PaymentCallback =
        serde_json::from_str(r#"{"merchant_uid":"m","custom_data":{"userId":30930}}"#).unwrap();
    assert_eq!(rsp.custom_data.unwrap().json_text(), r#"{"userId":30930}"#);
}

/// `vbank_date` (and `paid_at`): PAYRT documents a string, the typings
/// (`iamport-typings@1.4.0`, `RequestPayResponse.ts`: `vbank_date?:
/// number`) and PAYRT's sample send Unix seconds (`sdk-request-pay.md`
/// §4.1 and §6 item 9). Unix seconds are read as a time; text in another
/// form, such as the four forms of the request's `vbank_due` (PAYRQ) and
/// LEGACY's `YYYYMMDDhhmm`, is kept as written: none of it is read as
/// seconds of 1970.
#[test]
fn callback_dates_as_text_are_kept() {
    use iamport::outcome::CallbackTime;
    let read = |date: &str| {
        iamport::from_json::<PaymentCallback>(&format!(
            r#"{{"merchant_uid":"m","vbank_date":{date},"paid_at":{date}}}"#
        ))
        .map(|rsp| {
            assert_eq!(rsp.vbank_date, rsp.paid_at);
            rsp.vbank_date
        })
    };
    let unix = |secs: u64| {
        Some(CallbackTime::Unix(
            iamport::value::Timestamp::from_unix(secs).unwrap(),
        ))
    };
    assert_eq!(read("1700086400").unwrap(), unix(1_700_086_400));
    assert_eq!(read(r#""1700086400""#).unwrap(), unix(1_700_086_400));
    for none in ["0", r#""0""#, r#""""#, "null"] {
        assert_eq!(read(none).unwrap(), None, "{none}");
    }
    for text in [
        "2026-01-31",
        "20260131",
        "2026-01-31 23:59:59",
        "20260131235959",
        "202601312359",
        "2026.01.31 23:59",
    ] {
        assert_eq!(
            read(&format!("\"{text}\"")).unwrap(),
            Some(CallbackTime::Text(text.to_owned())),
            "{text}"
        );
    }
    // Numbers still follow the timestamp rules, and the error names the field.
    for bad in ["-1", "1.5", "18446744073709551615"] {
        let err = iamport::from_json::<PaymentCallback>(&format!(
            r#"{{"merchant_uid":"m","vbank_date":{bad}}}"#
        ))
        .unwrap_err();
        assert_eq!(err.path(), "vbank_date", "{bad}: {err}");
    }
}

/// Whatever a fetched payment holds, a mismatch is one line of at most 300
/// characters: a 900,000-character status, and an `imp_uid` full of line
/// breaks and bidi controls.
#[test]
fn a_mismatch_is_one_short_line_whatever_the_payment_holds() {
    let huge = "x\u{202e}\n".repeat(300_000);
    let err = check(&json!({ "status": huge })).unwrap_err();
    let text = err.to_string();
    assert!(
        text.chars().count() <= 300,
        "{} characters",
        text.chars().count()
    );
    assert!(!text.chars().any(char::is_control), "{text:?}");
    assert!(!text.contains('\u{202e}'), "{text:?}");
    let err = verify(&huge, &fetched(&json!({})), &expected()).unwrap_err();
    assert!(err.to_string().chars().count() <= 300);
}
