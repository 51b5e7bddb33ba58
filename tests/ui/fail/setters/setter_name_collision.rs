use iamport::Builder;

#[derive(Builder)]
pub struct Payment {
    amount: u64,
    #[builder(setter = amount)]
    total: u64,
}

fn main() {}
