//! Each REST request type checked against its field list in the official
//! OpenAPI (`portone-io/developers.portone.io` `src/schema/v1.openapi.json`
//! @ `af926bd2`), written out below as a table: name, JSON type, required,
//! `maxLength`. A field added, dropped or retyped on either side makes a
//! test fail.
//!
//! For each type: a sample with every field parses and writes back the same
//! keys; each value has the table's JSON type; dropping a required field
//! fails; a string one character over `maxLength` fails; a key outside the
//! table fails.

use iamport::rest::{
    Again, CancelPayment, GetToken, IssueBillingKey, Onetime, PreparePayment, Schedule,
    ScheduleEntry, Unschedule,
};
use serde_json::{Value, json};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Ty {
    Str,
    Num,
    Int,
    Bool,
    Arr,
    Obj,
}

/// How the crate takes the field, where it differs from "as the table says".
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Note {
    AsIs,
    /// Deprecated in the OpenAPI; the type leaves it out and rejects it.
    Deprecated,
    /// Required in the OpenAPI with a default; the type writes the default.
    Defaulted,
    /// One of a group of which exactly or at least one is needed.
    OneOf,
    /// An e-mail address: the over-long value stays an address.
    Email,
}

struct Field {
    name: &'static str,
    ty: Ty,
    required: bool,
    max_len: Option<usize>,
    note: Note,
}

const fn f(
    name: &'static str,
    ty: Ty,
    required: bool,
    max_len: Option<usize>,
    note: Note,
) -> Field {
    Field {
        name,
        ty,
        required,
        max_len,
        note,
    }
}

use Note::{AsIs, Defaulted, Deprecated, Email, OneOf};
use Ty::{Arr, Bool, Int, Num, Obj, Str};

fn json_type(v: &Value) -> Ty {
    match v {
        Value::String(_) => Str,
        Value::Number(n) if n.is_u64() || n.is_i64() => Int,
        Value::Number(_) => Num,
        Value::Bool(_) => Bool,
        Value::Array(_) => Arr,
        Value::Object(_) => Obj,
        Value::Null => panic!("null in a sample"),
    }
}

fn too_long(field: &Field, len: usize) -> Value {
    if field.note == Email {
        Value::String(format!("{}@b.co", "a".repeat(len - 5)))
    } else {
        Value::String("가".repeat(len))
    }
}

/// Runs every check of the module doc for `T` with `table` and `full`.
fn check<T: serde::de::DeserializeOwned + serde::Serialize + std::fmt::Debug>(
    table: &[Field],
    full: &Value,
) {
    let full_obj = full.as_object().unwrap();
    let parsed: T =
        serde_json::from_value(full.clone()).unwrap_or_else(|e| panic!("full sample: {e}"));
    let written = serde_json::to_value(&parsed).unwrap();
    assert_eq!(&written, full, "the full sample writes back unchanged");
    for field in table {
        match (field.note, full_obj.get(field.name)) {
            (Deprecated, Some(_)) => {
                panic!("`{}` is deprecated: leave it out of the sample", field.name)
            }
            (Deprecated, None) => {
                let mut with = full.clone();
                with[field.name] = json!(1);
                assert!(
                    serde_json::from_value::<T>(with).is_err(),
                    "deprecated `{}` accepted",
                    field.name
                );
            }
            (_, None) => panic!("the sample lacks `{}`", field.name),
            (_, Some(v)) => {
                let ty = json_type(v);
                let ok = ty == field.ty || (field.ty == Num && ty == Int);
                assert!(
                    ok,
                    "`{}`: sample is {ty:?}, table says {:?}",
                    field.name, field.ty
                );
            }
        }
    }
    for key in full_obj.keys() {
        assert!(
            table.iter().any(|f| f.name == key),
            "`{key}` is not in the table"
        );
    }
    // Only what the table requires (and one of each group).
    let minimal: serde_json::Map<String, Value> = full_obj
        .iter()
        .filter(|(k, _)| {
            table
                .iter()
                .any(|f| f.name == *k && (f.required || f.note == OneOf))
        })
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let minimal = Value::Object(minimal);
    serde_json::from_value::<T>(minimal.clone()).unwrap_or_else(|e| panic!("minimal sample: {e}"));
    for field in table.iter().filter(|f| f.required && f.note == AsIs) {
        let mut without = minimal.clone();
        without.as_object_mut().unwrap().remove(field.name);
        assert!(
            serde_json::from_value::<T>(without).is_err(),
            "accepted without required `{}`",
            field.name
        );
    }
    for field in table
        .iter()
        .filter(|f| f.max_len.is_some() && f.note != Deprecated)
    {
        let max = field.max_len.unwrap();
        let mut over = full.clone();
        over[field.name] = too_long(field, max + 1);
        assert!(
            serde_json::from_value::<T>(over).is_err(),
            "`{}` over maxLength {max} accepted",
            field.name
        );
    }
    let mut unknown = full.clone();
    unknown["not_a_field"] = json!("x");
    assert!(
        serde_json::from_value::<T>(unknown).is_err(),
        "unknown key accepted"
    );
}

