//! HTTP: PortOne's REST routes, the simulator's control routes
//! (`/__sim/...`), faults, the request log and webhook delivery.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{Path, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Serialize;
use serde_json::{Value, json};
use tokio::net::TcpListener;
use tokio::sync::{Notify, watch};

use crate::fault::{Action, Fault, Stage};
use crate::world::{Answer, PaymentSummary, Query, ScheduleSummary, Webhook, World};
use crate::{fixed, routes};

/// The largest request body the simulator reads (1 MiB); a larger one is
/// a 413.
const MAX_BODY: usize = 1 << 20;

/// One request as the simulator saw it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Seen {
    /// The route (`operationId`), or `""` for an unknown path.
    pub route: String,
    /// The HTTP method.
    pub method: String,
    /// The path, as sent.
    pub path: String,
    /// Every `Tier` header value, in order.
    pub tiers: Vec<String>,
    /// Whether `Authorization` used the documented `Bearer ` form.
    pub bearer: bool,
    /// The status answered; 0 when the connection was dropped.
    pub status: u16,
    /// The fault that struck it, if any (`"before drop"`, `"after
    /// status 500"`, ...).
    pub fault: Option<String>,
}

/// One webhook delivery attempt.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Delivery {
    /// Where it went, and what it carried.
    pub webhook: Webhook,
    /// Which attempt (1 for the first).
    pub attempt: u32,
    /// The receiver's HTTP status, if it answered.
    pub status: Option<u16>,
    /// Why it failed, if it did (one line).
    pub error: Option<String>,
}

/// What the simulator saw and keeps: `Sim::state` and `GET
/// /__sim/state`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Snapshot {
    /// The simulator's clock, Unix seconds.
    pub now: i64,
    /// Requests per route (`operationId`).
    pub requests: BTreeMap<String, usize>,
    /// Every request, in order.
    pub log: Vec<Seen>,
    /// How many requests a fault struck.
    pub faults_fired: usize,
    /// Every webhook delivery attempt.
    pub webhooks: Vec<Delivery>,
    /// Every payment.
    pub payments: Vec<PaymentSummary>,
    /// Every schedule.
    pub schedules: Vec<ScheduleSummary>,
}

/// What the buyer does in the simulated checkout window.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Choice {
    /// Pays.
    Pay,
    /// The payment fails with this message.
    Fail(String),
    /// Closes the window (`F1002`-style cancel by the buyer).
    Close,
}

/// Everything behind one simulator.
#[derive(Debug)]
pub(crate) struct Inner {
    pub(crate) world: World,
    pub(crate) faults: Vec<Fault>,
    pub(crate) log: Vec<Seen>,
    pub(crate) faults_fired: usize,
    pub(crate) deliveries: Vec<Delivery>,
    /// Extra attempts after a webhook that was not answered 2xx.
    pub(crate) webhook_retries: u32,
    /// The wait between attempts.
    pub(crate) webhook_interval: Duration,
    /// Scripted window choices by `merchant_uid`.
    pub(crate) choices: std::collections::HashMap<String, Choice>,
    /// The checkout windows opened, by id (their `request_pay` params).
    pub(crate) windows: Vec<Value>,
}

/// The shared state of a running simulator.
pub(crate) type Shared = Arc<Mutex<Inner>>;

/// Locks the state; a panic elsewhere does not stop the simulator.
pub(crate) fn lock(shared: &Shared) -> MutexGuard<'_, Inner> {
    shared.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Inner {
    pub(crate) fn snapshot(&self) -> Snapshot {
        let mut requests = BTreeMap::new();
        for seen in &self.log {
            let count: &mut usize = requests.entry(seen.route.clone()).or_default();
            *count = count.saturating_add(1);
        }
        Snapshot {
            now: self.world.now(),
            requests,
            log: self.log.clone(),
            faults_fired: self.faults_fired,
            webhooks: self.deliveries.clone(),
            payments: self.world.payment_summaries(),
            schedules: self.world.schedule_summaries(),
        }
    }

    /// Takes the first fault for `route` at `stage`, counting it down.
    fn take_fault(&mut self, route: &str, stage: Stage) -> Option<Fault> {
        let mut chosen = None;
        for fault in self.faults.iter_mut().filter(|f| f.matches(route, stage)) {
            let turn = fault.seen;
            fault.seen = fault.seen.saturating_add(1);
            if fault
                .every
                .is_none_or(|every| turn.checked_rem(every).is_none_or(|r| r == 0))
            {
                chosen = Some(fault);
                break;
            }
        }
        let fault = chosen?;
        if let Some(times) = fault.times.as_mut() {
            *times = times.saturating_sub(1);
        }
        let fault = fault.clone();
        self.faults.retain(|f| f.times != Some(0));
        self.faults_fired = self.faults_fired.saturating_add(1);
        Some(fault)
    }
}

