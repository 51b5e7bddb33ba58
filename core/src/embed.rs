//! Putting a payload into a checkout page without opening it to script
//! injection.
//!
//! `serde_json` escapes only `"`, `\` and control characters, so a `name`
//! of `</script><script>alert(1)</script>` pasted into a `<script>` element
//! ends the element and runs the attacker's script. [`ScriptSafeJson`]
//! writes `<`, `>`, `&`, U+2028 and U+2029 as `\uXXXX` escapes: still JSON
//! that parses back to the same text, but nothing in it can close the
//! element. Put it in a `<script type="application/json">` element and read
//! it with `JSON.parse` (not as a JavaScript object literal, where a
//! `__proto__` key would set the prototype):
//!
//! ```html
//! <script src="https://cdn.iamport.kr/v1/iamport.js"></script>
//! <!-- payment.to_script_element("payment-params") -->
//! <script type="application/json" id="payment-params">{"pg":"chai",...}</script>
//! <script>
//!   const params = JSON.parse(document.getElementById("payment-params").textContent);
//!   IMP.init("imp37739582"); // the merchant code (CHAI's public demo code here)
//!   IMP.request_pay(params, (rsp) => { /* CHAI answers by redirect instead */ });
//! </script>
//! ```

use crate::value::InvalidValue;

/// JSON for a `<script>` element, for every serializable type, a
/// merchant's own derived types included.
///
/// ```
/// use iamport::embed::ScriptSafeJson;
///
/// let payload = serde_json::json!({"name": "</script><script>alert(1)</script>"});
/// let json = payload.to_script_safe_json().unwrap();
/// assert_eq!(json, r#"{"name":"\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e"}"#);
/// // Still JSON, for the same text.
/// assert_eq!(serde_json::from_str::<serde_json::Value>(&json).unwrap(), payload);
///
/// let element = payload.to_script_element("payment-params").unwrap();
/// assert!(element.starts_with(r#"<script type="application/json" id="payment-params">"#));
/// assert!(payload.to_script_element(r#"x" onload="alert(1)"#).is_err());
/// ```
pub trait ScriptSafeJson: serde::Serialize {
    /// Compact JSON with `<`, `>`, `&`, U+2028 and U+2029 escaped as `\uXXXX`.
    ///
    /// # Errors
    ///
    /// When the value does not serialize.
    fn to_script_safe_json(&self) -> Result<String, serde_json::Error> {
        Ok(script_safe(&serde_json::to_string(self)?))
    }

    /// The `<script type="application/json" id="...">` element holding the
    /// script-safe JSON, for `JSON.parse(document.getElementById(id).textContent)`.
    ///
    /// # Errors
    ///
    /// When the value does not serialize, or `id` is not 1 to 64 ASCII
    /// letters, digits, `-` or `_`.
    fn to_script_element(&self, id: &str) -> Result<String, EmbedError> {
        let valid = !id.is_empty()
            && id.len() <= 64
            && id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if !valid {
            return Err(EmbedError::Id(InvalidValue::new(
                "id",
                "must be 1 to 64 ASCII letters, digits, `-` or `_`",
            )));
        }
        let json = self.to_script_safe_json().map_err(EmbedError::Json)?;
        Ok(format!(
            r#"<script type="application/json" id="{id}">{json}</script>"#
        ))
    }
}

impl<T: serde::Serialize + ?Sized> ScriptSafeJson for T {}

/// Why a value could not be embedded.
#[derive(Debug)]
pub enum EmbedError {
    /// The element id is not safe to write into the attribute.
    Id(InvalidValue),
    /// The value does not serialize.
    Json(serde_json::Error),
}

impl std::fmt::Display for EmbedError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EmbedError::Id(e) => e.fmt(f),
            EmbedError::Json(e) => write!(
                f,
                "does not serialize: {}",
                crate::value::clipped(&e.to_string(), 260)
            ),
        }
    }
}

impl std::error::Error for EmbedError {}

/// Escapes what could end a `<script>` element or a JavaScript line. The
/// characters only occur inside JSON strings, where `\uXXXX` means the same.
fn script_safe(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pitfall_string_round_trips_and_cannot_close_the_element() {
        let strings = [
            "</script><script>alert(1)</script>",
            "</SCRIPT >",
            "a\u{2028}b\u{2029}c",
            "\u{0}",
            "\u{1b}",
            "\u{202e}",
            "O'Brien \"Quote\" \\ back\\slash",
            "A, B & C: D=E",
            "${alert(1)}",
            "{{7*7}}",
            "<!--",
        ];
        for s in strings {
            let v = serde_json::json!({"name": s, "custom_data": {"note": s}});
            let json = v.to_script_safe_json().unwrap();
            assert!(
                !json.contains('<') && !json.contains('>') && !json.contains('&'),
                "{json}"
            );
            assert!(
                !json.contains('\u{2028}') && !json.contains('\u{2029}'),
                "{json}"
            );
            assert_eq!(serde_json::from_str::<serde_json::Value>(&json).unwrap(), v);
        }
    }
}
