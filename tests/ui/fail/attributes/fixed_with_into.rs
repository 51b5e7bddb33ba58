use iamport::Builder;

#[derive(Builder)]
pub struct Payment {
    #[builder(into, fixed = String::new())]
    pay_method: String,
}

fn main() {}
