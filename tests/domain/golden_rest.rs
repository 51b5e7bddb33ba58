//! Golden tests of the V1 REST bodies: each case builds a body, serializes
//! it and compares it, as a `serde_json::Value`, with a JSON file written by
//! hand from the official example it names; then parses the file back. Each
//! case also checks the endpoint: method, path and token.
#![allow(
    clippy::duration_suboptimal_units,
    reason = "Unix seconds as the sources write them"
)]

use iamport::request_pay::Currency;
use iamport::rest::{
    Again, Birth, CancelExtra, CancelPayment, CancelRequester, CardExpiry, CardNumber,
    DeleteBillingKey, Endpoint, GetBillingKey, GetPayment, GetToken, IssueBillingKey, Method,
    Onetime, PreparePayment, Pwd2Digit, Schedule, ScheduleEntry, Unschedule,
};
use iamport::value::{Email, ImpUid, OrderName, Timestamp};
use serde::Serialize;

use crate::helpers::{amt, cuid, uid};
use serde::de::DeserializeOwned;

fn golden(name: &str) -> serde_json::Value {
    crate::helpers::golden("rest", name)
}

/// Serializes to the golden JSON and parses back to an equal value; with
/// `IAMPORT_REST_PAYLOAD_DIR` set, writes the produced body there for the
/// TypeScript check.
fn check<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug + Endpoint>(
    name: &str,
    built: &T,
) {
    let expected = golden(name);
    let body = built.body().unwrap().expect("a body");
    crate::helpers::write_produced("IAMPORT_REST_PAYLOAD_DIR", name, &body);
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&body).unwrap(),
        expected,
        "{name}: body"
    );
    let parsed: T = serde_json::from_value(expected).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(&parsed, built, "{name}: parsed");
}

/// Source: `portone-io/developers.portone.io`
/// `src/routes/(root)/opi/ko/integration/start/v1/non-auth.mdx` @ `03865233`,
/// the webhook handler's getToken call (PortOne's public test key).
#[test]
fn get_token() {
    let t = GetToken::builder()
        .imp_key("imp_apikey")
        .imp_secret(
            "ekKoeW8RyKuT0zgaZsUtXXTLQ4AhPFW3ZGseDA6bkA5lamv9OqDMnxyeB9wqOsuO9W3Mx9YSJ4dTqJ3f",
        )
        .build();
    check("get_token", &t);
    assert_eq!(
        (GetToken::METHOD, t.path().as_str(), GetToken::NEEDS_TOKEN),
        (Method::Post, "/users/getToken", false)
    );
    let debug = format!("{t:?}");
    assert!(!debug.contains("ekKoeW8R"), "{debug}");
}

/// Source: non-auth.mdx @ `03865233`, "즉시 결제". The guide sends
/// `amount: { total: 8900 }`, a V2 shape; the OpenAPI's `amount` is a
/// number, which the file uses. `customer_uid` and `merchant_uid` are
/// variables there; the file takes the values of the same page's schedule
/// example.
#[test]
fn again_monthly() {
    let a = Again::builder()
        .customer_uid(cuid("gildong_0001_1234"))
        .merchant_uid(uid("order_monthly_0001"))
        .name(OrderName::new("월간 이용권 정기결제").unwrap())
        .amount(amt(8900))
        .currency(Currency::Krw)
        .build()
        .unwrap();
    check("again_monthly", &a);
    assert_eq!(
        (Again::METHOD, a.path().as_str(), Again::NEEDS_TOKEN),
        (Method::Post, "/subscribe/payments/again", true)
    );
    let mut v2 = golden("again_monthly");
    v2["amount"] = serde_json::json!({"total": 8900});
    assert!(serde_json::from_value::<Again>(v2).is_err());
}

/// Source: non-auth.mdx @ `03865233`, "결제 예약하기". The OpenAPI lists
/// `currency` as required in a schedule entry (default `KRW`), which the
/// guide leaves out: the file has it.
#[test]
fn schedule_next_month() {
    let s = Schedule::builder()
        .customer_uid(cuid("gildong_0001_1234"))
        .schedules(vec![
            ScheduleEntry::builder()
                .merchant_uid(uid("order_monthly_0001"))
                .schedule_at(Timestamp::from_unix(1_519_862_400).unwrap())
                .amount(amt(8900))
                .name(OrderName::new("월간 이용권 정기결제").unwrap())
                .buyer_name("홍길동".to_owned())
                .buyer_tel("01012345678".to_owned())
                .buyer_email(Email::new("gildong@gmail.com").unwrap())
                .build()
                .unwrap(),
        ])
        .build()
        .unwrap();
    check("schedule_next_month", &s);
    assert_eq!(s.path(), "/subscribe/payments/schedule");
}

