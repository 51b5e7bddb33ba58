//! Escrow shipping, cash receipts, virtual accounts, convenience-store
//! payments and tiers: for each operation a golden request (path and body
//! written from the OpenAPI), its answer with every property the OpenAPI
//! lists, and its rules.
//!
//! Source of every path, parameter and property: the official V1 OpenAPI,
//! `portone-io/developers.portone.io` `src/schema/v1.openapi.json` @
//! `af926bd2` (`v1.openapi.json` below).

use iamport::rest::{
    CreateVbank, EditEscrowLogis, Endpoint, EscrowAddress, EscrowLogis, EscrowLogisInfo,
    EscrowProduct, EscrowReceiver, EscrowSender, ExternalReceipt, GetEscrowLogis,
    GetExternalReceipt, GetReceipt, GetTier, IssueCvsPayment, IssueExternalReceipt,
    IssuePartnerReceipt, IssueReceipt, JsonText, Method, ModifyVbank, PartnerReceipt, PartnerSale,
    Payment, PaymentStatus, ProductType, Receipt, ReceiptIdentifierType, ReceiptKind,
    ReceiptPayMethod, ReceiptType, RegisterEscrowLogis, RevokeCvsPayment, RevokeExternalReceipt,
    RevokeReceipt, RevokeVbank, Tier, TierCode,
};
use iamport::value::{Amount, BizNum, CalendarDate, ChannelKey, Currency, Email, OrderName};
use serde_json::{Value, json};

use crate::helpers::{amt, uid};
use crate::rest_helpers::{answer, at, body, imp, refused, requires, round_trip, url, whole};

fn channel() -> ChannelKey {
    ChannelKey::new("channel-key-9c1e6f2c-8d4b-4bb1-a5a4-3f9c5a1d2e7b").unwrap()
}

mod escrow {
    use super::*;

    fn sender() -> EscrowSender {
        EscrowSender::builder()
            .name("홍길동")
            .tel("010-1234-5678")
            .addr("서울특별시 강남구 테헤란로 1")
            .postcode("06236")
            .relationship("본인")
            .formed_address(
                EscrowAddress::builder()
                    .address_line_1("서울특별시 강남구 테헤란로 1")
                    .address_line_2("101동 1001호")
                    .build(),
            )
            .build()
    }

    fn receiver() -> EscrowReceiver {
        EscrowReceiver::builder()
            .name("김철수")
            .tel("010-9876-5432")
            .addr("부산광역시 해운대구 센텀로 2")
            .postcode("48058")
            .formed_address(
                EscrowAddress::builder()
                    .address_line_1("부산광역시 해운대구 센텀로 2")
                    .address_line_2("202호")
                    .build(),
            )
            .build()
    }

    fn logis() -> EscrowLogisInfo {
        EscrowLogisInfo::builder()
            .company("CJGLS")
            .invoice("1234567890")
            .sent_at(at(1_700_000_000))
            .receiving_at(CalendarDate::new("20231116").unwrap())
            .address("서울특별시 강남구 테헤란로 1")
            .build()
    }

    fn product() -> EscrowProduct {
        EscrowProduct::builder()
            .id("product_1")
            .name("블루투스 스피커")
            .code("SPK-001")
            .amount(amt(39_000))
            .currency(Currency::Krw)
            .quantity(2)
            .tag("가전기기")
            .build()
            .unwrap()
    }

    /// The body of both writes, from the OpenAPI's `sender`, `receiver`,
    /// `logis` and `products` schemas.
    fn expected() -> Value {
        json!({
            "sender": {
                "name": "홍길동", "tel": "010-1234-5678", "addr": "서울특별시 강남구 테헤란로 1",
                "postcode": "06236", "relationship": "본인",
                "formed_address": {"address_line_1": "서울특별시 강남구 테헤란로 1", "address_line_2": "101동 1001호"}
            },
            "receiver": {
                "name": "김철수", "tel": "010-9876-5432", "addr": "부산광역시 해운대구 센텀로 2",
                "postcode": "48058",
                "formed_address": {"address_line_1": "부산광역시 해운대구 센텀로 2", "address_line_2": "202호"}
            },
            "logis": {
                "company": "CJGLS", "invoice": "1234567890", "sent_at": 1_700_000_000,
                "receiving_at": "20231116", "address": "서울특별시 강남구 테헤란로 1"
            },
            "products": [{
                "id": "product_1", "name": "블루투스 스피커", "code": "SPK-001", "amount": 39000,
                "currency": "KRW", "quantity": 2, "tag": "가전기기"
            }]
        })
    }

    /// Source: v1.openapi.json @ af926bd2, `POST /escrows/logis/{imp_uid}`
    /// (`escrow_logis_save`) parameters and the schemas they name.
    #[test]
    fn register_golden() {
        let r = RegisterEscrowLogis::builder()
            .imp_uid(imp("imp_12345678912"))
            .sender(sender())
            .receiver(receiver())
            .logis(logis())
            .products(vec![product()])
            .send_email(false)
            .build()
            .unwrap();
        assert_eq!(RegisterEscrowLogis::METHOD, Method::Post);
        assert_eq!(r.path(), "/escrows/logis/imp_12345678912");
        let mut expected = expected();
        expected["send_email"] = json!(false);
        assert_eq!(body(&r), expected);
        round_trip(&whole(&expected, &[("imp_uid", "imp_12345678912")]), &r);
        // Only what the OpenAPI requires: the three objects, `logis` with its three.
        let minimal = RegisterEscrowLogis::builder()
            .imp_uid(imp("imp_1"))
            .sender(EscrowSender::builder().build())
            .receiver(EscrowReceiver::builder().build())
            .logis(
                EscrowLogisInfo::builder()
                    .company("CJGLS")
                    .invoice("1")
                    .sent_at(at(1))
                    .build(),
            )
            .build()
            .unwrap();
        assert_eq!(
            body(&minimal),
            json!({"sender": {}, "receiver": {}, "logis": {"company": "CJGLS", "invoice": "1", "sent_at": 1}})
        );
    }

    /// Source: v1.openapi.json @ af926bd2, `PUT /escrows/logis/{imp_uid}`
    /// (`escrow_logis_edit`) parameters (no `send_email` there).
    #[test]
    fn edit_golden() {
        let e = EditEscrowLogis::builder()
            .imp_uid(imp("imp_12345678912"))
            .sender(sender())
            .receiver(receiver())
            .logis(logis())
            .products(vec![product()])
            .build()
            .unwrap();
        assert_eq!(EditEscrowLogis::METHOD, Method::Put);
        assert_eq!(e.path(), "/escrows/logis/imp_12345678912");
        assert_eq!(body(&e), expected());
        round_trip(&whole(&expected(), &[("imp_uid", "imp_12345678912")]), &e);
        let mut with_email = whole(&expected(), &[("imp_uid", "imp_1")]);
        with_email["send_email"] = json!(true);
        assert!(serde_json::from_value::<EditEscrowLogis>(with_email).is_err());
    }

