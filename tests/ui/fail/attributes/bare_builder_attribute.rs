use iamport::Builder;

#[derive(Builder)]
pub struct Payment {
    #[builder]
    amount: u64,
}

fn main() {}
