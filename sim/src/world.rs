//! The simulated PortOne: every object it keeps and every operation on
//! them, without HTTP. Each operation names its source: the OpenAPI
//! (`v1.openapi.json` of `portone-io/developers.portone.io`, the path and
//! its description) or the doc page it follows.
//!
//! Time is the simulator's own clock ([`World::now`]), Unix seconds; it
//! starts at the system's time, moves on with real time and jumps forward
//! by [`World::advance`]; schedules that come due run then, and before each
//! request.

use std::collections::HashMap;
use std::time::Instant;

use serde_json::{Map, Value, json};

use crate::money::Money;

/// What an operation answers: the HTTP status and the JSON body.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Answer {
    /// The HTTP status.
    pub(crate) status: u16,
    /// The JSON body.
    pub(crate) body: Value,
}

impl Answer {
    /// `200` with `{code: 0, message: null, response}` (OpenAPI
    /// `ResponseAnnotation`).
    pub(crate) fn ok(response: Value) -> Answer {
        let mut body = Map::new();
        body.insert("code".to_owned(), json!(0));
        body.insert("message".to_owned(), Value::Null);
        body.insert("response".to_owned(), response);
        Answer {
            status: 200,
            body: Value::Object(body),
        }
    }

    /// An error envelope: `{code, message, response: null}`.
    pub(crate) fn error(status: u16, code: i64, message: &str) -> Answer {
        Answer {
            status,
            body: json!({"code": code, "message": message, "response": null}),
        }
    }

    /// `400` naming the parameter that is missing or malformed.
    pub(crate) fn bad(parameter: &str) -> Answer {
        Answer::error(
            400,
            -1,
            &format!("{parameter} 파라미터가 누락되었거나 올바르지 않습니다."),
        )
    }

    /// PortOne's 404 for an unknown payment (OpenAPI `GET
    /// /payments/{imp_uid}`, 404; the message is the one the
    /// `ResponseAnnotation` description quotes).
    pub(crate) fn no_payment() -> Answer {
        Answer::error(404, 1, "존재하지 않는 결제정보입니다.")
    }
}

/// A payment's status (OpenAPI `PaymentAnnotation.status`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// `ready`: not paid yet (a virtual account before its deposit).
    Ready,
    /// `paid`.
    Paid,
    /// `failed`.
    Failed,
    /// `cancelled`: cancelled in full.
    Cancelled,
}

impl Status {
    /// The word PortOne uses.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Ready => "ready",
            Status::Paid => "paid",
            Status::Failed => "failed",
            Status::Cancelled => "cancelled",
        }
    }

    fn parse(text: &str) -> Option<Status> {
        match text {
            "ready" => Some(Status::Ready),
            "paid" => Some(Status::Paid),
            "failed" => Some(Status::Failed),
            "cancelled" => Some(Status::Cancelled),
            _ => None,
        }
    }
}

/// What a billing key does when it is charged: the script a test writes
/// for it (`Sim::script_billing_key`), or what its card number says: a
/// card number ending in `0002` is declined, every other one pays.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CardBehaviour {
    /// The charge is approved.
    Pay,
    /// The charge fails with this `fail_reason`.
    Decline(String),
    /// The first charge of each `merchant_uid` fails with this
    /// `fail_reason`; a charge sent again under it pays (a card whose
    /// first try is declined).
    DeclineFirstAttempt(String),
}

/// One cancellation of a payment (OpenAPI `PaymentCancelAnnotation`).
#[derive(Clone, Debug)]
struct Cancellation {
    pg_tid: String,
    amount: Money,
    cancelled_at: i64,
    reason: String,
    cancellation_id: String,
}

/// A virtual account of a payment.
#[derive(Clone, Debug)]
struct Vbank {
    code: String,
    name: String,
    num: String,
    holder: String,
    date: i64,
    issued_at: i64,
}

/// A payment the simulator keeps.
#[derive(Clone, Debug)]
pub(crate) struct Payment {
    pub(crate) imp_uid: String,
    pub(crate) merchant_uid: String,
    pub(crate) status: Status,
    pub(crate) amount: Money,
    cancel_amount: Money,
    currency: String,
    pay_method: String,
    channel: &'static str,
    pg_provider: String,
    pg_tid: String,
    name: Option<String>,
    buyer: Map<String, Value>,
    custom_data: Option<String>,
    customer_uid: Option<String>,
    customer_uid_usage: Option<&'static str>,
    started_at: i64,
    paid_at: i64,
    failed_at: i64,
    cancelled_at: i64,
    fail_reason: Option<String>,
    cancel_reason: Option<String>,
    cancel_history: Vec<Cancellation>,
    vbank: Option<Vbank>,
    card: bool,
    escrow: bool,
    /// Made on a test channel (`sandbox`).
    sandbox: bool,
    pub(crate) notice_url: Option<String>,
    /// When the row last changed (for `sorting=-updated`).
    updated_at: i64,
}

impl Payment {
    /// The payment as the OpenAPI's `PaymentAnnotation` has it: every
    /// property, `null` where PortOne has nothing to say.
    pub(crate) fn to_json(&self) -> Value {
        let card = |value: &str| if self.card { json!(value) } else { Value::Null };
        let vbank = self.vbank.as_ref();
        let mut out = json!({
            "imp_uid": self.imp_uid,
            "merchant_uid": self.merchant_uid,
            "pay_method": self.pay_method,
            "channel": self.channel,
            "pg_provider": self.pg_provider,
            "emb_pg_provider": null,
            "pg_tid": self.pg_tid,
            "pg_id": "iamport00m",
            "sandbox": self.sandbox,
            "escrow": self.escrow,
            "apply_num": card("30012345"),
            "bank_code": null,
            "bank_name": null,
            "card_code": card("361"),
            "card_name": card("BC카드"),
            "card_issuer_code": card("361"),
            "card_issuer_name": card("BC카드"),
            "card_publisher_code": card("361"),
            "card_publisher_name": card("BC카드"),
            "card_quota": 0,
            "card_number": card("536181*********5"),
            "card_type": if self.card { json!(0) } else { Value::Null },
            "vbank_code": vbank.map(|v| v.code.clone()),
            "vbank_name": vbank.map(|v| v.name.clone()),
            "vbank_num": vbank.map(|v| v.num.clone()),
            "vbank_holder": vbank.map(|v| v.holder.clone()),
            "vbank_date": vbank.map_or(0, |v| v.date),
            "vbank_issued_at": vbank.map_or(0, |v| v.issued_at),
            "name": self.name,
            "amount": self.amount.to_json(),
            "cancel_amount": self.cancel_amount.to_json(),
            "currency": self.currency,
            "buyer_name": null,
            "buyer_email": null,
            "buyer_tel": null,
            "buyer_addr": null,
            "buyer_postcode": null,
            "custom_data": self.custom_data,
            "user_agent": "sorry_not_supported",
            "status": self.status.as_str(),
            "started_at": self.started_at,
            "paid_at": self.paid_at,
            "failed_at": self.failed_at,
            "cancelled_at": self.cancelled_at,
            "fail_reason": self.fail_reason,
            "cancel_reason": self.cancel_reason,
            "receipt_url": format!("https://sim.iamport.invalid/receipts/{}", self.imp_uid),
            "cancel_history": self.cancel_history.iter().map(|c| json!({
                "pg_tid": c.pg_tid,
                "amount": c.amount.to_json(),
                "cancelled_at": c.cancelled_at,
                "reason": c.reason,
                "cancellation_id": c.cancellation_id,
                "receipt_url": format!("https://sim.iamport.invalid/cancels/{}", c.cancellation_id),
            })).collect::<Vec<_>>(),
            "deposit_history": [],
            "cancel_receipt_urls": self.cancel_history.iter()
                .map(|c| format!("https://sim.iamport.invalid/cancels/{}", c.cancellation_id))
                .collect::<Vec<_>>(),
            "cash_receipt_issued": false,
            "customer_uid": self.customer_uid,
            "customer_uid_usage": self.customer_uid_usage,
            "promotion": null,
        });
        if let Some(object) = out.as_object_mut() {
            for (key, value) in &self.buyer {
                object.insert(key.clone(), value.clone());
            }
        }
        out
    }

    fn cancellable(&self) -> Money {
        self.amount.minus(self.cancel_amount).unwrap_or(Money::ZERO)
    }
}

/// A billing key (OpenAPI `CustomerAnnotation`).
#[derive(Clone, Debug)]
struct Customer {
    customer_uid: String,
    pg_provider: String,
    card_number: String,
    behaviour: CardBehaviour,
    details: Map<String, Value>,
    channel_group_id: Option<String>,
    sandbox: bool,
    inserted: i64,
    updated: i64,
}

impl Customer {
    fn to_json(&self) -> Value {
        let mut out = json!({
            "customer_uid": self.customer_uid,
            "pg_provider": self.pg_provider,
            "pg_id": "iamport00m",
            "sandbox": self.sandbox,
            "customer_id": null,
            "card_name": "BC카드",
            "card_code": "361",
            "card_issuer_code": "361",
            "card_issuer_name": "BC카드",
            "card_publisher_code": "361",
            "card_publisher_name": "BC카드",
            "card_number": self.card_number,
            "card_type": 0,
            "customer_name": null,
            "customer_tel": null,
            "customer_email": null,
            "customer_addr": null,
            "customer_postcode": null,
            "inserted": self.inserted,
            "updated": self.updated,
        });
        if let Some(object) = out.as_object_mut() {
            for (key, value) in &self.details {
                object.insert(key.clone(), value.clone());
            }
        }
        out
    }
}

/// A scheduled charge (OpenAPI `ScheduleResultAnnotation`).
#[derive(Clone, Debug)]
struct Schedule {
    customer_uid: String,
    merchant_uid: String,
    schedule_at: i64,
    amount: Money,
    currency: String,
    name: String,
    custom_data: Option<String>,
    notice_url: Option<String>,
    buyer: Map<String, Value>,
    status: &'static str,
    imp_uid: Option<String>,
    payment_status: Option<Status>,
    executed_at: i64,
    revoked_at: i64,
    fail_reason: Option<String>,
}

