use iamport::rest::Again;
use iamport::value::{Amount, CustomerUid, MerchantUid};

fn main() {
    // The CHAI guide's billing-key payment has no `name`; the OpenAPI requires it.
    let _ = Again::builder()
        .customer_uid(CustomerUid::new("your-customer-unique-id").unwrap())
        .merchant_uid(MerchantUid::new("order_id_8237352").unwrap())
        .amount(Amount::new(3000).unwrap())
        .build();
}
