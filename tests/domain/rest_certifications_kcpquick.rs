//! Identity verification, KCP 퀵페이, Benepia points, PAYCO order status
//! and Paymentwall delivery: for each operation a golden request (path and
//! body written from the OpenAPI), its answer with every property the
//! OpenAPI lists, its rules, and that personal data and secrets stay out of
//! `Debug`.
//!
//! Source of every path, parameter and property: the official V1 OpenAPI,
//! `portone-io/developers.portone.io` `src/schema/v1.openapi.json` @
//! `af926bd2` (`v1.openapi.json` below): `getCertification`,
//! `deleteCertification`, `requestOTP`, `confirmOTP` (`CertificationAnnotation`,
//! `CertificationOTPAnnotation`); `member_delete`, `payWithMoney`,
//! `prepare_create`, `prepare_update`, `payWithAutoPaymentKey`,
//! `deleteAutoPayKey`, `releaseFido` (`KcpQuickMemberAnnotation`);
//! `queryBenepiaPoint`, `payBenepiaPoint` (`BenepiaPointAnnotation`);
//! `changeOrderStatus` (`PaycoStatusAnnotation`); `paymentwall_delivery`
//! (`PaymentwallDeliveryDetailAnnotation`).

use std::net::Ipv4Addr;

use iamport::rest::{
    Certification, CertificationCarrier, CertificationOtp, ConfirmCertificationOtp,
    DeleteCertification, Endpoint, Envelope, Gender, GetCertification, JsonText, Method,
    OtpCarrier, Payment, PaymentStatus, RequestCertificationOtp, VerificationMethod, benepia,
    kcpquick, payco, paymentwall,
};
use iamport::value::{ChannelKey, Email, OrderName};
use serde_json::{Value, json};

use crate::helpers::{amt, cuid, uid};
use crate::rest_helpers::{
    answer, at, body, imp, parse_error, refused, requires, round_trip, url, whole,
};

fn channel() -> ChannelKey {
    ChannelKey::new("channel-key-4f1b2c3d-5e6f-4a7b-8c9d-0e1f2a3b4c5d").unwrap()
}

const CHANNEL: &str = "channel-key-4f1b2c3d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";

fn order(s: &str) -> OrderName {
    OrderName::new(s).unwrap()
}

/// A payment as `PaymentAnnotation` answers it: the required properties
/// and the ones a prepaid, point or automatic payment sets. (Every one of
/// the 54 properties is checked on [`Payment`] in
/// `rest_escrow_receipts_vbanks`; here, that these operations answer that
/// type.)
fn payment() -> Value {
    json!({
        "imp_uid": "imp_553300001111", "merchant_uid": "order_point_0001",
        "pay_method": "point", "channel": "api", "pg_provider": "kcp_quick",
        "pg_tid": "tid_9", "pg_id": "IP0XX", "sandbox": false, "escrow": false,
        "name": "포인트 주문", "amount": 12000, "cancel_amount": 0, "currency": "KRW",
        "buyer_name": "홍길동", "status": "paid", "started_at": 1_700_000_000,
        "paid_at": 1_700_000_060, "failed_at": 0, "cancelled_at": 0,
        "receipt_url": "https://r.example/9", "cancel_history": [],
        "cancel_receipt_urls": [], "customer_uid": "autopay_0001",
        "customer_uid_usage": "payment"
    })
}

/// That `E` answers a payment and keeps its properties.
fn answers_payment<E: Endpoint<Response = Payment>>() {
    let p: Payment = answer::<E>(payment());
    assert_eq!(p.imp_uid, "imp_553300001111");
    assert_eq!(p.merchant_uid, "order_point_0001");
    assert_eq!(p.pay_method.as_deref(), Some("point"));
    assert_eq!(p.pg_provider.as_deref(), Some("kcp_quick"));
    assert_eq!(p.amount, amt(12_000));
    assert_eq!(p.cancel_amount, amt(0));
    assert_eq!(p.currency, "KRW");
    assert!(!p.sandbox);
    assert_eq!(p.status, PaymentStatus::Paid);
    assert_eq!(p.paid_at, Some(at(1_700_000_060)));
    assert_eq!(p.failed_at, None);
    assert_eq!(p.customer_uid.as_deref(), Some("autopay_0001"));
}

mod cert {
    use super::*;

    /// Distinctive personal data, to look for in `Debug`.
    const NAME: &str = "김민준테스트";
    const PHONE: &str = "010-9876-5432";
    const BIRTH: &str = "950317";
    const CI: &str =
        "CIxQ9vZ3mK7pL2wR8tY4uI6oP1aS5dF0gH3jK9lZ2xC7vB4nM8qW1eR6tY3uI0oP5aS2dF9gH4jK==";
    const DI: &str = "DIkT3mQ8vZ1xC6bN4mL9pO2iU7yT5rE0wQ3aS8dF1gH6jK4lZ9xC2vB7nM5qW0e";

    fn otp_request() -> RequestCertificationOtp {
        RequestCertificationOtp::builder()
            .name(NAME)
            .phone(PHONE)
            .birth(BIRTH)
            .gender_digit("1")
            .carrier(OtpCarrier::Kt)
            .is_mvno(true)
            .company("shop.example")
            .merchant_uid(uid("cert_0001"))
            .channel_key(channel())
            .verification_method(VerificationMethod::Sms)
            .bypass(JsonText::encode(&json!({"kcp_v2": {"site_name": "샵"}})).unwrap())
            .build()
            .unwrap()
    }

    fn otp_request_body() -> Value {
        json!({
            "name": NAME, "phone": PHONE, "birth": BIRTH, "gender_digit": "1",
            "carrier": "KT", "is_mvno": true, "company": "shop.example",
            "merchant_uid": "cert_0001", "channel_key": CHANNEL,
            "verification_method": "SMS",
            "bypass": "{\"kcp_v2\":{\"site_name\":\"샵\"}}"
        })
    }

    /// Every property of `CertificationAnnotation` (16).
    fn full_certification() -> Value {
        json!({
            "imp_uid": "imp_cert_000111", "merchant_uid": "cert_0001", "pg_tid": "pgtid_77",
            "pg_provider": "danal", "name": NAME, "gender": "male", "birthday": "1995-03-17",
            "foreigner": false, "phone": "01098765432", "carrier": "KT_MVNO",
            "certified": true, "certified_at": 1_700_000_100, "unique_key": CI,
            "unique_in_site": DI, "origin": "https://shop.example/verify",
            "foreigner_v2": false
        })
    }

