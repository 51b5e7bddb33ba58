use iamport::request_pay::ChaiPayment;
use iamport::value::{Amount, HttpUrl, MerchantUid};

fn main() {
    // CHAI is named by exactly one of `pg` ("chai") and `channelKey`.
    let _ = ChaiPayment::builder()
        .merchant_uid(MerchantUid::new("order_no_0001").unwrap())
        .amount(Amount::new(1004).unwrap())
        .m_redirect_url(HttpUrl::new("https://shop.example/done").unwrap())
        .build();
}
