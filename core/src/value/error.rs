use std::borrow::Cow;
use std::fmt::{self, Write as _};

/// A value that breaks a documented rule, with the value's name and the rule.
///
/// Its text is always one line: input quoted in it goes through
/// [`quoted`], so no value can add a line or a terminal escape.
///
/// ```
/// let err = iamport::value::MerchantUid::new("").unwrap_err();
/// assert_eq!(err.to_string(), "invalid `merchant_uid`: must not be empty");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidValue {
    what: Cow<'static, str>,
    rule: Cow<'static, str>,
}

impl InvalidValue {
    /// An error about `what` (a field name such as `amount`), breaking `rule`
    /// (in words, such as `must be above 0`). For a merchant's own
    /// [`Validate`](crate::Validate) rules as well as the crate's.
    ///
    /// Both are shown on one line: a line break or control character in
    /// either is written as an escape.
    pub fn new(what: impl Into<Cow<'static, str>>, rule: impl Into<Cow<'static, str>>) -> Self {
        InvalidValue {
            what: one_line(what.into()),
            rule: one_line(rule.into()),
        }
    }

    /// The field or value the rule is about, such as `merchant_uid`.
    #[must_use]
    pub fn what(&self) -> &str {
        &self.what
    }

    /// The rule that does not hold, in words.
    #[must_use]
    pub fn rule(&self) -> &str {
        &self.rule
    }
}

impl fmt::Display for InvalidValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid `{}`: {}", self.what, self.rule)
    }
}

impl std::error::Error for InvalidValue {}

/// The longest part of an input that a message quotes, in characters.
const QUOTE_MAX: usize = 64;

/// Whether `c` is invisible or reorders text: the bidirectional controls,
/// zero-width characters and the like, which make a message show something
/// other than what it holds.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{17B4}'
            | '\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{2028}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF0}'..='\u{FFF8}'
            | '\u{E0000}'..='\u{E0FFF}'
    )
}

/// Input quoted for a message: in double quotes, with `"`, `\`, control,
/// invisible and bidirectional characters escaped (`\n`, `\u{202e}`), and
/// cut after 64 characters. The result is one line that shows what the
/// input holds.
///
/// ```
/// use iamport::value::quoted;
/// assert_eq!(quoted("a\nmerchant_uid: forged"), r#""a\nmerchant_uid: forged""#);
/// assert_eq!(quoted("\u{1b}[31m"), r#""\u{1b}[31m""#);
/// ```
#[must_use]
pub fn quoted(input: &str) -> String {
    let mut out = String::with_capacity(input.len().min(QUOTE_MAX.saturating_mul(4)));
    out.push('"');
    let mut chars = input.chars();
    for c in chars.by_ref().take(QUOTE_MAX) {
        push_escaped(&mut out, c);
    }
    out.push('"');
    let rest = chars.count();
    if rest > 0 {
        let _ = write!(out, " (and {rest} more characters)");
    }
    out
}

fn push_escaped(out: &mut String, c: char) {
    match c {
        '"' => out.push_str("\\\""),
        '\\' => out.push_str("\\\\"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        c if c.is_control() || is_invisible(c) => {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        }
        c => out.push(c),
    }
}

/// `text` with every control, invisible or bidirectional character
/// escaped, so that it is one line that shows what it holds.
pub(crate) fn one_line(text: Cow<'static, str>) -> Cow<'static, str> {
    if text.chars().any(|c| c.is_control() || is_invisible(c)) {
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            if c.is_control() || is_invisible(c) {
                push_escaped(&mut out, c);
            } else {
                out.push(c);
            }
        }
        Cow::Owned(out)
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_stay_one_line() {
        let err = InvalidValue::new("x\ny", "a\u{1b}[2Jb\u{202e}c");
        assert_eq!(err.to_string(), "invalid `x\\ny`: a\\u{1b}[2Jb\\u{202e}c");
        assert!(!err.to_string().contains('\n'));
        assert_eq!(
            quoted(&"a".repeat(70)),
            format!("\"{}\" (and 6 more characters)", "a".repeat(64))
        );
        assert_eq!(quoted("say \"hi\" \\"), r#""say \"hi\" \\""#);
    }
}
