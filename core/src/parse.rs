//! Parsing a payload with the path of the value that broke a rule.

use std::fmt;

/// A payload that does not parse: the path of the value at fault (such as
/// `card.detail[1].card_code`) and what is wrong with it.
#[derive(Debug)]
pub struct ParseError {
    path: String,
    inner: serde_json::Error,
}

impl ParseError {
    /// The path of the value at fault, `.` for the payload as a whole.
    #[must_use]
    pub fn path(&self) -> &str {
        &self.path
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "at `{}`: {}", self.path, self.inner)
    }
}

impl std::error::Error for ParseError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.inner)
    }
}

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
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|e| ParseError {
        path: e.path().to_string(),
        inner: e.into_inner(),
    })?;
    deserializer.end().map_err(|inner| ParseError {
        path: ".".to_owned(),
        inner,
    })?;
    Ok(value)
}
