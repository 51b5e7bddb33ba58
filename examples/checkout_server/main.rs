//! A CHAI checkout on axum: the page, the `m_redirect_url` handler and the
//! webhook, each verifying the payment with `iamport::Client`.
//!
//! ```sh
//! IAMPORT_API_KEY=... IAMPORT_API_SECRET=... \
//!   cargo run --features client --example checkout_server -- --merchant-code imp37739582
//! ```
//!
//! `imp37739582` is CHAI's public demo merchant code (iamport-manual,
//! `비인증결제/example/chai-request-billing-key.md`). The first line printed
//! is the address (`--port 0`, the default, picks a free port); `--api-base`
//! points the client at another API, such as `iamport-sim` (the browser
//! test does), and `--iamport-js` the page at another `iamport.js`.
//!
//! Orders live in a database (`store.rs`): a SQLite file by default
//! (`checkout_orders.db` in the working directory, created with its tables
//! on first start), PostgreSQL when `DATABASE_URL` (or `--database`) is a
//! `postgres://` URL, so that several instances share them. An order goes
//! `created` → `paid` | `failed` | `mismatch` | `cancelled` | `expired`, each
//! transition one conditional update in a transaction; a paid order gets
//! one row in `fulfilments`, the outbox shipping hangs on, however many
//! webhooks and redirects arrive. An order that is already final keeps its
//! verdict.
//!
//! - `GET /`: the cart, a form that posts the order.
//! - `POST /orders` (`name`, `buyer_name`, `buyer_addr`, `note`): checks
//!   the payment it would make, records the order under a fresh
//!   `merchant_uid` and sends the buyer to its page (303). One client
//!   address creates at most `--orders-per-minute` orders (30) a minute;
//!   orders are never made by a `GET`, so a crawler makes none.
//! - `GET /checkout?order=..`: the page of an order still waiting for its
//!   payment (404 for an unknown one, 410 for one that is final or
//!   expired: unpaid orders expire after `--order-ttl` seconds, 1,800). The
//!   payment is built with `ChaiPayment::builder()` from the order's texts
//!   (`note` goes into `custom_data`) and embedded with
//!   `ScriptSafeJson::to_script_element`; the page reads it with
//!   `JSON.parse` and hands it to `IMP.request_pay`.
//! - `GET /checkout.json?order=..`: the same payment as JSON.
//! - `GET /payments/complete?imp_uid=..&merchant_uid=..`: the redirect
//!   handler. It parses the query with `RedirectQuery`, fetches the payment
//!   (`GET /payments/{imp_uid}`, or by `merchant_uid` when there is no
//!   `imp_uid`) and runs `outcome::verify` against the stored order the
//!   query names: the page says `paid`, `failed` or `mismatch`, each from
//!   PortOne's record, never from the query's own claims.
//! - `POST /payments/webhook`: PortOne's webhook, as JSON or as a form. The
//!   same check; it answers 200 with the verdict, 400 for a hint PortOne's
//!   records contradict, or 503 when PortOne could not be asked. PortOne
//!   sends a V1 webhook once, whatever the answer; again (up to 5 times, a
//!   minute apart) only when the merchant has asked its support for that.
//!
//! `--test-mode` accepts a test channel's payments (`sandbox: true`), which
//! the server refuses by default, and the pages say that it is on: use it
//! while integrating with a test channel, never with real money.
//!
//! Any other method gets 405, any other path 404. Every answer, hyper's own
//! 400 and 431 included (`headers.rs`), carries
//! `X-Content-Type-Options: nosniff`, a `Referrer-Policy` and a
//! Content-Security-Policy with `frame-ancestors 'none'`; the checkout page's
//! policy allows its scripts by a nonce made for each answer. A request head
//! is at most 16 KiB and must arrive within 5 s, a body at most 16 KiB, a
//! handler has 10 s and a connection 60 s; at most 1,024 connections are
//! served at once. A keep-alive connection idle for 5 s is closed, and at
//! the cap the connection idle the longest gives way to a new one. Each
//! connection is its own task, so a client that pipelines requests and
//! never reads the answers holds up only itself.

