//! Every answer the simulator gives fits the OpenAPI's response schema,
//! checked with a real JSON Schema validator (the `jsonschema` crate):
//! every one of the 80 operations, and every status a scenario makes it
//! answer (200, 207, 400, 401, 404, 405, 409, 413).
//!
//! The schema: `v1.openapi.json` as the Python package
//! `portone-mcp-server==0.12.1` (from the Python Package Index) ships it (Apache-2.0; an older copy of
//! `portone-io/developers.portone.io` `src/schema/v1.openapi.json`).
//! `scripts/test` downloads the wheel, checks its SHA-256 and points
//! `IAMPORT_OPENAPI` at the file; without it the test is ignored (plain
//! `cargo test`), and `scripts/test` runs it with `--include-ignored`.
//!
//! How the Swagger 2.0 `definitions` become a JSON Schema (draft 7):
//! - `maxLength` and the like written as strings (`"32"`) become numbers;
//! - a property that is not in `required` may be `null`: PortOne sends
//!   `null` for what it has not (rest-api.md §5), and Swagger 2.0 has no
//!   `nullable`;
//! - a `required` name that is not a property is dropped (the OpenAPI's
//!   own contradictions: `PaymentPrepareAnnotation` requires `total`,
//!   `previous`, `next`; `SucceededChannelAnnotation` requires `update`;
//!   `BenepiaPointAnnotation` requires `bank_holder`);
//! - an object that is not part of an `allOf` gets
//!   `additionalProperties: false`, so the simulator can't invent a field;
//! - the newer OpenAPI (`af926bd2`, 2026-08) adds `sandbox` (required) to
//!   `PaymentAnnotation` and `CustomerAnnotation`, and `deposit_history`
//!   (`VbankDepositAnnotation`) to `PaymentAnnotation`; they are added
//!   here as that copy has them.
//!
//! An answer other than 200 and 207 has no schema in the OpenAPI; it is
//! checked against `ResponseAnnotation` (`code`, `message`), with a
//! non-zero `code` and a `null` `response`.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use common::{Api, again, card};
use iamport_sim::{CardBehaviour, Sim};
use serde_json::{Map, Value, json};

/// Turns a Swagger 2.0 schema object into draft 7.
fn normalize(schema: &Value, in_all_of: bool) -> Value {
    let Value::Object(object) = schema else {
        return schema.clone();
    };
    let mut out = Map::new();
    for (key, value) in object {
        if key.starts_with("x-") || key == "description" || key == "example" || key == "default" {
            continue;
        }
        match key.as_str() {
            "maxLength" | "minLength" | "maximum" | "minimum" | "maxItems" | "minItems" => {
                let number = match value {
                    Value::String(text) => text.trim().parse::<i64>().ok().map(Value::from),
                    Value::Number(_) => Some(value.clone()),
                    _ => None,
                };
                // A length limit on a number means nothing; keep it only
                // where it applies.
                let on_string = object.get("type").and_then(Value::as_str) == Some("string");
                let is_length = key.ends_with("Length");
                if let Some(number) = number
                    && (!is_length || on_string)
                {
                    out.insert(key.clone(), number);
                }
            }
            "properties" => {
                let required: BTreeSet<&str> = object
                    .get("required")
                    .and_then(Value::as_array)
                    .map(|r| r.iter().filter_map(Value::as_str).collect())
                    .unwrap_or_default();
                let mut properties = Map::new();
                for (name, property) in value.as_object().into_iter().flatten() {
                    let normalized = normalize(property, false);
                    let property = if required.contains(name.as_str()) {
                        normalized
                    } else {
                        json!({"anyOf": [normalized, {"type": "null"}]})
                    };
                    properties.insert(name.clone(), property);
                }
                out.insert("properties".to_owned(), Value::Object(properties));
            }
            "required" => {
                let properties = object.get("properties").and_then(Value::as_object);
                let kept: Vec<Value> = value
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter(|name| {
                        name.as_str()
                            .is_some_and(|n| properties.is_some_and(|p| p.contains_key(n)))
                    })
                    .cloned()
                    .collect();
                if !kept.is_empty() {
                    out.insert("required".to_owned(), Value::Array(kept));
                }
            }
            "allOf" => {
                let parts: Vec<Value> = value
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|part| normalize(part, true))
                    .collect();
                out.insert("allOf".to_owned(), Value::Array(parts));
            }
            "items" => {
                out.insert("items".to_owned(), normalize(value, false));
            }
            _ => {
                out.insert(key.clone(), value.clone());
            }
        }
    }
    if out.contains_key("properties") && !in_all_of {
        out.insert("additionalProperties".to_owned(), json!(false));
    }
    Value::Object(out)
}