/// Closes the connection it belongs to (a fault's dropped connection).
#[derive(Clone, Debug)]
struct DropHandle(Arc<Notify>);

/// Serves `router` on `listener` until `stop` turns true; each
/// connection can be dropped by a fault.
pub(crate) async fn serve(listener: TcpListener, router: Router, mut stop: watch::Receiver<bool>) {
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            _ = stop.changed() => return,
        };
        let Ok((stream, _)) = accepted else {
            // Out of descriptors and the like: wait a moment, go on.
            tokio::time::sleep(Duration::from_millis(10)).await;
            continue;
        };
        let _ = stream.set_nodelay(true);
        let kill = Arc::new(Notify::new());
        let app = router
            .clone()
            .layer(axum::Extension(DropHandle(kill.clone())));
        let mut stop = stop.clone();
        tokio::spawn(async move {
            let service = hyper_util::service::TowerToHyperService::new(app);
            let connection = hyper::server::conn::http1::Builder::new()
                .keep_alive(true)
                .serve_connection(hyper_util::rt::TokioIo::new(stream), service);
            tokio::select! {
                _ = connection => {}
                () = kill.notified() => {}
                _ = stop.changed() => {}
            }
        });
    }
}

/// The simulator's routes: PortOne's, the control routes and the
/// checkout window.
pub(crate) fn router(shared: Shared) -> Router {
    Router::new()
        .route("/__sim/state", get(state))
        .route("/__sim/clock", post(clock))
        .route("/__sim/faults", post(add_fault).delete(clear_faults))
        .route("/__sim/vbanks/{imp_uid}/deposit", post(deposit))
        .route("/__sim/billing-keys/{customer_uid}/script", post(script))
        .route("/__sim/choices/{merchant_uid}", post(choose))
        .route("/__sim/hostile", get(hostile))
        .merge(crate::browser::routes())
        .fallback(rest)
        .with_state(shared)
}

pub(crate) fn json_response(status: u16, body: &Value) -> Response {
    let mut response = Response::new(Body::from(body.to_string()));
    *response.status_mut() =
        StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json; charset=utf-8"),
    );
    response
}

async fn hostile() -> Response {
    json_response(200, &json!(crate::hostile::STRINGS))
}

async fn state(State(shared): State<Shared>) -> Response {
    let snapshot = lock(&shared).snapshot();
    json_response(200, &serde_json::to_value(snapshot).unwrap_or(Value::Null))
}

/// `POST /__sim/clock` with `{"advance_seconds": n}`: moves the clock,
/// runs the schedules that came due, sends their webhooks.
async fn clock(State(shared): State<Shared>, body: Bytes) -> Response {
    let seconds = serde_json::from_slice::<Value>(&body)
        .ok()
        .and_then(|v| v.get("advance_seconds").and_then(Value::as_i64));
    let Some(seconds) = seconds.filter(|s| *s >= 0) else {
        return json_response(
            400,
            &json!({"error": "advance_seconds: a whole number of seconds, 0 or more"}),
        );
    };
    let now = advance(&shared, seconds).await;
    json_response(200, &json!({"now": now}))
}

/// Moves the clock and waits for the first attempt of the webhooks it
/// caused.
pub(crate) async fn advance(shared: &Shared, seconds: i64) -> i64 {
    let (now, outbox) = {
        let mut inner = lock(shared);
        inner.world.advance(seconds);
        (inner.world.now(), std::mem::take(&mut inner.world.outbox))
    };
    send_webhooks(shared, outbox).await;
    now
}

async fn add_fault(State(shared): State<Shared>, body: Bytes) -> Response {
    match serde_json::from_slice::<Fault>(&body) {
        Ok(fault) => {
            lock(&shared).faults.push(fault);
            json_response(200, &json!({"ok": true}))
        }
        Err(_) => json_response(
            400,
            &json!({"error": "a fault: {\"route\", \"stage\": \"before\"|\"after\", \"action\", \"times\"?}"}),
        ),
    }
}

async fn clear_faults(State(shared): State<Shared>) -> Response {
    lock(&shared).faults.clear();
    json_response(200, &json!({"ok": true}))
}

