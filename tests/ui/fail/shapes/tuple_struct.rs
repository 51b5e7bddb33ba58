use iamport::Builder;

#[derive(Builder)]
pub struct MerchantUid(String);

fn main() {}
