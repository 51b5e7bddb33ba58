//! A `default` or `fixed` expression of the wrong type: the error points at
//! the expression in the attribute, not at the derive.
use iamport::Builder;

#[derive(Builder)]
pub struct Payment {
    amount: u64,
    #[builder(default = "three")]
    card_quota: u8,
    #[builder(fixed = 1)]
    pay_method: &'static str,
}

fn main() {
    let _ = Payment::builder().amount(1).build();
}
