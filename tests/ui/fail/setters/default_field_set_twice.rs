use iamport::Builder;

#[derive(Builder)]
pub struct Payment {
    amount: u64,
    #[builder(default = 1)]
    card_quota: u8,
}

fn main() {
    let _ = Payment::builder().card_quota(3).amount(1).card_quota(6);
}