impl Schedule {
    fn to_json(&self) -> Value {
        let mut out = json!({
            "customer_uid": self.customer_uid,
            "merchant_uid": self.merchant_uid,
            "imp_uid": self.imp_uid,
            "pg_provider": "nice",
            "pg_id": "iamport00m",
            "customer_id": null,
            "schedule_at": self.schedule_at,
            "executed_at": self.executed_at,
            "revoked_at": self.revoked_at,
            "amount": self.amount.to_json(),
            "currency": self.currency,
            "name": self.name,
            "buyer_name": null,
            "buyer_email": null,
            "buyer_tel": null,
            "buyer_addr": null,
            "buyer_postcode": null,
            "custom_data": self.custom_data,
            "schedule_status": self.status,
            "payment_status": self.payment_status.map(Status::as_str),
            "fail_reason": self.fail_reason,
            "promotion_id": null,
        });
        if let Some(object) = out.as_object_mut() {
            for (key, value) in &self.buyer {
                object.insert(key.clone(), value.clone());
            }
        }
        out
    }
}

/// A cash receipt (OpenAPI `ReceiptAnnotation` / `ExternalReceiptAnnotation`).
#[derive(Clone, Debug)]
struct Receipt {
    key: String,
    kind: String,
    amount: i64,
    vat: i64,
    applied_at: i64,
    cancelled_at: i64,
    serial: usize,
}

impl Receipt {
    fn to_json(&self, key_name: &str) -> Value {
        json!({
            key_name: self.key,
            "receipt_tid": format!("receipt_tid_{}", self.serial),
            "apply_num": format!("{:09}", self.serial),
            "type": self.kind,
            "amount": self.amount,
            "vat": self.vat,
            "receipt_url": format!("https://sim.iamport.invalid/cash-receipts/{}", self.serial),
            "applied_at": self.applied_at,
            "cancelled_at": self.cancelled_at,
        })
    }
}

/// An escrow shipment (OpenAPI `EscrowLogisAnnotation`).
#[derive(Clone, Debug)]
struct Logis {
    company: String,
    invoice: String,
    sent_at: i64,
    applied_at: i64,
}

/// A webhook waiting to be sent: where, and the body V1 sends.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Webhook {
    /// The `notice_url` it goes to.
    pub url: String,
    /// The JSON body: `imp_uid`, `merchant_uid`, `status`, and
    /// `cancellation_id` for a cancel.
    pub body: Value,
}

/// The simulator's clock: the system's time at start, moved on by real
/// time and by what tests advance it.
#[derive(Debug)]
struct Clock {
    started: Instant,
    at_start: i64,
    offset: i64,
}

/// A token the simulator issued.
#[derive(Clone, Debug)]
struct Token {
    value: String,
    expired_at: i64,
}

/// The whole simulated PortOne.
#[derive(Debug)]
pub(crate) struct World {
    clock: Clock,
    pub(crate) key: String,
    pub(crate) secret: String,
    token_ttl: i64,
    tokens: Vec<Token>,
    token_serial: u64,
    pub(crate) payments: Vec<Payment>,
    /// Where each `imp_uid` is in `payments`.
    by_imp_uid: HashMap<String, usize>,
    /// Where the payments of each `merchant_uid` are, in the order made.
    by_merchant_uid: HashMap<String, Vec<usize>>,
    prepares: HashMap<String, (Money, Option<String>)>,
    customers: HashMap<String, Customer>,
    scripts: HashMap<String, CardBehaviour>,
    schedules: Vec<Schedule>,
    receipts: HashMap<String, Receipt>,
    external_receipts: HashMap<String, Receipt>,
    logis: HashMap<String, Logis>,
    serial: usize,
    /// The console's webhook URL, used where a request names none.
    pub(crate) notice_url: Option<String>,
    /// Whether the simulated channel is a test channel: every payment and
    /// billing key then says `sandbox: true`.
    pub(crate) sandbox: bool,
    /// Webhooks the operations produced, not yet sent.
    pub(crate) outbox: Vec<Webhook>,
}

/// Reads a string field of a JSON body.
fn text(body: &Value, key: &str) -> Option<String> {
    body.get(key).and_then(Value::as_str).map(str::to_owned)
}

/// Reads a required string field, or the 400 that names it.
fn required(body: &Value, key: &str) -> Result<String, Answer> {
    match body.get(key).and_then(Value::as_str) {
        Some(value) if !value.is_empty() => Ok(value.to_owned()),
        _ => Err(Answer::bad(key)),
    }
}

/// Reads a required amount, or the 400 that names it.
fn amount(body: &Value, key: &str) -> Result<Money, Answer> {
    body.get(key)
        .and_then(Money::from_json)
        .ok_or_else(|| Answer::bad(key))
}

/// Reads an optional amount: `Ok(None)` when absent or null.
fn optional_amount(body: &Value, key: &str) -> Result<Option<Money>, Answer> {
    match body.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(value) => Money::from_json(value)
            .map(Some)
            .ok_or_else(|| Answer::bad(key)),
    }
}

/// The buyer fields a request carries, kept as given.
fn buyer_fields(body: &Value) -> Map<String, Value> {
    let mut out = Map::new();
    for key in [
        "buyer_name",
        "buyer_email",
        "buyer_tel",
        "buyer_addr",
        "buyer_postcode",
    ] {
        if let Some(value) = body.get(key).filter(|v| v.is_string()) {
            out.insert(key.to_owned(), value.clone());
        }
    }
    out
}

/// A card number as PortOne shows it: the first six digits, then `*`.
fn masked(card_number: &str) -> String {
    let digits: String = card_number.chars().filter(char::is_ascii_digit).collect();
    let head: String = digits.chars().take(6).collect();
    let tail: String = digits
        .chars()
        .skip(digits.len().saturating_sub(1))
        .collect();
    let stars = "*".repeat(digits.len().saturating_sub(7).max(1));
    format!("{head}{stars}{tail}")
}

/// A new charge, as `again`, `onetime` and a schedule coming due make it.
struct Charge<'a> {
    merchant_uid: String,
    amount: Money,
    currency: String,
    name: Option<String>,
    customer_uid: Option<String>,
    usage: Option<&'static str>,
    behaviour: CardBehaviour,
    body: &'a Value,
}

impl World {
    /// A simulator with this REST key and secret, starting at `now`.
    #[must_use]
    pub(crate) fn new(key: String, secret: String, now: i64) -> World {
        World {
            clock: Clock {
                started: Instant::now(),
                at_start: now,
                offset: 0,
            },
            key,
            secret,
            token_ttl: 30 * 60,
            tokens: Vec::new(),
            token_serial: 0,
            payments: Vec::new(),
            by_imp_uid: HashMap::new(),
            by_merchant_uid: HashMap::new(),
            prepares: HashMap::new(),
            customers: HashMap::new(),
            scripts: HashMap::new(),
            schedules: Vec::new(),
            receipts: HashMap::new(),
            external_receipts: HashMap::new(),
            logis: HashMap::new(),
            serial: 0,
            notice_url: None,
            sandbox: false,
            outbox: Vec::new(),
        }
    }

    /// The simulator's clock, Unix seconds.
    #[must_use]
    pub(crate) fn now(&self) -> i64 {
        let elapsed = i64::try_from(self.clock.started.elapsed().as_secs()).unwrap_or(i64::MAX);
        self.clock
            .at_start
            .saturating_add(elapsed)
            .saturating_add(self.clock.offset)
    }

    /// How long a new token lives, in seconds (30 minutes unless set).
    pub(crate) fn set_token_ttl(&mut self, seconds: i64) {
        self.token_ttl = seconds.max(1);
    }

    /// Moves the clock forward by `seconds` and runs every schedule that
    /// came due.
    pub(crate) fn advance(&mut self, seconds: i64) {
        self.clock.offset = self.clock.offset.saturating_add(seconds.max(0));
        self.run_due();
    }

    /// Runs every schedule whose `schedule_at` has passed, in the order of
    /// `schedule_at` (the clock also moves with real time, so this runs
    /// before each request too).
    pub(crate) fn run_due(&mut self) {
        let now = self.now();
        loop {
            let due = self
                .schedules
                .iter()
                .enumerate()
                .filter(|(_, s)| s.status == "scheduled" && s.schedule_at <= now)
                .min_by_key(|(_, s)| s.schedule_at)
                .map(|(i, _)| i);
            let Some(index) = due else { break };
            self.run_schedule(index);
        }
    }

    /// Forgets every token issued (rotated keys, a revoked session):
    /// each is a 401 from now on.
    pub(crate) fn revoke_tokens(&mut self) {
        self.tokens.clear();
    }

    /// A payment made outside the API, as a test sets the scene: paid,
    /// failed, ready or cancelled, `amount` in won, started at
    /// `started_at` (default now), with its own `imp_uid` if given.
    pub(crate) fn add_payment(&mut self, new: &NewPayment) -> String {
        let imp_uid = new.imp_uid.clone().unwrap_or_else(|| self.new_imp_uid());
        let amount = Money(new.amount.saturating_mul(100).max(0));
        let mut payment = self.blank_payment(
            imp_uid.clone(),
            new.merchant_uid.clone(),
            amount,
            &Value::Null,
        );
        let at = new.started_at.unwrap_or_else(|| self.now());
        payment.status = new.status;
        payment.started_at = at;
        payment.updated_at = at;
        payment.card = true;
        match new.status {
            Status::Paid => payment.paid_at = at,
            Status::Failed => {
                payment.failed_at = at;
                payment.fail_reason = Some("카드 한도 초과".to_owned());
            }
            Status::Cancelled => {
                payment.paid_at = at;
                payment.cancelled_at = at;
                payment.cancel_amount = amount;
            }
            Status::Ready => {}
        }
        self.push_payment(payment);
        imp_uid
    }