mod headers;
mod page;
mod store;

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::Write as _;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use iamport::outcome::{Expected, RedirectQuery, Webhook, verify};
use iamport::request_pay::{ChaiPayment, CustomData};
use iamport::rest::{FindPayment, GetPayment, PaymentStatus};
use iamport::value::{Amount, Currency, HttpUrl, ImpUid, MerchantUid, OrderName};
use iamport::{Client, ClientError};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;

use page::Verdict;

type Error = Box<dyn std::error::Error + Send + Sync>;

/// What the page charges, in won.
const PRICE: u64 = 1004;

struct Config {
    port: u16,
    merchant_code: String,
    iamport_js: String,
    api_base: String,
    /// Accept a test channel's payments (`sandbox: true`) instead of live
    /// ones only; the pages say so.
    test_mode: bool,
    /// Where the orders are: `DATABASE_URL`, `--database`, or a SQLite
    /// file in the working directory.
    database: String,
    /// How long an unpaid order waits for its payment, in seconds.
    order_ttl: i64,
    /// How many orders one client address may create a minute.
    orders_per_minute: i64,
}

fn config() -> Result<Config, Error> {
    let mut config = Config {
        port: 0,
        merchant_code: "imp37739582".to_owned(),
        iamport_js: "https://cdn.iamport.kr/v1/iamport.js".to_owned(),
        api_base: iamport::rest::BASE_URL.to_owned(),
        test_mode: false,
        database: std::env::var("DATABASE_URL")
            .unwrap_or_else(|_| "sqlite://checkout_orders.db?mode=rwc".to_owned()),
        order_ttl: 30 * 60,
        orders_per_minute: 30,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "--test-mode" => config.test_mode = true,
            "--port" => config.port = value()?.parse()?,
            "--merchant-code" => config.merchant_code = value()?,
            "--iamport-js" => config.iamport_js = value()?,
            "--api-base" => config.api_base = value()?,
            "--database" => config.database = value()?,
            "--order-ttl" => config.order_ttl = value()?.parse()?,
            "--orders-per-minute" => config.orders_per_minute = value()?.parse()?,
            other => {
                return Err(format!(
                    "unknown argument {other:?}; use --port, --merchant-code, --iamport-js, --api-base, --test-mode, --database, --order-ttl, --orders-per-minute"
                )
                .into());
            }
        }
    }
    Ok(config)
}

struct App {
    config: Config,
    base: String,
    client: Client,
    store: store::Store,
    random: ring::rand::SystemRandom,
}

type Shared = Arc<App>;

/// What the checkout's query asks for, percent-decoded (`+` is a space),
/// with a default for each text it leaves out.
pub(crate) struct Form {
    pub(crate) order: String,
    pub(crate) name: String,
    pub(crate) buyer_name: String,
    pub(crate) buyer_addr: String,
    pub(crate) note: String,
}

impl Form {
    fn from_query(query: &str) -> Self {
        let text = |key: &str, default: &str| {
            url::form_urlencoded::parse(query.as_bytes())
                .find(|(k, _)| k == key)
                .map_or_else(|| default.to_owned(), |(_, v)| v.into_owned())
        };
        Form {
            order: text("order", "order_no_0001"),
            name: text("name", "주문명:결제테스트"),
            buyer_name: text("buyer_name", "구매자이름"),
            buyer_addr: text("buyer_addr", "서울특별시 강남구 삼성동"),
            note: text("note", "첫 주문"),
        }
    }

    /// The texts of a stored order.
    fn from_stored(order: &store::StoredOrder) -> Self {
        Form {
            order: order.merchant_uid.clone(),
            name: order.name.clone(),
            buyer_name: order.buyer_name.clone(),
            buyer_addr: order.buyer_addr.clone(),
            note: order.note.clone(),
        }
    }
}

