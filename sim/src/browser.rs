//! The browser side: a stand-in for `iamport.js` (`IMP.init`,
//! `IMP.request_pay`) and a simulated payment window.
//!
//! `IMP.request_pay(params, callback)` checks the params as the SDK does
//! (sdk-request-pay.md: `merchant_uid` a string, `amount` a JSON number;
//! CHAI needs `pay_method: "trans"` and `m_redirect_url`, its result comes
//! by redirect), then opens the window. In the window the buyer, a test or
//! a person, chooses pay, fail or close; a choice scripted for the order
//! (`Sim::choose`, `POST /__sim/choices/{merchant_uid}`) is taken without a
//! click. The outcome comes back by redirect to `m_redirect_url`, with the
//! documented query (`imp_uid`, `merchant_uid`, `imp_success`,
//! `error_code`, `error_msg`; the URL's own query kept), or to
//! the callback as the `rsp` object.

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde_json::{Value, json};

use crate::server::{Choice, Shared, lock, send_webhooks};

/// The stand-in `iamport.js`.
const IAMPORT_JS: &str = r#"(function () {
  'use strict';
  var script = document.currentScript;
  var base = script ? new URL(script.src).origin : '';
  var merchantCode = null;
  function fail(callback, message) {
    var rsp = { success: false, imp_success: false, error_code: 'F400', error_msg: message };
    if (typeof callback === 'function') { callback(rsp); }
    return rsp;
  }
  function check(params) {
    if (merchantCode === null) { return 'IMP.init(merchant code) was not called'; }
    if (params === null || typeof params !== 'object') { return 'params must be an object'; }
    if (typeof params.merchant_uid !== 'string' || params.merchant_uid === '') { return 'merchant_uid: a non-empty string is required'; }
    if (typeof params.amount !== 'number' || !isFinite(params.amount) || params.amount < 0) { return 'amount: a JSON number is required'; }
    var pg = typeof params.pg === 'string' ? params.pg.split('.')[0] : '';
    if (pg === 'chai') {
      if (params.pay_method !== 'trans') { return 'pay_method: CHAI takes "trans"'; }
      if (typeof params.m_redirect_url !== 'string' || !/^https?:\/\//.test(params.m_redirect_url)) { return 'm_redirect_url: CHAI returns its result by redirect'; }
    }
    return null;
  }
  function choose(id, choice) {
    return fetch(base + '/__sim/window/' + id + '/choose', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ choice: choice })
    }).then(function (r) { return r.json(); });
  }
  function overlay(id, params, callback) {
    var box = document.createElement('div');
    box.id = 'iamport-sim-window';
    box.setAttribute('role', 'dialog');
    box.style.cssText = 'position:fixed;inset:0;background:rgba(0,0,0,.5);display:flex;align-items:center;justify-content:center;z-index:2147483647';
    var panel = document.createElement('div');
    panel.style.cssText = 'background:#fff;padding:24px;border-radius:8px;font:16px sans-serif';
    var title = document.createElement('p');
    title.textContent = String(params.name || '') + ' ' + String(params.amount);
    panel.appendChild(title);
    [['pay', '결제'], ['fail', '실패'], ['close', '닫기']].forEach(function (b) {
      var button = document.createElement('button');
      button.type = 'button';
      button.id = 'iamport-sim-' + b[0];
      button.textContent = b[1];
      button.onclick = function () {
        box.remove();
        choose(id, b[0]).then(function (rsp) { if (typeof callback === 'function') { callback(rsp); } });
      };
      panel.appendChild(button);
    });
    box.appendChild(panel);
    document.body.appendChild(box);
  }
  window.IMP = {
    // What the page handed over, for a test to read.
    sim: { merchant_code: null, last_params: null },
    init: function (code) { merchantCode = String(code); window.IMP.sim.merchant_code = merchantCode; },
    request_pay: function (params, callback) {
      var problem = check(params);
      if (problem !== null) { return fail(callback, problem); }
      window.IMP.sim.last_params = JSON.parse(JSON.stringify(params));
      var request = { merchant_code: merchantCode, params: params };
      if (typeof params.m_redirect_url === 'string' && params.m_redirect_url !== '') {
        // A redirect flow is a navigation, which a page's connect-src does
        // not restrict.
        window.location.href = base + '/__sim/window?request=' + encodeURIComponent(JSON.stringify(request));
        return;
      }
      fetch(base + '/__sim/window', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request)
      }).then(function (r) { return r.json(); }).then(function (opened) {
        if (opened.choice) {
          choose(opened.id, opened.choice).then(function (rsp) { if (typeof callback === 'function') { callback(rsp); } });
        } else {
          overlay(opened.id, params, callback);
        }
      });
    }
  };
})();
"#;