#[test]
fn get_token() {
    let table = [
        f("imp_key", Str, true, None, AsIs),
        f("imp_secret", Str, true, None, AsIs),
    ];
    check::<GetToken>(&table, &json!({"imp_key": "k", "imp_secret": "s"}));
}

const BUYER: [Field; 5] = [
    f("buyer_name", Str, false, Some(16), AsIs),
    f("buyer_email", Str, false, Some(64), Email),
    f("buyer_tel", Str, false, Some(16), AsIs),
    f("buyer_addr", Str, false, Some(128), AsIs),
    f("buyer_postcode", Str, false, Some(8), AsIs),
];

fn buyer_sample() -> Value {
    json!({"buyer_name": "홍길동", "buyer_email": "gildong@gmail.com", "buyer_tel": "01012345678", "buyer_addr": "서울특별시 강남구 삼성동", "buyer_postcode": "123-456"})
}

fn merged(a: Value, b: &Value) -> Value {
    let mut a = a;
    for (k, v) in b.as_object().unwrap() {
        a[k] = v.clone();
    }
    a
}

#[test]
fn again() {
    let mut table = vec![
        f("customer_uid", Str, true, Some(80), AsIs),
        f("merchant_uid", Str, true, Some(40), AsIs),
        f("currency", Str, false, None, AsIs),
        f("amount", Num, true, None, AsIs),
        f("tax_free", Num, false, None, AsIs),
        f("vat_amount", Num, false, None, AsIs),
        f("vat", Num, false, None, Deprecated),
        f("name", Str, true, Some(40), AsIs),
        f("card_quota", Int, false, None, AsIs),
        f("interest_free_by_merchant", Bool, false, None, AsIs),
        f("use_card_point", Bool, false, None, AsIs),
        f("custom_data", Str, false, None, AsIs),
        f("notice_url", Str, false, None, AsIs),
        f("browser_ip", Str, false, None, AsIs),
        f("product_type", Str, false, None, AsIs),
        f("product_count", Int, false, None, AsIs),
        f("cash_receipt_type", Str, false, None, AsIs),
        f("bypass", Str, false, None, AsIs),
        f("extra", Obj, false, None, AsIs),
        f("promotion_id", Str, false, None, AsIs),
        f("channel_key", Str, false, Some(55), AsIs),
    ];
    table.extend(BUYER);
    let full = merged(
        json!({
            "customer_uid": "gildong_0001_1234", "merchant_uid": "order_monthly_0001", "currency": "KRW",
            "amount": 8900, "tax_free": 0, "vat_amount": 809, "name": "월간 이용권 정기결제", "card_quota": 0,
            "interest_free_by_merchant": false, "use_card_point": false, "custom_data": "{\"userId\":30930}",
            "notice_url": "https://shop.example/hook", "browser_ip": "203.0.113.7", "product_type": "digital",
            "product_count": 1, "cash_receipt_type": "person", "bypass": "{\"tosspay_v2\":{\"sendFailPush\":false}}",
            "extra": {"naverUseCfm": "20261231"}, "promotion_id": "promotion-id-1", "channel_key": "channel-key-1"
        }),
        &buyer_sample(),
    );
    check::<Again>(&table, &full);
}

