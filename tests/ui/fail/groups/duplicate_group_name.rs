use iamport::Builder;

#[derive(Builder)]
#[builder(at_most_one(channel = (channel_key, pg)), at_most_one(channel = (a, b)))]
pub struct Payment {
    channel_key: Option<String>,
    pg: Option<String>,
    a: Option<u8>,
    b: Option<u8>,
}

fn main() {}
