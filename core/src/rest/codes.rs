//! The standard codes of card companies and banks (`/cards`, `/banks`).
//!
//! Source of every field: the official V1 OpenAPI (`portone-io/developers.portone.io`
//! `src/schema/v1.openapi.json` @ `af926bd2`), paths under `/cards` and `/banks`.

use super::{Endpoint, Method, RequestPath};
use crate::json::object_only;
use crate::value::{InvalidValue, identifier};
use crate::{Builder, Validate};
use serde::Deserialize;

/// A standard card or bank code and its name (OpenAPI `StandardCodeAnnotation`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct StandardCode {
    /// The code, such as `361` or `004`.
    pub code: String,
    /// The company's name.
    pub name: String,
}

object_only!(StandardCode);

/// `GET /cards`: every card company's standard code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ListCardCodes;

impl Endpoint for ListCardCodes {
    const METHOD: Method = Method::Get;
    type Response = Vec<StandardCode>;
    fn path(&self) -> String {
        "/cards".to_owned()
    }
}

/// `GET /banks`: every bank's standard code (for virtual-account refunds).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ListBankCodes;

impl Endpoint for ListBankCodes {
    const METHOD: Method = Method::Get;
    type Response = Vec<StandardCode>;
    fn path(&self) -> String {
        "/banks".to_owned()
    }
}

fn standard_code(code: &str) -> Result<(), InvalidValue> {
    identifier(code, 16).map_err(|rule| InvalidValue::new("code", rule))
}

/// `GET /cards/{card_standard_code}`: one card company.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate)]
pub struct GetCardCode {
    /// The standard code, such as `361`.
    #[builder(into)]
    code: String,
}

#[diagnostic::do_not_recommend]
impl Validate for GetCardCode {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        standard_code(&self.code)
    }
}

impl Endpoint for GetCardCode {
    const METHOD: Method = Method::Get;
    type Response = StandardCode;
    fn path(&self) -> String {
        let mut p = RequestPath::new("/cards");
        p.segment(&self.code);
        p.finish()
    }
}

/// `GET /banks/{bank_standard_code}`: one bank.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate)]
pub struct GetBankCode {
    /// The standard code, such as `004`.
    #[builder(into)]
    code: String,
}

#[diagnostic::do_not_recommend]
impl Validate for GetBankCode {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        standard_code(&self.code)
    }
}

impl Endpoint for GetBankCode {
    const METHOD: Method = Method::Get;
    type Response = StandardCode;
    fn path(&self) -> String {
        let mut p = RequestPath::new("/banks");
        p.segment(&self.code);
        p.finish()
    }
}
