//! A mistyped attribute gets a hint, and the builder is still generated:
//! the calls below add no "no function `builder`" error of their own.
use iamport::Builder;

#[derive(Builder)]
pub struct Payment {
    #[builder(defualt)]
    amount: u64,
}

fn main() {
    let _ = Payment::builder().amount(1).build();
}