async fn deposit(State(shared): State<Shared>, Path(imp_uid): Path<String>) -> Response {
    let (answer, outbox) = {
        let mut inner = lock(&shared);
        let answer = inner.world.deposit(&imp_uid);
        (answer, std::mem::take(&mut inner.world.outbox))
    };
    send_webhooks(&shared, outbox).await;
    json_response(answer.status, &answer.body)
}

async fn script(
    State(shared): State<Shared>,
    Path(customer_uid): Path<String>,
    body: Bytes,
) -> Response {
    match serde_json::from_slice(&body) {
        Ok(behaviour) => {
            lock(&shared).world.script(customer_uid, behaviour);
            json_response(200, &json!({"ok": true}))
        }
        Err(_) => json_response(
            400,
            &json!({"error": "\"pay\" or {\"decline\": \"reason\"}"}),
        ),
    }
}

async fn choose(
    State(shared): State<Shared>,
    Path(merchant_uid): Path<String>,
    body: Bytes,
) -> Response {
    match serde_json::from_slice(&body) {
        Ok(choice) => {
            lock(&shared).choices.insert(merchant_uid, choice);
            json_response(200, &json!({"ok": true}))
        }
        Err(_) => json_response(
            400,
            &json!({"error": "\"pay\", \"close\" or {\"fail\": \"message\"}"}),
        ),
    }
}

/// Reads a request body as PortOne does: a JSON object, or a form
/// (`application/x-www-form-urlencoded`, flat keys). Empty is `{}`.
fn read_body(headers: &HeaderMap, bytes: &[u8]) -> Result<Value, Answer> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(Value::Object(serde_json::Map::new()));
    }
    let form = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if form {
        let mut object = serde_json::Map::new();
        for (key, value) in url::form_urlencoded::parse(bytes) {
            object.insert(key.into_owned(), Value::String(value.into_owned()));
        }
        return Ok(Value::Object(object));
    }
    match serde_json::from_slice::<Value>(bytes) {
        Ok(value @ Value::Object(_)) => Ok(value),
        _ => Err(Answer::error(
            400,
            -1,
            "요청 본문이 올바른 JSON 객체가 아닙니다.",
        )),
    }
}

/// The token an `Authorization` header carries: `Bearer <token>` or the
/// bare token, both of which PortOne accepts (rest-api.md §2).
fn token(headers: &HeaderMap) -> (Option<String>, bool) {
    let Some(value) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
    else {
        return (None, false);
    };
    match value.strip_prefix("Bearer ") {
        Some(token) => (Some(token.trim().to_owned()), true),
        None => (Some(value.trim().to_owned()), false),
    }
}

