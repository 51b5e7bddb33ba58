//! The async client against a stand-in PortOne API on 127.0.0.1 that
//! misbehaves on request: tokens that expire, 401, 500, `code != 0`, a
//! failed charge with code 0, a charge processed and then dropped, answers
//! slower than the time-out, bodies far over the limit, malformed JSON.
//! Run with `cargo test --features client --test client`.
#![allow(missing_docs, clippy::too_many_lines)]

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use iamport::rest::{Again, Charge, GetPayment};
use iamport::value::{Amount, CustomerUid, ImpUid, MerchantUid, OrderName};
use iamport::{ChargeOutcome, Client, ClientError};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const SECRET: &str = "imp-secret-value-9f8e7d";

/// How the stand-in answers.
#[derive(Default)]
struct State {
    /// `getToken` calls, and the token each one issued.
    token_calls: usize,
    /// Seconds each issued token lives by the server's clock.
    token_ttl: u64,
    /// The tokens the server accepts; others answer 401.
    valid_tokens: Vec<String>,
    /// Charges processed, by `merchant_uid`.
    charged: HashMap<String, usize>,
    /// What `again` does: "ok", "failed", "drop-after", "drop-before".
    again: &'static str,
    /// What `GET /payments/{imp_uid}` does: "ok", "500", "api-error",
    /// "slow", "huge", "malformed".
    get: &'static str,
}

type Shared = Arc<Mutex<State>>;

fn payment_json(merchant_uid: &str, status: &str) -> String {
    format!(
        r#"{{"imp_uid":"imp_1","merchant_uid":"{merchant_uid}","status":"{status}","amount":1000,"cancel_amount":0,"currency":"KRW","sandbox":false,"fail_reason":"카드 한도 초과"}}"#
    )
}

fn envelope(response: &str) -> String {
    format!(r#"{{"code":0,"message":null,"response":{response}}}"#)
}

/// Starts the stand-in; returns its base URL.
async fn stand_in(state: Shared) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        loop {
            let Ok((socket, _)) = listener.accept().await else {
                return;
            };
            tokio::spawn(serve(socket, state.clone()));
        }
    });
    format!("http://{addr}")
}

