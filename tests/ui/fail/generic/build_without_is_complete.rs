//! A generic function that calls `build()` without bounding the state by
//! `IsComplete`: the error names the required fields and the bound.
use iamport::Builder;

#[derive(Builder)]
pub struct Order {
    order_id: String,
    note: Option<String>,
}

fn finish<S: order_builder::State>(b: OrderBuilder<S>) -> Order {
    b.build()
}

fn main() {
    let _ = finish(Order::builder().order_id("1".to_owned()));
}
