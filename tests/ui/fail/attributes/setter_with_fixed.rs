use iamport::Builder;

#[derive(Builder)]
pub struct Payment {
    #[builder(fixed = "trans", setter = method)]
    pay_method: &'static str,
}

fn main() {}
