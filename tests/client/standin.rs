//! A stand-in PortOne REST API on 127.0.0.1 that misbehaves on request,
//! shared by the client's tests (`tests/client/main.rs`) and its benchmark
//! (`benches/client.rs`). It speaks HTTP/1.1 with keep-alive, as PortOne
//! does, and counts every request by route. Shapes follow rest-api.md §5
//! (the OpenAPI's `AccessToken`, `Payment` and the `{code, message,
//! response}` envelope).

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// The secret the stand-in expects; no error text may contain it.
pub(crate) const SECRET: &str = "imp-secret-value-9f8e7d";

/// How the stand-in answers, and what it saw.
#[derive(Default)]
pub(crate) struct State {
    /// `getToken` calls.
    pub(crate) token_calls: usize,
    /// Requests other than `getToken`.
    pub(crate) other_calls: usize,
    /// Seconds each issued token lives by the server's clock.
    pub(crate) token_ttl: u64,
    /// The tokens the server accepts; others answer 401.
    pub(crate) valid_tokens: Vec<String>,
    /// Charges processed, by `merchant_uid`.
    pub(crate) charged: HashMap<String, usize>,
    /// What `again` does: "ok", "failed", "drop-after" (processed, then the
    /// connection drops), "drop-before" (dropped unprocessed), "500-after"
    /// (processed, then 500), "slow-after" (processed, then answered after
    /// `slow`).
    pub(crate) again: &'static str,
    /// What `GET /payments/{imp_uid}` does: "ok", "500", "api-error",
    /// "slow", "huge" (3 MiB with its length), "huge-chunked" (the same
    /// in chunks, no length), "malformed".
    pub(crate) get: &'static str,
    /// How long "slow" answers wait.
    pub(crate) slow: Duration,
    /// Whether a bare token (no `Bearer `) is accepted, as PortOne does;
    /// off in the tests, so that they check the documented form.
    pub(crate) accept_bare_token: bool,
}

/// The state behind a running stand-in.
pub(crate) type Shared = Arc<Mutex<State>>;

/// The charge the tests and the benchmark send: `again` of 1,000 won on
/// billing key `c`.
pub(crate) fn again(merchant_uid: &str) -> iamport::rest::Again {
    iamport::rest::Again::builder()
        .customer_uid(iamport::value::CustomerUid::new("c").unwrap())
        .merchant_uid(iamport::value::MerchantUid::new(merchant_uid).unwrap())
        .amount(iamport::value::Amount::new(1000).unwrap())
        .name(iamport::value::OrderName::new("월간 이용권").unwrap())
        .build()
        .unwrap()
}

/// A stand-in state with a 30-minute token and the given modes.
pub(crate) fn state(again: &'static str, get: &'static str) -> Shared {
    Arc::new(Mutex::new(State {
        token_ttl: 1800,
        again,
        get,
        slow: Duration::from_secs(3),
        ..State::default()
    }))
}

fn payment_json(merchant_uid: &str, status: &str) -> String {
    format!(
        r#"{{"imp_uid":"imp_1","merchant_uid":"{merchant_uid}","status":"{status}","amount":1000,"cancel_amount":0,"currency":"KRW","sandbox":false,"fail_reason":"카드 한도 초과"}}"#
    )
}

fn envelope(response: &str) -> String {
    format!(r#"{{"code":0,"message":null,"response":{response}}}"#)
}

/// Starts the stand-in; returns its base URL.
pub(crate) async fn start(state: Shared) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        loop {
            let Ok((socket, _)) = listener.accept().await else {
                return;
            };
            socket.set_nodelay(true).unwrap();
            tokio::spawn(serve(socket, state.clone()));
        }
    });
    format!("http://{addr}")
}

