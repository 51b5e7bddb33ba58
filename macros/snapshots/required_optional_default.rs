/**The builder of [`Refund`], made by [`Refund::builder()`].

Call one setter per field, then `build()`. The compiler checks that every required field is set once, and no field twice.

**Required:** `merchant_uid`.

`S` records which fields are set: [`refund_builder`] names its states, so that a function can take, return or store a partly built builder (`RefundBuilder` alone is the empty one), and `refund_builder::IsComplete` is what a generic function bounds `S` with to call `build()`. `#[builder(derive(Clone, Debug))]` on the struct gives the builder those traits.*/
#[must_use = "the builder does nothing until you call `build()` on it to get a `Refund`"]
pub struct RefundBuilder<S = refund_builder::Empty> {
    __state: S,
    __marker: ::core::marker::PhantomData<fn() -> Refund>,
}
/**The states of [`RefundBuilder`](RefundBuilder), by name, for code that passes a partly built builder around.

- `RefundBuilder<Empty>` (or just `RefundBuilder`) is what [`Refund::builder()`](Refund::builder) returns;
- `Set{Field}<S>` is state `S` after that field's setter;
- `S: State<{field} = Unset>` holds for the states where the field's setter can be called (name both members of a group: `State<a = Unset, b = Unset>`);
- `S: IsComplete` holds for the states where `build()` can.

These names stay the same when the struct's fields are reordered or an optional field is added. The hidden marker traits (`*_is_set`, `*_is_unset`, `*_has_*`) carry the compiler's messages for one field or group each.

See [`::iamport::typestate`] for an example.*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    unreachable_pub,
    unused_imports,
    clippy::module_name_repetitions
)]
pub mod refund_builder {
    #[allow(unused_imports)]
    use super::*;
    ///Implemented by `Unset` only: `merchant_uid` is not set yet.
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = "field `merchant_uid` may be set twice",
        label = "`merchant_uid` is set here, and may have been set before",
        note = "each field is set once: remove one of the `.merchant_uid(...)` calls; in a generic function, bound the state before this call: `refund_builder::State<merchant_uid = Unset>`"
    )]
    pub trait merchant_uid_is_unset: ::iamport::typestate::Sealed {}
    #[diagnostic::do_not_recommend]
    impl merchant_uid_is_unset for ::iamport::typestate::Unset {}
    ///Implemented by `Set` only: the required field `merchant_uid` is set.
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = "missing required field `merchant_uid`",
        label = "`merchant_uid` is not set",
        note = "set it with `.merchant_uid(...)` before calling `.build()`; in a generic function, bound the state with `refund_builder::IsComplete`"
    )]
    pub trait merchant_uid_is_set<__V>: ::iamport::typestate::Value<__V> {}
    #[diagnostic::do_not_recommend]
    impl<__V> merchant_uid_is_set<__V> for ::iamport::typestate::Set<__V> {}
    ///Implemented by `Unset` only: `amount` is not set yet.
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = "field `amount` may be set twice",
        label = "`amount` is set here, and may have been set before",
        note = "each field is set once: keep one of the calls to `.amount(...)` or `.maybe_amount(...)`; in a generic function, bound the state before this call: `refund_builder::State<amount = Unset>`"
    )]
    pub trait amount_is_unset: ::iamport::typestate::Sealed {}
    #[diagnostic::do_not_recommend]
    impl amount_is_unset for ::iamport::typestate::Unset {}
    ///Implemented by `Unset` only: `count` is not set yet.
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = "field `count` may be set twice",
        label = "`count` is set here, and may have been set before",
        note = "each field is set once: remove one of the `.count(...)` calls; in a generic function, bound the state before this call: `refund_builder::State<count = Unset>`"
    )]
    pub trait count_is_unset: ::iamport::typestate::Sealed {}
    #[diagnostic::do_not_recommend]
    impl count_is_unset for ::iamport::typestate::Unset {}
    ///The state of a new builder: no field set. `Refund::builder()` returns `RefundBuilder<Empty>`.
    pub type Empty = ::iamport::typestate::N<
        ::iamport::typestate::Unset,
        ::iamport::typestate::N<::iamport::typestate::Unset, ::iamport::typestate::Unset>,
    >;
    /**The states of [`RefundBuilder`](super::RefundBuilder): each associated type named after a field is that field's slot, [`Unset`](::iamport::typestate::Unset) until its setter runs and [`Set`](::iamport::typestate::Set) after, and `Set{Field}` is the state after the field's setter.

Implemented by the builder's own states only. Bound a state with `S: State<{field} = Unset>` to call that field's setter on it.*/
    pub trait State: ::core::marker::Sized {
        ///The slot of `merchant_uid`: `Unset`, or `Set<String>` after `.merchant_uid(...)`.
        type merchant_uid;
        ///The state after `.merchant_uid(...)`.
        type SetMerchantUid: State;
        #[doc(hidden)]
        fn __set_merchant_uid(this: Self, value: String) -> Self::SetMerchantUid;
        ///The slot of `amount`: `Unset`, or `Set<Option<u64>>` after `.amount(...)`.
        type amount;
        ///The state after `.amount(...)`.
        type SetAmount: State;
        #[doc(hidden)]
        fn __set_amount(this: Self, value: Option<u64>) -> Self::SetAmount;
        ///The slot of `count`: `Unset`, or `Set<u32>` after `.count(...)`.
        type count;
        ///The state after `.count(...)`.
        type SetCount: State;
        #[doc(hidden)]
        fn __set_count(this: Self, value: u32) -> Self::SetCount;
        #[doc(hidden)]
        #[allow(clippy::unused_unit)]
        fn __open(this: Self) -> (Self::merchant_uid, Self::amount, Self::count);
    }
    #[automatically_derived]
    impl<__L0, __L1, __L2> State
    for ::iamport::typestate::N<__L0, ::iamport::typestate::N<__L1, __L2>> {
        type merchant_uid = __L0;
        type SetMerchantUid = <Self as ::iamport::typestate::Rep<
            ::iamport::typestate::path::PL,
            ::iamport::typestate::Set<String>,
        >>::Out;
        #[inline(always)]
        fn __set_merchant_uid(this: Self, value: String) -> Self::SetMerchantUid {
            <Self as ::iamport::typestate::Rep<
                ::iamport::typestate::path::PL,
                ::iamport::typestate::Set<String>,
            >>::rep(this, ::iamport::typestate::set(value))
        }
        type amount = __L1;
        type SetAmount = <Self as ::iamport::typestate::Rep<
            ::iamport::typestate::path::PRL,
            ::iamport::typestate::Set<Option<u64>>,
        >>::Out;
        #[inline(always)]
        fn __set_amount(this: Self, value: Option<u64>) -> Self::SetAmount {
            <Self as ::iamport::typestate::Rep<
                ::iamport::typestate::path::PRL,
                ::iamport::typestate::Set<Option<u64>>,
            >>::rep(this, ::iamport::typestate::set(value))
        }
        type count = __L2;
        type SetCount = <Self as ::iamport::typestate::Rep<
            ::iamport::typestate::path::PRR,
            ::iamport::typestate::Set<u32>,
        >>::Out;
        #[inline(always)]
        fn __set_count(this: Self, value: u32) -> Self::SetCount {
            <Self as ::iamport::typestate::Rep<
                ::iamport::typestate::path::PRR,
                ::iamport::typestate::Set<u32>,
            >>::rep(this, ::iamport::typestate::set(value))
        }
        #[inline(always)]
        #[allow(clippy::unused_unit)]
        fn __open(this: Self) -> (__L0, __L1, __L2) {
            let ::iamport::typestate::N(__l0, ::iamport::typestate::N(__l1, __l2)) = this;
            (__l0, __l1, __l2)
        }
    }
    ///State `S` after `.merchant_uid(...)`.
    pub type SetMerchantUid<S> = <S as State>::SetMerchantUid;
    ///State `S` after `.amount(...)`.
    pub type SetAmount<S> = <S as State>::SetAmount;
    ///State `S` after `.count(...)`.
    pub type SetCount<S> = <S as State>::SetCount;
    /**The states where `RefundBuilder::build()` can be called: every required field is set (`merchant_uid`).

A function bounded by `S: IsComplete` can call `build()` on a `RefundBuilder<S>`.*/
    pub trait IsComplete: State<
            merchant_uid: merchant_uid_is_set<String>,
            amount: ::iamport::typestate::Maybe<Option<u64>>,
            count: ::iamport::typestate::Maybe<u32>,
        > {}
    #[automatically_derived]
    impl<__L0, __L1, __L2> IsComplete
    for ::iamport::typestate::N<__L0, ::iamport::typestate::N<__L1, __L2>>
    where
        __L0: merchant_uid_is_set<String>,
        __L1: ::iamport::typestate::Maybe<Option<u64>>,
        __L2: ::iamport::typestate::Maybe<u32>,
    {}
}
#[cfg(not(doc))]
#[automatically_derived]
#[allow(unused_qualifications)]
impl<S> RefundBuilder<S> {
    /// The order.
    ///
    ///**Required.**
    #[inline]
    pub fn merchant_uid<__L>(
        self,
        value: String,
    ) -> RefundBuilder<refund_builder::SetMerchantUid<S>>
    where
        S: refund_builder::State<merchant_uid = __L>,
        __L: refund_builder::merchant_uid_is_unset,
    {
        RefundBuilder {
            __state: <S as refund_builder::State>::__set_merchant_uid(
                self.__state,
                value,
            ),
            __marker: ::core::marker::PhantomData,
        }
    }
    /// Part of the amount.
    ///
    ///*Optional*: `None` when not set.
    #[inline]
    pub fn amount<__L>(self, value: u64) -> RefundBuilder<refund_builder::SetAmount<S>>
    where
        S: refund_builder::State<amount = __L>,
        __L: refund_builder::amount_is_unset,
    {
        RefundBuilder {
            __state: <S as refund_builder::State>::__set_amount(
                self.__state,
                ::core::option::Option::Some(value),
            ),
            __marker: ::core::marker::PhantomData,
        }
    }
    ///Sets `amount` from an `Option`: `None` leaves it as if `amount` had not been called.
    ///
    /// Part of the amount.
    ///
    ///*Optional*: `None` when not set.
    #[inline]
    pub fn maybe_amount<__L>(
        self,
        value: ::core::option::Option<u64>,
    ) -> RefundBuilder<refund_builder::SetAmount<S>>
    where
        S: refund_builder::State<amount = __L>,
        __L: refund_builder::amount_is_unset,
    {
        RefundBuilder {
            __state: <S as refund_builder::State>::__set_amount(self.__state, value),
            __marker: ::core::marker::PhantomData,
        }
    }
    ///Sets `count`.
    ///
    ///
    ///*Optional*: `1` when not set.
    #[inline]
    pub fn count<__L>(self, value: u32) -> RefundBuilder<refund_builder::SetCount<S>>
    where
        S: refund_builder::State<count = __L>,
        __L: refund_builder::count_is_unset,
    {
        RefundBuilder {
            __state: <S as refund_builder::State>::__set_count(self.__state, value),
            __marker: ::core::marker::PhantomData,
        }
    }
}
#[cfg(doc)]
::iamport::__doc_only! {
    #[automatically_derived] #[allow(unused_qualifications)] impl < S > RefundBuilder < S
    > where { #[doc = " The order."] #[doc = ""] #[doc = "**Required.**"] #[inline] pub
    fn merchant_uid(self, value : String) -> RefundBuilder <
    refund_builder::SetMerchantUid < S >> where S : refund_builder::State < merchant_uid
    = ::iamport::typestate::Unset > { loop {} } #[doc = " Part of the amount."] #[doc =
    ""] #[doc = "*Optional*: `None` when not set."] #[inline] pub fn amount(self, value :
    u64) -> RefundBuilder < refund_builder::SetAmount < S >> where S :
    refund_builder::State < amount = ::iamport::typestate::Unset > { loop {} } #[doc =
    "Sets `amount` from an `Option`: `None` leaves it as if `amount` had not been called."]
    #[doc = ""] #[doc = " Part of the amount."] #[doc = ""] #[doc =
    "*Optional*: `None` when not set."] #[inline] pub fn maybe_amount(self, value :
    ::core::option::Option < u64 >) -> RefundBuilder < refund_builder::SetAmount < S >>
    where S : refund_builder::State < amount = ::iamport::typestate::Unset > { loop {} }
    #[doc = "Sets `count`."] #[doc = ""] #[doc = ""] #[doc =
    "*Optional*: `1` when not set."] #[inline] pub fn count(self, value : u32) ->
    RefundBuilder < refund_builder::SetCount < S >> where S : refund_builder::State <
    count = ::iamport::typestate::Unset > { loop {} } }
}
#[cfg(not(doc))]
#[automatically_derived]
#[allow(unused_qualifications)]
impl<S> RefundBuilder<S> {
    /**Builds the [`Refund`].

Compiles only when every required field is set (`merchant_uid`): the compiler names each field that is missing. In a generic function, bound the state with `refund_builder::IsComplete`.*/
    #[inline]
    pub fn build<__L0, __L1, __L2>(self) -> Refund
    where
        S: refund_builder::State<merchant_uid = __L0, amount = __L1, count = __L2>,
        __L0: refund_builder::merchant_uid_is_set<String>,
        __L1: ::iamport::typestate::Maybe<Option<u64>>,
        __L2: ::iamport::typestate::Maybe<u32>,
    {
        let (__l0, __l1, __l2) = <S as refund_builder::State>::__open(self.__state);
        Refund {
            merchant_uid: <_ as ::iamport::typestate::Value<String>>::value(__l0),
            amount: ::core::option::Option::flatten(
                <_ as ::iamport::typestate::Maybe<Option<u64>>>::maybe(__l1),
            ),
            count: match <_ as ::iamport::typestate::Maybe<u32>>::maybe(__l2) {
                ::core::option::Option::Some(__v) => __v,
                ::core::option::Option::None => {
                    let __default: u32 = 1;
                    __default
                }
            },
        }
    }
}
#[cfg(doc)]
::iamport::__doc_only! {
    #[automatically_derived] #[allow(unused_qualifications)] impl < S > RefundBuilder < S
    > where { #[doc =
    "Builds the [`Refund`].\n\nCompiles only when every required field is set (`merchant_uid`): the compiler names each field that is missing. In a generic function, bound the state with `refund_builder::IsComplete`."]
    pub fn build(self) -> Refund where S : refund_builder::IsComplete <> { loop {} } }
}
#[automatically_derived]
#[allow(unused_qualifications)]
impl Refund {
    ///Starts a builder for [`Refund`]: set its fields with the builder's setters, then call `build()`. A required field left unset, or a field set twice, is a compile error that names the field.
    #[inline]
    pub fn builder() -> RefundBuilder<refund_builder::Empty> {
        RefundBuilder {
            __state: ::iamport::typestate::N(
                ::iamport::typestate::Unset,
                ::iamport::typestate::N(
                    ::iamport::typestate::Unset,
                    ::iamport::typestate::Unset,
                ),
            ),
            __marker: ::core::marker::PhantomData,
        }
    }
}
