use iamport::request_pay::BillingKeyRegistration;
use iamport::value::MerchantUid;

fn main() {
    let _ = BillingKeyRegistration::builder()
        .merchant_uid(MerchantUid::new("order_monthly_0001").unwrap())
        .build();
}
