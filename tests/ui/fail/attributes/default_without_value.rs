use iamport::Builder;

#[derive(Builder)]
pub struct Payment {
    #[builder(default = )]
    card_quota: u8,
}

fn main() {}
