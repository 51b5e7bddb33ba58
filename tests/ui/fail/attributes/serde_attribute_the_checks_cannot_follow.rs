//! `#[builder(deserialize)]` runs the builder's checks on what serde reads;
//! a serde attribute that reads the struct some other way is refused by name.
use iamport::Builder;

#[derive(Builder, serde::Serialize)]
#[builder(deserialize)]
#[serde(transparent)]
pub struct Wrapper {
    inner: String,
}

fn main() {}