    /// Source: v1.openapi.json @ af926bd2, `GET /escrows/logis/{imp_uid}`
    /// (`escrow_logis_get`); the answer is `EscrowLogisAnnotation`.
    #[test]
    fn get_golden_and_answer() {
        let g = GetEscrowLogis::builder().imp_uid(imp("imp_123/45")).build();
        assert_eq!(GetEscrowLogis::METHOD, Method::Get);
        assert_eq!(g.path(), "/escrows/logis/imp_123%2F45");
        assert_eq!(g.body().unwrap(), None);
        let logis: EscrowLogis = answer::<GetEscrowLogis>(json!({
            "company": "CJGLS", "invoice": "1234567890",
            "sent_at": 1_700_000_000, "applied_at": 1_700_000_500
        }));
        assert_eq!(logis.company, "CJGLS");
        assert_eq!(logis.invoice, "1234567890");
        assert_eq!(logis.sent_at, at(1_700_000_000));
        assert_eq!(logis.applied_at, at(1_700_000_500));
        // The writes answer the same.
        let _: EscrowLogis = answer::<RegisterEscrowLogis>(json!({
            "company": "c", "invoice": "i", "sent_at": 1, "applied_at": 2
        }));
        let _: EscrowLogis = answer::<EditEscrowLogis>(json!({
            "company": "c", "invoice": "i", "sent_at": 1, "applied_at": 2
        }));
    }

    #[test]
    fn rules() {
        let full = whole(&expected(), &[("imp_uid", "imp_1")]);
        // Required: the three objects, and `logis`'s three.
        requires::<RegisterEscrowLogis>(&full, &["imp_uid", "sender", "receiver", "logis"]);
        for key in ["company", "invoice", "sent_at"] {
            let mut broken = full.clone();
            broken["logis"].as_object_mut().unwrap().remove(key);
            let err = serde_json::from_value::<RegisterEscrowLogis>(broken).unwrap_err();
            assert!(err.to_string().contains(key), "{err}");
        }
        // Each product's `id`, `name`, `amount`.
        for key in ["id", "name", "amount"] {
            let mut broken = full.clone();
            broken["products"][0].as_object_mut().unwrap().remove(key);
            let err = serde_json::from_value::<RegisterEscrowLogis>(broken).unwrap_err();
            assert!(err.to_string().contains(key), "{err}");
        }
        // An empty product list.
        let err = RegisterEscrowLogis::builder()
            .imp_uid(imp("imp_1"))
            .sender(sender())
            .receiver(receiver())
            .logis(logis())
            .products(vec![])
            .build()
            .unwrap_err();
        assert_eq!(err.what(), "products");
        refused::<EditEscrowLogis>(&full, "products", Some(json!([])), "products");
        // A fraction of a won.
        let err = EscrowProduct::builder()
            .id("p")
            .name("n")
            .amount("100.5".parse::<Amount>().unwrap())
            .build()
            .unwrap_err();
        assert_eq!(err.what(), "products[].amount");
        assert!(
            EscrowProduct::builder()
                .id("p")
                .name("n")
                .amount("100.5".parse::<Amount>().unwrap())
                .currency(Currency::Usd)
                .build()
                .is_ok()
        );
        // `receiving_at` is `YYYYMMDD`; `sent_at` Unix seconds.
        let mut broken = full.clone();
        broken["logis"]["receiving_at"] = json!("2023-11-16");
        assert!(serde_json::from_value::<RegisterEscrowLogis>(broken).is_err());
        let mut broken = full.clone();
        broken["logis"]["sent_at"] = json!("1700000000");
        assert!(serde_json::from_value::<RegisterEscrowLogis>(broken).is_err());
        // Unknown keys, at either depth.
        refused::<RegisterEscrowLogis>(&full, "recevier", Some(json!({})), "recevier");
        let mut broken = full.clone();
        broken["sender"]["phone"] = json!("010");
        assert!(serde_json::from_value::<RegisterEscrowLogis>(broken).is_err());
    }
}

/// A payment with every property of the OpenAPI's `PaymentAnnotation`
/// (54), nested ones too: a virtual account paid into once and refunded in
/// part.
fn full_payment() -> Value {
    json!({
        "imp_uid": "imp_448280090638", "merchant_uid": "order_vbank_0001", "pay_method": "vbank",
        "channel": "api", "pg_provider": "settle", "emb_pg_provider": "naverpay",
        "pg_tid": "tid_1", "pg_id": "M2103135", "sandbox": true, "escrow": false,
        "apply_num": "0001", "bank_code": "004", "bank_name": "KB국민은행",
        "card_code": "361", "card_name": "BC카드", "card_issuer_code": "362",
        "card_issuer_name": "BC카드 발급", "card_publisher_code": "363",
        "card_publisher_name": "BC카드 매입", "card_quota": 3, "card_number": "1234-****-****-5678",
        "card_type": 1, "vbank_code": "088", "vbank_name": "신한은행",
        "vbank_num": "56211105948400", "vbank_holder": "포트원", "vbank_date": 1_700_086_400,
        "vbank_issued_at": 1_700_000_000, "name": "가상계좌 주문", "amount": 50000,
        "cancel_amount": 10000, "currency": "KRW", "buyer_name": "홍길동",
        "buyer_email": "gildong@example.com", "buyer_tel": "010-1234-5678",
        "buyer_addr": "서울특별시 강남구", "buyer_postcode": "06236",
        "custom_data": "{\"userId\":30930}", "user_agent": "sorry_not_supported",
        "status": "paid", "started_at": 1_700_000_000, "paid_at": 1_700_003_600,
        "failed_at": 0, "cancelled_at": 1_700_007_200, "fail_reason": "없음",
        "cancel_reason": "부분 환불", "receipt_url": "https://r.example/1",
        "cancel_history": [{
            "pg_tid": "tid_c", "amount": 10000, "cancelled_at": 1_700_007_200,
            "reason": "부분 환불", "cancellation_id": "c_1", "receipt_url": "https://r.example/c"
        }],
        "deposit_history": [{
            "pg_tid": "tid_d", "amount": 50000, "depositor_name": "홍길동",
            "deposited_at": 1_700_003_600
        }],
        "cancel_receipt_urls": ["https://r.example/c"], "cash_receipt_issued": true,
        "customer_uid": "gildong_0001", "customer_uid_usage": "issue",
        "promotion": {"id": "promotion-id-1", "discount": 500}
    })
}