    /// A billing key issued outside the API (as the checkout window
    /// issues one), with the test card that pays.
    pub(crate) fn add_billing_key(&mut self, customer_uid: &str) {
        self.save_customer(customer_uid, "5361-8100-0000-0005", &Value::Null);
    }

    /// Scripts what charging a billing key does from now on.
    pub(crate) fn script(&mut self, customer_uid: String, behaviour: CardBehaviour) {
        if let Some(customer) = self.customers.get_mut(&customer_uid) {
            customer.behaviour = behaviour.clone();
        }
        self.scripts.insert(customer_uid, behaviour);
    }

    fn next_serial(&mut self) -> usize {
        self.serial = self.serial.saturating_add(1);
        self.serial
    }

    fn new_imp_uid(&mut self) -> String {
        let serial = self.next_serial();
        format!("imps_{serial:012}")
    }

    pub(crate) fn payment_index(&self, imp_uid: &str) -> Option<usize> {
        self.by_imp_uid.get(imp_uid).copied()
    }

    /// Keeps a payment and indexes it; returns where it is.
    fn push_payment(&mut self, payment: Payment) -> usize {
        let index = self.payments.len();
        self.by_imp_uid.insert(payment.imp_uid.clone(), index);
        self.by_merchant_uid
            .entry(payment.merchant_uid.clone())
            .or_default()
            .push(index);
        self.payments.push(payment);
        index
    }

