use iamport::Builder;

#[derive(Builder)]
#[builder(at_most_one(channel = (pg)))]
pub struct Payment {
    pg: Option<String>,
}

fn main() {}