/// One assertion per property of [`full_payment`].
fn check_payment(p: &Payment) {
    assert_eq!(full_payment().as_object().unwrap().len(), 54);
    let s = |v: &Option<String>| v.clone().unwrap();
    assert_eq!(p.imp_uid, "imp_448280090638");
    assert_eq!(p.merchant_uid, "order_vbank_0001");
    assert_eq!(s(&p.pay_method), "vbank");
    assert_eq!(s(&p.channel), "api");
    assert_eq!(s(&p.pg_provider), "settle");
    assert_eq!(s(&p.emb_pg_provider), "naverpay");
    assert_eq!(s(&p.pg_tid), "tid_1");
    assert_eq!(s(&p.pg_id), "M2103135");
    assert!(p.sandbox);
    assert_eq!(p.escrow, Some(false));
    assert_eq!(s(&p.apply_num), "0001");
    assert_eq!(s(&p.bank_code), "004");
    assert_eq!(s(&p.bank_name), "KB국민은행");
    assert_eq!(s(&p.card_code), "361");
    assert_eq!(s(&p.card_name), "BC카드");
    assert_eq!(s(&p.card_issuer_code), "362");
    assert_eq!(s(&p.card_issuer_name), "BC카드 발급");
    assert_eq!(s(&p.card_publisher_code), "363");
    assert_eq!(s(&p.card_publisher_name), "BC카드 매입");
    assert_eq!(p.card_quota, Some(3));
    assert_eq!(s(&p.card_number), "1234-****-****-5678");
    assert_eq!(p.card_type, Some(1));
    assert_eq!(s(&p.vbank_code), "088");
    assert_eq!(s(&p.vbank_name), "신한은행");
    assert_eq!(s(&p.vbank_num), "56211105948400");
    assert_eq!(s(&p.vbank_holder), "포트원");
    assert_eq!(p.vbank_date, Some(at(1_700_086_400)));
    assert_eq!(p.vbank_issued_at, Some(at(1_700_000_000)));
    assert_eq!(s(&p.name), "가상계좌 주문");
    assert_eq!(p.amount, amt(50_000));
    assert_eq!(p.cancel_amount, amt(10_000));
    assert_eq!(p.currency, "KRW");
    assert_eq!(s(&p.buyer_name), "홍길동");
    assert_eq!(s(&p.buyer_email), "gildong@example.com");
    assert_eq!(s(&p.buyer_tel), "010-1234-5678");
    assert_eq!(s(&p.buyer_addr), "서울특별시 강남구");
    assert_eq!(s(&p.buyer_postcode), "06236");
    assert_eq!(s(&p.custom_data), "{\"userId\":30930}");
    assert_eq!(s(&p.user_agent), "sorry_not_supported");
    assert_eq!(p.status, PaymentStatus::Paid);
    assert_eq!(p.started_at, Some(at(1_700_000_000)));
    assert_eq!(p.paid_at, Some(at(1_700_003_600)));
    assert_eq!(p.failed_at, None, "0 is \"has not failed\"");
    assert_eq!(p.cancelled_at, Some(at(1_700_007_200)));
    assert_eq!(s(&p.fail_reason), "없음");
    assert_eq!(s(&p.cancel_reason), "부분 환불");
    assert_eq!(s(&p.receipt_url), "https://r.example/1");
    let cancel = &p.cancel_history[0];
    assert_eq!(p.cancel_history.len(), 1);
    assert_eq!(cancel.pg_tid, "tid_c");
    assert_eq!(cancel.amount, amt(10_000));
    assert_eq!(cancel.cancelled_at, Some(at(1_700_007_200)));
    assert_eq!(cancel.reason.as_deref(), Some("부분 환불"));
    assert_eq!(cancel.cancellation_id, "c_1");
    assert_eq!(cancel.receipt_url.as_deref(), Some("https://r.example/c"));
    let deposit = &p.deposit_history[0];
    assert_eq!(p.deposit_history.len(), 1);
    assert_eq!(deposit.pg_tid, "tid_d");
    assert_eq!(deposit.amount, amt(50_000));
    assert_eq!(deposit.depositor_name.as_deref(), Some("홍길동"));
    assert_eq!(deposit.deposited_at, Some(at(1_700_003_600)));
    assert_eq!(
        p.cancel_receipt_urls,
        vec!["https://r.example/c".to_owned()]
    );
    assert_eq!(p.cash_receipt_issued, Some(true));
    assert_eq!(s(&p.customer_uid), "gildong_0001");
    assert_eq!(
        p.customer_uid_usage,
        Some(iamport::rest::CustomerUidUsage::Issue)
    );
    let promotion = p.promotion.as_ref().unwrap();
    assert_eq!(promotion.id.as_deref(), Some("promotion-id-1"));
    assert_eq!(promotion.discount, Some(amt(500)));
}

/// That `E` answers a payment (`PaymentResponse`) and keeps every property.
fn answers_payment<E: Endpoint<Response = Payment>>() {
    check_payment(&answer::<E>(full_payment()));
}

mod vbanks {
    use super::*;

    fn full() -> CreateVbank {
        CreateVbank::builder()
            .channel_key(channel())
            .merchant_uid(uid("order_vbank_0001"))
            .amount(amt(50_000))
            .product_type(ProductType::Real)
            .vbank_num("56211105948400")
            .vbank_code("088")
            .vbank_due(at(1_700_086_400))
            .vbank_holder("포트원")
            .vbank_key("key_0001")
            .name(OrderName::new("가상계좌 주문").unwrap())
            .buyer_name("홍길동")
            .buyer_email(Email::new("gildong@example.com").unwrap())
            .buyer_tel("010-1234-5678")
            .business_registration_number(BizNum::new("1234567890").unwrap())
            .buyer_addr("서울특별시 강남구")
            .buyer_postcode("06236")
            .notice_url(vec![url("https://shop.example/webhook")])
            .custom_data(JsonText::encode(&json!({"userId": 30930})).unwrap())
            .tax_free(amt(5_000))
            .vat_amount(amt(4_090))
            .pg_api_key("ini-api-key-secret")
            .product_count(2)
            .escrow_password("escrow-pass-secret")
            .fixed_unlimited_vbank(false)
            .build()
            .unwrap()
    }

    fn full_body() -> Value {
        json!({
            "channel_key": "channel-key-9c1e6f2c-8d4b-4bb1-a5a4-3f9c5a1d2e7b",
            "merchant_uid": "order_vbank_0001", "amount": 50000, "product_type": "real",
            "vbank_num": "56211105948400", "vbank_code": "088", "vbank_due": 1_700_086_400,
            "vbank_holder": "포트원", "vbank_key": "key_0001", "name": "가상계좌 주문",
            "buyer_name": "홍길동", "buyer_email": "gildong@example.com",
            "buyer_tel": "010-1234-5678", "business_registration_number": "1234567890",
            "buyer_addr": "서울특별시 강남구", "buyer_postcode": "06236",
            "notice_url": ["https://shop.example/webhook"],
            "custom_data": "{\"userId\":30930}", "tax_free": 5000, "vat_amount": 4090,
            "product_count": 2, "escrow_password": "escrow-pass-secret",
            "fixed_unlimited_vbank": false
        })
    }

