//! Naver Pay (`iamport::rest::naver`): for each of the 17 operations whose
//! path holds `/naver/` a golden request (path and body written from the
//! OpenAPI), the answers with every property the OpenAPI lists, the rules,
//! and that buyer data stays out of `Debug`.
//!
//! Source of every path, parameter and property: the official V1 OpenAPI,
//! `portone-io/developers.portone.io` `src/schema/v1.openapi.json` @
//! `af926bd2` (`v1.openapi.json` below): the operations of tag `naver` and
//! the schemas `NaverProductOrderAnnotation`, `NaverOrderer`,
//! `NaverAddress`, `NaverReviewAnnotation`, `NaverCashAmountAnnotation`,
//! `ResponseAnnotation`.

use iamport::rest::naver::{
    ApproveCancelProductOrder, ApproveReturnProductOrder, CancelProductOrder, CancelReason,
    CashAmount, ClaimStatus, ClaimType, CollectExchangedProductOrder, ConfirmPayment,
    DeliveryCompany, DeliveryMethod, DepositPoint, Done, GetProductOrder, GetProductOrders,
    GetReviews, PlaceProductOrder, ProductOrder, ProductOrderId, ProductOrderStatus,
    QueryCashAmount, RejectReturnProductOrder, RequestReturnProductOrder,
    ResolveReturnProductOrder, ReturnDeliveryMethod, ReturnReason, Review, ReviewType,
    ShipExchangedProductOrder, ShipProductOrder, WithholdReason, WithholdReturnProductOrder,
};
use iamport::rest::{CancelRequester, Endpoint, Envelope, Method, MultiLookup};
use iamport::value::{Amount, ChannelKey};
use serde_json::{Value, json};

use crate::helpers::amt;
use crate::rest_helpers::{
    answer, at, body, imp, no_unknown_keys, refused, requires, round_trip, with_imp,
};

fn po(s: &str) -> ProductOrderId {
    ProductOrderId::new(s).unwrap()
}

fn ids() -> Vec<ProductOrderId> {
    vec![po("2023111512345601"), po("2023111512345602")]
}

fn channel() -> ChannelKey {
    ChannelKey::new("channel-key-9c1e6f2c-8d4b-4bb1-a5a4-3f9c5a1d2e7b").unwrap()
}

fn all_ids() -> Value {
    json!(["2023111512345601", "2023111512345602"])
}

// ---- Golden requests -------------------------------------------------

/// Source: v1.openapi.json, `POST /payments/{imp_uid}/naver/cancel`
/// (`naverCancelProductOrder`): `product_order_id` (array), `reason`.
#[test]
fn naver_cancel_golden() {
    let r = CancelProductOrder::builder()
        .imp_uid(imp("imp_448280090638"))
        .product_order_id(ids())
        .reason(CancelReason::SoldOut)
        .build()
        .unwrap();
    assert_eq!(CancelProductOrder::METHOD, Method::Post);
    const { assert!(!CancelProductOrder::REPEATABLE && CancelProductOrder::NEEDS_TOKEN) };
    assert_eq!(r.path(), "/payments/imp_448280090638/naver/cancel");
    let expected = json!({"product_order_id": all_ids(), "reason": "SOLD_OUT"});
    assert_eq!(body(&r), expected);
    round_trip(&with_imp(&expected, "imp_448280090638"), &r);
    // Without `product_order_id`: every product order of the payment.
    let all = CancelProductOrder::builder()
        .imp_uid(imp("imp_1/x"))
        .build()
        .unwrap();
    assert_eq!(all.path(), "/payments/imp_1%2Fx/naver/cancel");
    assert_eq!(body(&all), json!({}));
}

/// Source: v1.openapi.json, `POST /payments/{imp_uid}/naver/approve-cancel`
/// (`naverApproveCancelProductOrder`): `product_order_id`.
#[test]
fn naver_approve_cancel_golden() {
    let r = ApproveCancelProductOrder::builder()
        .imp_uid(imp("imp_1"))
        .product_order_id(ids())
        .build()
        .unwrap();
    assert_eq!(ApproveCancelProductOrder::METHOD, Method::Post);
    assert_eq!(r.path(), "/payments/imp_1/naver/approve-cancel");
    let expected = json!({"product_order_id": all_ids()});
    assert_eq!(body(&r), expected);
    round_trip(&with_imp(&expected, "imp_1"), &r);
}

/// Source: v1.openapi.json, `POST /payments/{imp_uid}/naver/ship`
/// (`naverShipProductOrder`): `product_order_id`, `delivery_method`,
/// `dispatched_at`, `delivery_company`, `tracking_number`.
#[test]
fn naver_ship_golden() {
    let r = ShipProductOrder::builder()
        .imp_uid(imp("imp_1"))
        .product_order_id(ids())
        .delivery_method(DeliveryMethod::Delivery)
        .dispatched_at(at(1_700_000_000))
        .delivery_company(DeliveryCompany::Cjgls)
        .tracking_number("612345678901")
        .build()
        .unwrap();
    assert_eq!(ShipProductOrder::METHOD, Method::Post);
    assert_eq!(r.path(), "/payments/imp_1/naver/ship");
    let expected = json!({
        "product_order_id": all_ids(), "delivery_method": "DELIVERY",
        "dispatched_at": 1_700_000_000, "delivery_company": "CJGLS",
        "tracking_number": "612345678901"
    });
    assert_eq!(body(&r), expected);
    round_trip(&with_imp(&expected, "imp_1"), &r);
    // Handed over in person: no courier.
    let direct = ShipProductOrder::builder()
        .imp_uid(imp("imp_1"))
        .delivery_method(DeliveryMethod::DirectDelivery)
        .dispatched_at(at(1))
        .build()
        .unwrap();
    assert_eq!(
        body(&direct),
        json!({"delivery_method": "DIRECT_DELIVERY", "dispatched_at": 1})
    );
}

