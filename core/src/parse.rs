//! Parsing a payload with the path of the value that broke a rule.

use std::fmt;

use crate::value::{LINE_MAX, clipped, quoted};

/// A payload that does not parse: the path of the value at fault (such as
/// `card.detail[1].card_code`) and what is wrong with it.
///
/// Its text is one line of at most 300 characters, and never holds the
/// value at fault: a card number sent as a number, or a secret in the wrong
/// place, is described by its JSON type only. Keys in the path are quoted
/// when they are not plain names (`custom_data["a\nb"]`); the path is the
/// deepest field that failed (`response.card_type`, not `response`), and a
/// path longer than 120 characters keeps its end (`…[3].card_type`). Long
/// values a message quotes (a 900,000-character `pay_method`) are cut with
/// an ellipsis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    path: String,
    message: String,
}

impl ParseError {
    /// The path of the value at fault, `.` for the payload as a whole.
    #[must_use]
    pub fn path(&self) -> &str {
        &self.path
    }

    /// What is wrong, without the path.
    #[must_use]
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "at `{}`: {}", self.path, self.message)
    }
}

impl std::error::Error for ParseError {}

/// Parses JSON text into a request type, running every check the builder
/// runs; the error names the path of the value at fault.
///
/// ```
/// use iamport::request_pay::OneOffPayment;
///
/// let err = iamport::from_json::<OneOffPayment>(
///     r#"{"merchant_uid": "m", "amount": 1000, "card": {"detail": [{"card_code": "999"}]}}"#,
/// )
/// .unwrap_err();
/// assert_eq!(err.path(), "card.detail[0].card_code");
/// assert!(err.to_string().starts_with("at `card.detail[0].card_code`: invalid `CardCode`: unknown value \"999\""));
/// ```
///
/// # Errors
///
/// [`ParseError`] when the text is not JSON, has the wrong shape, or holds
/// a value that breaks a rule.
pub fn from_json<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, ParseError> {
    // Most text parses: read it once without tracking the path (tracking
    // allocates a string per key), and read it again with tracking only to
    // say where it failed. Both reads see the same text and the same rules.
    if let Ok(value) = serde_json::from_str(json) {
        return Ok(value);
    }
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let value = serde_path_to_error::deserialize(&mut deserializer)
        .map_err(|e| ParseError::bounded(render_path(e.path()), &clean_message(e.inner())))?;
    deserializer
        .end()
        .map_err(|e| ParseError::bounded(".".to_owned(), &clean_message(&e)))?;
    Ok(value)
}

/// The longest path an error shows, in characters.
const PATH_MAX: usize = 120;

impl ParseError {
    /// The error at `path`, its text one line of at most [`LINE_MAX`]
    /// characters: a longer path keeps its end (the field at fault), and
    /// the message is cut to the rest of the line.
    fn bounded(path: String, message: &str) -> Self {
        let count = path.chars().count();
        let path = if count > PATH_MAX {
            let skip = count.saturating_sub(PATH_MAX.saturating_sub(1));
            let mut cut = String::from("…");
            cut.extend(path.chars().skip(skip));
            cut
        } else {
            path
        };
        // `at ``: ` takes 7 characters of the line.
        let room = LINE_MAX.saturating_sub(path.chars().count().saturating_add(7));
        ParseError {
            message: clipped(message, room),
            path,
        }
    }
}

/// The path with every key that is not a plain name quoted.
fn render_path(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path {
        match segment {
            Segment::Seq { index } => {
                out.push('[');
                out.push_str(&index.to_string());
                out.push(']');
            }
            Segment::Map { key } => {
                let plain = !key.is_empty()
                    && key
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '$'));
                if plain {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(key);
                } else {
                    out.push('[');
                    out.push_str(&quoted(key));
                    out.push(']');
                }
            }
            Segment::Enum { variant } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(&quoted(variant));
            }
            Segment::Unknown => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push('?');
            }
        }
    }
    if out.is_empty() {
        out.push('.');
    }
    out
}

/// `serde_json`'s message made safe to show: the value in an "invalid type"
/// or "invalid value" message is replaced by its JSON type (it may be a
/// secret sent in the wrong place), a name in an "unknown variant" or
/// "unknown field" message is quoted, the position is kept only for a
/// syntax error, and the whole is one line of at most [`LINE_MAX`]
/// characters.
pub(crate) fn clean_message(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let full = e.to_string();
    let text = match e.classify() {
        Category::Data if e.line() > 0 => {
            let suffix = format!(" at line {} column {}", e.line(), e.column());
            full.strip_suffix(&suffix).unwrap_or(&full).to_owned()
        }
        _ => full,
    };
    clipped(&redact(&text), LINE_MAX)
}

fn redact(text: &str) -> String {
    for prefix in ["invalid type: ", "invalid value: "] {
        if let Some(rest) = text.strip_prefix(prefix)
            && let Some(at) = rest.rfind(", expected ")
        {
            let (unexpected, expected) = rest.split_at(at);
            let kind = unexpected
                .split(['`', '"'])
                .next()
                .unwrap_or_default()
                .trim();
            let kind = if kind.is_empty() { "a value" } else { kind };
            return format!("{prefix}{kind}{expected}");
        }
    }
    for prefix in ["unknown variant `", "unknown field `"] {
        if let Some(rest) = text.strip_prefix(prefix)
            && let Some(at) = rest.rfind("`, ")
        {
            let (name, tail) = rest.split_at(at);
            let tail = tail.strip_prefix('`').unwrap_or(tail);
            let head = prefix.strip_suffix('`').unwrap_or(prefix);
            return format!("{head}{}{tail}", quoted(name));
        }
    }
    text.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_not_echoed() {
        assert_eq!(
            redact("invalid type: integer `4111222233334444`, expected a string"),
            "invalid type: integer, expected a string"
        );
        assert_eq!(
            redact("invalid type: string \"a, expected b\", expected u8"),
            "invalid type: string, expected u8"
        );
        assert_eq!(
            redact("unknown variant `x\ny`, expected `a`"),
            "unknown variant \"x\\ny\", expected `a`"
        );
    }

    /// A long path keeps its end, and the line stays within 300
    /// characters whatever the message.
    #[test]
    fn errors_are_bounded() {
        let path = format!("{}.card_type", "a.".repeat(500));
        let err = ParseError::bounded(path, &"m\n".repeat(10_000));
        assert!(err.path().ends_with(".card_type"), "{}", err.path());
        assert!(err.path().starts_with('…'));
        assert_eq!(err.path().chars().count(), PATH_MAX);
        let line = err.to_string();
        assert_eq!(line.chars().count(), LINE_MAX, "{line}");
        assert!(line.ends_with('…') && !line.contains('\n'), "{line}");
        let short = ParseError::bounded("a.b".to_owned(), "is wrong");
        assert_eq!(short.to_string(), "at `a.b`: is wrong");
    }
}
