//! Runs the `chai_billing` example's flow against a stand-in for the
//! PortOne API on 127.0.0.1, which answers as the OpenAPI describes
//! (`AuthResponse`, `PaymentResponse`) and checks what it receives: the
//! token as `Bearer`, a JSON body with every key `again` requires.

#[path = "../../examples/chai_billing/flow.rs"]
mod flow;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use iamport::rest::Charge;

/// One request as the stand-in saw it.
#[derive(Debug)]
struct Seen {
    method: String,
    path: String,
    authorization: Option<String>,
    body: serde_json::Value,
}

/// Serves `answers.len()` requests, one per connection, then stops.
fn stand_in(answers: Vec<String>) -> (String, mpsc::Receiver<Seen>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        for answer in answers {
            let (stream, _) = listener.accept().unwrap();
            stream
                .set_read_timeout(Some(Duration::from_secs(10)))
                .unwrap();
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            let mut parts = line.split_whitespace();
            let (method, path) = (
                parts.next().unwrap().to_owned(),
                parts.next().unwrap().to_owned(),
            );
            let (mut length, mut authorization) = (0, None);
            loop {
                let mut header = String::new();
                reader.read_line(&mut header).unwrap();
                let header = header.trim_end();
                if header.is_empty() {
                    break;
                }
                let (name, value) = header.split_once(':').unwrap();
                match name.to_ascii_lowercase().as_str() {
                    "content-length" => length = value.trim().parse().unwrap(),
                    "authorization" => authorization = Some(value.trim().to_owned()),
                    _ => {}
                }
            }
            let mut body = vec![0; length];
            reader.read_exact(&mut body).unwrap();
            let body = if body.is_empty() {
                serde_json::Value::Null
            } else {
                serde_json::from_slice(&body).unwrap()
            };
            tx.send(Seen {
                method,
                path,
                authorization,
                body,
            })
            .unwrap();
            let mut stream = stream;
            write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{}",
                answer.len(),
                answer
            )
            .unwrap();
        }
    });
    (base, rx)
}

const TOKEN: &str = r#"{"code":0,"message":null,"response":{"access_token":"a9ace025c90c0da2161075da6ddd3492a2fca776","expired_at":1700001800,"now":1700000000}}"#;

fn payment(status: &str, fail_reason: &str) -> String {
    format!(
        r#"{{"code":0,"message":null,"response":{{"imp_uid":"imp_448280090638","merchant_uid":"order_monthly_0001","pay_method":"trans","channel":"api","pg_provider":"chai","sandbox":true,"name":"월간 이용권 정기결제","amount":8900,"cancel_amount":0,"currency":"KRW","status":"{status}","started_at":1700000000,"paid_at":{paid},"failed_at":{failed},"cancelled_at":0,"fail_reason":{fail_reason}}}}}"#,
        paid = if status == "paid" { 1_700_000_001 } else { 0 },
        failed = if status == "failed" { 1_700_000_001 } else { 0 },
    )
}

#[test]
fn register_then_charge_with_again() {
    let params = serde_json::to_value(flow::registration().unwrap()).unwrap();
    assert_eq!(params["pg"], "chai");
    assert_eq!(params["pay_method"], "trans");
    assert_eq!(params["customer_uid"], "gildong_0001_1234");

    let (base, seen) = stand_in(vec![TOKEN.to_owned(), payment("paid", "null")]);
    let charge = flow::charge(&base, "imp_apikey", "secret").unwrap();
    assert!(
        matches!(charge, Charge::Paid(ref p) if p.amount.to_string() == "8900"),
        "{charge:?}"
    );

    let token_call = seen.recv_timeout(Duration::from_secs(5)).unwrap();
    assert_eq!(
        (token_call.method.as_str(), token_call.path.as_str()),
        ("POST", "/users/getToken")
    );
    assert_eq!(token_call.authorization, None);
    assert_eq!(
        token_call.body,
        serde_json::json!({"imp_key": "imp_apikey", "imp_secret": "secret"})
    );

    let again = seen.recv_timeout(Duration::from_secs(5)).unwrap();
    assert_eq!(
        (again.method.as_str(), again.path.as_str()),
        ("POST", "/subscribe/payments/again")
    );
    assert_eq!(
        again.authorization.as_deref(),
        Some("Bearer a9ace025c90c0da2161075da6ddd3492a2fca776")
    );
    for key in ["customer_uid", "merchant_uid", "amount", "name"] {
        assert!(
            again.body.get(key).is_some(),
            "again without {key}: {}",
            again.body
        );
    }
    assert!(again.body["amount"].is_number());
}

#[test]
fn a_failed_charge_with_code_zero_reaches_the_caller() {
    let (base, _seen) = stand_in(vec![TOKEN.to_owned(), payment("failed", r#""잔액 부족""#)]);
    match flow::charge(&base, "imp_apikey", "secret").unwrap() {
        Charge::Failed { reason, .. } => assert_eq!(reason, "잔액 부족"),
        other => panic!("expected a failed charge, got {other:?}"),
    }
}

#[test]
fn an_api_error_reaches_the_caller() {
    let (base, _seen) = stand_in(vec![
        TOKEN.to_owned(),
        r#"{"code":-1,"message":"등록된 고객정보가 없습니다.","response":null}"#.to_owned(),
    ]);
    let err = flow::charge(&base, "imp_apikey", "secret")
        .unwrap_err()
        .to_string();
    assert_eq!(err, "PortOne answered code -1: 등록된 고객정보가 없습니다.");
}
