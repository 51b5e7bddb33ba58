use std::borrow::Cow;
use std::fmt::{self, Write as _};

/// A value that breaks a documented rule, with the value's name and the rule.
///
/// Its text is always one line of at most 300 characters: input quoted in
/// it goes through [`quoted`], so no value can add a line or a terminal
/// escape, and a longer name or rule is cut with an ellipsis (`…`).
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
    /// Both are shown on one line of at most 300 characters: a line break
    /// or control character in either is written as an escape, a `what`
    /// longer than 64 characters and a `rule` longer than the rest of the
    /// line are cut with an ellipsis (`…`).
    pub fn new(what: impl Into<Cow<'static, str>>, rule: impl Into<Cow<'static, str>>) -> Self {
        let what = bounded(what.into(), QUOTE_MAX);
        // `invalid ``: ` takes 12 characters of the line.
        let room = LINE_MAX.saturating_sub(what.chars().count().saturating_add(12));
        InvalidValue {
            rule: bounded(rule.into(), room),
            what,
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

/// The longest line an error's text is, in characters.
pub(crate) const LINE_MAX: usize = 300;

/// `text` as one line of at most `max` characters ([`clipped`]), borrowed
/// when it is one already.
pub(crate) fn bounded(text: Cow<'static, str>, max: usize) -> Cow<'static, str> {
    let mut count = 0usize;
    let plain = text.chars().all(|c| {
        count = count.saturating_add(1);
        count <= max && !c.is_control() && !is_invisible(c)
    });
    if plain {
        text
    } else {
        Cow::Owned(clipped(&text, max))
    }
}

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

/// `text` as one line of at most `max` characters: control, invisible and
/// bidirectional characters escaped (`\n`, `\u{202e}`), and cut with an
/// ellipsis (`…`) when longer.
pub(crate) fn clipped(text: &str, max: usize) -> String {
    let piece = |c: char, buf: &mut String| {
        buf.clear();
        if c.is_control() || is_invisible(c) {
            push_escaped(buf, c);
        } else {
            buf.push(c);
        }
        buf.chars().count()
    };
    let mut buf = String::new();
    let mut total = 0usize;
    let fits = text.chars().all(|c| {
        total = total.saturating_add(piece(c, &mut buf));
        total <= max
    });
    let budget = if fits { max } else { max.saturating_sub(1) };
    let mut out = String::with_capacity(text.len().min(max.saturating_mul(4)));
    let mut count = 0usize;
    for c in text.chars() {
        let len = piece(c, &mut buf);
        if count.saturating_add(len) > budget {
            break;
        }
        out.push_str(&buf);
        count = count.saturating_add(len);
    }
    if !fits {
        out.push('…');
    }
    out
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

    #[test]
    fn clipped_is_one_bounded_line() {
        assert_eq!(clipped("abc", 3), "abc");
        assert_eq!(clipped("abcd", 3), "ab…");
        assert_eq!(clipped("a\nb", 10), "a\\nb");
        let long = clipped(&format!("{}\u{202e}", "x".repeat(900_000)), 300);
        assert_eq!(long.chars().count(), 300);
        assert!(long.ends_with('…'));
        for n in 0..12 {
            let text = "ab\ncd\u{1b}e".repeat(n);
            for max in 1..40 {
                let out = clipped(&text, max);
                assert!(out.chars().count() <= max, "{out:?} {max}");
                assert!(!out.chars().any(char::is_control), "{out:?}");
            }
        }
    }
}
