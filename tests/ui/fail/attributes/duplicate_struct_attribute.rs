use iamport::Builder;

#[derive(Builder)]
#[builder(into, into)]
pub struct Payment {
    name: String,
}

fn main() {}
