//! The browser side of a payment: the callback's `rsp`, the redirect query
//! and the webhook are hints; `verify` decides against the fetched payment.
#![allow(missing_docs)]

use iamport::outcome::{Expected, Mismatch, PaymentCallback, RedirectQuery, Webhook, verify};
use iamport::rest::{Payment, PaymentStatus};
use iamport::value::Amount;

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

fn fetched(amount: u64, status: &str) -> Payment {
    serde_json::from_str(&format!(
        r#"{{"imp_uid":"imp_1","merchant_uid":"order_1","status":"{status}","amount":{amount},"cancel_amount":0,"currency":"KRW"}}"#
    ))
    .unwrap()
}

#[test]
fn verify_compares_the_fetched_payment() {
    let hook: Webhook =
        serde_json::from_str(r#"{"imp_uid":"imp_1","merchant_uid":"order_1","status":"paid"}"#)
            .unwrap();
    let expected = Expected {
        merchant_uid: "order_1",
        amount: Amount::new(1000).unwrap(),
        status: PaymentStatus::Paid,
    };
    assert_eq!(
        verify(&hook.imp_uid, &fetched(1000, "paid"), &expected),
        Ok(())
    );
    // The webhook claims "paid"; the payment says otherwise.
    assert!(matches!(
        verify(&hook.imp_uid, &fetched(1000, "ready"), &expected),
        Err(Mismatch::Status { .. })
    ));
    assert!(matches!(
        verify(&hook.imp_uid, &fetched(10, "paid"), &expected),
        Err(Mismatch::Amount { .. })
    ));
    assert!(matches!(
        verify("imp_2", &fetched(1000, "paid"), &expected),
        Err(Mismatch::ImpUid { .. })
    ));
    let other = Expected {
        merchant_uid: "order_2",
        ..expected
    };
    assert!(matches!(
        verify(&hook.imp_uid, &fetched(1000, "paid"), &other),
        Err(Mismatch::MerchantUid { .. })
    ));
}
