//! Preparation (사전검증): register the amount of an order before it is
//! paid, change it, look it up (`/payments/prepare`).
//!
//! Source of every field: the official V1 OpenAPI (`portone-io/developers.portone.io`
//! `src/schema/v1.openapi.json` @ `af926bd2`), paths under `/payments/prepare`.

use super::{Endpoint, Method, Prepared, RequestPath, json_body};
use crate::value::{Amount, Currency, InvalidValue, MerchantUid};
use crate::{Builder, Validate};
use serde::Serialize;

/// `POST /payments/prepare`: pre-register the amount of an order, so that a
/// payment of any other amount is refused.
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize)]
#[serde(deny_unknown_fields)]
pub struct PreparePayment {
    /// `merchant_uid`.
    merchant_uid: MerchantUid,
    /// `amount`.
    amount: Amount,
    /// `currency` (`KRW` when unset).
    #[serde(skip_serializing_if = "Option::is_none")]
    currency: Option<Currency>,
}

#[diagnostic::do_not_recommend]
impl Validate for PreparePayment {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        self.currency
            .unwrap_or(Currency::Krw)
            .check_amounts(self.amount, None, None)
    }
}

impl Endpoint for PreparePayment {
    const METHOD: Method = Method::Post;
    type Response = Prepared;
    fn path(&self) -> String {
        "/payments/prepare".to_owned()
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body(self)
    }
}

/// `PUT /payments/prepare`: change the amount pre-registered for an order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UpdatePrepared(PreparePayment);

impl UpdatePrepared {
    /// The new amount for the order `prepare` names.
    #[must_use]
    pub fn new(prepare: PreparePayment) -> Self {
        UpdatePrepared(prepare)
    }
}

impl Endpoint for UpdatePrepared {
    const METHOD: Method = Method::Put;
    type Response = Prepared;
    fn path(&self) -> String {
        "/payments/prepare".to_owned()
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        self.0.body()
    }
}

/// `GET /payments/prepare/{merchant_uid}`: the amount pre-registered for an order.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(derive(Clone, Debug), getters)]
pub struct GetPrepared {
    /// The order number.
    merchant_uid: MerchantUid,
}

impl Endpoint for GetPrepared {
    const METHOD: Method = Method::Get;
    type Response = Prepared;
    fn path(&self) -> String {
        let mut p = RequestPath::new("/payments/prepare");
        p.segment(self.merchant_uid.as_str());
        p.finish()
    }
}
