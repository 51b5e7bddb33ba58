//! What `iamport::Client` costs, against the loopback stand-in API of the
//! client's tests (`tests/client/standin.rs`, keep-alive HTTP/1.1). Run with
//! `bash bench/client/run.sh`, which also installs the official Python
//! client for the round-trip comparison; the figures are in BENCHMARKS.md.
//!
//! 1. Round trips per charge: the stand-in counts the requests of 1,000
//!    `again` charges through the client, and (when `IAMPORT_PY` names a
//!    Python with `iamport-rest-client` installed) of 100 through the
//!    official Python client's `pay_again`.
//! 2. Overhead: 1,000 sequential `again` calls through `Client::send`
//!    against 1,000 hand-written reqwest calls (a cached token, a `json!`
//!    body, the answer parsed into a `serde_json::Value`), taking turns
//!    call by call; the ratio of each round's total times, median over
//!    rounds.
//!    `bench/client/run.sh` also counts instructions under callgrind, which
//!    the machine's load does not change: the process making 1,000 calls on
//!    one side only, less a run making none.
//! 3. Fault runs: 1,000 charges through `Client::charge`, each answered
//!    with one of four faults in turn (processed then dropped, dropped
//!    unprocessed, processed then 500, processed then answered after the
//!    time-out); every run must report what happened and none may charge
//!    twice.
#![allow(
    missing_docs,
    clippy::print_stdout,
    clippy::cast_precision_loss,
    clippy::too_many_lines
)]

#[path = "../tests/client/standin.rs"]
#[allow(dead_code)]
mod standin;

use std::time::{Duration, Instant};

use iamport::rest::Charge;
use iamport::{ChargeOutcome, Client, RetryPolicy};
use standin::{SECRET, again, state};