/// PortOne's REST routes: the log, faults before, the token, the
/// operation, faults after.
#[allow(clippy::too_many_lines)]
async fn rest(
    State(shared): State<Shared>,
    kill: Option<axum::Extension<DropHandle>>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let kill = kill.map(|axum::Extension(handle)| handle);
    let method = parts.method.as_str().to_owned();
    let path = parts.uri.path().to_owned();
    let query = Query::parse(parts.uri.query());
    let tiers: Vec<String> = parts
        .headers
        .get_all("tier")
        .iter()
        .filter_map(|v| v.to_str().ok().map(str::to_owned))
        .collect();
    let (token, bearer) = token(&parts.headers);
    let matched = routes::find(&method, &path);
    let route_name = match &matched {
        Ok(Some(m)) => m.name,
        _ => "",
    };
    let index = {
        let mut inner = lock(&shared);
        inner.log.push(Seen {
            route: route_name.to_owned(),
            method: method.clone(),
            path: parts.uri.to_string(),
            tiers,
            bearer,
            status: 0,
            fault: None,
        });
        inner.log.len().saturating_sub(1)
    };
    let finish = |status: u16, fault: Option<String>| {
        let mut inner = lock(&shared);
        if let Some(seen) = inner.log.get_mut(index) {
            seen.status = status;
            if fault.is_some() {
                seen.fault = fault;
            }
        }
    };
    let matched = match matched {
        Ok(Some(m)) => m,
        Ok(None) => {
            finish(404, None);
            return json_response(
                404,
                &Answer::error(404, -1, "존재하지 않는 API입니다.").body,
            );
        }
        Err(()) => {
            finish(405, None);
            return json_response(
                405,
                &Answer::error(405, -1, "허용되지 않는 메소드입니다.").body,
            );
        }
    };
    let Ok(bytes) = axum::body::to_bytes(body, MAX_BODY).await else {
        finish(413, None);
        return json_response(
            413,
            &Answer::error(413, -1, "요청 본문이 너무 큽니다.").body,
        );
    };

    // Before processing.
    let before = lock(&shared).take_fault(matched.name, Stage::Before);
    let mut delay_first = None;
    if let Some(fault) = before {
        let label = Some(format!("before {}", label(&fault.action)));
        match fault.action {
            Action::Delay { ms } => {
                finish(0, label);
                delay_first = Some(Duration::from_millis(ms));
            }
            action => {
                if action == Action::Drop {
                    // Recorded first: the drop ends this handler.
                    finish(0, label.clone());
                }
                let response = faulty(&action, kill.as_ref()).await;
                finish(response.status().as_u16(), label);
                return response;
            }
        }
    }

    // Processed in a task of its own: a client that gives up (or a
    // dropped connection) does not undo what the simulator received.
    let work = {
        let shared = shared.clone();
        let name = matched.name;
        let params = matched.params.clone();
        let headers = parts.headers.clone();
        tokio::spawn(async move {
            if let Some(delay) = delay_first {
                tokio::time::sleep(delay).await;
            }
            let (answer, outbox) = {
                let mut inner = lock(&shared);
                inner.world.run_due();
                let answer = if name == "getToken" {
                    match read_body(&headers, &bytes) {
                        Ok(body) => inner.world.get_token(&body),
                        Err(answer) => answer,
                    }
                } else if !token.as_deref().is_some_and(|t| inner.world.token_valid(t)) {
                    Answer::error(401, -1, "Unauthorized")
                } else {
                    match read_body(&headers, &bytes) {
                        Ok(body) => dispatch(&mut inner.world, name, &params, &query, &body),
                        Err(answer) => answer,
                    }
                };
                (answer, std::mem::take(&mut inner.world.outbox))
            };
            if !outbox.is_empty() {
                let shared = shared.clone();
                // Detached: a webhook is sent while the answer goes out.
                drop(tokio::spawn(
                    async move { send_webhooks(&shared, outbox).await },
                ));
            }
            answer
        })
    };
    let Ok(answer) = work.await else {
        finish(500, None);
        return json_response(500, &Answer::error(500, -1, "시뮬레이터 내부 오류").body);
    };

    // After processing.
    let after = lock(&shared).take_fault(matched.name, Stage::After);
    if let Some(fault) = after {
        let label = Some(format!("after {}", label(&fault.action)));
        if let Action::Delay { ms } = fault.action {
            tokio::time::sleep(Duration::from_millis(ms)).await;
            finish(answer.status, label);
            return json_response(answer.status, &answer.body);
        }
        if fault.action == Action::Drop {
            finish(0, label.clone());
        }
        let response = faulty(&fault.action, kill.as_ref()).await;
        finish(response.status().as_u16(), label);
        return response;
    }
    finish(answer.status, None);
    json_response(answer.status, &answer.body)
}

fn label(action: &Action) -> String {
    match action {
        Action::Drop => "drop".to_owned(),
        Action::Status { code, .. } => format!("status {code}"),
        Action::Delay { ms } => format!("delay {ms} ms"),
        Action::Malformed => "malformed".to_owned(),
        Action::Oversized { bytes, chunked } => {
            format!(
                "oversized {bytes} bytes{}",
                if *chunked { " chunked" } else { "" }
            )
        }
        Action::LyingLength { bytes } => format!("lying length {bytes}"),
        Action::Answer { status, .. } => format!("answer {status}"),
        Action::Redirect { .. } => "redirect".to_owned(),
    }
}

/// A response with this status, body and `Content-Type: application/json`.
fn raw_json(status: StatusCode, body: Body) -> Response {
    let mut response = Response::new(body);
    *response.status_mut() = status;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}