    fn check_certification(c: &Certification) {
        assert_eq!(full_certification().as_object().unwrap().len(), 16);
        assert_eq!(c.imp_uid, "imp_cert_000111");
        assert_eq!(c.merchant_uid.as_deref(), Some("cert_0001"));
        assert_eq!(c.pg_tid.as_deref(), Some("pgtid_77"));
        assert_eq!(c.pg_provider, "danal");
        assert_eq!(c.name.as_deref(), Some(NAME));
        assert_eq!(c.gender, Some(Gender::Male));
        assert_eq!(c.birthday.as_deref(), Some("1995-03-17"));
        assert!(!c.foreigner);
        assert_eq!(c.phone.as_deref(), Some("01098765432"));
        assert_eq!(c.carrier, Some(CertificationCarrier::KtMvno));
        assert_eq!(c.certified, Some(true));
        assert_eq!(c.certified_at, Some(at(1_700_000_100)));
        assert_eq!(c.unique_key.as_deref(), Some(CI));
        assert_eq!(c.unique_in_site.as_deref(), Some(DI));
        assert_eq!(c.origin.as_deref(), Some("https://shop.example/verify"));
        assert_eq!(c.foreigner_v2, Some(false));
    }

    /// Source: v1.openapi.json @ af926bd2, `GET /certifications/{imp_uid}`
    /// (`getCertification`) and `DELETE` (`deleteCertification`); both
    /// answer `CertificationAnnotation`.
    #[test]
    fn cert_get_and_delete_golden() {
        let g = GetCertification::builder()
            .imp_uid(imp("imp_cert/000111"))
            .build();
        assert_eq!(GetCertification::METHOD, Method::Get);
        const { assert!(GetCertification::REPEATABLE && GetCertification::NEEDS_TOKEN) };
        assert_eq!(g.path(), "/certifications/imp_cert%2F000111");
        assert_eq!(g.body().unwrap(), None);
        check_certification(&answer::<GetCertification>(full_certification()));

        let d = DeleteCertification::builder()
            .imp_uid(imp("imp_cert_000111"))
            .build();
        assert_eq!(DeleteCertification::METHOD, Method::Delete);
        const { assert!(!DeleteCertification::REPEATABLE && DeleteCertification::NEEDS_TOKEN) };
        assert_eq!(d.path(), "/certifications/imp_cert_000111");
        assert_eq!(d.body().unwrap(), None);
        check_certification(&answer::<DeleteCertification>(full_certification()));
    }

    /// Only the three required properties; 0 is "not certified yet"; a
    /// gender or carrier this version does not know is kept as written.
    #[test]
    fn cert_answer_minimal_and_open_values() {
        let c: Certification = answer::<GetCertification>(json!({
            "imp_uid": "imp_1", "pg_provider": "kcp_v2", "foreigner": true,
            "certified_at": 0, "gender": "other", "carrier": "SKT_5G", "phone": null
        }));
        assert!(c.foreigner);
        assert_eq!(c.certified_at, None);
        assert_eq!(c.gender, Some(Gender::Other("other".to_owned())));
        assert_eq!(
            c.carrier,
            Some(CertificationCarrier::Other("SKT_5G".to_owned()))
        );
        assert_eq!(c.phone, None);
        assert_eq!(c.name, None);
        for key in ["imp_uid", "pg_provider", "foreigner"] {
            let mut broken = full_certification();
            broken.as_object_mut().unwrap().remove(key);
            let mut envelope = json!({"code": 0, "message": null});
            envelope["response"] = broken;
            let err = serde_json::from_value::<Envelope<Certification>>(envelope).unwrap_err();
            assert!(err.to_string().contains(key), "{err}");
        }
    }

    /// Source: v1.openapi.json @ af926bd2, `POST /certifications/otp/request`
    /// (`requestOTP`) parameters; the answer is `CertificationOTPAnnotation`.
    #[test]
    fn cert_request_otp_golden() {
        let r = otp_request();
        assert_eq!(RequestCertificationOtp::METHOD, Method::Post);
        const { assert!(RequestCertificationOtp::NEEDS_TOKEN && !RequestCertificationOtp::REPEATABLE) };
        assert_eq!(r.path(), "/certifications/otp/request");
        assert_eq!(body(&r), otp_request_body());
        round_trip(&otp_request_body(), &r);
        let minimal = RequestCertificationOtp::builder()
            .name("홍길동")
            .phone("01012345678")
            .birth("00.01.31")
            .gender_digit("8")
            .carrier(OtpCarrier::Lgt)
            .channel_key(channel())
            .build()
            .unwrap();
        assert_eq!(
            body(&minimal),
            json!({"name": "홍길동", "phone": "01012345678", "birth": "00.01.31",
                   "gender_digit": "8", "carrier": "LGT", "channel_key": CHANNEL})
        );
        let otp: CertificationOtp =
            answer::<RequestCertificationOtp>(json!({"imp_uid": "imp_cert_000111"}));
        assert_eq!(otp.imp_uid, "imp_cert_000111");
    }

    #[test]
    fn cert_request_otp_rules() {
        let full = otp_request_body();
        requires::<RequestCertificationOtp>(
            &full,
            &[
                "name",
                "phone",
                "birth",
                "gender_digit",
                "carrier",
                "channel_key",
            ],
        );
        refused::<RequestCertificationOtp>(&full, "name", Some(json!("  ")), "name");
        for bad in [
            "010-123-456",
            "010 1234 56789",
            "010-1234-567a",
            "+82-10-1234-5678",
            "",
        ] {
            refused::<RequestCertificationOtp>(&full, "phone", Some(json!(bad)), "phone");
        }
        for ok in ["010.1234.5678", "011 234 5678", "0101234567"] {
            let mut with = full.clone();
            with["phone"] = json!(ok);
            assert!(
                serde_json::from_value::<RequestCertificationOtp>(with).is_ok(),
                "{ok}"
            );
        }
        for bad in [
            "19950317", "951317", "950332", "950300", "95-03-1", "95/03/17",
        ] {
            refused::<RequestCertificationOtp>(&full, "birth", Some(json!(bad)), "birth");
        }
        for bad in ["0", "9", "12", "", "a"] {
            refused::<RequestCertificationOtp>(
                &full,
                "gender_digit",
                Some(json!(bad)),
                "gender_digit",
            );
        }
        // Budget carriers are `is_mvno`, not a carrier code of their own.
        refused::<RequestCertificationOtp>(&full, "carrier", Some(json!("KT_MVNO")), "LGT");
        refused::<RequestCertificationOtp>(
            &full,
            "verification_method",
            Some(json!("PUSH")),
            "APP",
        );
        refused::<RequestCertificationOtp>(&full, "is_mvno", Some(json!("true")), "boolean");
        // `bypass` is JSON text, not an object.
        refused::<RequestCertificationOtp>(
            &full,
            "bypass",
            Some(json!({"a": 1})),
            "expected a string",
        );
        // The deprecated `pg` is no field.
        refused::<RequestCertificationOtp>(&full, "pg", Some(json!("danal.A010002002")), "pg");
        refused::<RequestCertificationOtp>(&full, "is_mvno", Some(Value::Null), "is_mvno");
    }

