use merchant_example::BillingRequest;

fn main() {
    let _ = BillingRequest::builder().merchant_uid("order-1").amount(1000).build();
}
