use iamport::Builder;

#[derive(Builder)]
#[builder(validate)]
pub struct Payment {
    amount: u64,
    tax_free: u64,
}

fn main() {
    let _ = Payment::builder().amount(1).tax_free(2).build();
}
