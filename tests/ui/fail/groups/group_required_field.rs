use iamport::Builder;

#[derive(Builder)]
#[builder(at_most_one(channel = (channel_key, pg)))]
pub struct Payment {
    channel_key: String,
    pg: Option<String>,
}

fn main() {}
