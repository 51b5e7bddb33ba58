use iamport::Builder;

#[derive(Builder)]
pub struct Registration {
    merchant_uid: String,
    customer_uid: String,
}

fn main() {
    let _ = Registration::builder().merchant_uid("order-1".to_owned()).build();
}
