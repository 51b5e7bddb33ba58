use iamport::Builder;

#[derive(Builder)]
pub struct Payment {
    buyer_tel: Option<String>,
    maybe_buyer_tel: bool,
}

fn main() {}