/// Source: v1.openapi.json, `POST /payments/{imp_uid}/naver/ship-exchanged`
/// (`naverShipProductOrder` too): as `ship`, without `dispatched_at`.
#[test]
fn naver_ship_exchanged_golden() {
    let r = ShipExchangedProductOrder::builder()
        .imp_uid(imp("imp_1"))
        .product_order_id(ids())
        .delivery_method(DeliveryMethod::Delivery)
        .delivery_company(DeliveryCompany::Epost)
        .tracking_number("6865123456789")
        .build()
        .unwrap();
    assert_eq!(ShipExchangedProductOrder::METHOD, Method::Post);
    assert_eq!(r.path(), "/payments/imp_1/naver/ship-exchanged");
    let expected = json!({
        "product_order_id": all_ids(), "delivery_method": "DELIVERY",
        "delivery_company": "EPOST", "tracking_number": "6865123456789"
    });
    assert_eq!(body(&r), expected);
    let whole = with_imp(&expected, "imp_1");
    round_trip(&whole, &r);
    refused::<ShipExchangedProductOrder>(&whole, "dispatched_at", Some(json!(1)), "dispatched_at");
}

/// Source: v1.openapi.json, `POST /payments/{imp_uid}/naver/collect-exchanged`
/// (`naverCollectProductOrder`), `.../place` (`naverPlaceProductOrder`) and
/// `.../resolve-return` (`naverResolveReturnProductOrder`): `product_order_id`
/// only.
#[test]
fn naver_collect_place_resolve_golden() {
    let expected = json!({"product_order_id": all_ids()});
    let whole = with_imp(&expected, "imp_1");

    let c = CollectExchangedProductOrder::builder()
        .imp_uid(imp("imp_1"))
        .product_order_id(ids())
        .build()
        .unwrap();
    assert_eq!(CollectExchangedProductOrder::METHOD, Method::Post);
    assert_eq!(c.path(), "/payments/imp_1/naver/collect-exchanged");
    assert_eq!(body(&c), expected);
    round_trip(&whole, &c);

    let p = PlaceProductOrder::builder()
        .imp_uid(imp("imp_1"))
        .product_order_id(ids())
        .build()
        .unwrap();
    assert_eq!(PlaceProductOrder::METHOD, Method::Post);
    assert_eq!(p.path(), "/payments/imp_1/naver/place");
    assert_eq!(body(&p), expected);
    round_trip(&whole, &p);

    let r = ResolveReturnProductOrder::builder()
        .imp_uid(imp("imp_1"))
        .product_order_id(ids())
        .build()
        .unwrap();
    assert_eq!(ResolveReturnProductOrder::METHOD, Method::Post);
    assert_eq!(r.path(), "/payments/imp_1/naver/resolve-return");
    assert_eq!(body(&r), expected);
    round_trip(&whole, &r);
}

/// Source: v1.openapi.json, `POST /payments/{imp_uid}/naver/request-return`
/// (`naverRequestReturnProductOrder`): `product_order_id`, `reason`,
/// `delivery_method`, `delivery_company`, `tracking_number`.
#[test]
fn naver_request_return_golden() {
    let r = RequestReturnProductOrder::builder()
        .imp_uid(imp("imp_1"))
        .product_order_id(ids())
        .reason(ReturnReason::Broken)
        .delivery_method(ReturnDeliveryMethod::Delivery)
        .delivery_company(DeliveryCompany::Hanjin)
        .tracking_number("412345678901")
        .build()
        .unwrap();
    assert_eq!(RequestReturnProductOrder::METHOD, Method::Post);
    assert_eq!(r.path(), "/payments/imp_1/naver/request-return");
    let expected = json!({
        "product_order_id": all_ids(), "reason": "BROKEN",
        "delivery_method": "RETURN_DELIVERY", "delivery_company": "HANJIN",
        "tracking_number": "412345678901"
    });
    assert_eq!(body(&r), expected);
    round_trip(&with_imp(&expected, "imp_1"), &r);
    let designated = RequestReturnProductOrder::builder()
        .imp_uid(imp("imp_1"))
        .delivery_method(ReturnDeliveryMethod::Designated)
        .build()
        .unwrap();
    assert_eq!(
        body(&designated),
        json!({"delivery_method": "RETURN_DESIGNATED"})
    );
}

/// Source: v1.openapi.json, `POST /payments/{imp_uid}/naver/approve-return`
/// (`naverApproveReturnProductOrder`) and `.../reject-return`
/// (`naverRejectReturnProductOrder`): `product_order_id`, `memo` (required
/// for the refusal only).
#[test]
fn naver_approve_and_reject_return_golden() {
    let a = ApproveReturnProductOrder::builder()
        .imp_uid(imp("imp_1"))
        .product_order_id(ids())
        .memo("반품 승인되었습니다")
        .build()
        .unwrap();
    assert_eq!(ApproveReturnProductOrder::METHOD, Method::Post);
    assert_eq!(a.path(), "/payments/imp_1/naver/approve-return");
    let expected = json!({"product_order_id": all_ids(), "memo": "반품 승인되었습니다"});
    assert_eq!(body(&a), expected);
    round_trip(&with_imp(&expected, "imp_1"), &a);
    let bare = ApproveReturnProductOrder::builder()
        .imp_uid(imp("imp_1"))
        .build()
        .unwrap();
    assert_eq!(body(&bare), json!({}));

    let r = RejectReturnProductOrder::builder()
        .imp_uid(imp("imp_1"))
        .product_order_id(ids())
        .memo("사용 흔적이 있어 반품이 어렵습니다")
        .build()
        .unwrap();
    assert_eq!(RejectReturnProductOrder::METHOD, Method::Post);
    assert_eq!(r.path(), "/payments/imp_1/naver/reject-return");
    let expected =
        json!({"product_order_id": all_ids(), "memo": "사용 흔적이 있어 반품이 어렵습니다"});
    assert_eq!(body(&r), expected);
    round_trip(&with_imp(&expected, "imp_1"), &r);
}

