use iamport::Builder;

#[derive(Builder)]
#[builder(name = PaymentMaker)]
pub struct Payment {
    amount: u64,
}

fn main() {}
