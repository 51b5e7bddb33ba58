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
    /// When `value` does not serialize, is `null`, or is a string (which is
    /// most often JSON text encoded already).
    pub fn encode<T: Serialize + ?Sized>(value: &T) -> Result<Self, InvalidValue> {
        let json = serde_json::to_value(value)
            .map_err(|e| InvalidValue::new("JSON text", format!("does not serialize: {e}")))?;
        match json {
            serde_json::Value::Null => Err(InvalidValue::new(
                "JSON text",
                "is null; leave the field unset",
            )),
            serde_json::Value::String(_) => Err(InvalidValue::new(
                "JSON text",
                "is a string; pass the value itself, not JSON text, so it is encoded once",
            )),
            other => Ok(JsonText(other.to_string())),
        }
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
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        let value: serde_json::Value = serde_json::from_str(&text)
            .map_err(|e| serde::de::Error::custom(format_args!("must hold JSON text: {e}")))?;
        // Checked like `encode`, but kept as written, so it round-trips.
        JsonText::encode(&value).map_err(serde::de::Error::custom)?;
        Ok(JsonText(text))
    }
}