    /// The payments of `merchant_uid`, in the order made.
    fn of_merchant_uid<'a>(
        &'a self,
        merchant_uid: &str,
    ) -> impl Iterator<Item = (usize, &'a Payment)> + 'a {
        self.by_merchant_uid
            .get(merchant_uid)
            .into_iter()
            .flatten()
            .filter_map(|&i| self.payments.get(i).map(|p| (i, p)))
    }

    fn queue_webhook(&mut self, payment_index: usize, cancellation_id: Option<&str>) {
        let Some(payment) = self.payments.get(payment_index) else {
            return;
        };
        let Some(url) = payment
            .notice_url
            .clone()
            .or_else(|| self.notice_url.clone())
        else {
            return;
        };
        let mut body = json!({
            "imp_uid": payment.imp_uid,
            "merchant_uid": payment.merchant_uid,
            "status": payment.status.as_str(),
        });
        if let (Some(id), Some(object)) = (cancellation_id, body.as_object_mut()) {
            object.insert("cancellation_id".to_owned(), json!(id));
        }
        self.outbox.push(Webhook { url, body });
    }

    // ---- Tokens: OpenAPI `POST /users/getToken` description; V1 auth page
    // ("액세스 토큰 만료기한 연장").

    /// `POST /users/getToken`: the same token while it is valid, extended
    /// by 5 minutes in its last minute; a new one after it expired; 401 for
    /// a wrong key or secret.
    pub(crate) fn get_token(&mut self, body: &Value) -> Answer {
        let key = body.get("imp_key").and_then(Value::as_str);
        let secret = body.get("imp_secret").and_then(Value::as_str);
        if key != Some(self.key.as_str()) || secret != Some(self.secret.as_str()) {
            return Answer::error(401, -1, "imp_key, imp_secret 인증에 실패하였습니다.");
        }
        let now = self.now();
        self.tokens.retain(|t| t.expired_at > now);
        let token = if let Some(token) = self.tokens.last_mut() {
            if token.expired_at.saturating_sub(now) <= 60 {
                token.expired_at = token.expired_at.saturating_add(5 * 60);
            }
            token.clone()
        } else {
            self.token_serial = self.token_serial.saturating_add(1);
            let token = Token {
                value: format!("sim_token_{:08}_{:x}", self.token_serial, now),
                expired_at: now.saturating_add(self.token_ttl),
            };
            self.tokens.push(token.clone());
            token
        };
        Answer::ok(json!({
            "access_token": token.value,
            "expired_at": token.expired_at,
            "now": now,
        }))
    }

    /// Whether `token` is one the simulator issued and still valid.
    pub(crate) fn token_valid(&self, token: &str) -> bool {
        self.tokens
            .iter()
            .any(|t| t.value == token && t.expired_at > self.now())
    }

    // ---- Payments: OpenAPI paths under `/payments`.

    /// `GET /payments/{imp_uid}`.
    pub(crate) fn get_payment(&self, imp_uid: &str) -> Answer {
        self.payment_index(imp_uid)
            .and_then(|i| self.payments.get(i))
            .map_or_else(Answer::no_payment, |p| Answer::ok(p.to_json()))
    }

    /// `GET /payments?imp_uid[]=...`: every one found; 207 with those
    /// found when some are not, 404 when none is.
    pub(crate) fn get_payments(&self, imp_uids: &[String]) -> Answer {
        if imp_uids.is_empty() {
            return Answer::bad("imp_uid");
        }
        let found: Vec<Value> = imp_uids
            .iter()
            .filter_map(|uid| self.payment_index(uid).and_then(|i| self.payments.get(i)))
            .map(Payment::to_json)
            .collect();
        if found.is_empty() {
            Answer::no_payment()
        } else if found.len() < imp_uids.len() {
            Answer {
                status: 207,
                body: json!({"code": 1, "message": "일부 거래건을 찾을 수 없습니다.", "response": found}),
            }
        } else {
            Answer::ok(Value::Array(found))
        }
    }

    fn sorted<'a>(
        mut list: Vec<&'a Payment>,
        sorting: Option<&str>,
    ) -> Result<Vec<&'a Payment>, Answer> {
        let key = |p: &Payment, by: &str| match by {
            "paid" => p.paid_at,
            "updated" => p.updated_at,
            _ => p.started_at,
        };
        let sorting = sorting.unwrap_or("-started");
        let (descending, by) = match sorting.strip_prefix('-') {
            Some(by) => (true, by),
            None => (false, sorting),
        };
        if !matches!(by, "started" | "paid" | "updated") {
            return Err(Answer::bad("sorting"));
        }
        // Stable: payments made in the same second keep the order made
        // (newest first when descending).
        if descending {
            list.reverse();
            list.sort_by_key(|p| std::cmp::Reverse(key(p, by)));
        } else {
            list.sort_by_key(|p| key(p, by));
        }
        Ok(list)
    }

    fn by_merchant_uid(
        &self,
        merchant_uid: &str,
        status: Option<&str>,
    ) -> Result<Vec<&Payment>, Answer> {
        let status = match status {
            None | Some("all") => None,
            Some(text) => Some(Status::parse(text).ok_or_else(|| Answer::bad("payment_status"))?),
        };
        Ok(self
            .of_merchant_uid(merchant_uid)
            .map(|(_, p)| p)
            .filter(|p| status.is_none_or(|s| p.status == s))
            .collect())
    }

    /// `GET /payments/find/{merchant_uid}/{payment_status}`: the first by
    /// `sorting` (default `-started`).
    pub(crate) fn find(
        &self,
        merchant_uid: &str,
        status: Option<&str>,
        sorting: Option<&str>,
    ) -> Answer {
        let list = match self
            .by_merchant_uid(merchant_uid, status)
            .and_then(|l| World::sorted(l, sorting))
        {
            Ok(list) => list,
            Err(answer) => return answer,
        };
        list.first()
            .map_or_else(Answer::no_payment, |p| Answer::ok(p.to_json()))
    }

    /// `GET /payments/findAll/{merchant_uid}/{payment_status}`, paged.
    pub(crate) fn find_all(
        &self,
        merchant_uid: &str,
        status: Option<&str>,
        query: &Query,
    ) -> Answer {
        let list = match self
            .by_merchant_uid(merchant_uid, status)
            .and_then(|l| World::sorted(l, query.get("sorting")))
        {
            Ok(list) => list,
            Err(answer) => return answer,
        };
        if list.is_empty() {
            return Answer::no_payment();
        }
        page(&list, query)
    }

    /// `GET /payments/status/{payment_status}`, paged, with `from`/`to`
    /// on `started_at`.
    pub(crate) fn by_status(&self, status: &str, query: &Query) -> Answer {
        let wanted = match status {
            "all" => None,
            text => match Status::parse(text) {
                Some(s) => Some(s),
                None => return Answer::bad("payment_status"),
            },
        };
        let bound = |name: &str| match query.get(name) {
            None => Ok(None),
            Some(text) => text.parse::<i64>().map(Some).map_err(|_| Answer::bad(name)),
        };
        let (from, to) = match (bound("from"), bound("to")) {
            (Ok(from), Ok(to)) => (from, to),
            (Err(answer), _) | (_, Err(answer)) => return answer,
        };
        let list: Vec<&Payment> = self
            .payments
            .iter()
            .filter(|p| wanted.is_none_or(|s| p.status == s))
            .filter(|p| {
                from.is_none_or(|f| p.started_at >= f) && to.is_none_or(|t| p.started_at <= t)
            })
            .collect();
        match World::sorted(list, query.get("sorting")) {
            Ok(list) => page(&list, query),
            Err(answer) => answer,
        }
    }

    /// `GET /payments/{imp_uid}/balance`: the amounts of a paid payment,
    /// all taxable (the simulator keeps no tax-free part).
    pub(crate) fn balance(&self, imp_uid: &str) -> Answer {
        let Some(p) = self
            .payment_index(imp_uid)
            .and_then(|i| self.payments.get(i))
        else {
            return Answer::no_payment();
        };
        let rest = p.cancellable();
        let vat = Money(rest.0 / 11);
        let supply = rest.minus(vat).unwrap_or(Money::ZERO);
        let entry =
            json!({"tax_free": 0, "supply": supply.to_json(), "vat": vat.to_json(), "service": 0});
        let none = json!({"tax_free": 0, "supply": 0, "vat": 0, "service": 0});
        Answer::ok(json!({
            "amount": rest.to_json(),
            "cash_receipt": none,
            "primary": entry,
            "secondary": none,
            "discount": none,
            "histories": [{
                "cash_receipt": none,
                "primary": entry,
                "secondary": none,
                "discount": none,
                "created": p.paid_at,
            }],
        }))
    }

    // ---- Cancellation: OpenAPI `POST /payments/cancel`;
    // `opi/ko/integration/cancel/v1/basic.mdx`.

    /// `POST /payments/cancel`: `imp_uid` wins over `merchant_uid`; an
    /// `amount` left out or 0 cancels the whole rest (as PortOne reads it);
    /// a `checksum` that is not the cancellable rest refuses the cancel
    /// ("검증에 실패하면 트랜잭션을 수행하지 않습니다"). The cancel webhook
    /// is sent only with `enable_webhook: true`.
    pub(crate) fn cancel(&mut self, body: &Value) -> Answer {
        let index = if let Some(imp_uid) = text(body, "imp_uid") {
            self.payment_index(&imp_uid)
        } else if let Some(merchant_uid) = text(body, "merchant_uid") {
            self.of_merchant_uid(&merchant_uid)
                .filter(|(_, p)| p.status == Status::Paid)
                .max_by_key(|(_, p)| p.started_at)
                .map(|(i, _)| i)
        } else {
            return Answer::bad("imp_uid");
        };
        let Some(index) = index else {
            return Answer::error(200, 1, "취소할 결제건이 존재하지 않습니다.");
        };
        let requested = match optional_amount(body, "amount") {
            Ok(requested) => requested,
            Err(answer) => return answer,
        };
        let checksum = match optional_amount(body, "checksum") {
            Ok(checksum) => checksum,
            Err(answer) => return answer,
        };
        let reason = text(body, "reason").unwrap_or_else(|| "취소요청".to_owned());
        let now = self.now();
        let serial = self.next_serial();
        let webhook = body.get("enable_webhook").and_then(Value::as_bool) == Some(true);
        let Some(payment) = self.payments.get_mut(index) else {
            return Answer::error(200, 1, "취소할 결제건이 존재하지 않습니다.");
        };
        if payment.status == Status::Cancelled {
            return Answer::error(200, 1, "이미 전액취소된 주문입니다.");
        }
        if payment.status != Status::Paid {
            return Answer::error(200, 1, "결제완료된 거래건만 취소할 수 있습니다.");
        }
        let rest = payment.cancellable();
        if checksum.is_some_and(|c| c != rest) {
            return Answer::error(200, 1, "취소가능잔액 검증(checksum)에 실패하였습니다.");
        }
        let amount = match requested {
            None | Some(Money::ZERO) => rest,
            Some(a) if a <= rest => a,
            Some(_) => return Answer::error(200, 1, "취소요청금액이 취소가능잔액보다 큽니다."),
        };
        let cancellation_id = format!("cancel_{serial:012}");
        payment.cancel_history.push(Cancellation {
            pg_tid: format!("pg_cancel_{serial}"),
            amount,
            cancelled_at: now,
            reason: reason.clone(),
            cancellation_id: cancellation_id.clone(),
        });
        payment.cancel_amount = payment.cancel_amount.plus(amount);
        payment.cancel_reason = Some(reason);
        payment.updated_at = now;
        if payment.cancellable() == Money::ZERO {
            payment.status = Status::Cancelled;
            payment.cancelled_at = now;
        }
        let answer = Answer::ok(payment.to_json());
        if webhook {
            self.queue_webhook(index, Some(&cancellation_id));
        }
        answer
    }

    // ---- Preparation (사전검증): OpenAPI `/payments/prepare`.

    /// `POST /payments/prepare`: records the amount a `merchant_uid` must
    /// be paid with; one already recorded is refused.
    pub(crate) fn prepare(&mut self, body: &Value, edit: bool) -> Answer {
        let merchant_uid = match required(body, "merchant_uid") {
            Ok(m) => m,
            Err(answer) => return answer,
        };
        let amount = match amount(body, "amount") {
            Ok(a) => a,
            Err(answer) => return answer,
        };
        let currency = text(body, "currency");
        let known = self.prepares.contains_key(&merchant_uid);
        if edit && !known {
            return Answer::error(404, 1, "사전등록된 결제정보가 존재하지 않습니다.");
        }
        if !edit && known {
            return Answer::error(200, 1, "이미 사전등록된 주문번호입니다.");
        }
        self.prepares
            .insert(merchant_uid.clone(), (amount, currency.clone()));
        Answer::ok(
            json!({"merchant_uid": merchant_uid, "amount": amount.to_json(), "currency": currency}),
        )
    }

    /// `GET /payments/prepare/{merchant_uid}`.
    pub(crate) fn get_prepare(&self, merchant_uid: &str) -> Answer {
        match self.prepares.get(merchant_uid) {
            Some((amount, currency)) => Answer::ok(
                json!({"merchant_uid": merchant_uid, "amount": amount.to_json(), "currency": currency}),
            ),
            None => Answer::error(404, 1, "사전등록된 결제정보가 존재하지 않습니다."),
        }
    }

    /// Why a payment of `amount` for `merchant_uid` fails preparation,
    /// if it does.
    fn prepare_mismatch(
        &self,
        merchant_uid: &str,
        amount: Money,
        currency: &str,
    ) -> Option<String> {
        let (prepared, prepared_currency) = self.prepares.get(merchant_uid)?;
        let currency_differs = prepared_currency.as_deref().is_some_and(|c| c != currency);
        (*prepared != amount || currency_differs)
            .then(|| "사전 등록된 결제정보와 금액이 일치하지 않습니다.".to_owned())
    }

    // ---- Charges: OpenAPI `/subscribe/payments/again`, `onetime`.

    /// A `merchant_uid` already paid is refused (pitfalls: "이미 결제가
    /// 이루어진 거래건입니다", iamport/iamport-manual #6).
    fn already_paid(&self, merchant_uid: &str) -> bool {
        self.of_merchant_uid(merchant_uid)
            .any(|(_, p)| matches!(p.status, Status::Paid | Status::Cancelled))
    }

    fn charge(&mut self, charge: &Charge<'_>) -> usize {
        let imp_uid = self.new_imp_uid();
        let now = self.now();
        let mismatch = self.prepare_mismatch(&charge.merchant_uid, charge.amount, &charge.currency);
        let tried_before = self.of_merchant_uid(&charge.merchant_uid).next().is_some();
        let fail_reason = mismatch.or(match &charge.behaviour {
            CardBehaviour::Pay => None,
            CardBehaviour::Decline(reason) => Some(reason.clone()),
            CardBehaviour::DeclineFirstAttempt(reason) => (!tried_before).then(|| reason.clone()),
        });
        let status = if fail_reason.is_some() {
            Status::Failed
        } else {
            Status::Paid
        };
        let mut payment = self.blank_payment(
            imp_uid,
            charge.merchant_uid.clone(),
            charge.amount,
            charge.body,
        );
        payment.status = status;
        payment.currency.clone_from(&charge.currency);
        payment.name.clone_from(&charge.name);
        payment.customer_uid.clone_from(&charge.customer_uid);
        payment.customer_uid_usage = charge.usage;
        payment.paid_at = if status == Status::Paid { now } else { 0 };
        payment.failed_at = if status == Status::Failed { now } else { 0 };
        payment.fail_reason = fail_reason;
        payment.card = true;
        self.push_payment(payment)
    }

    /// A payment as every operation starts it: `ready`, KRW, by the API,
    /// with the buyer fields, `name`, `custom_data` and `notice_url` of
    /// `body`.
    fn blank_payment(
        &self,
        imp_uid: String,
        merchant_uid: String,
        amount: Money,
        body: &Value,
    ) -> Payment {
        let now = self.now();
        Payment {
            pg_tid: format!("pg_{imp_uid}"),
            imp_uid,
            merchant_uid,
            status: Status::Ready,
            amount,
            cancel_amount: Money::ZERO,
            currency: text(body, "currency").unwrap_or_else(|| "KRW".to_owned()),
            pay_method: "card".to_owned(),
            channel: "api",
            pg_provider: "nice".to_owned(),
            name: text(body, "name"),
            buyer: buyer_fields(body),
            custom_data: text(body, "custom_data"),
            customer_uid: None,
            customer_uid_usage: None,
            started_at: now,
            paid_at: 0,
            failed_at: 0,
            cancelled_at: 0,
            fail_reason: None,
            cancel_reason: None,
            cancel_history: Vec::new(),
            vbank: None,
            card: false,
            escrow: false,
            sandbox: self.sandbox,
            notice_url: match body.get("notice_url") {
                Some(Value::String(url)) => Some(url.clone()),
                Some(Value::Array(urls)) => urls.first().and_then(Value::as_str).map(str::to_owned),
                _ => None,
            },
            updated_at: now,
        }
    }

    /// A payment of a PG-specific operation (Benepia points, KCP Quick
    /// Pay, a convenience store): `merchant_uid` and `amount` required;
    /// paid at once, except a convenience-store payment, which stays
    /// `ready` (its deposit is not modelled).
    pub(crate) fn pg_payment(
        &mut self,
        body: &Value,
        pg_provider: &str,
        pay_method: &str,
    ) -> Answer {
        let (merchant_uid, amount) = match (required(body, "merchant_uid"), amount(body, "amount"))
        {
            (Ok(m), Ok(a)) => (m, a),
            (Err(answer), _) | (_, Err(answer)) => return answer,
        };
        if self.already_paid(&merchant_uid) {
            return Answer::error(200, -1, "이미 결제가 이루어진 거래건입니다.");
        }
        let imp_uid = self.new_imp_uid();
        let mut payment = self.blank_payment(imp_uid.clone(), merchant_uid, amount, body);
        pg_provider.clone_into(&mut payment.pg_provider);
        pay_method.clone_into(&mut payment.pay_method);
        if pay_method != "cvs" {
            payment.status = Status::Paid;
            payment.paid_at = self.now();
        }
        let index = self.push_payment(payment);
        self.queue_webhook(index, None);
        self.get_payment(&imp_uid)
    }

    /// Revokes a payment still `ready` (`DELETE /cvs/{imp_uid}`, and
    /// `DELETE /vbanks/{imp_uid}` once its account is checked).
    pub(crate) fn revoke_ready(&mut self, imp_uid: &str) -> Answer {
        let now = self.now();
        match self
            .payment_index(imp_uid)
            .and_then(|i| self.payments.get_mut(i))
        {
            Some(p) if p.status == Status::Ready => {
                p.status = Status::Cancelled;
                p.cancelled_at = now;
                p.updated_at = now;
            }
            Some(_) => return Answer::error(400, 1, "결제대기 상태의 거래건이 아닙니다."),
            None => return Answer::no_payment(),
        }
        self.get_payment(imp_uid)
    }

    fn behaviour_of(&self, customer_uid: &str) -> Option<CardBehaviour> {
        self.customers
            .get(customer_uid)
            .map(|c| c.behaviour.clone())
    }

    /// `POST /subscribe/payments/again`: charges a billing key. A failed
    /// charge is `code: 0` with `status: "failed"` (PHP
    /// `SubscribeAgain.php`); an unknown billing key is `code: -1` (PY
    /// tests, rest-api.md §3). The payment's webhook goes out when paid
    /// (no webhook for a failed one: V1 webhook page).
    pub(crate) fn again(&mut self, body: &Value) -> Answer {
        let fields = (
            required(body, "customer_uid"),
            required(body, "merchant_uid"),
            amount(body, "amount"),
        );
        let (customer_uid, merchant_uid, amount) = match fields {
            (Ok(c), Ok(m), Ok(a)) => (c, m, a),
            (Err(answer), _, _) | (_, Err(answer), _) | (_, _, Err(answer)) => return answer,
        };
        let Some(behaviour) = self.behaviour_of(&customer_uid) else {
            return Answer::error(200, -1, "등록된 고객정보가 없습니다.");
        };
        if self.already_paid(&merchant_uid) {
            return Answer::error(200, -1, "이미 결제가 이루어진 거래건입니다.");
        }
        let charge = Charge {
            merchant_uid,
            amount,
            currency: text(body, "currency").unwrap_or_else(|| "KRW".to_owned()),
            name: text(body, "name"),
            customer_uid: Some(customer_uid),
            usage: Some("payment"),
            behaviour,
            body,
        };
        let index = self.charge(&charge);
        self.after_charge(index, false)
    }

    fn after_charge(&mut self, index: usize, webhook_on_failure: bool) -> Answer {
        let Some(payment) = self.payments.get(index) else {
            return Answer::no_payment();
        };
        let answer = Answer::ok(payment.to_json());
        if payment.status == Status::Paid || webhook_on_failure {
            self.queue_webhook(index, None);
        }
        answer
    }

    /// `POST /subscribe/payments/onetime`: a key-in charge; with
    /// `customer_uid` the card is kept as that billing key.
    pub(crate) fn onetime(&mut self, body: &Value) -> Answer {
        let fields = (
            required(body, "merchant_uid"),
            amount(body, "amount"),
            required(body, "card_number"),
            required(body, "expiry"),
        );
        let (merchant_uid, amount, card_number) = match fields {
            (Ok(m), Ok(a), Ok(c), Ok(_)) => (m, a, c),
            (Err(answer), ..)
            | (_, Err(answer), ..)
            | (_, _, Err(answer), _)
            | (.., Err(answer)) => {
                return answer;
            }
        };
        if self.already_paid(&merchant_uid) {
            return Answer::error(200, -1, "이미 결제가 이루어진 거래건입니다.");
        }
        let customer_uid = text(body, "customer_uid");
        if let Some(uid) = &customer_uid {
            self.save_customer(uid, &card_number, body);
        }
        let behaviour = customer_uid
            .as_deref()
            .and_then(|uid| self.behaviour_of(uid))
            .unwrap_or_else(|| card_behaviour(&card_number));
        let charge = Charge {
            merchant_uid,
            amount,
            currency: text(body, "currency").unwrap_or_else(|| "KRW".to_owned()),
            name: text(body, "name"),
            usage: customer_uid.as_ref().map(|_| "issue"),
            customer_uid,
            behaviour,
            body,
        };
        let index = self.charge(&charge);
        self.after_charge(index, false)
    }

    // ---- Billing keys: OpenAPI `/subscribe/customers/{customer_uid}`.

    fn save_customer(&mut self, customer_uid: &str, card_number: &str, body: &Value) {
        let now = self.now();
        let behaviour = self
            .scripts
            .get(customer_uid)
            .cloned()
            .unwrap_or_else(|| card_behaviour(card_number));
        let mut details = Map::new();
        for key in [
            "customer_id",
            "customer_name",
            "customer_tel",
            "customer_email",
            "customer_addr",
            "customer_postcode",
        ] {
            if let Some(value) = body.get(key).filter(|v| v.is_string()) {
                details.insert(key.to_owned(), value.clone());
            }
        }
        let inserted = self.customers.get(customer_uid).map_or(now, |c| c.inserted);
        // Re-using a customer_uid remaps it to the newest card (pitfalls
        // #7, developers.portone.io PR #228).
        self.customers.insert(
            customer_uid.to_owned(),
            Customer {
                customer_uid: customer_uid.to_owned(),
                pg_provider: text(body, "pg")
                    .and_then(|pg| pg.split('.').next().map(str::to_owned))
                    .unwrap_or_else(|| "nice".to_owned()),
                card_number: masked(card_number),
                behaviour,
                details,
                channel_group_id: text(body, "channel_group_id"),
                sandbox: self.sandbox,
                inserted,
                updated: now,
            },
        );
    }

    /// `POST /subscribe/customers/{customer_uid}`: `card_number` and
    /// `expiry` required; with `channel_group_id` a super billing key.
    pub(crate) fn issue_billing_key(&mut self, customer_uid: &str, body: &Value) -> Answer {
        let card_number = match (required(body, "card_number"), required(body, "expiry")) {
            (Ok(card), Ok(_)) => card,
            (Err(answer), _) | (_, Err(answer)) => return answer,
        };
        self.save_customer(customer_uid, &card_number, body);
        self.get_billing_key(customer_uid)
    }

    /// `GET /subscribe/customers/{customer_uid}`: a plain billing key as
    /// `CustomerAnnotation`, a super billing key with its channels
    /// (`SuperBillingKeyAnnotation`).
    pub(crate) fn get_billing_key(&self, customer_uid: &str) -> Answer {
        match self.customers.get(customer_uid) {
            Some(customer) if customer.channel_group_id.is_some() => Answer::ok(json!({
                "customer_uid": customer.customer_uid,
                "channelGroupId": customer.channel_group_id,
                "customer_id": null,
                "customer_name": null,
                "customer_tel": null,
                "customer_email": null,
                "customer_addr": null,
                "customer_postcode": null,
                "succeededChannels": [{
                    "pg_provider": customer.pg_provider,
                    "pg_id": "iamport00m",
                    "card_name": "BC카드",
                    "card_code": "361",
                    "card_issuer_code": "361",
                    "card_issuer_name": "BC카드",
                    "card_publisher_code": "361",
                    "card_publisher_name": "BC카드",
                    "card_number": customer.card_number,
                    "card_type": 0,
                    "inserted": customer.inserted,
                    "updated": customer.updated,
                }],
                "failedChannels": [],
            })),
            Some(customer) => Answer::ok(customer.to_json()),
            None => Answer::error(404, 1, "등록된 고객정보가 없습니다."),
        }
    }

    /// `DELETE /subscribe/customers/{customer_uid}`: the key is gone; its
    /// scheduled charges are revoked.
    pub(crate) fn delete_billing_key(&mut self, customer_uid: &str) -> Answer {
        let Some(customer) = self.customers.remove(customer_uid) else {
            return Answer::error(404, 1, "등록된 고객정보가 없습니다.");
        };
        let now = self.now();
        for schedule in &mut self.schedules {
            if schedule.customer_uid == customer_uid && schedule.status == "scheduled" {
                schedule.status = "revoked";
                schedule.revoked_at = now;
            }
        }
        Answer::ok(customer.to_json())
    }

    /// `GET /subscribe/customers?customer_uid[]=...`: 207 when some are
    /// missing, 404 when all are.
    pub(crate) fn get_billing_keys(&self, uids: &[String]) -> Answer {
        if uids.is_empty() {
            return Answer::bad("customer_uid");
        }
        let found: Vec<Value> = uids
            .iter()
            .filter_map(|uid| self.customers.get(uid))
            .map(Customer::to_json)
            .collect();
        if found.is_empty() {
            Answer::error(404, 1, "등록된 고객정보가 없습니다.")
        } else if found.len() < uids.len() {
            Answer {
                status: 207,
                body: json!({"code": 1, "message": "일부 고객정보를 찾을 수 없습니다.", "response": found}),
            }
        } else {
            Answer::ok(Value::Array(found))
        }
    }

    /// `GET /subscribe/customers/{customer_uid}/payments`, paged.
    pub(crate) fn billing_key_payments(&self, customer_uid: &str, query: &Query) -> Answer {
        if !self.customers.contains_key(customer_uid) {
            return Answer::error(404, 1, "등록된 고객정보가 없습니다.");
        }
        let list: Vec<&Payment> = self
            .payments
            .iter()
            .filter(|p| p.customer_uid.as_deref() == Some(customer_uid))
            .collect();
        match World::sorted(list, None) {
            Ok(list) => page(&list, query),
            Err(answer) => answer,
        }
    }

    // ---- Schedules: OpenAPI `/subscribe/payments/schedule` and its
    // siblings.

    /// `POST /subscribe/payments/schedule`: stores each entry; card
    /// fields issue the billing key first. A `merchant_uid` scheduled or
    /// paid already is refused ("동일한 주문번호로 중복결제 불가").
    pub(crate) fn schedule(&mut self, body: &Value) -> Answer {
        let customer_uid = match required(body, "customer_uid") {
            Ok(c) => c,
            Err(answer) => return answer,
        };
        if let Some(card_number) = text(body, "card_number") {
            self.save_customer(&customer_uid, &card_number, body);
        }
        if !self.customers.contains_key(&customer_uid) {
            return Answer::error(200, 1, "등록된 고객정보가 없습니다.");
        }
        let Some(entries) = body.get("schedules").and_then(Value::as_array) else {
            return Answer::bad("schedules");
        };
        let mut new = Vec::new();
        for entry in entries {
            let fields = (
                required(entry, "merchant_uid"),
                entry
                    .get("schedule_at")
                    .and_then(Value::as_i64)
                    .ok_or_else(|| Answer::bad("schedule_at")),
                amount(entry, "amount"),
            );
            let (merchant_uid, schedule_at, amount) = match fields {
                (Ok(m), Ok(s), Ok(a)) => (m, s, a),
                (Err(answer), _, _) | (_, Err(answer), _) | (_, _, Err(answer)) => return answer,
            };
            let taken = self.already_paid(&merchant_uid)
                || self
                    .schedules
                    .iter()
                    .any(|s| s.merchant_uid == merchant_uid && s.status != "revoked")
                || new
                    .iter()
                    .any(|s: &Schedule| s.merchant_uid == merchant_uid);
            if taken {
                return Answer::error(200, 1, "동일한 주문번호로 중복결제 불가합니다.");
            }
            if schedule_at <= self.now() {
                return Answer::error(200, 1, "예약시각이 현재 시각보다 과거입니다.");
            }
            new.push(Schedule {
                customer_uid: customer_uid.clone(),
                merchant_uid,
                schedule_at,
                amount,
                currency: text(entry, "currency").unwrap_or_else(|| "KRW".to_owned()),
                name: text(entry, "name").unwrap_or_default(),
                custom_data: text(entry, "custom_data"),
                notice_url: text(entry, "notice_url"),
                buyer: buyer_fields(entry),
                status: "scheduled",
                imp_uid: None,
                payment_status: None,
                executed_at: 0,
                revoked_at: 0,
                fail_reason: None,
            });
        }
        let answer: Vec<Value> = new.iter().map(Schedule::to_json).collect();
        self.schedules.extend(new);
        Answer::ok(Value::Array(answer))
    }

    fn run_schedule(&mut self, index: usize) {
        let Some(schedule) = self.schedules.get(index).cloned() else {
            return;
        };
        let behaviour = self
            .behaviour_of(&schedule.customer_uid)
            .unwrap_or_else(|| CardBehaviour::Decline("등록된 고객정보가 없습니다.".to_owned()));
        let mut body = Map::new();
        body.extend(schedule.buyer.clone());
        if let Some(url) = &schedule.notice_url {
            body.insert("notice_url".to_owned(), json!(url));
        }
        if let Some(data) = &schedule.custom_data {
            body.insert("custom_data".to_owned(), json!(data));
        }
        let body = Value::Object(body);
        let charge = Charge {
            merchant_uid: schedule.merchant_uid.clone(),
            amount: schedule.amount,
            currency: schedule.currency.clone(),
            name: Some(schedule.name.clone()),
            customer_uid: Some(schedule.customer_uid.clone()),
            usage: Some("payment.scheduled"),
            behaviour,
            body: &body,
        };
        let payment_index = self.charge(&charge);
        let now = self.now();
        let (imp_uid, status, reason) = match self.payments.get(payment_index) {
            Some(p) => (p.imp_uid.clone(), p.status, p.fail_reason.clone()),
            None => return,
        };
        if let Some(schedule) = self.schedules.get_mut(index) {
            schedule.status = "executed";
            schedule.executed_at = now;
            schedule.imp_uid = Some(imp_uid);
            schedule.payment_status = Some(status);
            schedule.fail_reason = reason;
        }
        // A scheduled payment's webhook goes out paid or failed (V1
        // webhook page: "예약결제가 실패한 경우" is the one failure sent).
        self.queue_webhook(payment_index, None);
    }

    /// `POST /subscribe/payments/unschedule`: with `merchant_uid` (an
    /// array, or a string as some clients send) those, else every
    /// scheduled charge of `customer_uid`.
    pub(crate) fn unschedule(&mut self, body: &Value) -> Answer {
        let customer_uid = text(body, "customer_uid");
        let merchant_uids: Option<Vec<String>> = match body.get("merchant_uid") {
            Some(Value::Array(list)) => Some(
                list.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect(),
            ),
            Some(Value::String(one)) => Some(vec![one.clone()]),
            _ => None,
        };
        if customer_uid.is_none() && merchant_uids.is_none() {
            return Answer::bad("customer_uid");
        }
        let now = self.now();
        let mut revoked = Vec::new();
        for schedule in &mut self.schedules {
            let of_customer = customer_uid
                .as_ref()
                .is_none_or(|c| *c == schedule.customer_uid);
            let listed = merchant_uids
                .as_ref()
                .is_none_or(|list| list.contains(&schedule.merchant_uid));
            if schedule.status == "scheduled" && of_customer && listed {
                schedule.status = "revoked";
                schedule.revoked_at = now;
                revoked.push(schedule.to_json());
            }
        }
        if revoked.is_empty() {
            return Answer::error(200, 1, "취소할 예약결제 기록이 존재하지 않습니다.");
        }
        Answer::ok(Value::Array(revoked))
    }

    fn schedule_index(&self, merchant_uid: &str) -> Option<usize> {
        self.schedules
            .iter()
            .rposition(|s| s.merchant_uid == merchant_uid)
    }

    /// `GET /subscribe/payments/schedule/{merchant_uid}`.
    pub(crate) fn get_schedule(&self, merchant_uid: &str) -> Answer {
        self.schedule_index(merchant_uid)
            .and_then(|i| self.schedules.get(i))
            .map_or_else(
                || Answer::error(404, 1, "존재하지 않는 결제예약입니다."),
                |s| Answer::ok(s.to_json()),
            )
    }

    fn schedule_at(&self, body: &Value) -> Result<i64, Answer> {
        let at = body
            .get("schedule_at")
            .and_then(Value::as_i64)
            .ok_or_else(|| Answer::bad("schedule_at"))?;
        if at <= self.now() {
            return Err(Answer::error(
                400,
                1,
                "예약시각이 현재 시각보다 과거입니다.",
            ));
        }
        Ok(at)
    }

    /// `PUT /subscribe/payments/schedule/{merchant_uid}`: moves a charge
    /// that is still scheduled.
    pub(crate) fn update_schedule(&mut self, merchant_uid: &str, body: &Value) -> Answer {
        let at = match self.schedule_at(body) {
            Ok(at) => at,
            Err(answer) => return answer,
        };
        let Some(schedule) = self
            .schedule_index(merchant_uid)
            .and_then(|i| self.schedules.get_mut(i))
        else {
            return Answer::error(404, 1, "존재하지 않는 결제예약입니다.");
        };
        if schedule.status != "scheduled" {
            return Answer::error(400, 1, "이미 실행 혹은 취소된 결제예약입니다.");
        }
        schedule.schedule_at = at;
        Answer::ok(schedule.to_json())
    }

    /// Whether a schedule may run again: it failed, or it was revoked.
    fn may_run_again(schedule: &Schedule) -> bool {
        schedule.status == "revoked"
            || (schedule.status == "executed" && schedule.payment_status == Some(Status::Failed))
    }

    /// `POST /subscribe/payments/schedule/{merchant_uid}/reschedule`: a
    /// failed or revoked charge scheduled again.
    pub(crate) fn reschedule(&mut self, merchant_uid: &str, body: &Value) -> Answer {
        let at = match self.schedule_at(body) {
            Ok(at) => at,
            Err(answer) => return answer,
        };
        let Some(schedule) = self
            .schedule_index(merchant_uid)
            .and_then(|i| self.schedules.get_mut(i))
        else {
            return Answer::error(404, 1, "존재하지 않는 결제예약입니다.");
        };
        if !World::may_run_again(schedule) {
            return Answer::error(400, 1, "아직 실행되지 않았거나 승인된 결제예약입니다.");
        }
        schedule.status = "scheduled";
        schedule.schedule_at = at;
        schedule.imp_uid = None;
        schedule.payment_status = None;
        schedule.executed_at = 0;
        schedule.revoked_at = 0;
        schedule.fail_reason = None;
        Answer::ok(schedule.to_json())
    }

    /// `POST /subscribe/payments/schedule/{merchant_uid}/retry`: charges a
    /// failed or revoked schedule now, with the same `merchant_uid`.
    pub(crate) fn retry_schedule(&mut self, merchant_uid: &str) -> Answer {
        let Some(index) = self.schedule_index(merchant_uid) else {
            return Answer::error(404, 1, "존재하지 않는 결제예약입니다.");
        };
        let may = self.schedules.get(index).is_some_and(World::may_run_again);
        if !may {
            return Answer::error(400, 1, "아직 실행되지 않았거나 승인된 결제예약입니다.");
        }
        if self
            .schedules
            .get(index)
            .is_none_or(|s| !self.customers.contains_key(&s.customer_uid))
        {
            return Answer::error(404, 1, "등록된 고객정보가 없습니다.");
        }
        self.run_schedule(index);
        let imp_uid = self.schedules.get(index).and_then(|s| s.imp_uid.clone());
        imp_uid.map_or_else(Answer::no_payment, |uid| self.get_payment(&uid))
    }

    /// `GET /subscribe/payments/schedule?schedule_from&schedule_to`:
    /// the schedules in the range, paged.
    pub(crate) fn schedules_by_range(&self, query: &Query) -> Answer {
        let bound = |name: &str| query.get(name).and_then(|t| t.parse::<i64>().ok());
        let (Some(from), Some(to)) = (bound("schedule_from"), bound("schedule_to")) else {
            return Answer::bad("schedule_from");
        };
        let status = query.get("schedule_status");
        let list: Vec<&Schedule> = self
            .schedules
            .iter()
            .filter(|s| s.schedule_at >= from && s.schedule_at <= to)
            .filter(|s| status.is_none_or(|st| s.status == st))
            .collect();
        schedule_page(&list, query)
    }

    /// `GET /subscribe/payments/schedule/customers/{customer_uid}` (and
    /// the same under `/subscribe/customers/{customer_uid}/schedules`).
    pub(crate) fn schedules_of(&self, customer_uid: &str, query: &Query) -> Answer {
        let status = query.get("schedule_status");
        let list: Vec<&Schedule> = self
            .schedules
            .iter()
            .filter(|s| s.customer_uid == customer_uid)
            .filter(|s| status.is_none_or(|st| s.status == st))
            .collect();
        schedule_page(&list, query)
    }

    // ---- Virtual accounts: OpenAPI `/vbanks`.

    /// `POST /vbanks`: a `ready` payment with its account, paid only by a
    /// simulated deposit ([`World::deposit`]).
    pub(crate) fn create_vbank(&mut self, body: &Value) -> Answer {
        let fields = (
            required(body, "merchant_uid"),
            amount(body, "amount"),
            required(body, "vbank_code"),
            body.get("vbank_due")
                .and_then(Value::as_i64)
                .ok_or_else(|| Answer::bad("vbank_due")),
            required(body, "vbank_holder"),
        );
        let (merchant_uid, amount, code, due, holder) = match fields {
            (Ok(merchant_uid), Ok(amount), Ok(code), Ok(due), Ok(holder)) => {
                (merchant_uid, amount, code, due, holder)
            }
            (Err(answer), ..)
            | (_, Err(answer), ..)
            | (_, _, Err(answer), ..)
            | (_, _, _, Err(answer), _)
            | (.., Err(answer)) => return answer,
        };
        if self.already_paid(&merchant_uid) {
            return Answer::error(200, -1, "이미 결제가 이루어진 거래건입니다.");
        }
        let imp_uid = self.new_imp_uid();
        let now = self.now();
        let serial = self.serial;
        let mut payment = self.blank_payment(imp_uid.clone(), merchant_uid, amount, body);
        "vbank".clone_into(&mut payment.pay_method);
        payment.vbank = Some(Vbank {
            code,
            name: "시뮬레이터은행".to_owned(),
            num: text(body, "vbank_num").unwrap_or_else(|| format!("9{serial:011}")),
            holder,
            date: due,
            issued_at: now,
        });
        let index = self.push_payment(payment);
        // The account's issue is notified (status `ready`), as V1 does
        // for a virtual account.
        self.queue_webhook(index, None);
        self.get_payment(&imp_uid)
    }

    fn ready_vbank(&mut self, imp_uid: &str) -> Result<usize, Answer> {
        let index = self.payment_index(imp_uid).ok_or_else(Answer::no_payment)?;
        match self.payments.get(index) {
            Some(p) if p.vbank.is_some() && p.status == Status::Ready => Ok(index),
            Some(_) => Err(Answer::error(
                400,
                1,
                "입금대기 상태의 가상계좌가 아닙니다.",
            )),
            None => Err(Answer::no_payment()),
        }
    }

    /// `PUT /vbanks/{imp_uid}`: a new amount or due date.
    pub(crate) fn modify_vbank(&mut self, imp_uid: &str, body: &Value) -> Answer {
        let index = match self.ready_vbank(imp_uid) {
            Ok(index) => index,
            Err(answer) => return answer,
        };
        let new_amount = match optional_amount(body, "amount") {
            Ok(a) => a,
            Err(answer) => return answer,
        };
        let due = body.get("vbank_due").and_then(Value::as_i64);
        let now = self.now();
        if let Some(payment) = self.payments.get_mut(index) {
            if let Some(a) = new_amount {
                payment.amount = a;
            }
            if let (Some(due), Some(vbank)) = (due, payment.vbank.as_mut()) {
                vbank.date = due;
            }
            payment.updated_at = now;
        }
        self.get_payment(imp_uid)
    }

    /// `DELETE /vbanks/{imp_uid}`: the account is revoked; the payment is
    /// cancelled.
    pub(crate) fn revoke_vbank(&mut self, imp_uid: &str) -> Answer {
        match self.ready_vbank(imp_uid) {
            Ok(_) => self.revoke_ready(imp_uid),
            Err(answer) => answer,
        }
    }

    /// A simulated deposit into a virtual account: the payment becomes
    /// `paid` and its webhook is queued.
    pub(crate) fn deposit(&mut self, imp_uid: &str) -> Answer {
        let index = match self.ready_vbank(imp_uid) {
            Ok(index) => index,
            Err(answer) => return answer,
        };
        let now = self.now();
        if let Some(payment) = self.payments.get_mut(index) {
            payment.status = Status::Paid;
            payment.paid_at = now;
            payment.updated_at = now;
        }
        self.queue_webhook(index, None);
        self.get_payment(imp_uid)
    }

    // ---- Cash receipts: OpenAPI `/receipts/{imp_uid}`,
    // `/receipts/external/{merchant_uid}`.

    fn receipt_from(&mut self, key: &str, body: &Value, amount: i64) -> Receipt {
        let serial = self.next_serial();
        Receipt {
            key: key.to_owned(),
            kind: text(body, "type").unwrap_or_else(|| "person".to_owned()),
            amount,
            vat: body
                .get("vat_amount")
                .and_then(Value::as_i64)
                .unwrap_or(amount / 11),
            applied_at: self.now(),
            cancelled_at: 0,
            serial,
        }
    }

    /// `POST /receipts/{imp_uid}`: a cash receipt for a paid payment.
    pub(crate) fn issue_receipt(&mut self, imp_uid: &str, body: &Value) -> Answer {
        if let Err(answer) = required(body, "identifier") {
            return answer;
        }
        let Some(payment) = self
            .payment_index(imp_uid)
            .and_then(|i| self.payments.get(i))
        else {
            return Answer::no_payment();
        };
        if payment.status != Status::Paid {
            return Answer::error(
                400,
                1,
                "결제완료된 거래건에만 현금영수증을 발행할 수 있습니다.",
            );
        }
        if self
            .receipts
            .get(imp_uid)
            .is_some_and(|r| r.cancelled_at == 0)
        {
            return Answer::error(400, 1, "이미 현금영수증이 발행된 거래건입니다.");
        }
        let whole = payment.cancellable().0 / 100;
        let receipt = self.receipt_from(imp_uid, body, whole);
        let answer = Answer::ok(receipt.to_json("imp_uid"));
        self.receipts.insert(imp_uid.to_owned(), receipt);
        answer
    }

    /// `GET /receipts/{imp_uid}` (`external`: by `merchant_uid`).
    pub(crate) fn get_receipt(&self, key: &str, external: bool) -> Answer {
        let (map, name) = if external {
            (&self.external_receipts, "merchant_uid")
        } else {
            (&self.receipts, "imp_uid")
        };
        map.get(key).map_or_else(
            || Answer::error(404, 1, "발행된 현금영수증이 없습니다."),
            |r| Answer::ok(r.to_json(name)),
        )
    }

    /// `DELETE /receipts/{imp_uid}` (`external`: by `merchant_uid`).
    pub(crate) fn revoke_receipt(&mut self, key: &str, external: bool) -> Answer {
        let now = self.now();
        let (map, name) = if external {
            (&mut self.external_receipts, "merchant_uid")
        } else {
            (&mut self.receipts, "imp_uid")
        };
        match map.get_mut(key) {
            Some(r) if r.cancelled_at == 0 => {
                r.cancelled_at = now;
                Answer::ok(r.to_json(name))
            }
            Some(_) => Answer::error(400, 1, "이미 취소된 현금영수증입니다."),
            None => Answer::error(404, 1, "발행된 현금영수증이 없습니다."),
        }
    }

    /// `POST /receipts/external/{merchant_uid}`: a cash receipt for a
    /// payment made outside PortOne.
    pub(crate) fn issue_external_receipt(&mut self, merchant_uid: &str, body: &Value) -> Answer {
        let fields = (
            required(body, "name"),
            required(body, "identifier"),
            body.get("amount")
                .and_then(Value::as_i64)
                .filter(|a| *a > 0)
                .ok_or_else(|| Answer::bad("amount")),
        );
        let amount = match fields {
            (Ok(_), Ok(_), Ok(a)) => a,
            (Err(answer), _, _) | (_, Err(answer), _) | (_, _, Err(answer)) => return answer,
        };
        if self
            .external_receipts
            .get(merchant_uid)
            .is_some_and(|r| r.cancelled_at == 0)
        {
            return Answer::error(400, 1, "이미 현금영수증이 발행된 주문번호입니다.");
        }
        let receipt = self.receipt_from(merchant_uid, body, amount);
        let answer = Answer::ok(receipt.to_json("merchant_uid"));
        self.external_receipts
            .insert(merchant_uid.to_owned(), receipt);
        answer
    }

    // ---- Escrow shipping: OpenAPI `/escrows/logis/{imp_uid}`.

    /// `POST` (register) or `PUT` (edit) `/escrows/logis/{imp_uid}`: the
    /// shipment of a paid escrow payment; `logis` needs `company`,
    /// `invoice` and `sent_at`.
    pub(crate) fn save_logis(&mut self, imp_uid: &str, body: &Value, edit: bool) -> Answer {
        let Some(index) = self.payment_index(imp_uid) else {
            return Answer::no_payment();
        };
        if self
            .payments
            .get(index)
            .is_none_or(|p| p.status != Status::Paid)
        {
            return Answer::error(400, 1, "결제완료된 에스크로 거래건이 아닙니다.");
        }
        for key in ["sender", "receiver"] {
            if !body.get(key).is_some_and(Value::is_object) {
                return Answer::bad(key);
            }
        }
        let logis = body.get("logis").cloned().unwrap_or(Value::Null);
        let fields = (
            required(&logis, "company"),
            required(&logis, "invoice"),
            logis
                .get("sent_at")
                .and_then(Value::as_i64)
                .ok_or_else(|| Answer::bad("logis.sent_at")),
        );
        let (company, invoice, sent_at) = match fields {
            (Ok(c), Ok(i), Ok(s)) => (c, i, s),
            (Err(answer), _, _) | (_, Err(answer), _) | (_, _, Err(answer)) => return answer,
        };
        let known = self.logis.contains_key(imp_uid);
        if edit && !known {
            return Answer::error(404, 1, "등록된 배송정보가 없습니다.");
        }
        if !edit && known {
            return Answer::error(409, 1, "이미 배송정보가 등록된 거래건입니다.");
        }
        if let Some(payment) = self.payments.get_mut(index) {
            payment.escrow = true;
        }
        let entry = Logis {
            company,
            invoice,
            sent_at,
            applied_at: self.now(),
        };
        let answer = Answer::ok(logis_json(&entry));
        self.logis.insert(imp_uid.to_owned(), entry);
        answer
    }

    /// `GET /escrows/logis/{imp_uid}`.
    pub(crate) fn get_logis(&self, imp_uid: &str) -> Answer {
        self.logis.get(imp_uid).map_or_else(
            || Answer::error(404, 1, "등록된 배송정보가 없습니다."),
            |l| Answer::ok(logis_json(l)),
        )
    }

    // ---- The checkout window (browser side).

    /// A payment made in the simulated checkout window: paid, or failed
    /// with `reason`; a prepared amount that differs fails it.
    pub(crate) fn window_payment(&mut self, params: &Value, pay: Result<(), String>) -> usize {
        let merchant_uid = text(params, "merchant_uid").unwrap_or_default();
        let amount = params
            .get("amount")
            .and_then(Money::from_json)
            .unwrap_or(Money::ZERO);
        let currency = text(params, "currency").unwrap_or_else(|| "KRW".to_owned());
        if let Some(uid) = text(params, "customer_uid")
            && pay.is_ok()
        {
            // The window issues the billing key a `customer_uid` asks for.
            self.add_billing_key(&uid);
        }
        let charge = Charge {
            merchant_uid,
            amount,
            currency,
            name: text(params, "name"),
            customer_uid: text(params, "customer_uid"),
            usage: text(params, "customer_uid").map(|_| "issue"),
            behaviour: match pay {
                Ok(()) => CardBehaviour::Pay,
                Err(reason) => CardBehaviour::Decline(reason),
            },
            body: params,
        };
        let index = self.charge(&charge);
        if let Some(payment) = self.payments.get_mut(index) {
            payment.channel = "pc";
            payment.card = false;
            if let Some(method) = text(params, "pay_method") {
                payment.pay_method = method;
            }
            if let Some(pg) = text(params, "pg") {
                pg.split('.')
                    .next()
                    .unwrap_or("nice")
                    .clone_into(&mut payment.pg_provider);
            }
        }
        if self
            .payments
            .get(index)
            .is_some_and(|p| p.status == Status::Paid)
        {
            self.queue_webhook(index, None);
        }
        index
    }

    /// A summary of every payment, for `Sim::state`.
    pub(crate) fn payment_summaries(&self) -> Vec<PaymentSummary> {
        self.payments
            .iter()
            .map(|p| PaymentSummary {
                imp_uid: p.imp_uid.clone(),
                merchant_uid: p.merchant_uid.clone(),
                status: p.status,
                amount: p.amount.to_json(),
                cancel_amount: p.cancel_amount.to_json(),
                customer_uid: p.customer_uid.clone(),
            })
            .collect()
    }

    /// Every schedule, as `Sim::state` lists it.
    pub(crate) fn schedule_summaries(&self) -> Vec<ScheduleSummary> {
        self.schedules
            .iter()
            .map(|s| ScheduleSummary {
                merchant_uid: s.merchant_uid.clone(),
                customer_uid: s.customer_uid.clone(),
                schedule_at: s.schedule_at,
                schedule_status: s.status.to_owned(),
                imp_uid: s.imp_uid.clone(),
            })
            .collect()
    }
}