pub(crate) fn routes() -> Router<Shared> {
    Router::new()
        .route("/iamport.js", get(script))
        .route("/__sim/window", post(open).get(open_by_navigation))
        .route("/__sim/window/{id}", get(page))
        .route("/__sim/window/{id}/choose", post(choose))
}

async fn script() -> Response {
    let mut response = IAMPORT_JS.into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/javascript; charset=utf-8"),
    );
    response
}

fn choice_word(choice: &Choice) -> &'static str {
    match choice {
        Choice::Pay => "pay",
        Choice::Fail(_) => "fail",
        Choice::Close => "close",
    }
}

/// `POST /__sim/window` with `{merchant_code, params}`: opens a window;
/// answers its id and the choice scripted for the order, if any.
async fn open(State(shared): State<Shared>, body: Bytes) -> Response {
    let Ok(opened) = serde_json::from_slice::<Value>(&body) else {
        return (
            StatusCode::BAD_REQUEST,
            "a JSON object {merchant_code, params}",
        )
            .into_response();
    };
    let Some(params) = opened.get("params").filter(|p| p.is_object()).cloned() else {
        return (StatusCode::BAD_REQUEST, "params: an object").into_response();
    };
    let mut inner = lock(&shared);
    let merchant_uid = params
        .get("merchant_uid")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let choice = inner.choices.get(merchant_uid).map(choice_word);
    inner.windows.push(params);
    let id = inner.windows.len().saturating_sub(1);
    crate::server::json_response(200, &json!({"id": id, "choice": choice}))
}

/// `GET /__sim/window?request={merchant_code, params}` (a redirect flow's
/// navigation): opens a window and sends the browser to it.
async fn open_by_navigation(State(shared): State<Shared>, RawQuery(query): RawQuery) -> Response {
    let request = query.as_deref().and_then(|q| {
        url::form_urlencoded::parse(q.as_bytes())
            .find(|(k, _)| k == "request")
            .map(|(_, v)| v.into_owned())
    });
    let Some(request) = request else {
        return (
            StatusCode::BAD_REQUEST,
            "request: the JSON {merchant_code, params}",
        )
            .into_response();
    };
    let opened = open(State(shared), Bytes::from(request)).await;
    if !opened.status().is_success() {
        return opened;
    }
    let Ok(body) = axum::body::to_bytes(opened.into_body(), 1 << 16).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let id = serde_json::from_slice::<Value>(&body)
        .ok()
        .and_then(|v| v.get("id").and_then(Value::as_u64))
        .unwrap_or(0);
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(location) = HeaderValue::from_str(&format!("/__sim/window/{id}")) {
        response.headers_mut().insert(header::LOCATION, location);
    }
    response
}

fn escape_html(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '<' => "&lt;".to_owned(),
            '>' => "&gt;".to_owned(),
            '&' => "&amp;".to_owned(),
            '"' => "&quot;".to_owned(),
            '\'' => "&#39;".to_owned(),
            c => c.to_string(),
        })
        .collect()
}

/// `GET /__sim/window/{id}`: the window of a redirect flow, three
/// buttons; a scripted choice submits itself.
async fn page(State(shared): State<Shared>, Path(id): Path<usize>) -> Response {
    let inner = lock(&shared);
    let Some(params) = inner.windows.get(id) else {
        return (StatusCode::NOT_FOUND, "no such window").into_response();
    };
    let merchant_uid = params
        .get("merchant_uid")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let scripted = inner.choices.get(merchant_uid).map(choice_word);
    let name = params
        .get("name")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let amount = params
        .get("amount")
        .map(Value::to_string)
        .unwrap_or_default();
    let auto = scripted.map_or(String::new(), |c| {
        format!("<script>document.getElementById('iamport-sim-{c}').click();</script>")
    });
    let html = format!(
        "<!doctype html><html lang=\"ko\"><meta charset=\"utf-8\"><title>iamport-sim 결제창</title>\
         <p id=\"order\">{} {}</p>\
         <form method=\"post\" action=\"/__sim/window/{id}/choose\">\
         <button id=\"iamport-sim-pay\" name=\"choice\" value=\"pay\">결제</button>\
         <button id=\"iamport-sim-fail\" name=\"choice\" value=\"fail\">실패</button>\
         <button id=\"iamport-sim-close\" name=\"choice\" value=\"close\">닫기</button>\
         </form>{auto}</html>",
        escape_html(name),
        escape_html(&amount),
    );
    let mut response = html.into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    response
}