/// Source: non-auth.mdx @ `03865233`, "반복결제 구현하기", with `currency`
/// as above.
#[test]
fn schedule_repeat() {
    let s = Schedule::builder()
        .customer_uid(cuid("gildong_0001_1234"))
        .schedules(vec![
            ScheduleEntry::builder()
                .merchant_uid(uid("order_monthly_0001"))
                .schedule_at(Timestamp::from_unix(1_519_516_800).unwrap())
                .currency(Currency::Krw)
                .amount(amt(8900))
                .name(OrderName::new("월간 이용권 정기결제").unwrap())
                .build()
                .unwrap(),
        ])
        .build()
        .unwrap();
    check("schedule_repeat", &s);
}

fn card() -> (CardNumber, CardExpiry, Birth) {
    (
        CardNumber::new("1234-1234-1234-1234").unwrap(),
        CardExpiry::new("2019-01").unwrap(),
        Birth::new("123456").unwrap(),
    )
}

/// Source: `portone-io/developers.portone.io`
/// `src/routes/(root)/opi/ko/integration/pg/v1/inicis.mdx` @ `080f5e05`,
/// tab "비인증 API 방식", "일회성 결제 요청하기".
#[test]
fn onetime_inicis() {
    let (number, expiry, birth) = card();
    let o = Onetime::builder()
        .merchant_uid(uid("order_id_8237352"))
        .card_number(number)
        .expiry(expiry)
        .birth(birth)
        .amount(amt(3000))
        .build()
        .unwrap();
    check("onetime_inicis", &o);
    assert_eq!(o.path(), "/subscribe/payments/onetime");
    let debug = format!("{o:?}");
    assert!(
        !debug.contains("1234-1234") && !debug.contains("123456"),
        "{debug}"
    );
}

/// Source: inicis.mdx @ `080f5e05`, "빌링키 발급 및 최초 결제 요청하기".
#[test]
fn onetime_with_customer_uid() {
    let (number, expiry, birth) = card();
    let o = Onetime::builder()
        .customer_uid(cuid("your-customer-unique-id"))
        .merchant_uid(uid("order_id_8237352"))
        .card_number(number)
        .expiry(expiry)
        .birth(birth)
        .amount(amt(3000))
        .build()
        .unwrap();
    check("onetime_with_customer_uid", &o);
}

/// Source: inicis.mdx @ `080f5e05`, "빌링키 발급 요청하기": the body, with
/// `customer_uid` in the path. The current OpenAPI requires `channel_key`,
/// which the guide's example predates; the file adds one.
#[test]
fn issue_billing_key() {
    let i = IssueBillingKey::builder()
        .customer_uid(cuid("your-customer-unique-id"))
        .channel_key(
            iamport::value::ChannelKey::new("channel-key-01234567-89ab-cdef-0123-456789abcdef")
                .unwrap(),
        )
        .card_number(CardNumber::new("1234-1234-1234-1234").unwrap())
        .expiry(CardExpiry::new("2025-12").unwrap())
        .birth(Birth::new("820213").unwrap())
        .pwd_2digit(Pwd2Digit::new("00").unwrap())
        .build()
        .unwrap();
    let expected = golden("issue_billing_key");
    let body = i.body().unwrap().unwrap();
    if let Some(dir) = std::env::var_os("IAMPORT_REST_PAYLOAD_DIR") {
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            std::path::Path::new(&dir).join("issue_billing_key.json"),
            &body,
        )
        .unwrap();
    }
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&body).unwrap(),
        expected
    );
    assert_eq!(i.path(), "/subscribe/customers/your-customer-unique-id");
    // An id that looks like a path stays one segment.
    let hostile = IssueBillingKey::builder()
        .customer_uid(cuid("../x?y=1#z/%2F"))
        .channel_key(iamport::value::ChannelKey::new("k").unwrap())
        .card_number(CardNumber::new("1234-1234-1234-1234").unwrap())
        .expiry(CardExpiry::new("2025-12").unwrap())
        .build()
        .unwrap();
    assert_eq!(
        hostile.path(),
        "/subscribe/customers/..%2Fx%3Fy%3D1%23z%2F%252F"
    );
}

/// Source: `iamport/iamport-manual` `NAVERPAY/sample/naverpay-pg.md`,
/// "환불 API 요청 시 추가 속성".
#[test]
fn cancel_naverpay() {
    let c = CancelPayment::builder()
        .imp_uid(ImpUid::new("imp_123412341234").unwrap())
        .amount(amt(3000))
        .reason("결제 취소 사유".to_owned())
        .extra(
            CancelExtra::builder()
                .requester(CancelRequester::Customer)
                .build(),
        )
        .build()
        .unwrap();
    check("cancel_naverpay", &c);
    assert_eq!(c.path(), "/payments/cancel");
}