    /// Source: v1.openapi.json @ af926bd2,
    /// `POST /certifications/otp/confirm/{imp_uid}` (`confirmOTP`); the
    /// answer is `CertificationAnnotation`.
    #[test]
    fn cert_confirm_otp_golden() {
        let c = ConfirmCertificationOtp::builder()
            .imp_uid(imp("imp_cert_000111"))
            .otp("482913")
            .build()
            .unwrap();
        assert_eq!(ConfirmCertificationOtp::METHOD, Method::Post);
        const { assert!(!ConfirmCertificationOtp::REPEATABLE) };
        assert_eq!(c.path(), "/certifications/otp/confirm/imp_cert_000111");
        assert_eq!(body(&c), json!({"otp": "482913"}));
        round_trip(&json!({"imp_uid": "imp_cert_000111", "otp": "482913"}), &c);
        // `kcp_v2`'s app method: no OTP.
        let app = ConfirmCertificationOtp::builder()
            .imp_uid(imp("imp_cert_000111"))
            .build()
            .unwrap();
        assert_eq!(body(&app), json!({}));
        check_certification(&answer::<ConfirmCertificationOtp>(full_certification()));
    }

    #[test]
    fn cert_confirm_otp_rules() {
        let full = json!({"imp_uid": "imp_1", "otp": "482913"});
        requires::<ConfirmCertificationOtp>(&full, &["imp_uid"]);
        for bad in ["48291", "4829134", "48291a", ""] {
            refused::<ConfirmCertificationOtp>(&full, "otp", Some(json!(bad)), "otp");
        }
        let err = ConfirmCertificationOtp::builder()
            .imp_uid(imp("imp_1"))
            .otp("12 345")
            .build()
            .unwrap_err();
        assert_eq!(err.what(), "otp");
        // A wrong JSON type for the OTP is an error that does not repeat it.
        let err = parse_error::<ConfirmCertificationOtp>(&full, "otp", Some(json!(482_913)));
        assert!(!err.contains("482913"), "{err}");
        refused::<ConfirmCertificationOtp>(&full, "otp", Some(Value::Null), "null");
    }

    #[test]
    fn cert_personal_data_stays_out_of_debug() {
        let debug = format!("{:?}", otp_request());
        for secret in [NAME, PHONE, BIRTH, "gender_digit: \"1\""] {
            assert!(!debug.contains(secret), "{secret} in {debug}");
        }
        assert!(debug.contains("name: \"<redacted>\""), "{debug}");
        assert!(debug.contains("cert_0001"), "{debug}");
        let answer = answer::<GetCertification>(full_certification());
        let debug = format!("{answer:?}");
        for secret in [NAME, "01098765432", "1995-03-17", CI, DI, "Male"] {
            assert!(!debug.contains(secret), "{secret} in {debug}");
        }
        assert!(debug.contains("unique_key: Some(<redacted>)"), "{debug}");
        assert!(debug.contains("imp_cert_000111"), "{debug}");
        let confirm = ConfirmCertificationOtp::builder()
            .imp_uid(imp("imp_1"))
            .otp("482913")
            .build()
            .unwrap();
        let debug = format!("{confirm:?}");
        assert!(!debug.contains("482913"), "{debug}");
        assert!(debug.contains("otp: Some(<redacted>)"), "{debug}");
        // Wrong JSON types and broken values are errors that do not repeat them.
        let full = otp_request_body();
        let err =
            parse_error::<RequestCertificationOtp>(&full, "phone", Some(json!(1_098_765_432)));
        assert!(!err.contains("1098765432"), "{err}");
        let err = parse_error::<RequestCertificationOtp>(&full, "birth", Some(json!("95031799")));
        assert!(!err.contains("95031799"), "{err}");
        let err =
            parse_error::<RequestCertificationOtp>(&full, "name", Some(json!(["김민준테스트"])));
        assert!(!err.contains(NAME), "{err}");
        // The same holds for an answer: a number where the phone should be
        // is refused without repeating it.
        let mut wrong = full_certification();
        wrong["phone"] = json!(1_098_765_432);
        let err = serde_json::from_value::<Certification>(wrong).unwrap_err();
        assert!(!err.to_string().contains("1098765432"), "{err}");
        let mut wrong = full_certification();
        wrong["unique_key"] = json!([CI]);
        let err = serde_json::from_value::<Certification>(wrong).unwrap_err();
        assert!(!err.to_string().contains(CI), "{err}");
    }
}

mod kcpquick_ops {
    use super::*;
    use kcpquick::{
        CreatePrepare, DeleteAutopayKey, DeleteMember, DeletedAutopayKey, Done, Member, MemberId,
        PayWithAutopayKey, PayWithMoney, PrepaidAuth, ReleaseFido, ReleasedFido, UpdatePrepare,
    };

    fn member(s: &str) -> MemberId {
        MemberId::new(s).unwrap()
    }

    /// Source: v1.openapi.json @ af926bd2, `DELETE /kcpquick/members/{member_id}`
    /// (`member_delete`): the three registration values are `in: query`; the
    /// answer is `KcpQuickMemberAnnotation` (5 properties).
    #[test]
    fn kcpquick_delete_member_golden() {
        let d = DeleteMember::builder()
            .member_id(member("member/01"))
            .site_code("IX0XX")
            .partner_type("IX99")
            .partner_subtype("99 IX&")
            .build()
            .unwrap();
        assert_eq!(DeleteMember::METHOD, Method::Delete);
        const { assert!(DeleteMember::NEEDS_TOKEN && !DeleteMember::REPEATABLE) };
        assert_eq!(
            d.path(),
            "/kcpquick/members/member%2F01?site_code=IX0XX&partner_type=IX99&partner_subtype=99%20IX%26"
        );
        assert_eq!(d.body().unwrap(), None);
        let m: Member = answer::<DeleteMember>(json!({
            "member_id": "member01", "pg_provider": "kcp_quick", "pg_id": "IP0XX",
            "inserted": 1_700_000_000, "updated": 1_700_000_500
        }));
        assert_eq!(m.member_id, "member01");
        assert_eq!(m.pg_provider, "kcp_quick");
        assert_eq!(m.pg_id.as_deref(), Some("IP0XX"));
        assert_eq!(m.inserted, at(1_700_000_000));
        assert_eq!(m.updated, at(1_700_000_500));
    }

    #[test]
    fn kcpquick_delete_member_rules() {
        let build = |site: &str, kind: &str, sub: &str| {
            DeleteMember::builder()
                .member_id(member("m"))
                .site_code(site)
                .partner_type(kind)
                .partner_subtype(sub)
                .build()
        };
        assert_eq!(build("", "a", "b").unwrap_err().what(), "site_code");
        assert_eq!(
            build("a", &"x".repeat(81), "b").unwrap_err().what(),
            "partner_type"
        );
        assert_eq!(build("a", "b", " ").unwrap_err().what(), "partner_subtype");
        assert!(build(&"x".repeat(80), "b", "c").is_ok());
        assert!(MemberId::new("m".repeat(81)).is_err());
        assert!(MemberId::new("..").is_err());
        assert!(MemberId::new(" m").is_err());
        assert!(MemberId::new("").is_err());
    }

    fn money_body() -> Value {
        json!({
            "member_id": "member01", "channel_key": CHANNEL, "merchant_uid": "order_money_0001",
            "name": "선불머니 주문", "amount": 15000, "imp_uid": "imp_pin_000222",
            "notice_url": "https://shop.example/webhook"
        })
    }