/// A payment a test puts in place ([`crate::Sim::add_payment`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewPayment {
    imp_uid: Option<String>,
    merchant_uid: String,
    status: Status,
    amount: i64,
    started_at: Option<i64>,
}

impl NewPayment {
    /// A payment of `merchant_uid` in `status`, of `amount` won, started
    /// now.
    #[must_use]
    pub fn new(merchant_uid: impl Into<String>, status: Status, amount: i64) -> NewPayment {
        NewPayment {
            imp_uid: None,
            merchant_uid: merchant_uid.into(),
            status,
            amount,
            started_at: None,
        }
    }

    /// Its `imp_uid` (default: the simulator's next one).
    #[must_use]
    pub fn imp_uid(mut self, imp_uid: impl Into<String>) -> NewPayment {
        self.imp_uid = Some(imp_uid.into());
        self
    }

    /// When it started, Unix seconds (default: the simulator's now).
    #[must_use]
    pub fn started_at(mut self, at: i64) -> NewPayment {
        self.started_at = Some(at);
        self
    }
}

/// A payment as `Sim::state` lists it.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct PaymentSummary {
    /// `imp_uid`.
    pub imp_uid: String,
    /// `merchant_uid`.
    pub merchant_uid: String,
    /// Its status.
    pub status: Status,
    /// `amount`, a JSON number.
    pub amount: Value,
    /// `cancel_amount`, a JSON number.
    pub cancel_amount: Value,
    /// The billing key it was charged on, if any.
    pub customer_uid: Option<String>,
}