/// The payment the page asks for: CHAI, 1,004 won, with the form's texts.
fn payment(form: &Form, base: &str) -> Result<ChaiPayment, Error> {
    Ok(ChaiPayment::builder()
        .pg(iamport::request_pay::ChaiPg::default())
        .merchant_uid(MerchantUid::new(form.order.as_str())?)
        .name(OrderName::new(form.name.as_str())?)
        .amount(Amount::new(PRICE)?)
        .buyer_name(form.buyer_name.clone())
        .buyer_addr(form.buyer_addr.clone())
        .custom_data(CustomData::new(&serde_json::json!({ "note": form.note }))?)
        .m_redirect_url(HttpUrl::new(format!("{base}/payments/complete"))?)
        .build()?)
}

/// A fresh nonce for one page's Content-Security-Policy: 16 random bytes
/// in hex.
fn nonce(app: &App) -> Result<String, Error> {
    use ring::rand::SecureRandom as _;
    let mut bytes = [0u8; 16];
    app.random.fill(&mut bytes).map_err(|_| "no random bytes")?;
    let mut out = String::with_capacity(32);
    for b in bytes {
        write!(out, "{b:02x}")?;
    }
    Ok(out)
}

/// The policy of a page whose scripts and style carry `nonce`. Scripts that
/// iamport.js loads for a PG are trusted through it (`'strict-dynamic'`);
/// PG windows open in frames or by navigation over HTTPS.
fn page_policy(nonce: &str) -> String {
    format!(
        "default-src 'none'; script-src 'nonce-{nonce}' 'strict-dynamic' https:; \
style-src 'nonce-{nonce}'; img-src 'self' https: data:; connect-src 'self' https:; \
frame-src https:; form-action 'self' https:; base-uri 'none'; object-src 'none'; \
frame-ancestors 'none'"
    )
}

fn html_response(status: StatusCode, nonce: &str, body: String) -> Response {
    let mut response = (status, body).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    if let Ok(policy) = HeaderValue::from_str(&page_policy(nonce)) {
        headers.insert(header::CONTENT_SECURITY_POLICY, policy);
    }
    response
}

fn text_response(status: StatusCode, text: impl Into<String>) -> Response {
    let mut line = text.into();
    line.push('\n');
    (status, line).into_response()
}

