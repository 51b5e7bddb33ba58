//! Cancellation of a payment, in full or in part (`/payments/cancel`).
//!
//! Source of every field: the official V1 OpenAPI (`portone-io/developers.portone.io`
//! `src/schema/v1.openapi.json` @ `af926bd2`), `POST /payments/cancel`.

use super::card::Redacted;
use super::{Endpoint, Method, Payment, json_body};
use crate::string_enum::string_enum;
use crate::value::{Amount, ImpUid, InvalidValue, MerchantUid};
use crate::{Builder, Validate};
use serde::Serialize;

string_enum! {
    /// Who asks for a cancellation or revocation (naverpay `extra.requester`).
    pub enum CancelRequester {
        /// The buyer.
        Customer = "customer",
        /// The merchant's admin (the default).
        Admin = "admin",
    }
}

/// `extra` of a cancellation (naverpay requires `requester`).
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(deserialize)]
#[serde(deny_unknown_fields)]
pub struct CancelExtra {
    /// `requester`.
    requester: CancelRequester,
}

/// `POST /payments/cancel`: cancel a payment, whole or in part. The payment
/// is named by exactly one of `imp_uid` and `merchant_uid` (the OpenAPI
/// takes both and lets `imp_uid` win; this type takes one). The `refund_*`
/// fields refund a virtual-account payment; `Debug` shows only whether
/// each is set.
#[derive(Builder, Clone, PartialEq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize, exactly_one(target = (imp_uid, merchant_uid)))]
#[serde(deny_unknown_fields)]
pub struct CancelPayment {
    /// `imp_uid`: PortOne's payment id.
    #[serde(skip_serializing_if = "Option::is_none")]
    imp_uid: Option<ImpUid>,
    /// `merchant_uid`: the order number.
    #[serde(skip_serializing_if = "Option::is_none")]
    merchant_uid: Option<MerchantUid>,
    /// `amount`: to cancel in part, above 0. Leave it unset to cancel what
    /// remains: PortOne reads 0 as "everything", so 0 is refused.
    #[serde(skip_serializing_if = "Option::is_none")]
    amount: Option<Amount>,
    /// `tax_free`: the tax-free part of the cancelled amount.
    #[serde(skip_serializing_if = "Option::is_none")]
    tax_free: Option<Amount>,
    /// `vat_amount`: the VAT part of the cancelled amount.
    #[serde(skip_serializing_if = "Option::is_none")]
    vat_amount: Option<Amount>,
    /// `checksum`: the cancellable balance the caller expects.
    #[serde(skip_serializing_if = "Option::is_none")]
    checksum: Option<Amount>,
    /// `reason` (required for naverpay).
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<String>,
    /// `refund_holder`: the refund account's holder.
    #[serde(skip_serializing_if = "Option::is_none")]
    refund_holder: Option<String>,
    /// `refund_bank`: the refund bank's code.
    #[serde(skip_serializing_if = "Option::is_none")]
    refund_bank: Option<String>,
    /// `refund_account`: the refund account number.
    #[serde(skip_serializing_if = "Option::is_none")]
    refund_account: Option<String>,
    /// `refund_tel`: the holder's phone (required for smartro).
    #[serde(skip_serializing_if = "Option::is_none")]
    refund_tel: Option<String>,
    /// `retain_promotion`: keep the promotion after a partial cancel.
    #[serde(skip_serializing_if = "Option::is_none")]
    retain_promotion: Option<bool>,
    /// `enable_webhook`: send the cancellation webhook.
    #[serde(skip_serializing_if = "Option::is_none")]
    enable_webhook: Option<bool>,
    /// `extra` (required for naverpay).
    #[serde(skip_serializing_if = "Option::is_none")]
    extra: Option<CancelExtra>,
}

#[diagnostic::do_not_recommend]
impl Validate for CancelPayment {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        if let Some(amount) = self.amount {
            if amount.is_zero() {
                return Err(InvalidValue::new(
                    "amount",
                    "must be above 0 for a partial cancel; PortOne reads 0 as \"cancel everything\", \
                     so leave `amount` out to cancel the whole remaining amount",
                ));
            }
            crate::value::check_parts(amount, self.tax_free, self.vat_amount)?;
        }
        let refund = [&self.refund_holder, &self.refund_bank, &self.refund_account];
        if refund.iter().any(|f| f.is_some()) && !refund.iter().all(|f| f.is_some()) {
            return Err(InvalidValue::new(
                "refund_account",
                "a virtual-account refund needs `refund_holder`, `refund_bank` and `refund_account` together",
            ));
        }
        Ok(())
    }
}

// By hand, so that the refund account (holder, bank, number, phone) is not
// shown. Every field is named, so a new field is a compile error here.
impl std::fmt::Debug for CancelPayment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let CancelPayment {
            imp_uid,
            merchant_uid,
            amount,
            tax_free,
            vat_amount,
            checksum,
            reason,
            refund_holder,
            refund_bank,
            refund_account,
            refund_tel,
            retain_promotion,
            enable_webhook,
            extra,
        } = self;
        f.debug_struct("CancelPayment")
            .field("imp_uid", imp_uid)
            .field("merchant_uid", merchant_uid)
            .field("amount", amount)
            .field("tax_free", tax_free)
            .field("vat_amount", vat_amount)
            .field("checksum", checksum)
            .field("reason", reason)
            .field("refund_holder", &Redacted::of(refund_holder.as_ref()))
            .field("refund_bank", &Redacted::of(refund_bank.as_ref()))
            .field("refund_account", &Redacted::of(refund_account.as_ref()))
            .field("refund_tel", &Redacted::of(refund_tel.as_ref()))
            .field("retain_promotion", retain_promotion)
            .field("enable_webhook", enable_webhook)
            .field("extra", extra)
            .finish()
    }
}

impl Endpoint for CancelPayment {
    const METHOD: Method = Method::Post;
    type Response = Payment;
    fn path(&self) -> String {
        "/payments/cancel".to_owned()
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body(self)
    }
}
