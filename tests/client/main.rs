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

use iamport::rest::{Charge, GetPayment, Paged};
use iamport::value::ImpUid;
use iamport::{ChargeOutcome, Client, ClientError, RequestOptions, RetryPolicy};
use standin::{SECRET, Shared, again, state};

/// The tests' policy: the default's 3 attempts with millisecond waits, so
/// that retries never make a test slow.
fn fast() -> RetryPolicy {
    RetryPolicy::new()
        .base_delay(Duration::from_millis(2))
        .max_delay(Duration::from_millis(10))
}

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
    .with_retry(fast())
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
        // Each repeat of a time-out would be one more time-out.
        let c = client(&s).await.with_retry(RetryPolicy::none());
        let err = c.send(&get()).await.unwrap_err();
        assert!(check(&err), "{mode}: {err:?}");
        assert_one_short_line(&err.to_string());
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
    // Processed, then: the connection drops, a 500, a 408, an answer after
    // the time-out, `code: 0` with a null response, a 404 that is not
    // PortOne's envelope. Each is charged exactly once and reported found.
    for mode in [
        "drop-after",
        "500-after",
        "408-after",
        "slow-after",
        "null-after",
        "proxy-404-after",
        "gateway-403-after",
    ] {
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
    let s = state("drop-before", "ok");
    let c = client(&s).await;
    let outcome = c.charge(&again("order_lost")).await.unwrap();
    assert_unknown(&outcome, "drop-before");
    assert!(s.lock().unwrap().charged.is_empty());
}

#[tokio::test]
async fn a_charge_still_in_flight_past_the_time_out_is_unknown_then_found() {
    let s = state("inflight", "ok");
    // PortOne finishes well after the client's 800 ms time-out.
    s.lock().unwrap().slow = Duration::from_secs(2);
    let c = client(&s).await;
    let outcome = c.charge(&again("order_inflight")).await.unwrap();
    let attempt = assert_unknown(&outcome, "in flight");
    assert_eq!(s.lock().unwrap().paid("order_inflight"), 0, "not yet");
    tokio::time::sleep(Duration::from_millis(1600)).await;
    let later = c.recheck(&attempt).await;
    assert!(
        matches!(later, ChargeOutcome::Found(Charge::Paid(_))),
        "{later:?}"
    );
    assert_eq!(s.lock().unwrap().paid("order_inflight"), 1);
    // Another process rechecks from the attempt it kept.
    let other = client(&s).await;
    let kept = iamport::Attempt::new(attempt.merchant_uid().clone(), attempt.since());
    assert!(matches!(
        other.recheck(&kept).await,
        ChargeOutcome::Found(Charge::Paid(_))
    ));
}

#[tokio::test]
async fn a_lookup_that_fails_is_unknown_never_an_error_or_not_charged() {
    for lookup in ["429", "api-error", "proxy-404", "redirect-307"] {
        let s = state("drop-after", "ok");
        s.lock().unwrap().lookup = lookup;
        let c = client(&s).await;
        let outcome = c.charge(&again("order_lookup_fails")).await.unwrap();
        assert_unknown(&outcome, lookup);
        assert_eq!(s.lock().unwrap().paid("order_lookup_fails"), 1, "{lookup}");
    }
}

