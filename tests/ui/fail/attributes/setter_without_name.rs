use iamport::Builder;

#[derive(Builder)]
pub struct Payment {
    #[builder(setter)]
    amount: u64,
}

fn main() {}
