//! Merchant code names builder types through the public state modules: a
//! helper that takes and returns a partly built builder, a struct that keeps
//! one, a finishing step over any complete builder (plain and `validate`),
//! a helper that sets a member of an `exactly_one` group, a group set from
//! a runtime choice, and the same helpers over two structs whose fields are
//! in another order, one with an extra optional field.
use iamport::request_pay::{one_off_payment_builder as payment, OneOffPayment, OneOffPaymentBuilder};
use iamport::value::InvalidValue;
use iamport::rest::{again_builder, Again, AgainBuilder};
use iamport::typestate::Unset;
use iamport::value::{Amount, CustomerUid, MerchantUid, OrderName};
use iamport::Builder;

/// Sets the buyer on any payment builder that has no buyer yet.
fn with_buyer<S>(
    builder: OneOffPaymentBuilder<S>,
) -> OneOffPaymentBuilder<payment::SetBuyerTel<payment::SetBuyerName<S>>>
where
    S: payment::State<buyer_name = Unset>,
    payment::SetBuyerName<S>: payment::State<buyer_tel = Unset>,
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

/// A finishing step that takes any complete builder and builds it.
fn finish<S: payment::IsComplete>(builder: OneOffPaymentBuilder<S>) -> Result<OneOffPayment, InvalidValue> {
    builder.build()
}

/// Sets the billing key's id on any `Again` builder that has none yet.
fn again_for<S>(builder: AgainBuilder<S>) -> AgainBuilder<again_builder::SetCustomerUid<S>>
where
    S: again_builder::State<customer_uid = Unset>,
{
    builder.customer_uid(CustomerUid::new("cust_1").unwrap())
}

macro_rules! merchant_type {
    ($name:ident, $builder:ident, $module:ident, $helper:ident, $source:ident, $finish:ident, { $($fields:tt)* }) => {
        #[derive(Builder, Debug)]
        #[builder(exactly_one(source = (billing_key, card_token)), derive(Clone, Debug), getters)]
        pub struct $name { $($fields)* }

        /// The same helper, written the same way whatever the field order.
        pub fn $helper<S>(b: $builder<S>) -> $builder<$module::SetBuyerName<S>>
        where
            S: $module::State<buyer_name = Unset>,
        {
            b.buyer_name("n".to_owned())
        }

        /// Sets a member of the group: both members unset, by name.
        pub fn $source<S>(b: $builder<S>) -> $builder<$module::SetBillingKey<S>>
        where
            S: $module::State<billing_key = Unset, card_token = Unset>,
        {
            b.billing_key("key".to_owned())
        }

        /// Builds any complete builder.
        pub fn $finish<S: $module::IsComplete>(b: $builder<S>) -> $name {
            b.build()
        }
    };
}

merchant_type!(Order, OrderBuilder, order_builder, order_with_buyer, order_with_key, order_finish, {
    order_id: String,
    buyer_name: Option<String>,
    billing_key: Option<String>,
    card_token: Option<String>,
    amount: u64,
});

merchant_type!(Reordered, ReorderedBuilder, reordered_builder, reordered_with_buyer, reordered_with_key, reordered_finish, {
    card_token: Option<String>,
    amount: u64,
    note: Option<String>,
    buyer_name: Option<String>,
    order_id: String,
    billing_key: Option<String>,
});

fn main() {
    let draft = Draft {
        builder: start().merchant_uid(MerchantUid::new("order_1").unwrap()),
    };
    let payment = finish(with_buyer(draft.builder).amount(Amount::new(1000).unwrap())).unwrap();
    assert_eq!(payment.merchant_uid().as_str(), "order_1");

    let again: Again = again_for(Again::builder())
        .merchant_uid(MerchantUid::new("order_2").unwrap())
        .amount(Amount::new(1000).unwrap())
        .name(OrderName::new("monthly").unwrap())
        .build()
        .unwrap();
    let _ = again;

    let a = order_finish(order_with_key(order_with_buyer(Order::builder())).order_id("1".to_owned()).amount(1));
    let b = reordered_finish(reordered_with_key(reordered_with_buyer(Reordered::builder())).order_id("1".to_owned()).amount(1));
    assert_eq!(a.buyer_name(), b.buyer_name());
    assert_eq!(a.billing_key().map(String::as_str), Some("key"));

    // A template filled once, finished many times; printed without values.
    let template = Order::builder().order_id("1".to_owned()).amount(5);
    let shown = format!("{template:?}");
    assert!(shown.contains("order_id: set") && shown.contains("card_token: unset"), "{shown}");
    for token in ["t1", "t2"] {
        let choice = if token == "t1" {
            order_builder::groups::Source::CardToken(token.to_owned())
        } else {
            order_builder::groups::Source::BillingKey(token.to_owned())
        };
        let order = template.clone().source(choice).build();
        assert_eq!(order.card_token().is_some(), token == "t1");
        assert_eq!(order.billing_key().is_some(), token == "t2");
    }
    // The same state whatever order the setters ran in.
    let stored: OrderBuilder<order_builder::SetAmount<order_builder::SetOrderId<order_builder::Empty>>> =
        Order::builder().amount(1).order_id("x".to_owned());
    let _ = stored;
}