/// Source: `portone-io/developers.portone.io`
/// `src/routes/(root)/opi/ko/integration/cancel/v1/basic.mdx` @ `062e1251`,
/// STEP 03: `{reason, imp_uid, amount, checksum}`, variables there; the
/// file takes the page's own numbers (2,000 refunded of a 10,000 payment)
/// and the naverpay manual's `imp_uid`.
#[test]
fn cancel_with_checksum() {
    let c = CancelPayment::builder()
        .reason("테스트 결제 환불".to_owned())
        .imp_uid(ImpUid::new("imp_123412341234").unwrap())
        .amount(amt(2000))
        .checksum(amt(10_000))
        .build()
        .unwrap();
    check("cancel_with_checksum", &c);
}

/// Source: basic.mdx @ `062e1251`, STEP 01: a virtual-account refund, with
/// the page's example order number (`예: ORD20180131-0000011`). The page
/// sends `cancel_request_amount` to the merchant's own server; the API's
/// field is `amount`.
#[test]
fn cancel_vbank_refund() {
    let c = CancelPayment::builder()
        .merchant_uid(uid("ORD20180131-0000011"))
        .amount(amt(2000))
        .reason("테스트 결제 환불".to_owned())
        .refund_holder("홍길동".to_owned())
        .refund_bank("88".to_owned())
        .refund_account("56211105948400".to_owned())
        .build()
        .unwrap();
    check("cancel_vbank_refund", &c);
    let mut partial = golden("cancel_vbank_refund");
    partial.as_object_mut().unwrap().remove("refund_bank");
    let err = serde_json::from_value::<CancelPayment>(partial)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("needs `refund_holder`, `refund_bank` and `refund_account` together"),
        "{err}"
    );
}

/// The CHAI guide's own billing-key payment
/// (`{"customer_uid":"your-customer-unique-id","merchant_uid":"order_id_8237352","amount":3000}`,
/// the REST call of its billing-key tab) lacks the `name` the OpenAPI
/// requires. Parsing it names the missing field; the builder refuses to
/// compile without it (`tests/ui/fail/again_without_name.rs`).
#[test]
fn chai_guide_again_lacks_name() {
    let err = serde_json::from_str::<Again>(
        r#"{"customer_uid":"your-customer-unique-id","merchant_uid":"order_id_8237352","amount":3000}"#,
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("missing field `name`"), "{err}");
}

/// The operations of this file, for `openapi_tables`.
///
/// The bodies are this file's golden files; `openapi_tables` checks each
/// body type's every property separately.
pub fn samples() -> Vec<crate::openapi_tables::Sample> {
    use crate::openapi_tables::sample;
    fn parsed<T: DeserializeOwned>(name: &str) -> T {
        serde_json::from_value(golden(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
    }
    let key = cuid("your-customer-unique-id");
    vec![
        sample("GetToken", &parsed::<GetToken>("get_token")),
        sample("Again", &parsed::<Again>("again_monthly")),
        sample("Onetime", &parsed::<Onetime>("onetime_with_customer_uid")),
        sample("Schedule", &parsed::<Schedule>("schedule_next_month")),
        sample(
            "Unschedule",
            &Unschedule::builder()
                .customer_uid(key.clone())
                .merchant_uid(vec![uid("order_monthly_0001")])
                .build()
                .unwrap(),
        ),
        sample(
            "IssueBillingKey",
            &IssueBillingKey::builder()
                .customer_uid(key.clone())
                .channel_key(iamport::value::ChannelKey::new("channel-key-1").unwrap())
                .card_number(CardNumber::new("1234-1234-1234-1234").unwrap())
                .expiry(CardExpiry::new("2025-12").unwrap())
                .birth(Birth::new("820213").unwrap())
                .pwd_2digit(Pwd2Digit::new("00").unwrap())
                .build()
                .unwrap(),
        ),
        sample(
            "GetBillingKey",
            &GetBillingKey::builder().customer_uid(key.clone()).build(),
        ),
        sample(
            "DeleteBillingKey",
            &DeleteBillingKey::builder()
                .customer_uid(key)
                .reason("해지 요청".to_owned())
                .requester(CancelRequester::Customer)
                .build(),
        ),
        sample(
            "PreparePayment",
            &PreparePayment::builder()
                .merchant_uid(uid("order_1"))
                .amount(amt(2000))
                .currency(Currency::Krw)
                .build()
                .unwrap(),
        ),
        sample(
            "CancelPayment",
            &parsed::<CancelPayment>("cancel_vbank_refund"),
        ),
        sample(
            "GetPayment",
            &GetPayment::builder()
                .imp_uid(ImpUid::new("imp_1").unwrap())
                .include_sandbox(true)
                .build(),
        ),
    ]
}
