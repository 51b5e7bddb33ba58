//! A crate that depends on `iamport` under another name tells the derive
//! with `#[builder(crate = ...)]`.
extern crate iamport as pay;

use pay::Builder;

#[derive(Builder, Debug)]
#[builder(crate = ::pay, deserialize)]
pub struct Refund {
    merchant_uid: String,
    amount: Option<u64>,
}

fn main() {
    let refund = Refund::builder().merchant_uid("order-1".to_owned()).build();
    assert_eq!(refund.amount, None);
    let parsed: Refund = serde_json::from_str(r#"{"merchant_uid":"m"}"#).unwrap();
    assert_eq!(parsed.merchant_uid, "m");
}