/// The answer a fault gives in place of the real one.
async fn faulty(action: &Action, kill: Option<&DropHandle>) -> Response {
    match action {
        Action::Drop => {
            if let Some(kill) = kill {
                kill.0.notify_one();
                // The connection is gone; nothing is answered.
                std::future::pending::<()>().await;
            }
            json_response(500, &json!({}))
        }
        Action::Status { code, retry_after } => {
            let status = StatusCode::from_u16(*code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            let text = status.canonical_reason().unwrap_or("Error");
            let mut response = (status, text.to_owned()).into_response();
            if let Some(value) = retry_after
                .as_deref()
                .and_then(|v| HeaderValue::from_str(v).ok())
            {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
            response
        }
        Action::Delay { .. } => json_response(500, &json!({})),
        Action::Malformed => raw_json(
            StatusCode::OK,
            Body::from(r#"{"code":0,"response":{"imp_uid":"#),
        ),
        Action::Oversized { bytes, chunked } => oversized(*bytes, *chunked),
        Action::LyingLength { bytes } => lying_length(*bytes),
        Action::Answer { status, body } => raw_json(
            StatusCode::from_u16(*status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
            Body::from(body.clone()),
        ),
        Action::Redirect { location, code } => {
            let status = code
                .and_then(|c| StatusCode::from_u16(c).ok())
                .filter(StatusCode::is_redirection)
                .unwrap_or(StatusCode::TEMPORARY_REDIRECT);
            let mut response = Response::new(Body::empty());
            *response.status_mut() = status;
            if let Ok(value) = HeaderValue::from_str(location) {
                response.headers_mut().insert(header::LOCATION, value);
            }
            response
        }
    }
}

/// A 200 of `bytes` (a valid envelope with a long `message`); `chunked`
/// sends it without a length, in 64 KiB chunks.
fn oversized(bytes: usize, chunked: bool) -> Response {
    // `{"code":0,"message":"` and `","response":null}` are 39 bytes.
    let text = format!(
        r#"{{"code":0,"message":"{}","response":null}}"#,
        "x".repeat(bytes.saturating_sub(39))
    );
    let body = if chunked {
        let chunks: Vec<Result<Bytes, std::io::Error>> = text
            .into_bytes()
            .chunks(64 << 10)
            .map(|c| Ok(Bytes::copy_from_slice(c)))
            .collect();
        Body::from_stream(futures_util::stream::iter(chunks))
    } else {
        Body::from(text)
    };
    raw_json(StatusCode::OK, body)
}

/// A 200 that announces `Content-Length: bytes`: the head and a few bytes
/// go out; a moment later the body fails, and the connection closes short
/// of the length.
fn lying_length(bytes: u64) -> Response {
    let chunks = futures_util::stream::unfold(0u8, |step| async move {
        match step {
            0 => Some((Ok(Bytes::from_static(b"{\"code\":0")), 1)),
            1 => {
                tokio::time::sleep(Duration::from_millis(100)).await;
                Some((
                    Err(std::io::Error::other("the simulator's lying length")),
                    2,
                ))
            }
            _ => None,
        }
    });
    let mut response = raw_json(StatusCode::OK, Body::from_stream(chunks));
    if let Ok(length) = HeaderValue::from_str(&bytes.to_string()) {
        response
            .headers_mut()
            .insert(header::CONTENT_LENGTH, length);
    }
    response
}

/// The operation `name` on the world.
fn dispatch(
    world: &mut World,
    name: &str,
    params: &[String],
    query: &Query,
    body: &Value,
) -> Answer {
    let first = params.first().map_or("", String::as_str);
    let second = params.get(1).map(String::as_str);
    match name {
        "getPaymentByImpUid" => world.get_payment(first),
        "getPaymentListByImpUid" => world.get_payments(&query.all("imp_uid")),
        "getPaymentByMerchantUid" => world.find(first, second, query.get("sorting")),
        "getAllPaymentsByMerchantUid" => world.find_all(first, second, query),
        "getPaymentsByStatus" => world.by_status(first, query),
        "balanceByImpUid" => world.balance(first),
        "cancelPayment" => world.cancel(body),
        "preparePayment" => world.prepare(body, false),
        "editPreparePayment" => world.prepare(body, true),
        "getPaymentPrepareByMerchantUid" => world.get_prepare(first),
        "again" => world.again(body),
        "onetime" => world.onetime(body),
        "customer_save" => world.issue_billing_key(first, body),
        "customer_view" => world.get_billing_key(first),
        "customer_delete" => world.delete_billing_key(first),
        "customer_view_multiple" => world.get_billing_keys(&query.all("customer_uid")),
        "customer_payments" => world.billing_key_payments(first, query),
        "schedule" => world.schedule(body),
        "unschedule" => world.unschedule(body),
        "findSchedulesByRange" => world.schedules_by_range(query),
        "findSchedulesByCustomer" => world.schedules_of(first, query),
        "getScheduleByMid" => world.get_schedule(first),
        "updateScheduleByMid" => world.update_schedule(first, body),
        "rescheduleByMid" => world.reschedule(first, body),
        "retryScheduleByMid" => world.retry_schedule(first),
        "createVbank" => world.create_vbank(body),
        "modifyVbank" => world.modify_vbank(first, body),
        "revokeVbank" => world.revoke_vbank(first),
        "issueReceipt" => world.issue_receipt(first, body),
        "getReceipt" => world.get_receipt(first, false),
        "revokeReceipt" => world.revoke_receipt(first, false),
        "issueExternalReceipt" => world.issue_external_receipt(first, body),
        "getExternalReceipt" => world.get_receipt(first, true),
        "revokeExternalReceipt" => world.revoke_receipt(first, true),
        "escrow_logis_save" => world.save_logis(first, body, false),
        "escrow_logis_edit" => world.save_logis(first, body, true),
        "escrow_logis_get" => world.get_logis(first),
        other => fixed::answer(world, other, params, body)
            .unwrap_or_else(|| Answer::error(404, -1, "존재하지 않는 API입니다.")),
    }
}

/// Sends each webhook, retrying as configured; waits for the first
/// attempt of each (later ones run on).
pub(crate) async fn send_webhooks(shared: &Shared, outbox: Vec<Webhook>) {
    let mut first = Vec::new();
    for webhook in outbox {
        let shared = shared.clone();
        let (done_tx, done_rx) = tokio::sync::oneshot::channel::<()>();
        tokio::spawn(async move {
            let (retries, interval) = {
                let inner = lock(&shared);
                (inner.webhook_retries, inner.webhook_interval)
            };
            let mut done = Some(done_tx);
            for attempt in 1..=retries.saturating_add(1) {
                let result = post_json(&webhook.url, &webhook.body).await;
                let (status, error) = match result {
                    Ok(status) => (Some(status), None),
                    Err(error) => (None, Some(error)),
                };
                lock(&shared).deliveries.push(Delivery {
                    webhook: webhook.clone(),
                    attempt,
                    status,
                    error,
                });
                if let Some(done) = done.take() {
                    let _ = done.send(());
                }
                if status.is_some_and(|s| (200..300).contains(&s)) {
                    break;
                }
                tokio::time::sleep(interval).await;
            }
        });
        first.push(done_rx);
    }
    for done in first {
        let _ = done.await;
    }
}

/// POSTs `body` as JSON to an `http://` URL; the receiver's status, or
/// why it could not be sent. A redirect is not followed.
async fn post_json(url: &str, body: &Value) -> Result<u16, String> {
    let parsed = url::Url::parse(url).map_err(|_| "notice_url is not a URL".to_owned())?;
    if parsed.scheme() != "http" {
        return Err("the simulator sends webhooks over http:// only".to_owned());
    }
    let host = parsed
        .host_str()
        .ok_or("notice_url has no host")?
        .to_owned();
    let port = parsed.port_or_known_default().unwrap_or(80);
    let address = format!("{host}:{port}");
    let path = match parsed.query() {
        Some(q) => format!("{}?{q}", parsed.path()),
        None => parsed.path().to_owned(),
    };
    let attempt = async {
        let stream = tokio::net::TcpStream::connect(&address)
            .await
            .map_err(|_| "connection refused".to_owned())?;
        let (mut sender, connection) = hyper::client::conn::http1::handshake::<
            _,
            http_body_util::Full<Bytes>,
        >(hyper_util::rt::TokioIo::new(stream))
        .await
        .map_err(|_| "handshake failed".to_owned())?;
        tokio::spawn(connection);
        let request = hyper::Request::builder()
            .method(Method::POST)
            .uri(path)
            .header(header::HOST, host_header(&parsed))
            .header(header::CONTENT_TYPE, "application/json")
            .header(header::USER_AGENT, "iamport-sim")
            .body(http_body_util::Full::new(Bytes::from(body.to_string())))
            .map_err(|_| "notice_url makes no request".to_owned())?;
        let response = sender
            .send_request(request)
            .await
            .map_err(|_| "no answer".to_owned())?;
        Ok(response.status().as_u16())
    };
    tokio::time::timeout(Duration::from_secs(10), attempt)
        .await
        .map_err(|_| "timed out after 10 s".to_owned())?
}

fn host_header(url: &url::Url) -> String {
    match (url.host_str(), url.port()) {
        (Some(host), Some(port)) => format!("{host}:{port}"),
        (Some(host), None) => host.to_owned(),
        _ => String::new(),
    }
}

/// Binds `address`, returning the listener and the address bound.
pub(crate) async fn bind(address: SocketAddr) -> std::io::Result<(TcpListener, SocketAddr)> {
    let listener = TcpListener::bind(address).await?;
    let local = listener.local_addr()?;
    Ok((listener, local))
}
