use iamport::Builder;

#[derive(Builder)]
#[builder(at_most_one(channel = (channel_key, pg)), exactly_one(target = (pg, merchant_uid)))]
pub struct Payment {
    channel_key: Option<String>,
    pg: Option<String>,
    merchant_uid: Option<String>,
}

fn main() {}
