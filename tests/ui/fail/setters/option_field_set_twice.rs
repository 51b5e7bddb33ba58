use iamport::Builder;

#[derive(Builder)]
pub struct Payment {
    amount: u64,
    buyer_name: Option<String>,
}

fn main() {
    let _ = Payment::builder().buyer_name("Kim".to_owned()).maybe_buyer_name(None);
}
