use iamport::Builder;

#[derive(Builder)]
#[builder(exactly_one(source = (billing_key, card_token)))]
pub struct Charge {
    billing_key: Option<String>,
    card_token: Option<String>,
    amount: u64,
}

fn main() {
    let _ = Charge::builder()
        .billing_key("k".to_owned())
        .source(charge_builder::groups::Source::CardToken("t".to_owned()))
        .amount(1)
        .build();
}
