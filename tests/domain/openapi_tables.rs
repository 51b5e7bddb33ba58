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

use iamport::rest::Method;
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
    // `pg` (maxLength 80): a PG code with a long merchant id is refused by name.
    let long_pg =
        iamport::value::Pg::with_mid(iamport::value::PgCode::Nice, "m".repeat(80)).unwrap();
    let err = IssueBillingKey::builder()
        .customer_uid(CustomerUid::new("c").unwrap())
        .channel_key(iamport::value::ChannelKey::new("channel-key-1").unwrap())
        .pg(long_pg)
        .card_number(CardNumber::new("1234-1234-1234-1234").unwrap())
        .expiry(CardExpiry::new("2025-12").unwrap())
        .build()
        .unwrap_err();
    assert!(
        err.to_string().contains("pg") && err.to_string().contains("at most 80"),
        "{err}"
    );
}

// ---------------------------------------------------------------------------
// Every operation of the OpenAPI, bound to a request type.
// ---------------------------------------------------------------------------

/// One operation of the OpenAPI (`paths` of `v1.openapi.json` @ `af926bd2`):
/// its `operationId`, method, path template, and the names of its body and
/// query parameters, copied from it.
pub struct Op {
    pub id: &'static str,
    pub method: Method,
    pub template: &'static str,
    pub body: &'static [&'static str],
    pub query: &'static [&'static str],
}

const fn op(
    id: &'static str,
    method: Method,
    template: &'static str,
    body: &'static [&'static str],
    query: &'static [&'static str],
) -> Op {
    Op {
        id,
        method,
        template,
        body,
        query,
    }
}

/// A request as it would go out: what [`OPERATIONS`] is checked against.
pub struct Sample {
    /// The request type's name, for messages.
    pub name: &'static str,
    pub method: Method,
    pub path: String,
    pub needs_token: bool,
    pub repeatable: bool,
    pub body: Option<String>,
}

/// The sample of one built request.
pub fn sample<E: iamport::rest::Endpoint>(name: &'static str, request: &E) -> Sample {
    Sample {
        name,
        method: E::METHOD,
        path: request.path(),
        needs_token: E::NEEDS_TOKEN,
        repeatable: E::REPEATABLE,
        body: request.body().unwrap(),
    }
}

/// How many literal segments of `template` `path` matches, or `None`.
fn matches(template: &str, path: &str) -> Option<usize> {
    let (t, p): (Vec<&str>, Vec<&str>) = (template.split('/').collect(), path.split('/').collect());
    if t.len() != p.len() {
        return None;
    }
    let mut literal = 0;
    for (t, p) in t.iter().zip(&p) {
        if t.starts_with('{') {
            if p.is_empty() {
                return None;
            }
        } else if t == p {
            literal += 1;
        } else {
            return None;
        }
    }
    Some(literal)
}

fn all_samples() -> Vec<Sample> {
    let mut all = crate::lookups::samples();
    all.extend(crate::golden_rest::samples());
    all.extend(crate::rest_escrow_receipts_vbanks::samples());
    all.extend(crate::rest_certifications_kcpquick::samples());
    all.extend(crate::rest_naver::samples());
    all
}

