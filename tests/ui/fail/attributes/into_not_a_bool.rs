use iamport::Builder;

#[derive(Builder)]
pub struct Payment {
    #[builder(into = "yes")]
    name: String,
}

fn main() {}
