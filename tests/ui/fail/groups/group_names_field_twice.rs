use iamport::Builder;

#[derive(Builder)]
#[builder(at_most_one(channel = (pg, channel_key, pg)))]
pub struct Payment {
    channel_key: Option<String>,
    pg: Option<String>,
}

fn main() {}
