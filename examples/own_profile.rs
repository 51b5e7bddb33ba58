//! A merchant's own profile for another PG, derived with the same macro:
//! kakaopay card payments for a shop that always sends the order name and a
//! webhook URL. `cargo run --example own_profile`.
//!
//! The compiler enforces what the profile fixes (`pg`, `pay_method`) and
//! requires (`name`, `notice_url`); the crate's checked values keep each
//! field valid.

use iamport::value::{Amount, HttpUrl, InvalidValue, MerchantUid, OrderName};
use iamport::{Builder, Validate};

/// `IMP.request_pay` params for this shop's kakaopay card payments.
#[derive(Builder, Debug, serde::Serialize)]
#[builder(validate)]
pub struct KakaopayCard {
    /// Always kakaopay.
    #[builder(fixed = "kakaopay")]
    pg: &'static str,
    /// Always card.
    #[builder(fixed = "card")]
    pay_method: &'static str,
    /// The order number.
    merchant_uid: MerchantUid,
    /// The order name, required by this shop.
    name: OrderName,
    /// Amount in won.
    amount: Amount,
    /// This shop's webhook.
    notice_url: HttpUrl,
}

impl Validate for KakaopayCard {
    type Error = InvalidValue;

    fn validate(&self) -> Result<(), InvalidValue> {
        if self.amount.is_zero() || !self.amount.is_whole() {
            return Err(InvalidValue::new("amount", "must be whole won above 0"));
        }
        Ok(())
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let payment = KakaopayCard::builder()
        .merchant_uid(MerchantUid::new("order_no_0002")?)
        .name(OrderName::new("정기 구독 1개월")?)
        .amount(Amount::new(9900)?)
        .notice_url(HttpUrl::new("https://shop.example/portone/webhook")?)
        .build()?;
    println!("{}", serde_json::to_string_pretty(&payment)?);
    Ok(())
}