    /// Source: v1.openapi.json @ af926bd2, `POST /kcpquick/payment/money`
    /// (`payWithMoney`) parameters; the answer is `PaymentResponse`.
    #[test]
    fn kcpquick_pay_with_money_golden() {
        let p = PayWithMoney::builder()
            .member_id(member("member01"))
            .channel_key(channel())
            .merchant_uid(uid("order_money_0001"))
            .name(order("선불머니 주문"))
            .amount(amt(15_000))
            .imp_uid(imp("imp_pin_000222"))
            .notice_url(url("https://shop.example/webhook"))
            .build()
            .unwrap();
        assert_eq!(PayWithMoney::METHOD, Method::Post);
        const { assert!(!PayWithMoney::REPEATABLE) };
        assert_eq!(p.path(), "/kcpquick/payment/money");
        assert_eq!(body(&p), money_body());
        round_trip(&money_body(), &p);
        answers_payment::<PayWithMoney>();
    }

    #[test]
    fn kcpquick_pay_with_money_rules() {
        let full = money_body();
        requires::<PayWithMoney>(
            &full,
            &[
                "member_id",
                "channel_key",
                "merchant_uid",
                "name",
                "amount",
                "imp_uid",
            ],
        );
        // `member_id` is at most 16 here.
        refused::<PayWithMoney>(&full, "member_id", Some(json!("m".repeat(17))), "member_id");
        assert!(
            serde_json::from_value::<PayWithMoney>(whole(&full, &[("member_id", &"m".repeat(16))]))
                .is_ok()
        );
        refused::<PayWithMoney>(&full, "amount", Some(json!(0)), "amount");
        refused::<PayWithMoney>(&full, "amount", Some(json!(100.5)), "amount");
        refused::<PayWithMoney>(&full, "amount", Some(json!("15000")), "amount");
        refused::<PayWithMoney>(&full, "name", Some(json!("n".repeat(41))), "name");
        // One URL, not a list.
        refused::<PayWithMoney>(
            &full,
            "notice_url",
            Some(json!(["https://a.example"])),
            "expected a string",
        );
        refused::<PayWithMoney>(&full, "notice_url", Some(json!("javascript:x")), "URL");
    }

    fn prepare_body() -> Value {
        json!({
            "btid": "BTID20231115000001", "cust_ip": "203.0.113.7",
            "code_verifier": "verifier-Zq8xW3vN6mK1pL4oR7tY0uI9", "prepaid_auth_yn": "Y",
            "prepaid_amount": 999_999_999, "vender_type": "VID2", "reward_id": "R0000000784"
        })
    }

    /// Source: v1.openapi.json @ af926bd2, `POST` and `PUT
    /// /kcpquick/prepare/{merchant_uid}` (`prepare_create`,
    /// `prepare_update`): the same body; no answer schema ("정상 등록").
    #[test]
    fn kcpquick_prepare_golden() {
        let c = CreatePrepare::builder()
            .merchant_uid(uid("order_money_0001"))
            .btid("BTID20231115000001")
            .cust_ip(Ipv4Addr::new(203, 0, 113, 7))
            .code_verifier("verifier-Zq8xW3vN6mK1pL4oR7tY0uI9")
            .prepaid_auth_yn(PrepaidAuth::Yes)
            .prepaid_amount(amt(999_999_999))
            .vender_type("VID2")
            .reward_id("R0000000784")
            .build()
            .unwrap();
        assert_eq!(CreatePrepare::METHOD, Method::Post);
        const { assert!(!CreatePrepare::REPEATABLE && !UpdatePrepare::REPEATABLE) };
        assert_eq!(c.path(), "/kcpquick/prepare/order_money_0001");
        assert_eq!(body(&c), prepare_body());
        round_trip(
            &whole(&prepare_body(), &[("merchant_uid", "order_money_0001")]),
            &c,
        );
        let u = UpdatePrepare::new(
            CreatePrepare::builder()
                .merchant_uid(uid("order/0001"))
                .btid("BTID20231115000001")
                .cust_ip(Ipv4Addr::new(203, 0, 113, 7))
                .code_verifier("verifier-Zq8xW3vN6mK1pL4oR7tY0uI9")
                .prepaid_auth_yn(PrepaidAuth::Yes)
                .prepaid_amount(amt(999_999_999))
                .vender_type("VID2")
                .reward_id("R0000000784")
                .build()
                .unwrap(),
        );
        assert_eq!(UpdatePrepare::METHOD, Method::Put);
        assert_eq!(u.path(), "/kcpquick/prepare/order%2F0001");
        assert_eq!(body(&u), prepare_body());
        round_trip(
            &whole(&prepare_body(), &[("merchant_uid", "order/0001")]),
            &u,
        );
        let minimal = UpdatePrepare::new(
            CreatePrepare::builder()
                .merchant_uid(uid("o1"))
                .btid("b")
                .cust_ip(Ipv4Addr::LOCALHOST)
                .code_verifier("v")
                .build()
                .unwrap(),
        );
        assert_eq!(
            body(&minimal),
            json!({"btid": "b", "cust_ip": "127.0.0.1", "code_verifier": "v"})
        );
        // Whatever the answer holds, nothing is kept.
        let _: Done = answer::<CreatePrepare>(json!({"merchant_uid": "o1", "btid": "b"}));
        let _: Done = answer::<UpdatePrepare>(json!(true));
    }

    #[test]
    fn kcpquick_prepare_rules() {
        let full = whole(&prepare_body(), &[("merchant_uid", "o1")]);
        requires::<CreatePrepare>(&full, &["merchant_uid", "btid", "cust_ip", "code_verifier"]);
        requires::<UpdatePrepare>(&full, &["merchant_uid", "btid", "cust_ip", "code_verifier"]);
        for ty in [0, 1] {
            let check = |key: &str, bad: Value, field: &str| {
                if ty == 0 {
                    refused::<CreatePrepare>(&full, key, Some(bad), field);
                } else {
                    refused::<UpdatePrepare>(&full, key, Some(bad), field);
                }
            };
            check("btid", json!("b".repeat(21)), "btid");
            check("btid", json!(""), "btid");
            check("code_verifier", json!("v".repeat(201)), "code_verifier");
            check("cust_ip", json!("999.0.0.1"), "IPv4");
            check("cust_ip", json!("::1"), "IPv4");
            check("prepaid_auth_yn", json!("y"), "Y, N");
            check("prepaid_amount", json!(1_000_000_000), "prepaid_amount");
            check("prepaid_amount", json!(10.5), "prepaid_amount");
            check("vender_type", json!("V".repeat(21)), "vender_type");
            // 20 bytes, counted in UTF-8: 7 Hangul syllables are 21.
            check("reward_id", json!("리워드아이디칠"), "reward_id");
        }
        // `Y` needs `prepaid_amount`; `N` does not.
        let mut without = full.clone();
        without.as_object_mut().unwrap().remove("prepaid_amount");
        let err = serde_json::from_value::<CreatePrepare>(without.clone()).unwrap_err();
        assert!(err.to_string().contains("prepaid_amount"), "{err}");
        without["prepaid_auth_yn"] = json!("N");
        assert!(serde_json::from_value::<UpdatePrepare>(without).is_ok());
        assert!(
            serde_json::from_value::<CreatePrepare>(whole(&full, &[("reward_id", "리워드아이디")]))
                .is_ok()
        );
    }

