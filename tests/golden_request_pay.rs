//! Golden tests of `IMP.request_pay` params: each case builds a request
//! with the builder, serializes it and compares it, as a `serde_json::Value`,
//! with a JSON file written by hand from the official example it names. The
//! files are never produced by this crate. Each case also parses the file
//! back and checks that it re-serializes to the same JSON.
#![allow(missing_docs)]

use iamport::request_pay::{
    BillingKeyRegistration, ChaiBillingKeyRegistration, ChaiPayment, OneOffPayment, PayMethod,
    PgCode,
};
use iamport::value::{Amount, CustomerUid, Email, HttpUrl, MerchantUid, OrderName};
use serde::Serialize;
use serde::de::DeserializeOwned;

fn golden(name: &str) -> serde_json::Value {
    let path = format!(
        "{}/tests/golden/request_pay/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The built value serializes to the golden JSON, and the golden JSON parses
/// into the type and serializes back unchanged.
fn check<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(name: &str, built: &T) {
    let expected = golden(name);
    assert_eq!(
        serde_json::to_value(built).unwrap(),
        expected,
        "{name}: built value"
    );
    let parsed: T =
        serde_json::from_value(expected.clone()).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(&parsed, built, "{name}: parsed value");
}

fn uid(s: &str) -> MerchantUid {
    MerchantUid::new(s).unwrap()
}

fn url(s: &str) -> HttpUrl {
    HttpUrl::new(s).unwrap()
}

/// Source: the CHAI guide this project started from (PortOne V1 docs,
/// "차이 간편결제", tab "인증결제창 요청"). Its `m_redirect_url` is a
/// placeholder (`{결제 완료 후 리디렉션 될 URL}`); the file uses the URL of the
/// same sample in `iamport/iamport-manual` `인증결제/sample/chai.md`.
#[test]
fn chai_one_off_payment() {
    let profile = ChaiPayment::builder()
        .merchant_uid(uid("order_no_0001"))
        .name(OrderName::new("주문명:결제테스트").unwrap())
        .amount(Amount::new(1004).unwrap())
        .buyer_email(Email::new("iamport@siot.do").unwrap())
        .buyer_name("구매자이름".to_owned())
        .buyer_tel("010-1234-5678".to_owned())
        .buyer_addr("서울특별시 강남구 삼성동".to_owned())
        .buyer_postcode("123-456".to_owned())
        .m_redirect_url(url("https://www.my-service.com/payments/complete/mobile"))
        .build()
        .unwrap();
    check("chai_one_off", &profile);

    // The general type, told the same things, writes the same JSON.
    let general = OneOffPayment::builder()
        .pg(PgCode::Chai.into())
        .pay_method(PayMethod::Trans)
        .merchant_uid(uid("order_no_0001"))
        .name(OrderName::new("주문명:결제테스트").unwrap())
        .amount(Amount::new(1004).unwrap())
        .buyer_email(Email::new("iamport@siot.do").unwrap())
        .buyer_name("구매자이름".to_owned())
        .buyer_tel("010-1234-5678".to_owned())
        .buyer_addr("서울특별시 강남구 삼성동".to_owned())
        .buyer_postcode("123-456".to_owned())
        .m_redirect_url(url("https://www.my-service.com/payments/complete/mobile"))
        .build()
        .unwrap();
    check("chai_one_off", &general);
}

/// Source: `iamport/iamport-manual` @ `877914a5`
/// `비인증결제/example/chai-request-billing-key.md`, with its placeholders
/// filled by the values its own comments give as examples (`예: ...`).
/// (The CHAI guide's billing-key tab shows a payco sample instead; see
/// `sdk-request-pay.md` §6.1 of the reference.)
#[test]
fn chai_billing_key_registration() {
    let profile = ChaiBillingKeyRegistration::builder()
        .merchant_uid(uid("issue_billingkey_monthly_0001"))
        .name(OrderName::new("주문명: 결제 테스트").unwrap())
        .amount(Amount::ZERO)
        .customer_uid(CustomerUid::new("gildong_0001_1234").unwrap())
        .buyer_email(Email::new("iamport@siot.do").unwrap())
        .buyer_name("구매자 이름".to_owned())
        .buyer_tel("010-1234-5678".to_owned())
        .buyer_addr("서울특별시 강남구 삼성동".to_owned())
        .buyer_postcode("123-456".to_owned())
        .m_redirect_url(url("https://www.my-service.com/payments/complete/mobile"))
        .build()
        .unwrap();
    check("chai_billing_key", &profile);

    let general = BillingKeyRegistration::builder()
        .pg(PgCode::Chai.into())
        .pay_method(PayMethod::Trans)
        .merchant_uid(uid("issue_billingkey_monthly_0001"))
        .name(OrderName::new("주문명: 결제 테스트").unwrap())
        .amount(Amount::ZERO)
        .customer_uid(CustomerUid::new("gildong_0001_1234").unwrap())
        .buyer_email(Email::new("iamport@siot.do").unwrap())
        .buyer_name("구매자 이름".to_owned())
        .buyer_tel("010-1234-5678".to_owned())
        .buyer_addr("서울특별시 강남구 삼성동".to_owned())
        .buyer_postcode("123-456".to_owned())
        .m_redirect_url(url("https://www.my-service.com/payments/complete/mobile"))
        .build()
        .unwrap();
    check("chai_billing_key", &general);
}
