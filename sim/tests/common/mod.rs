//! A raw JSON client for the simulator's own tests: what PortOne's wire
//! carries, with no crate's types in between.

#![allow(dead_code)]

use iamport_sim::Sim;
use serde_json::{Value, json};

/// A client with a token.
pub(crate) struct Api {
    pub(crate) base: String,
    pub(crate) token: String,
}

impl Api {
    /// Gets a token from `sim`.
    pub(crate) async fn new(sim: &Sim) -> Api {
        let mut api = Api {
            base: sim.url().to_owned(),
            token: String::new(),
        };
        let (status, body) = api
            .raw(
                "POST",
                "/users/getToken",
                Some(json!({"imp_key": sim.key(), "imp_secret": sim.secret()})),
                None,
            )
            .await;
        assert_eq!(status, 200, "{body}");
        body["response"]["access_token"]
            .as_str()
            .unwrap()
            .clone_into(&mut api.token);
        api
    }

    /// A request with this client's token.
    pub(crate) async fn call(&self, method: &str, path: &str, body: Option<Value>) -> (u16, Value) {
        let token = format!("Bearer {}", self.token);
        self.raw(method, path, body, Some(&token)).await
    }

    /// A request with the given `Authorization`, if any.
    pub(crate) async fn raw(
        &self,
        method: &str,
        path: &str,
        body: Option<Value>,
        authorization: Option<&str>,
    ) -> (u16, Value) {
        let (status, _, text) = send(&self.base, method, path, body, authorization).await;
        let value = serde_json::from_str(&text).unwrap_or(Value::String(text));
        (status, value)
    }
}

/// An `again` body of `amount` won on `customer_uid`.
pub(crate) fn again(customer_uid: &str, merchant_uid: &str, amount: i64) -> Value {
    json!({"customer_uid": customer_uid, "merchant_uid": merchant_uid, "amount": amount, "name": "월간 이용권"})
}

/// A billing-key issue body with `card_number`.
pub(crate) fn card(card_number: &str) -> Value {
    json!({"card_number": card_number, "expiry": "2030-12", "birth": "900101", "pwd_2digit": "00", "channel_key": "channel-key-sim-0001"})
}

/// One HTTP/1.1 request to `base` (`http://host:port`) on a connection of
/// its own; the status, the headers and the body. Redirects are not
/// followed.
pub(crate) async fn send(
    base: &str,
    method: &str,
    path: &str,
    body: Option<Value>,
    authorization: Option<&str>,
) -> (u16, hyper::HeaderMap, String) {
    use http_body_util::BodyExt;
    let address = base.trim_start_matches("http://").to_owned();
    let stream = tokio::net::TcpStream::connect(&address).await.unwrap();
    let (mut sender, connection) = hyper::client::conn::http1::handshake::<
        _,
        http_body_util::Full<bytes::Bytes>,
    >(hyper_util::rt::TokioIo::new(stream))
    .await
    .unwrap();
    tokio::spawn(connection);
    let mut request = hyper::Request::builder()
        .method(method)
        .uri(path)
        .header("host", address);
    if let Some(auth) = authorization {
        request = request.header("authorization", auth);
    }
    let payload = match body {
        Some(body) => {
            request = request.header("content-type", "application/json");
            body.to_string()
        }
        None => String::new(),
    };
    let response = sender
        .send_request(
            request
                .body(http_body_util::Full::new(bytes::Bytes::from(payload)))
                .unwrap(),
        )
        .await
        .unwrap();
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    (
        status,
        headers,
        String::from_utf8_lossy(&bytes).into_owned(),
    )
}
