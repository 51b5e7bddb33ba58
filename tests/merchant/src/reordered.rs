//! [`BillingRequest`](crate::BillingRequest), its fields reordered.

use iamport::Builder;
use serde::Serialize;

/// The same fields as [`crate::BillingRequest`], reordered.
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(into)]
pub struct BillingRequest {
    /// The order name.
    pub name: Option<String>,
    /// Amount in won.
    #[builder(into = false)]
    pub amount: u64,
    /// The billing key's id.
    pub customer_uid: String,
    /// The merchant's order number.
    pub merchant_uid: String,
}
