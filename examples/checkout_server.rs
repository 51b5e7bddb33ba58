//! A CHAI checkout page served on 127.0.0.1, and the `m_redirect_url`
//! handler that shows the result.
//!
//! ```sh
//! cargo run --example checkout_server -- --merchant-code imp37739582
//! ```
//!
//! `imp37739582` is CHAI's public demo merchant code (iamport-manual,
//! `비인증결제/example/chai-request-billing-key.md`). The first line printed
//! is the address (`--port 0`, the default, picks a free port).
//!
//! - `GET /checkout?order=..&name=..&buyer_name=..&buyer_addr=..&note=..`:
//!   the page. The payment is built with `ChaiPayment::builder()` from those
//!   values (defaults when absent; `note` goes into `custom_data`) and
//!   embedded with `ScriptSafeJson::to_script_element`; the page reads it
//!   with `JSON.parse` and hands it to `IMP.request_pay`.
//! - `GET /checkout.json?...`: the same payment as JSON.
//! - `GET /payments/complete?...`: the redirect handler; parses the query
//!   with `RedirectQuery` and shows it, HTML-escaped.

use std::io::Write;

use iamport::embed::ScriptSafeJson;
use iamport::outcome::RedirectQuery;
use iamport::request_pay::{ChaiPayment, CustomData};
use iamport::value::{Amount, HttpUrl, MerchantUid, OrderName};

type Error = Box<dyn std::error::Error + Send + Sync>;

struct Config {
    port: u16,
    merchant_code: String,
    iamport_js: String,
}

fn config() -> Result<Config, Error> {
    let mut config = Config {
        port: 0,
        merchant_code: "imp37739582".to_owned(),
        iamport_js: "https://cdn.iamport.kr/v1/iamport.js".to_owned(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "--port" => config.port = value()?.parse()?,
            "--merchant-code" => config.merchant_code = value()?,
            "--iamport-js" => config.iamport_js = value()?,
            other => {
                return Err(format!(
                    "unknown argument {other:?}; use --port, --merchant-code, --iamport-js"
                )
                .into());
            }
        }
    }
    Ok(config)
}

/// `&`, `<`, `>`, `"` and `'` as entities, for text and attribute values.
fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// One query parameter, percent-decoded (`+` is a space); `None` if absent
/// or badly encoded.
fn param(query: &str, key: &str) -> Option<String> {
    query.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (decode(k)? == key).then(|| decode(v)).flatten()
    })
}