#[tokio::test]
async fn an_older_failed_attempt_is_never_taken_for_this_one() {
    // Another process failed this order a minute ago (a schedule's run, or
    // an earlier `again`); this attempt is still in flight.
    let s = state("inflight", "ok");
    s.lock().unwrap().slow = Duration::from_millis(1500);
    s.lock()
        .unwrap()
        .record("order_reused", "failed", standin::now() - 60);
    let c = client(&s).await;
    let outcome = c.charge(&again("order_reused")).await.unwrap();
    assert_unknown(&outcome, "older failure elsewhere");

    // This client's own failed attempt, a moment ago, in the same second.
    let s = state("failed", "ok");
    let c = client(&s).await;
    let first = c.charge(&again("order_retry")).await.unwrap();
    assert!(first.may_resend(), "{first:?}");
    {
        let mut st = s.lock().unwrap();
        st.again = "inflight";
        st.slow = Duration::from_millis(1500);
    }
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
    let (sink, received) = standin::sink().await;
    for mode in ["redirect-307", "redirect-308"] {
        let s = state(mode, "redirect-307");
        s.lock().unwrap().redirect_to.clone_from(&sink);
        let c = client(&s).await;
        let outcome = c.charge(&again("order_redirected")).await.unwrap();
        assert_unknown(&outcome, mode);
        let err = c.send(&get()).await.unwrap_err();
        assert_eq!(err.status(), Some(307), "{err:?}");
        assert!(!err.is_portone_answer());
    }
    // getToken redirected: the secret stays here.
    let s = state("ok", "ok");
    {
        let mut st = s.lock().unwrap();
        st.token = "redirect-307";
        st.redirect_to.clone_from(&sink);
    }
    let c = client(&s).await;
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
        let c = Client::new("imp_key", SECRET).unwrap().with_base_url(base);
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
        let c = Client::new("imp_key", SECRET).unwrap().with_base_url(base);
        assert!(
            format!("{c:?}").contains(base.trim_end_matches('/')),
            "{c:?}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_hung_token_refresh_answers_every_waiter_within_one_time_out() {
    let s = state("ok", "ok");
    {
        let mut st = s.lock().unwrap();
        st.token = "hang";
        st.slow = Duration::from_secs(8);
    }
    // One attempt per refresh: each repeat would be one more time-out.
    let c = client(&s).await.with_retry(RetryPolicy::none());
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
    assert_eq!(s.lock().unwrap().token_calls, 1);
    // Within the backoff the failure is handed out without asking again;
    // after it, the refresh is tried once more.
    assert!(c.send(&get()).await.is_err());
    assert_eq!(s.lock().unwrap().token_calls, 1);
    s.lock().unwrap().token = "ok";
    tokio::time::sleep(Duration::from_millis(300)).await;
    c.send(&get()).await.unwrap();
    assert_eq!(s.lock().unwrap().token_calls, 2);
}

#[tokio::test]
async fn a_hostile_content_length_with_a_huge_limit_is_an_error() {
    let s = state("ok", "hostile-length");
    let c = client(&s).await.with_max_body(usize::MAX);
    assert!(
        format!("{c:?}").contains(&format!("max_body: {}", iamport::MAX_BODY_CEILING)),
        "{c:?}"
    );
    // The announced length is over the ceiling: refused before reading.
    let err = c.send(&get()).await.unwrap_err();
    assert!(matches!(err, ClientError::TooLarge { .. }), "{err:?}");
    // 60 MiB announced, under the ceiling: read as it arrives (nothing is
    // reserved for it), and the early end is a transport error.
    let s = state("ok", "hostile-length-60m");
    let c = client(&s).await.with_max_body(usize::MAX);
    let err = c.send(&get()).await.unwrap_err();
    assert!(matches!(err, ClientError::Transport { .. }), "{err:?}");
}

#[tokio::test]
async fn portones_words_are_kept_on_every_status_in_one_line() {
    let s = state("ok", "500");
    let c = client(&s).await;
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

    let s = state("ok", "404-envelope");
    let c = client(&s).await;
    let err = c.send(&get()).await.unwrap_err();
    assert!(
        matches!(&err, ClientError::Status { status: 404, api: Some(api), .. } if api.code == 1),
        "{err:?}"
    );
    assert!(err.is_portone_answer());

    // A charge PortOne refused with its envelope: an answer, not lost.
    let s = state("refused", "ok");
    let c = client(&s).await;
    let err = c.charge(&again("order_refused")).await.unwrap_err();
    assert!(err.is_portone_answer(), "{err:?}");
    assert!(s.lock().unwrap().charged.is_empty());
}

#[tokio::test]
async fn a_207_is_a_partial_result_that_names_what_failed() {
    let s = state("ok", "207");
    let c = client(&s).await;
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

#[tokio::test]
async fn the_tier_header_is_sent_once() {
    use iamport::rest::{TierCode, Tiered};
    let s = state("ok", "ok");
    let c = client(&s)
        .await
        .with_tier(TierCode::new("client-tier").unwrap());
    c.send(&get()).await.unwrap();
    c.send(&Tiered::new(get(), TierCode::new("request-tier").unwrap()))
        .await
        .unwrap();
    // A client made for a tier from a shared one keeps its token.
    let shared = c.clone().with_tier(TierCode::new("third").unwrap());
    shared.send(&get()).await.unwrap();
    assert_eq!(s.lock().unwrap().token_calls, 1, "one token for every tier");
    let tiers = s.lock().unwrap().tiers.clone();
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
    let s = state("ok", "ok");
    s.lock().unwrap().token = "fail";
    // One attempt per refresh, so that each refresh is one call.
    let c = client(&s).await.with_retry(RetryPolicy::none());
    let calls = || s.lock().unwrap().token_calls;
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
    s.lock().unwrap().token = "ok";
    c.send(&get()).await.unwrap();
    assert_eq!(calls(), 3);
}

#[tokio::test]
async fn a_429_then_200_is_retried_once() {
    let s = state("ok", "429-once");
    let c = client(&s).await;
    c.send(&get()).await.unwrap();
    let st = s.lock().unwrap();
    assert_eq!(st.gets, 2, "the 429 and the retry");
    assert_eq!(st.token_calls, 1, "the token is reused");
}

#[tokio::test]
async fn a_lookup_answered_5xx_is_retried_up_to_the_bound_then_a_typed_error() {
    for (policy, sent) in [
        (fast(), 3),
        (fast().max_attempts(5), 5),
        (RetryPolicy::none(), 1),
        (fast().max_attempts(0), 1),
    ] {
        let s = state("ok", "500");
        let c = client(&s).await.with_retry(policy);
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
        assert_eq!(s.lock().unwrap().gets, sent, "{policy:?}");
        assert_eq!(s.lock().unwrap().token_calls, 1);
    }
    // A per-call policy over the client's.
    let s = state("ok", "500");
    let c = client(&s).await;
    let options = RequestOptions::new().retry(fast().max_attempts(2));
    assert!(c.send_with(&get(), options).await.is_err());
    assert_eq!(s.lock().unwrap().gets, 2);
    // Answers are not faults that pass: sent once.
    for mode in ["api-error", "404-envelope", "malformed", "redirect-307"] {
        let s = state("ok", mode);
        let c = client(&s).await;
        assert!(c.send(&get()).await.is_err(), "{mode}");
        assert_eq!(s.lock().unwrap().gets, 1, "{mode}");
    }
}

#[tokio::test]
async fn a_dropped_connection_is_retried() {
    let s = state("ok", "drop-once");
    let c = client(&s).await;
    c.send(&get()).await.unwrap();
    assert_eq!(s.lock().unwrap().gets, 2);
}

#[tokio::test]
async fn retry_after_in_seconds_is_honoured_within_the_policy() {
    // Honoured: one second asked, under the policy's 2 s cap.
    let s = state("ok", "429-once");
    s.lock().unwrap().retry_after = Some("1");
    let c = client(&s)
        .await
        .with_retry(fast().max_delay(Duration::from_secs(2)));
    let started = std::time::Instant::now();
    c.send(&get()).await.unwrap();
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(s.lock().unwrap().gets, 2);
    // Capped: 30 s asked, the policy's 10 ms waited.
    let s = state("ok", "429-once");
    s.lock().unwrap().retry_after = Some("30");
    let c = client(&s).await;
    let started = std::time::Instant::now();
    c.send(&get()).await.unwrap();
    assert!(
        started.elapsed() < Duration::from_millis(500),
        "{:?}",
        started.elapsed()
    );
    // Past the budget: no repeat, the 429 is the error.
    let s = state("ok", "429-once");
    s.lock().unwrap().retry_after = Some("30");
    let c = client(&s).await.with_retry(
        fast()
            .max_delay(Duration::from_mins(1))
            .budget(Duration::from_millis(100)),
    );
    let err = c.send(&get()).await.unwrap_err();
    assert_eq!(err.status(), Some(429), "{err:?}");
    assert_eq!(s.lock().unwrap().gets, 1);
    // An HTTP date is not seconds: the policy's own wait.
    let s = state("ok", "429-once");
    s.lock().unwrap().retry_after = Some("Wed, 21 Oct 2037 07:28:00 GMT");
    let c = client(&s).await;
    let started = std::time::Instant::now();
    c.send(&get()).await.unwrap();
    assert!(started.elapsed() < Duration::from_millis(500));
}

#[tokio::test]
async fn a_charge_answered_500_503_or_429_is_never_retried() {
    for (mode, processed) in [
        ("500-after", true),
        ("503-after", true),
        ("429-before", false),
    ] {
        let s = state(mode, "ok");
        s.lock().unwrap().retry_after = Some("0");
        // However patient the policy, client-wide or per call.
        let c = client(&s).await.with_retry(fast().max_attempts(10));
        let options = RequestOptions::new().retry(fast().max_attempts(10));
        let uid = format!("order_{mode}");
        let outcome = c.charge_with(&again(&uid), options).await.unwrap();
        assert_eq!(
            s.lock().unwrap().again_calls,
            1,
            "{mode}: one charge request"
        );
        // Then the outcome rules, as for any lost answer.
        if processed {
            assert!(
                matches!(outcome, ChargeOutcome::Found(Charge::Paid(_))),
                "{mode}: {outcome:?}"
            );
            assert_eq!(s.lock().unwrap().charged[&uid], 1);
        } else {
            assert_unknown(&outcome, mode);
            assert!(s.lock().unwrap().charged.is_empty());
        }
    }
    // `send` of a charge is not repeated either.
    let s = state("500-after", "ok");
    let c = client(&s).await;
    let err = c.send(&again("order_sent")).await.unwrap_err();
    assert_eq!(err.status(), Some(500));
    assert_eq!(s.lock().unwrap().again_calls, 1);
}

#[tokio::test]
async fn a_per_request_time_out_applies_to_that_call_only() {
    let s = state("ok", "slow");
    s.lock().unwrap().slow = Duration::from_millis(300);
    let c = client(&s).await;
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
    assert_eq!(s.lock().unwrap().gets, 2);
    // A time-out is a fault that passes: repeated by the policy.
    assert!(c.send_with(&get(), short).await.is_err());
    assert_eq!(s.lock().unwrap().gets, 5);
    // The next call has the client's time-out again.
    c.send(&get()).await.unwrap();
    assert_eq!(s.lock().unwrap().gets, 6);
}

#[tokio::test]
async fn a_per_request_tier_is_sent_once_and_for_that_call_only() {
    use iamport::rest::{TierCode, Tiered};
    let tier = |t: &str| TierCode::new(t).unwrap();
    let s = state("ok", "ok");
    let c = client(&s).await.with_tier(tier("client-tier"));
    let per_call = || RequestOptions::new().tier(tier("call-tier"));
    c.send_with(&get(), per_call()).await.unwrap();
    c.send_with(&Tiered::new(get(), tier("request-tier")), per_call())
        .await
        .unwrap();
    c.send(&get()).await.unwrap();
    let plain = client(&s).await;
    plain.send_with(&get(), per_call()).await.unwrap();
    plain.send(&get()).await.unwrap();
    let tiers = s.lock().unwrap().tiers.clone();
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
    let s = state("500-after", "ok");
    let c = client(&s).await;
    let outcome = c
        .charge_with(&again("order_tiered"), per_call())
        .await
        .unwrap();
    assert!(
        matches!(outcome, ChargeOutcome::Found(Charge::Paid(_))),
        "{outcome:?}"
    );
    let tiers = s.lock().unwrap().tiers.clone();
    // getToken, again, findAll.
    assert_eq!(tiers[1..], [one("call-tier"), one("call-tier")]);
    let s = state("drop-before", "ok");
    let c = client(&s).await;
    let outcome = c
        .charge_with(&again("order_tiered"), per_call())
        .await
        .unwrap();
    let attempt = assert_unknown(&outcome, "tiered");
    assert_eq!(attempt.tier(), Some(&tier("call-tier")));
    let _ = c.recheck(&attempt).await;
    let tiers = s.lock().unwrap().tiers.clone();
    assert_eq!(
        tiers[1..],
        [one("call-tier"), one("call-tier"), one("call-tier")]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn clones_share_one_token() {
    let s = state("ok", "ok");
    let first = client(&s).await;
    let second = first.clone();
    let third = second.clone().with_retry(RetryPolicy::none());
    let (one, two) = tokio::join!(
        tokio::spawn(async move { first.send(&get()).await }),
        tokio::spawn(async move { second.send(&get()).await })
    );
    one.unwrap().unwrap();
    two.unwrap().unwrap();
    third.send(&get()).await.unwrap();
    let st = s.lock().unwrap();
    assert_eq!(st.token_calls, 1, "one getToken for every clone");
    assert_eq!(st.gets, 3);
}

#[tokio::test]
async fn a_failing_get_token_is_retried_and_each_retry_emits_an_event_without_secrets() {
    let events = Arc::new(Mutex::new(Vec::new()));
    let _guard = tracing::subscriber::set_default(Recorder(events.clone()));
    let s = state("ok", "429-once");
    s.lock().unwrap().token = "fail-once";
    let c = client(&s).await;
    c.send(&get()).await.unwrap();
    assert_eq!(s.lock().unwrap().token_calls, 2, "getToken: 500, then 200");
    assert_eq!(s.lock().unwrap().gets, 2, "GET: 429, then 200");
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

fn paged(merchant_uid: &str) -> iamport::rest::FindAllPayments {
    iamport::rest::FindAllPayments::builder()
        .merchant_uid(iamport::value::MerchantUid::new(merchant_uid).unwrap())
        .build()
        .unwrap()
}

/// A stand-in with three payments of `order_paged`, newest last made.
async fn three_payments(paging: &'static str) -> (Shared, Client) {
    let s = state("ok", "ok");
    {
        let mut st = s.lock().unwrap();
        st.paging = paging;
        let now = standin::now();
        for age in [3, 2, 1] {
            st.record("order_paged", "paid", now - age);
        }
    }
    let c = client(&s).await;
    (s, c)
}

#[tokio::test]
async fn the_page_stream_reads_every_page_in_order() {
    let (s, c) = three_payments("three").await;
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
    assert_eq!(seen, ["imp_3", "imp_2", "imp_1"]);
    assert_eq!(s.lock().unwrap().lookups, 3, "one request a page");

    let mut items = c.items(paged("order_paged"));
    let mut seen = Vec::new();
    while let Some(item) = items.next().await {
        seen.push(item.unwrap().imp_uid);
    }
    assert_eq!(seen, ["imp_3", "imp_2", "imp_1"]);
    assert_eq!(s.lock().unwrap().lookups, 6);
    assert_eq!(s.lock().unwrap().token_calls, 1);

    // From a later page on.
    let mut items = c.items(paged("order_paged").with_page(2));
    let mut seen = Vec::new();
    while let Some(item) = items.next().await {
        seen.push(item.unwrap().imp_uid);
    }
    assert_eq!(seen, ["imp_2", "imp_1"]);
}

#[tokio::test]
async fn a_page_that_names_an_earlier_next_page_ends_the_stream() {
    let (s, c) = three_payments("loop").await;
    let mut pages = c.pages(paged("order_paged"));
    let mut count = 0;
    while let Some(page) = pages.next().await {
        page.unwrap();
        count += 1;
        assert!(count <= 2, "the stream loops");
    }
    assert_eq!(count, 2);
    assert_eq!(s.lock().unwrap().lookups, 2);
}

#[tokio::test]
async fn a_page_that_fails_ends_the_stream_and_can_be_resumed() {
    let (s, c) = three_payments("three").await;
    // Every other lookup answers 429; sent once each, the first fails.
    s.lock().unwrap().lookup = "flaky";
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
    assert_eq!(seen, ["imp_2", "imp_1"]);
}