#[test]
fn onetime() {
    let mut table = vec![
        f("merchant_uid", Str, true, Some(40), AsIs),
        f("currency", Str, false, None, AsIs),
        f("amount", Num, true, None, AsIs),
        f("tax_free", Num, false, None, AsIs),
        f("vat_amount", Num, false, None, AsIs),
        f("vat", Num, false, None, Deprecated),
        f("card_number", Str, true, None, AsIs),
        f("expiry", Str, true, None, AsIs),
        f("birth", Str, false, None, AsIs),
        f("pwd_2digit", Str, false, None, AsIs),
        f("cvc", Str, false, None, AsIs),
        f("customer_uid", Str, false, Some(80), AsIs),
        f("pg", Str, false, Some(80), AsIs),
        f("channelGroupId", Str, false, Some(55), AsIs),
        f("name", Str, false, Some(40), AsIs),
        f("card_quota", Int, false, None, AsIs),
        f("interest_free_by_merchant", Bool, false, None, AsIs),
        f("use_card_point", Bool, false, None, AsIs),
        f("custom_data", Str, false, None, AsIs),
        f("notice_url", Str, false, None, AsIs),
        f("browser_ip", Str, false, None, AsIs),
        f("secure_3d_charge_id", Str, false, None, AsIs),
        f("secure_3d_token", Str, false, None, AsIs),
        f("product_type", Str, false, None, AsIs),
        f("promotion_id", Str, false, None, AsIs),
        f("bypass", Str, false, None, AsIs),
    ];
    table.extend(BUYER);
    // `pg` and `channelGroupId` are one group (the API ignores `pg` when both
    // are given): the full sample has the group id, and `pg` is checked apart.
    let full = merged(
        json!({
            "merchant_uid": "order_id_8237352", "currency": "KRW", "amount": 3000, "tax_free": 0, "vat_amount": 272,
            "card_number": "1234-1234-1234-1234", "expiry": "2025-12", "birth": "820213", "pwd_2digit": "00",
            "cvc": "123", "customer_uid": "your-customer-unique-id", "channelGroupId": "group-1",
            "name": "주문명", "card_quota": 0, "interest_free_by_merchant": false, "use_card_point": false,
            "custom_data": "[1,2]", "notice_url": "https://shop.example/hook", "browser_ip": "2001:db8::1",
            "secure_3d_charge_id": "c", "secure_3d_token": "t", "product_type": "real",
            "promotion_id": "promotion-id-2", "bypass": "{}"
        }),
        &buyer_sample(),
    );
    let without_pg: Vec<Field> = table.into_iter().filter(|f| f.name != "pg").collect();
    check::<Onetime>(&without_pg, &full);
    let mut with_pg = full.clone();
    with_pg.as_object_mut().unwrap().remove("channelGroupId");
    with_pg["pg"] = json!("html5_inicis.INIBillTst");
    serde_json::from_value::<Onetime>(with_pg.clone()).unwrap();
    with_pg["pg"] = json!(format!("html5_inicis.{}", "M".repeat(80)));
    assert!(
        serde_json::from_value::<Onetime>(with_pg).is_err(),
        "`pg` over maxLength 80 accepted"
    );
}

