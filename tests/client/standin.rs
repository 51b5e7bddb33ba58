//! A stand-in PortOne REST API on 127.0.0.1 that misbehaves on request,
//! now used by the client benchmark (`benches/client.rs`) alone: the
//! client's tests run against `iamport-sim`, and the benchmark moves there
//! once its figures against both are in BENCHMARKS.md (issue 18). It
//! speaks HTTP/1.1 with keep-alive, as PortOne does, keeps the payments it made (with `started_at` by its own clock,
//! the system's), and counts every request by route. Shapes follow
//! rest-api.md §5 (the OpenAPI's `AccessToken`, `Payment`, the paged
//! `findAll` answer and the `{code, message, response}` envelope).

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// The secret the stand-in expects; no error text may contain it.
pub(crate) const SECRET: &str = "imp-secret-value-9f8e7d";

/// A payment the stand-in keeps.
#[derive(Clone, Debug)]
pub(crate) struct Kept {
    pub(crate) imp_uid: String,
    pub(crate) merchant_uid: String,
    pub(crate) status: &'static str,
    pub(crate) started_at: u64,
}

/// How the stand-in answers, and what it saw.
#[derive(Default)]
pub(crate) struct State {
    /// `getToken` calls.
    pub(crate) token_calls: usize,
    /// Requests other than `getToken`.
    pub(crate) other_calls: usize,
    /// `POST /subscribe/payments/again` requests that reached the
    /// stand-in (processed or not).
    pub(crate) again_calls: usize,
    /// `GET /payments/{imp_uid}` requests that reached the stand-in.
    pub(crate) gets: usize,
    /// The `Retry-After` value sent with every 429 and 503, if any.
    pub(crate) retry_after: Option<&'static str>,
    /// How `findAll` pages: "" (one page of all, as PortOne does for a
    /// few payments), "three" (one payment a page, pages 1 to 3, `next`
    /// the following page and 0 on the last), "loop" (page 1 names page
    /// 2 next, page 2 names page 1).
    pub(crate) paging: &'static str,
    /// Seconds each issued token lives by the server's clock.
    pub(crate) token_ttl: u64,
    /// The tokens the server accepts; others answer 401.
    pub(crate) valid_tokens: Vec<String>,
    /// Charges processed, by `merchant_uid` (paid ones and failed ones).
    pub(crate) charged: HashMap<String, usize>,
    /// Every payment, in the order made.
    pub(crate) payments: Vec<Kept>,
    /// What `again` does: "ok", "failed", "drop-after" (processed, then the
    /// connection drops), "drop-before" (dropped unprocessed), "500-after"
    /// (processed, then 500), "408-after", "slow-after" (processed, then
    /// answered after `slow`), "inflight" (recorded as paid only after
    /// `slow`, answered then), "null-after" (processed, then `code: 0` with
    /// a null response), "proxy-404-after" (processed, then a 404 that is
    /// not PortOne's envelope), "gateway-403-after" (processed, then a
    /// gateway's JSON 403 with a `code` of its own), "503-after"
    /// (processed, then 503), "429-before" (429 unprocessed), "redirect-307" and
    /// "redirect-308" (to
    /// `redirect_to`, unprocessed), "refused" (400 with PortOne's envelope,
    /// unprocessed), "fail-once" (the first attempt of a `merchant_uid`
    /// fails, later ones are paid).
    pub(crate) again: &'static str,
    /// What `GET /payments/{imp_uid}` does: "ok", "500", "api-error",
    /// "slow", "huge" (3 MiB with its length), "huge-chunked" (the same
    /// in chunks, no length), "hostile-length" (announces
    /// 9223372036854775807 bytes, sends a few and closes),
    /// "hostile-length-60m" (the same with 60 MiB), "malformed",
    /// "redirect-307", "404-envelope" (PortOne's own 404), "207",
    /// "429-once" (the first one answers 429, later ones are "ok"),
    /// "drop-once" (the first one's connection drops unanswered).
    pub(crate) get: &'static str,
    /// What the lookups (`find`, `findAll`) do: "ok", "429", "api-error"
    /// (`code: -1`), "proxy-404" (a 404 that is not PortOne's envelope),
    /// "redirect-307", "flaky" (every other lookup answers 429).
    pub(crate) lookup: &'static str,
    /// Lookups answered.
    pub(crate) lookups: usize,
    /// What `getToken` does: "ok", "hang" (answers after `slow`), "fail"
    /// (500), "fail-once" (the first call answers 500, later ones "ok"),
    /// "redirect-307".
    pub(crate) token: &'static str,
    /// Where redirects point.
    pub(crate) redirect_to: String,
    /// How long "slow" answers wait.
    pub(crate) slow: Duration,
    /// Whether a bare token (no `Bearer `) is accepted, as PortOne does;
    /// off in the tests, so that they check the documented form.
    pub(crate) accept_bare_token: bool,
    /// `Tier` header values seen, one entry per request.
    pub(crate) tiers: Vec<Vec<String>>,
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
        lookup: "ok",
        token: "ok",
        slow: Duration::from_secs(3),
        ..State::default()
    }))
}