/// Source: v1.openapi.json, `POST /payments/{imp_uid}/naver/withhold-return`
/// (`naverWithholdReturnProductOrder`): `product_order_id`, `reason`,
/// `memo` (required), `extra_charge` (integer).
#[test]
fn naver_withhold_return_golden() {
    let r = WithholdReturnProductOrder::builder()
        .imp_uid(imp("imp_1"))
        .product_order_id(ids())
        .reason(WithholdReason::ReturnDeliveryFeeAndExtraFee)
        .memo("반품 배송비 3,000원을 청구합니다")
        .extra_charge(amt(3000))
        .build()
        .unwrap();
    assert_eq!(WithholdReturnProductOrder::METHOD, Method::Post);
    assert_eq!(r.path(), "/payments/imp_1/naver/withhold-return");
    let expected = json!({
        "product_order_id": all_ids(), "reason": "RETURN_DELIVERYFEE_AND_EXTRAFEEE",
        "memo": "반품 배송비 3,000원을 청구합니다", "extra_charge": 3000
    });
    assert_eq!(body(&r), expected);
    round_trip(&with_imp(&expected, "imp_1"), &r);
}

/// Source: v1.openapi.json, `POST /payments/{imp_uid}/naver/point`
/// (`naverDepositPoint`, no body parameter) and `.../confirm`
/// (`naverConfirmPayment`: `requester`); both answer `ResponseAnnotation`.
#[test]
fn naver_point_and_confirm_golden() {
    let p = DepositPoint::builder().imp_uid(imp("imp_1")).build();
    assert_eq!(DepositPoint::METHOD, Method::Post);
    const { assert!(!DepositPoint::REPEATABLE) };
    assert_eq!(p.path(), "/payments/imp_1/naver/point");
    assert_eq!(body(&p), json!({}));
    round_trip(&json!({"imp_uid": "imp_1"}), &p);

    let c = ConfirmPayment::builder()
        .imp_uid(imp("imp_1"))
        .requester(CancelRequester::Customer)
        .build();
    assert_eq!(ConfirmPayment::METHOD, Method::Post);
    assert_eq!(c.path(), "/payments/imp_1/naver/confirm");
    assert_eq!(body(&c), json!({"requester": "customer"}));
    round_trip(&json!({"imp_uid": "imp_1", "requester": "customer"}), &c);
    let admin = ConfirmPayment::builder().imp_uid(imp("imp_1")).build();
    assert_eq!(body(&admin), json!({}));
    refused::<ConfirmPayment>(
        &json!({"imp_uid": "imp_1"}),
        "requester",
        Some(json!("seller")),
        "seller",
    );
}

/// Source: v1.openapi.json, `GET /payments/{imp_uid}/naver/product-orders`
/// (`getProductOrders`), `GET /naver/product-orders/{product_order_id}`
/// (`getProductOrderSingle`), `GET /payments/{imp_uid}/naver/cash-amount`
/// (`queryCashAmount`): path parameters only.
#[test]
fn naver_lookups_golden() {
    let all = GetProductOrders::builder().imp_uid(imp("imp_1")).build();
    assert_eq!(GetProductOrders::METHOD, Method::Get);
    const { assert!(GetProductOrders::REPEATABLE) };
    assert_eq!(all.path(), "/payments/imp_1/naver/product-orders");
    assert_eq!(all.body().unwrap(), None);

    let one = GetProductOrder::builder()
        .product_order_id(po("2023/11 1"))
        .build();
    assert_eq!(GetProductOrder::METHOD, Method::Get);
    assert_eq!(one.path(), "/naver/product-orders/2023%2F11%201");
    assert_eq!(one.body().unwrap(), None);

    let cash = QueryCashAmount::builder().imp_uid(imp("imp_1")).build();
    assert_eq!(QueryCashAmount::METHOD, Method::Get);
    assert_eq!(cash.path(), "/payments/imp_1/naver/cash-amount");
    assert_eq!(cash.body().unwrap(), None);
}

/// Source: v1.openapi.json, `GET /naver/reviews` (`getReviews`): `from`,
/// `to`, `review_type` in the query, `channel_key` as `in: formData`.
#[test]
fn naver_reviews_golden() {
    let r = GetReviews::builder()
        .channel_key(channel())
        .from(at(1_700_000_000))
        .to(at(1_700_086_400))
        .review_type(ReviewType::Premium)
        .build()
        .unwrap();
    assert_eq!(GetReviews::METHOD, Method::Get);
    const { assert!(GetReviews::REPEATABLE) };
    assert_eq!(
        r.path(),
        "/naver/reviews?from=1700000000&to=1700086400&review_type=premium"
    );
    assert_eq!(
        body(&r),
        json!({"channel_key": "channel-key-9c1e6f2c-8d4b-4bb1-a5a4-3f9c5a1d2e7b"})
    );
    let whole = json!({
        "channel_key": "channel-key-9c1e6f2c-8d4b-4bb1-a5a4-3f9c5a1d2e7b",
        "from": 1_700_000_000, "to": 1_700_086_400, "review_type": "premium"
    });
    round_trip(&whole, &r);
    requires::<GetReviews>(&whole, &["channel_key", "from", "to", "review_type"]);
    refused::<GetReviews>(&whole, "review_type", Some(json!("best")), "best");
    // `from` after `to`; the same second is a range.
    refused::<GetReviews>(&whole, "from", Some(json!(1_700_086_401)), "from");
    let err = GetReviews::builder()
        .channel_key(channel())
        .from(at(2))
        .to(at(1))
        .review_type(ReviewType::General)
        .build()
        .unwrap_err();
    assert_eq!(err.what(), "from");
    let mut same = whole.clone();
    same["to"] = json!(1_700_000_000);
    serde_json::from_value::<GetReviews>(same).unwrap();
    no_unknown_keys::<GetReviews>(&whole);
}

// ---- Answers ---------------------------------------------------------