#[test]
fn schedule_and_its_entries() {
    let mut entry_table = vec![
        f("merchant_uid", Str, true, None, AsIs),
        f("schedule_at", Int, true, None, AsIs),
        f("currency", Str, true, None, Defaulted),
        f("amount", Num, true, None, AsIs),
        f("tax_free", Num, false, None, AsIs),
        f("vat_amount", Num, false, None, AsIs),
        f("name", Str, true, Some(40), AsIs),
        f("custom_data", Str, false, None, AsIs),
        f("notice_url", Str, false, None, AsIs),
        f("product_type", Str, false, None, AsIs),
        f("cash_receipt_type", Str, false, None, AsIs),
        f("card_quota", Num, false, None, AsIs),
        f("interest_free_by_merchant", Bool, false, None, AsIs),
        f("use_card_point", Bool, false, None, AsIs),
        f("product_count", Int, false, None, AsIs),
        f("browser_ip", Str, false, None, AsIs),
        f("extra", Obj, false, None, AsIs),
        f("bypass", Str, false, None, AsIs),
        f("promotion_id", Str, false, None, AsIs),
    ];
    entry_table.extend(BUYER);
    let entry = merged(
        json!({
            "merchant_uid": "order_monthly_0002", "schedule_at": 1_519_862_400, "currency": "KRW", "amount": 8900,
            "tax_free": 0, "vat_amount": 809, "name": "월간 이용권 정기결제", "custom_data": "{}",
            "notice_url": "https://shop.example/hook", "product_type": "digital", "cash_receipt_type": "anonymous",
            "card_quota": 0, "interest_free_by_merchant": false, "use_card_point": false, "product_count": 1,
            "browser_ip": "203.0.113.7", "extra": {"naverUseCfm": "20261231"}, "bypass": "{}",
            "promotion_id": "promotion-id-3"
        }),
        &buyer_sample(),
    );
    check::<ScheduleEntry>(&entry_table, &entry);
    let table = [
        f("customer_uid", Str, true, Some(80), AsIs),
        f("customer_id", Str, false, None, AsIs),
        f("checking_amount", Int, false, None, AsIs),
        f("card_number", Str, false, None, AsIs),
        f("expiry", Str, false, None, AsIs),
        f("birth", Str, false, None, AsIs),
        f("pwd_2digit", Str, false, None, AsIs),
        f("cvc", Str, false, None, AsIs),
        f("channel_key", Str, false, Some(55), AsIs),
        f("schedules", Arr, true, None, AsIs),
    ];
    let full = json!({
        "customer_uid": "gildong_0001_1234", "customer_id": "gildong", "checking_amount": 0,
        "card_number": "1234-1234-1234-1234", "expiry": "2025-12", "birth": "820213", "pwd_2digit": "00",
        "cvc": "123", "channel_key": "channel-key-1", "schedules": [entry]
    });
    check::<Schedule>(&table, &full);
}

#[test]
fn unschedule() {
    let table = [
        f("customer_uid", Str, false, None, OneOf),
        f("merchant_uid", Arr, false, None, AsIs),
    ];
    check::<Unschedule>(
        &table,
        &json!({"customer_uid": "gildong_0001_1234", "merchant_uid": ["order_monthly_0001"]}),
    );
}

#[test]
fn prepare() {
    // The OpenAPI's `required` list for this body names paging fields that
    // are not properties; the properties are these.
    let table = [
        f("merchant_uid", Str, true, None, AsIs),
        f("amount", Num, true, None, AsIs),
        f("currency", Str, false, None, AsIs),
    ];
    check::<PreparePayment>(
        &table,
        &json!({"merchant_uid": "order_no_0001", "amount": 1004, "currency": "KRW"}),
    );
}

