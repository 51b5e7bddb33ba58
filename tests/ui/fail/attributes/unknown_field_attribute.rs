use iamport::Builder;

#[derive(Builder)]
pub struct Payment {
    #[builder(optional)]
    amount: u64,
}

fn main() {}
