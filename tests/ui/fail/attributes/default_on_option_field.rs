use iamport::Builder;

#[derive(Builder)]
pub struct Payment {
    #[builder(default)]
    buyer_email: Option<String>,
}

fn main() {}
