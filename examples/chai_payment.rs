//! Prints the `IMP.request_pay` params of a CHAI one-off payment, the first
//! payload of the CHAI integration guide (PortOne V1 docs, "차이 간편결제",
//! tab "인증결제창 요청"): `cargo run --example chai_payment`.
//!
//! `ChaiPayment` is the CHAI profile: `pg` is `chai`, `pay_method` is always
//! `trans`, and `m_redirect_url` is required, because CHAI delivers the
//! result by redirect on every device.

use iamport::request_pay::ChaiPayment;
use iamport::value::{Amount, Email, HttpUrl, MerchantUid, OrderName};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let payment = ChaiPayment::builder()
        .pg(iamport::request_pay::ChaiPg::default())
        .merchant_uid(MerchantUid::new("order_no_0001")?)
        .name(OrderName::new("주문명:결제테스트")?)
        .amount(Amount::new(1004)?)
        .buyer_email(Email::new("iamport@siot.do")?)
        .buyer_name("구매자이름".to_owned())
        .buyer_tel("010-1234-5678".to_owned())
        .buyer_addr("서울특별시 강남구 삼성동".to_owned())
        .buyer_postcode("123-456".to_owned())
        .m_redirect_url(HttpUrl::new("https://shop.example/payments/complete")?)
        .build()?;
    println!("{}", serde_json::to_string_pretty(&payment)?);
    Ok(())
}