    /// Source: v1.openapi.json @ af926bd2, `POST /vbanks` (createVbank)
    /// parameters: `pg_api_key` is `in: query`, the rest `in: formData`.
    #[test]
    fn create_golden() {
        let c = full();
        assert_eq!(CreateVbank::METHOD, Method::Post);
        const { assert!(CreateVbank::NEEDS_TOKEN && !CreateVbank::REPEATABLE) };
        assert_eq!(c.path(), "/vbanks?pg_api_key=ini-api-key-secret");
        assert_eq!(body(&c), full_body());
        round_trip(
            &whole(&full_body(), &[("pg_api_key", "ini-api-key-secret")]),
            &c,
        );
        let minimal = CreateVbank::builder()
            .channel_key(channel())
            .merchant_uid(uid("o1"))
            .amount(amt(1000))
            .vbank_code("004")
            .vbank_due(at(1_700_086_400))
            .build()
            .unwrap();
        assert_eq!(minimal.path(), "/vbanks");
        assert_eq!(
            body(&minimal),
            json!({"channel_key": "channel-key-9c1e6f2c-8d4b-4bb1-a5a4-3f9c5a1d2e7b",
                   "merchant_uid": "o1", "amount": 1000, "vbank_code": "004", "vbank_due": 1_700_086_400})
        );
        answers_payment::<CreateVbank>();
    }

    /// Source: v1.openapi.json @ af926bd2, `PUT /vbanks/{imp_uid}`
    /// (modifyVbank) parameters.
    #[test]
    fn modify_golden() {
        let m = ModifyVbank::builder()
            .imp_uid(imp("imp_448280090638"))
            .amount(amt(60_000))
            .vbank_due(at(1_700_172_800))
            .build()
            .unwrap();
        assert_eq!(ModifyVbank::METHOD, Method::Put);
        const { assert!(!ModifyVbank::REPEATABLE) };
        assert_eq!(m.path(), "/vbanks/imp_448280090638");
        let expected = json!({"amount": 60000, "vbank_due": 1_700_172_800});
        assert_eq!(body(&m), expected);
        round_trip(&whole(&expected, &[("imp_uid", "imp_448280090638")]), &m);
        let due_only = ModifyVbank::builder()
            .imp_uid(imp("imp_1"))
            .vbank_due(at(1_700_172_800))
            .build()
            .unwrap();
        assert_eq!(body(&due_only), json!({"vbank_due": 1_700_172_800}));
        answers_payment::<ModifyVbank>();
    }

    /// Source: v1.openapi.json @ af926bd2, `DELETE /vbanks/{imp_uid}`
    /// (revokeVbank) parameters: `pg_api_key` in the query.
    #[test]
    fn revoke_golden() {
        let r = RevokeVbank::builder()
            .imp_uid(imp("imp_448280090638"))
            .pg_api_key("ini key&1")
            .build();
        assert_eq!(RevokeVbank::METHOD, Method::Delete);
        const { assert!(!RevokeVbank::REPEATABLE) };
        assert_eq!(
            r.path(),
            "/vbanks/imp_448280090638?pg_api_key=ini%20key%261"
        );
        assert_eq!(r.body().unwrap(), None);
        let plain = RevokeVbank::builder().imp_uid(imp("imp_1")).build();
        assert_eq!(plain.path(), "/vbanks/imp_1");
        answers_payment::<RevokeVbank>();
    }

    #[test]
    fn create_rules() {
        let base = whole(&full_body(), &[]);
        requires::<CreateVbank>(
            &base,
            &[
                "channel_key",
                "merchant_uid",
                "amount",
                "vbank_code",
                "vbank_due",
            ],
        );
        for (key, max) in [
            ("vbank_holder", 16),
            ("vbank_key", 13),
            ("buyer_name", 16),
            ("buyer_tel", 16),
            ("buyer_addr", 128),
            ("buyer_postcode", 8),
        ] {
            refused::<CreateVbank>(&base, key, Some(json!("가".repeat(max + 1))), key);
            let mut at_max = base.clone();
            at_max[key] = json!("가".repeat(max));
            serde_json::from_value::<CreateVbank>(at_max).unwrap();
        }
        let long_email = format!("{}@b.co", "a".repeat(60));
        refused::<CreateVbank>(&base, "buyer_email", Some(json!(long_email)), "buyer_email");
        refused::<CreateVbank>(
            &base,
            "merchant_uid",
            Some(json!("m".repeat(41))),
            "merchant_uid",
        );
        refused::<CreateVbank>(&base, "name", Some(json!("n".repeat(41))), "name");
        refused::<CreateVbank>(
            &base,
            "business_registration_number",
            Some(json!("123-45-67890")),
            "biz_num",
        );
        refused::<CreateVbank>(
            &base,
            "product_type",
            Some(json!("service")),
            "real, digital",
        );
        refused::<CreateVbank>(&base, "notice_url", Some(json!([])), "notice_url");
        refused::<CreateVbank>(&base, "notice_url", Some(json!(["not a url"])), "URL");
        // `custom_data` is JSON text, not an object.
        refused::<CreateVbank>(
            &base,
            "custom_data",
            Some(json!({"a": 1})),
            "expected a string",
        );
        // Amounts: above 0, whole won, parts within the amount.
        refused::<CreateVbank>(&base, "amount", Some(json!(0)), "amount");
        refused::<CreateVbank>(&base, "amount", Some(json!(100.5)), "amount");
        refused::<CreateVbank>(&base, "tax_free", Some(json!(50_001)), "tax_free");
        refused::<CreateVbank>(&base, "vat_amount", Some(json!(45_001)), "vat_amount");
        let err = CreateVbank::builder()
            .channel_key(channel())
            .merchant_uid(uid("o1"))
            .amount(amt(0))
            .vbank_code("004")
            .vbank_due(at(1))
            .build()
            .unwrap_err();
        assert_eq!(err.what(), "amount");
        // `pg_api_key` is no body key but a field of the whole request.
        refused::<CreateVbank>(&base, "not_a_field", Some(json!("x")), "not_a_field");
    }

    #[test]
    fn modify_rules() {
        let err = ModifyVbank::builder()
            .imp_uid(imp("imp_1"))
            .build()
            .unwrap_err();
        assert_eq!(err.what(), "amount");
        let err = ModifyVbank::builder()
            .imp_uid(imp("imp_1"))
            .amount(amt(0))
            .build()
            .unwrap_err();
        assert_eq!(err.what(), "amount");
        let base = json!({"imp_uid": "imp_1", "amount": 1000});
        refused::<ModifyVbank>(&base, "amount", Some(json!(1000.5)), "amount");
        refused::<ModifyVbank>(&base, "vbank_due", Some(json!(-1)), "timestamp");
        requires::<ModifyVbank>(&base, &["imp_uid"]);
    }

    #[test]
    fn secrets_stay_out_of_debug() {
        let debug = format!("{:?}", full());
        assert!(!debug.contains("ini-api-key-secret"), "{debug}");
        assert!(!debug.contains("escrow-pass-secret"), "{debug}");
        assert!(debug.contains("pg_api_key: Some(<redacted>)"), "{debug}");
        let r = RevokeVbank::builder()
            .imp_uid(imp("imp_1"))
            .pg_api_key("ini-api-key-secret")
            .build();
        let debug = format!("{r:?}");
        assert!(!debug.contains("ini-api-key-secret"), "{debug}");
        assert!(debug.contains("imp_1"), "{debug}");
    }
}

mod cvs {
    use super::*;

