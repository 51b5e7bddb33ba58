//! Prints the `IMP.request_pay` params of a CHAI one-off payment, the first
//! payload of the CHAI integration guide (PortOne V1 docs, "차이 간편결제",
//! tab "인증결제창 요청"): `cargo run --example chai_payment`.
//!
//! Until the crate's own request types land, the params type is derived here
//! with `iamport::Builder`, as a merchant would derive one of its own.

use iamport::Builder;
use serde::Serialize;

/// `IMP.request_pay` params for a CHAI payment: the PG and the payment
/// method are fixed, the result comes back by redirect.
#[derive(Builder, Debug, Serialize)]
#[builder(into)]
struct ChaiPayment {
    /// Always `chai`.
    #[builder(fixed = "chai")]
    pg: &'static str,
    /// CHAI takes `trans` only.
    #[builder(fixed = "trans")]
    pay_method: &'static str,
    /// The merchant's order number, unique per payment.
    merchant_uid: String,
    /// Order name shown in the payment window.
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    /// Amount in won: a JSON number, never a string.
    #[builder(into = false)]
    amount: u64,
    /// Buyer's e-mail.
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_email: Option<String>,
    /// Buyer's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_name: Option<String>,
    /// Buyer's phone number.
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_tel: Option<String>,
    /// Buyer's address.
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_addr: Option<String>,
    /// Buyer's postcode.
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_postcode: Option<String>,
    /// Where CHAI sends the buyer, and the result, when the payment ends.
    m_redirect_url: String,
}

fn main() -> Result<(), serde_json::Error> {
    let payment = ChaiPayment::builder()
        .merchant_uid("order_no_0001")
        .name("주문명:결제테스트")
        .amount(1004)
        .buyer_email("iamport@siot.do")
        .buyer_name("구매자이름")
        .buyer_tel("010-1234-5678")
        .buyer_addr("서울특별시 강남구 삼성동")
        .buyer_postcode("123-456")
        .m_redirect_url("https://shop.example/payments/complete")
        .build();
    println!("{}", serde_json::to_string_pretty(&payment)?);
    Ok(())
}
