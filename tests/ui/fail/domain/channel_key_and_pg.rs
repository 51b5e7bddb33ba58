use iamport::request_pay::{OneOffPayment, PgCode};

fn main() {
    let _ = OneOffPayment::builder()
        .pg(PgCode::Kakaopay.into())
        .channel_key(iamport::value::ChannelKey::new("channel-key-1").unwrap());
}