    fn full_body() -> Value {
        json!({
            "channel_key": "channel-key-9c1e6f2c-8d4b-4bb1-a5a4-3f9c5a1d2e7b",
            "merchant_uid": "order_cvs_0001", "amount": 15000, "barcode": "11222222",
            "expired_at": 1_700_086_400, "name": "편의점 주문", "buyer_name": "홍길동",
            "buyer_email": "gildong@example.com", "buyer_tel": "010-1234-5678",
            "buyer_addr": "서울특별시 강남구", "buyer_postcode": "06236",
            "confirm_url": "https://shop.example/cvs/confirm",
            "notice_url": ["https://shop.example/webhook"], "custom_data": "{\"userId\":30930}"
        })
    }

    /// Source: v1.openapi.json @ af926bd2, `POST /cvs` (issueCvsPayment)
    /// parameters.
    #[test]
    fn issue_golden() {
        let i = IssueCvsPayment::builder()
            .channel_key(channel())
            .merchant_uid(uid("order_cvs_0001"))
            .amount(amt(15_000))
            .barcode("11222222")
            .expired_at(at(1_700_086_400))
            .name(OrderName::new("편의점 주문").unwrap())
            .buyer_name("홍길동")
            .buyer_email(Email::new("gildong@example.com").unwrap())
            .buyer_tel("010-1234-5678")
            .buyer_addr("서울특별시 강남구")
            .buyer_postcode("06236")
            .confirm_url(url("https://shop.example/cvs/confirm"))
            .notice_url(vec![url("https://shop.example/webhook")])
            .custom_data(JsonText::encode(&json!({"userId": 30930})).unwrap())
            .build()
            .unwrap();
        assert_eq!(IssueCvsPayment::METHOD, Method::Post);
        const { assert!(!IssueCvsPayment::REPEATABLE) };
        assert_eq!(i.path(), "/cvs");
        assert_eq!(body(&i), full_body());
        round_trip(&full_body(), &i);
        answers_payment::<IssueCvsPayment>();
    }

    /// Source: v1.openapi.json @ af926bd2, `DELETE /cvs/{imp_uid}`
    /// (revokeCvsPayment).
    #[test]
    fn revoke_golden() {
        let r = RevokeCvsPayment::builder()
            .imp_uid(imp("imp_123412341234"))
            .build();
        assert_eq!(RevokeCvsPayment::METHOD, Method::Delete);
        const { assert!(!RevokeCvsPayment::REPEATABLE) };
        assert_eq!(r.path(), "/cvs/imp_123412341234");
        assert_eq!(r.body().unwrap(), None);
        answers_payment::<RevokeCvsPayment>();
    }

    #[test]
    fn rules() {
        let base = full_body();
        requires::<IssueCvsPayment>(&base, &["channel_key", "merchant_uid", "amount"]);
        for (key, max) in [
            ("buyer_name", 16),
            ("buyer_tel", 16),
            ("buyer_addr", 128),
            ("buyer_postcode", 8),
        ] {
            refused::<IssueCvsPayment>(&base, key, Some(json!("가".repeat(max + 1))), key);
        }
        let long_email = format!("{}@b.co", "a".repeat(60));
        refused::<IssueCvsPayment>(&base, "buyer_email", Some(json!(long_email)), "buyer_email");
        refused::<IssueCvsPayment>(
            &base,
            "merchant_uid",
            Some(json!("m".repeat(41))),
            "merchant_uid",
        );
        refused::<IssueCvsPayment>(&base, "name", Some(json!("n".repeat(41))), "name");
        refused::<IssueCvsPayment>(&base, "amount", Some(json!(0)), "amount");
        refused::<IssueCvsPayment>(&base, "amount", Some(json!(0.5)), "amount");
        refused::<IssueCvsPayment>(
            &base,
            "confirm_url",
            Some(json!("javascript:alert(1)")),
            "URL",
        );
        refused::<IssueCvsPayment>(&base, "notice_url", Some(json!([])), "notice_url");
        refused::<IssueCvsPayment>(&base, "expired_at", Some(json!(1.5)), "timestamp");
        refused::<IssueCvsPayment>(&base, "not_a_field", Some(json!("x")), "not_a_field");
    }
}

mod receipts {
    use super::*;

    /// Every property of `ReceiptAnnotation`.
    fn receipt_json() -> Value {
        json!({
            "imp_uid": "imp_448280090638", "receipt_tid": "rtid_1", "apply_num": "123456789",
            "type": "person", "amount": 50000, "vat": 4545,
            "receipt_url": "https://r.example/cash/1", "applied_at": 1_700_000_000,
            "cancelled_at": 1_700_003_600
        })
    }

    fn check_receipt(r: &Receipt) {
        assert_eq!(r.imp_uid, "imp_448280090638");
        assert_eq!(r.receipt_tid.as_deref(), Some("rtid_1"));
        assert_eq!(r.apply_num, "123456789");
        assert_eq!(r.receipt_type, ReceiptKind::Person);
        assert_eq!(r.amount, amt(50_000));
        assert_eq!(r.vat, amt(4_545));
        assert_eq!(r.receipt_url.as_deref(), Some("https://r.example/cash/1"));
        assert_eq!(r.applied_at, at(1_700_000_000));
        assert_eq!(r.cancelled_at, Some(at(1_700_003_600)));
    }

    /// Every property of `ExternalReceiptAnnotation`.
    fn external_json() -> Value {
        json!({
            "merchant_uid": "cash_order_0001", "receipt_tid": "rtid_2", "apply_num": "987654321",
            "type": "company", "amount": 33000, "vat": 3000,
            "receipt_url": "https://r.example/cash/2", "applied_at": 1_700_000_000,
            "cancelled_at": 0
        })
    }

    fn check_external(r: &ExternalReceipt) {
        assert_eq!(r.merchant_uid, "cash_order_0001");
        assert_eq!(r.receipt_tid.as_deref(), Some("rtid_2"));
        assert_eq!(r.apply_num, "987654321");
        assert_eq!(r.receipt_type, ReceiptKind::Company);
        assert_eq!(r.amount, amt(33_000));
        assert_eq!(r.vat, amt(3_000));
        assert_eq!(r.receipt_url.as_deref(), Some("https://r.example/cash/2"));
        assert_eq!(r.applied_at, at(1_700_000_000));
        assert_eq!(r.cancelled_at, None, "0 is \"not revoked\"");
    }

    /// The body of [`issue`]: every `in: formData` parameter but the
    /// deprecated `vat`.
    fn issue_body() -> Value {
        json!({
            "product_type": "digital", "identifier": "01012345678",
            "identifier_type": "phone", "type": "person", "company_tel": "02-1234-5678",
            "company_name": "포트원 상점", "corp_reg_no": "1234567890", "buyer_name": "홍길동",
            "buyer_email": "gildong@example.com", "buyer_tel": "010-1234-5678",
            "tax_free": 1000, "vat_amount": 4000
        })
    }

