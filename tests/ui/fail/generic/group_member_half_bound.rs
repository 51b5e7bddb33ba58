//! A helper that sets a group member but bounds only that member: the
//! error names the other member of the group.
use iamport::typestate::Unset;
use iamport::Builder;

#[derive(Builder)]
#[builder(exactly_one(source = (billing_key, card_token)))]
pub struct Charge {
    billing_key: Option<String>,
    card_token: Option<String>,
    amount: u64,
}

fn with_key<S>(b: ChargeBuilder<S>) -> ChargeBuilder<charge_builder::SetBillingKey<S>>
where
    S: charge_builder::State<billing_key = Unset>,
{
    b.billing_key("k".to_owned())
}

fn main() {
    let _ = with_key(Charge::builder());
}