fn decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'%' => {
                let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// The payment the page asks for: CHAI, 1,004 won, with the query's texts.
fn payment(query: &str, base: &str) -> Result<ChaiPayment, Error> {
    let text = |key: &str, default: &str| param(query, key).unwrap_or_else(|| default.to_owned());
    let note = text("note", "첫 주문");
    Ok(ChaiPayment::builder()
        .pg(iamport::request_pay::ChaiPg::default())
        .merchant_uid(MerchantUid::new(text("order", "order_no_0001"))?)
        .name(OrderName::new(text("name", "주문명:결제테스트"))?)
        .amount(Amount::new(1004)?)
        .buyer_name(text("buyer_name", "구매자이름"))
        .buyer_addr(text("buyer_addr", "서울특별시 강남구 삼성동"))
        .custom_data(CustomData::new(&serde_json::json!({ "note": note }))?)
        .m_redirect_url(HttpUrl::new(format!("{base}/payments/complete"))?)
        .build()?)
}

const STYLE: &str = "body{font-family:sans-serif;background:#f4f5f7;margin:0;padding:40px}\
main{max-width:420px;margin:auto;background:#fff;border-radius:12px;padding:28px;box-shadow:0 2px 12px #0002}\
h1{font-size:22px;margin:0 0 16px}dl{display:grid;grid-template-columns:auto 1fr;gap:8px 16px}\
dt{color:#666}dd{margin:0;word-break:break-all}button{width:100%;padding:14px;border:0;border-radius:8px;\
background:#ff5a00;color:#fff;font-size:17px;margin-top:18px;cursor:pointer}";

fn checkout_page(config: &Config, payment: &ChaiPayment, query: &str) -> Result<String, Error> {
    let shown =
        |key: &str, default: &str| html(&param(query, key).unwrap_or_else(|| default.to_owned()));
    let params = payment.to_script_element("iamport-payment")?;
    let code = config
        .merchant_code
        .to_script_element("iamport-merchant-code")?;
    Ok(format!(
        r#"<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>CHAI 결제</title>
<style>{STYLE}</style>
<script src="{js}"></script>
</head>
<body>
<main>
<h1>CHAI 간편결제</h1>
<dl>
<dt>주문</dt><dd id="order-name">{name}</dd>
<dt>구매자</dt><dd>{buyer}</dd>
<dt>주소</dt><dd>{addr}</dd>
<dt>금액</dt><dd>1,004원</dd>
</dl>
<button id="pay" type="button">CHAI로 결제하기</button>
</main>
{params}
{code}
<script>
const params = JSON.parse(document.getElementById("iamport-payment").textContent);
IMP.init(JSON.parse(document.getElementById("iamport-merchant-code").textContent));
document.getElementById("pay").addEventListener("click", () => {{
  // CHAI answers by redirect to m_redirect_url; the callback only sees errors before it.
  IMP.request_pay(params, (rsp) => {{ if (rsp.error_msg) document.getElementById("order-name").textContent += " (" + rsp.error_msg + ")"; }});
}});
</script>
</body>
</html>
"#,
        js = html(&config.iamport_js),
        name = shown("name", "주문명:결제테스트"),
        buyer = shown("buyer_name", "구매자이름"),
        addr = shown("buyer_addr", "서울특별시 강남구 삼성동"),
    ))
}

fn result_page(query: &str) -> String {
    let body = match RedirectQuery::parse(query) {
        Ok(q) => {
            let row = |k: &str, v: &Option<String>| {
                format!("<dt>{k}</dt><dd>{}</dd>", html(v.as_deref().unwrap_or("-")))
            };
            let status = match (&q.error_code, &q.error_msg, q.success) {
                (None, None, Some(true) | None) => {
                    "결제 요청이 끝났습니다: 서버가 GET /payments/{imp_uid}로 확인합니다"
                }
                _ => "결제가 완료되지 않았습니다",
            };
            format!(
                "<h1>{}</h1><dl>{}{}{}{}</dl>",
                html(status),
                row("imp_uid", &q.imp_uid),
                row("merchant_uid", &q.merchant_uid),
                row("error_code", &q.error_code),
                row("error_msg", &q.error_msg)
            )
        }
        Err(e) => format!("<h1>잘못된 결과 주소</h1><p>{}</p>", html(&e.to_string())),
    };
    format!(
        "<!doctype html><html lang=\"ko\"><head><meta charset=\"utf-8\"><title>결제 결과</title><style>{STYLE}</style></head><body><main>{body}</main></body></html>\n"
    )
}

fn respond(request: tiny_http::Request, status: u16, content_type: &str, body: String) {
    let header = tiny_http::Header::from_bytes("Content-Type", content_type).ok();
    let mut response = tiny_http::Response::from_string(body).with_status_code(status);
    if let Some(h) = header {
        response = response.with_header(h);
    }
    let _ = request.respond(response);
}

fn main() -> Result<(), Error> {
    let config = config()?;
    let server = tiny_http::Server::http(("127.0.0.1", config.port))?;
    let base = format!(
        "http://{}",
        server.server_addr().to_ip().ok_or("not an IP address")?
    );
    println!("listening on {base}");
    std::io::stdout().flush()?;
    for request in server.incoming_requests() {
        let url = request.url().to_owned();
        let (path, query) = url.split_once('?').unwrap_or((&url, ""));
        match path {
            "/" | "/checkout" => {
                match payment(query, &base).and_then(|p| checkout_page(&config, &p, query)) {
                    Ok(page) => respond(request, 200, "text/html; charset=utf-8", page),
                    Err(e) => respond(request, 400, "text/plain; charset=utf-8", format!("{e}\n")),
                }
            }
            "/checkout.json" => {
                match payment(query, &base).and_then(|p| Ok(serde_json::to_string(&p)?)) {
                    Ok(json) => respond(request, 200, "application/json", json),
                    Err(e) => respond(request, 400, "text/plain; charset=utf-8", format!("{e}\n")),
                }
            }
            "/payments/complete" => {
                respond(request, 200, "text/html; charset=utf-8", result_page(query));
            }
            _ => respond(
                request,
                404,
                "text/plain; charset=utf-8",
                "not found\n".to_owned(),
            ),
        }
    }
    Ok(())
}
