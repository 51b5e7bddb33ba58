//! The async client against `iamport-sim` on 127.0.0.1, with faults
//! injected per route: tokens that expire or are revoked, 401, 500,
//! `code != 0`, a failed charge with code 0, a charge processed and then
//! dropped, answers slower than the time-out, bodies far over the limit,
//! malformed JSON, redirects. Run with `cargo test --features client --test
//! client`.
#![allow(missing_docs, clippy::too_many_lines)]

use std::fmt::{self, Write as _};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use iamport::rest::{Charge, GetPayment, Paged};
use iamport::value::ImpUid;
use iamport::{ChargeOutcome, Client, ClientError, RequestOptions, RetryPolicy};
use iamport_sim::{CardBehaviour, Fault, NewPayment, Sim, Status};

/// The REST key and secret of every simulator here; no error text may
/// contain the secret, nor any token the simulator issues.
const KEY: &str = "imp_key";
const SECRET: &str = "imp-secret-value-9f8e7d";

/// The tests' policy: the default's 3 attempts with millisecond waits, so
/// that retries never make a test slow.
fn fast() -> RetryPolicy {
    RetryPolicy::new()
        .base_delay(Duration::from_millis(2))
        .max_delay(Duration::from_millis(10))
}

/// A simulator with billing key `c` and a paid payment `imp_1`.
async fn simulator() -> Sim {
    let sim = Sim::builder()
        .key(KEY)
        .secret(SECRET)
        .start()
        .await
        .unwrap();
    sim.add_billing_key("c");
    let _ = sim.add_payment(&NewPayment::new("m", Status::Paid, 1000).imp_uid("imp_1"));
    sim
}

fn client(sim: &Sim) -> Client {
    Client::with_timeouts(
        KEY,
        SECRET,
        Duration::from_secs(2),
        Duration::from_millis(800),
    )
    .unwrap()
    .with_base_url(sim.url())
    .with_max_body(1 << 20)
    .with_retry(fast())
}

/// The charge the tests send: `again` of 1,000 won on billing key `c`.
fn again(merchant_uid: &str) -> iamport::rest::Again {
    again_on("c", merchant_uid)
}

fn again_on(customer_uid: &str, merchant_uid: &str) -> iamport::rest::Again {
    iamport::rest::Again::builder()
        .customer_uid(iamport::value::CustomerUid::new(customer_uid).unwrap())
        .merchant_uid(iamport::value::MerchantUid::new(merchant_uid).unwrap())
        .amount(iamport::value::Amount::new(1000).unwrap())
        .name(iamport::value::OrderName::new("월간 이용권").unwrap())
        .build()
        .unwrap()
}

fn get() -> GetPayment {
    GetPayment::builder()
        .imp_uid(ImpUid::new("imp_1").unwrap())
        .build()
}

/// Requests of `route` (an OpenAPI `operationId`) the simulator received.
fn calls(sim: &Sim, route: &str) -> usize {
    sim.requests(route)
}

fn token_calls(sim: &Sim) -> usize {
    calls(sim, "getToken")
}

fn gets(sim: &Sim) -> usize {
    calls(sim, "getPaymentByImpUid")
}

/// Payments of `merchant_uid`, paid or not: how often it was charged.
fn charged(sim: &Sim, merchant_uid: &str) -> usize {
    sim.state()
        .payments
        .iter()
        .filter(|p| p.merchant_uid == merchant_uid)
        .count()
}

fn paid(sim: &Sim, merchant_uid: &str) -> usize {
    sim.state()
        .payments
        .iter()
        .filter(|p| p.merchant_uid == merchant_uid && p.status == Status::Paid)
        .count()
}

fn assert_no_secret(text: &str) {
    assert!(!text.contains(SECRET), "{text}");
    assert!(!text.contains("sim_token_"), "{text}");
}

/// PortOne's envelope with a non-zero code.
fn envelope(code: i64, message: &str) -> String {
    serde_json::json!({"code": code, "message": message, "response": null}).to_string()
}