/// Every one of the 80 operations has a request type whose method, path,
/// query keys, body keys and token use are those of the OpenAPI; only
/// `GET`s and `getToken` are repeatable.
#[test]
fn all_80_operations_have_a_request_type() {
    use iamport::rest::Method;
    assert_eq!(OPERATIONS.len(), 80);
    let samples = all_samples();
    let mut covered = vec![false; OPERATIONS.len()];
    for s in &samples {
        let (path, query) = s.path.split_once('?').unwrap_or((&s.path, ""));
        let best = OPERATIONS
            .iter()
            .enumerate()
            .filter(|(_, o)| o.method == s.method)
            .filter_map(|(i, o)| matches(o.template, path).map(|n| (n, i)))
            .max();
        let Some((_, i)) = best else {
            panic!(
                "{}: {} {} is no operation of the OpenAPI",
                s.name, s.method, s.path
            );
        };
        let o = &OPERATIONS[i];
        covered[i] = true;
        for pair in query.split('&').filter(|q| !q.is_empty()) {
            let key = pair.split_once('=').map_or(pair, |(k, _)| k);
            assert!(
                o.query.contains(&key),
                "{}: query key {key} is not one of {:?}",
                s.name,
                o.query
            );
        }
        if let Some(body) = &s.body {
            let body: Value = serde_json::from_str(body).unwrap();
            for key in body.as_object().unwrap().keys() {
                assert!(
                    o.body.contains(&key.as_str()),
                    "{}: body key {key} is not one of {:?}",
                    s.name,
                    o.body
                );
            }
        }
        assert_eq!(s.needs_token, o.id != "getToken", "{}: token", s.name);
        assert_eq!(
            s.repeatable,
            s.method == Method::Get || o.id == "getToken",
            "{}: repeatable",
            s.name
        );
    }
    let missing: Vec<String> = OPERATIONS
        .iter()
        .zip(&covered)
        .filter(|(_, c)| !**c)
        .map(|(o, _)| format!("{} {} ({})", o.method, o.template, o.id))
        .collect();
    assert!(
        missing.is_empty(),
        "{} operations without a request type:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

/// Every operation of the OpenAPI: method, path template, the names of
/// its body fields (`in: formData` / `in: body`) and of its query parameters.
pub const OPERATIONS: &[Op] = &[
    op(
        "getToken",
        Method::Post,
        "/users/getToken",
        &["imp_key", "imp_secret"],
        &[],
    ),
    op(
        "queryBenepiaPoint",
        Method::Post,
        "/benepia/point",
        &["benepia_user", "benepia_password", "channel_key"],
        &[],
    ),
    op(
        "payBenepiaPoint",
        Method::Post,
        "/benepia/payment",
        &[
            "benepia_user",
            "benepia_password",
            "benepia_member_code",
            "merchant_uid",
            "amount",
            "name",
            "buyer_name",
            "buyer_email",
            "buyer_tel",
            "buyer_addr",
            "buyer_postcode",
            "channel_key",
            "notice_url",
            "custom_data",
        ],
        &[],
    ),
    op(
        "getCertification",
        Method::Get,
        "/certifications/{imp_uid}",
        &[],
        &[],
    ),
    op(
        "deleteCertification",
        Method::Delete,
        "/certifications/{imp_uid}",
        &[],
        &[],
    ),
    op(
        "requestOTP",
        Method::Post,
        "/certifications/otp/request",
        &[
            "name",
            "phone",
            "birth",
            "gender_digit",
            "carrier",
            "is_mvno",
            "company",
            "merchant_uid",
            "pg",
            "channel_key",
            "verification_method",
            "bypass",
        ],
        &[],
    ),
    op(
        "confirmOTP",
        Method::Post,
        "/certifications/otp/confirm/{imp_uid}",
        &["otp"],
        &[],
    ),
    op(
        "customer_view_multiple",
        Method::Get,
        "/subscribe/customers",
        &[],
        &["customer_uid[]"],
    ),
    op(
        "customer_view",
        Method::Get,
        "/subscribe/customers/{customer_uid}",
        &[],
        &[],
    ),
    op(
        "customer_save",
        Method::Post,
        "/subscribe/customers/{customer_uid}",
        &[
            "channel_key",
            "pg",
            "customer_id",
            "card_number",
            "expiry",
            "birth",
            "pwd_2digit",
            "cvc",
            "customer_name",
            "customer_tel",
            "customer_email",
            "customer_addr",
            "customer_postcode",
            "channel_group_id",
        ],
        &[],
    ),
    op(
        "customer_delete",
        Method::Delete,
        "/subscribe/customers/{customer_uid}",
        &[],
        &["reason", "extra[requester]"],
    ),
    op(
        "customer_payments",
        Method::Get,
        "/subscribe/customers/{customer_uid}/payments",
        &[],
        &["page"],
    ),
    op(
        "findSchedulesByCustomer",
        Method::Get,
        "/subscribe/customers/{customer_uid}/schedules",
        &[],
        &["page", "from", "to", "schedule-status"],
    ),
    op(
        "issueCvsPayment",
        Method::Post,
        "/cvs",
        &[
            "channel_key",
            "merchant_uid",
            "amount",
            "barcode",
            "expired_at",
            "name",
            "buyer_name",
            "buyer_email",
            "buyer_tel",
            "buyer_addr",
            "buyer_postcode",
            "confirm_url",
            "notice_url",
            "custom_data",
        ],
        &[],
    ),
    op(
        "revokeCvsPayment",
        Method::Delete,
        "/cvs/{imp_uid}",
        &[],
        &[],
    ),
    op(
        "escrow_logis_get",
        Method::Get,
        "/escrows/logis/{imp_uid}",
        &[],
        &[],
    ),
    op(
        "escrow_logis_edit",
        Method::Put,
        "/escrows/logis/{imp_uid}",
        &["sender", "receiver", "logis", "products"],
        &[],
    ),
    op(
        "escrow_logis_save",
        Method::Post,
        "/escrows/logis/{imp_uid}",
        &["sender", "receiver", "logis", "products", "send_email"],
        &[],
    ),
    op(
        "member_delete",
        Method::Delete,
        "/kcpquick/members/{member_id}",
        &[],
        &["site_code", "partner_type", "partner_subtype"],
    ),
    op(
        "payWithMoney",
        Method::Post,
        "/kcpquick/payment/money",
        &[
            "member_id",
            "channel_key",
            "merchant_uid",
            "name",
            "amount",
            "imp_uid",
            "notice_url",
        ],
        &[],
    ),
    op(
        "prepare_update",
        Method::Put,
        "/kcpquick/prepare/{merchant_uid}",
        &[
            "btid",
            "cust_ip",
            "code_verifier",
            "prepaid_auth_yn",
            "prepaid_amount",
            "vender_type",
            "reward_id",
        ],
        &[],
    ),
    op(
        "prepare_create",
        Method::Post,
        "/kcpquick/prepare/{merchant_uid}",
        &[
            "btid",
            "cust_ip",
            "code_verifier",
            "prepaid_auth_yn",
            "prepaid_amount",
            "vender_type",
            "reward_id",
        ],
        &[],
    ),
    op(
        "payWithAutoPaymentKey",
        Method::Post,
        "/kcpquick/payment/autopay",
        &[
            "customer_uid",
            "merchant_uid",
            "name",
            "buyer_name",
            "amount",
            "notice_url",
        ],
        &[],
    ),
    op(
        "deleteAutoPayKey",
        Method::Delete,
        "/kcpquick/autopay/{customer_uid}",
        &[],
        &[],
    ),
    op(
        "releaseFido",
        Method::Post,
        "/kcpquick/members/{member_id}/fido/release",
        &["channel_key"],
        &[],
    ),
    op(
        "naverCancelProductOrder",
        Method::Post,
        "/payments/{imp_uid}/naver/cancel",
        &["product_order_id", "reason"],
        &[],
    ),
    op(
        "naverApproveCancelProductOrder",
        Method::Post,
        "/payments/{imp_uid}/naver/approve-cancel",
        &["product_order_id"],
        &[],
    ),
    op(
        "naverShipProductOrder",
        Method::Post,
        "/payments/{imp_uid}/naver/ship",
        &[
            "product_order_id",
            "delivery_method",
            "dispatched_at",
            "delivery_company",
            "tracking_number",
        ],
        &[],
    ),
    op(
        "naverShipProductOrder",
        Method::Post,
        "/payments/{imp_uid}/naver/ship-exchanged",
        &[
            "product_order_id",
            "delivery_method",
            "delivery_company",
            "tracking_number",
        ],
        &[],
    ),
    op(
        "naverCollectProductOrder",
        Method::Post,
        "/payments/{imp_uid}/naver/collect-exchanged",
        &["product_order_id"],
        &[],
    ),
    op(
        "naverPlaceProductOrder",
        Method::Post,
        "/payments/{imp_uid}/naver/place",
        &["product_order_id"],
        &[],
    ),
    op(
        "naverRequestReturnProductOrder",
        Method::Post,
        "/payments/{imp_uid}/naver/request-return",
        &[
            "product_order_id",
            "reason",
            "delivery_method",
            "delivery_company",
            "tracking_number",
        ],
        &[],
    ),
    op(
        "naverApproveReturnProductOrder",
        Method::Post,
        "/payments/{imp_uid}/naver/approve-return",
        &["product_order_id", "memo"],
        &[],
    ),
    op(
        "naverRejectReturnProductOrder",
        Method::Post,
        "/payments/{imp_uid}/naver/reject-return",
        &["product_order_id", "memo"],
        &[],
    ),
    op(
        "naverWithholdReturnProductOrder",
        Method::Post,
        "/payments/{imp_uid}/naver/withhold-return",
        &["product_order_id", "reason", "memo", "extra_charge"],
        &[],
    ),
    op(
        "naverResolveReturnProductOrder",
        Method::Post,
        "/payments/{imp_uid}/naver/resolve-return",
        &["product_order_id"],
        &[],
    ),
    op(
        "naverDepositPoint",
        Method::Post,
        "/payments/{imp_uid}/naver/point",
        &[],
        &[],
    ),
    op(
        "naverConfirmPayment",
        Method::Post,
        "/payments/{imp_uid}/naver/confirm",
        &["requester"],
        &[],
    ),
    op(
        "getProductOrders",
        Method::Get,
        "/payments/{imp_uid}/naver/product-orders",
        &[],
        &[],
    ),
    op(
        "getProductOrderSingle",
        Method::Get,
        "/naver/product-orders/{product_order_id}",
        &[],
        &[],
    ),
    op(
        "getReviews",
        Method::Get,
        "/naver/reviews",
        &["channel_key"],
        &["from", "to", "review_type"],
    ),
    op(
        "queryCashAmount",
        Method::Get,
        "/payments/{imp_uid}/naver/cash-amount",
        &[],
        &[],
    ),
    op(
        "partner",
        Method::Post,
        "/partners/receipts/{imp_uid}",
        &["data"],
        &[],
    ),
    op(
        "changeOrderStatus",
        Method::Post,
        "/payco/orders/status/{imp_uid}",
        &["status"],
        &[],
    ),
    op(
        "balanceByImpUid",
        Method::Get,
        "/payments/{imp_uid}/balance",
        &[],
        &[],
    ),
    op(
        "getPaymentByImpUid",
        Method::Get,
        "/payments/{imp_uid}",
        &[],
        &["include_sandbox"],
    ),
    op(
        "getPaymentListByImpUid",
        Method::Get,
        "/payments",
        &[],
        &["imp_uid[]", "merchant_uid[]"],
    ),
    op(
        "getPaymentByMerchantUid",
        Method::Get,
        "/payments/find/{merchant_uid}/{payment_status}",
        &[],
        &["sorting"],
    ),
    op(
        "getAllPaymentsByMerchantUid",
        Method::Get,
        "/payments/findAll/{merchant_uid}/{payment_status}",
        &[],
        &["page", "limit", "sorting"],
    ),
    op(
        "getPaymentsByStatus",
        Method::Get,
        "/payments/status/{payment_status}",
        &[],
        &["page", "limit", "from", "to", "sorting"],
    ),
    op(
        "cancelPayment",
        Method::Post,
        "/payments/cancel",
        &[
            "imp_uid",
            "merchant_uid",
            "amount",
            "tax_free",
            "vat_amount",
            "checksum",
            "reason",
            "refund_holder",
            "refund_bank",
            "refund_account",
            "refund_tel",
            "retain_promotion",
            "enable_webhook",
            "extra",
        ],
        &[],
    ),
    op(
        "editPreparePayment",
        Method::Put,
        "/payments/prepare",
        &["merchant_uid", "amount", "currency"],
        &[],
    ),
    op(
        "preparePayment",
        Method::Post,
        "/payments/prepare",
        &["merchant_uid", "amount", "currency"],
        &[],
    ),
    op(
        "getPaymentPrepareByMerchantUid",
        Method::Get,
        "/payments/prepare/{merchant_uid}",
        &[],
        &[],
    ),
    op(
        "paymentwall_delivery",
        Method::Post,
        "/paymentwall/delivery",
        &[
            "imp_uid",
            "merchant_uid",
            "type",
            "status",
            "carrier_tracking_id",
            "carrier_type",
            "estimated_delivery_datetime",
            "estimated_update_datetime",
            "reason",
            "refundable",
            "details",
            "shipping_address_email",
            "shipping_address_country",
            "shipping_address_city",
            "shipping_address_zip",
            "shipping_address_state",
            "shipping_address_street",
            "shipping_address_phone",
            "shipping_address_firstname",
            "shipping_address_lastname",
        ],
        &[],
    ),
    op("getReceipt", Method::Get, "/receipts/{imp_uid}", &[], &[]),
    op(
        "issueReceipt",
        Method::Post,
        "/receipts/{imp_uid}",
        &[
            "product_type",
            "identifier",
            "identifier_type",
            "type",
            "company_tel",
            "company_name",
            "corp_reg_no",
            "buyer_name",
            "buyer_email",
            "buyer_tel",
            "tax_free",
            "vat",
            "vat_amount",
        ],
        &[],
    ),
    op(
        "revokeReceipt",
        Method::Delete,
        "/receipts/{imp_uid}",
        &[],
        &[],
    ),
    op(
        "getExternalReceipt",
        Method::Get,
        "/receipts/external/{merchant_uid}",
        &[],
        &[],
    ),
    op(
        "issueExternalReceipt",
        Method::Post,
        "/receipts/external/{merchant_uid}",
        &[
            "channel_key",
            "name",
            "amount",
            "product_type",
            "identifier",
            "identifier_type",
            "type",
            "buyer_name",
            "buyer_email",
            "buyer_tel",
            "tax_free",
            "vat_amount",
            "corp_reg_no",
            "pay_method",
        ],
        &[],
    ),
    op(
        "revokeExternalReceipt",
        Method::Delete,
        "/receipts/external/{merchant_uid}",
        &[],
        &[],
    ),
    op("allCardCodes", Method::Get, "/cards", &[], &[]),
    op(
        "cardCodes",
        Method::Get,
        "/cards/{card_standard_code}",
        &[],
        &[],
    ),
    op("allBankCodes", Method::Get, "/banks", &[], &[]),
    op(
        "bankCodes",
        Method::Get,
        "/banks/{bank_standard_code}",
        &[],
        &[],
    ),
    op(
        "onetime",
        Method::Post,
        "/subscribe/payments/onetime",
        &[
            "merchant_uid",
            "currency",
            "amount",
            "tax_free",
            "vat_amount",
            "vat",
            "card_number",
            "expiry",
            "birth",
            "pwd_2digit",
            "cvc",
            "customer_uid",
            "pg",
            "channelGroupId",
            "name",
            "buyer_name",
            "buyer_email",
            "buyer_tel",
            "buyer_addr",
            "buyer_postcode",
            "card_quota",
            "interest_free_by_merchant",
            "use_card_point",
            "custom_data",
            "notice_url",
            "browser_ip",
            "secure_3d_charge_id",
            "secure_3d_token",
            "product_type",
            "promotion_id",
            "bypass",
        ],
        &[],
    ),
    op(
        "again",
        Method::Post,
        "/subscribe/payments/again",
        &[
            "customer_uid",
            "merchant_uid",
            "currency",
            "amount",
            "tax_free",
            "vat_amount",
            "vat",
            "name",
            "buyer_name",
            "buyer_email",
            "buyer_tel",
            "buyer_addr",
            "buyer_postcode",
            "card_quota",
            "interest_free_by_merchant",
            "use_card_point",
            "custom_data",
            "notice_url",
            "browser_ip",
            "product_type",
            "product_count",
            "cash_receipt_type",
            "bypass",
            "extra",
            "promotion_id",
            "channel_key",
        ],
        &[],
    ),
    op(
        "findSchedulesByRange",
        Method::Get,
        "/subscribe/payments/schedule",
        &[],
        &[
            "schedule_from",
            "schedule_to",
            "schedule_status",
            "page",
            "limit",
            "sorting",
        ],
    ),
    op(
        "schedule",
        Method::Post,
        "/subscribe/payments/schedule",
        &[
            "customer_uid",
            "customer_id",
            "checking_amount",
            "card_number",
            "expiry",
            "birth",
            "pwd_2digit",
            "cvc",
            "channel_key",
            "schedules",
        ],
        &[],
    ),
    op(
        "unschedule",
        Method::Post,
        "/subscribe/payments/unschedule",
        &["customer_uid", "merchant_uid"],
        &[],
    ),
    op(
        "getScheduleByMid",
        Method::Get,
        "/subscribe/payments/schedule/{merchant_uid}",
        &[],
        &[],
    ),
    op(
        "updateScheduleByMid",
        Method::Put,
        "/subscribe/payments/schedule/{merchant_uid}",
        &["schedule_at"],
        &[],
    ),
    op(
        "rescheduleByMid",
        Method::Post,
        "/subscribe/payments/schedule/{merchant_uid}/reschedule",
        &["schedule_at"],
        &[],
    ),
    op(
        "retryScheduleByMid",
        Method::Post,
        "/subscribe/payments/schedule/{merchant_uid}/retry",
        &[],
        &[],
    ),
    op(
        "findSchedulesByCustomer",
        Method::Get,
        "/subscribe/payments/schedule/customers/{customer_uid}",
        &[],
        &["page", "from", "to", "schedule-status"],
    ),
    op("GetTier", Method::Get, "/tiers/{tier_code}", &[], &[]),
    op("getPgSettingList", Method::Get, "/users/pg", &[], &[]),
    op(
        "createVbank",
        Method::Post,
        "/vbanks",
        &[
            "channel_key",
            "merchant_uid",
            "amount",
            "product_type",
            "vbank_num",
            "vbank_code",
            "vbank_due",
            "vbank_holder",
            "vbank_key",
            "name",
            "buyer_name",
            "buyer_email",
            "buyer_tel",
            "business_registration_number",
            "buyer_addr",
            "buyer_postcode",
            "notice_url",
            "custom_data",
            "tax_free",
            "vat_amount",
            "product_count",
            "escrow_password",
            "fixed_unlimited_vbank",
        ],
        &["pg_api_key"],
    ),
    op(
        "modifyVbank",
        Method::Put,
        "/vbanks/{imp_uid}",
        &["amount", "vbank_due"],
        &[],
    ),
    op(
        "revokeVbank",
        Method::Delete,
        "/vbanks/{imp_uid}",
        &[],
        &["pg_api_key"],
    ),
];