    fn issue() -> IssueReceipt {
        IssueReceipt::builder()
            .imp_uid(imp("imp_448280090638"))
            .product_type(ProductType::Digital)
            .identifier("01012345678")
            .identifier_type(ReceiptIdentifierType::Phone)
            .receipt_type(ReceiptType::Person)
            .company_tel("02-1234-5678")
            .company_name("포트원 상점")
            .corp_reg_no("1234567890")
            .buyer_name("홍길동")
            .buyer_email(Email::new("gildong@example.com").unwrap())
            .buyer_tel("010-1234-5678")
            .tax_free(amt(1000))
            .vat_amount(amt(4000))
            .build()
            .unwrap()
    }

    /// Source: v1.openapi.json @ af926bd2, `POST /receipts/{imp_uid}`
    /// (issueReceipt) parameters; the answer is `ReceiptAnnotation`.
    #[test]
    fn issue_golden() {
        let i = issue();
        assert_eq!(IssueReceipt::METHOD, Method::Post);
        const { assert!(!IssueReceipt::REPEATABLE) };
        assert_eq!(i.path(), "/receipts/imp_448280090638");
        assert_eq!(body(&i), issue_body());
        round_trip(
            &whole(&issue_body(), &[("imp_uid", "imp_448280090638")]),
            &i,
        );
        check_receipt(&answer::<IssueReceipt>(receipt_json()));
    }

    /// Source: v1.openapi.json @ af926bd2, `GET /receipts/{imp_uid}`
    /// (getReceipt) and `DELETE /receipts/{imp_uid}` (revokeReceipt).
    #[test]
    fn get_and_revoke_golden() {
        let g = GetReceipt::builder().imp_uid(imp("imp_1/2")).build();
        assert_eq!(
            (GetReceipt::METHOD, g.path()),
            (Method::Get, "/receipts/imp_1%2F2".to_owned())
        );
        assert_eq!(g.body().unwrap(), None);
        check_receipt(&answer::<GetReceipt>(receipt_json()));
        let r = RevokeReceipt::builder()
            .imp_uid(imp("imp_448280090638"))
            .build();
        assert_eq!(
            (RevokeReceipt::METHOD, r.path()),
            (Method::Delete, "/receipts/imp_448280090638".to_owned())
        );
        const { assert!(!RevokeReceipt::REPEATABLE) };
        assert_eq!(r.body().unwrap(), None);
        check_receipt(&answer::<RevokeReceipt>(receipt_json()));
        // A type this version does not know is kept.
        let mut other = receipt_json();
        other["type"] = json!("anonymous");
        let kept = answer::<GetReceipt>(other);
        assert_eq!(
            kept.receipt_type,
            ReceiptKind::Other("anonymous".to_owned())
        );
    }

    fn external_body() -> Value {
        json!({
            "channel_key": "channel-key-9c1e6f2c-8d4b-4bb1-a5a4-3f9c5a1d2e7b",
            "name": "현금 주문", "amount": 33000, "product_type": "real",
            "identifier": "1234567890", "identifier_type": "business", "type": "company",
            "buyer_name": "홍길동", "buyer_email": "gildong@example.com",
            "buyer_tel": "010-1234-5678", "tax_free": 0, "vat_amount": 3000,
            "corp_reg_no": "1234567890", "pay_method": "trans"
        })
    }

    fn external() -> IssueExternalReceipt {
        IssueExternalReceipt::builder()
            .merchant_uid(uid("cash_order_0001"))
            .channel_key(channel())
            .name(OrderName::new("현금 주문").unwrap())
            .amount(amt(33_000))
            .product_type(ProductType::Real)
            .identifier("1234567890")
            .identifier_type(ReceiptIdentifierType::Business)
            .receipt_type(ReceiptType::Company)
            .buyer_name("홍길동")
            .buyer_email(Email::new("gildong@example.com").unwrap())
            .buyer_tel("010-1234-5678")
            .tax_free(amt(0))
            .vat_amount(amt(3000))
            .corp_reg_no("1234567890")
            .pay_method(ReceiptPayMethod::Trans)
            .build()
            .unwrap()
    }

    /// Source: v1.openapi.json @ af926bd2, `POST /receipts/external/{merchant_uid}`
    /// (issueExternalReceipt) parameters; the answer is `ExternalReceiptAnnotation`.
    #[test]
    fn issue_external_golden() {
        let i = external();
        assert_eq!(IssueExternalReceipt::METHOD, Method::Post);
        const { assert!(!IssueExternalReceipt::REPEATABLE) };
        assert_eq!(i.path(), "/receipts/external/cash_order_0001");
        assert_eq!(body(&i), external_body());
        round_trip(
            &whole(&external_body(), &[("merchant_uid", "cash_order_0001")]),
            &i,
        );
        check_external(&answer::<IssueExternalReceipt>(external_json()));
    }

    /// Source: v1.openapi.json @ af926bd2, `GET` and `DELETE
    /// /receipts/external/{merchant_uid}` (getExternalReceipt,
    /// revokeExternalReceipt).
    #[test]
    fn get_and_revoke_external_golden() {
        let g = GetExternalReceipt::builder()
            .merchant_uid(uid("주문 1"))
            .build();
        assert_eq!(GetExternalReceipt::METHOD, Method::Get);
        assert_eq!(g.path(), "/receipts/external/%EC%A3%BC%EB%AC%B8%201");
        assert_eq!(g.body().unwrap(), None);
        check_external(&answer::<GetExternalReceipt>(external_json()));
        let r = RevokeExternalReceipt::builder()
            .merchant_uid(uid("cash_order_0001"))
            .build();
        assert_eq!(RevokeExternalReceipt::METHOD, Method::Delete);
        const { assert!(!RevokeExternalReceipt::REPEATABLE) };
        assert_eq!(r.path(), "/receipts/external/cash_order_0001");
        assert_eq!(r.body().unwrap(), None);
        check_external(&answer::<RevokeExternalReceipt>(external_json()));
    }

    /// Source: v1.openapi.json @ af926bd2, `POST /partners/receipts/{imp_uid}`
    /// (partner): `data` of `PartnerReceiptsAnnotation`, as its default
    /// example has it; the answer is `PartnerReceiptResultAnnotation`.
    #[test]
    fn partner_golden() {
        let p = IssuePartnerReceipt::builder()
            .imp_uid(imp("imp_448280090638"))
            .data(vec![
                PartnerSale::builder()
                    .business_registration_number("123-45-67890")
                    .company_name("하위 상점 명1")
                    .amount(amt(1000))
                    .build()
                    .unwrap(),
                PartnerSale::builder()
                    .business_registration_number("234-56-78901")
                    .company_name("하위 상점 명2")
                    .amount(amt(2000))
                    .tax_free(amt(500))
                    .vat_amount(amt(136))
                    .build()
                    .unwrap(),
            ])
            .build()
            .unwrap();
        assert_eq!(IssuePartnerReceipt::METHOD, Method::Post);
        const { assert!(!IssuePartnerReceipt::REPEATABLE) };
        assert_eq!(p.path(), "/partners/receipts/imp_448280090638");
        let expected = json!({"data": [
            {"business_registration_number": "123-45-67890", "company_name": "하위 상점 명1", "amount": 1000},
            {"business_registration_number": "234-56-78901", "company_name": "하위 상점 명2", "amount": 2000,
             "tax_free": 500, "vat_amount": 136}
        ]});
        assert_eq!(body(&p), expected);
        round_trip(&whole(&expected, &[("imp_uid", "imp_448280090638")]), &p);
        let answer: PartnerReceipt = answer::<IssuePartnerReceipt>(json!({
            "receipt_url": "https://iniweb.inicis.com/receipt/1"
        }));
        assert_eq!(
            answer.receipt_url.as_deref(),
            Some("https://iniweb.inicis.com/receipt/1")
        );
    }