fn add_required(definition: &mut Value, name: &str) {
    let required = definition["required"].as_array_mut().unwrap();
    if !required.iter().any(|r| r == name) {
        required.push(json!(name));
    }
}

/// The definitions, normalized, with the newer copy's additions.
fn definitions(openapi: &Value) -> Map<String, Value> {
    let mut raw = openapi["definitions"].as_object().unwrap().clone();
    // Definitions used inside an allOf keep their extra properties open.
    let mut in_all_of = BTreeSet::new();
    for definition in raw.values() {
        for part in definition["allOf"].as_array().into_iter().flatten() {
            if let Some(name) = part["$ref"].as_str() {
                in_all_of.insert(name.trim_start_matches("#/definitions/").to_owned());
            }
        }
    }
    let payment = raw.get_mut("PaymentAnnotation").unwrap();
    payment["properties"]["sandbox"] = json!({"type": "boolean"});
    payment["properties"]["deposit_history"] =
        json!({"type": "array", "items": {"$ref": "#/definitions/VbankDepositAnnotation"}});
    add_required(payment, "sandbox");
    let customer = raw.get_mut("CustomerAnnotation").unwrap();
    customer["properties"]["sandbox"] = json!({"type": "boolean"});
    add_required(customer, "sandbox");
    raw.entry("VbankDepositAnnotation").or_insert(json!({
        "required": ["pg_tid", "amount", "depositor_name", "deposited_at"],
        "properties": {
            "pg_tid": {"type": "string"},
            "amount": {"type": "number"},
            "depositor_name": {"type": "string"},
            "deposited_at": {"type": "integer"},
        },
    }));
    raw.into_iter()
        .map(|(name, definition)| {
            let normalized = normalize(&definition, in_all_of.contains(&name));
            (name, normalized)
        })
        .collect()
}

/// `(method, path template)` → status → definition name, from `paths`.
fn responses(openapi: &Value) -> BTreeMap<(String, String), BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    for (path, item) in openapi["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            let mut by_status = BTreeMap::new();
            for (status, response) in operation["responses"].as_object().into_iter().flatten() {
                if let Some(reference) = response["schema"]["$ref"].as_str() {
                    by_status.insert(
                        status.clone(),
                        reference.trim_start_matches("#/definitions/").to_owned(),
                    );
                }
            }
            out.insert((method.to_uppercase(), path.clone()), by_status);
        }
    }
    out
}

/// The 80 operations of the current OpenAPI (`af926bd2`), the six the
/// wheel's copy lacks among them (KCP Quick Pay's, which answer
/// `PaymentResponse` or no schema).
const MISSING_FROM_THE_PYPI_COPY: &[(&str, &str, Option<&str>)] = &[
    ("POST", "/kcpquick/payment/money", Some("PaymentResponse")),
    ("POST", "/kcpquick/payment/autopay", Some("PaymentResponse")),
    ("POST", "/kcpquick/prepare/{merchant_uid}", None),
    ("PUT", "/kcpquick/prepare/{merchant_uid}", None),
    ("DELETE", "/kcpquick/autopay/{customer_uid}", None),
    ("POST", "/kcpquick/members/{member_id}/fido/release", None),
];

/// Operations of the wheel's copy that the current OpenAPI no longer has
/// (and the crate does not offer).
const NOT_IN_THE_CURRENT_OPENAPI: &[(&str, &str)] = &[
    ("POST", "/tiers/{tier_code}"),
    ("PUT", "/tiers/{tier_code}"),
    ("DELETE", "/tiers/{tier_code}"),
    ("GET", "/vbanks/holder"),
];

