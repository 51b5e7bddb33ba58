//! Runs the `chai_billing` example's flow against `iamport-sim` on
//! 127.0.0.1: the page's registration params go through the simulator's
//! checkout window (which issues the billing key, as PortOne does for a
//! `request_pay` with `customer_uid`), then the server charges the key with
//! `again`. The simulator answers as the OpenAPI describes and refuses a
//! body without the keys `again` requires or with an amount that is not a
//! number; its log shows the token was sent as `Bearer`.

#[path = "../../examples/chai_billing/flow.rs"]
mod flow;

use iamport::rest::Charge;
use iamport_sim::{CardBehaviour, Choice, Sim};

/// A simulator on a runtime of its own, so that the example's blocking
/// client can call it from the test's thread.
fn simulator() -> (tokio::runtime::Runtime, Sim) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let sim = runtime
        .block_on(Sim::builder().key("imp_apikey").secret("secret").start())
        .unwrap();
    (runtime, sim)
}

/// What the page does with the registration params: opens the window
/// (`IMP.request_pay`), and the buyer pays; the answer is the redirect to
/// `m_redirect_url`.
fn register(sim: &Sim, params: &serde_json::Value) -> String {
    sim.choose(params["merchant_uid"].as_str().unwrap(), Choice::Pay);
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .max_redirects(0)
        .http_status_as_error(false)
        .build()
        .into();
    let opened = agent
        .post(&format!("{}/__sim/window", sim.url()))
        .header("Content-Type", "application/json")
        .send(
            serde_json::json!({"merchant_code": sim.merchant_code(), "params": params}).to_string(),
        )
        .unwrap()
        .body_mut()
        .read_to_string()
        .unwrap();
    let opened: serde_json::Value = serde_json::from_str(&opened).unwrap();
    let chosen = agent
        .post(&format!(
            "{}/__sim/window/{}/choose",
            sim.url(),
            opened["id"]
        ))
        .header("Content-Type", "application/json")
        .send(r#"{"choice":"pay"}"#)
        .unwrap();
    assert_eq!(chosen.status(), 302);
    chosen.headers()["location"].to_str().unwrap().to_owned()
}

#[test]
fn register_then_charge_with_again() {
    let params = serde_json::to_value(flow::registration().unwrap()).unwrap();
    assert_eq!(params["pg"], "chai");
    assert_eq!(params["pay_method"], "trans");
    assert_eq!(params["customer_uid"], "gildong_0001_1234");

    let (_runtime, sim) = simulator();
    let redirect = register(&sim, &params);
    assert!(
        redirect.starts_with("https://www.my-service.com/payments/complete/mobile?imp_uid="),
        "{redirect}"
    );
    let charge = flow::charge(sim.url(), "imp_apikey", "secret").unwrap();
    let Charge::Paid(paid) = &charge else {
        panic!("{charge:?}")
    };
    assert_eq!(paid.amount.to_string(), "8900");
    assert_eq!(paid.merchant_uid.as_str(), "order_monthly_0001");

    let log = sim.state().log;
    let routes: Vec<(&str, &str, bool)> = log
        .iter()
        .map(|s| (s.method.as_str(), s.route.as_str(), s.bearer))
        .collect();
    assert_eq!(
        routes,
        [("POST", "getToken", false), ("POST", "again", true)],
        "the token, then again with the token as `Bearer`"
    );
}

#[test]
fn a_failed_charge_with_code_zero_reaches_the_caller() {
    let (_runtime, sim) = simulator();
    sim.add_billing_key("gildong_0001_1234");
    sim.script_billing_key(
        "gildong_0001_1234",
        CardBehaviour::Decline("잔액 부족".to_owned()),
    );
    match flow::charge(sim.url(), "imp_apikey", "secret").unwrap() {
        Charge::Failed { reason, .. } => assert_eq!(reason, "잔액 부족"),
        other => panic!("expected a failed charge, got {other:?}"),
    }
}

#[test]
fn an_api_error_reaches_the_caller() {
    // No billing key was registered: PortOne's `code: -1`.
    let (_runtime, sim) = simulator();
    let err = flow::charge(sim.url(), "imp_apikey", "secret")
        .unwrap_err()
        .to_string();
    assert_eq!(err, "PortOne answered code -1: 등록된 고객정보가 없습니다.");
}