async fn serve(mut socket: TcpStream, state: Shared) {
    // Read the head, then the body by Content-Length.
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        let Ok(n) = socket.read(&mut chunk).await else {
            return;
        };
        if n == 0 {
            return;
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
    let length = head
        .lines()
        .find_map(|l| {
            l.to_ascii_lowercase()
                .strip_prefix("content-length:")
                .map(|v| v.trim().parse::<usize>().unwrap())
        })
        .unwrap_or(0);
    while buf.len() < head_end + length {
        let Ok(n) = socket.read(&mut chunk).await else {
            return;
        };
        if n == 0 {
            break;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let body = String::from_utf8_lossy(&buf[head_end..]).to_string();
    let request_line = head.lines().next().unwrap_or_default().to_owned();
    let auth = head
        .lines()
        .find_map(|l| {
            l.strip_prefix("authorization: ")
                .or_else(|| l.strip_prefix("Authorization: "))
        })
        .unwrap_or_default()
        .trim()
        .to_owned();
    let (status, answer): (u16, String) =
        route(&request_line, &auth, &body, &state, &mut socket).await;
    if status == 0 {
        return; // the connection is dropped without an answer
    }
    let response = format!(
        "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{answer}",
        answer.len()
    );
    let _ = socket.write_all(response.as_bytes()).await;
    let _ = socket.shutdown().await;
}

async fn route(
    line: &str,
    auth: &str,
    body: &str,
    state: &Shared,
    _socket: &mut TcpStream,
) -> (u16, String) {
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
        s.valid_tokens = vec![token.clone()];
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
        let s = state.lock().unwrap();
        auth.strip_prefix("Bearer ")
            .is_some_and(|t| s.valid_tokens.iter().any(|v| v == t))
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
        let mode = state.lock().unwrap().again;
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
        let mode = state.lock().unwrap().get;
        return match mode {
            "500" => (500, "oops".to_owned()),
            "api-error" => (
                200,
                r#"{"code":-1,"message":"PG사 오류","response":null}"#.to_owned(),
            ),
            "slow" => {
                tokio::time::sleep(Duration::from_secs(3)).await;
                (200, envelope(&payment_json("m", "paid")))
            }
            "huge" => (
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

fn state(again: &'static str, get: &'static str) -> Shared {
    Arc::new(Mutex::new(State {
        token_ttl: 1800,
        again,
        get,
        ..State::default()
    }))
}

async fn client(state: &Shared) -> Client {
    let base = stand_in(state.clone()).await;
    Client::with_timeouts(
        "imp_key",
        SECRET,
        Duration::from_secs(2),
        Duration::from_millis(800),
    )
    .unwrap()
    .with_base_url(base)
    .with_max_body(1 << 20)
}

fn get() -> GetPayment {
    GetPayment::builder()
        .imp_uid(ImpUid::new("imp_1").unwrap())
        .build()
}

fn again(merchant_uid: &str) -> Again {
    Again::builder()
        .customer_uid(CustomerUid::new("c").unwrap())
        .merchant_uid(MerchantUid::new(merchant_uid).unwrap())
        .amount(Amount::new(1000).unwrap())
        .name(OrderName::new("월간 이용권").unwrap())
        .build()
        .unwrap()
}

fn assert_no_secret(text: &str) {
    assert!(!text.contains(SECRET), "{text}");
    assert!(!text.contains("token-"), "{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fifty_concurrent_calls_fetch_one_token() {
    let s = state("ok", "ok");
    let c = Arc::new(client(&s).await);
    let calls = (0..50).map(|_| {
        let c = c.clone();
        tokio::spawn(async move { c.send(&get()).await })
    });
    for call in calls {
        call.await.unwrap().unwrap();
    }
    assert_eq!(s.lock().unwrap().token_calls, 1);
}

#[tokio::test]
async fn an_expiring_token_is_refreshed_by_the_servers_clock() {
    let s = state("ok", "ok");
    // 30 s left by the server's clock: within the refresh margin.
    s.lock().unwrap().token_ttl = 30;
    let c = client(&s).await;
    c.send(&get()).await.unwrap();
    c.send(&get()).await.unwrap();
    assert_eq!(s.lock().unwrap().token_calls, 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_401_refreshes_the_token_once_and_retries_once() {
    let s = state("ok", "ok");
    let c = Arc::new(client(&s).await);
    c.send(&get()).await.unwrap();
    // The server forgets the token (rotated, revoked): every call gets 401,
    // and 20 of them at once still cause one refresh.
    s.lock().unwrap().valid_tokens.clear();
    let calls = (0..20).map(|_| {
        let c = c.clone();
        tokio::spawn(async move { c.send(&get()).await })
    });
    for call in calls {
        call.await.unwrap().unwrap();
    }
    assert_eq!(s.lock().unwrap().token_calls, 2);
}

#[tokio::test]
async fn every_fault_has_its_own_variant_and_no_secret() {
    for (mode, check) in [
        (
            "500",
            (|e: &ClientError| matches!(e, ClientError::Status { status: 500, .. }))
                as fn(&ClientError) -> bool,
        ),
        (
            "api-error",
            |e| matches!(e, ClientError::Api { error, .. } if error.code == -1),
        ),
        ("slow", |e| {
            matches!(
                e,
                ClientError::Transport {
                    timed_out: true,
                    ..
                }
            )
        }),
        ("huge", |e| matches!(e, ClientError::TooLarge { .. })),
        (
            "malformed",
            |e| matches!(e, ClientError::Malformed { endpoint, .. } if endpoint == "GET /payments/imp_1"),
        ),
    ] {
        let s = state("ok", mode);
        let c = client(&s).await;
        let err = c.send(&get()).await.unwrap_err();
        assert!(check(&err), "{mode}: {err:?}");
        assert_no_secret(&err.to_string());
        assert_no_secret(&format!("{err:?}"));
    }
    let c = client(&state("ok", "ok")).await;
    assert_no_secret(&format!("{c:?}"));
}

#[tokio::test]
async fn a_failed_charge_with_code_zero_stays_failed() {
    let s = state("failed", "ok");
    let c = client(&s).await;
    let outcome = c.charge(&again("order_failed")).await.unwrap();
    assert!(
        matches!(&outcome, ChargeOutcome::Answered(Charge::Failed { reason, .. }) if reason == "카드 한도 초과"),
        "{outcome:?}"
    );
}

#[tokio::test]
async fn a_charge_whose_answer_was_dropped_is_looked_up_not_sent_again() {
    let s = state("drop-after", "ok");
    let c = client(&s).await;
    let outcome = c.charge(&again("order_dropped")).await.unwrap();
    assert!(
        matches!(outcome, ChargeOutcome::Found(Charge::Paid(_))),
        "{outcome:?}"
    );
    assert_eq!(
        s.lock().unwrap().charged["order_dropped"],
        1,
        "charged exactly once"
    );

    // Dropped before it was processed: nothing charged, safe to send again.
    let s = state("drop-before", "ok");
    let c = client(&s).await;
    let outcome = c.charge(&again("order_lost")).await.unwrap();
    assert_eq!(outcome, ChargeOutcome::NotCharged);
    assert!(s.lock().unwrap().charged.is_empty());
}