/// A second listener on 127.0.0.1, the target of redirects: it counts the
/// bytes it is sent (which must stay 0) and answers nothing.
async fn sink() -> (String, Arc<Mutex<usize>>) {
    use tokio::io::AsyncReadExt;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
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

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fifty_concurrent_calls_fetch_one_token() {
    let sim = simulator().await;
    let c = Arc::new(client(&sim));
    // A token with 30 s left by the server's clock: within the refresh
    // margin, so the client holds it as expired.
    sim.set_token_ttl(Duration::from_secs(30));
    c.send(&get()).await.unwrap();
    assert_eq!(token_calls(&sim), 1);
    let calls = (0..50).map(|_| {
        let c = c.clone();
        tokio::spawn(async move { c.send(&get()).await })
    });
    for call in calls {
        call.await.unwrap().unwrap();
    }
    // The refresh gets the same token, extended by 5 minutes in its last
    // minute (PortOne's rule, which the simulator keeps).
    assert_eq!(token_calls(&sim), 2, "one refresh for 50 callers");
}

#[tokio::test]
async fn an_expiring_token_is_refreshed_by_the_servers_clock() {
    let sim = simulator().await;
    // 30 s left by the server's clock: within the refresh margin.
    sim.set_token_ttl(Duration::from_secs(30));
    let c = client(&sim);
    c.send(&get()).await.unwrap();
    c.send(&get()).await.unwrap();
    assert_eq!(token_calls(&sim), 2);
    // Every call used the documented `Bearer` form.
    assert!(
        sim.state()
            .log
            .iter()
            .filter(|s| s.route != "getToken")
            .all(|s| s.bearer)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_401_refreshes_the_token_once_and_retries_once() {
    let sim = simulator().await;
    let c = Arc::new(client(&sim));
    c.send(&get()).await.unwrap();
    // The server forgets the token (rotated, revoked): every call gets 401,
    // and 20 of them at once still cause one refresh.
    sim.revoke_tokens();
    let calls = (0..20).map(|_| {
        let c = c.clone();
        tokio::spawn(async move { c.send(&get()).await })
    });
    for call in calls {
        call.await.unwrap().unwrap();
    }
    assert_eq!(token_calls(&sim), 2);
}

#[tokio::test]
async fn every_fault_has_its_own_variant_and_no_secret() {
    let lookup = "getPaymentByImpUid";
    for (fault, check) in [
        (
            Fault::after(lookup).answer(500, envelope(-1, "서버 오류")),
            (|e: &ClientError| {
                matches!(
                    e,
                    ClientError::Status {
                        status: 500,
                        api: Some(_),
                        ..
                    }
                )
            }) as fn(&ClientError) -> bool,
        ),
        (
            Fault::after(lookup).answer(200, envelope(-1, "PG사 오류")),
            |e| matches!(e, ClientError::Api { error, .. } if error.code == -1),
        ),
        (Fault::after(lookup).delay(Duration::from_secs(3)), |e| {
            matches!(
                e,
                ClientError::Transport {
                    timed_out: true,
                    ..
                }
            )
        }),
        (Fault::after(lookup).oversized(3 << 20, false), |e| {
            matches!(e, ClientError::TooLarge { .. })
        }),
        (Fault::after(lookup).oversized(3 << 20, true), |e| {
            matches!(e, ClientError::TooLarge { .. })
        }),
        (
            Fault::after(lookup).malformed(),
            |e| matches!(e, ClientError::Malformed { endpoint, .. } if endpoint == "GET /payments/imp_1"),
        ),
    ] {
        let sim = simulator().await;
        let what = format!("{:?}", fault.action);
        sim.fault(fault);
        // Each repeat of a time-out would be one more time-out.
        let c = client(&sim).with_retry(RetryPolicy::none());
        let err = c.send(&get()).await.unwrap_err();
        assert!(check(&err), "{what}: {err:?}");
        assert_one_short_line(&err.to_string());
        assert_no_secret(&format!("{err:?}"));
    }
    let sim = simulator().await;
    let c = client(&sim);
    c.send(&get()).await.unwrap();
    assert_no_secret(&format!("{c:?}"));
}

#[tokio::test]
async fn a_failed_charge_with_code_zero_stays_failed() {
    let sim = simulator().await;
    sim.script_billing_key("c", CardBehaviour::Decline("카드 한도 초과".to_owned()));
    let c = client(&sim);
    let outcome = c.charge(&again("order_failed")).await.unwrap();
    assert!(
        matches!(&outcome, ChargeOutcome::Answered(Charge::Failed { reason, .. }) if reason == "카드 한도 초과"),
        "{outcome:?}"
    );
}

#[tokio::test]
async fn a_charge_whose_answer_was_lost_is_looked_up_not_sent_again() {
    // Processed, then: the connection drops, a 500, a 408, an answer after
    // the time-out, `code: 0` with a null response, a 404 that is not
    // PortOne's envelope, a gateway's 403. Each is charged exactly once and
    // reported found.
    let after = || Fault::after("again");
    for fault in [
        after().drop_connection(),
        after().status(500),
        after().status(408),
        after().delay(Duration::from_secs(3)),
        after().answer(200, r#"{"code":0,"message":null,"response":null}"#),
        after().answer(404, "<html>Not Found</html>"),
        after().answer(403, r#"{"code":403,"message":"Forbidden"}"#),
    ] {
        let sim = simulator().await;
        let what = format!("{:?}", fault.action);
        sim.fault(fault);
        let c = client(&sim);
        let outcome = c.charge(&again("order_lost_answer")).await.unwrap();
        assert!(
            matches!(outcome, ChargeOutcome::Found(Charge::Paid(_))),
            "{what}: {outcome:?}"
        );
        assert_eq!(
            charged(&sim, "order_lost_answer"),
            1,
            "{what}: charged exactly once"
        );
        assert_eq!(calls(&sim, "again"), 1, "{what}: sent once");
    }
}

fn assert_unknown(outcome: &ChargeOutcome, what: &str) -> iamport::Attempt {
    let ChargeOutcome::Unknown(unresolved) = outcome else {
        panic!("{what}: {outcome:?}");
    };
    let text = unresolved.to_string();
    assert!(text.contains("may or may not have been charged"), "{text}");
    assert!(text.contains("unknown"), "{text}");
    assert_one_short_line(&text);
    assert!(!outcome.may_resend(), "{what}");
    unresolved.attempt().clone()
}

fn assert_one_short_line(text: &str) {
    assert!(text.chars().count() <= iamport::MAX_MESSAGE, "{text}");
    assert!(!text.chars().any(char::is_control), "{text:?}");
    assert_no_secret(text);
}

#[tokio::test]
async fn a_charge_dropped_unprocessed_is_unknown_not_safe_to_resend() {
    // Dropped before it was processed: nothing is recorded, which PortOne's
    // records can't tell from a charge still being processed.
    let sim = simulator().await;
    sim.fault(Fault::before("again").drop_connection());
    let c = client(&sim);
    let outcome = c.charge(&again("order_lost")).await.unwrap();
    assert_unknown(&outcome, "dropped before");
    assert_eq!(charged(&sim, "order_lost"), 0);
}

#[tokio::test]
async fn a_charge_still_in_flight_past_the_time_out_is_unknown_then_found() {
    let sim = simulator().await;
    // PortOne finishes well after the client's 800 ms time-out.
    sim.fault(Fault::before("again").delay(Duration::from_secs(2)));
    let c = client(&sim);
    let outcome = c.charge(&again("order_inflight")).await.unwrap();
    let attempt = assert_unknown(&outcome, "in flight");
    assert_eq!(paid(&sim, "order_inflight"), 0, "not yet");
    tokio::time::sleep(Duration::from_millis(1600)).await;
    let later = c.recheck(&attempt).await;
    assert!(
        matches!(later, ChargeOutcome::Found(Charge::Paid(_))),
        "{later:?}"
    );
    assert_eq!(paid(&sim, "order_inflight"), 1);
    // Another process rechecks from the attempt it kept.
    let other = client(&sim);
    let kept = iamport::Attempt::new(attempt.merchant_uid().clone(), attempt.since());
    assert!(matches!(
        other.recheck(&kept).await,
        ChargeOutcome::Found(Charge::Paid(_))
    ));
}

#[tokio::test]
async fn a_lookup_that_fails_is_unknown_never_an_error_or_not_charged() {
    let (sink, _) = sink().await;
    let lookup = || Fault::before("getAllPaymentsByMerchantUid");
    for fault in [
        lookup().status(429),
        lookup().answer(200, envelope(-1, "일시적인 오류")),
        lookup().answer(404, "<html>Not Found</html>"),
        lookup().redirect(format!("{sink}/payments")),
    ] {
        let sim = simulator().await;
        let what = format!("{:?}", fault.action);
        sim.fault(Fault::after("again").drop_connection());
        sim.fault(fault);
        let c = client(&sim);
        let outcome = c.charge(&again("order_lookup_fails")).await.unwrap();
        assert_unknown(&outcome, &what);
        assert_eq!(paid(&sim, "order_lookup_fails"), 1, "{what}");
    }
}

#[tokio::test]
async fn an_older_failed_attempt_is_never_taken_for_this_one() {
    // Another process failed this order a minute ago (a schedule's run, or
    // an earlier `again`); this attempt is still in flight.
    let sim = simulator().await;
    sim.fault(Fault::before("again").delay(Duration::from_millis(1500)));
    let _ = sim.add_payment(
        &NewPayment::new("order_reused", Status::Failed, 1000).started_at(sim.now() - 60),
    );
    let c = client(&sim);
    let outcome = c.charge(&again("order_reused")).await.unwrap();
    assert_unknown(&outcome, "older failure elsewhere");

    // This client's own failed attempt, a moment ago, in the same second.
    let sim = simulator().await;
    sim.script_billing_key("c", CardBehaviour::Decline("잔액 부족".to_owned()));
    let c = client(&sim);
    let first = c.charge(&again("order_retry")).await.unwrap();
    assert!(first.may_resend(), "{first:?}");
    sim.script_billing_key("c", CardBehaviour::Pay);
    sim.fault(Fault::before("again").delay(Duration::from_millis(1500)));
    let second = c.charge(&again("order_retry")).await.unwrap();
    let attempt = assert_unknown(&second, "own failure just before");
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert!(matches!(
        c.recheck(&attempt).await,
        ChargeOutcome::Found(Charge::Paid(_))
    ));
}

#[tokio::test]
async fn redirects_are_never_followed() {
    let (sink, received) = sink().await;
    let target = format!("{sink}/users/getToken");
    for code in [307, 308] {
        let sim = simulator().await;
        sim.fault(Fault::before("again").redirect_with(code, &target));
        sim.fault(Fault::before("getPaymentByImpUid").redirect(&target));
        let c = client(&sim);
        let outcome = c.charge(&again("order_redirected")).await.unwrap();
        assert_unknown(&outcome, &code.to_string());
        let err = c.send(&get()).await.unwrap_err();
        assert_eq!(err.status(), Some(307), "{err:?}");
        assert!(!err.is_portone_answer());
    }
    // getToken redirected: the secret stays here.
    let sim = simulator().await;
    sim.fault(Fault::before("getToken").redirect(&target));
    let c = client(&sim);
    let err = c.send(&get()).await.unwrap_err();
    assert_eq!(err.status(), Some(307), "{err:?}");
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(
        *received.lock().unwrap(),
        0,
        "the second listener got nothing"
    );
}

#[tokio::test]
async fn base_urls_are_https_or_loopback_and_never_shown_with_userinfo() {
    for base in [
        "http://api.iamport.kr",
        "http://10.0.0.1:8080",
        "https://user:hunter2@api.iamport.kr",
        "ftp://api.iamport.kr",
        "https://api.iamport.kr/?x=1",
        "not a url",
    ] {
        let c = Client::new(KEY, SECRET).unwrap().with_base_url(base);
        let err = c.send(&get()).await.unwrap_err();
        assert!(matches!(err, ClientError::Setup(_)), "{base}: {err:?}");
        assert!(!format!("{c:?}").contains("hunter2"), "{c:?}");
        assert!(!err.to_string().contains("hunter2"), "{err}");
    }
    for base in [
        "https://api.iamport.kr",
        "http://127.0.0.1:9",
        "http://[::1]:9",
        "http://localhost:9",
    ] {
        let c = Client::new(KEY, SECRET).unwrap().with_base_url(base);
        assert!(
            format!("{c:?}").contains(base.trim_end_matches('/')),
            "{c:?}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_hung_token_refresh_answers_every_waiter_within_one_time_out() {
    let sim = simulator().await;
    sim.fault(Fault::before("getToken").delay(Duration::from_secs(8)));
    // One attempt per refresh: each repeat would be one more time-out.
    let c = client(&sim).with_retry(RetryPolicy::none());
    let started = std::time::Instant::now();
    let calls: Vec<_> = (0..10)
        .map(|_| {
            let c = c.clone();
            tokio::spawn(async move { c.send(&get()).await })
        })
        .collect();
    for call in calls {
        let err = call.await.unwrap().unwrap_err();
        assert!(
            matches!(
                err,
                ClientError::Transport {
                    timed_out: true,
                    ..
                }
            ),
            "{err:?}"
        );
    }
    // The client's time-out is 800 ms: one refresh, not ten in turn.
    assert!(
        started.elapsed() < Duration::from_millis(1600),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(token_calls(&sim), 1);
    // Within the backoff the failure is handed out without asking again;
    // after it, the refresh is tried once more.
    assert!(c.send(&get()).await.is_err());
    assert_eq!(token_calls(&sim), 1);
    sim.clear_faults();
    tokio::time::sleep(Duration::from_millis(300)).await;
    c.send(&get()).await.unwrap();
    assert_eq!(token_calls(&sim), 2);
}

#[tokio::test]
async fn a_hostile_content_length_with_a_huge_limit_is_an_error() {
    let sim = simulator().await;
    sim.fault(Fault::after("getPaymentByImpUid").lying_length(9_223_372_036_854_775_807));
    let c = client(&sim).with_max_body(usize::MAX);
    assert!(
        format!("{c:?}").contains(&format!("max_body: {}", iamport::MAX_BODY_CEILING)),
        "{c:?}"
    );
    // The announced length is over the ceiling: refused before reading.
    let err = c.send(&get()).await.unwrap_err();
    assert!(matches!(err, ClientError::TooLarge { .. }), "{err:?}");
    // 60 MiB announced, under the ceiling: read as it arrives (nothing is
    // reserved for it), and the early end is a transport error.
    let sim = simulator().await;
    sim.fault(Fault::after("getPaymentByImpUid").lying_length(60 << 20));
    let c = client(&sim).with_max_body(usize::MAX);
    let err = c.send(&get()).await.unwrap_err();
    assert!(matches!(err, ClientError::Transport { .. }), "{err:?}");
}

#[tokio::test]
async fn portones_words_are_kept_on_every_status_in_one_line() {
    let sim = simulator().await;
    sim.fault(Fault::after("getPaymentByImpUid").answer(500, envelope(-1, "서버 오류\n두 줄")));
    let c = client(&sim);
    let err = c.send(&get()).await.unwrap_err();
    let ClientError::Status {
        status: 500,
        api: Some(api),
        ..
    } = &err
    else {
        panic!("{err:?}");
    };
    assert_eq!(api.code, -1);
    assert_eq!(api.message, "서버 오류\n두 줄");
    let text = err.to_string();
    assert!(text.contains(r"서버 오류\n두 줄"), "{text}");
    assert_one_short_line(&text);

    // PortOne's own 404 for an imp_uid it does not know.
    sim.clear_faults();
    let missing = GetPayment::builder()
        .imp_uid(ImpUid::new("imp_missing").unwrap())
        .build();
    let err = c.send(&missing).await.unwrap_err();
    assert!(
        matches!(&err, ClientError::Status { status: 404, api: Some(api), .. } if api.code == 1),
        "{err:?}"
    );
    assert!(err.is_portone_answer());

    // A charge PortOne refused with its envelope (no such billing key):
    // an answer, not lost.
    let err = c
        .charge(&again_on("nobody", "order_refused"))
        .await
        .unwrap_err();
    assert!(err.is_portone_answer(), "{err:?}");
    assert_eq!(charged(&sim, "order_refused"), 0);
}

#[tokio::test]
async fn a_207_is_a_partial_result_that_names_what_failed() {
    let sim = simulator().await;
    let c = client(&sim);
    let lookup = iamport::rest::GetPayments::builder()
        .imp_uids(vec![
            ImpUid::new("imp_1").unwrap(),
            ImpUid::new("imp_2").unwrap(),
        ])
        .build()
        .unwrap();
    let partial = c.send_partial(&lookup).await.unwrap();
    assert_eq!(partial.items.len(), 1);
    assert_eq!(partial.failed, vec!["imp_2".to_owned()]);
    assert_eq!(partial.api.as_ref().map(|a| a.code), Some(1));
    let err = c.send(&lookup).await.unwrap_err();
    assert!(matches!(err, ClientError::Partial { .. }), "{err:?}");
    assert_one_short_line(&err.to_string());
}

/// The `Tier` header of every request the simulator saw, in order.
fn tiers_seen(sim: &Sim) -> Vec<Vec<String>> {
    sim.state().log.into_iter().map(|s| s.tiers).collect()
}

#[tokio::test]
async fn the_tier_header_is_sent_once() {
    use iamport::rest::{TierCode, Tiered};
    let sim = simulator().await;
    let c = client(&sim).with_tier(TierCode::new("client-tier").unwrap());
    c.send(&get()).await.unwrap();
    c.send(&Tiered::new(get(), TierCode::new("request-tier").unwrap()))
        .await
        .unwrap();
    // A client made for a tier from a shared one keeps its token.
    let shared = c.clone().with_tier(TierCode::new("third").unwrap());
    shared.send(&get()).await.unwrap();
    assert_eq!(token_calls(&sim), 1, "one token for every tier");
    let tiers = tiers_seen(&sim);
    // getToken, the plain GET, the tiered GET.
    assert_eq!(tiers[1], vec!["client-tier".to_owned()]);
    assert_eq!(tiers[2], vec!["request-tier".to_owned()]);
}

/// Records every `tracing` event as one line of `name=value` fields.
struct Recorder(Arc<Mutex<Vec<String>>>);

struct Line(String);

impl tracing::field::Visit for Line {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn fmt::Debug) {
        let _ = write!(self.0, "{}={value:?} ", field.name());
    }
}

impl tracing::Subscriber for Recorder {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, _: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        tracing::span::Id::from_u64(1)
    }
    fn record(&self, _: &tracing::span::Id, _: &tracing::span::Record<'_>) {}
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, event: &tracing::Event<'_>) {
        let mut line = Line(format!("target={} ", event.metadata().target()));
        event.record(&mut line);
        self.0.lock().unwrap().push(line.0);
    }
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}

/// One event per request, failed ones included, with the method, path and
/// status, and never the secret or a token (in no crate's event). The runtime is the test's own
/// thread, so the recorder sees the client's events.
#[tokio::test]
async fn each_request_emits_one_event_without_secrets() {
    let events = Arc::new(Mutex::new(Vec::new()));
    let _guard = tracing::subscriber::set_default(Recorder(events.clone()));
    let sim = simulator().await;
    sim.fault(Fault::after("again").drop_connection());
    let c = client(&sim);
    c.send(&get()).await.unwrap(); // getToken, GET
    sim.revoke_tokens();
    c.send(&get()).await.unwrap(); // GET (401), getToken, GET
    let outcome = c.charge(&again("order_traced")).await.unwrap(); // again (dropped), find
    assert!(matches!(outcome, ChargeOutcome::Found(_)));
    let all = events.lock().unwrap().clone();
    // No event of any crate (hyper's and reqwest's included) holds a secret.
    for line in &all {
        assert_no_secret(line);
    }
    let events: Vec<_> = all
        .into_iter()
        .filter(|line| line.starts_with("target=iamport"))
        .collect();
    let expected = [
        ("POST", "/users/getToken", Some(200)),
        ("GET", "/payments/imp_1", Some(200)),
        ("GET", "/payments/imp_1", Some(401)),
        ("POST", "/users/getToken", Some(200)),
        ("GET", "/payments/imp_1", Some(200)),
        ("POST", "/subscribe/payments/again", None),
        ("GET", "/payments/findAll/order_traced", Some(200)),
    ];
    assert_eq!(events.len(), expected.len(), "{events:#?}");
    for (line, (method, path, status)) in events.iter().zip(expected) {
        assert!(line.contains(&format!("method={method} ")), "{line}");
        assert!(line.contains(&format!("path={path} ")), "{line}");
        match status {
            Some(status) => assert!(line.contains(&format!("status={status} ")), "{line}"),
            None => assert!(
                line.contains("transport") && !line.contains("status="),
                "{line}"
            ),
        }
        assert!(line.contains("latency_ms="), "{line}");
        assert_no_secret(line);
    }
}

#[tokio::test]
async fn a_failing_token_refresh_backs_off_doubling() {
    let sim = simulator().await;
    sim.fault(Fault::before("getToken").status(500));
    // One attempt per refresh, so that each refresh is one call.
    let c = client(&sim).with_retry(RetryPolicy::none());
    let calls = || token_calls(&sim);
    let err = c.send(&get()).await.unwrap_err();
    assert_eq!(err.status(), Some(500), "{err:?}");
    assert_eq!(calls(), 1);
    // Within the first backoff (250 ms): the same failure, nothing sent.
    assert_eq!(c.send(&get()).await.unwrap_err(), err);
    assert_eq!(calls(), 1);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(c.send(&get()).await.is_err());
    assert_eq!(calls(), 2, "tried again after the backoff");
    // The next backoff is 500 ms.
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(c.send(&get()).await.is_err());
    assert_eq!(calls(), 2, "still backing off");
    tokio::time::sleep(Duration::from_millis(300)).await;
    sim.clear_faults();
    c.send(&get()).await.unwrap();
    assert_eq!(calls(), 3);
}

#[tokio::test]
async fn a_429_then_200_is_retried_once() {
    let sim = simulator().await;
    sim.fault(Fault::before("getPaymentByImpUid").status(429).times(1));
    let c = client(&sim);
    c.send(&get()).await.unwrap();
    assert_eq!(gets(&sim), 2, "the 429 and the retry");
    assert_eq!(token_calls(&sim), 1, "the token is reused");
}

#[tokio::test]
async fn a_lookup_answered_5xx_is_retried_up_to_the_bound_then_a_typed_error() {
    let server_error = || Fault::after("getPaymentByImpUid").answer(500, envelope(-1, "서버 오류"));
    for (policy, sent) in [
        (fast(), 3),
        (fast().max_attempts(5), 5),
        (RetryPolicy::none(), 1),
        (fast().max_attempts(0), 1),
    ] {
        let sim = simulator().await;
        sim.fault(server_error());
        let c = client(&sim).with_retry(policy);
        let err = c.send(&get()).await.unwrap_err();
        assert!(
            matches!(
                &err,
                ClientError::Status {
                    status: 500,
                    api: Some(api),
                    ..
                } if api.code == -1
            ),
            "{err:?}"
        );
        assert_eq!(gets(&sim), sent, "{policy:?}");
        assert_eq!(token_calls(&sim), 1);
    }
    // A per-call policy over the client's.
    let sim = simulator().await;
    sim.fault(server_error());
    let c = client(&sim);
    let options = RequestOptions::new().retry(fast().max_attempts(2));
    assert!(c.send_with(&get(), options).await.is_err());
    assert_eq!(gets(&sim), 2);
    // Answers are not faults that pass: sent once.
    let lookup = || Fault::after("getPaymentByImpUid");
    for fault in [
        lookup().answer(200, envelope(-1, "PG사 오류")),
        lookup().answer(404, envelope(1, "존재하지 않는 결제정보입니다.")),
        lookup().malformed(),
        lookup().redirect("http://127.0.0.1:9/users/getToken"),
    ] {
        let sim = simulator().await;
        let what = format!("{:?}", fault.action);
        sim.fault(fault);
        let c = client(&sim);
        assert!(c.send(&get()).await.is_err(), "{what}");
        assert_eq!(gets(&sim), 1, "{what}");
    }
}

#[tokio::test]
async fn a_dropped_connection_is_retried() {
    let sim = simulator().await;
    sim.fault(
        Fault::before("getPaymentByImpUid")
            .drop_connection()
            .times(1),
    );
    let c = client(&sim);
    c.send(&get()).await.unwrap();
    assert_eq!(gets(&sim), 2);
}

#[tokio::test]
async fn retry_after_in_seconds_is_honoured_within_the_policy() {
    let once_429 = |after: &str| {
        Fault::before("getPaymentByImpUid")
            .status(429)
            .retry_after(after)
            .times(1)
    };
    // Honoured: one second asked, under the policy's 2 s cap.
    let sim = simulator().await;
    sim.fault(once_429("1"));
    let c = client(&sim).with_retry(fast().max_delay(Duration::from_secs(2)));
    let started = std::time::Instant::now();
    c.send(&get()).await.unwrap();
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(gets(&sim), 2);
    // Capped: 30 s asked, the policy's 10 ms waited.
    let sim = simulator().await;
    sim.fault(once_429("30"));
    let c = client(&sim);
    let started = std::time::Instant::now();
    c.send(&get()).await.unwrap();
    assert!(
        started.elapsed() < Duration::from_millis(500),
        "{:?}",
        started.elapsed()
    );
    // Past the budget: no repeat, the 429 is the error.
    let sim = simulator().await;
    sim.fault(once_429("30"));
    let c = client(&sim).with_retry(
        fast()
            .max_delay(Duration::from_mins(1))
            .budget(Duration::from_millis(100)),
    );
    let err = c.send(&get()).await.unwrap_err();
    assert_eq!(err.status(), Some(429), "{err:?}");
    assert_eq!(gets(&sim), 1);
    // An HTTP date is not seconds: the policy's own wait.
    let sim = simulator().await;
    sim.fault(once_429("Wed, 21 Oct 2037 07:28:00 GMT"));
    let c = client(&sim);
    let started = std::time::Instant::now();
    c.send(&get()).await.unwrap();
    assert!(started.elapsed() < Duration::from_millis(500));
}

#[tokio::test]
async fn a_charge_answered_500_503_or_429_is_never_retried() {
    for (fault, processed) in [
        (Fault::after("again").status(500), true),
        (Fault::after("again").status(503).retry_after("0"), true),
        (Fault::before("again").status(429).retry_after("0"), false),
    ] {
        let sim = simulator().await;
        let what = format!("{:?} {:?}", fault.stage, fault.action);
        sim.fault(fault);
        // However patient the policy, client-wide or per call.
        let c = client(&sim).with_retry(fast().max_attempts(10));
        let options = RequestOptions::new().retry(fast().max_attempts(10));
        let uid = "order_not_retried";
        let outcome = c.charge_with(&again(uid), options).await.unwrap();
        assert_eq!(calls(&sim, "again"), 1, "{what}: one charge request");
        // Then the outcome rules, as for any lost answer.
        if processed {
            assert!(
                matches!(outcome, ChargeOutcome::Found(Charge::Paid(_))),
                "{what}: {outcome:?}"
            );
            assert_eq!(charged(&sim, uid), 1);
        } else {
            assert_unknown(&outcome, &what);
            assert_eq!(charged(&sim, uid), 0);
        }
    }
    // `send` of a charge is not repeated either.
    let sim = simulator().await;
    sim.fault(Fault::after("again").status(500));
    let c = client(&sim);
    let err = c.send(&again("order_sent")).await.unwrap_err();
    assert_eq!(err.status(), Some(500));
    assert_eq!(calls(&sim, "again"), 1);
}

#[tokio::test]
async fn a_per_request_time_out_applies_to_that_call_only() {
    let sim = simulator().await;
    sim.fault(Fault::after("getPaymentByImpUid").delay(Duration::from_millis(300)));
    let c = client(&sim);
    c.send(&get()).await.unwrap(); // 300 ms, under the client's 800 ms
    let short = RequestOptions::new().timeout(Duration::from_millis(50));
    let started = std::time::Instant::now();
    let err = c
        .send_with(&get(), short.clone().retry(RetryPolicy::none()))
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            ClientError::Transport {
                timed_out: true,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(started.elapsed() < Duration::from_millis(290));
    assert_eq!(gets(&sim), 2);
    // A time-out is a fault that passes: repeated by the policy.
    assert!(c.send_with(&get(), short).await.is_err());
    assert_eq!(gets(&sim), 5);
    // The next call has the client's time-out again.
    c.send(&get()).await.unwrap();
    assert_eq!(gets(&sim), 6);
}

#[tokio::test]
async fn a_per_request_tier_is_sent_once_and_for_that_call_only() {
    use iamport::rest::{TierCode, Tiered};
    let tier = |t: &str| TierCode::new(t).unwrap();
    let sim = simulator().await;
    let c = client(&sim).with_tier(tier("client-tier"));
    let per_call = || RequestOptions::new().tier(tier("call-tier"));
    c.send_with(&get(), per_call()).await.unwrap();
    c.send_with(&Tiered::new(get(), tier("request-tier")), per_call())
        .await
        .unwrap();
    c.send(&get()).await.unwrap();
    let plain = client(&sim);
    plain.send_with(&get(), per_call()).await.unwrap();
    plain.send(&get()).await.unwrap();
    let tiers = tiers_seen(&sim);
    let one = |t: &str| vec![t.to_owned()];
    // getToken (the client's tier), then the calls.
    assert_eq!(tiers[0], one("client-tier"));
    assert_eq!(tiers[1], one("call-tier"));
    assert_eq!(tiers[2], one("request-tier"), "the request's own wins");
    assert_eq!(tiers[3], one("client-tier"), "for that call only");
    assert_eq!(
        tiers[4],
        Vec::<String>::new(),
        "getToken of the plain client"
    );
    assert_eq!(tiers[5], one("call-tier"));
    assert_eq!(tiers[6], Vec::<String>::new());

    // A charge for a tier whose answer is lost is looked up for that tier,
    // and so is its recheck, from a client without it.
    let sim = simulator().await;
    sim.fault(Fault::after("again").status(500));
    let c = client(&sim);
    let outcome = c
        .charge_with(&again("order_tiered"), per_call())
        .await
        .unwrap();
    assert!(
        matches!(outcome, ChargeOutcome::Found(Charge::Paid(_))),
        "{outcome:?}"
    );
    // getToken, again, findAll.
    assert_eq!(tiers_seen(&sim)[1..], [one("call-tier"), one("call-tier")]);
    let sim = simulator().await;
    sim.fault(Fault::before("again").drop_connection());
    let c = client(&sim);
    let outcome = c
        .charge_with(&again("order_tiered"), per_call())
        .await
        .unwrap();
    let attempt = assert_unknown(&outcome, "tiered");
    assert_eq!(attempt.tier(), Some(&tier("call-tier")));
    let _ = c.recheck(&attempt).await;
    assert_eq!(
        tiers_seen(&sim)[1..],
        [one("call-tier"), one("call-tier"), one("call-tier")]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn clones_share_one_token() {
    let sim = simulator().await;
    let first = client(&sim);
    let second = first.clone();
    let third = second.clone().with_retry(RetryPolicy::none());
    let (one, two) = tokio::join!(
        tokio::spawn(async move { first.send(&get()).await }),
        tokio::spawn(async move { second.send(&get()).await })
    );
    one.unwrap().unwrap();
    two.unwrap().unwrap();
    third.send(&get()).await.unwrap();
    assert_eq!(token_calls(&sim), 1, "one getToken for every clone");
    assert_eq!(gets(&sim), 3);
}

#[tokio::test]
async fn a_failing_get_token_is_retried_and_each_retry_emits_an_event_without_secrets() {
    let events = Arc::new(Mutex::new(Vec::new()));
    let _guard = tracing::subscriber::set_default(Recorder(events.clone()));
    let sim = simulator().await;
    sim.fault(Fault::before("getToken").status(500).times(1));
    sim.fault(Fault::before("getPaymentByImpUid").status(429).times(1));
    let c = client(&sim);
    c.send(&get()).await.unwrap();
    assert_eq!(token_calls(&sim), 2, "getToken: 500, then 200");
    assert_eq!(gets(&sim), 2, "GET: 429, then 200");
    let all = events.lock().unwrap().clone();
    for line in &all {
        assert_no_secret(line);
    }
    let retried: Vec<_> = all
        .iter()
        .filter(|line| line.starts_with("target=iamport") && line.contains("retried"))
        .collect();
    assert_eq!(retried.len(), 2, "{retried:#?}");
    assert!(
        retried[0].contains("path=/users/getToken "),
        "{}",
        retried[0]
    );
    assert!(retried[0].contains("status=500 "), "{}", retried[0]);
    assert!(
        retried[1].contains("path=/payments/imp_1 "),
        "{}",
        retried[1]
    );
    assert!(retried[1].contains("status=429 "), "{}", retried[1]);
    for line in retried {
        assert!(line.contains("attempt=1 "), "{line}");
        assert!(line.contains("delay_ms="), "{line}");
    }
}

/// `findAll` of `merchant_uid`, one payment a page.
fn paged(merchant_uid: &str) -> iamport::rest::FindAllPayments {
    iamport::rest::FindAllPayments::builder()
        .merchant_uid(iamport::value::MerchantUid::new(merchant_uid).unwrap())
        .limit(1)
        .build()
        .unwrap()
}

/// A simulator with three payments of `order_paged`, `imp_p1` the oldest.
async fn three_payments() -> (Sim, Client) {
    let sim = simulator().await;
    let now = sim.now();
    for (age, imp_uid) in [(3, "imp_p1"), (2, "imp_p2"), (1, "imp_p3")] {
        let payment = NewPayment::new("order_paged", Status::Paid, 1000)
            .imp_uid(imp_uid)
            .started_at(now - age);
        let _ = sim.add_payment(&payment);
    }
    let c = client(&sim);
    (sim, c)
}

fn lookups(sim: &Sim) -> usize {
    calls(sim, "getAllPaymentsByMerchantUid")
}

#[tokio::test]
async fn the_page_stream_reads_every_page_in_order() {
    let (sim, c) = three_payments().await;
    let mut pages = c.pages(paged("order_paged"));
    let mut seen = Vec::new();
    while let Some(page) = pages.next().await {
        let page = page.unwrap();
        assert_eq!(page.total, 3);
        seen.extend(page.list.into_iter().map(|p| p.imp_uid));
    }
    assert!(pages.next().await.is_none(), "it stays ended");
    assert!(pages.pending().is_none());
    // Newest first, as `findAll` sorts.
    assert_eq!(seen, ["imp_p3", "imp_p2", "imp_p1"]);
    assert_eq!(lookups(&sim), 3, "one request a page");

    let mut items = c.items(paged("order_paged"));
    let mut seen = Vec::new();
    while let Some(item) = items.next().await {
        seen.push(item.unwrap().imp_uid);
    }
    assert_eq!(seen, ["imp_p3", "imp_p2", "imp_p1"]);
    assert_eq!(lookups(&sim), 6);
    assert_eq!(token_calls(&sim), 1);

    // From a later page on.
    let mut items = c.items(paged("order_paged").with_page(2));
    let mut seen = Vec::new();
    while let Some(item) = items.next().await {
        seen.push(item.unwrap().imp_uid);
    }
    assert_eq!(seen, ["imp_p2", "imp_p1"]);
}

#[tokio::test]
async fn a_page_that_names_an_earlier_next_page_ends_the_stream() {
    let (sim, c) = three_payments().await;
    let mut pages = c.pages(paged("order_paged"));
    pages.next().await.unwrap().unwrap();
    // Page 2 names page 1 as the next.
    let looping =
        r#"{"code":0,"message":null,"response":{"total":3,"previous":1,"next":1,"list":[]}}"#;
    sim.fault(Fault::after("getAllPaymentsByMerchantUid").answer(200, looping));
    let mut count = 1;
    while let Some(page) = pages.next().await {
        page.unwrap();
        count += 1;
        assert!(count <= 2, "the stream loops");
    }
    assert_eq!(count, 2);
    assert_eq!(lookups(&sim), 2);
}

#[tokio::test]
async fn a_page_that_fails_ends_the_stream_and_can_be_resumed() {
    let (sim, c) = three_payments().await;
    // Every other lookup answers 429; sent once each, the first fails.
    sim.fault(
        Fault::before("getAllPaymentsByMerchantUid")
            .status(429)
            .every(2),
    );
    let once = RequestOptions::new().retry(RetryPolicy::none());
    let mut pages = c.pages_with(paged("order_paged"), once.clone());
    let err = pages.next().await.unwrap().unwrap_err();
    assert_eq!(err.status(), Some(429), "{err:?}");
    assert!(pages.next().await.is_none(), "an error ends it");
    let resume = pages.pending().unwrap().clone();
    assert_eq!(resume.current_page(), 1);
    let mut pages = c.pages_with(resume, once);
    let mut count = 0;
    // Pages 1 (200), then 2 (429): the stream ends again.
    while let Some(page) = pages.next().await {
        count += usize::from(page.is_ok());
    }
    assert_eq!(count, 1);
    assert_eq!(pages.pending().map(Paged::current_page), Some(2));
    // With the client's policy a 429 is repeated: every page arrives.
    let mut items = c.items(pages.pending().unwrap().clone());
    let mut seen = Vec::new();
    while let Some(item) = items.next().await {
        seen.push(item.unwrap().imp_uid);
    }
    assert_eq!(seen, ["imp_p2", "imp_p1"]);
}
