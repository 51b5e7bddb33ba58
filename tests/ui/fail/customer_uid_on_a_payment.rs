//! `customer_uid` makes a billing-key registration; on a one-off payment
//! rustc would suggest `customer_id`, which compiles into a charge.
use iamport::request_pay::OneOffPayment;
use iamport::value::CustomerUid;

fn main() {
    let _ = OneOffPayment::builder().customer_uid(CustomerUid::new("c").unwrap());
}