/// The template a concrete path matches: literal segments first; a
/// trailing `{payment_status}` may be left out.
fn template<'a>(
    templates: &'a [(String, String)],
    method: &str,
    path: &str,
) -> Option<&'a (String, String)> {
    let path = path.split('?').next().unwrap_or(path);
    let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    let fits = |t: &str| {
        let mut parts: Vec<&str> = t.trim_start_matches('/').split('/').collect();
        if parts.len() == segments.len() + 1 && parts.last() == Some(&"{payment_status}") {
            parts.pop();
        }
        parts.len() == segments.len()
            && parts
                .iter()
                .zip(&segments)
                .all(|(p, s)| p.starts_with('{') || p == s)
    };
    let literal = |t: &str| t.split('/').filter(|p| !p.starts_with('{')).count();
    templates
        .iter()
        .filter(|(m, t)| m == method && fits(t))
        .max_by_key(|(_, t)| literal(t))
}

#[tokio::test]
#[ignore = "needs the OpenAPI: scripts/test downloads it and sets IAMPORT_OPENAPI"]
async fn every_answer_fits_the_openapi() {
    let path =
        std::env::var("IAMPORT_OPENAPI").expect("IAMPORT_OPENAPI: the path of v1.openapi.json");
    let openapi: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let definitions = definitions(&openapi);
    let mut responses = responses(&openapi);
    for (method, path, schema) in MISSING_FROM_THE_PYPI_COPY {
        let entry = responses
            .entry(((*method).to_owned(), (*path).to_owned()))
            .or_default();
        if let Some(schema) = schema {
            entry
                .entry("200".to_owned())
                .or_insert((*schema).to_owned());
        }
    }
    for (method, path) in NOT_IN_THE_CURRENT_OPENAPI {
        responses.remove(&((*method).to_owned(), (*path).to_owned()));
    }
    assert_eq!(responses.len(), 80, "the 80 operations");
    let templates: Vec<(String, String)> = responses.keys().cloned().collect();
    let validator = |name: &str| {
        let schema = json!({"definitions": definitions, "$ref": format!("#/definitions/{name}")});
        jsonschema::draft7::new(&schema).unwrap()
    };

    let answers = scenario().await;
    let mut answered_ok = BTreeSet::new();
    let mut statuses = BTreeSet::new();
    let mut problems = Vec::new();
    for (method, path, status, body) in &answers {
        let Some(key) = template(&templates, method, path) else {
            // An unknown method or path: PortOne's envelope all the same.
            if matches!(status, 404 | 405) {
                statuses.insert(*status);
                for error in validator("ResponseAnnotation").iter_errors(body) {
                    problems.push(format!("{method} {path} {status}: {error}"));
                }
            } else {
                problems.push(format!("{method} {path}: no OpenAPI operation"));
            }
            continue;
        };
        statuses.insert(*status);
        let by_status = &responses[key];
        // A refusal can come with HTTP 200 and a non-zero code
        // (rest-api.md §3: PY tests see `code: 1` and `-1` with 200).
        let refused = body["code"] != 0;
        let name = match *status {
            200 | 207 if !refused || *status == 207 => by_status
                .get(&status.to_string())
                .map_or("ResponseAnnotation", String::as_str),
            _ => "ResponseAnnotation",
        };
        for error in validator(name).iter_errors(body) {
            problems.push(format!(
                "{method} {path} {status} as {name}: {error} at {}",
                error.instance_path()
            ));
        }
        if *status == 200 && !refused {
            answered_ok.insert(key.clone());
        } else if *status != 207 && (!refused || !body["response"].is_null()) {
            problems.push(format!(
                "{method} {path} {status}: an error needs a non-zero code and no response"
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
    let missing: Vec<_> = templates
        .iter()
        .filter(|t| !answered_ok.contains(*t))
        .collect();
    assert!(missing.is_empty(), "no 200 checked for {missing:?}");
    for status in [200, 207, 400, 401, 404, 405, 409, 413] {
        assert!(
            statuses.contains(&status),
            "no answer with status {status} was checked"
        );
    }
}

/// Calls every operation, with successes and failures; returns each
/// answer.
#[allow(clippy::too_many_lines)]
async fn scenario() -> Vec<(String, String, u16, Value)> {
    let sim = Sim::builder()
        .token_ttl(Duration::from_hours(24))
        .start()
        .await
        .unwrap();
    let api = Api::new(&sim).await;
    let mut out = Vec::new();
    macro_rules! call {
        ($method:expr, $path:expr) => {
            call!($method, $path, None)
        };
        ($method:expr, $path:expr, $body:expr) => {{
            let path: String = $path.into();
            let (status, body) = api.call($method, &path, $body).await;
            out.push(($method.to_owned(), path, status, body.clone()));
            body
        }};
    }
    let creds = json!({"imp_key": sim.key(), "imp_secret": sim.secret()});
    let (status, body) = api.raw("POST", "/users/getToken", Some(creds), None).await;
    out.push((
        "POST".to_owned(),
        "/users/getToken".to_owned(),
        status,
        body,
    ));
    let (status, body) = api
        .raw(
            "POST",
            "/users/getToken",
            Some(json!({"imp_key": "x", "imp_secret": "y"})),
            None,
        )
        .await;
    out.push((
        "POST".to_owned(),
        "/users/getToken".to_owned(),
        status,
        body,
    ));
    let (status, body) = api
        .raw("GET", "/payments/imps_x", None, Some("Bearer nope"))
        .await;
    out.push((
        "GET".to_owned(),
        "/payments/imps_x".to_owned(),
        status,
        body,
    ));
    call!("GET", "/users/pg");

    // Billing keys, charges, lookups.
    call!(
        "POST",
        "/subscribe/customers/c1",
        Some(card("5361-8100-0000-0005"))
    );
    let mut group = card("5361-8100-0000-0005");
    group["channel_group_id"] = json!("group-1");
    call!("POST", "/subscribe/customers/super", Some(group));
    call!("GET", "/subscribe/customers/c1");
    call!("GET", "/subscribe/customers/super");
    call!("GET", "/subscribe/customers?customer_uid[]=c1");
    call!(
        "GET",
        "/subscribe/customers?customer_uid[]=c1&customer_uid[]=none"
    );
    call!("GET", "/subscribe/customers/none");
    let paid = call!(
        "POST",
        "/subscribe/payments/again",
        Some(again("c1", "m1", 10_000))
    );
    let imp_uid = paid["response"]["imp_uid"].as_str().unwrap().to_owned();
    call!(
        "POST",
        "/subscribe/payments/again",
        Some(again("c1", "m1", 10_000))
    );
    call!(
        "POST",
        "/subscribe/payments/again",
        Some(json!({"customer_uid": "c1"}))
    );
    sim.script_billing_key("c1", CardBehaviour::Decline("한도 초과".to_owned()));
    call!(
        "POST",
        "/subscribe/payments/again",
        Some(again("c1", "m2", 5_000))
    );
    sim.script_billing_key("c1", CardBehaviour::Pay);
    call!(
        "POST",
        "/subscribe/payments/onetime",
        Some(
            json!({"merchant_uid": "o1", "amount": 3000, "card_number": "5361-8100-0000-0005", "expiry": "2030-12", "customer_uid": "c2"})
        )
    );
    call!("GET", format!("/payments/{imp_uid}"));
    call!("GET", "/payments/imps_none");
    call!("GET", format!("/payments?imp_uid[]={imp_uid}"));
    call!(
        "GET",
        format!("/payments?imp_uid[]={imp_uid}&imp_uid[]=imps_none")
    );
    call!("GET", "/payments/find/m1");
    call!("GET", "/payments/find/m1/paid");
    call!("GET", "/payments/find/none");
    call!("GET", "/payments/findAll/m1");
    call!("GET", "/payments/findAll/m1/paid?limit=1");
    call!("GET", "/payments/findAll/m1?limit=5000");
    call!("GET", "/payments/status/all");
    call!("GET", "/payments/status/paid?page=2&limit=1");
    call!("GET", format!("/payments/{imp_uid}/balance"));
    call!("GET", "/subscribe/customers/c1/payments");

    // Preparation and cancellation.
    call!(
        "POST",
        "/payments/prepare",
        Some(json!({"merchant_uid": "p1", "amount": 1000}))
    );
    call!(
        "PUT",
        "/payments/prepare",
        Some(json!({"merchant_uid": "p1", "amount": 2000}))
    );
    call!(
        "PUT",
        "/payments/prepare",
        Some(json!({"merchant_uid": "none", "amount": 2000}))
    );
    call!("GET", "/payments/prepare/p1");
    call!(
        "POST",
        "/payments/cancel",
        Some(json!({"imp_uid": imp_uid, "amount": 1000, "checksum": 10_000}))
    );
    call!(
        "POST",
        "/payments/cancel",
        Some(json!({"imp_uid": imp_uid, "checksum": 1}))
    );
    call!(
        "POST",
        "/payments/cancel",
        Some(json!({"merchant_uid": "m1"}))
    );

    // Schedules.
    let now = sim.now();
    call!(
        "POST",
        "/subscribe/payments/schedule",
        Some(json!({"customer_uid": "c1", "schedules": [
            {"merchant_uid": "s1", "schedule_at": now + 60, "amount": 100, "name": "정기", "currency": "KRW"},
            {"merchant_uid": "s2", "schedule_at": now + 120, "amount": 100, "name": "정기", "currency": "KRW"}]}))
    );
    call!(
        "PUT",
        "/subscribe/payments/schedule/s2",
        Some(json!({"schedule_at": now + 180}))
    );
    call!(
        "PUT",
        "/subscribe/payments/schedule/none",
        Some(json!({"schedule_at": now + 180}))
    );
    call!(
        "POST",
        "/subscribe/payments/unschedule",
        Some(json!({"customer_uid": "c1", "merchant_uid": ["s2"]}))
    );
    call!(
        "POST",
        "/subscribe/payments/unschedule",
        Some(json!({"customer_uid": "c1", "merchant_uid": ["none"]}))
    );
    call!(
        "POST",
        "/subscribe/payments/schedule/s2/reschedule",
        Some(json!({"schedule_at": now + 240}))
    );
    sim.script_billing_key("c1", CardBehaviour::Decline("잔액 부족".to_owned()));
    sim.advance(Duration::from_mins(5)).await;
    sim.script_billing_key("c1", CardBehaviour::Pay);
    call!("GET", "/subscribe/payments/schedule/s1");
    call!("GET", "/subscribe/payments/schedule/none");
    call!("POST", "/subscribe/payments/schedule/s1/retry");
    call!("POST", "/subscribe/payments/schedule/s1/retry");
    call!(
        "GET",
        format!(
            "/subscribe/payments/schedule?schedule_from={now}&schedule_to={}",
            now + 1000
        )
    );
    call!("GET", "/subscribe/payments/schedule/customers/c1");
    call!("GET", "/subscribe/customers/c1/schedules");
    call!("DELETE", "/subscribe/customers/c2");
    call!("DELETE", "/subscribe/customers/c2");

    // Virtual accounts, convenience stores, receipts, escrow.
    let vbank = call!(
        "POST",
        "/vbanks",
        Some(
            json!({"merchant_uid": "v1", "amount": 5000, "vbank_code": "004", "vbank_due": now + 86_400, "vbank_holder": "상점", "channel_key": "k"})
        )
    );
    let vbank_uid = vbank["response"]["imp_uid"].as_str().unwrap().to_owned();
    call!(
        "PUT",
        format!("/vbanks/{vbank_uid}"),
        Some(json!({"amount": 6000}))
    );
    sim.deposit(&vbank_uid).await;
    call!("DELETE", format!("/vbanks/{vbank_uid}"));
    let vbank2 = call!(
        "POST",
        "/vbanks",
        Some(
            json!({"merchant_uid": "v2", "amount": 5000, "vbank_code": "004", "vbank_due": now + 86_400, "vbank_holder": "상점"})
        )
    );
    call!(
        "DELETE",
        format!(
            "/vbanks/{}",
            vbank2["response"]["imp_uid"].as_str().unwrap()
        )
    );
    let cvs = call!(
        "POST",
        "/cvs",
        Some(json!({"merchant_uid": "cvs1", "amount": 1000, "channel_key": "k"}))
    );
    call!(
        "DELETE",
        format!("/cvs/{}", cvs["response"]["imp_uid"].as_str().unwrap())
    );
    let other = call!(
        "POST",
        "/subscribe/payments/again",
        Some(again("c1", "m3", 10_000))
    );
    let other_uid = other["response"]["imp_uid"].as_str().unwrap().to_owned();
    call!(
        "POST",
        format!("/receipts/{other_uid}"),
        Some(json!({"identifier": "01000000000", "type": "person"}))
    );
    call!(
        "POST",
        format!("/receipts/{other_uid}"),
        Some(json!({"identifier": "01000000000"}))
    );
    call!("GET", format!("/receipts/{other_uid}"));
    call!("DELETE", format!("/receipts/{other_uid}"));
    call!("GET", "/receipts/imps_none");
    call!(
        "POST",
        "/receipts/external/ext1",
        Some(
            json!({"name": "외부", "amount": 1000, "identifier": "01000000000", "channel_key": "k"})
        )
    );
    call!("GET", "/receipts/external/ext1");
    call!("DELETE", "/receipts/external/ext1");
    call!("DELETE", "/receipts/external/none");
    let logis = json!({"sender": {"name": "상점"}, "receiver": {"name": "구매자"}, "logis": {"company": "CJ", "invoice": "1234", "sent_at": now}});
    call!(
        "POST",
        format!("/escrows/logis/{other_uid}"),
        Some(logis.clone())
    );
    call!(
        "POST",
        format!("/escrows/logis/{other_uid}"),
        Some(logis.clone())
    );
    call!("PUT", format!("/escrows/logis/{other_uid}"), Some(logis));
    call!("GET", format!("/escrows/logis/{other_uid}"));
    call!(
        "POST",
        format!("/partners/receipts/{other_uid}"),
        Some(json!({"data": []}))
    );

    // Fixed answers.
    for (method, path) in [
        ("POST", "/payments/i/naver/cancel"),
        ("POST", "/payments/i/naver/approve-cancel"),
        ("POST", "/payments/i/naver/ship"),
        ("POST", "/payments/i/naver/ship-exchanged"),
        ("POST", "/payments/i/naver/collect-exchanged"),
        ("POST", "/payments/i/naver/place"),
        ("POST", "/payments/i/naver/request-return"),
        ("POST", "/payments/i/naver/approve-return"),
        ("POST", "/payments/i/naver/reject-return"),
        ("POST", "/payments/i/naver/withhold-return"),
        ("POST", "/payments/i/naver/resolve-return"),
        ("POST", "/payments/i/naver/point"),
        ("POST", "/payments/i/naver/confirm"),
        ("GET", "/payments/i/naver/product-orders"),
        ("GET", "/payments/i/naver/cash-amount"),
        ("GET", "/naver/product-orders/po1"),
        ("GET", "/naver/reviews"),
        ("POST", "/certifications/otp/request"),
        ("POST", "/certifications/otp/confirm/imp_c"),
        ("GET", "/certifications/imp_c"),
        ("DELETE", "/certifications/imp_c"),
        ("GET", "/cards"),
        ("GET", "/cards/361"),
        ("GET", "/banks"),
        ("GET", "/banks/004"),
        ("GET", "/tiers/abc"),
        ("POST", "/benepia/point"),
        ("DELETE", "/kcpquick/members/mem1"),
        ("POST", "/kcpquick/prepare/kq1"),
        ("PUT", "/kcpquick/prepare/kq1"),
        ("DELETE", "/kcpquick/autopay/c1"),
        ("POST", "/kcpquick/members/mem1/fido/release"),
        ("POST", "/paymentwall/delivery"),
    ] {
        call!(method, path, Some(json!({"product_order_id": ["po1"]})));
    }
    call!(
        "POST",
        "/payco/orders/status/i",
        Some(json!({"status": "DELIVERY_START"}))
    );
    call!(
        "POST",
        "/payco/orders/status/i",
        Some(json!({"status": "LOST"}))
    );
    call!(
        "POST",
        "/benepia/payment",
        Some(json!({"merchant_uid": "b1", "amount": 1000, "name": "x"}))
    );
    call!(
        "POST",
        "/kcpquick/payment/money",
        Some(json!({"merchant_uid": "k1", "amount": 1000, "name": "x"}))
    );
    call!(
        "POST",
        "/kcpquick/payment/autopay",
        Some(json!({"merchant_uid": "k2", "amount": 1000, "name": "x"}))
    );

    // Bad requests.
    call!("PATCH", "/payments/x");
    call!(
        "POST",
        "/payments/cancel",
        Some(json!({"x": "y".repeat(2 << 20)}))
    );
    out
}
