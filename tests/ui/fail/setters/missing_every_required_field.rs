use iamport::Builder;

#[derive(Builder)]
pub struct Again {
    customer_uid: String,
    merchant_uid: String,
    amount: u64,
    name: Option<String>,
}

fn main() {
    let _ = Again::builder().name("monthly".to_owned()).build();
}