    #[test]
    fn kcpquick_code_verifier_stays_out_of_debug() {
        let full = whole(&prepare_body(), &[("merchant_uid", "o1")]);
        let c: CreatePrepare = serde_json::from_value(full.clone()).unwrap();
        let u: UpdatePrepare = serde_json::from_value(full.clone()).unwrap();
        for debug in [format!("{c:?}"), format!("{u:?}")] {
            assert!(!debug.contains("Zq8xW3vN6mK1pL4oR7tY0uI9"), "{debug}");
            assert!(debug.contains("code_verifier: \"<redacted>\""), "{debug}");
            assert!(debug.contains("BTID20231115000001"), "{debug}");
        }
        let err = parse_error::<CreatePrepare>(&full, "code_verifier", Some(json!(987_654_321)));
        assert!(!err.contains("987654321"), "{err}");
        let err = parse_error::<CreatePrepare>(
            &full,
            "code_verifier",
            Some(json!("Secret-Verifier-Xy".repeat(12))),
        );
        assert!(!err.contains("Secret-Verifier-Xy"), "{err}");
    }

    fn autopay_body() -> Value {
        json!({
            "customer_uid": "autopay_0001", "merchant_uid": "order_auto_0001",
            "name": "정기 배송", "buyer_name": "홍길동", "amount": 9900,
            "notice_url": "https://shop.example/webhook"
        })
    }

    /// Source: v1.openapi.json @ af926bd2, `POST /kcpquick/payment/autopay`
    /// (`payWithAutoPaymentKey`); the answer is `PaymentResponse`.
    #[test]
    fn kcpquick_pay_with_autopay_key_golden() {
        let p = PayWithAutopayKey::builder()
            .customer_uid(cuid("autopay_0001"))
            .merchant_uid(uid("order_auto_0001"))
            .name(order("정기 배송"))
            .buyer_name("홍길동")
            .amount(amt(9_900))
            .notice_url(url("https://shop.example/webhook"))
            .build()
            .unwrap();
        assert_eq!(PayWithAutopayKey::METHOD, Method::Post);
        const { assert!(!PayWithAutopayKey::REPEATABLE) };
        assert_eq!(p.path(), "/kcpquick/payment/autopay");
        assert_eq!(body(&p), autopay_body());
        round_trip(&autopay_body(), &p);
        answers_payment::<PayWithAutopayKey>();
        let full = autopay_body();
        requires::<PayWithAutopayKey>(
            &full,
            &[
                "customer_uid",
                "merchant_uid",
                "name",
                "buyer_name",
                "amount",
            ],
        );
        refused::<PayWithAutopayKey>(
            &full,
            "buyer_name",
            Some(json!("가".repeat(21))),
            "buyer_name",
        );
        refused::<PayWithAutopayKey>(&full, "buyer_name", Some(json!("")), "buyer_name");
        assert!(
            serde_json::from_value::<PayWithAutopayKey>(whole(
                &full,
                &[("buyer_name", &"가".repeat(20))]
            ))
            .is_ok()
        );
        refused::<PayWithAutopayKey>(&full, "amount", Some(json!(0)), "amount");
        refused::<PayWithAutopayKey>(&full, "amount", Some(json!(99.5)), "amount");
        refused::<PayWithAutopayKey>(&full, "customer_uid", Some(json!("")), "customer_uid");
    }

    /// Source: v1.openapi.json @ af926bd2, `DELETE /kcpquick/autopay/{customer_uid}`
    /// (`deleteAutoPayKey`) and its inline answer.
    #[test]
    fn kcpquick_delete_autopay_key_golden() {
        let d = DeleteAutopayKey::builder()
            .customer_uid(cuid("autopay/0001"))
            .build();
        assert_eq!(DeleteAutopayKey::METHOD, Method::Delete);
        const { assert!(!DeleteAutopayKey::REPEATABLE && DeleteAutopayKey::NEEDS_TOKEN) };
        assert_eq!(d.path(), "/kcpquick/autopay/autopay%2F0001");
        assert_eq!(d.body().unwrap(), None);
        let deleted: DeletedAutopayKey =
            answer::<DeleteAutopayKey>(json!({"customer_uid": "autopay/0001"}));
        assert_eq!(deleted.customer_uid.as_deref(), Some("autopay/0001"));
    }

    /// Source: v1.openapi.json @ af926bd2,
    /// `POST /kcpquick/members/{member_id}/fido/release` (`releaseFido`) and
    /// its inline answer; a failure carries KCP's `error` beside the
    /// envelope.
    #[test]
    fn kcpquick_release_fido_golden() {
        let r = ReleaseFido::builder()
            .member_id(member("member 01"))
            .channel_key(channel())
            .build();
        assert_eq!(ReleaseFido::METHOD, Method::Post);
        const { assert!(!ReleaseFido::REPEATABLE) };
        assert_eq!(r.path(), "/kcpquick/members/member%2001/fido/release");
        assert_eq!(body(&r), json!({"channel_key": CHANNEL}));
        round_trip(
            &json!({"member_id": "member 01", "channel_key": CHANNEL}),
            &r,
        );
        requires::<ReleaseFido>(
            &json!({"member_id": "m", "channel_key": CHANNEL}),
            &["member_id", "channel_key"],
        );
        let released: ReleasedFido = answer::<ReleaseFido>(json!({"member_id": "member 01"}));
        assert_eq!(released.member_id.as_deref(), Some("member 01"));
        let failed = json!({
            "code": 1, "message": "등록된 거래가 없습니다.",
            "error": {"code": "C210", "message": "등록된 거래가 없습니다."}
        });
        let err = serde_json::from_value::<Envelope<ReleasedFido>>(failed)
            .unwrap()
            .into_result()
            .unwrap_err();
        assert_eq!(err.code, 1);
        assert_eq!(err.message, "등록된 거래가 없습니다.");
    }
}

mod benepia_ops {
    use super::*;
    use benepia::{PayWithPoint, Point, QueryPoint};

    const PASSWORD: &str = "Benepia!Pw#7731";

    fn pay_body() -> Value {
        json!({
            "benepia_user": "benepia_user01", "benepia_password": PASSWORD,
            "benepia_member_code": "MC0042", "merchant_uid": "order_point_0001",
            "amount": 12000, "name": "포인트 주문", "buyer_name": "홍길동",
            "buyer_email": "gildong@example.com", "buyer_tel": "010-1234-5678",
            "buyer_addr": "서울특별시 강남구", "buyer_postcode": "06236",
            "channel_key": CHANNEL, "notice_url": ["https://shop.example/webhook"],
            "custom_data": "{\"userId\":30930}"
        })
    }