/// The stand-in's clock, Unix seconds.
pub(crate) fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

impl State {
    /// Records a payment; returns it.
    pub(crate) fn record(
        &mut self,
        merchant_uid: &str,
        status: &'static str,
        started_at: u64,
    ) -> Kept {
        let kept = Kept {
            imp_uid: format!("imp_{}", self.payments.len() + 1),
            merchant_uid: merchant_uid.to_owned(),
            status,
            started_at,
        };
        self.payments.push(kept.clone());
        *self.charged.entry(merchant_uid.to_owned()).or_default() += 1;
        kept
    }

    /// Paid payments of `merchant_uid`.
    pub(crate) fn paid(&self, merchant_uid: &str) -> usize {
        self.payments
            .iter()
            .filter(|p| p.merchant_uid == merchant_uid && p.status == "paid")
            .count()
    }
}

/// A payment as the OpenAPI's `PaymentAnnotation` has it, with the fields
/// it marks required.
pub(crate) fn payment_json(p: &Kept) -> String {
    let failed_at = if p.status == "failed" {
        p.started_at
    } else {
        0
    };
    let paid_at = if p.status == "paid" { p.started_at } else { 0 };
    format!(
        r#"{{"imp_uid":"{}","merchant_uid":"{}","status":"{}","amount":1000,"cancel_amount":0,"currency":"KRW","sandbox":false,"pay_method":"card","channel":"api","pg_provider":"nice","emb_pg_provider":null,"pg_tid":"t","pg_id":"p","escrow":false,"apply_num":"1","bank_code":null,"bank_name":null,"card_code":"361","card_name":"BC카드","card_issuer_code":"361","card_issuer_name":"BC카드","card_publisher_code":"361","card_publisher_name":"BC카드","card_quota":0,"card_number":"123456*********1","card_type":0,"vbank_code":null,"vbank_name":null,"vbank_num":null,"vbank_holder":null,"vbank_date":0,"vbank_issued_at":0,"name":"월간 이용권","buyer_name":null,"buyer_email":null,"buyer_tel":null,"buyer_addr":null,"buyer_postcode":null,"custom_data":null,"user_agent":"sorry_not_supported","started_at":{},"paid_at":{paid_at},"failed_at":{failed_at},"cancelled_at":0,"fail_reason":"카드 한도 초과","cancel_reason":null,"receipt_url":null,"cancel_history":[],"cancel_receipt_urls":[],"cash_receipt_issued":false,"customer_uid":"c","customer_uid_usage":"payment"}}"#,
        p.imp_uid, p.merchant_uid, p.status, p.started_at
    )
}

