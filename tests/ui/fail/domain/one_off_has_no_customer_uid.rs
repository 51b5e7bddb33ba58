use iamport::request_pay::OneOffPayment;
use iamport::value::CustomerUid;

fn main() {
    // A one-off payment can't carry `customer_uid`: that would make it a
    // billing-key registration, which is `BillingKeyRegistration`.
    let _ = OneOffPayment::builder().customer_uid(CustomerUid::new("c").unwrap());
}