/// `POST /__sim/window/{id}/choose` (a form or JSON `{choice}`): the
/// buyer's choice. Pay makes a paid payment (unless the prepared amount
/// differs); fail and close make a failed one. A redirect flow answers
/// 302 to `m_redirect_url`; a callback flow answers the `rsp` object.
async fn choose(
    State(shared): State<Shared>,
    Path(id): Path<usize>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let form = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    let word = if form {
        url::form_urlencoded::parse(&body)
            .find(|(k, _)| k == "choice")
            .map(|(_, v)| v.into_owned())
    } else {
        serde_json::from_slice::<Value>(&body)
            .ok()
            .and_then(|v| v.get("choice").and_then(Value::as_str).map(str::to_owned))
    };
    let (rsp, redirect, outbox) = {
        let mut inner = lock(&shared);
        let Some(params) = inner.windows.get(id).cloned() else {
            return (StatusCode::NOT_FOUND, "no such window").into_response();
        };
        let merchant_uid = params
            .get("merchant_uid")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned();
        let scripted = inner.choices.get(&merchant_uid).cloned();
        let choice = match (word.as_deref(), scripted) {
            (Some("fail"), Some(Choice::Fail(message))) => Choice::Fail(message),
            (Some("pay"), _) => Choice::Pay,
            (Some("fail"), _) => Choice::Fail("카드 승인에 실패하였습니다.".to_owned()),
            (Some("close"), _) => Choice::Close,
            _ => return (StatusCode::BAD_REQUEST, "choice: pay, fail or close").into_response(),
        };
        let (outcome, error_code) = match &choice {
            Choice::Pay => (Ok(()), None),
            Choice::Fail(message) => (Err(message.clone()), Some("F0001")),
            Choice::Close => (
                Err("사용자가 결제를 취소하셨습니다".to_owned()),
                Some("F1002"),
            ),
        };
        let index = inner.world.window_payment(&params, outcome);
        let payment = inner
            .world
            .payments
            .get(index)
            .map_or(Value::Null, crate::world::Payment::to_json);
        let paid = payment.get("status").and_then(Value::as_str) == Some("paid");
        let field = |key: &str| payment.get(key).cloned().unwrap_or(Value::Null);
        let rsp = json!({
            "success": paid,
            "imp_success": paid,
            "imp_uid": field("imp_uid"),
            "merchant_uid": field("merchant_uid"),
            "pay_method": field("pay_method"),
            "paid_amount": if paid { field("amount") } else { Value::Null },
            "status": field("status"),
            "name": field("name"),
            "pg_provider": field("pg_provider"),
            "pg_tid": field("pg_tid"),
            "buyer_name": field("buyer_name"),
            "buyer_email": field("buyer_email"),
            "buyer_tel": field("buyer_tel"),
            "buyer_addr": field("buyer_addr"),
            "buyer_postcode": field("buyer_postcode"),
            "custom_data": params.get("custom_data").cloned().unwrap_or(Value::Null),
            "paid_at": field("paid_at"),
            "receipt_url": field("receipt_url"),
            "error_code": if paid { Value::Null } else { json!(error_code.unwrap_or("F0001")) },
            "error_msg": if paid { Value::Null } else { field("fail_reason") },
        });
        let redirect = params
            .get("m_redirect_url")
            .and_then(Value::as_str)
            .filter(|u| !u.is_empty())
            .map(str::to_owned);
        (rsp, redirect, std::mem::take(&mut inner.world.outbox))
    };
    send_webhooks(&shared, outbox).await;
    match redirect {
        Some(target) => redirect_to(&target, &rsp),
        None => crate::server::json_response(200, &rsp),
    }
}

/// 302 to `target` with the redirect query appended to its own.
fn redirect_to(target: &str, rsp: &Value) -> Response {
    let Ok(mut url) = url::Url::parse(target) else {
        return (StatusCode::BAD_REQUEST, "m_redirect_url is not a URL").into_response();
    };
    let success = rsp.get("success").and_then(Value::as_bool).unwrap_or(false);
    {
        let mut query = url.query_pairs_mut();
        for key in ["imp_uid", "merchant_uid"] {
            if let Some(value) = rsp.get(key).and_then(Value::as_str) {
                query.append_pair(key, value);
            }
        }
        // One of the two names PortOne uses (`imp_success`; `success` on
        // some PGs), never both.
        query.append_pair("imp_success", if success { "true" } else { "false" });
        if !success {
            for key in ["error_code", "error_msg"] {
                if let Some(value) = rsp.get(key).and_then(Value::as_str) {
                    query.append_pair(key, value);
                }
            }
        }
    }
    let mut response = StatusCode::FOUND.into_response();
    if let Ok(location) = HeaderValue::from_str(url.as_str()) {
        response.headers_mut().insert(header::LOCATION, location);
    }
    response
}
