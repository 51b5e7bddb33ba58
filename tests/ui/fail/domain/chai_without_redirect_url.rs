use iamport::request_pay::ChaiPayment;
use iamport::value::{Amount, MerchantUid};

fn main() {
    // CHAI answers by redirect on every device: `m_redirect_url` is required.
    let _ = ChaiPayment::builder()
        .pg(iamport::request_pay::ChaiPg::default())
        .merchant_uid(MerchantUid::new("order_no_0001").unwrap())
        .amount(Amount::new(1004).unwrap())
        .build();
}