    fn pay() -> PayWithPoint {
        PayWithPoint::builder()
            .benepia_user("benepia_user01")
            .benepia_password(PASSWORD)
            .benepia_member_code("MC0042")
            .merchant_uid(uid("order_point_0001"))
            .amount(amt(12_000))
            .name(order("포인트 주문"))
            .buyer_name("홍길동")
            .buyer_email(Email::new("gildong@example.com").unwrap())
            .buyer_tel("010-1234-5678")
            .buyer_addr("서울특별시 강남구")
            .buyer_postcode("06236")
            .channel_key(channel())
            .notice_url(vec![url("https://shop.example/webhook")])
            .custom_data(JsonText::encode(&json!({"userId": 30930})).unwrap())
            .build()
            .unwrap()
    }

    /// Source: v1.openapi.json @ af926bd2, `POST /benepia/point`
    /// (`queryBenepiaPoint`); the answer is `BenepiaPointAnnotation`.
    #[test]
    fn benepia_query_point_golden() {
        let q = QueryPoint::builder()
            .benepia_user("benepia_user01")
            .benepia_password(PASSWORD)
            .channel_key(channel())
            .build()
            .unwrap();
        assert_eq!(QueryPoint::METHOD, Method::Post);
        const { assert!(QueryPoint::NEEDS_TOKEN && !QueryPoint::REPEATABLE) };
        assert_eq!(q.path(), "/benepia/point");
        let expected = json!({"benepia_user": "benepia_user01", "benepia_password": PASSWORD,
                              "channel_key": CHANNEL});
        assert_eq!(body(&q), expected);
        round_trip(&expected, &q);
        requires::<QueryPoint>(
            &expected,
            &["benepia_user", "benepia_password", "channel_key"],
        );
        refused::<QueryPoint>(
            &expected,
            "benepia_password",
            Some(json!("")),
            "benepia_password",
        );
        refused::<QueryPoint>(&expected, "benepia_user", Some(json!(" ")), "benepia_user");
        let point: Point = answer::<QueryPoint>(json!({"point": 35000}));
        assert_eq!(point.point, Some(amt(35_000)));
        // The OpenAPI's `required: ["bank_holder"]` names no property: not required.
        let none: Point = answer::<QueryPoint>(json!({}));
        assert_eq!(none.point, None);
    }

    /// Source: v1.openapi.json @ af926bd2, `POST /benepia/payment`
    /// (`payBenepiaPoint`); the answer is `PaymentResponse`.
    #[test]
    fn benepia_pay_golden() {
        let p = pay();
        assert_eq!(PayWithPoint::METHOD, Method::Post);
        const { assert!(!PayWithPoint::REPEATABLE) };
        assert_eq!(p.path(), "/benepia/payment");
        assert_eq!(body(&p), pay_body());
        round_trip(&pay_body(), &p);
        answers_payment::<PayWithPoint>();
        let minimal = PayWithPoint::builder()
            .benepia_user("u")
            .benepia_password("p")
            .merchant_uid(uid("o1"))
            .amount(amt(1000))
            .name(order("n"))
            .channel_key(channel())
            .build()
            .unwrap();
        assert_eq!(
            body(&minimal),
            json!({"benepia_user": "u", "benepia_password": "p", "merchant_uid": "o1",
                   "amount": 1000, "name": "n", "channel_key": CHANNEL})
        );
    }

    #[test]
    fn benepia_pay_rules() {
        let full = pay_body();
        requires::<PayWithPoint>(
            &full,
            &[
                "benepia_user",
                "benepia_password",
                "merchant_uid",
                "amount",
                "name",
                "channel_key",
            ],
        );
        refused::<PayWithPoint>(&full, "amount", Some(json!(0)), "amount");
        refused::<PayWithPoint>(&full, "amount", Some(json!(100.5)), "amount");
        refused::<PayWithPoint>(
            &full,
            "merchant_uid",
            Some(json!("m".repeat(41))),
            "merchant_uid",
        );
        refused::<PayWithPoint>(&full, "name", Some(json!("n".repeat(41))), "name");
        refused::<PayWithPoint>(
            &full,
            "buyer_name",
            Some(json!("가".repeat(17))),
            "buyer_name",
        );
        refused::<PayWithPoint>(
            &full,
            "buyer_email",
            Some(json!(format!("{}@b.co", "a".repeat(60)))),
            "buyer_email",
        );
        refused::<PayWithPoint>(&full, "buyer_tel", Some(json!("0".repeat(17))), "buyer_tel");
        refused::<PayWithPoint>(
            &full,
            "buyer_addr",
            Some(json!("가".repeat(129))),
            "buyer_addr",
        );
        refused::<PayWithPoint>(
            &full,
            "buyer_postcode",
            Some(json!("123456789")),
            "buyer_postcode",
        );
        refused::<PayWithPoint>(&full, "notice_url", Some(json!([])), "notice_url");
        refused::<PayWithPoint>(
            &full,
            "notice_url",
            Some(json!("https://a.example")),
            "sequence",
        );
        refused::<PayWithPoint>(
            &full,
            "custom_data",
            Some(json!({"a": 1})),
            "expected a string",
        );
        refused::<PayWithPoint>(
            &full,
            "benepia_member_code",
            Some(Value::Null),
            "benepia_member_code",
        );
    }

    #[test]
    fn benepia_password_stays_out_of_debug() {
        let q = QueryPoint::builder()
            .benepia_user("benepia_user01")
            .benepia_password(PASSWORD)
            .channel_key(channel())
            .build()
            .unwrap();
        for debug in [format!("{q:?}"), format!("{:?}", pay())] {
            assert!(!debug.contains(PASSWORD), "{debug}");
            assert!(
                debug.contains("benepia_password: \"<redacted>\""),
                "{debug}"
            );
            assert!(debug.contains("benepia_user01"), "{debug}");
        }
        let err =
            parse_error::<PayWithPoint>(&pay_body(), "benepia_password", Some(json!(77_310_042)));
        assert!(!err.contains("77310042"), "{err}");
    }
}

mod payco_ops {
    use super::*;
    use payco::{ChangeOrderStatus, ChangedStatus, OrderStatus, OrderStatusChanged};

    /// Source: v1.openapi.json @ af926bd2, `POST /payco/orders/status/{imp_uid}`
    /// (`changeOrderStatus`); the answer is `PaycoStatusAnnotation`.
    #[test]
    fn payco_change_order_status_golden() {
        for (status, text) in [
            (OrderStatus::DeliveryStart, "DELIVERY_START"),
            (OrderStatus::PurchaseDecision, "PURCHASE_DECISION"),
            (OrderStatus::Canceled, "CANCELED"),
        ] {
            let c = ChangeOrderStatus::builder()
                .imp_uid(imp("imp_payco_0001"))
                .status(status)
                .build();
            assert_eq!(ChangeOrderStatus::METHOD, Method::Post);
            const { assert!(!ChangeOrderStatus::REPEATABLE && ChangeOrderStatus::NEEDS_TOKEN) };
            assert_eq!(c.path(), "/payco/orders/status/imp_payco_0001");
            assert_eq!(body(&c), json!({"status": text}));
            round_trip(&json!({"imp_uid": "imp_payco_0001", "status": text}), &c);
        }
        let full = json!({"imp_uid": "imp_1", "status": "CANCELED"});
        requires::<ChangeOrderStatus>(&full, &["imp_uid", "status"]);
        refused::<ChangeOrderStatus>(&full, "status", Some(json!("CANCELLED")), "CANCELED");
        let changed: OrderStatusChanged =
            answer::<ChangeOrderStatus>(json!({"status": "PURCHASE_DECISION"}));
        assert_eq!(changed.status, ChangedStatus::PurchaseDecision);
        let other: OrderStatusChanged = answer::<ChangeOrderStatus>(json!({"status": "RETURNED"}));
        assert_eq!(other.status, ChangedStatus::Other("RETURNED".to_owned()));
    }
}

