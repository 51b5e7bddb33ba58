//! The simulator behaves as PortOne V1 does: tokens, charges, lookups,
//! cancellations, preparation, billing keys, schedules on the simulated
//! clock, virtual accounts, webhooks, faults and the checkout window.
//! Each test names the source of the behaviour it checks.

mod common;

use std::time::Duration;

use common::{Api, again, card, send};
use iamport_sim::{CardBehaviour, Choice, Fault, Sim};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

async fn sim_with_key(customer_uid: &str) -> (Sim, Api) {
    let sim = Sim::start().await.unwrap();
    let api = Api::new(&sim).await;
    let (status, body) = api
        .call(
            "POST",
            &format!("/subscribe/customers/{customer_uid}"),
            Some(card("5361-8100-0000-0005")),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    (sim, api)
}

/// OpenAPI `getToken`: the same token while valid, extended by 5 minutes
/// in its last minute, a new one after expiry; a wrong secret is a 401; an
/// expired or unknown token gets a 401.
#[tokio::test]
async fn tokens_follow_the_servers_clock() {
    let sim = Sim::start().await.unwrap();
    let api = Api::new(&sim).await;
    let creds = json!({"imp_key": sim.key(), "imp_secret": sim.secret()});
    let (_, first) = api
        .raw("POST", "/users/getToken", Some(creds.clone()), None)
        .await;
    let first = &first["response"];
    assert_eq!(first["access_token"], api.token.as_str());
    assert_eq!(
        first["expired_at"].as_i64().unwrap() - first["now"].as_i64().unwrap(),
        1800
    );

    sim.advance(Duration::from_secs(1800 - 30)).await;
    let (_, extended) = api
        .raw("POST", "/users/getToken", Some(creds.clone()), None)
        .await;
    assert_eq!(extended["response"]["access_token"], api.token.as_str());
    assert_eq!(
        extended["response"]["expired_at"].as_i64().unwrap(),
        first["expired_at"].as_i64().unwrap() + 300,
        "extended by 5 minutes"
    );

    sim.advance(Duration::from_secs(331)).await;
    let (status, body) = api.call("GET", "/payments/imps_1", None).await;
    assert_eq!(
        (status, body["code"].as_i64()),
        (401, Some(-1)),
        "an expired token"
    );
    let (_, renewed) = api.raw("POST", "/users/getToken", Some(creds), None).await;
    assert_ne!(renewed["response"]["access_token"], api.token.as_str());

    let wrong = json!({"imp_key": sim.key(), "imp_secret": "wrong"});
    let (status, body) = api.raw("POST", "/users/getToken", Some(wrong), None).await;
    assert_eq!(status, 401);
    assert!(!body.to_string().contains(sim.secret()));
    let (status, _) = api
        .raw("GET", "/payments/imps_1", None, Some("Bearer made-up"))
        .await;
    assert_eq!(status, 401);
    let (status, _) = api.raw("GET", "/payments/imps_1", None, None).await;
    assert_eq!(status, 401);
}

/// rest-api.md §2: PortOne takes the bare token as well as `Bearer`; the
/// log says which form came.
#[tokio::test]
async fn the_log_says_whether_bearer_was_used() {
    let sim = Sim::start().await.unwrap();
    let api = Api::new(&sim).await;
    let (status, _) = api
        .raw("GET", "/payments/none", None, Some(&api.token))
        .await;
    assert_eq!(status, 404);
    let (status, _) = api.call("GET", "/payments/none", None).await;
    assert_eq!(status, 404);
    let log = sim.state().log;
    let bearer: Vec<bool> = log
        .iter()
        .filter(|s| s.route == "getPaymentByImpUid")
        .map(|s| s.bearer)
        .collect();
    assert_eq!(bearer, [false, true]);
}

/// OpenAPI `again`; PHP `SubscribeAgain.php`: a decline is `code: 0`
/// with `status: "failed"`; pitfalls #3: a `merchant_uid` already paid is
/// refused; an unknown billing key is `code: -1` (rest-api.md §3).
#[tokio::test]
async fn again_pays_declines_and_refuses_a_paid_merchant_uid() {
    let (sim, api) = sim_with_key("c1").await;
    let (status, paid) = api
        .call(
            "POST",
            "/subscribe/payments/again",
            Some(again("c1", "m1", 1000)),
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(paid["code"], 0);
    assert_eq!(paid["response"]["status"], "paid");
    assert_eq!(paid["response"]["amount"], 1000);
    assert_eq!(paid["response"]["customer_uid_usage"], "payment");

    let (_, again_paid) = api
        .call(
            "POST",
            "/subscribe/payments/again",
            Some(again("c1", "m1", 1000)),
        )
        .await;
    assert_eq!(again_paid["code"], -1);
    assert_eq!(again_paid["message"], "이미 결제가 이루어진 거래건입니다.");

    sim.script_billing_key("c1", CardBehaviour::Decline("잔액 부족".to_owned()));
    let (_, declined) = api
        .call(
            "POST",
            "/subscribe/payments/again",
            Some(again("c1", "m2", 1000)),
        )
        .await;
    assert_eq!(declined["code"], 0);
    assert_eq!(declined["response"]["status"], "failed");
    assert_eq!(declined["response"]["fail_reason"], "잔액 부족");

    let (_, unknown) = api
        .call(
            "POST",
            "/subscribe/payments/again",
            Some(again("nobody", "m3", 1000)),
        )
        .await;
    assert_eq!(unknown["code"], -1);

    // A failed attempt does not block the merchant_uid.
    sim.script_billing_key("c1", CardBehaviour::Pay);
    let (_, retried) = api
        .call(
            "POST",
            "/subscribe/payments/again",
            Some(again("c1", "m2", 1000)),
        )
        .await;
    assert_eq!(retried["response"]["status"], "paid");
    let state = sim.state();
    assert_eq!(state.requests["again"], 5);
    assert_eq!(
        state
            .payments
            .iter()
            .filter(|p| p.merchant_uid == "m2")
            .count(),
        2
    );
}

/// A card number ending in 0002 is declined (the simulator's test card).
#[tokio::test]
async fn the_declining_test_card() {
    let sim = Sim::start().await.unwrap();
    let api = Api::new(&sim).await;
    let (_, body) = api
        .call(
            "POST",
            "/subscribe/payments/onetime",
            Some(json!({"merchant_uid": "o1", "amount": 5000, "card_number": "4000-0000-0000-0002", "expiry": "2030-01"})),
        )
        .await;
    assert_eq!(body["response"]["status"], "failed");
}

/// OpenAPI `getPaymentByMerchantUid` ("정렬 기준에 따라 가장 첫 번째"),
/// `getAllPaymentsByMerchantUid` (paged, `next` 0 on the last page),
/// `getPaymentsByStatus`, `getPaymentListByImpUid` (207 when some are
/// missing).
#[tokio::test]
async fn lookups_by_every_key() {
    let (sim, api) = sim_with_key("c").await;
    sim.script_billing_key("c", CardBehaviour::Decline("한도 초과".to_owned()));
    let (_, failed) = api
        .call(
            "POST",
            "/subscribe/payments/again",
            Some(again("c", "m", 1000)),
        )
        .await;
    sim.advance(Duration::from_secs(5)).await;
    sim.script_billing_key("c", CardBehaviour::Pay);
    let (_, paid) = api
        .call(
            "POST",
            "/subscribe/payments/again",
            Some(again("c", "m", 1000)),
        )
        .await;
    let failed_uid = failed["response"]["imp_uid"].as_str().unwrap();
    let paid_uid = paid["response"]["imp_uid"].as_str().unwrap();

    let (_, newest) = api.call("GET", "/payments/find/m", None).await;
    assert_eq!(newest["response"]["imp_uid"], paid_uid);
    let (_, oldest) = api
        .call("GET", "/payments/find/m?sorting=started", None)
        .await;
    assert_eq!(oldest["response"]["imp_uid"], failed_uid);
    let (_, only_failed) = api.call("GET", "/payments/find/m/failed", None).await;
    assert_eq!(only_failed["response"]["imp_uid"], failed_uid);

    let (_, page1) = api.call("GET", "/payments/findAll/m?limit=1", None).await;
    assert_eq!(page1["response"]["total"], 2);
    assert_eq!(page1["response"]["next"], 2);
    assert_eq!(page1["response"]["list"][0]["imp_uid"], paid_uid);
    let (_, page2) = api
        .call("GET", "/payments/findAll/m?limit=1&page=2", None)
        .await;
    assert_eq!(page2["response"]["next"], 0);
    assert_eq!(page2["response"]["previous"], 1);
    let (status, _) = api
        .call("GET", "/payments/findAll/m?limit=1001", None)
        .await;
    assert_eq!(status, 400, "limit at most 1000");

    let (_, by_status) = api.call("GET", "/payments/status/paid", None).await;
    assert_eq!(by_status["response"]["total"], 1);
    let path = format!("/payments?imp_uid[]={paid_uid}&imp_uid[]=imps_missing");
    let (status, some) = api.call("GET", &path, None).await;
    assert_eq!(status, 207);
    assert_eq!(some["response"].as_array().unwrap().len(), 1);
    let (status, none) = api.call("GET", "/payments/imps_missing", None).await;
    assert_eq!((status, none["code"].as_i64()), (404, Some(1)));
    assert_eq!(none["message"], "존재하지 않는 결제정보입니다.");
}

/// OpenAPI `cancelPayment`; `cancel/v1/basic.mdx`: partial and full
/// cancels, `checksum` refuses a stale rest, 0 or no amount cancels all,
/// `cancel_history` and `cancel_amount` as PortOne reads them; the
/// webhook only with `enable_webhook`.
#[tokio::test]
async fn cancellations_partial_full_and_checksum() {
    let (sim, api) = sim_with_key("c").await;
    let (_, paid) = api
        .call(
            "POST",
            "/subscribe/payments/again",
            Some(again("c", "m", 10_000)),
        )
        .await;
    let imp_uid = paid["response"]["imp_uid"].as_str().unwrap().to_owned();

    let stale = json!({"imp_uid": imp_uid, "amount": 1000, "checksum": 9000});
    let (_, refused) = api.call("POST", "/payments/cancel", Some(stale)).await;
    assert_eq!(refused["code"], 1, "{refused}");

    let partial = json!({"imp_uid": imp_uid, "amount": 3000, "checksum": 10_000, "reason": "부분"});
    let (_, first) = api.call("POST", "/payments/cancel", Some(partial)).await;
    assert_eq!(first["response"]["status"], "paid");
    assert_eq!(first["response"]["cancel_amount"], 3000);
    assert_eq!(first["response"]["cancel_history"][0]["amount"], 3000);

    let rest = json!({"merchant_uid": "m", "amount": 0});
    let (_, all) = api.call("POST", "/payments/cancel", Some(rest)).await;
    assert_eq!(all["response"]["status"], "cancelled");
    assert_eq!(all["response"]["cancel_amount"], 10_000);
    assert_eq!(
        all["response"]["cancel_history"].as_array().unwrap().len(),
        2
    );

    let (_, twice) = api
        .call(
            "POST",
            "/payments/cancel",
            Some(json!({"imp_uid": imp_uid})),
        )
        .await;
    assert_eq!(twice["code"], 1);
    let (_, none) = api
        .call(
            "POST",
            "/payments/cancel",
            Some(json!({"imp_uid": "imps_none"})),
        )
        .await;
    assert_eq!(none["message"], "취소할 결제건이 존재하지 않습니다.");
    assert!(
        sim.state()
            .webhooks
            .iter()
            .all(|d| d.webhook.body["status"] != "cancelled")
    );
}

/// OpenAPI `preparePayment`: a payment whose amount differs from the
/// prepared one fails.
#[tokio::test]
async fn a_prepared_amount_that_differs_fails_the_payment() {
    let (_sim, api) = sim_with_key("c").await;
    let (_, prepared) = api
        .call(
            "POST",
            "/payments/prepare",
            Some(json!({"merchant_uid": "p1", "amount": 5000})),
        )
        .await;
    assert_eq!(prepared["response"]["amount"], 5000);
    let (_, got) = api.call("GET", "/payments/prepare/p1", None).await;
    assert_eq!(got["response"]["merchant_uid"], "p1");
    let (_, wrong) = api
        .call(
            "POST",
            "/subscribe/payments/again",
            Some(again("c", "p1", 4000)),
        )
        .await;
    assert_eq!(wrong["response"]["status"], "failed");
    let (_, right) = api
        .call(
            "POST",
            "/subscribe/payments/again",
            Some(again("c", "p1", 5000)),
        )
        .await;
    assert_eq!(right["response"]["status"], "paid");
}

/// OpenAPI `/subscribe/customers`: issue, look up, list (207), delete;
/// a super billing key answers with its channels.
#[tokio::test]
async fn billing_keys_and_super_billing_keys() {
    let (_sim, api) = sim_with_key("c").await;
    let (_, key) = api.call("GET", "/subscribe/customers/c", None).await;
    assert_eq!(key["response"]["card_number"], "536181*********5");
    let mut group = card("5361-8100-0000-0005");
    group["channel_group_id"] = json!("group-1");
    let (_, super_key) = api
        .call("POST", "/subscribe/customers/s", Some(group))
        .await;
    assert_eq!(super_key["response"]["channelGroupId"], "group-1");
    assert_eq!(
        super_key["response"]["succeededChannels"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let (status, _) = api
        .call(
            "GET",
            "/subscribe/customers?customer_uid[]=c&customer_uid[]=x",
            None,
        )
        .await;
    assert_eq!(status, 207);
    let (status, _) = api.call("DELETE", "/subscribe/customers/c", None).await;
    assert_eq!(status, 200);
    let (status, _) = api.call("GET", "/subscribe/customers/c", None).await;
    assert_eq!(status, 404);
}

/// A webhook receiver on loopback that collects the bodies it gets.
async fn receiver() -> (String, tokio::sync::mpsc::UnboundedReceiver<Value>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/webhook", listener.local_addr().unwrap());
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
    tokio::spawn(async move {
        loop {
            let Ok((mut socket, _)) = listener.accept().await else {
                return;
            };
            let tx = tx.clone();
            tokio::spawn(async move {
                let mut buf = Vec::new();
                let mut chunk = [0u8; 4096];
                loop {
                    let n = socket.read(&mut chunk).await.unwrap_or(0);
                    if n == 0 {
                        return;
                    }
                    buf.extend_from_slice(&chunk[..n]);
                    let text = String::from_utf8_lossy(&buf).to_string();
                    if let Some((head, body)) = text.split_once("\r\n\r\n") {
                        let length = head
                            .lines()
                            .find_map(|l| {
                                l.to_ascii_lowercase()
                                    .strip_prefix("content-length:")
                                    .map(|v| v.trim().parse::<usize>().unwrap())
                            })
                            .unwrap_or(0);
                        if body.len() >= length {
                            let _ = tx.send(serde_json::from_str(&body[..length]).unwrap());
                            let _ = socket
                                .write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n")
                                .await;
                            return;
                        }
                    }
                }
            });
        }
    });
    (url, rx)
}

/// OpenAPI `schedule` and its siblings; V1 webhook page: a schedule runs
/// when the clock passes `schedule_at`, leaves a payment and a webhook
/// (paid or failed); unschedule, reschedule and retry.
#[tokio::test]
async fn schedules_run_on_the_simulated_clock() {
    let (url, mut hooks) = receiver().await;
    // Tokens that outlive the hours the clock moves.
    let sim = Sim::builder()
        .notice_url(url)
        .token_ttl(Duration::from_hours(24))
        .start()
        .await
        .unwrap();
    let api = Api::new(&sim).await;
    api.call(
        "POST",
        "/subscribe/customers/c",
        Some(card("5361-8100-0000-0005")),
    )
    .await;
    let now = sim.now();
    let body = json!({"customer_uid": "c", "schedules": [
        {"merchant_uid": "s1", "schedule_at": now + 3600, "amount": 9900, "name": "정기", "currency": "KRW"},
        {"merchant_uid": "s2", "schedule_at": now + 7200, "amount": 9900, "name": "정기", "currency": "KRW"},
        {"merchant_uid": "s3", "schedule_at": now + 7200, "amount": 9900, "name": "정기", "currency": "KRW"},
    ]});
    let (_, scheduled) = api
        .call("POST", "/subscribe/payments/schedule", Some(body))
        .await;
    assert_eq!(
        scheduled["response"].as_array().unwrap().len(),
        3,
        "{scheduled}"
    );
    let (_, dup) = api
        .call("POST", "/subscribe/payments/schedule", Some(json!({"customer_uid": "c", "schedules": [
            {"merchant_uid": "s1", "schedule_at": now + 9000, "amount": 1, "name": "x", "currency": "KRW"}]})))
        .await;
    assert_eq!(dup["code"], 1, "동일한 주문번호로 중복결제 불가");
    let (_, revoked) = api
        .call(
            "POST",
            "/subscribe/payments/unschedule",
            Some(json!({"customer_uid": "c", "merchant_uid": ["s3"]})),
        )
        .await;
    assert_eq!(revoked["response"][0]["schedule_status"], "revoked");

    sim.advance(Duration::from_hours(1)).await;
    let hook = tokio::time::timeout(Duration::from_secs(5), hooks.recv())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(hook["merchant_uid"], "s1");
    assert_eq!(hook["status"], "paid");
    let (_, s1) = api
        .call("GET", "/subscribe/payments/schedule/s1", None)
        .await;
    assert_eq!(s1["response"]["schedule_status"], "executed", "{s1}");
    assert_eq!(s1["response"]["payment_status"], "paid");

    sim.script_billing_key("c", CardBehaviour::Decline("잔액 부족".to_owned()));
    sim.advance(Duration::from_hours(1)).await;
    let hook = tokio::time::timeout(Duration::from_secs(5), hooks.recv())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (hook["merchant_uid"].as_str(), hook["status"].as_str()),
        (Some("s2"), Some("failed"))
    );

    sim.script_billing_key("c", CardBehaviour::Pay);
    let (_, retried) = api
        .call("POST", "/subscribe/payments/schedule/s2/retry", None)
        .await;
    assert_eq!(retried["response"]["status"], "paid", "{retried}");
    let at = sim.now() + 600;
    let (_, moved) = api
        .call(
            "POST",
            "/subscribe/payments/schedule/s3/reschedule",
            Some(json!({"schedule_at": at})),
        )
        .await;
    assert_eq!(moved["response"]["schedule_status"], "scheduled");
    let (_, listed) = api
        .call("GET", "/subscribe/payments/schedule/customers/c", None)
        .await;
    assert_eq!(listed["response"].as_array().unwrap().len(), 3);
    let state = sim.state();
    assert_eq!(
        state
            .payments
            .iter()
            .filter(|p| p.merchant_uid == "s2")
            .count(),
        2
    );
}

/// OpenAPI `/vbanks`: a virtual account stays `ready` until a deposit.
#[tokio::test]
async fn a_virtual_account_waits_for_its_deposit() {
    let sim = Sim::start().await.unwrap();
    let api = Api::new(&sim).await;
    let body = json!({"merchant_uid": "v1", "amount": 30_000, "vbank_code": "004", "vbank_due": sim.now() + 86_400, "vbank_holder": "상점"});
    let (_, issued) = api.call("POST", "/vbanks", Some(body)).await;
    assert_eq!(issued["response"]["status"], "ready", "{issued}");
    let imp_uid = issued["response"]["imp_uid"].as_str().unwrap().to_owned();
    assert!(sim.deposit(&imp_uid).await);
    let (_, paid) = api.call("GET", &format!("/payments/{imp_uid}"), None).await;
    assert_eq!(paid["response"]["status"], "paid");
    assert!(!sim.deposit(&imp_uid).await, "a second deposit is refused");
}

/// Faults: a charge whose connection drops after processing is charged
/// once and can be found; one dropped before is not charged; statuses
/// and redirects answer without processing.
#[tokio::test]
async fn faults_before_and_after_processing() {
    let (sim, api) = sim_with_key("c").await;
    sim.fault(Fault::after("again").drop_connection().times(1));
    let token = format!("Bearer {}", api.token);
    let dropped = tokio::spawn({
        let base = api.base.clone();
        async move {
            let address = base.trim_start_matches("http://").to_owned();
            let mut stream = tokio::net::TcpStream::connect(address).await.unwrap();
            let body = again("c", "lost", 1000).to_string();
            let request = format!(
                "POST /subscribe/payments/again HTTP/1.1\r\nhost: x\r\nauthorization: {token}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
                body.len()
            );
            stream.write_all(request.as_bytes()).await.unwrap();
            let mut answer = Vec::new();
            stream.read_to_end(&mut answer).await.unwrap_or(0);
            answer
        }
    });
    let answer = tokio::time::timeout(Duration::from_secs(5), dropped)
        .await
        .unwrap()
        .unwrap();
    assert!(answer.is_empty(), "no answer at all");
    let (_, found) = api.call("GET", "/payments/find/lost", None).await;
    assert_eq!(
        found["response"]["status"], "paid",
        "processed before the drop"
    );

    sim.fault(Fault::before("again").status(503).retry_after("2").times(1));
    let (status, headers, _) = send(
        &api.base,
        "POST",
        "/subscribe/payments/again",
        Some(again("c", "n", 1000)),
        Some(&format!("Bearer {}", api.token)),
    )
    .await;
    assert_eq!(status, 503);
    assert_eq!(headers["retry-after"], "2");
    let (status, _) = api.call("GET", "/payments/find/n", None).await;
    assert_eq!(status, 404, "not processed");

    sim.fault(
        Fault::before("getPaymentByImpUid")
            .redirect("http://127.0.0.2:9/elsewhere")
            .times(1),
    );
    let (status, headers, _) = send(
        &api.base,
        "GET",
        "/payments/x",
        None,
        Some(&format!("Bearer {}", api.token)),
    )
    .await;
    assert_eq!(status, 307);
    assert_eq!(headers["location"], "http://127.0.0.2:9/elsewhere");

    sim.fault(Fault::after("getPaymentByImpUid").malformed().times(1));
    let (status, _, text) = send(
        &api.base,
        "GET",
        "/payments/x",
        None,
        Some(&format!("Bearer {}", api.token)),
    )
    .await;
    assert_eq!(status, 200);
    assert!(serde_json::from_str::<Value>(&text).is_err());

    sim.fault(
        Fault::after("getPaymentByImpUid")
            .oversized(3 << 20, true)
            .times(1),
    );
    let (_, _, text) = send(
        &api.base,
        "GET",
        "/payments/x",
        None,
        Some(&format!("Bearer {}", api.token)),
    )
    .await;
    assert_eq!(text.len(), 3 << 20);

    let state = sim.state();
    assert_eq!(state.faults_fired, 5);
    assert_eq!(
        state
            .payments
            .iter()
            .filter(|p| p.merchant_uid == "lost")
            .count(),
        1,
        "charged once"
    );
    let faults: Vec<_> = state.log.iter().filter_map(|s| s.fault.clone()).collect();
    assert_eq!(faults[0], "after drop");
}

/// Bad input gets PortOne's kind of error, never a panic: not JSON, the
/// wrong JSON types, a string amount, huge numbers, an unknown path or
/// method, a body over 1 MiB.
#[tokio::test]
async fn bad_input_is_an_error() {
    let (_sim, api) = sim_with_key("c").await;
    for body in [
        json!([1, 2]),
        json!({"customer_uid": 5, "merchant_uid": "m", "amount": 1}),
        json!({"customer_uid": "c", "merchant_uid": "m", "amount": "1000"}),
        json!({"customer_uid": "c", "merchant_uid": "m", "amount": 1e300}),
        json!({"customer_uid": "c", "merchant_uid": "m", "amount": -5}),
        json!({"customer_uid": "c", "merchant_uid": "m", "amount": 10.001}),
    ] {
        let (status, answer) = api
            .call("POST", "/subscribe/payments/again", Some(body.clone()))
            .await;
        assert_eq!(status, 400, "{body} → {answer}");
        assert_eq!(answer["code"], -1);
    }
    let (status, _) = api.call("GET", "/nothing/here", None).await;
    assert_eq!(status, 404);
    let (status, _) = api.call("PATCH", "/payments/x", None).await;
    assert_eq!(status, 405);
    let huge = json!({"x": "y".repeat(2 << 20)});
    let (status, _) = api.call("POST", "/payments/cancel", Some(huge)).await;
    assert_eq!(status, 413);
    let (status, _) = api
        .call(
            "POST",
            "/subscribe/payments/schedule",
            Some(json!({"customer_uid": "c", "schedules": "nope"})),
        )
        .await;
    assert_eq!(status, 400);
}

/// The checkout window: a scripted choice answers without a click, by
/// redirect to `m_redirect_url` with its own query kept and the
/// documented one added (auth.mdx), or as the callback's `rsp`.
#[tokio::test]
async fn the_window_redirects_with_the_documented_query() {
    let sim = Sim::start().await.unwrap();
    sim.choose("order-1", Choice::Pay);
    let params = json!({"pg": "chai", "pay_method": "trans", "merchant_uid": "order-1", "amount": 1004, "name": "주문", "m_redirect_url": "https://shop.example/done?from=sim"});
    let (_, _, opened) = send(
        sim.url(),
        "POST",
        "/__sim/window",
        Some(json!({"merchant_code": sim.merchant_code(), "params": params})),
        None,
    )
    .await;
    let opened: Value = serde_json::from_str(&opened).unwrap();
    assert_eq!(opened["choice"], "pay");
    let id = opened["id"].as_u64().unwrap();
    let (status, headers, _) = send(
        sim.url(),
        "POST",
        &format!("/__sim/window/{id}/choose"),
        Some(json!({"choice": "pay"})),
        None,
    )
    .await;
    assert_eq!(status, 302);
    let location = url::Url::parse(headers["location"].to_str().unwrap()).unwrap();
    let query: std::collections::HashMap<_, _> = location.query_pairs().into_owned().collect();
    assert_eq!(query["from"], "sim");
    assert_eq!(query["merchant_uid"], "order-1");
    assert_eq!(query["imp_success"], "true");
    assert!(query["imp_uid"].starts_with("imps_"));
    let api = Api::new(&sim).await;
    let (_, paid) = api
        .call("GET", &format!("/payments/{}", query["imp_uid"]), None)
        .await;
    assert_eq!(paid["response"]["amount"], 1004);
    assert_eq!(paid["response"]["pg_provider"], "chai");

    let callback = json!({"merchant_uid": "order-2", "amount": 500, "name": "주문"});
    let (_, _, opened) = send(
        sim.url(),
        "POST",
        "/__sim/window",
        Some(json!({"merchant_code": sim.merchant_code(), "params": callback})),
        None,
    )
    .await;
    let id = serde_json::from_str::<Value>(&opened).unwrap()["id"]
        .as_u64()
        .unwrap();
    let (status, _, rsp) = send(
        sim.url(),
        "POST",
        &format!("/__sim/window/{id}/choose"),
        Some(json!({"choice": "fail"})),
        None,
    )
    .await;
    assert_eq!(status, 200);
    let rsp: Value = serde_json::from_str(&rsp).unwrap();
    assert_eq!(rsp["success"], false);
    assert_eq!(rsp["merchant_uid"], "order-2");
    assert!(rsp["error_msg"].is_string());
    let (status, _, script) = send(sim.url(), "GET", "/iamport.js", None, None).await;
    assert_eq!(status, 200);
    assert!(script.contains("request_pay"));
}

/// `/__sim/state`, `/__sim/clock` and `/__sim/faults` do over HTTP what
/// the Rust methods do.
#[tokio::test]
async fn the_control_endpoints() {
    let sim = Sim::start().await.unwrap();
    let before = sim.now();
    let (status, _, body) = send(
        sim.url(),
        "POST",
        "/__sim/clock",
        Some(json!({"advance_seconds": 60})),
        None,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(
        serde_json::from_str::<Value>(&body).unwrap()["now"],
        before + 60
    );
    let fault = json!({"route": "getToken", "stage": "before", "action": {"status": {"code": 500}}, "times": 1});
    let (status, _, _) = send(sim.url(), "POST", "/__sim/faults", Some(fault), None).await;
    assert_eq!(status, 200);
    let (status, _, _) = send(
        sim.url(),
        "POST",
        "/users/getToken",
        Some(json!({"imp_key": sim.key(), "imp_secret": sim.secret()})),
        None,
    )
    .await;
    assert_eq!(status, 500);
    let (_, _, state) = send(sim.url(), "GET", "/__sim/state", None, None).await;
    let state: Value = serde_json::from_str(&state).unwrap();
    assert_eq!(state["requests"]["getToken"], 1);
    assert_eq!(state["faults_fired"], 1);
    let (status, _, _) = send(
        sim.url(),
        "POST",
        "/__sim/clock",
        Some(json!({"advance_seconds": -1})),
        None,
    )
    .await;
    assert_eq!(status, 400);
}

/// `Sim::start()` is ready at once, and a dropped simulator stops
/// listening.
#[tokio::test]
async fn a_dropped_simulator_stops() {
    let sim = Sim::start().await.unwrap();
    let address = sim.url().trim_start_matches("http://").to_owned();
    drop(sim);
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert!(tokio::net::TcpStream::connect(address).await.is_err());
}

/// Every hostile string as a `merchant_uid` and a `name`: kept exactly in
/// the answers, found again by a lookup, shown escaped in the window page.
#[tokio::test]
async fn hostile_strings_are_kept_and_escaped() {
    let (sim, api) = sim_with_key("c").await;
    for (i, text) in iamport_sim::hostile::STRINGS.iter().enumerate() {
        let mut body = again("c", text, 1000 + i64::try_from(i).unwrap());
        body["name"] = json!(text);
        let (status, paid) = api
            .call("POST", "/subscribe/payments/again", Some(body))
            .await;
        assert_eq!(status, 200, "{text:?}: {paid}");
        assert_eq!(paid["response"]["merchant_uid"], *text);
        assert_eq!(paid["response"]["name"], *text);
        let path: String = url::form_urlencoded::byte_serialize(text.as_bytes()).collect();
        let (status, found) = api
            .call(
                "GET",
                &format!("/payments/find/{}", path.replace('+', "%20")),
                None,
            )
            .await;
        assert_eq!(status, 200, "{text:?}: {found}");
        assert_eq!(found["response"]["merchant_uid"], *text);

        let params = json!({"merchant_uid": format!("w{i}"), "amount": 1, "name": text});
        let (_, _, opened) = send(
            sim.url(),
            "POST",
            "/__sim/window",
            Some(json!({"merchant_code": "x", "params": params})),
            None,
        )
        .await;
        let id = serde_json::from_str::<Value>(&opened).unwrap()["id"]
            .as_u64()
            .unwrap();
        let (status, _, page) =
            send(sim.url(), "GET", &format!("/__sim/window/{id}"), None, None).await;
        assert_eq!(status, 200);
        assert!(!page.contains("<script>alert"), "{page}");
    }
    let (_, _, served) = send(sim.url(), "GET", "/__sim/hostile", None, None).await;
    let served: Vec<String> = serde_json::from_str(&served).unwrap();
    assert_eq!(served, iamport_sim::hostile::STRINGS);
}

/// Bodies of every shape to every operation: PortOne's kind of error or
/// an answer, never a panic, a 5xx or a hang.
#[tokio::test]
async fn every_operation_survives_every_shape_of_body() {
    let (_sim, api) = sim_with_key("c").await;
    let deep = (0..200).fold(json!(1), |inner, _| json!([inner]));
    let wrong_types = json!({
        "imp_uid": 1, "merchant_uid": [], "customer_uid": {}, "amount": "1000", "checksum": true,
        "schedules": [{"merchant_uid": 5, "schedule_at": "soon", "amount": -1}], "card_number": null,
        "logis": "x", "sender": 1, "product_order_id": "x", "status": 7, "vbank_due": 1.5,
        "notice_url": 3, "merchant_uid_list": 1, "schedule_at": 1e300,
    });
    let bodies = [
        json!({}),
        json!([]),
        json!(null),
        json!(12),
        json!("text"),
        deep,
        wrong_types,
        json!({"amount": 1e308, "merchant_uid": "m", "customer_uid": "c"}),
    ];
    for (method, pattern, name) in iamport_sim::operations() {
        let path: String = pattern
            .split('/')
            .map(|segment| {
                if segment.starts_with('{') {
                    "x%00%2F%E2%80%AE"
                } else {
                    segment
                }
            })
            .collect::<Vec<_>>()
            .join("/");
        for body in &bodies {
            let (status, answer) = api.call(method, &path, Some(body.clone())).await;
            assert!(
                (200..500).contains(&status),
                "{name} {method} {path} {body}: {status} {answer}"
            );
            assert!(answer.get("code").is_some(), "{name}: {answer}");
        }
    }
}

/// A webhook receiver on loopback whose first answer is a 500, then 200s.
async fn flaky_receiver() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    tokio::spawn(async move {
        let mut served = 0;
        loop {
            let Ok((mut socket, _)) = listener.accept().await else {
                return;
            };
            served += 1;
            let status = if served == 1 {
                "500 Internal Server Error"
            } else {
                "200 OK"
            };
            let mut buf = [0u8; 4096];
            let _ = socket.read(&mut buf).await;
            let _ = socket
                .write_all(
                    format!("HTTP/1.1 {status}\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
                        .as_bytes(),
                )
                .await;
        }
    });
    url
}

/// Webhooks go once by default; with retries configured, a receiver that
/// answers 500 gets them again, each attempt in the state.
#[tokio::test]
async fn webhook_retries_when_configured() {
    for (retries, attempts) in [(0, 1), (3, 2)] {
        let sim = Sim::builder()
            .notice_url(flaky_receiver().await)
            .webhook_retries(retries, Duration::from_millis(20))
            .start()
            .await
            .unwrap();
        sim.add_billing_key("c");
        let api = Api::new(&sim).await;
        api.call(
            "POST",
            "/subscribe/payments/again",
            Some(again("c", &format!("r{retries}"), 1000)),
        )
        .await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        let deliveries = sim.state().webhooks;
        assert_eq!(deliveries.len(), attempts, "{deliveries:?}");
        assert_eq!(
            deliveries[0].webhook.body["merchant_uid"],
            format!("r{retries}")
        );
        assert_eq!(
            deliveries.last().unwrap().status,
            Some(if retries == 0 { 500 } else { 200 })
        );
    }
}