    #[test]
    fn issue_rules() {
        let base = whole(&issue_body(), &[("imp_uid", "imp_1")]);
        requires::<IssueReceipt>(&base, &["imp_uid", "identifier"]);
        refused::<IssueReceipt>(&base, "identifier", Some(json!(" ")), "identifier");
        let err = IssueReceipt::builder()
            .imp_uid(imp("imp_1"))
            .identifier("")
            .build()
            .unwrap_err();
        assert_eq!(err.what(), "identifier");
        refused::<IssueReceipt>(&base, "identifier_type", Some(json!("card")), "taxcard");
        refused::<IssueReceipt>(&base, "type", Some(json!("anonymous")), "company");
        refused::<IssueReceipt>(&base, "product_type", Some(json!("service")), "digital");
        refused::<IssueReceipt>(&base, "tax_free", Some(json!(10.5)), "tax_free");
        refused::<IssueReceipt>(&base, "vat_amount", Some(json!(10.5)), "vat_amount");
        // The deprecated `vat` is no field.
        refused::<IssueReceipt>(&base, "vat", Some(json!(100)), "vat");
    }

    #[test]
    fn external_rules() {
        let base = whole(&external_body(), &[("merchant_uid", "cash_order_0001")]);
        requires::<IssueExternalReceipt>(
            &base,
            &[
                "merchant_uid",
                "channel_key",
                "name",
                "amount",
                "identifier",
            ],
        );
        refused::<IssueExternalReceipt>(&base, "name", Some(json!("")), "name");
        refused::<IssueExternalReceipt>(&base, "name", Some(json!("n".repeat(41))), "name");
        refused::<IssueExternalReceipt>(&base, "amount", Some(json!(0)), "amount");
        refused::<IssueExternalReceipt>(&base, "amount", Some(json!(100.5)), "amount");
        refused::<IssueExternalReceipt>(&base, "vat_amount", Some(json!(33_001)), "vat_amount");
        refused::<IssueExternalReceipt>(&base, "tax_free", Some(json!(33_001)), "tax_free");
        refused::<IssueExternalReceipt>(&base, "identifier", Some(json!("")), "identifier");
        refused::<IssueExternalReceipt>(&base, "pay_method", Some(json!("card")), "vbank");
        refused::<IssueExternalReceipt>(&base, "identifier_type", Some(json!("x")), "taxcard");
        refused::<IssueExternalReceipt>(&base, "type", Some(json!("x")), "company");
        refused::<IssueExternalReceipt>(
            &base,
            "merchant_uid",
            Some(json!("m".repeat(41))),
            "merchant_uid",
        );
    }

    #[test]
    fn partner_rules() {
        let base = json!({"imp_uid": "imp_1", "data": [
            {"business_registration_number": "123-45-67890", "company_name": "상점", "amount": 1000}
        ]});
        requires::<IssuePartnerReceipt>(&base, &["imp_uid", "data"]);
        refused::<IssuePartnerReceipt>(&base, "data", Some(json!([])), "data");
        for key in ["business_registration_number", "company_name", "amount"] {
            let mut broken = base.clone();
            broken["data"][0].as_object_mut().unwrap().remove(key);
            let err = serde_json::from_value::<IssuePartnerReceipt>(broken).unwrap_err();
            assert!(err.to_string().contains(key), "{err}");
        }
        let sale = |n: &str| {
            PartnerSale::builder()
                .business_registration_number(n)
                .company_name("상점")
                .amount(amt(1000))
                .build()
        };
        assert_eq!(
            sale("123-45-6789").unwrap_err().what(),
            "business_registration_number"
        );
        assert_eq!(
            sale("123 45 67890").unwrap_err().what(),
            "business_registration_number"
        );
        assert!(sale("1234567890").is_ok());
        let err = PartnerSale::builder()
            .business_registration_number("123-45-67890")
            .company_name("상점")
            .amount(amt(1000))
            .tax_free(amt(600))
            .vat_amount(amt(500))
            .build()
            .unwrap_err();
        assert_eq!(err.what(), "vat_amount");
    }

    #[test]
    fn the_identifier_stays_out_of_debug() {
        for debug in [format!("{:?}", issue()), format!("{:?}", external())] {
            assert!(debug.contains("identifier: \"<redacted>\""), "{debug}");
        }
        assert!(!format!("{:?}", issue()).contains("01012345678"));
        let debug = format!("{:?}", external());
        // The external receipt's identifier is also its corp_reg_no here:
        // look for it outside that field.
        assert_eq!(debug.matches("1234567890").count(), 1, "{debug}");
        // A wrong JSON type for it is an error that does not repeat it.
        let mut base = whole(&issue_body(), &[("imp_uid", "imp_1")]);
        base["identifier"] = json!(9_001_011_234_567_u64);
        let err = serde_json::from_value::<IssueReceipt>(base)
            .unwrap_err()
            .to_string();
        assert!(!err.contains("9001011234567"), "{err}");
    }
}

mod tiers {
    use super::*;

    /// Source: v1.openapi.json @ af926bd2, `GET /tiers/{tier_code}`
    /// (`GetTier`), its example code `XYZ`; the answer is `TierAnnotation`.
    #[test]
    fn get_golden() {
        let g = GetTier::builder()
            .tier_code(TierCode::new("XYZ").unwrap())
            .build()
            .unwrap();
        assert_eq!(GetTier::METHOD, Method::Get);
        const { assert!(GetTier::REPEATABLE && GetTier::NEEDS_TOKEN) };
        assert_eq!(g.path(), "/tiers/XYZ");
        assert_eq!(g.body().unwrap(), None);
        let tier: Tier = answer::<GetTier>(json!({"tier_code": "XYZ", "tier_name": "강남점"}));
        assert_eq!(tier.tier_code, "XYZ");
        assert_eq!(tier.tier_name, "강남점");
    }

    #[test]
    fn the_code_is_three_capitals_or_digits() {
        for bad in ["xyz", "XY", "XYZW", "X-Z"] {
            let err = GetTier::builder()
                .tier_code(TierCode::new(bad).unwrap())
                .build()
                .unwrap_err();
            assert_eq!(err.what(), "tier_code", "{bad}");
        }
        for ok in ["A01", "999"] {
            assert!(
                GetTier::builder()
                    .tier_code(TierCode::new(ok).unwrap())
                    .build()
                    .is_ok()
            );
        }
    }
}