/// A product order with every property of `NaverProductOrderAnnotation`
/// (16), `NaverOrderer` (3) and `NaverAddress` (6).
fn full_product_order() -> Value {
    json!({
        "product_order_id": "2023111512345601",
        "product_order_status": "DELIVERING",
        "claim_type": "EXCHANGE",
        "claim_status": "EXCHANGE_REDELIVERING",
        "product_id": "prod-0001",
        "product_name": "블루투스 스피커",
        "product_option_id": "opt-0001",
        "product_option_name": "색상: 검정",
        "product_amount": 39000,
        "delivery_amount": 3000,
        "quantity": 2,
        "orderer": {"name": "주문자홍길동", "id": "gild****", "tel": "010-5555-1234"},
        "shipping_address": {
            "base": "서울특별시 강남구 테헤란로 427", "detail": "위워크타워 10층",
            "postcode": "06159", "tel1": "010-7777-4321", "tel2": "02-555-0000",
            "name": "수취인김철수"
        },
        "shipping_memo": "부재시 경비실에 맡겨주세요",
        "shipping_due": 1_700_600_000,
        "individual_code": "P123456789012"
    })
}

fn check_product_order(o: &ProductOrder) {
    assert_eq!(full_product_order().as_object().unwrap().len(), 16);
    assert_eq!(o.product_order_id, "2023111512345601");
    assert_eq!(o.product_order_status, ProductOrderStatus::Delivering);
    assert_eq!(o.claim_type, Some(ClaimType::Exchange));
    assert_eq!(o.claim_status, Some(ClaimStatus::ExchangeRedelivering));
    assert_eq!(o.product_id, "prod-0001");
    assert_eq!(o.product_name, "블루투스 스피커");
    assert_eq!(o.product_option_id, "opt-0001");
    assert_eq!(o.product_option_name, "색상: 검정");
    assert_eq!(o.product_amount, Some(amt(39000)));
    assert_eq!(o.delivery_amount, Some(amt(3000)));
    assert_eq!(o.quantity, 2);
    let orderer = o.orderer.as_ref().unwrap();
    assert_eq!(orderer.name, "주문자홍길동");
    assert_eq!(orderer.id, "gild****");
    assert_eq!(orderer.tel, "010-5555-1234");
    let address = o.shipping_address.as_ref().unwrap();
    assert_eq!(address.base, "서울특별시 강남구 테헤란로 427");
    assert_eq!(address.detail.as_deref(), Some("위워크타워 10층"));
    assert_eq!(address.postcode, "06159");
    assert_eq!(address.tel1, "010-7777-4321");
    assert_eq!(address.tel2.as_deref(), Some("02-555-0000"));
    assert_eq!(address.name, "수취인김철수");
    assert_eq!(
        o.shipping_memo.as_deref(),
        Some("부재시 경비실에 맡겨주세요")
    );
    assert_eq!(o.shipping_due, Some(at(1_700_600_000)));
    assert_eq!(o.individual_code.as_deref(), Some("P123456789012"));
}

/// Every write on product orders, and `getProductOrders`, answers
/// `NaverProductOrderArrayResponse`; `getProductOrderSingle` one
/// `NaverProductOrderAnnotation`.
#[test]
fn naver_product_order_answers() {
    let list = json!([full_product_order()]);
    check_product_order(&answer::<GetProductOrders>(list.clone())[0]);
    check_product_order(&answer::<GetProductOrder>(full_product_order()));
    check_product_order(&answer::<CancelProductOrder>(list.clone())[0]);
    check_product_order(&answer::<ApproveCancelProductOrder>(list.clone())[0]);
    check_product_order(&answer::<ShipProductOrder>(list.clone())[0]);
    check_product_order(&answer::<ShipExchangedProductOrder>(list.clone())[0]);
    check_product_order(&answer::<CollectExchangedProductOrder>(list.clone())[0]);
    check_product_order(&answer::<PlaceProductOrder>(list.clone())[0]);
    check_product_order(&answer::<RequestReturnProductOrder>(list.clone())[0]);
    check_product_order(&answer::<ApproveReturnProductOrder>(list.clone())[0]);
    check_product_order(&answer::<RejectReturnProductOrder>(list.clone())[0]);
    check_product_order(&answer::<WithholdReturnProductOrder>(list.clone())[0]);
    check_product_order(&answer::<ResolveReturnProductOrder>(list)[0]);
}

/// Only the 7 required properties; a status this version does not know
/// is kept as `Other`; a required property missing fails.
#[test]
fn naver_product_order_minimal_and_required() {
    let minimal = json!({
        "product_order_id": "1", "product_order_status": "SOMETHING_NEW",
        "product_id": "p", "product_name": "n", "product_option_id": "o",
        "product_option_name": "on", "quantity": 1
    });
    let o: ProductOrder = serde_json::from_value(minimal.clone()).unwrap();
    assert_eq!(
        o.product_order_status,
        ProductOrderStatus::Other("SOMETHING_NEW".to_owned())
    );
    assert_eq!(o.claim_type, None);
    assert_eq!(o.orderer, None);
    assert_eq!(o.shipping_due, None);
    requires::<ProductOrder>(
        &minimal,
        &[
            "product_order_id",
            "product_order_status",
            "product_id",
            "product_name",
            "product_option_id",
            "product_option_name",
            "quantity",
        ],
    );
    // The orderer's and the address's required properties.
    let full = full_product_order();
    for key in ["name", "id", "tel"] {
        let mut broken = full.clone();
        broken["orderer"].as_object_mut().unwrap().remove(key);
        assert!(
            serde_json::from_value::<ProductOrder>(broken).is_err(),
            "{key}"
        );
    }
    for key in ["base", "postcode", "tel1", "name"] {
        let mut broken = full.clone();
        broken["shipping_address"]
            .as_object_mut()
            .unwrap()
            .remove(key);
        assert!(
            serde_json::from_value::<ProductOrder>(broken).is_err(),
            "{key}"
        );
    }
    // An array is no product order.
    assert!(serde_json::from_value::<ProductOrder>(json!(["1"])).is_err());
}

