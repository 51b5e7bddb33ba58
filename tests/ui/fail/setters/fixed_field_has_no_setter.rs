use iamport::Builder;

#[derive(Builder)]
pub struct ChaiPayment {
    #[builder(fixed = "trans")]
    pay_method: &'static str,
    amount: u64,
}

fn main() {
    let _ = ChaiPayment::builder().pay_method("card").amount(1000).build();
}
