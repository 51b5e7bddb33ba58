use iamport::Builder;

#[derive(Builder)]
pub struct Payment {
    #[builder(fixed = 1, default)]
    version: u8,
}

fn main() {}