/// `NaverReviewsResponse`: every property of `NaverReviewAnnotation` (11).
#[test]
fn naver_review_answer() {
    let full = json!({
        "review_id": "rv-1", "score": "12", "title": "추천합니다",
        "content": "음질이 좋아요", "product_order_id": "2023111512345601",
        "product_id": "prod-0001", "product_name": "블루투스 스피커",
        "product_option_name": "색상: 검정", "writer": "a1b2c3",
        "created_at": 1_700_100_000, "modified_at": 1_700_200_000
    });
    assert_eq!(full.as_object().unwrap().len(), 11);
    let reviews: Vec<Review> = answer::<GetReviews>(json!([full.clone()]));
    let r = &reviews[0];
    assert_eq!(r.review_id, "rv-1");
    assert_eq!(r.score, "12");
    assert_eq!(r.title, "추천합니다");
    assert_eq!(r.content.as_deref(), Some("음질이 좋아요"));
    assert_eq!(r.product_order_id, "2023111512345601");
    assert_eq!(r.product_id, "prod-0001");
    assert_eq!(r.product_name, "블루투스 스피커");
    assert_eq!(r.product_option_name.as_deref(), Some("색상: 검정"));
    assert_eq!(r.writer, "a1b2c3");
    assert_eq!(r.created_at, at(1_700_100_000));
    assert_eq!(r.modified_at, Some(at(1_700_200_000)));
    requires::<Review>(
        &full,
        &[
            "review_id",
            "score",
            "title",
            "product_order_id",
            "product_id",
            "product_name",
            "writer",
            "created_at",
        ],
    );
}

/// `NaverCashAmountResponse`: the five amounts, all required.
#[test]
fn naver_cash_amount_answer() {
    let full = json!({
        "amount_total": 50000, "amount_by_npoint": 5000, "amount_by_primary": 45000,
        "amount_supply": 45455, "amount_vat": 4545
    });
    let c: CashAmount = answer::<QueryCashAmount>(full.clone());
    assert_eq!(c.amount_total, amt(50000));
    assert_eq!(c.amount_by_npoint, amt(5000));
    assert_eq!(c.amount_by_primary, amt(45000));
    assert_eq!(c.amount_supply, amt(45455));
    assert_eq!(c.amount_vat, amt(4545));
    requires::<CashAmount>(
        &full,
        &[
            "amount_total",
            "amount_by_npoint",
            "amount_by_primary",
            "amount_supply",
            "amount_vat",
        ],
    );
    refused::<CashAmount>(&full, "amount_vat", Some(json!(-1)), "");
}

