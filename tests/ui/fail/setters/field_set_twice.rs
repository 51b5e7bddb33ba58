use iamport::Builder;

#[derive(Builder)]
pub struct Payment {
    merchant_uid: String,
    amount: u64,
}

fn main() {
    let _ = Payment::builder().amount(1000).merchant_uid("a".to_owned()).amount(2000);
}
