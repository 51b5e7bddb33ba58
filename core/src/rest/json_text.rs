//! JSON carried as a string.

use std::fmt;

use serde::Serialize;

use crate::value::InvalidValue;

/// A JSON value carried as JSON *text*: `custom_data` and `bypass` of the
/// REST bodies are strings holding JSON (OpenAPI: "JSON string"), while the
/// SDK takes them as objects. Made from a serializable value and encoded
/// once, here, so neither an object nor twice-encoded text can be sent.
///
/// ```
/// use iamport::rest::JsonText;
/// let text = JsonText::encode(&serde_json::json!({"userId": 30930})).unwrap();
/// assert_eq!(serde_json::to_string(&text).unwrap(), r#""{\"userId\":30930}""#);
/// // Already-encoded text is refused: pass the value instead.
/// assert!(JsonText::encode(&r#"{"userId":30930}"#).is_err());
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct JsonText(String);

impl JsonText {
    /// Encodes `value` as JSON text.
    ///
    /// # Errors
    ///
    /// When `value` does not serialize to JSON exactly (a NaN or infinite
    /// float, a key written twice), is `null`, or is a string (which is
    /// most often JSON text encoded already).
    pub fn encode<T: Serialize + ?Sized>(value: &T) -> Result<Self, InvalidValue> {
        let text = crate::json::encode_free_json("JSON text", value)?;
        Self::from_checked(text)
    }

    fn from_checked(text: String) -> Result<Self, InvalidValue> {
        crate::json::refuse_null_or_string("JSON text", text, "is null; leave the field unset")
            .map(JsonText)
    }

    /// The JSON text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for JsonText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "JsonText({})", self.0)
    }
}

impl Serialize for JsonText {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> serde::Deserialize<'de> for JsonText {
    /// Reads a JSON string holding JSON text, checked as [`JsonText::encode`]
    /// checks a value (no key twice at any depth, numbers in range, not
    /// `null` or a string), and kept as written, so it round-trips.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        crate::json::check_free_json("JSON text", &text)
            .and_then(Self::from_checked)
            .map_err(|e| {
                serde::de::Error::custom(format_args!("must hold JSON text: {}", e.rule()))
            })?;
        Ok(JsonText(text))
    }
}