mod paymentwall_ops {
    use super::*;
    use paymentwall::{Delivery, DeliveryStatus, DeliveryType, Refundable, RegisterDelivery};

    fn physical_body() -> Value {
        json!({
            "imp_uid": "imp_pw_000333", "merchant_uid": "order_pw_0001", "type": "physical",
            "status": "order_shipped", "carrier_tracking_id": "1Z999AA10123456784",
            "carrier_type": "UPS", "estimated_delivery_datetime": 1_700_300_000,
            "estimated_update_datetime": 1_700_100_000, "reason": "none",
            "refundable": "yes", "details": "2 boxes",
            "shipping_address_email": "receiver.zxq@example.com",
            "shipping_address_country": "US", "shipping_address_city": "Springfieldzxq",
            "shipping_address_zip": "90210-7788", "shipping_address_state": "CA",
            "shipping_address_street": "742 Evergreen Terrace Zxq",
            "shipping_address_phone": "+1-555-0199-777", "shipping_address_firstname": "Homerzxq",
            "shipping_address_lastname": "Simpsonzxq"
        })
    }

    fn physical() -> RegisterDelivery {
        RegisterDelivery::builder()
            .imp_uid(imp("imp_pw_000333"))
            .merchant_uid(uid("order_pw_0001"))
            .delivery_type(DeliveryType::Physical)
            .status(DeliveryStatus::OrderShipped)
            .carrier_tracking_id("1Z999AA10123456784")
            .carrier_type("UPS")
            .estimated_delivery_datetime(at(1_700_300_000))
            .estimated_update_datetime(at(1_700_100_000))
            .reason("none")
            .refundable(Refundable::Yes)
            .details("2 boxes")
            .shipping_address_email(Email::new("receiver.zxq@example.com").unwrap())
            .shipping_address_country("US")
            .shipping_address_city("Springfieldzxq")
            .shipping_address_zip("90210-7788")
            .shipping_address_state("CA")
            .shipping_address_street("742 Evergreen Terrace Zxq")
            .shipping_address_phone("+1-555-0199-777")
            .shipping_address_firstname("Homerzxq")
            .shipping_address_lastname("Simpsonzxq")
            .build()
            .unwrap()
    }

    /// Source: v1.openapi.json @ af926bd2, `POST /paymentwall/delivery`
    /// (`paymentwall_delivery`) parameters; the answer is
    /// `PaymentwallDeliveryDetailAnnotation` (3 properties).
    #[test]
    fn paymentwall_delivery_golden() {
        let d = physical();
        assert_eq!(RegisterDelivery::METHOD, Method::Post);
        const { assert!(!RegisterDelivery::REPEATABLE && RegisterDelivery::NEEDS_TOKEN) };
        assert_eq!(d.path(), "/paymentwall/delivery");
        assert_eq!(body(&d), physical_body());
        round_trip(&physical_body(), &d);
        // Digital goods: only what the OpenAPI always requires.
        let digital = RegisterDelivery::builder()
            .imp_uid(imp("imp_1"))
            .merchant_uid(uid("o1"))
            .delivery_type(DeliveryType::Digital)
            .status(DeliveryStatus::Delivered)
            .estimated_delivery_datetime(at(1_700_000_000))
            .estimated_update_datetime(at(1_700_000_000))
            .refundable(Refundable::No)
            .shipping_address_email(Email::new("a@b.kr").unwrap())
            .build()
            .unwrap();
        assert_eq!(
            body(&digital),
            json!({"imp_uid": "imp_1", "merchant_uid": "o1", "type": "digital",
                   "status": "delivered", "estimated_delivery_datetime": 1_700_000_000,
                   "estimated_update_datetime": 1_700_000_000, "refundable": "no",
                   "shipping_address_email": "a@b.kr"})
        );
        let failed: Delivery = answer::<RegisterDelivery>(json!({
            "error_code": 3101, "error": "Invalid parameter",
            "notices": ["carrier_type is required", "status is invalid"]
        }));
        assert_eq!(failed.error_code, Some(3101));
        assert_eq!(failed.error.as_deref(), Some("Invalid parameter"));
        assert_eq!(
            failed.notices,
            vec![
                "carrier_type is required".to_owned(),
                "status is invalid".to_owned()
            ]
        );
        assert!(!failed.is_accepted());
        let ok: Delivery = answer::<RegisterDelivery>(json!({"success": 1}));
        assert!(ok.is_accepted());
        assert!(ok.notices.is_empty());
    }

    #[test]
    fn paymentwall_delivery_rules() {
        let full = physical_body();
        requires::<RegisterDelivery>(
            &full,
            &[
                "imp_uid",
                "merchant_uid",
                "type",
                "status",
                "estimated_delivery_datetime",
                "estimated_update_datetime",
                "refundable",
                "shipping_address_email",
            ],
        );
        // Required for physical goods, not for digital ones.
        for key in [
            "carrier_tracking_id",
            "carrier_type",
            "shipping_address_country",
            "shipping_address_city",
            "shipping_address_zip",
            "shipping_address_state",
            "shipping_address_street",
            "shipping_address_phone",
            "shipping_address_firstname",
            "shipping_address_lastname",
        ] {
            refused::<RegisterDelivery>(&full, key, None, key);
            let mut digital = full.clone();
            digital["type"] = json!("digital");
            digital.as_object_mut().unwrap().remove(key);
            assert!(
                serde_json::from_value::<RegisterDelivery>(digital).is_ok(),
                "{key}"
            );
        }
        for (key, max) in [
            ("carrier_tracking_id", 64),
            ("carrier_type", 64),
            ("reason", 64),
            ("details", 400),
            ("shipping_address_country", 40),
            ("shipping_address_street", 40),
            ("shipping_address_lastname", 40),
        ] {
            refused::<RegisterDelivery>(&full, key, Some(json!("x".repeat(max + 1))), key);
            assert!(
                serde_json::from_value::<RegisterDelivery>(whole(
                    &full,
                    &[(key, &"x".repeat(max))]
                ))
                .is_ok(),
                "{key}"
            );
        }
        refused::<RegisterDelivery>(
            &full,
            "shipping_address_email",
            Some(json!(format!("{}@b.co", "a".repeat(46)))),
            "shipping_address_email",
        );
        refused::<RegisterDelivery>(&full, "type", Some(json!("real")), "digital");
        refused::<RegisterDelivery>(&full, "status", Some(json!("shipped")), "delivering");
        refused::<RegisterDelivery>(&full, "refundable", Some(json!(true)), "expected a string");
        refused::<RegisterDelivery>(
            &full,
            "estimated_delivery_datetime",
            Some(json!("1700300000")),
            "Unix seconds",
        );
        refused::<RegisterDelivery>(
            &full,
            "delivery_type",
            Some(json!("physical")),
            "delivery_type",
        );
    }

