//! Merchant code names builder types through the public state modules: a
//! helper that takes and returns a partly built builder, a struct that keeps
//! one, and the same helper over two structs whose fields are in another
//! order, one with an extra optional field.
use iamport::request_pay::{one_off_payment_builder as payment, OneOffPayment, OneOffPaymentBuilder};
use iamport::value::{Amount, MerchantUid};
use iamport::typestate::IsUnset;
use iamport::Builder;

/// Sets the buyer on any payment builder that has no buyer yet.
fn with_buyer<S>(
    builder: OneOffPaymentBuilder<S>,
) -> OneOffPaymentBuilder<payment::SetBuyerTel<payment::SetBuyerName<S>>>
where
    S: IsUnset<payment::fields::buyer_name>,
    payment::SetBuyerName<S>: IsUnset<payment::fields::buyer_tel>,
{
    builder
        .buyer_name("홍길동".to_owned())
        .buyer_tel("010-1234-5678".to_owned())
}

/// Keeps a builder with its order number set, to finish later.
struct Draft {
    builder: OneOffPaymentBuilder<payment::SetMerchantUid<payment::Empty>>,
}

/// The empty builder, by its bare name.
fn start() -> OneOffPaymentBuilder {
    OneOffPayment::builder()
}

/// A finishing step that takes any complete builder.
fn finish<S: payment::IsComplete>(builder: OneOffPaymentBuilder<S>) -> OneOffPaymentBuilder<S> {
    builder
}

macro_rules! merchant_type {
    ($name:ident, $builder:ident, $module:ident, $helper:ident, { $($fields:tt)* }) => {
        #[derive(Builder, Debug)]
        pub struct $name { $($fields)* }

        /// The same helper, written the same way whatever the field order.
        pub fn $helper<S>(b: $builder<S>) -> $builder<$module::SetBuyerName<S>>
        where
            S: IsUnset<$module::fields::buyer_name>,
        {
            b.buyer_name("n".to_owned())
        }
    };
}

merchant_type!(Order, OrderBuilder, order_builder, order_with_buyer, {
    order_id: String,
    buyer_name: Option<String>,
    amount: u64,
});

merchant_type!(Reordered, ReorderedBuilder, reordered_builder, reordered_with_buyer, {
    amount: u64,
    note: Option<String>,
    buyer_name: Option<String>,
    order_id: String,
});

fn main() {
    let draft = Draft {
        builder: start().merchant_uid(MerchantUid::new("order_1").unwrap()),
    };
    let payment = finish(with_buyer(draft.builder).amount(Amount::new(1000).unwrap()))
        .build()
        .unwrap();
    assert_eq!(payment.merchant_uid().as_str(), "order_1");
    let a = order_with_buyer(Order::builder()).order_id("1".to_owned()).amount(1).build();
    let b = reordered_with_buyer(Reordered::builder()).order_id("1".to_owned()).amount(1).build();
    assert_eq!(a.buyer_name, b.buyer_name);
}
