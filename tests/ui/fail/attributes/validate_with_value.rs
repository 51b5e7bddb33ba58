use iamport::Builder;

#[derive(Builder)]
#[builder(validate = check_amounts)]
pub struct Payment {
    amount: u64,
}

fn main() {}