/// Serves requests on one connection until the client closes it or a
/// fault drops it.
async fn serve(mut socket: TcpStream, state: Shared) {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 8192];
    loop {
        // The head, then the body by Content-Length; what follows belongs
        // to the next request.
        let head_end = loop {
            if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                break i + 4;
            }
            match socket.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => buf.extend_from_slice(&chunk[..n]),
            }
        };
        let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
        let header = |name: &str| {
            head.lines().find_map(|l| {
                let (k, v) = l.split_once(':')?;
                k.eq_ignore_ascii_case(name).then(|| v.trim().to_owned())
            })
        };
        let length = header("content-length").map_or(0, |v| v.parse::<usize>().unwrap());
        while buf.len() < head_end + length {
            match socket.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => buf.extend_from_slice(&chunk[..n]),
            }
        }
        let body = String::from_utf8_lossy(&buf[head_end..head_end + length]).to_string();
        buf.drain(..head_end + length);
        let request_line = head.lines().next().unwrap_or_default().to_owned();
        let auth = header("authorization").unwrap_or_default();
        let (status, answer) = route(&request_line, &auth, &body, &state).await;
        if status == 0 {
            return; // the connection is dropped without an answer
        }
        // "huge-chunked" sends its answer in chunks with no length up front,
        // so that only counting what arrives can stop it.
        let response = if state.lock().unwrap().get == "huge-chunked" && answer.len() > 1 << 20 {
            let mut out = format!(
                "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
            );
            for chunk in answer.as_bytes().chunks(64 << 10) {
                let _ = write!(out, "{:x}\r\n", chunk.len());
                out.push_str(std::str::from_utf8(chunk).unwrap());
                out.push_str("\r\n");
            }
            out + "0\r\n\r\n"
        } else {
            format!(
                "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{answer}",
                answer.len()
            )
        };
        if socket.write_all(response.as_bytes()).await.is_err() {
            return;
        }
    }
}

async fn route(line: &str, auth: &str, body: &str, state: &Shared) -> (u16, String) {
    let mut parts = line.split(' ');
    let (method, path) = (
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
    );
    if (method, path) == ("POST", "/users/getToken") {
        assert!(body.contains(SECRET), "getToken carries the secret");
        let mut s = state.lock().unwrap();
        s.token_calls += 1;
        let token = format!("token-{}", s.token_calls);
        s.valid_tokens.push(token.clone());
        let now = 1_700_000_000_u64;
        return (
            200,
            envelope(&format!(
                r#"{{"access_token":"{token}","expired_at":{},"now":{now}}}"#,
                now + s.token_ttl
            )),
        );
    }
    let token_ok = {
        let mut s = state.lock().unwrap();
        s.other_calls += 1;
        let token = match auth.strip_prefix("Bearer ") {
            Some(token) => Some(token),
            None => s.accept_bare_token.then_some(auth),
        };
        token.is_some_and(|t| s.valid_tokens.iter().any(|v| v == t))
    };
    if !token_ok {
        return (
            401,
            r#"{"code":-1,"message":"Unauthorized","response":null}"#.to_owned(),
        );
    }
    if (method, path) == ("POST", "/subscribe/payments/again") {
        let merchant_uid = serde_json::from_str::<serde_json::Value>(body).unwrap()["merchant_uid"]
            .as_str()
            .unwrap()
            .to_owned();
        let (mode, slow) = {
            let s = state.lock().unwrap();
            (s.again, s.slow)
        };
        if mode != "drop-before" {
            *state
                .lock()
                .unwrap()
                .charged
                .entry(merchant_uid.clone())
                .or_default() += 1;
        }
        return match mode {
            "drop-after" | "drop-before" => (0, String::new()),
            "500-after" => (500, "oops".to_owned()),
            "slow-after" => {
                tokio::time::sleep(slow).await;
                (200, envelope(&payment_json(&merchant_uid, "paid")))
            }
            "failed" => (200, envelope(&payment_json(&merchant_uid, "failed"))),
            _ => (200, envelope(&payment_json(&merchant_uid, "paid"))),
        };
    }
    if let Some(rest) = path.strip_prefix("/payments/find/") {
        let merchant_uid = rest.split('/').next().unwrap_or_default();
        let charged = state
            .lock()
            .unwrap()
            .charged
            .get(merchant_uid)
            .copied()
            .unwrap_or(0);
        return if charged > 0 {
            (200, envelope(&payment_json(merchant_uid, "paid")))
        } else {
            (
                200,
                r#"{"code":1,"message":"존재하지 않는 결제정보입니다.","response":null}"#
                    .to_owned(),
            )
        };
    }
    if path.starts_with("/payments/") {
        let (mode, slow) = {
            let s = state.lock().unwrap();
            (s.get, s.slow)
        };
        return match mode {
            "500" => (500, "oops".to_owned()),
            "api-error" => (
                200,
                r#"{"code":-1,"message":"PG사 오류","response":null}"#.to_owned(),
            ),
            "slow" => {
                tokio::time::sleep(slow).await;
                (200, envelope(&payment_json("m", "paid")))
            }
            "huge" | "huge-chunked" => (
                200,
                format!(
                    r#"{{"code":0,"message":"{}","response":null}}"#,
                    "x".repeat(3 << 20)
                ),
            ),
            "malformed" => (200, r#"{"code":0,"response":{"imp_uid":"#.to_owned()),
            _ => (200, envelope(&payment_json("m", "paid"))),
        };
    }
    (404, "{}".to_owned())
}
