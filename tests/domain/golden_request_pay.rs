//! Golden tests of `IMP.request_pay` params: each case builds a request
//! with the builder, serializes it and compares it, as a `serde_json::Value`,
//! with a JSON file written by hand from the official example it names. The
//! files are never produced by this crate. Each case also parses the file
//! back and checks that it re-serializes to the same JSON.

use iamport::request_pay::{
    BillingKeyRegistration, Bypass, Card, CardCode, CardDetail, CardDirect,
    ChaiBillingKeyRegistration, ChaiPayment, Currency, CustomData, Display, Language,
    NaverCategoryId, NaverCategoryType, NaverPayReferrer, NaverProduct, OneOffPayment, PayMethod,
    Period, Pg, PgCode,
};
use iamport::value::{
    Amount, BizNum, CalendarDate, CustomerUid, DateTime, Email, HttpUrl, OrderName,
};
use serde::Serialize;

use crate::helpers::{amt, cuid, uid};
use serde::de::DeserializeOwned;

fn golden(name: &str) -> serde_json::Value {
    crate::helpers::golden("request_pay", name)
}

/// The built value serializes to the golden JSON, and the golden JSON parses
/// into the type and serializes back unchanged.
///
/// With `IAMPORT_PAYLOAD_DIR` set (as `scripts/test` does), the JSON the
/// crate produced is also written there for `tests/tsc/check.sh`, which
/// type-checks it with tsc.
fn check<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(name: &str, built: &T) {
    let expected = golden(name);
    let produced = serde_json::to_string_pretty(built).unwrap();
    crate::helpers::write_produced("IAMPORT_PAYLOAD_DIR", name, &produced);
    assert_eq!(
        serde_json::to_value(built).unwrap(),
        expected,
        "{name}: built value"
    );
    let parsed: T =
        serde_json::from_value(expected.clone()).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(&parsed, built, "{name}: parsed value");
}

fn url(s: &str) -> HttpUrl {
    HttpUrl::new(s).unwrap()
}

fn email(s: &str) -> Email {
    Email::new(s).unwrap()
}

fn name(s: &str) -> OrderName {
    OrderName::new(s).unwrap()
}

fn text(s: &str) -> String {
    s.to_owned()
}

/// The PortOne guides write `channelKey: "{콘솔 내 연동 정보의 채널키}"`, a
/// placeholder; the files use this stand-in in the format of a real key.
const CHANNEL_KEY: &str = "channel-key-01234567-89ab-cdef-0123-456789abcdef";

/// The guides' `m_redirect_url` placeholder (`{모바일에서 결제 완료 후
/// 리디렉션 될 URL}`) is filled with the URL of the CHAI manual's sample.
const REDIRECT: &str = "https://www.my-service.com/payments/complete/mobile";

/// The PG guides of `portone-io/developers.portone.io` read for these cases,
/// under `src/routes/(root)/opi/ko/integration/pg/v1/`.
const GUIDES: &str = "portone-io/developers.portone.io";