pub fn samples() -> Vec<crate::openapi_tables::Sample> {
    let mut all = escrow_and_tier_samples();
    all.extend(receipt_samples());
    all.extend(money_samples());
    all
}

/// The escrow and tier operations, every field set.
fn escrow_and_tier_samples() -> Vec<crate::openapi_tables::Sample> {
    use crate::openapi_tables::sample;
    vec![
        sample(
            "GetEscrowLogis",
            &GetEscrowLogis::builder().imp_uid(imp("imp_1")).build(),
        ),
        sample(
            "RegisterEscrowLogis",
            &serde_json::from_value::<RegisterEscrowLogis>(whole(
                &{
                    let mut b = escrow_sample_body();
                    b["send_email"] = json!(true);
                    b
                },
                &[("imp_uid", "imp_1")],
            ))
            .unwrap(),
        ),
        sample(
            "EditEscrowLogis",
            &serde_json::from_value::<EditEscrowLogis>(whole(
                &escrow_sample_body(),
                &[("imp_uid", "imp_1")],
            ))
            .unwrap(),
        ),
        sample(
            "GetTier",
            &GetTier::builder()
                .tier_code(TierCode::new("XYZ").unwrap())
                .build()
                .unwrap(),
        ),
    ]
}

/// The receipt operations, every field set.
fn receipt_samples() -> Vec<crate::openapi_tables::Sample> {
    use crate::openapi_tables::sample;
    vec![
        sample(
            "GetReceipt",
            &GetReceipt::builder().imp_uid(imp("imp_1")).build(),
        ),
        sample(
            "IssueReceipt",
            &IssueReceipt::builder()
                .imp_uid(imp("imp_1"))
                .product_type(ProductType::Real)
                .identifier("01012345678")
                .identifier_type(ReceiptIdentifierType::Phone)
                .receipt_type(ReceiptType::Person)
                .company_tel("02")
                .company_name("c")
                .corp_reg_no("1234567890")
                .buyer_name("b")
                .buyer_email(Email::new("a@b.kr").unwrap())
                .buyer_tel("010")
                .tax_free(amt(0))
                .vat_amount(amt(0))
                .build()
                .unwrap(),
        ),
        sample(
            "RevokeReceipt",
            &RevokeReceipt::builder().imp_uid(imp("imp_1")).build(),
        ),
        sample(
            "GetExternalReceipt",
            &GetExternalReceipt::builder()
                .merchant_uid(uid("o1"))
                .build(),
        ),
        sample(
            "IssueExternalReceipt",
            &IssueExternalReceipt::builder()
                .merchant_uid(uid("o1"))
                .channel_key(channel())
                .name(OrderName::new("n").unwrap())
                .amount(amt(1000))
                .product_type(ProductType::Real)
                .identifier("01012345678")
                .identifier_type(ReceiptIdentifierType::Phone)
                .receipt_type(ReceiptType::Person)
                .buyer_name("b")
                .buyer_email(Email::new("a@b.kr").unwrap())
                .buyer_tel("010")
                .tax_free(amt(0))
                .vat_amount(amt(90))
                .corp_reg_no("1234567890")
                .pay_method(ReceiptPayMethod::Vbank)
                .build()
                .unwrap(),
        ),
        sample(
            "RevokeExternalReceipt",
            &RevokeExternalReceipt::builder()
                .merchant_uid(uid("o1"))
                .build(),
        ),
        sample(
            "IssuePartnerReceipt",
            &IssuePartnerReceipt::builder()
                .imp_uid(imp("imp_1"))
                .data(vec![
                    PartnerSale::builder()
                        .business_registration_number("123-45-67890")
                        .company_name("c")
                        .amount(amt(1000))
                        .tax_free(amt(0))
                        .vat_amount(amt(90))
                        .build()
                        .unwrap(),
                ])
                .build()
                .unwrap(),
        ),
    ]
}

/// The virtual-account and convenience-store operations, every field set.
fn money_samples() -> Vec<crate::openapi_tables::Sample> {
    use crate::openapi_tables::sample;
    vec![
        sample(
            "CreateVbank",
            &CreateVbank::builder()
                .channel_key(channel())
                .merchant_uid(uid("o1"))
                .amount(amt(1000))
                .product_type(ProductType::Real)
                .vbank_num("1")
                .vbank_code("088")
                .vbank_due(at(1_700_000_000))
                .vbank_holder("h")
                .vbank_key("k")
                .name(OrderName::new("n").unwrap())
                .buyer_name("b")
                .buyer_email(Email::new("a@b.kr").unwrap())
                .buyer_tel("010")
                .business_registration_number(BizNum::new("1234567890").unwrap())
                .buyer_addr("a")
                .buyer_postcode("p")
                .notice_url(vec![url("https://a.example/n")])
                .custom_data(JsonText::encode(&json!({"a": 1})).unwrap())
                .tax_free(amt(0))
                .vat_amount(amt(90))
                .pg_api_key("k")
                .product_count(1)
                .escrow_password("p")
                .fixed_unlimited_vbank(true)
                .build()
                .unwrap(),
        ),
        sample(
            "ModifyVbank",
            &ModifyVbank::builder()
                .imp_uid(imp("imp_1"))
                .amount(amt(1000))
                .vbank_due(at(1_700_000_000))
                .build()
                .unwrap(),
        ),
        sample(
            "RevokeVbank",
            &RevokeVbank::builder()
                .imp_uid(imp("imp_1"))
                .pg_api_key("k")
                .build(),
        ),
        sample(
            "IssueCvsPayment",
            &IssueCvsPayment::builder()
                .channel_key(channel())
                .merchant_uid(uid("o1"))
                .amount(amt(1000))
                .barcode("1")
                .expired_at(at(1_700_000_000))
                .name(OrderName::new("n").unwrap())
                .buyer_name("b")
                .buyer_email(Email::new("a@b.kr").unwrap())
                .buyer_tel("010")
                .buyer_addr("a")
                .buyer_postcode("p")
                .confirm_url(url("https://a.example/c"))
                .notice_url(vec![url("https://a.example/n")])
                .custom_data(JsonText::encode(&json!({"a": 1})).unwrap())
                .build()
                .unwrap(),
        ),
        sample(
            "RevokeCvsPayment",
            &RevokeCvsPayment::builder().imp_uid(imp("imp_1")).build(),
        ),
    ]
}

/// A body of the escrow writes with every key.
fn escrow_sample_body() -> Value {
    json!({
        "sender": {"name": "s", "tel": "1", "addr": "a", "postcode": "p", "relationship": "본인",
                   "formed_address": {"address_line_1": "1", "address_line_2": "2"}},
        "receiver": {"name": "r", "tel": "2", "addr": "a", "postcode": "p",
                     "formed_address": {"address_line_1": "1", "address_line_2": "2"}},
        "logis": {"company": "c", "invoice": "i", "sent_at": 1, "receiving_at": "20240101", "address": "a"},
        "products": [{"id": "1", "name": "n", "code": "c", "amount": 1, "currency": "KRW",
                      "quantity": 1, "tag": "t"}]
    })
}
