//! A merchant's own crate. It depends on `iamport` alone (not on
//! `iamport-macros`) and derives builders for its own request types through
//! the `iamport::Builder` re-export.
//!
//! ```
//! use merchant_example::GiftCardPayment;
//!
//! let payment = GiftCardPayment::builder()
//!     .merchant_uid("gift-0001")
//!     .amount(50_000)
//!     .gift_card_code("ABCD-1234")
//!     .build()
//!     .expect("50,000 won is within the card's limit");
//! assert_eq!(*payment.amount(), 50_000);
//! ```

use iamport::{Builder, Validate};
use serde::Serialize;

/// A payment type this merchant's PG takes, which `iamport` does not model.
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(into, validate, deserialize, getters, at_most_one(channel = (channel_key, pg)))]
#[serde(deny_unknown_fields)]
pub struct GiftCardPayment {
    /// The merchant's order number.
    merchant_uid: String,
    /// Amount in won.
    #[builder(into = false)]
    amount: u64,
    /// The code printed on the gift card.
    gift_card_code: String,
    /// The channel key of the PortOne console.
    #[serde(rename = "channelKey", skip_serializing_if = "Option::is_none")]
    channel_key: Option<String>,
    /// The PG code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pg: Option<String>,
    /// Always a gift-card payment.
    #[builder(fixed = "giftcard".to_owned())]
    pay_method: String,
}

/// A charge of a stored billing key: `customer_uid` is required, and the
/// compile-fail tests in `tests/compile_fail.rs` pin that down.
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(into)]
pub struct BillingRequest {
    /// The merchant's order number.
    pub merchant_uid: String,
    /// The billing key's id.
    pub customer_uid: String,
    /// Amount in won.
    #[builder(into = false)]
    pub amount: u64,
    /// The order name.
    pub name: Option<String>,
}

/// [`BillingRequest`] with its fields in another order, so that the
/// compile-fail tests can show the messages do not depend on the order.
#[doc(hidden)]
pub mod reordered;

/// A gift card pays at most 500,000 won at once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AboveCardLimit(pub u64);

impl std::fmt::Display for AboveCardLimit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "`amount` {} is above the gift card limit of 500000",
            self.0
        )
    }
}

impl std::error::Error for AboveCardLimit {}

impl Validate for GiftCardPayment {
    type Error = AboveCardLimit;

    fn validate(&self) -> Result<(), AboveCardLimit> {
        if self.amount > 500_000 {
            return Err(AboveCardLimit(self.amount));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_and_serializes() {
        let payment = GiftCardPayment::builder()
            .merchant_uid("gift-0001")
            .amount(10_000)
            .gift_card_code("ABCD")
            .pg("giftpg")
            .build()
            .unwrap();
        let json = serde_json::to_value(&payment).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "merchant_uid": "gift-0001",
                "amount": 10000,
                "gift_card_code": "ABCD",
                "pg": "giftpg",
                "pay_method": "giftcard"
            })
        );
        let back: GiftCardPayment = serde_json::from_value(json).unwrap();
        assert_eq!(back, payment);
    }

    #[test]
    fn the_rule_holds_in_build_and_in_deserialize() {
        let err = GiftCardPayment::builder()
            .merchant_uid("gift-0002")
            .amount(600_000)
            .gift_card_code("ABCD")
            .build()
            .unwrap_err();
        assert_eq!(err, AboveCardLimit(600_000));
        let parsed = serde_json::from_str::<GiftCardPayment>(
            r#"{"merchant_uid":"g","amount":600000,"gift_card_code":"A","pay_method":"giftcard"}"#,
        );
        assert!(
            parsed
                .unwrap_err()
                .to_string()
                .contains("above the gift card limit")
        );
    }
}