/// The cart: a form that creates the order with a POST.
async fn cart(State(app): State<Shared>) -> Response {
    match nonce(&app) {
        Ok(nonce) => html_response(
            StatusCode::OK,
            &nonce,
            page::cart(&nonce, app.config.test_mode),
        ),
        Err(e) => text_response(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    }
}

/// The connection's peer, for the per-address limit on new orders.
#[derive(Clone, Copy)]
struct Peer(std::net::IpAddr);

/// `POST /orders` (a form from the cart: `name`, `buyer_name`,
/// `buyer_addr`, `note`): checks the payment it would make, records the order with a
/// fresh `merchant_uid` and sends the buyer to its page.
async fn create_order(
    State(app): State<Shared>,
    peer: Option<axum::Extension<Peer>>,
    body: Bytes,
) -> Response {
    let Ok(form) = std::str::from_utf8(&body) else {
        return text_response(StatusCode::BAD_REQUEST, "the form is not UTF-8");
    };
    let mut form = Form::from_query(form);
    let client = peer.map_or_else(
        || "unknown".to_owned(),
        |axum::Extension(Peer(ip))| ip.to_string(),
    );
    // A flood from one address is refused before it costs a row.
    match app
        .store
        .created_by(&client, store::now().saturating_sub(60))
        .await
    {
        Ok(n) if n >= app.config.orders_per_minute => {
            return text_response(
                StatusCode::TOO_MANY_REQUESTS,
                "too many new orders from this address; try again in a minute",
            );
        }
        Ok(_) => {}
        Err(e) => {
            eprintln!("order store: {e}");
            return text_response(
                StatusCode::SERVICE_UNAVAILABLE,
                "the order store is unavailable",
            );
        }
    }
    form.order = match order_id(&app) {
        Ok(id) => id,
        Err(e) => return text_response(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    };
    if let Err(e) = payment(&form, &app.base) {
        return text_response(StatusCode::BAD_REQUEST, e.to_string());
    }
    let created = app
        .store
        .create(&store::NewOrder {
            merchant_uid: &form.order,
            amount: i64::try_from(PRICE).unwrap_or(i64::MAX),
            currency: Currency::Krw.as_str(),
            name: &form.name,
            buyer_name: &form.buyer_name,
            buyer_addr: &form.buyer_addr,
            note: &form.note,
            client: &client,
        })
        .await;
    if let Err(e) = created {
        eprintln!("order store: {e}");
        return text_response(
            StatusCode::SERVICE_UNAVAILABLE,
            "the order store is unavailable",
        );
    }
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(location) = HeaderValue::from_str(&format!("/checkout?order={}", form.order)) {
        response.headers_mut().insert(header::LOCATION, location);
    }
    response
}

/// A fresh order number: `order_` and 16 random bytes in hex.
fn order_id(app: &App) -> Result<String, Error> {
    Ok(format!("order_{}", nonce(app)?))
}

/// The stored order `?order=` names, still waiting for its payment (an
/// order older than the time-out expires here); the answer to give
/// otherwise.
async fn open_order(app: &App, query: Option<&str>) -> Result<store::StoredOrder, Response> {
    let id = query
        .and_then(|q| url::form_urlencoded::parse(q.as_bytes()).find(|(k, _)| k == "order"))
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default();
    let unavailable = |e: store::StoreError| {
        eprintln!("order store: {e}");
        text_response(
            StatusCode::SERVICE_UNAVAILABLE,
            "the order store is unavailable",
        )
    };
    let order = match app.store.get(&id).await {
        Ok(Some(order)) => order,
        Ok(None) => return Err(text_response(StatusCode::NOT_FOUND, "no such order")),
        Err(e) => return Err(unavailable(e)),
    };
    if order.state == "created"
        && order.created_at < store::now().saturating_sub(app.config.order_ttl)
    {
        if let Err(e) = app.store.settle(&order.merchant_uid, "expired", None).await {
            return Err(unavailable(e));
        }
        return Err(text_response(StatusCode::GONE, "this order expired"));
    }
    if order.state != "created" {
        return Err(text_response(
            StatusCode::GONE,
            format!("this order is {}", order.state),
        ));
    }
    Ok(order)
}

async fn checkout(State(app): State<Shared>, RawQuery(query): RawQuery) -> Response {
    let order = match open_order(&app, query.as_deref()).await {
        Ok(order) => order,
        Err(answer) => return answer,
    };
    let form = Form::from_stored(&order);
    let made = payment(&form, &app.base).and_then(|p| Ok((p, nonce(&app)?)));
    let (payment, nonce) = match made {
        Ok(made) => made,
        Err(e) => return text_response(StatusCode::BAD_REQUEST, e.to_string()),
    };
    match page::checkout(
        &nonce,
        &app.config.iamport_js,
        &app.config.merchant_code,
        &payment,
        &form,
        app.config.test_mode,
    ) {
        Ok(body) => html_response(StatusCode::OK, &nonce, body),
        Err(e) => text_response(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    }
}

async fn checkout_json(State(app): State<Shared>, RawQuery(query): RawQuery) -> Response {
    let order = match open_order(&app, query.as_deref()).await {
        Ok(order) => order,
        Err(answer) => return answer,
    };
    match payment(&Form::from_stored(&order), &app.base)
        .and_then(|p| Ok(serde_json::to_string(&p)?))
    {
        Ok(json) => ([(header::CONTENT_TYPE, "application/json")], json).into_response(),
        Err(e) => text_response(StatusCode::BAD_REQUEST, e.to_string()),
    }
}

/// The payment a hint names, from PortOne; the verdict to give when it
/// can't be had.
async fn fetch_payment(
    app: &App,
    imp_uid: Option<&str>,
    merchant_uid: Option<&str>,
) -> Result<iamport::rest::Payment, Verdict> {
    let fetched = match (imp_uid, merchant_uid) {
        (Some(imp_uid), _) => match ImpUid::new(imp_uid) {
            Ok(id) => {
                app.client
                    .send(&GetPayment::builder().imp_uid(id).build())
                    .await
            }
            Err(e) => {
                return Err(Verdict::BadHint {
                    reason: e.to_string(),
                });
            }
        },
        (None, Some(merchant_uid)) => match MerchantUid::new(merchant_uid) {
            Ok(id) => {
                app.client
                    .send(&FindPayment::builder().merchant_uid(id).build())
                    .await
            }
            Err(e) => {
                return Err(Verdict::BadHint {
                    reason: e.to_string(),
                });
            }
        },
        (None, None) => {
            return Err(Verdict::BadHint {
                reason: "neither `imp_uid` nor `merchant_uid` is given".to_owned(),
            });
        }
    };
    match fetched {
        Ok(payment) => Ok(payment),
        // PortOne's answer that it has no such payment: the hint is wrong,
        // and asking again will not change that.
        Err(ClientError::Api { error, .. }) => Err(Verdict::BadHint {
            reason: format!("PortOne does not know this payment ({})", error.code),
        }),
        Err(e) if e.status() == Some(404) && e.is_portone_answer() => Err(Verdict::BadHint {
            reason: "PortOne does not know this payment".to_owned(),
        }),
        Err(e) => {
            eprintln!("the payment lookup failed: {e}");
            Err(Verdict::Unavailable)
        }
    }
}

/// Fetches the payment a redirect or webhook names (by `imp_uid`, or the
/// order's latest by `merchant_uid` when the hint has no `imp_uid`, as
/// PortOne's own success URL has not) and checks it against the order the
/// hint names. The hint's own claims (status, amount, `error_msg`) are
/// never trusted: every verdict, "failed" included, follows PortOne's
/// record of this order's payment.
/// The verdict moves a `created` order to its final state, once.
async fn check(app: &App, imp_uid: Option<&str>, merchant_uid: Option<&str>) -> Verdict {
    let payment = match fetch_payment(app, imp_uid, merchant_uid).await {
        Ok(payment) => payment,
        Err(verdict) => return verdict,
    };

    // The order the hint names; a hint without one names the payment's.
    let merchant_uid = merchant_uid.unwrap_or(&payment.merchant_uid);
    let order = match app.store.get(merchant_uid).await {
        Ok(Some(order)) => order,
        Ok(None) => return Verdict::UnknownOrder,
        Err(e) => {
            eprintln!("order store: {e}");
            return Verdict::Unavailable;
        }
    };
    // An order already final keeps its verdict: nothing changes.
    if order.state != "created" {
        return settled(&order);
    }
    // Another order's payment says nothing about this one, paid or failed.
    if payment.merchant_uid != merchant_uid {
        return Verdict::Mismatch {
            reason: format!(
                "the payment {} is for another order, not {merchant_uid}",
                payment.imp_uid
            ),
        };
    }
    if payment.status == PaymentStatus::Ready {
        // Not paid yet (the window closed, a deposit still to come).
        return Verdict::Failed {
            rows: vec![
                ("imp_uid", payment.imp_uid.clone()),
                ("merchant_uid", payment.merchant_uid.clone()),
                ("status", payment.status.as_str().to_owned()),
            ],
        };
    }
    if payment.status == PaymentStatus::Cancelled {
        let verdict = Verdict::Cancelled {
            imp_uid: payment.imp_uid.clone(),
        };
        return settle(app, merchant_uid, "cancelled", &payment.imp_uid, verdict).await;
    }
    if payment.status == PaymentStatus::Failed {
        let verdict = Verdict::Failed {
            rows: vec![
                ("imp_uid", payment.imp_uid.clone()),
                ("merchant_uid", payment.merchant_uid.clone()),
                ("status", payment.status.as_str().to_owned()),
                (
                    "fail_reason",
                    payment.fail_reason.clone().unwrap_or_default(),
                ),
            ],
        };
        return settle(app, merchant_uid, "failed", &payment.imp_uid, verdict).await;
    }
    let (Ok(amount), Ok(currency)) = (
        u64::try_from(order.amount)
            .map_err(|_| ())
            .and_then(|a| Amount::new(a).map_err(|_| ())),
        order.currency.parse::<Currency>(),
    ) else {
        return Verdict::Unavailable;
    };
    let mut expected = Expected::paid(merchant_uid, amount, currency);
    // Live payments only, unless the server runs in test mode.
    expected.sandbox = app.config.test_mode;
    let (state, verdict) = match verify(&payment.imp_uid, &payment, &expected) {
        Ok(()) => (
            "paid",
            Verdict::Paid {
                imp_uid: payment.imp_uid.clone(),
                merchant_uid: payment.merchant_uid.clone(),
            },
        ),
        Err(mismatch) => (
            "mismatch",
            Verdict::Mismatch {
                reason: mismatch.to_string(),
            },
        ),
    };
    // One transition, whoever gets here first: a paid order is fulfilled
    // once, however many webhooks and redirects arrive.
    settle(app, merchant_uid, state, &payment.imp_uid, verdict).await
}

/// Moves the order to `state` (if it is still `created`) and gives
/// `verdict`, or `Unavailable` when the database can't be reached.
async fn settle(
    app: &App,
    merchant_uid: &str,
    state: &str,
    imp_uid: &str,
    verdict: Verdict,
) -> Verdict {
    match app.store.settle(merchant_uid, state, Some(imp_uid)).await {
        Ok(_) => verdict,
        Err(e) => {
            eprintln!("order store: {e}");
            Verdict::Unavailable
        }
    }
}

/// The verdict an order already final keeps.
fn settled(order: &store::StoredOrder) -> Verdict {
    let imp_uid = order.imp_uid.clone().unwrap_or_default();
    match order.state.as_str() {
        "paid" => Verdict::Paid {
            imp_uid,
            merchant_uid: order.merchant_uid.clone(),
        },
        "mismatch" => Verdict::Mismatch {
            reason: "the order's payment did not match it".to_owned(),
        },
        "cancelled" => Verdict::Cancelled { imp_uid },
        state => Verdict::Failed {
            rows: vec![
                ("imp_uid", imp_uid),
                ("merchant_uid", order.merchant_uid.clone()),
                ("status", state.to_owned()),
            ],
        },
    }
}

async fn complete(State(app): State<Shared>, RawQuery(query): RawQuery) -> Response {
    // Success or failure, the redirect's words are a hint: the verdict is
    // PortOne's record of the order's payment.
    let verdict = match RedirectQuery::parse(&query.unwrap_or_default()) {
        Err(e) => Verdict::BadHint {
            reason: e.to_string(),
        },
        Ok(q) => check(&app, q.imp_uid.as_deref(), q.merchant_uid.as_deref()).await,
    };
    let status = match verdict {
        Verdict::BadHint { .. } => StatusCode::BAD_REQUEST,
        Verdict::Unavailable => StatusCode::BAD_GATEWAY,
        _ => StatusCode::OK,
    };
    match nonce(&app) {
        Ok(nonce) => html_response(
            status,
            &nonce,
            page::result(&nonce, &verdict, app.config.test_mode),
        ),
        Err(e) => text_response(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    }
}

async fn webhook(State(app): State<Shared>, headers: HeaderMap, body: Bytes) -> Response {
    let kind = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(|v| v.trim().to_ascii_lowercase());
    let hook = match kind.as_deref() {
        // The errors name what is wrong, never what was sent.
        Some("application/json") => serde_json::from_slice::<Webhook>(&body).map_err(|_| {
            "not a webhook: a JSON object with imp_uid and merchant_uid, each once".to_owned()
        }),
        Some("application/x-www-form-urlencoded") => std::str::from_utf8(&body)
            .map_err(|_| "the form is not UTF-8".to_owned())
            .and_then(|form| {
                Webhook::from_form(form).map_err(|_| {
                    "not a webhook: a form with imp_uid and merchant_uid, each once".to_owned()
                })
            }),
        _ => {
            return text_response(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "send application/json or application/x-www-form-urlencoded",
            );
        }
    };
    let hook = match hook {
        Ok(hook) => hook,
        Err(e) => return text_response(StatusCode::BAD_REQUEST, e),
    };
    let verdict = check(&app, Some(&hook.imp_uid), Some(&hook.merchant_uid)).await;
    let status = match verdict {
        Verdict::BadHint { .. } => StatusCode::BAD_REQUEST,
        // Not 200: PortOne sends the webhook again if, and only if, the
        // merchant has asked its support to re-send webhooks.
        Verdict::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
        _ => StatusCode::OK,
    };
    text_response(status, verdict.word())
}

async fn not_found() -> Response {
    text_response(StatusCode::NOT_FOUND, "not found")
}

fn router(app: Shared) -> Router {
    let router = Router::new()
        .route("/", get(cart))
        .route("/orders", post(create_order))
        .route("/checkout", get(checkout))
        .route("/checkout.json", get(checkout_json))
        .route("/payments/complete", get(complete))
        .route("/payments/webhook", post(webhook))
        .fallback(not_found)
        .with_state(app)
        .layer(RequestBodyLimitLayer::new(16 * 1024))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(10),
        ));
    // The same headers hyper's own answers get from `headers::Guarded`.
    headers::SECURITY
        .iter()
        .fold(router, |router, (name, value)| {
            router.layer(SetResponseHeaderLayer::if_not_present(
                header::HeaderName::from_static(name),
                HeaderValue::from_static(value),
            ))
        })
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let config = config()?;
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", config.port)).await?;
    let base = format!("http://{}", listener.local_addr()?);
    let key = std::env::var("IAMPORT_API_KEY").unwrap_or_default();
    let secret = std::env::var("IAMPORT_API_SECRET").unwrap_or_default();
    if key.is_empty() || secret.is_empty() {
        eprintln!("IAMPORT_API_KEY or IAMPORT_API_SECRET is not set: payments can't be verified");
    }
    let client =
        Client::with_timeouts(key, secret, Duration::from_secs(3), Duration::from_secs(8))?
            .with_base_url(config.api_base.clone());
    let store = store::Store::open(&config.database).await?;
    let app = Arc::new(App {
        config,
        base: base.clone(),
        client,
        store,
        random: ring::rand::SystemRandom::new(),
    });
    // Unpaid orders expire after the time-out.
    let sweeper = Arc::clone(&app);
    tokio::spawn(async move {
        loop {
            let before = store::now().saturating_sub(sweeper.config.order_ttl);
            if let Err(e) = sweeper.store.expire(before).await {
                eprintln!("order store: {e}");
            }
            tokio::time::sleep(Duration::from_mins(1)).await;
        }
    });
    let router = router(app);
    println!("listening on {base}");
    std::io::stdout().flush()?;

    let slots = Arc::new(tokio::sync::Semaphore::new(MAX_CONNECTIONS));
    let open = Arc::new(Mutex::new(Open::default()));
    loop {
        let (stream, peer) = match listener.accept().await {
            Ok(accepted) => accepted,
            Err(e) => {
                eprintln!("accept: {e}");
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        // At the cap, the connection idle the longest gives way to this one;
        // when every one is busy, this one waits for a slot.
        let permit = if let Ok(permit) = Arc::clone(&slots).try_acquire_owned() {
            permit
        } else {
            if let Ok(mut open) = open.lock() {
                open.close_oldest_idle();
            }
            Arc::clone(&slots).acquire_owned().await?
        };
        let (id, close) = match open.lock() {
            Ok(mut open) => open.add(),
            Err(_) => continue,
        };
        let service = Tracked {
            inner: TowerToHyperService::new(router.clone().layer(axum::Extension(Peer(peer.ip())))),
            id,
            open: Arc::clone(&open),
        };
        let open = Arc::clone(&open);
        tokio::spawn(async move {
            let connection = hyper::server::conn::http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(Duration::from_secs(5))
                .max_buf_size(16 * 1024)
                .serve_connection(TokioIo::new(headers::Guarded::new(stream)), service);
            let idle_watch = async {
                loop {
                    tokio::time::sleep(Duration::from_millis(500)).await;
                    let idle_too_long = open.lock().map_or(true, |open| {
                        open.idle_for(id).is_some_and(|idle| idle >= IDLE)
                    });
                    if idle_too_long {
                        return;
                    }
                }
            };
            tokio::select! {
                _ = tokio::time::timeout(Duration::from_mins(1), connection) => {}
                () = close.notified() => {}
                () = idle_watch => {}
            }
            if let Ok(mut open) = open.lock() {
                open.remove(id);
            }
            drop(permit);
        });
    }
}

/// How long a keep-alive connection may wait for its next request.
const IDLE: Duration = Duration::from_secs(5);

/// The most connections served at once.
const MAX_CONNECTIONS: usize = 1024;

/// The connections being served: for each, whether it is idle (between
/// requests) and since when, and how to close it.
#[derive(Default)]
struct Open {
    next: u64,
    connections: HashMap<u64, Connection>,
}

struct Connection {
    /// `None` while a request is being answered.
    idle_since: Option<std::time::Instant>,
    close: Arc<tokio::sync::Notify>,
}

impl Open {
    fn add(&mut self) -> (u64, Arc<tokio::sync::Notify>) {
        self.next = self.next.wrapping_add(1);
        let close = Arc::new(tokio::sync::Notify::new());
        self.connections.insert(
            self.next,
            Connection {
                idle_since: Some(std::time::Instant::now()),
                close: Arc::clone(&close),
            },
        );
        (self.next, close)
    }

    fn remove(&mut self, id: u64) {
        self.connections.remove(&id);
    }

    fn set_busy(&mut self, id: u64, busy: bool) {
        if let Some(connection) = self.connections.get_mut(&id) {
            connection.idle_since = if busy {
                None
            } else {
                Some(std::time::Instant::now())
            };
        }
    }

    fn idle_for(&self, id: u64) -> Option<Duration> {
        self.connections
            .get(&id)
            .and_then(|c| c.idle_since)
            .map(|since| since.elapsed())
    }

    /// Closes the connection that has been idle the longest, if any is.
    fn close_oldest_idle(&mut self) {
        let oldest = self
            .connections
            .iter()
            .filter_map(|(id, c)| c.idle_since.map(|since| (since, *id)))
            .min();
        if let Some((_, id)) = oldest
            && let Some(connection) = self.connections.remove(&id)
        {
            connection.close.notify_one();
        }
    }
}

/// The router as one connection's service, which marks the connection
/// busy while a request is answered and idle between requests.
struct Tracked {
    inner: TowerToHyperService<Router>,
    id: u64,
    open: Arc<Mutex<Open>>,
}

impl hyper::service::Service<hyper::Request<hyper::body::Incoming>> for Tracked {
    type Response = Response;
    type Error = std::convert::Infallible;
    type Future =
        std::pin::Pin<Box<dyn Future<Output = Result<Response, std::convert::Infallible>> + Send>>;

    fn call(&self, request: hyper::Request<hyper::body::Incoming>) -> Self::Future {
        if let Ok(mut open) = self.open.lock() {
            open.set_busy(self.id, true);
        }
        let answer = self.inner.call(request);
        let (open, id) = (Arc::clone(&self.open), self.id);
        Box::pin(async move {
            let response = answer.await;
            if let Ok(mut open) = open.lock() {
                open.set_busy(id, false);
            }
            response
        })
    }
}