fn client(base: &str, timeout: Duration) -> Client {
    Client::with_timeouts("imp_key", SECRET, Duration::from_secs(2), timeout)
        .unwrap()
        .with_base_url(base)
        // No retries, so that each figure counts the requests of one try,
        // as before retries existed.
        .with_retry(RetryPolicy::none())
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

async fn round_trips() {
    let s = state("ok", "ok");
    s.lock().unwrap().accept_bare_token = true;
    let base = standin::start(s.clone()).await;
    let c = client(&base, Duration::from_secs(5));
    for i in 0..1000 {
        let charge = c.send(&again(&format!("rt_{i}"))).await.unwrap();
        assert!(matches!(charge, Charge::Paid(_)));
    }
    let (tokens, others) = {
        let s = s.lock().unwrap();
        (s.token_calls, s.other_calls)
    };
    println!(
        "round trips, iamport::Client: 1000 charges, {} requests ({tokens} getToken + {others} again): {:.3} per charge",
        tokens + others,
        (tokens + others) as f64 / 1000.0
    );

    let Ok(python) = std::env::var("IAMPORT_PY") else {
        println!("round trips, official Python client: skipped (IAMPORT_PY is not set)");
        return;
    };
    let (before_tokens, before_others) = {
        let s = s.lock().unwrap();
        (s.token_calls, s.other_calls)
    };
    let script = format!(
        "from iamport import Iamport\n\
         iamport = Iamport(imp_key='imp_key', imp_secret='{SECRET}', imp_url='{base}/')\n\
         for i in range(100):\n    \
             r = iamport.pay_again(customer_uid='c', merchant_uid='py_%d' % i, amount=1000, name='월간 이용권')\n    \
             assert r['status'] == 'paid', r\n"
    );
    let status = tokio::process::Command::new(python)
        .arg("-c")
        .arg(script)
        .status()
        .await
        .unwrap();
    assert!(status.success(), "the Python client failed");
    let s = s.lock().unwrap();
    let (tokens, others) = (s.token_calls - before_tokens, s.other_calls - before_others);
    println!(
        "round trips, official Python client (iamport-rest-client 0.9.0): 100 charges, {} requests ({tokens} getToken + {others} again): {:.3} per charge",
        tokens + others,
        (tokens + others) as f64 / 100.0
    );
}

async fn overhead() {
    const CALLS: usize = 1000;
    const ROUNDS: usize = 9;
    let s = state("ok", "ok");
    let base = standin::start(s.clone()).await;
    let ours = client(&base, Duration::from_secs(5));
    let http = reqwest::Client::builder()
        .connect_timeout(Duration::from_secs(2))
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap();
    // The hand-written side: one token, fetched once, reused.
    let token = {
        let body = serde_json::json!({ "imp_key": "imp_key", "imp_secret": SECRET });
        let answer = http
            .post(format!("{base}/users/getToken"))
            .header("Content-Type", "application/json")
            .body(serde_json::to_vec(&body).unwrap())
            .send()
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap();
        let value: serde_json::Value = serde_json::from_slice(&answer).unwrap();
        value["response"]["access_token"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    // One hand-written call: the body with `json!`, the answer parsed into
    // a `Value` and checked.
    let hand = async |merchant_uid: String| {
        let body = serde_json::json!({
            "customer_uid": "c",
            "merchant_uid": merchant_uid,
            "amount": 1000,
            "name": "월간 이용권",
        });
        let answer = http
            .post(format!("{base}/subscribe/payments/again"))
            .header("Authorization", format!("Bearer {token}"))
            .header("Content-Type", "application/json")
            .body(serde_json::to_vec(&body).unwrap())
            .send()
            .await
            .unwrap();
        assert!(answer.status().is_success());
        let value: serde_json::Value =
            serde_json::from_slice(&answer.bytes().await.unwrap()).unwrap();
        assert_eq!(value["code"], 0);
        assert_eq!(value["response"]["status"], "paid");
    };
    let ours_call = async |merchant_uid: String| {
        let charge = ours.send(&again(&merchant_uid)).await.unwrap();
        assert!(matches!(charge, Charge::Paid(_)));
    };
    for i in 0..50 {
        hand(format!("warm_hand_{i}")).await;
        ours_call(format!("warm_ours_{i}")).await;
    }
    // Under callgrind (bench/client/run.sh): one side only, untimed; the
    // script subtracts a run with no calls.
    if let Ok(side) = std::env::var("IAMPORT_BENCH_SIDE") {
        for i in 0..CALLS {
            match side.as_str() {
                "ours" => ours_call(format!("ours_{i}")).await,
                "hand" => hand(format!("hand_{i}")).await,
                _ => {}
            }
        }
        println!("callgrind side {side}: {CALLS} calls done");
        return;
    }
    // The two take turns call by call (and which goes first alternates), so
    // that the machine's drift falls on both alike.
    let mut ratios = Vec::new();
    let (mut ours_times, mut hand_times) = (Vec::new(), Vec::new());
    for round in 0..ROUNDS {
        let (mut t_ours, mut t_hand) = (Duration::ZERO, Duration::ZERO);
        for i in 0..CALLS {
            let ours_first = (i + round) % 2 == 0;
            for ours_turn in [ours_first, !ours_first] {
                let start = Instant::now();
                if ours_turn {
                    ours_call(format!("ours_{round}_{i}")).await;
                    t_ours += start.elapsed();
                } else {
                    hand(format!("hand_{round}_{i}")).await;
                    t_hand += start.elapsed();
                }
            }
        }
        ratios.push(t_ours.as_secs_f64() / t_hand.as_secs_f64());
        ours_times.push(t_ours.as_secs_f64() * 1e6 / CALLS as f64);
        hand_times.push(t_hand.as_secs_f64() * 1e6 / CALLS as f64);
    }
    println!(
        "overhead: {CALLS} sequential again calls x {ROUNDS} rounds: iamport::Client {:.1} us/call, hand-written reqwest {:.1} us/call (medians); ratio per round {:?}; median ratio {:.3}",
        median(ours_times),
        median(hand_times),
        ratios
            .iter()
            .map(|r| (r * 1000.0).round() / 1000.0)
            .collect::<Vec<_>>(),
        median(ratios.clone())
    );
    let s = s.lock().unwrap();
    assert!(
        s.charged.values().all(|&n| n == 1),
        "a charge was sent twice"
    );
}

/// What the merchant's loop ended with for one order.
#[derive(Default)]
struct Tally {
    answered_paid: usize,
    found_paid: usize,
    paid_after_resend: usize,
    paid_after_recheck: usize,
    unknown_left: usize,
    doubles: usize,
    resends: usize,
    rechecks: usize,
}

/// The merchant's loop: charge; on a failure PortOne's records show, send
/// again under the same `merchant_uid` (at most twice); on an unknown
/// outcome, recheck a few times and never resend.
async fn merchant(c: &Client, uid: &str, tally: &mut Tally) -> bool {
    let mut attempts = 0;
    loop {
        attempts += 1;
        let mut outcome = c.charge(&again(uid)).await.unwrap();
        let mut rechecked = false;
        for _ in 0..4 {
            let ChargeOutcome::Unknown(unresolved) = &outcome else {
                break;
            };
            tokio::time::sleep(Duration::from_millis(150)).await;
            tally.rechecks += 1;
            rechecked = true;
            outcome = c.recheck(unresolved.attempt()).await;
        }
        match &outcome {
            ChargeOutcome::Answered(Charge::Paid(_)) if attempts == 1 => tally.answered_paid += 1,
            ChargeOutcome::Found(Charge::Paid(_)) if attempts == 1 && !rechecked => {
                tally.found_paid += 1;
            }
            ChargeOutcome::Answered(Charge::Paid(_)) | ChargeOutcome::Found(Charge::Paid(_)) => {
                if rechecked {
                    tally.paid_after_recheck += 1;
                } else {
                    tally.paid_after_resend += 1;
                }
            }
            o if o.may_resend() && attempts < 3 => {
                tally.resends += 1;
                continue;
            }
            ChargeOutcome::Unknown(_) => {
                tally.unknown_left += 1;
                return false;
            }
            other => panic!("{uid}: {other:?}"),
        }
        return true;
    }
}

async fn fault_runs() {
    const RUNS: usize = 1000;
    // Each fault in turn; "fail-once" fails the first attempt (answered),
    // so the loop sends again; "flaky" lookups answer 429 every other time.
    let modes: [(&str, &str); 10] = [
        ("drop-after", "ok"),
        ("drop-before", "ok"),
        ("500-after", "ok"),
        ("408-after", "ok"),
        ("slow-after", "ok"),
        ("null-after", "ok"),
        ("inflight", "ok"),
        ("fail-once", "ok"),
        ("drop-after", "flaky"),
        ("proxy-404-after", "ok"),
    ];
    let mut tally = Tally::default();
    let start = Instant::now();
    let states: Vec<_> = modes
        .iter()
        .map(|(again, lookup)| {
            let s = state(again, "ok");
            let mut st = s.lock().unwrap();
            st.slow = Duration::from_millis(120);
            st.lookup = lookup;
            drop(st);
            s
        })
        .collect();
    let mut clients = Vec::new();
    for s in &states {
        let base = standin::start(s.clone()).await;
        clients.push(client(&base, Duration::from_millis(60)));
    }
    // Ten merchants at once, one order each at a time.
    let mut orders = Vec::new();
    for k in 0..modes.len() {
        let c = clients[k].clone();
        let s = states[k].clone();
        orders.push(tokio::spawn(async move {
            let mut tally = Tally::default();
            for run in (k..RUNS).step_by(10) {
                let uid = format!("fault_{run}");
                merchant(&c, &uid, &mut tally).await;
                // Let an in-flight charge land before counting.
                tokio::time::sleep(Duration::from_millis(1)).await;
                if s.lock().unwrap().paid(&uid) > 1 {
                    tally.doubles += 1;
                }
            }
            tally
        }));
    }
    for order in orders {
        let t = order.await.unwrap();
        tally.answered_paid += t.answered_paid;
        tally.found_paid += t.found_paid;
        tally.paid_after_resend += t.paid_after_resend;
        tally.paid_after_recheck += t.paid_after_recheck;
        tally.unknown_left += t.unknown_left;
        tally.doubles += t.doubles;
        tally.resends += t.resends;
        tally.rechecks += t.rechecks;
    }
    // Late landings: count paid payments per order once everything settled.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let doubles: usize = states
        .iter()
        .map(|s| {
            let s = s.lock().unwrap();
            (0..RUNS)
                .filter(|run| s.paid(&format!("fault_{run}")) > 1)
                .count()
        })
        .sum();
    let t = &tally;
    println!(
        "fault runs: {RUNS} orders over {} faults ({}): {} answered paid, {} found paid at once, {} paid after rechecks, {} paid after a resend of a failure, {} left unknown (never resent), {} resends, {} rechecks; {doubles} double charges, in {:.1} s",
        modes.len(),
        modes
            .iter()
            .map(|(a, l)| if *l == "ok" {
                (*a).to_owned()
            } else {
                format!("{a} with {l} lookups")
            })
            .collect::<Vec<_>>()
            .join(", "),
        t.answered_paid,
        t.found_paid,
        t.paid_after_recheck,
        t.paid_after_resend,
        t.unknown_left,
        t.resends,
        t.rechecks,
        start.elapsed().as_secs_f64()
    );
    assert_eq!(doubles, 0);
    assert_eq!(t.doubles, 0);
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` would not.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    if std::env::var_os("IAMPORT_BENCH_SIDE").is_some() {
        overhead().await;
        return;
    }
    round_trips().await;
    overhead().await;
    fault_runs().await;
}
