use iamport::Builder;

#[derive(Builder)]
pub struct Payment {
    #[builder(default = 1)]
    #[builder(default = 2)]
    card_quota: u8,
}

fn main() {}