    #[test]
    fn paymentwall_receiver_stays_out_of_debug() {
        let debug = format!("{:?}", physical());
        for secret in [
            "receiver.zxq",
            "Springfieldzxq",
            "90210-7788",
            "Evergreen",
            "0199-777",
            "Homerzxq",
            "Simpsonzxq",
        ] {
            assert!(!debug.contains(secret), "{secret} in {debug}");
        }
        assert!(debug.contains("1Z999AA10123456784"), "{debug}");
        assert!(
            debug.contains("shipping_address_street: Some(<redacted>)"),
            "{debug}"
        );
    }
}

pub fn samples() -> Vec<crate::openapi_tables::Sample> {
    let mut all = certification_samples();
    all.extend(kcpquick_samples());
    all.extend(other_pg_samples());
    all
}

/// The identity verification operations, every field set.
fn certification_samples() -> Vec<crate::openapi_tables::Sample> {
    use crate::openapi_tables::sample;
    vec![
        sample(
            "GetCertification",
            &GetCertification::builder().imp_uid(imp("imp_1")).build(),
        ),
        sample(
            "DeleteCertification",
            &DeleteCertification::builder().imp_uid(imp("imp_1")).build(),
        ),
        sample(
            "RequestCertificationOtp",
            &RequestCertificationOtp::builder()
                .name("n")
                .phone("01012345678")
                .birth("900101")
                .gender_digit("1")
                .carrier(OtpCarrier::Skt)
                .is_mvno(false)
                .company("c")
                .merchant_uid(uid("o1"))
                .channel_key(channel())
                .verification_method(VerificationMethod::App)
                .bypass(JsonText::encode(&json!({"a": 1})).unwrap())
                .build()
                .unwrap(),
        ),
        sample(
            "ConfirmCertificationOtp",
            &ConfirmCertificationOtp::builder()
                .imp_uid(imp("imp_1"))
                .otp("123456")
                .build()
                .unwrap(),
        ),
    ]
}

/// The KCP 퀵페이 operations, every field set.
fn kcpquick_samples() -> Vec<crate::openapi_tables::Sample> {
    use crate::openapi_tables::sample;
    use kcpquick::MemberId;
    let member = || MemberId::new("m1").unwrap();
    vec![
        sample(
            "kcpquick::DeleteMember",
            &kcpquick::DeleteMember::builder()
                .member_id(member())
                .site_code("s")
                .partner_type("t")
                .partner_subtype("u")
                .build()
                .unwrap(),
        ),
        sample(
            "kcpquick::PayWithMoney",
            &kcpquick::PayWithMoney::builder()
                .member_id(member())
                .channel_key(channel())
                .merchant_uid(uid("o1"))
                .name(order("n"))
                .amount(amt(1000))
                .imp_uid(imp("imp_1"))
                .notice_url(url("https://a.example/n"))
                .build()
                .unwrap(),
        ),
        sample(
            "kcpquick::CreatePrepare",
            &kcpquick::CreatePrepare::builder()
                .merchant_uid(uid("o1"))
                .btid("b")
                .cust_ip(Ipv4Addr::LOCALHOST)
                .code_verifier("v")
                .prepaid_auth_yn(kcpquick::PrepaidAuth::Yes)
                .prepaid_amount(amt(1000))
                .vender_type("VID2")
                .reward_id("R1")
                .build()
                .unwrap(),
        ),
        sample(
            "kcpquick::UpdatePrepare",
            &kcpquick::UpdatePrepare::new(
                kcpquick::CreatePrepare::builder()
                    .merchant_uid(uid("o1"))
                    .btid("b")
                    .cust_ip(Ipv4Addr::LOCALHOST)
                    .code_verifier("v")
                    .prepaid_auth_yn(kcpquick::PrepaidAuth::No)
                    .prepaid_amount(amt(1000))
                    .vender_type("VID3")
                    .reward_id("R1")
                    .build()
                    .unwrap(),
            ),
        ),
        sample(
            "kcpquick::PayWithAutopayKey",
            &kcpquick::PayWithAutopayKey::builder()
                .customer_uid(cuid("c1"))
                .merchant_uid(uid("o1"))
                .name(order("n"))
                .buyer_name("b")
                .amount(amt(1000))
                .notice_url(url("https://a.example/n"))
                .build()
                .unwrap(),
        ),
        sample(
            "kcpquick::DeleteAutopayKey",
            &kcpquick::DeleteAutopayKey::builder()
                .customer_uid(cuid("c1"))
                .build(),
        ),
        sample(
            "kcpquick::ReleaseFido",
            &kcpquick::ReleaseFido::builder()
                .member_id(member())
                .channel_key(channel())
                .build(),
        ),
    ]
}

/// The Benepia, PAYCO and Paymentwall operations, every field set.
fn other_pg_samples() -> Vec<crate::openapi_tables::Sample> {
    use crate::openapi_tables::sample;
    vec![
        sample(
            "benepia::QueryPoint",
            &benepia::QueryPoint::builder()
                .benepia_user("u")
                .benepia_password("p")
                .channel_key(channel())
                .build()
                .unwrap(),
        ),
        sample(
            "benepia::PayWithPoint",
            &benepia::PayWithPoint::builder()
                .benepia_user("u")
                .benepia_password("p")
                .benepia_member_code("m")
                .merchant_uid(uid("o1"))
                .amount(amt(1000))
                .name(order("n"))
                .buyer_name("b")
                .buyer_email(Email::new("a@b.kr").unwrap())
                .buyer_tel("010")
                .buyer_addr("a")
                .buyer_postcode("p")
                .channel_key(channel())
                .notice_url(vec![url("https://a.example/n")])
                .custom_data(JsonText::encode(&json!({"a": 1})).unwrap())
                .build()
                .unwrap(),
        ),
        sample(
            "payco::ChangeOrderStatus",
            &payco::ChangeOrderStatus::builder()
                .imp_uid(imp("imp_1"))
                .status(payco::OrderStatus::DeliveryStart)
                .build(),
        ),
        sample(
            "paymentwall::RegisterDelivery",
            &serde_json::from_value::<paymentwall::RegisterDelivery>(json!({
                "imp_uid": "imp_1", "merchant_uid": "o1", "type": "physical",
                "status": "order_placed", "carrier_tracking_id": "t", "carrier_type": "c",
                "estimated_delivery_datetime": 1, "estimated_update_datetime": 1,
                "reason": "r", "refundable": "yes", "details": "d",
                "shipping_address_email": "a@b.kr", "shipping_address_country": "KR",
                "shipping_address_city": "c", "shipping_address_zip": "z",
                "shipping_address_state": "N/A", "shipping_address_street": "s",
                "shipping_address_phone": "p", "shipping_address_firstname": "f",
                "shipping_address_lastname": "l"
            }))
            .unwrap(),
        ),
    ]
}