/// `naverDepositPoint` and `naverConfirmPayment` answer the bare
/// `ResponseAnnotation`: any `response` reads as `Done`, and so does none
/// at all (a success that answers nothing).
#[test]
fn naver_point_and_confirm_answer_nothing() {
    assert_eq!(answer::<DepositPoint>(json!({})), Done);
    assert_eq!(answer::<ConfirmPayment>(json!({"anything": [1, 2]})), Done);
    assert_eq!(answer::<ConfirmPayment>(json!(true)), Done);
    let bare: Envelope<Done> = serde_json::from_str(r#"{"code":0,"message":null}"#).unwrap();
    assert_eq!(bare.into_result(), Ok(Done));
}

/// The writes are partial lookups: `failed` names the requested product
/// orders that a 207 answer lacks, and none when all were meant.
#[test]
fn naver_writes_say_which_product_orders_failed() {
    let mut done = full_product_order();
    done["product_order_id"] = json!("2023111512345602");
    let answer: Vec<ProductOrder> = vec![serde_json::from_value(done).unwrap()];
    let cancel = CancelProductOrder::builder()
        .imp_uid(imp("imp_1"))
        .product_order_id(ids())
        .build()
        .unwrap();
    assert_eq!(cancel.failed(&answer), vec!["2023111512345601".to_owned()]);
    assert_eq!(cancel.failed(&[]).len(), 2);
    let all = PlaceProductOrder::builder()
        .imp_uid(imp("imp_1"))
        .build()
        .unwrap();
    assert!(all.failed(&[]).is_empty());
    let ship = ShipProductOrder::builder()
        .imp_uid(imp("imp_1"))
        .product_order_id(ids())
        .delivery_method(DeliveryMethod::Nothing)
        .dispatched_at(at(1))
        .build()
        .unwrap();
    assert_eq!(ship.failed(&answer), vec!["2023111512345601".to_owned()]);
}

// ---- Rules -----------------------------------------------------------

/// `product_order_id`: a path segment's rules, and a list given is not
/// empty.
#[test]
fn naver_product_order_ids() {
    for bad in ["", "..", ".", " 1", "1\n", "a\u{202e}b"] {
        let err = ProductOrderId::new(bad).unwrap_err();
        assert_eq!(err.what(), "product_order_id", "{bad:?}");
    }
    assert!(ProductOrderId::new("2023111512345601").is_ok());
    let err = PlaceProductOrder::builder()
        .imp_uid(imp("imp_1"))
        .product_order_id(vec![])
        .build()
        .unwrap_err();
    assert_eq!(err.what(), "product_order_id");
    let whole = json!({"imp_uid": "imp_1", "product_order_id": []});
    refused::<CancelProductOrder>(
        &whole,
        "product_order_id",
        Some(json!([])),
        "product_order_id",
    );
    refused::<ApproveCancelProductOrder>(
        &whole,
        "product_order_id",
        Some(json!([""])),
        "product_order_id",
    );
    refused::<ResolveReturnProductOrder>(&whole, "product_order_id", Some(json!("1")), "");
    // `imp_uid` is required everywhere.
    let ok = json!({"imp_uid": "imp_1"});
    requires::<CancelProductOrder>(&ok, &["imp_uid"]);
    requires::<ApproveCancelProductOrder>(&ok, &["imp_uid"]);
    requires::<CollectExchangedProductOrder>(&ok, &["imp_uid"]);
    requires::<PlaceProductOrder>(&ok, &["imp_uid"]);
    requires::<ResolveReturnProductOrder>(&ok, &["imp_uid"]);
    requires::<DepositPoint>(&ok, &["imp_uid"]);
    requires::<ConfirmPayment>(&ok, &["imp_uid"]);
    no_unknown_keys::<CancelProductOrder>(&ok);
    no_unknown_keys::<ApproveCancelProductOrder>(&ok);
    no_unknown_keys::<CollectExchangedProductOrder>(&ok);
    no_unknown_keys::<PlaceProductOrder>(&ok);
    no_unknown_keys::<ResolveReturnProductOrder>(&ok);
    no_unknown_keys::<DepositPoint>(&ok);
    no_unknown_keys::<ConfirmPayment>(&ok);
    no_unknown_keys::<ApproveReturnProductOrder>(&ok);
}

/// `ship`, `ship-exchanged`: `delivery_method` (and `dispatched_at` for
/// `ship`) required; `DELIVERY` needs the courier and the invoice.
#[test]
fn naver_ship_rules() {
    let full = json!({
        "imp_uid": "imp_1", "delivery_method": "DELIVERY", "dispatched_at": 1,
        "delivery_company": "CJGLS", "tracking_number": "1"
    });
    serde_json::from_value::<ShipProductOrder>(full.clone()).unwrap();
    requires::<ShipProductOrder>(&full, &["imp_uid", "delivery_method", "dispatched_at"]);
    requires::<ShipProductOrder>(&full, &["delivery_company", "tracking_number"]);
    refused::<ShipProductOrder>(
        &full,
        "tracking_number",
        Some(json!("  ")),
        "tracking_number",
    );
    refused::<ShipProductOrder>(&full, "delivery_method", Some(json!("DRONE")), "DRONE");
    refused::<ShipProductOrder>(&full, "delivery_company", Some(json!("cjgls")), "cjgls");
    refused::<ShipProductOrder>(&full, "dispatched_at", Some(json!("1")), "");
    no_unknown_keys::<ShipProductOrder>(&full);
    // Not by courier: neither is needed.
    let mut quick = full.clone();
    quick["delivery_method"] = json!("QUICK_SVC");
    quick.as_object_mut().unwrap().remove("delivery_company");
    quick.as_object_mut().unwrap().remove("tracking_number");
    serde_json::from_value::<ShipProductOrder>(quick).unwrap();
    let err = ShipProductOrder::builder()
        .imp_uid(imp("imp_1"))
        .delivery_method(DeliveryMethod::Delivery)
        .dispatched_at(at(1))
        .tracking_number("1")
        .build()
        .unwrap_err();
    assert_eq!(err.what(), "delivery_company");
    assert!(err.to_string().contains("`DELIVERY`"), "{err}");

    let mut exchanged = full.clone();
    exchanged.as_object_mut().unwrap().remove("dispatched_at");
    serde_json::from_value::<ShipExchangedProductOrder>(exchanged.clone()).unwrap();
    requires::<ShipExchangedProductOrder>(
        &exchanged,
        &[
            "imp_uid",
            "delivery_method",
            "delivery_company",
            "tracking_number",
        ],
    );
    no_unknown_keys::<ShipExchangedProductOrder>(&exchanged);
}

/// `request-return`: `delivery_method` required; `RETURN_DELIVERY` needs
/// the courier and the invoice; the 11 reasons and no others.
#[test]
fn naver_request_return_rules() {
    let full = json!({
        "imp_uid": "imp_1", "reason": "WRONG_OPTION", "delivery_method": "RETURN_DELIVERY",
        "delivery_company": "KGB", "tracking_number": "1"
    });
    serde_json::from_value::<RequestReturnProductOrder>(full.clone()).unwrap();
    requires::<RequestReturnProductOrder>(
        &full,
        &[
            "imp_uid",
            "delivery_method",
            "delivery_company",
            "tracking_number",
        ],
    );
    refused::<RequestReturnProductOrder>(
        &full,
        "delivery_method",
        Some(json!("DELIVERY")),
        "DELIVERY",
    );
    refused::<RequestReturnProductOrder>(&full, "reason", Some(json!("ETC")), "ETC");
    no_unknown_keys::<RequestReturnProductOrder>(&full);
    let mut individual = full.clone();
    individual["delivery_method"] = json!("RETURN_INDIVIDUAL");
    individual
        .as_object_mut()
        .unwrap()
        .remove("delivery_company");
    individual
        .as_object_mut()
        .unwrap()
        .remove("tracking_number");
    serde_json::from_value::<RequestReturnProductOrder>(individual).unwrap();
    // A cancel takes 7 of the 11 reasons.
    let cancel = json!({"imp_uid": "imp_1", "reason": "SOLD_OUT"});
    serde_json::from_value::<CancelProductOrder>(cancel.clone()).unwrap();
    refused::<CancelProductOrder>(&cancel, "reason", Some(json!("BROKEN")), "BROKEN");
    no_unknown_keys::<CancelProductOrder>(&cancel);
}

/// `reject-return`, `withhold-return`: `memo` required and not blank;
/// `extra_charge` whole won; the 5 withholding reasons.
#[test]
fn naver_memo_and_extra_charge_rules() {
    let reject = json!({"imp_uid": "imp_1", "memo": "불가"});
    requires::<RejectReturnProductOrder>(&reject, &["imp_uid", "memo"]);
    refused::<RejectReturnProductOrder>(&reject, "memo", Some(json!(" ")), "memo");
    no_unknown_keys::<RejectReturnProductOrder>(&reject);
    let withhold = json!({
        "imp_uid": "imp_1", "reason": "EXTRAFEEE", "memo": "보류", "extra_charge": 1000
    });
    serde_json::from_value::<WithholdReturnProductOrder>(withhold.clone()).unwrap();
    requires::<WithholdReturnProductOrder>(&withhold, &["imp_uid", "memo"]);
    refused::<WithholdReturnProductOrder>(&withhold, "memo", Some(json!("")), "memo");
    refused::<WithholdReturnProductOrder>(&withhold, "reason", Some(json!("EXTRAFEE")), "EXTRAFEE");
    refused::<WithholdReturnProductOrder>(&withhold, "extra_charge", Some(json!(-1)), "");
    no_unknown_keys::<WithholdReturnProductOrder>(&withhold);
    let err = WithholdReturnProductOrder::builder()
        .imp_uid(imp("imp_1"))
        .memo("보류")
        .extra_charge("100.5".parse::<Amount>().unwrap())
        .build()
        .unwrap_err();
    assert_eq!(err.what(), "extra_charge");
    let err = RejectReturnProductOrder::builder()
        .imp_uid(imp("imp_1"))
        .memo("\n")
        .build()
        .unwrap_err();
    assert_eq!(err.what(), "memo");
}

/// The codes are exactly the OpenAPI's enums, in its order.
#[test]
#[allow(clippy::too_many_lines, reason = "every enum of the OpenAPI, listed")]
fn naver_codes_are_the_openapis() {
    let s = |all: &[&str]| all.join(",");
    assert_eq!(
        s(&CancelReason::ALL
            .iter()
            .map(|c| c.as_str())
            .collect::<Vec<_>>()),
        "SOLD_OUT,DELAYED_DELIVERY,PRODUCT_UNSATISFIED,INTENT_CHANGED,COLOR_AND_SIZE,WRONG_ORDER,INCORRECT_INFO"
    );
    assert_eq!(
        s(&ReturnReason::ALL
            .iter()
            .map(|c| c.as_str())
            .collect::<Vec<_>>()),
        "INTENT_CHANGED,COLOR_AND_SIZE,WRONG_ORDER,PRODUCT_UNSATISFIED,DELAYED_DELIVERY,SOLD_OUT,DROPPED_DELIVERY,BROKEN,INCORRECT_INFO,WRONG_DELIVERY,WRONG_OPTION"
    );
    assert_eq!(
        s(&WithholdReason::ALL
            .iter()
            .map(|c| c.as_str())
            .collect::<Vec<_>>()),
        "RETURN_DELIVERYFEE,EXTRAFEEE,RETURN_DELIVERYFEE_AND_EXTRAFEEE,RETURN_PRODUCT_NOT_DELIVERED,ETC"
    );
    assert_eq!(
        s(&DeliveryMethod::ALL
            .iter()
            .map(|c| c.as_str())
            .collect::<Vec<_>>()),
        "DELIVERY,GDFW_ISSUE_SVC,VISIT_RECEIPT,DIRECT_DELIVERY,QUICK_SVC,NOTHING"
    );
    assert_eq!(
        s(&ReturnDeliveryMethod::ALL
            .iter()
            .map(|c| c.as_str())
            .collect::<Vec<_>>()),
        "RETURN_DESIGNATED,RETURN_DELIVERY,RETURN_INDIVIDUAL"
    );
    assert_eq!(
        s(&DeliveryCompany::ALL
            .iter()
            .map(|c| c.as_str())
            .collect::<Vec<_>>()),
        "CJGLS,KGB,DONGBU,EPOST,REGISTPOST,HANJIN,HYUNDAI,KGBLS,INNOGIS,DAESIN,ILYANG,KDEXP,\
         CHUNIL,CH1,HDEXP,CVSNET,DHL,FEDEX,GSMNTON,WARPEX,WIZWA,EMS,DHLDE,ACIEXPRESS,EZUSA,\
         PANTOS,UPS,HLCGLOBAL,KOREXG,TNT,SWGEXP,DAEWOON,USPS,IPARCEL,KUNYOUNG,HPL,DADREAM,SLX,\
         SFEXPRESS,HONAM"
    );
    assert_eq!(
        s(&ReviewType::ALL
            .iter()
            .map(|c| c.as_str())
            .collect::<Vec<_>>()),
        "general,premium"
    );
    for text in [
        "CANCEL_REQUEST",
        "CANCELING",
        "CANCEL_DONE",
        "CANCEL_REJECT",
        "RETURN_REQUEST",
        "COLLECTING",
        "COLLECT_DONE",
        "RETURN_DONE",
        "RETURN_REJECT",
        "EXCHANGE_REQUEST",
        "EXCHANGE_REDELIVERING",
        "EXCHANGE_DONE",
        "EXCHANGE_REJECT",
        "PURCHASE_DECISION_HOLDBACK",
        "PURCHASE_DECISION_HOLDBACK_REDELIVERING",
        "PURCHASE_DECISION_REQUEST",
        "PURCHASE_DECISION_HOLDBACK_RELEASE",
        "ADMIN_CANCELING",
        "ADMIN_CANCEL_DONE",
    ] {
        let status: ClaimStatus = serde_json::from_value(json!(text)).unwrap();
        assert!(!matches!(status, ClaimStatus::Other(_)), "{text}");
        assert_eq!(status.as_str(), text);
    }
    for text in [
        "CANCEL",
        "RETURN",
        "EXCHANGE",
        "PURCHASE_DECISION_HOLDBACK",
        "ADMIN_CANCEL",
    ] {
        let t: ClaimType = serde_json::from_value(json!(text)).unwrap();
        assert!(!matches!(t, ClaimType::Other(_)), "{text}");
    }
    for text in [
        "PAYMENT_WAITING",
        "PAYED",
        "DELIVERING",
        "DELIVERED",
        "PURCHASE_DECIDED",
        "EXCHANGED",
        "CANCELED",
        "RETURNED",
        "CANCELED_BY_NOPAYMENT",
    ] {
        let t: ProductOrderStatus = serde_json::from_value(json!(text)).unwrap();
        assert!(!matches!(t, ProductOrderStatus::Other(_)), "{text}");
    }
}

/// The orderer's name and phone, the whole address, the memo and the
/// customs code never show in `Debug`.
#[test]
fn naver_buyer_data_stays_out_of_debug() {
    let o: ProductOrder = serde_json::from_value(full_product_order()).unwrap();
    let debug = format!("{o:?} {:#?}", vec![o.clone()]);
    for secret in [
        "주문자홍길동",
        "010-5555-1234",
        "테헤란로 427",
        "위워크타워",
        "06159",
        "010-7777-4321",
        "02-555-0000",
        "수취인김철수",
        "경비실",
        "P123456789012",
    ] {
        assert!(!debug.contains(secret), "{secret} in {debug}");
    }
    for shown in [
        "2023111512345601",
        "블루투스 스피커",
        "gild****",
        "1700600000",
    ] {
        assert!(debug.contains(shown), "{shown} not in {debug}");
    }
    assert!(
        debug.contains("individual_code: Some(<redacted>)"),
        "{debug}"
    );
    assert!(debug.contains("name: \"<redacted>\""), "{debug}");
}

// ---- Samples for the OpenAPI table ------------------------------------

/// The 17 Naver Pay operations, every field set.
#[allow(clippy::too_many_lines, reason = "one sample per operation")]
pub fn samples() -> Vec<crate::openapi_tables::Sample> {
    use crate::openapi_tables::sample;
    let imp_uid = || imp("imp_1");
    vec![
        sample(
            "naver::CancelProductOrder",
            &CancelProductOrder::builder()
                .imp_uid(imp_uid())
                .product_order_id(ids())
                .reason(CancelReason::WrongOrder)
                .build()
                .unwrap(),
        ),
        sample(
            "naver::ApproveCancelProductOrder",
            &ApproveCancelProductOrder::builder()
                .imp_uid(imp_uid())
                .product_order_id(ids())
                .build()
                .unwrap(),
        ),
        sample(
            "naver::ShipProductOrder",
            &ShipProductOrder::builder()
                .imp_uid(imp_uid())
                .product_order_id(ids())
                .delivery_method(DeliveryMethod::Delivery)
                .dispatched_at(at(1_700_000_000))
                .delivery_company(DeliveryCompany::Cjgls)
                .tracking_number("1")
                .build()
                .unwrap(),
        ),
        sample(
            "naver::ShipExchangedProductOrder",
            &ShipExchangedProductOrder::builder()
                .imp_uid(imp_uid())
                .product_order_id(ids())
                .delivery_method(DeliveryMethod::Delivery)
                .delivery_company(DeliveryCompany::Cjgls)
                .tracking_number("1")
                .build()
                .unwrap(),
        ),
        sample(
            "naver::CollectExchangedProductOrder",
            &CollectExchangedProductOrder::builder()
                .imp_uid(imp_uid())
                .product_order_id(ids())
                .build()
                .unwrap(),
        ),
        sample(
            "naver::PlaceProductOrder",
            &PlaceProductOrder::builder()
                .imp_uid(imp_uid())
                .product_order_id(ids())
                .build()
                .unwrap(),
        ),
        sample(
            "naver::RequestReturnProductOrder",
            &RequestReturnProductOrder::builder()
                .imp_uid(imp_uid())
                .product_order_id(ids())
                .reason(ReturnReason::DroppedDelivery)
                .delivery_method(ReturnDeliveryMethod::Delivery)
                .delivery_company(DeliveryCompany::Cjgls)
                .tracking_number("1")
                .build()
                .unwrap(),
        ),
        sample(
            "naver::ApproveReturnProductOrder",
            &ApproveReturnProductOrder::builder()
                .imp_uid(imp_uid())
                .product_order_id(ids())
                .memo("m")
                .build()
                .unwrap(),
        ),
        sample(
            "naver::RejectReturnProductOrder",
            &RejectReturnProductOrder::builder()
                .imp_uid(imp_uid())
                .product_order_id(ids())
                .memo("m")
                .build()
                .unwrap(),
        ),
        sample(
            "naver::WithholdReturnProductOrder",
            &WithholdReturnProductOrder::builder()
                .imp_uid(imp_uid())
                .product_order_id(ids())
                .reason(WithholdReason::Etc)
                .memo("m")
                .extra_charge(amt(1000))
                .build()
                .unwrap(),
        ),
        sample(
            "naver::ResolveReturnProductOrder",
            &ResolveReturnProductOrder::builder()
                .imp_uid(imp_uid())
                .product_order_id(ids())
                .build()
                .unwrap(),
        ),
        sample(
            "naver::DepositPoint",
            &DepositPoint::builder().imp_uid(imp_uid()).build(),
        ),
        sample(
            "naver::ConfirmPayment",
            &ConfirmPayment::builder()
                .imp_uid(imp_uid())
                .requester(CancelRequester::Admin)
                .build(),
        ),
        sample(
            "naver::GetProductOrders",
            &GetProductOrders::builder().imp_uid(imp_uid()).build(),
        ),
        sample(
            "naver::GetProductOrder",
            &GetProductOrder::builder()
                .product_order_id(po("2023111512345601"))
                .build(),
        ),
        sample(
            "naver::GetReviews",
            &GetReviews::builder()
                .channel_key(channel())
                .from(at(1))
                .to(at(2))
                .review_type(ReviewType::General)
                .build()
                .unwrap(),
        ),
        sample(
            "naver::QueryCashAmount",
            &QueryCashAmount::builder().imp_uid(imp_uid()).build(),
        ),
    ]
}

/// Every sample sends the body keys the OpenAPI lists and no others, and
/// `samples` covers the 17 operations of tag `naver`, once each.
#[test]
fn naver_samples_cover_the_17_operations() {
    let samples = samples();
    assert_eq!(samples.len(), 17);
    let mut templates: Vec<String> = samples
        .iter()
        .map(|s| format!("{} {}", s.method, s.path.split('?').next().unwrap()))
        .collect();
    templates.sort();
    templates.dedup();
    assert_eq!(templates.len(), 17);
    assert!(
        samples
            .iter()
            .all(|s| s.path.contains("/naver/") && s.needs_token)
    );
}
