//! Helpers the REST request tests share: values the test knows are valid,
//! a request's body as JSON, round trips, answers in an envelope, and
//! parse errors that must name a field.

use std::fmt::Debug;

use iamport::rest::{Endpoint, Envelope};
use iamport::value::{HttpUrl, ImpUid, Timestamp};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

/// A Unix time the test knows is valid.
pub fn at(secs: u64) -> Timestamp {
    Timestamp::from_unix(secs).unwrap()
}

/// An `imp_uid` the test knows is valid.
pub fn imp(s: &str) -> ImpUid {
    ImpUid::new(s).unwrap()
}

/// A URL the test knows is valid.
pub fn url(s: &str) -> HttpUrl {
    HttpUrl::new(s).unwrap()
}

/// The body of `e`, parsed.
pub fn body<E: Endpoint>(e: &E) -> Value {
    serde_json::from_str(&e.body().unwrap().expect("a body")).unwrap()
}

/// `body` with the path parameters added: the whole request, as the type
/// serializes and parses it.
pub fn whole(body: &Value, params: &[(&str, &str)]) -> Value {
    let mut whole = body.clone();
    for (k, v) in params {
        whole[*k] = json!(v);
    }
    whole
}

/// `body` with `imp_uid` added: [`whole`] for the requests whose only path
/// parameter is the payment.
pub fn with_imp(body: &Value, imp_uid: &str) -> Value {
    whole(body, &[("imp_uid", imp_uid)])
}

/// That `whole` parses back to `built` and `built` writes `whole`.
pub fn round_trip<T: Serialize + DeserializeOwned + PartialEq + Debug>(whole: &Value, built: &T) {
    let parsed: T = serde_json::from_value(whole.clone()).unwrap();
    assert_eq!(&parsed, built);
    assert_eq!(&serde_json::to_value(built).unwrap(), whole);
}

/// `response` in a successful envelope, parsed from text as `E`'s answer.
pub fn answer<E: Endpoint>(response: Value) -> E::Response {
    let mut envelope = json!({"code": 0, "message": null});
    envelope["response"] = response;
    let text = envelope.to_string();
    serde_json::from_str::<Envelope<E::Response>>(&text)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_result()
        .unwrap_or_else(|e| panic!("{e}"))
}

/// The error text of `value` with `key` set to `bad` (or removed, for
/// `None`), parsed as `T`.
pub fn parse_error<T: DeserializeOwned + Debug>(
    value: &Value,
    key: &str,
    bad: Option<Value>,
) -> String {
    let mut broken = value.clone();
    match bad {
        Some(bad) => broken[key] = bad,
        None => {
            broken.as_object_mut().unwrap().remove(key);
        }
    }
    serde_json::from_value::<T>(broken)
        .expect_err(&format!("`{key}` accepted"))
        .to_string()
}

/// That `value` with `key` set to `bad` (or removed, for `None`) does not
/// parse as `T`, with an error that names `field`.
pub fn refused<T: DeserializeOwned + Debug>(
    value: &Value,
    key: &str,
    bad: Option<Value>,
    field: &str,
) {
    let err = parse_error::<T>(value, key, bad);
    assert!(
        err.contains(field),
        "`{key}`: {err} does not name `{field}`"
    );
}

/// That each of `keys` is required: `value` without it is refused, naming it.
pub fn requires<T: DeserializeOwned + Debug>(value: &Value, keys: &[&str]) {
    for key in keys {
        refused::<T>(value, key, None, key);
    }
}

/// That a key outside the OpenAPI's list is refused.
pub fn no_unknown_keys<T: DeserializeOwned + Debug>(value: &Value) {
    refused::<T>(value, "not_a_field", Some(json!("x")), "not_a_field");
}
