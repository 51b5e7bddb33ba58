//! The account: the access token (`/users/getToken`) and the PG settings
//! of the account (`/users/pg`).
//!
//! Source of every field: the official V1 OpenAPI (`portone-io/developers.portone.io`
//! `src/schema/v1.openapi.json` @ `af926bd2`), paths under `/users`.

use super::{Endpoint, Method, Token, json_body};
use crate::Builder;
use crate::json::object_only;
use serde::{Deserialize, Serialize};

/// `POST /users/getToken`: trade the REST API key and secret for an access
/// token. The secret never appears in `Debug`.
#[derive(Builder, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(deserialize)]
#[serde(deny_unknown_fields)]
pub struct GetToken {
    /// `imp_key`: the REST API key of the console.
    #[builder(into)]
    imp_key: String,
    /// `imp_secret`: the REST API secret. A wrong JSON type for it is an
    /// error that does not repeat it.
    #[builder(into)]
    #[serde(deserialize_with = "crate::json::secret_string")]
    imp_secret: String,
}

impl std::fmt::Debug for GetToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetToken")
            .field("imp_key", &self.imp_key)
            .field("imp_secret", &"<redacted>")
            .finish()
    }
}

impl Endpoint for GetToken {
    const METHOD: Method = Method::Post;
    const NEEDS_TOKEN: bool = false;
    /// Asking for a token again only gives the same or a new token.
    const REPEATABLE: bool = true;
    type Response = Token;
    fn path(&self) -> String {
        "/users/getToken".to_owned()
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body(self)
    }
}

/// One PG setting of the account (OpenAPI `PgSettingAnnotation`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct PgSetting {
    /// The PG.
    pub pg_provider: String,
    /// The merchant id at the PG.
    pub pg_id: String,
    /// Whether it is a test channel.
    pub sandbox: bool,
    /// The setting's kind (`type`).
    #[serde(rename = "type")]
    pub kind: String,
    /// The channel's name.
    #[serde(default)]
    pub channel_name: Option<String>,
    /// The channel's key (for `channelKey`).
    #[serde(default)]
    pub channel_key: Option<String>,
}

object_only!(PgSetting);

/// `GET /users/pg`: the account's PG settings (channels).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ListPgSettings;

impl Endpoint for ListPgSettings {
    const METHOD: Method = Method::Get;
    type Response = Vec<PgSetting>;
    fn path(&self) -> String {
        "/users/pg".to_owned()
    }
}