/// A schedule as `Sim::state` lists it.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct ScheduleSummary {
    /// `merchant_uid`.
    pub merchant_uid: String,
    /// `customer_uid`.
    pub customer_uid: String,
    /// `schedule_at`, Unix seconds.
    pub schedule_at: i64,
    /// `scheduled`, `executed` or `revoked`.
    pub schedule_status: String,
    /// The payment it made, once executed.
    pub imp_uid: Option<String>,
}

fn logis_json(l: &Logis) -> Value {
    json!({"company": l.company, "invoice": l.invoice, "sent_at": l.sent_at, "applied_at": l.applied_at})
}

/// What a card number does: one ending in `0002` is declined (as Stripe's
/// test cards do), every other one pays.
fn card_behaviour(card_number: &str) -> CardBehaviour {
    if card_number.trim_end().ends_with("0002") {
        CardBehaviour::Decline("카드 한도 초과".to_owned())
    } else {
        CardBehaviour::Pay
    }
}

/// A request's query: `key=value` pairs, `key[]` kept as given.
#[derive(Clone, Debug, Default)]
pub(crate) struct Query(pub(crate) Vec<(String, String)>);

impl Query {
    /// Parses a raw query string.
    pub(crate) fn parse(raw: Option<&str>) -> Query {
        Query(
            raw.map(|q| {
                url::form_urlencoded::parse(q.as_bytes())
                    .into_owned()
                    .collect()
            })
            .unwrap_or_default(),
        )
    }