fn envelope(response: &str) -> String {
    format!(r#"{{"code":0,"message":null,"response":{response}}}"#)
}

const NOT_FOUND: &str = r#"{"code":1,"message":"존재하지 않는 결제정보입니다.","response":null}"#;

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

/// A second listener on 127.0.0.1, the target of redirects: it counts the
/// bytes it is sent (which must stay 0) and answers nothing.
pub(crate) async fn sink() -> (String, Arc<Mutex<usize>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let received = Arc::new(Mutex::new(0));
    let count = received.clone();
    tokio::spawn(async move {
        loop {
            let Ok((mut socket, _)) = listener.accept().await else {
                return;
            };
            let count = count.clone();
            tokio::spawn(async move {
                // A connection alone counts as something received.
                *count.lock().unwrap() += 1;
                let mut buf = [0u8; 4096];
                while let Ok(n) = socket.read(&mut buf).await {
                    if n == 0 {
                        return;
                    }
                    *count.lock().unwrap() += n;
                }
            });
        }
    });
    (format!("http://{addr}"), received)
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
        let tiers: Vec<String> = head
            .lines()
            .filter_map(|l| {
                let (k, v) = l.split_once(':')?;
                k.eq_ignore_ascii_case("tier").then(|| v.trim().to_owned())
            })
            .collect();
        state.lock().unwrap().tiers.push(tiers);
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
        let (get_mode, redirect_to, retry_after) = {
            let s = state.lock().unwrap();
            (s.get, s.redirect_to.clone(), s.retry_after)
        };
        let extra = match retry_after {
            Some(after) if status == 429 || status == 503 => format!("Retry-After: {after}\r\n"),
            _ => String::new(),
        };
        let response = if status == 307 || status == 308 {
            format!(
                "HTTP/1.1 {status} X\r\nLocation: {redirect_to}/users/getToken\r\nContent-Length: 0\r\n\r\n"
            )
        } else if answer == "hostile" {
            // A length no memory holds (or 60 MiB, under the client's
            // ceiling), a few bytes, then the end.
            let length = if get_mode == "hostile-length" {
                "9223372036854775807"
            } else {
                "62914560"
            };
            let head = format!(
                "HTTP/1.1 200 X\r\nContent-Type: application/json\r\nContent-Length: {length}\r\n\r\n{{\"code\":0"
            );
            let _ = socket.write_all(head.as_bytes()).await;
            return;
        } else if get_mode == "huge-chunked" && answer.len() > 1 << 20 {
            // In chunks with no length up front, so that only counting
            // what arrives can stop it.
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
                "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\n{extra}Content-Length: {}\r\n\r\n{answer}",
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
        let (mode, slow) = {
            let mut s = state.lock().unwrap();
            s.token_calls += 1;
            (s.token, s.slow)
        };
        let first = state.lock().unwrap().token_calls == 1;
        match mode {
            "hang" => tokio::time::sleep(slow).await,
            "fail" => return (500, "oops".to_owned()),
            "fail-once" if first => return (500, "oops".to_owned()),
            "redirect-307" => return (307, String::new()),
            _ => {}
        }
        let mut s = state.lock().unwrap();
        let token = format!("token-{}", s.token_calls);
        s.valid_tokens.push(token.clone());
        let now = now();
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
            let mut s = state.lock().unwrap();
            s.again_calls += 1;
            (s.again, s.slow)
        };
        if mode == "inflight" {
            // Still processing when the client gives up; recorded later.
            let started_at = now();
            tokio::time::sleep(slow).await;
            let kept = state
                .lock()
                .unwrap()
                .record(&merchant_uid, "paid", started_at);
            return (200, envelope(&payment_json(&kept)));
        }
        if matches!(
            mode,
            "drop-before" | "redirect-307" | "redirect-308" | "refused" | "429-before"
        ) {
            return match mode {
                "drop-before" => (0, String::new()),
                "429-before" => (429, "Too Many Requests".to_owned()),
                "refused" => (
                    400,
                    r#"{"code":1,"message":"빌링키가 존재하지 않습니다.","response":null}"#
                        .to_owned(),
                ),
                "redirect-307" => (307, String::new()),
                _ => (308, String::new()),
            };
        }
        let kept = {
            let mut s = state.lock().unwrap();
            let status = match mode {
                "failed" => "failed",
                "fail-once" if !s.payments.iter().any(|p| p.merchant_uid == merchant_uid) => {
                    "failed"
                }
                _ => "paid",
            };
            s.record(&merchant_uid, status, now())
        };
        return match mode {
            "drop-after" => (0, String::new()),
            "500-after" => (500, "oops".to_owned()),
            "503-after" => (503, "Service Unavailable".to_owned()),
            "408-after" => (408, "Request Timeout".to_owned()),
            "proxy-404-after" => (404, "<html>Not Found</html>".to_owned()),
            "gateway-403-after" => (403, r#"{"code":403,"message":"Forbidden"}"#.to_owned()),
            "null-after" => (
                200,
                r#"{"code":0,"message":null,"response":null}"#.to_owned(),
            ),
            "slow-after" => {
                tokio::time::sleep(slow).await;
                (200, envelope(&payment_json(&kept)))
            }
            _ => (200, envelope(&payment_json(&kept))),
        };
    }
    let lookup = path.starts_with("/payments/find/") || path.starts_with("/payments/findAll/");
    if lookup {
        let mode = {
            let mut s = state.lock().unwrap();
            s.lookups += 1;
            match s.lookup {
                "flaky" if s.lookups % 2 == 1 => "429",
                mode => mode,
            }
        };
        match mode {
            "429" => return (429, "Too Many Requests".to_owned()),
            "api-error" => {
                return (
                    200,
                    r#"{"code":-1,"message":"일시적인 오류","response":null}"#.to_owned(),
                );
            }
            "proxy-404" => return (404, "<html>Not Found</html>".to_owned()),
            "redirect-307" => return (307, String::new()),
            _ => {}
        }
    }
    if let Some(rest) = path.strip_prefix("/payments/findAll/") {
        let merchant_uid = rest.split(['/', '?']).next().unwrap_or_default();
        let mut found: Vec<Kept> = state
            .lock()
            .unwrap()
            .payments
            .iter()
            .filter(|p| p.merchant_uid == merchant_uid)
            .cloned()
            .collect();
        if found.is_empty() {
            return (404, NOT_FOUND.to_owned());
        }
        // `sorting=-started`: newest first.
        found.sort_by_key(|p| std::cmp::Reverse(p.started_at));
        let total = found.len();
        let page: usize = path
            .split(['?', '&'])
            .find_map(|kv| kv.strip_prefix("page="))
            .map_or(1, |n| n.parse().unwrap());
        let paging = state.lock().unwrap().paging;
        let (previous, next, found) = match paging {
            "three" => (
                page - 1,
                if page < 3 { page + 1 } else { 0 },
                found.into_iter().skip(page - 1).take(1).collect(),
            ),
            "loop" => (
                0,
                if page == 1 { 2 } else { 1 },
                found.into_iter().skip(page - 1).take(1).collect(),
            ),
            _ => (0, 0, found),
        };
        let list: Vec<String> = found.iter().map(payment_json).collect();
        return (
            200,
            envelope(&format!(
                r#"{{"total":{total},"previous":{previous},"next":{next},"list":[{}]}}"#,
                list.join(",")
            )),
        );
    }
    if let Some(rest) = path.strip_prefix("/payments/find/") {
        let merchant_uid = rest.split(['/', '?']).next().unwrap_or_default();
        let s = state.lock().unwrap();
        return match s
            .payments
            .iter()
            .rev()
            .find(|p| p.merchant_uid == merchant_uid)
        {
            Some(p) => (200, envelope(&payment_json(p))),
            None => (404, NOT_FOUND.to_owned()),
        };
    }
    if path.starts_with("/payments") {
        let (mode, slow) = {
            let mut s = state.lock().unwrap();
            s.gets += 1;
            let mode = match s.get {
                "429-once" | "drop-once" if s.gets > 1 => "ok",
                mode => mode,
            };
            (mode, s.slow)
        };
        let paid = Kept {
            imp_uid: "imp_1".to_owned(),
            merchant_uid: "m".to_owned(),
            status: "paid",
            started_at: now(),
        };
        return match mode {
            "500" => (
                500,
                r#"{"code":-1,"message":"서버 오류\n두 줄","response":null}"#.to_owned(),
            ),
            "api-error" => (
                200,
                r#"{"code":-1,"message":"PG사 오류","response":null}"#.to_owned(),
            ),
            "slow" => {
                tokio::time::sleep(slow).await;
                (200, envelope(&payment_json(&paid)))
            }
            "huge" | "huge-chunked" => (
                200,
                format!(
                    r#"{{"code":0,"message":"{}","response":null}}"#,
                    "x".repeat(3 << 20)
                ),
            ),
            "hostile-length" | "hostile-length-60m" => (200, "hostile".to_owned()),
            "malformed" => (200, r#"{"code":0,"response":{"imp_uid":"#.to_owned()),
            "redirect-307" => (307, String::new()),
            "429-once" => (429, "Too Many Requests".to_owned()),
            "drop-once" => (0, String::new()),
            "404-envelope" => (404, NOT_FOUND.to_owned()),
            "207" => (
                207,
                format!(
                    r#"{{"code":1,"message":"일부 거래 조회 실패","response":[{}]}}"#,
                    payment_json(&paid)
                ),
            ),
            _ => (200, envelope(&payment_json(&paid))),
        };
    }
    (404, "{}".to_owned())
}
