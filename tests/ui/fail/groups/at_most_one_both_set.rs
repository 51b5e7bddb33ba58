use iamport::Builder;

#[derive(Builder)]
#[builder(at_most_one(channel = (channel_key, pg)))]
pub struct Payment {
    #[builder(into)]
    channel_key: Option<String>,
    #[builder(into)]
    pg: Option<String>,
    amount: u64,
}

fn main() {
    let _ = Payment::builder().pg("chai").amount(1000).channel_key("channel-key-1").build();
}