    /// The first value of `key`.
    pub(crate) fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// Every value of `key[]` (or of `key`, as some clients send).
    pub(crate) fn all(&self, key: &str) -> Vec<String> {
        let bracketed = format!("{key}[]");
        self.0
            .iter()
            .filter(|(k, _)| *k == bracketed || k == key)
            .map(|(_, v)| v.clone())
            .collect()
    }
}

/// `page` (from 1) and `limit` (default 20, at most 1000, as the crate's
/// listing limits have it), or the 400 that names the bad one.
fn paging(query: &Query) -> Result<(usize, usize), Answer> {
    let number = |name: &str, default: usize| match query.get(name) {
        None => Ok(default),
        Some(text) => text.parse::<usize>().map_err(|_| Answer::bad(name)),
    };
    let page = number("page", 1)?.max(1);
    let limit = number("limit", 20)?;
    if limit == 0 || limit > 1000 {
        return Err(Answer::bad("limit"));
    }
    Ok((page, limit))
}

/// One page of payments as `PagedPaymentAnnotation`: `total`, `previous`
/// and `next` (0 when there is none), `list`.
fn page(list: &[&Payment], query: &Query) -> Answer {
    let (page, limit) = match paging(query) {
        Ok(p) => p,
        Err(answer) => return answer,
    };
    let start = page.saturating_sub(1).saturating_mul(limit);
    let items: Vec<Value> = list
        .iter()
        .skip(start)
        .take(limit)
        .map(|p| p.to_json())
        .collect();
    let next = if start.saturating_add(limit) < list.len() {
        page.saturating_add(1)
    } else {
        0
    };
    Answer::ok(json!({
        "total": list.len(),
        "previous": page.saturating_sub(1),
        "next": next,
        "list": items,
    }))
}

/// One page of schedules: a bare array, as the OpenAPI's
/// `ScheduleResponse` types it (its description says "paged"; `page` and
/// `limit` pick the slice).
fn schedule_page(list: &[&Schedule], query: &Query) -> Answer {
    let (page, limit) = match paging(query) {
        Ok(p) => p,
        Err(answer) => return answer,
    };
    let start = page.saturating_sub(1).saturating_mul(limit);
    let items: Vec<Value> = list
        .iter()
        .skip(start)
        .take(limit)
        .map(|s| s.to_json())
        .collect();
    Answer::ok(Value::Array(items))
}