#[test]
fn cancel() {
    let table = [
        f("imp_uid", Str, false, None, OneOf),
        f("merchant_uid", Str, false, None, AsIs),
        f("amount", Num, false, None, AsIs),
        f("tax_free", Num, false, None, AsIs),
        f("vat_amount", Num, false, None, AsIs),
        f("checksum", Num, false, None, AsIs),
        f("reason", Str, false, None, AsIs),
        f("refund_holder", Str, false, None, AsIs),
        f("refund_bank", Str, false, None, AsIs),
        f("refund_account", Str, false, None, AsIs),
        f("refund_tel", Str, false, None, AsIs),
        f("retain_promotion", Bool, false, None, AsIs),
        f("enable_webhook", Bool, false, None, AsIs),
        f("extra", Obj, false, None, AsIs),
    ];
    // The crate takes exactly one of `imp_uid` and `merchant_uid` (the API
    // takes both and lets `imp_uid` win): the sample names the payment once.
    let full = json!({
        "imp_uid": "imp_123412341234", "amount": 2000, "tax_free": 0, "vat_amount": 181, "checksum": 10000,
        "reason": "테스트 결제 환불", "refund_holder": "홍길동", "refund_bank": "88", "refund_account": "56211105948400",
        "refund_tel": "01012345678", "retain_promotion": false, "enable_webhook": true, "extra": {"requester": "customer"}
    });
    let without_merchant_uid: Vec<Field> = table
        .into_iter()
        .filter(|f| f.name != "merchant_uid")
        .collect();
    check::<CancelPayment>(&without_merchant_uid, &full);
    let mut by_order = full.clone();
    by_order.as_object_mut().unwrap().remove("imp_uid");
    by_order["merchant_uid"] = json!("ORD20180131-0000011");
    serde_json::from_value::<CancelPayment>(by_order.clone()).unwrap();
    by_order["imp_uid"] = json!("imp_123412341234");
    assert!(
        serde_json::from_value::<CancelPayment>(by_order).is_err(),
        "both imp_uid and merchant_uid accepted"
    );
}

#[test]
fn issue_billing_key_body() {
    use iamport::rest::{Birth, CardExpiry, CardNumber, Cvc, Pwd2Digit};
    use iamport::value::{CustomerUid, Email as Mail};

    // `customer_uid` is a path parameter; the body is written, never parsed.
    let table = [
        f("channel_key", Str, true, Some(55), AsIs),
        f("pg", Str, false, Some(80), AsIs),
        f("customer_id", Str, false, None, AsIs),
        f("card_number", Str, true, None, AsIs),
        f("expiry", Str, true, None, AsIs),
        f("birth", Str, false, None, AsIs),
        f("pwd_2digit", Str, false, None, AsIs),
        f("cvc", Str, false, None, AsIs),
        f("customer_name", Str, false, Some(20), AsIs),
        f("customer_tel", Str, false, Some(20), AsIs),
        f("customer_email", Str, false, Some(200), Email),
        f("customer_addr", Str, false, Some(200), AsIs),
        f("customer_postcode", Str, false, Some(8), AsIs),
        f("channel_group_id", Str, false, Some(55), AsIs),
    ];
    let body = IssueBillingKey::builder()
        .customer_uid(CustomerUid::new("c").unwrap())
        .channel_key(iamport::value::ChannelKey::new("channel-key-1").unwrap())
        .customer_id("gildong".to_owned())
        .card_number(CardNumber::new("1234-1234-1234-1234").unwrap())
        .expiry(CardExpiry::new("2025-12").unwrap())
        .birth(Birth::new("820213").unwrap())
        .pwd_2digit(Pwd2Digit::new("00").unwrap())
        .cvc(Cvc::new("123").unwrap())
        .customer_name("홍길동".to_owned())
        .customer_tel("01012345678".to_owned())
        .customer_email(Mail::new("gildong@gmail.com").unwrap())
        .customer_addr("서울".to_owned())
        .customer_postcode("123-456".to_owned())
        .channel_group_id("group-1".to_owned())
        .build()
        .unwrap();
    let written: Value =
        serde_json::from_str(&iamport::rest::Endpoint::body(&body).unwrap().unwrap()).unwrap();
    let keys: Vec<&str> = written
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    for field in &table {
        if field.name == "pg" {
            continue; // one group with channel_group_id
        }
        assert!(keys.contains(&field.name), "`{}` not written", field.name);
        assert_eq!(
            json_type(&written[field.name]),
            field.ty,
            "`{}`",
            field.name
        );
    }
    for key in keys {
        assert!(
            table.iter().any(|f| f.name == key),
            "`{key}` is not in the table"
        );
    }
    assert!(
        iamport::value::ChannelKey::new("k".repeat(56)).is_err(),
        "channel_key over maxLength 55 accepted"
    );
}