/// Source: the CHAI guide this project started from (PortOne V1 docs,
/// "차이 간편결제", tab "인증결제창 요청"). Its `m_redirect_url` is a
/// placeholder (`{결제 완료 후 리디렉션 될 URL}`); the file uses the URL of the
/// same sample in `iamport/iamport-manual` `인증결제/sample/chai.md`.
#[test]
fn chai_one_off_payment() {
    let profile = ChaiPayment::builder()
        .pg(iamport::request_pay::ChaiPg::default())
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
        .pg(iamport::request_pay::ChaiPg::default())
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

/// Source: GUIDES `kakaopay.mdx` @ `2b4f67d7`, tab "일반결제창 요청".
#[test]
fn kakaopay_one_off_by_channel_key() {
    let p = OneOffPayment::builder()
        .channel_key(iamport::value::ChannelKey::new(CHANNEL_KEY).unwrap())
        .pay_method(PayMethod::Card)
        .merchant_uid(uid("order_no_0001"))
        .name(name("주문명:결제테스트"))
        .amount(amt(1004))
        .buyer_email(email("test@portone.io"))
        .buyer_name(text("구매자이름"))
        .buyer_tel(text("010-1234-5678"))
        .buyer_addr(text("서울특별시 강남구 삼성동"))
        .buyer_postcode(text("123-456"))
        .m_redirect_url(url(REDIRECT))
        .build()
        .unwrap();
    check("kakaopay_one_off", &p);
    let _ = GUIDES;
}

/// Source: GUIDES `kakaopay.mdx` @ `2b4f67d7`, tab "정기결제창 요청": amount
/// 0, since kakaopay charges any amount above 0 while it issues the key.
#[test]
fn kakaopay_billing_key_with_zero_amount() {
    let r = BillingKeyRegistration::builder()
        .channel_key(iamport::value::ChannelKey::new(CHANNEL_KEY).unwrap())
        .merchant_uid(uid("order_monthly_0001"))
        .name(name("최초인증결제"))
        .amount(Amount::ZERO)
        .customer_uid(cuid("your-customer-unique-id"))
        .buyer_email(email("test@portone.io"))
        .buyer_name(text("포트원"))
        .buyer_tel(text("02-1234-1234"))
        .m_redirect_url(url(REDIRECT))
        .build()
        .unwrap();
    check("kakaopay_billing_key", &r);
}

/// Source: GUIDES `inicis.mdx` @ `080f5e05`, tab "인증결제창 요청", with the
/// commented-out alternatives left out and `vbank_due: "YYYYMMDD"` (a format
/// placeholder) filled with a real date.
#[test]
fn inicis_one_off_with_escrow_bypass_and_period() {
    let p = OneOffPayment::builder()
        .channel_key(iamport::value::ChannelKey::new(CHANNEL_KEY).unwrap())
        .pay_method(PayMethod::Card)
        .merchant_uid(uid("order_no_0001"))
        .name(name("주문명:결제테스트"))
        .amount(amt(1004))
        .buyer_email(email("test@portone.io"))
        .buyer_name(text("구매자이름"))
        .buyer_tel(text("010-1234-5678"))
        .buyer_addr(text("서울특별시 강남구 삼성동"))
        .buyer_postcode(text("123-456"))
        .m_redirect_url(url(REDIRECT))
        .escrow(true)
        .vbank_due(DateTime::new("20201231").unwrap())
        .bypass(
            Bypass::new(
                &serde_json::json!({"acceptmethod": "noeasypay", "P_RESERVED": "noeasypay=Y"}),
            )
            .unwrap(),
        )
        .period(
            Period::builder()
                .from(DateTime::new("20200101").unwrap())
                .to(DateTime::new("20201231").unwrap())
                .build()
                .unwrap(),
        )
        .build()
        .unwrap();
    check("inicis_one_off", &p);
}

/// Source: GUIDES `inicis.mdx` @ `080f5e05`, tab "비인증 결제창 요청".
#[test]
fn inicis_billing_key() {
    let r = BillingKeyRegistration::builder()
        .channel_key(iamport::value::ChannelKey::new(CHANNEL_KEY).unwrap())
        .pay_method(PayMethod::Card)
        .merchant_uid(uid("order_monthly_0001"))
        .name(name("최초인증결제"))
        .amount(Amount::ZERO)
        .customer_uid(cuid("your-customer-unique-id"))
        .buyer_email(email("test@portone.io"))
        .buyer_name(text("포트원"))
        .buyer_tel(text("02-1234-1234"))
        .m_redirect_url(url(REDIRECT))
        .build()
        .unwrap();
    check("inicis_billing_key", &r);
}

/// Source: the same tab, which says a merchant with several KG이니시스 ids
/// writes `pg: "html5_inicis.{상점아이디}"` instead of the channel key; the id
/// `INIBillTst` is the test billing MID of `iamport/iamport-manual`
/// `비인증결제/example/inicis-request-billing-key.md`.
#[test]
fn inicis_billing_key_by_pg_and_mid() {
    let r = BillingKeyRegistration::builder()
        .pg(Pg::with_mid(PgCode::Html5Inicis, "INIBillTst").unwrap())
        .pay_method(PayMethod::Card)
        .merchant_uid(uid("order_monthly_0001"))
        .name(name("최초인증결제"))
        .amount(Amount::ZERO)
        .customer_uid(cuid("your-customer-unique-id"))
        .buyer_email(email("test@portone.io"))
        .buyer_name(text("포트원"))
        .buyer_tel(text("02-1234-1234"))
        .m_redirect_url(url(REDIRECT))
        .build()
        .unwrap();
    check("inicis_billing_key_pg_mid", &r);
}

/// Source: GUIDES `inicis.mdx` @ `080f5e05`, §3 tabs "할부개월수 조정"
/// (`display.card_quota: [6]`) and "카드사 모듈 바로 호출" (`card.direct`),
/// fragments added to the payment of the first tab cut to its required keys.
#[test]
fn inicis_installments_and_direct_card() {
    let p = OneOffPayment::builder()
        .channel_key(iamport::value::ChannelKey::new(CHANNEL_KEY).unwrap())
        .pay_method(PayMethod::Card)
        .merchant_uid(uid("order_no_0001"))
        .name(name("주문명:결제테스트"))
        .amount(amt(1004))
        .buyer_tel(text("010-1234-5678"))
        .display(Display::builder().card_quota(vec![6]).build())
        .card(
            Card::builder()
                .direct(
                    CardDirect::builder()
                        .code(CardCode::Hyundai)
                        .quota(3)
                        .build(),
                )
                .build(),
        )
        .build()
        .unwrap();
    check("inicis_card_options", &p);
}

/// Source: GUIDES `inicis.mdx` @ `080f5e05`, §3 tabs "카드사 노출 조작"
/// (`card.detail`) and "영세율" (`amount: 1000, tax_free: 0, vat_amount: 0`).
#[test]
fn inicis_card_filter_and_zero_rated_vat() {
    let p = OneOffPayment::builder()
        .channel_key(iamport::value::ChannelKey::new(CHANNEL_KEY).unwrap())
        .pay_method(PayMethod::Card)
        .merchant_uid(uid("order_no_0001"))
        .name(name("주문명:결제테스트"))
        .amount(amt(1000))
        .tax_free(Amount::ZERO)
        .vat_amount(Amount::ZERO)
        .buyer_tel(text("010-1234-5678"))
        .card(
            Card::builder()
                .detail(vec![
                    CardDetail::builder()
                        .card_code(CardCode::All)
                        .enabled(false)
                        .build(),
                    CardDetail::builder()
                        .card_code(CardCode::Shinhan)
                        .enabled(true)
                        .build(),
                ])
                .build(),
        )
        .build()
        .unwrap();
    check("inicis_card_detail", &p);
}

/// Source: GUIDES `tosspay-v2/readme.mdx` @ `0046561b`, tab "인증 결제창 요청".
#[test]
fn tosspay_v2_one_off() {
    let p = OneOffPayment::builder()
        .channel_key(iamport::value::ChannelKey::new(CHANNEL_KEY).unwrap())
        .pay_method(PayMethod::Tosspay)
        .merchant_uid(uid("orderMonthly0001"))
        .name(name("최초인증결제"))
        .buyer_email(email("test@portone.io"))
        .buyer_name(text("포트원"))
        .buyer_tel(text("02-1234-1234"))
        .m_redirect_url(url(REDIRECT))
        .amount(amt(1004))
        .card(Card::builder().use_installment(false).build())
        .bypass(
            Bypass::new(&serde_json::json!({
                "expiredTime": "2023-12-02 11:00:00",
                "cashReceiptTradeOption": "CULTURE"
            }))
            .unwrap(),
        )
        .build()
        .unwrap();
    check("tosspay_v2_one_off", &p);
}

/// Source: GUIDES `tosspay-v2/readme.mdx` @ `0046561b`, tab "비인증 결제창
/// 요청": no `amount` at all, `customer_id` required; its `notice_url`
/// placeholder (`{빌링키 발급 결과를 받을 URL}`) is filled with a URL.
#[test]
fn tosspay_v2_billing_key_without_amount() {
    let r = BillingKeyRegistration::builder()
        .channel_key(iamport::value::ChannelKey::new(CHANNEL_KEY).unwrap())
        .pay_method(PayMethod::Tosspay)
        .merchant_uid(uid("orderMonthly0001"))
        .name(name("최초인증결제"))
        .customer_id(text("matthew"))
        .customer_uid(cuid("your-customer-unique-id"))
        .buyer_email(email("test@portone.io"))
        .buyer_name(text("포트원"))
        .buyer_tel(text("02-1234-1234"))
        .m_redirect_url(url(REDIRECT))
        .notice_url(url("https://www.my-service.com/portone/webhook").into())
        .build()
        .unwrap();
    check("tosspay_v2_billing_key", &r);
}

/// Source: GUIDES `newtoss/readme.mdx` @ `0ea2a5f2`, tab "인증결제창 요청".
/// The guide's own sample has two slips the SDK documentation contradicts:
/// `amount: "109000"` (a string; PAYRQ says number) and `locale: "ko"` (the
/// documented key is `language`). The file writes them as PAYRQ says; the
/// test below shows the sample as printed is rejected with a hint.
#[test]
fn tosspayments_one_off_with_custom_data() {
    #[derive(serde::Serialize)]
    struct Data {
        #[serde(rename = "userId")]
        user_id: u64,
    }
    let p = OneOffPayment::builder()
        .channel_key(iamport::value::ChannelKey::new(CHANNEL_KEY).unwrap())
        .merchant_uid(uid("order_id_1667634130160"))
        .name(name("나이키 와플 트레이너 2 SD"))
        .pay_method(PayMethod::Card)
        .escrow(false)
        .amount(amt(109_000))
        .tax_free(amt(3000))
        .buyer_name(text("홍길동"))
        .buyer_email(email("buyer@example.com"))
        .buyer_tel(text("02-1670-5176"))
        .buyer_addr(text("성수이로 20길 16"))
        .buyer_postcode(text("04783"))
        .m_redirect_url(url("https://helloworld.com/payments/result"))
        .notice_url(url("https://helloworld.com/api/v1/payments/notice").into())
        .confirm_url(url("https://helloworld.com/api/v1/payments/confirm"))
        .currency(Currency::Krw)
        .language(Language::Ko)
        .custom_data(CustomData::new(&Data { user_id: 30930 }).unwrap())
        .display(Display::builder().card_quota(vec![0, 6]).build())
        .app_card(false)
        .use_card_point(true)
        .bypass(
            Bypass::new(&serde_json::json!({"tosspayments": {"useInternationalCardOnly": true}}))
                .unwrap(),
        )
        .build()
        .unwrap();
    check("tosspayments_one_off", &p);
}

/// Source: GUIDES `newtoss/readme.mdx` @ `0ea2a5f2`, tab "비인증 결제창 요청".
#[test]
fn tosspayments_billing_key() {
    let r = BillingKeyRegistration::builder()
        .channel_key(iamport::value::ChannelKey::new(CHANNEL_KEY).unwrap())
        .pay_method(PayMethod::Card)
        .merchant_uid(uid("order_monthly_0001"))
        .name(name("최초인증결제"))
        .amount(Amount::ZERO)
        .customer_uid(cuid("your-customer-unique-id"))
        .buyer_email(email("test@portone.io"))
        .buyer_name(text("포트원"))
        .buyer_tel(text("02-1234-1234"))
        .m_redirect_url(url(REDIRECT))
        .customer_id(text("matthew"))
        .build()
        .unwrap();
    check("tosspayments_billing_key", &r);
}

/// Source: `iamport/iamport-manual` `인증결제/sample/paypal.md`: USD with
/// decimals (`amount: 14.20`). Its `merchant_uid` is computed
/// (`'merchant_' + new Date().getTime()`); the file fixes one value.
#[test]
fn paypal_usd_with_cents() {
    let p = OneOffPayment::builder()
        .pg(PgCode::Paypal.into())
        .pay_method(PayMethod::Card)
        .merchant_uid(uid("merchant_1700000000000"))
        .name(name("주문명:결제테스트"))
        .amount("14.20".parse().unwrap())
        .currency(Currency::Usd)
        .buyer_email(email("iamport@siot.do"))
        .buyer_name(text("구매자이름"))
        .buyer_tel(text("010-1234-5678"))
        .buyer_addr(text("서울특별시 강남구 삼성동"))
        .buyer_postcode(text("123-456"))
        .m_redirect_url(url("https://www.yourservice.com/payment/complete"))
        .build()
        .unwrap();
    check("paypal_usd", &p);
}

/// Source: `iamport/iamport-manual` `NAVERPAY/sample/naverpay-pg.md`, with its
/// `m_redirect_url` placeholder filled by the value its comment gives
/// (`예 : http://yourservice.com/payments/complete`).
#[test]
fn naverpay_with_products() {
    let product = |category_type, category_id, uid: &str, name: &str, seller: &str, count| {
        NaverProduct::builder()
            .category_type(category_type)
            .category_id(category_id)
            .uid(text(uid))
            .name(text(name))
            .pay_referrer(NaverPayReferrer::NaverBook)
            .seller_id(text(seller))
            .count(count)
            .build()
    };
    let p = OneOffPayment::builder()
        .pg(PgCode::Naverpay.into())
        .merchant_uid(uid("order_no_0001"))
        .name(name("주문명:결제테스트"))
        .amount(amt(14_000))
        .tax_free(amt(4000))
        .buyer_email(email("iamport@siot.do"))
        .buyer_name(text("구매자이름"))
        .buyer_tel(text("010-1234-5678"))
        .buyer_addr(text("서울특별시 강남구 삼성동"))
        .buyer_postcode(text("123-456"))
        .naver_use_cfm(CalendarDate::new("20201001").unwrap())
        .naver_popup_mode(true)
        .m_redirect_url(url("http://yourservice.com/payments/complete"))
        .naver_purchaser_name(text("구매자이름"))
        .naver_purchaser_birthday(text("20151201"))
        .naver_chain_id(text("sAMplEChAINid"))
        .naver_merchant_user_key(text("가맹점의 사용자 키"))
        .naver_products(vec![
            product(
                NaverCategoryType::Book,
                NaverCategoryId::General,
                "107922211",
                "한국사",
                "sellerA",
                10,
            ),
            product(
                NaverCategoryType::Music,
                NaverCategoryId::Cd,
                "299911002",
                "러블리즈",
                "sellerB",
                1,
            ),
        ])
        .build()
        .unwrap();
    check("naverpay", &p);
}

/// Source: `iamport/iamport-manual` `인증결제/sample/danal.md` §2.1.
#[test]
fn danal_tpay_card() {
    let p = OneOffPayment::builder()
        .pg(PgCode::DanalTpay.into())
        .pay_method(PayMethod::Card)
        .merchant_uid(uid("order_no_0001"))
        .name(name("주문명:결제테스트"))
        .amount(amt(14_000))
        .buyer_email(email("iamport@siot.do"))
        .buyer_name(text("구매자이름"))
        .buyer_tel(text("010-1234-5678"))
        .buyer_addr(text("서울특별시 강남구 삼성동"))
        .buyer_postcode(text("123-456"))
        .build()
        .unwrap();
    check("danal_tpay_card", &p);
}

/// Source: `iamport/iamport-manual` `인증결제/sample/danal.md` §2.2, whose
/// sample elides the rest (`/* ...중략... */`); the file keeps `name`,
/// `amount` and the required `buyer_tel` of §2.1. `biz_num` is required for
/// a danal virtual account: leaving it out is an error.
#[test]
fn danal_tpay_vbank_with_biz_num() {
    let p = OneOffPayment::builder()
        .pg(PgCode::DanalTpay.into())
        .pay_method(PayMethod::Vbank)
        .merchant_uid(uid("order_no_0001"))
        .name(name("주문명:결제테스트"))
        .amount(amt(14_000))
        .buyer_tel(text("010-1234-5678"))
        .biz_num(BizNum::new("1234567890").unwrap())
        .build()
        .unwrap();
    check("danal_tpay_vbank", &p);
    let err = OneOffPayment::builder()
        .pg(PgCode::DanalTpay.into())
        .pay_method(PayMethod::Vbank)
        .merchant_uid(uid("order_no_0001"))
        .amount(amt(14_000))
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid `biz_num`: is required for a danal virtual account"
    );
}

/// The newtoss guide's sample as printed: the amount as a string and the
/// undocumented `locale`. Both are rejected.
#[test]
fn newtoss_sample_as_printed_is_rejected() {
    let mut sample = golden("tosspayments_one_off");
    sample["amount"] = serde_json::json!("109000");
    let err = serde_json::from_value::<OneOffPayment>(sample.clone())
        .unwrap_err()
        .to_string();
    assert!(err.contains("must be a JSON number, not a string"), "{err}");
    sample["amount"] = serde_json::json!(109_000);
    let language = sample.as_object_mut().unwrap().remove("language").unwrap();
    sample["locale"] = language;
    let err = serde_json::from_value::<OneOffPayment>(sample)
        .unwrap_err()
        .to_string();
    assert!(err.contains("unknown field \"locale\""), "{err}");
}
