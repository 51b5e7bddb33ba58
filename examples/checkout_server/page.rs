//! The HTML the example serves: the checkout page and the result page.
//! Every text that came from a request is HTML-escaped; the payment reaches
//! the page's script as script-safe JSON, never as script text.

use iamport::embed::ScriptSafeJson;
use iamport::request_pay::ChaiPayment;

/// `&`, `<`, `>`, `"` and `'` as entities, for text and attribute values.
pub(crate) fn html(text: &str) -> String {
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

const STYLE: &str = "body{font-family:sans-serif;background:#f4f5f7;margin:0;padding:40px}\
main{max-width:420px;margin:auto;background:#fff;border-radius:12px;padding:28px;box-shadow:0 2px 12px #0002}\
h1{font-size:22px;margin:0 0 16px}dl{display:grid;grid-template-columns:auto 1fr;gap:8px 16px}\
dt{color:#666}dd{margin:0;word-break:break-all}button{width:100%;padding:14px;border:0;border-radius:8px;\
background:#ff5a00;color:#fff;font-size:17px;margin-top:18px;cursor:pointer}";

/// The checkout page. Its two scripts (iamport.js and the inline one) and
/// its style carry `nonce`, which the page's Content-Security-Policy names.
pub(crate) fn checkout(
    nonce: &str,
    iamport_js: &str,
    merchant_code: &str,
    payment: &ChaiPayment,
    form: &super::Form,
    test_mode: bool,
) -> Result<String, iamport::embed::EmbedError> {
    let params = payment.to_script_element("iamport-payment")?;
    let code = merchant_code.to_script_element("iamport-merchant-code")?;
    Ok(format!(
        r#"<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>CHAI 결제</title>
<style nonce="{nonce}">{STYLE}</style>
<script nonce="{nonce}" src="{js}"></script>
</head>
<body>
<main>
{banner}<h1>CHAI 간편결제</h1>
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
<script nonce="{nonce}">
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
        banner = banner(test_mode),
        js = html(iamport_js),
        name = html(&form.name),
        buyer = html(&form.buyer_name),
        addr = html(&form.buyer_addr),
    ))
}

/// How a payment turned out, as the result page and the webhook say it.
pub(crate) enum Verdict {
    /// Paid, and it matches the order.
    Paid {
        imp_uid: String,
        merchant_uid: String,
    },
    /// The PG or PortOne says it failed (or the buyer stopped).
    Failed { rows: Vec<(&'static str, String)> },
    /// PortOne's payment differs from the order: never fulfil it.
    Mismatch { reason: String },
    /// The order's payment was cancelled at PortOne before the shop saw
    /// it paid: never fulfil it.
    Cancelled { imp_uid: String },
    /// The hint names no order this server made.
    UnknownOrder,
    /// The hint itself is malformed.
    BadHint { reason: String },
    /// PortOne could not be asked; the outcome is not known yet.
    Unavailable,
}

impl Verdict {
    /// The one word the page and the webhook answer with.
    pub(crate) fn word(&self) -> &'static str {
        match self {
            Verdict::Paid { .. } => "paid",
            Verdict::Failed { .. } => "failed",
            Verdict::Mismatch { .. } => "mismatch",
            Verdict::Cancelled { .. } => "cancelled",
            Verdict::UnknownOrder => "unknown order",
            Verdict::BadHint { .. } => "bad request",
            Verdict::Unavailable => "unavailable",
        }
    }
}

/// The cart: what the shop sells, and a form that creates the order.
pub(crate) fn cart(nonce: &str, test_mode: bool) -> String {
    format!(
        "<!doctype html><html lang=\"ko\"><head><meta charset=\"utf-8\"><title>장바구니</title>\
<style nonce=\"{nonce}\">{STYLE}</style></head><body><main>{banner}<h1>장바구니</h1>\
<form method=\"post\" action=\"/orders\"><dl>\
<dt>주문</dt><dd><input name=\"name\" value=\"주문명:결제테스트\"></dd>\
<dt>구매자</dt><dd><input name=\"buyer_name\" value=\"구매자이름\"></dd>\
<dt>주소</dt><dd><input name=\"buyer_addr\" value=\"서울특별시 강남구 삼성동\"></dd>\
<dt>메모</dt><dd><input name=\"note\" value=\"첫 주문\"></dd>\
<dt>금액</dt><dd>1,004원</dd></dl>\
<button id=\"order\" type=\"submit\">주문하기</button></form></main></body></html>\n",
        banner = banner(test_mode),
    )
}

/// The line both pages show in test mode.
fn banner(test_mode: bool) -> &'static str {
    if test_mode {
        "<p id=\"test-mode\">테스트 모드: 테스트 채널의 결제를 받습니다 (실제 결제가 아닙니다)</p>\n"
    } else {
        ""
    }
}

/// The page `m_redirect_url` shows.
pub(crate) fn result(nonce: &str, verdict: &Verdict, test_mode: bool) -> String {
    let row = |k: &str, v: &str| format!("<dt>{k}</dt><dd>{}</dd>", html(v));
    let (title, body) = match verdict {
        Verdict::Paid {
            imp_uid,
            merchant_uid,
        } => (
            "결제가 완료되었습니다",
            format!(
                "<dl>{}{}</dl>",
                row("imp_uid", imp_uid),
                row("merchant_uid", merchant_uid)
            ),
        ),
        Verdict::Failed { rows } => (
            "결제가 완료되지 않았습니다",
            format!(
                "<dl>{}</dl>",
                rows.iter().map(|(k, v)| row(k, v)).collect::<String>()
            ),
        ),
        Verdict::Mismatch { reason } => (
            "결제 정보가 주문과 다릅니다",
            format!("<p>{}</p>", html(reason)),
        ),
        Verdict::Cancelled { imp_uid } => (
            "결제가 취소되었습니다",
            format!("<dl>{}</dl>", row("imp_uid", imp_uid)),
        ),
        Verdict::UnknownOrder => ("알 수 없는 주문입니다", String::new()),
        Verdict::BadHint { reason } => ("잘못된 결과 주소", format!("<p>{}</p>", html(reason))),
        Verdict::Unavailable => (
            "결제 결과를 아직 확인하지 못했습니다",
            "<p>잠시 후 다시 확인해 주세요.</p>".to_owned(),
        ),
    };
    format!(
        "<!doctype html><html lang=\"ko\"><head><meta charset=\"utf-8\"><title>결제 결과</title>\
<style nonce=\"{nonce}\">{STYLE}</style></head><body><main data-outcome=\"{word}\">{banner}<h1>{title}</h1>\
<p id=\"outcome\">{word}</p>{body}</main></body></html>\n",
        word = verdict.word(),
        banner = banner(test_mode),
    )
}
