use std::borrow::Cow;
use std::fmt;

/// A value that breaks a documented rule, with the value's name and the rule.
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
    pub fn new(what: impl Into<Cow<'static, str>>, rule: impl Into<Cow<'static, str>>) -> Self {
        InvalidValue {
            what: what.into(),
            rule: rule.into(),
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
