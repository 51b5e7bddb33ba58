//! The async client against a stand-in PortOne API on 127.0.0.1 that
//! misbehaves on request: tokens that expire, 401, 500, `code != 0`, a
//! failed charge with code 0, a charge processed and then dropped, answers
//! slower than the time-out, bodies far over the limit, malformed JSON
//! (`standin.rs`). Run with `cargo test --features client --test client`.
#![allow(missing_docs, clippy::too_many_lines)]

mod standin;

use std::fmt::{self, Write as _};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use iamport::rest::{Charge, GetPayment};
use iamport::value::ImpUid;
use iamport::{ChargeOutcome, Client, ClientError};
use standin::{SECRET, Shared, again, state};

async fn client(state: &Shared) -> Client {
    let base = standin::start(state.clone()).await;
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

fn assert_no_secret(text: &str) {
    assert!(!text.contains(SECRET), "{text}");
    assert!(!text.contains("token-"), "{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fifty_concurrent_calls_fetch_one_token() {
    let s = state("ok", "ok");
    let c = Arc::new(client(&s).await);
    // A token with 30 s left by the server's clock: within the refresh
    // margin, so the client holds it as expired.
    s.lock().unwrap().token_ttl = 30;
    c.send(&get()).await.unwrap();
    assert_eq!(s.lock().unwrap().token_calls, 1);
    s.lock().unwrap().token_ttl = 1800;
    let calls = (0..50).map(|_| {
        let c = c.clone();
        tokio::spawn(async move { c.send(&get()).await })
    });
    for call in calls {
        call.await.unwrap().unwrap();
    }
    assert_eq!(
        s.lock().unwrap().token_calls,
        2,
        "one refresh for 50 callers"
    );
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
        ("huge-chunked", |e| {
            matches!(e, ClientError::TooLarge { .. })
        }),
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
async fn a_charge_whose_answer_was_lost_is_looked_up_not_sent_again() {
    // Processed, then: the connection drops, a 500, an answer after the
    // time-out. Each is charged exactly once and reported as found.
    for mode in ["drop-after", "500-after", "slow-after"] {
        let s = state(mode, "ok");
        let c = client(&s).await;
        let outcome = c.charge(&again("order_lost_answer")).await.unwrap();
        assert!(
            matches!(outcome, ChargeOutcome::Found(Charge::Paid(_))),
            "{mode}: {outcome:?}"
        );
        assert_eq!(
            s.lock().unwrap().charged["order_lost_answer"],
            1,
            "{mode}: charged exactly once"
        );
    }

    // Dropped before it was processed: nothing charged, safe to send again.
    let s = state("drop-before", "ok");
    let c = client(&s).await;
    let outcome = c.charge(&again("order_lost")).await.unwrap();
    assert_eq!(outcome, ChargeOutcome::NotCharged);
    assert!(s.lock().unwrap().charged.is_empty());
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
    let s = state("drop-after", "ok");
    let c = client(&s).await;
    c.send(&get()).await.unwrap(); // getToken, GET
    s.lock().unwrap().valid_tokens.clear();
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
        ("GET", "/payments/find/order_traced", Some(200)),
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
