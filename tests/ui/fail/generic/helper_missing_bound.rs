//! A helper that calls two setters but bounds only the state before the
//! first: one error, naming `buyer_tel`, with the bound to add.
use iamport::typestate::Unset;
use iamport::Builder;

#[derive(Builder)]
pub struct Order {
    order_id: String,
    buyer_name: Option<String>,
    buyer_tel: Option<String>,
    amount: u64,
}

fn with_buyer<S>(b: OrderBuilder<S>) -> OrderBuilder<order_builder::SetBuyerTel<order_builder::SetBuyerName<S>>>
where
    S: order_builder::State<buyer_name = Unset>,
{
    b.buyer_name("n".to_owned()).buyer_tel("010".to_owned())
}

fn main() {
    let _ = with_buyer(Order::builder());
}
