use iamport::Builder;

#[derive(Builder)]
#[builder(at_most_one(channel = (pg, channel_key)))]
pub struct Payment {
    #[builder(fixed = Some("chai"))]
    pg: Option<&'static str>,
    channel_key: Option<String>,
}

fn main() {}
