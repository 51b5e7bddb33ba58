//! The operations the simulator does not model: Naver Pay's order
//! management, KCP Quick Pay's members and prepares, Benepia's point
//! lookup, Payco's order status, Paymentwall's delivery, identity
//! verification, card and bank codes, tiers and PG settings. Each answers
//! a well-formed fixed answer that fits the OpenAPI's response schema
//! (the property names, JSON types and `required` lists of its
//! `definitions`), with the path's own identifiers echoed where the
//! schema has a place for them. The operations among them that make a
//! payment (Benepia, KCP Quick Pay, convenience stores) keep it, so that a
//! lookup finds it.

use serde_json::{Value, json};

use crate::world::{Answer, World};

/// A Naver Pay product order (`NaverProductOrderAnnotation`, with its
/// `orderer` and `shipping_address`).
fn product_order(id: &str, status: &str) -> Value {
    json!({
        "product_order_id": id,
        "product_order_status": status,
        "claim_type": null,
        "claim_status": null,
        "product_id": "sim-product-1",
        "product_name": "시뮬레이터 상품",
        "product_option_id": "sim-option-1",
        "product_option_name": "기본",
        "product_amount": 1000,
        "delivery_amount": 0,
        "quantity": 1,
        "orderer": {
            "name": "홍길동",
            "id": "sim****",
            "tel": "010-0000-0000",
        },
        "shipping_address": {
            "base": "서울특별시 중구 세종대로 110",
            "detail": "1층",
            "postcode": "04524",
            "tel1": "010-0000-0000",
            "tel2": null,
            "name": "홍길동",
        },
        "shipping_memo": null,
        "shipping_due": 0,
        "individual_code": null,
    })
}

/// The `product_order_id`s a Naver Pay write names, or one made up.
fn product_orders(body: &Value, status: &str) -> Value {
    let ids: Vec<String> = body
        .get("product_order_id")
        .and_then(Value::as_array)
        .map(|ids| {
            ids.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    let ids = if ids.is_empty() {
        vec!["2026120100000001".to_owned()]
    } else {
        ids
    };
    Value::Array(ids.iter().map(|id| product_order(id, status)).collect())
}

/// The identity verification `imp_uid` names (`CertificationAnnotation`);
/// personal fields are placeholders.
fn certification(imp_uid: &str, now: i64) -> Value {
    json!({
        "imp_uid": imp_uid,
        "merchant_uid": null,
        "pg_tid": format!("pg_{imp_uid}"),
        "pg_provider": "danal",
        "name": "홍길동",
        "gender": "male",
        "birthday": "1990-01-01",
        "foreigner": false,
        "phone": "01000000000",
        "carrier": "SKT",
        "certified": true,
        "certified_at": now,
        "unique_key": "sim-unique-key",
        "unique_in_site": "sim-unique-in-site",
        "origin": null,
        "foreigner_v2": false,
    })
}

fn path_param(params: &[String]) -> &str {
    params.first().map_or("", String::as_str)
}

/// The fixed answer of operation `name`, if it is one of these.
pub(crate) fn answer(
    world: &mut World,
    name: &str,
    params: &[String],
    body: &Value,
) -> Option<Answer> {
    let id = path_param(params);
    let now = world.now();
    let answer = match name {
        "naverCancelProductOrder" | "naverApproveCancelProductOrder" => {
            Answer::ok(product_orders(body, "CANCELED"))
        }
        "naverShipProductOrder" => Answer::ok(product_orders(body, "DELIVERING")),
        "naverCollectProductOrder" => Answer::ok(product_orders(body, "EXCHANGED")),
        "naverPlaceProductOrder" => Answer::ok(product_orders(body, "PAYED")),
        "naverRequestReturnProductOrder"
        | "naverApproveReturnProductOrder"
        | "naverRejectReturnProductOrder"
        | "naverWithholdReturnProductOrder"
        | "naverResolveReturnProductOrder" => Answer::ok(product_orders(body, "RETURNED")),
        "naverDepositPoint" | "naverConfirmPayment" | "prepare_create" | "prepare_update" => {
            Answer::ok(Value::Null)
        }
        "getProductOrders" => Answer::ok(product_orders(&Value::Null, "PAYED")),
        "getProductOrderSingle" => Answer::ok(product_order(id, "PAYED")),
        "getReviews" => Answer::ok(json!([{
            "review_id": "sim-review-1",
            "score": "5",
            "title": "좋아요",
            "content": "시뮬레이터 후기",
            "product_order_id": "2026120100000001",
            "product_id": "sim-product-1",
            "product_name": "시뮬레이터 상품",
            "product_option_name": "기본",
            "writer": "sim****",
            "created_at": now,
            "modified_at": now,
        }])),
        "queryCashAmount" => Answer::ok(json!({
            "amount_total": 1000,
            "amount_by_npoint": 0,
            "amount_by_primary": 1000,
            "amount_supply": 909,
            "amount_vat": 91,
        })),
        "requestOTP" => Answer::ok(json!({"imp_uid": format!("imp_cert_{now}")})),
        "confirmOTP" | "getCertification" | "deleteCertification" => {
            Answer::ok(certification(id, now))
        }
        "allCardCodes" => Answer::ok(json!([
            {"code": "361", "name": "BC카드"},
            {"code": "381", "name": "KB국민카드"},
        ])),
        "allBankCodes" => Answer::ok(json!([
            {"code": "004", "name": "KB국민은행"},
            {"code": "088", "name": "신한은행"},
        ])),
        "cardCodes" | "bankCodes" => Answer::ok(json!({"code": id, "name": "시뮬레이터"})),
        "GetTier" => Answer::ok(json!({"tier_code": id, "tier_name": "시뮬레이터 하위상점"})),
        "getPgSettingList" => Answer::ok(json!([{
            "pg_provider": "chai",
            "pg_id": "iamport00m",
            "sandbox": world.sandbox,
            "type": "payment",
            "channel_name": "CHAI 테스트",
            "channel_key": "channel-key-sim-0001",
        }])),
        "queryBenepiaPoint" => Answer::ok(json!({"point": 10000})),
        "member_delete" => Answer::ok(json!({
            "member_id": id,
            "pg_provider": "kcpquick",
            "pg_id": "iamport00m",
            "inserted": now,
            "updated": now,
        })),
        "deleteAutoPayKey" => Answer::ok(json!({"customer_uid": id})),
        "releaseFido" => Answer::ok(json!({"member_id": id})),
        "changeOrderStatus" => {
            let status = body.get("status").and_then(Value::as_str).unwrap_or("");
            if !matches!(status, "DELIVERY_START" | "PURCHASE_DECISION" | "CANCELED") {
                return Some(Answer::bad("status"));
            }
            Answer::ok(json!({"status": status}))
        }
        "paymentwall_delivery" => Answer::ok(json!({"error_code": 0, "error": "", "notices": []})),
        "partner" => Answer::ok(json!({
            "receipt_url": format!("https://sim.iamport.invalid/partners/receipts/{id}"),
        })),
        "payBenepiaPoint" | "payWithMoney" | "payWithAutoPaymentKey" => world.pg_payment(
            body,
            if name == "payBenepiaPoint" {
                "benepia"
            } else {
                "kcpquick"
            },
            "point",
        ),
        "issueCvsPayment" => world.pg_payment(body, "cvs", "cvs"),
        "revokeCvsPayment" => world.revoke_ready(id),
        _ => return None,
    };
    Some(answer)
}
