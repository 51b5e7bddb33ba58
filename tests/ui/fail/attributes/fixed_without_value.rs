use iamport::Builder;

#[derive(Builder)]
pub struct Payment {
    #[builder(fixed)]
    pay_method: String,
}

fn main() {}
