/**Builder for [`Refund`], made by [`Refund::builder()`].

Call one setter per field, then `build()`. The compiler checks that every required field is set once, and no field twice. `S` records which fields are set: [`refund_builder`] names its states, so that a function can take, return or store a partly built builder (`RefundBuilder` alone is the empty one).*/
#[must_use = "the builder does nothing until you call `build()` on it to get a `Refund`"]
pub struct RefundBuilder<S = refund_builder::Empty> {
    __state: S,
    __marker: ::core::marker::PhantomData<fn() -> Refund>,
}
#[automatically_derived]
#[allow(unused_qualifications)]
impl<S> ::core::fmt::Debug for RefundBuilder<S> {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("RefundBuilder").finish_non_exhaustive()
    }
}
#[automatically_derived]
#[allow(unused_qualifications)]
impl Refund {
    ///Starts a builder for [`Refund`]: set its fields with the builder's setters, then call `build()`. A required field left unset, or a field set twice, is a compile error that names the field.
    #[inline]
    pub fn builder() -> RefundBuilder<refund_builder::Empty> {
        RefundBuilder {
            __state: (
                ::iamport::typestate::Unset,
                (::iamport::typestate::Unset, ::iamport::typestate::Unset),
            ),
            __marker: ::core::marker::PhantomData,
        }
    }
}
#[cfg(not(doc))]
#[automatically_derived]
#[allow(unused_qualifications)]
impl<S> RefundBuilder<S> {
    /**Builds the [`Refund`].

Compiles only when every required field is set: the compiler names each one that is missing.*/
    #[inline]
    pub fn build<__L0, __L1, __L2>(self) -> Refund
    where
        S: ::iamport::typestate::Open<Tree = (__L0, (__L1, __L2))>,
        __L0: refund_builder::merchant_uid_is_set<String>,
        __L1: ::iamport::typestate::Maybe<Option<u64>>,
        __L2: ::iamport::typestate::Maybe<u32>,
    {
        let (__l0, (__l1, __l2)) = ::iamport::typestate::Open::open(self.__state);
        Refund {
            merchant_uid: ::iamport::typestate::Value::<String>::value(__l0),
            amount: ::core::option::Option::flatten(
                ::iamport::typestate::Maybe::<Option<u64>>::maybe(__l1),
            ),
            count: match ::iamport::typestate::Maybe::<u32>::maybe(__l2) {
                ::core::option::Option::Some(__v) => __v,
                ::core::option::Option::None => 1,
            },
        }
    }
}
#[cfg(doc)]
#[automatically_derived]
#[allow(unused_qualifications)]
impl<S> RefundBuilder<S> {
    /**Builds the [`Refund`].

Compiles only when every required field is set: the compiler names each one that is missing.*/
    pub fn build(self) -> Refund
    where
        S: refund_builder::IsComplete,
    {
        loop {}
    }
}
/**The states of [`RefundBuilder`](super::RefundBuilder), by name, for code that passes a partly built builder around.

`RefundBuilder<Empty>` (or just `RefundBuilder`) is what [`Refund::builder()`](super::Refund::builder) returns; `Set{Field}<S>` is state `S` after that field's setter; `{Field}IsUnset` holds for the states where the setter can be called; `IsComplete` for the states where `build()` can. These names stay the same when the struct's fields are reordered or an optional field is added. The hidden marker traits (`*_is_set`, `*_is_unset`) carry the compiler's messages for one field or group each.

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
        message = "field `merchant_uid` is set twice",
        label = "`merchant_uid` was already set",
        note = "each field is set once; remove one of the `.merchant_uid(...)` calls"
    )]
    pub trait merchant_uid_is_unset: ::iamport::typestate::Sealed {}
    #[diagnostic::do_not_recommend]
    impl merchant_uid_is_unset for ::iamport::typestate::Unset {}
    ///Implemented by `Set` only: the required field `merchant_uid` is set.
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = "missing required field `merchant_uid`",
        label = "`merchant_uid` is not set",
        note = "set it with `.merchant_uid(...)` before calling `.build()`"
    )]
    pub trait merchant_uid_is_set<__V>: ::iamport::typestate::Value<__V> {}
    #[diagnostic::do_not_recommend]
    impl<__V> merchant_uid_is_set<__V> for ::iamport::typestate::Set<__V> {}
    ///Implemented by `Unset` only: `amount` is not set yet.
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = "field `amount` is set twice",
        label = "`amount` was already set",
        note = "each field is set once; keep one of the calls to `.amount(...)` or `.maybe_amount(...)`"
    )]
    pub trait amount_is_unset: ::iamport::typestate::Sealed {}
    #[diagnostic::do_not_recommend]
    impl amount_is_unset for ::iamport::typestate::Unset {}
    ///Implemented by `Unset` only: `count` is not set yet.
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = "field `count` is set twice",
        label = "`count` was already set",
        note = "each field is set once; remove one of the `.count(...)` calls"
    )]
    pub trait count_is_unset: ::iamport::typestate::Sealed {}
    #[diagnostic::do_not_recommend]
    impl count_is_unset for ::iamport::typestate::Unset {}
    ///The state of a new builder: no field set. `Refund::builder()` returns `RefundBuilder<Empty>`.
    pub type Empty = (
        ::iamport::typestate::Unset,
        (::iamport::typestate::Unset, ::iamport::typestate::Unset),
    );
    ///State `S` after `.merchant_uid(...)`.
    pub type SetMerchantUid<S> = ::iamport::typestate::Out<
        S,
        ::iamport::typestate::path::PL,
        String,
    >;
    ///The states where `merchant_uid` is not set, so `.merchant_uid(...)` can be called: write `S: MerchantUidIsUnset` on a function that sets it on a `RefundBuilder<S>`.
    pub trait MerchantUidIsUnset: ::iamport::typestate::Rep<
            ::iamport::typestate::path::PL,
            ::iamport::typestate::Set<String>,
        > + ::iamport::typestate::At<
            ::iamport::typestate::path::PL,
            Leaf: merchant_uid_is_unset,
        > {}
    impl<S> MerchantUidIsUnset for S
    where
        S: ::iamport::typestate::Rep<
            ::iamport::typestate::path::PL,
            ::iamport::typestate::Set<String>,
        >,
        <S as ::iamport::typestate::At<
            ::iamport::typestate::path::PL,
        >>::Leaf: merchant_uid_is_unset,
    {}
    ///State `S` after `.amount(...)`.
    pub type SetAmount<S> = ::iamport::typestate::Out<
        S,
        ::iamport::typestate::path::PRL,
        Option<u64>,
    >;
    ///The states where `amount` is not set, so `.amount(...)` can be called: write `S: AmountIsUnset` on a function that sets it on a `RefundBuilder<S>`.
    pub trait AmountIsUnset: ::iamport::typestate::Rep<
            ::iamport::typestate::path::PRL,
            ::iamport::typestate::Set<Option<u64>>,
        > + ::iamport::typestate::At<
            ::iamport::typestate::path::PRL,
            Leaf: amount_is_unset,
        > {}
    impl<S> AmountIsUnset for S
    where
        S: ::iamport::typestate::Rep<
            ::iamport::typestate::path::PRL,
            ::iamport::typestate::Set<Option<u64>>,
        >,
        <S as ::iamport::typestate::At<
            ::iamport::typestate::path::PRL,
        >>::Leaf: amount_is_unset,
    {}
    ///State `S` after `.count(...)`.
    pub type SetCount<S> = ::iamport::typestate::Out<
        S,
        ::iamport::typestate::path::PRR,
        u32,
    >;
    ///The states where `count` is not set, so `.count(...)` can be called: write `S: CountIsUnset` on a function that sets it on a `RefundBuilder<S>`.
    pub trait CountIsUnset: ::iamport::typestate::Rep<
            ::iamport::typestate::path::PRR,
            ::iamport::typestate::Set<u32>,
        > + ::iamport::typestate::At<
            ::iamport::typestate::path::PRR,
            Leaf: count_is_unset,
        > {}
    impl<S> CountIsUnset for S
    where
        S: ::iamport::typestate::Rep<
            ::iamport::typestate::path::PRR,
            ::iamport::typestate::Set<u32>,
        >,
        <S as ::iamport::typestate::At<
            ::iamport::typestate::path::PRR,
        >>::Leaf: count_is_unset,
    {}
    ///The states where every required field is set (and every `exactly_one` group has its one), so `RefundBuilder::build()` can be called.
    pub trait IsComplete {}
    #[doc(hidden)]
    impl<__L0, __L1, __L2> IsComplete for (__L0, (__L1, __L2))
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
    ) -> RefundBuilder<
        ::iamport::typestate::Out<S, ::iamport::typestate::path::PL, String>,
    >
    where
        S: ::iamport::typestate::Rep<
            ::iamport::typestate::path::PL,
            ::iamport::typestate::Set<String>,
            Leaf = __L,
        >,
        __L: refund_builder::merchant_uid_is_unset,
    {
        RefundBuilder {
            __state: ::iamport::typestate::set::<
                ::iamport::typestate::path::PL,
                S,
                String,
            >(self.__state, value),
            __marker: ::core::marker::PhantomData,
        }
    }
    /// Part of the amount.
    ///
    ///*Optional*: `None` when not set.
    #[inline]
    pub fn amount<__L>(
        self,
        value: u64,
    ) -> RefundBuilder<
        ::iamport::typestate::Out<S, ::iamport::typestate::path::PRL, Option<u64>>,
    >
    where
        S: ::iamport::typestate::Rep<
            ::iamport::typestate::path::PRL,
            ::iamport::typestate::Set<Option<u64>>,
            Leaf = __L,
        >,
        __L: refund_builder::amount_is_unset,
    {
        RefundBuilder {
            __state: ::iamport::typestate::set::<
                ::iamport::typestate::path::PRL,
                S,
                Option<u64>,
            >(self.__state, ::core::option::Option::Some(value)),
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
    ) -> RefundBuilder<
        ::iamport::typestate::Out<S, ::iamport::typestate::path::PRL, Option<u64>>,
    >
    where
        S: ::iamport::typestate::Rep<
            ::iamport::typestate::path::PRL,
            ::iamport::typestate::Set<Option<u64>>,
            Leaf = __L,
        >,
        __L: refund_builder::amount_is_unset,
    {
        RefundBuilder {
            __state: ::iamport::typestate::set::<
                ::iamport::typestate::path::PRL,
                S,
                Option<u64>,
            >(self.__state, value),
            __marker: ::core::marker::PhantomData,
        }
    }
    ///Sets `count`.
    ///
    ///
    ///*Optional*: `1` when not set.
    #[inline]
    pub fn count<__L>(
        self,
        value: u32,
    ) -> RefundBuilder<
        ::iamport::typestate::Out<S, ::iamport::typestate::path::PRR, u32>,
    >
    where
        S: ::iamport::typestate::Rep<
            ::iamport::typestate::path::PRR,
            ::iamport::typestate::Set<u32>,
            Leaf = __L,
        >,
        __L: refund_builder::count_is_unset,
    {
        RefundBuilder {
            __state: ::iamport::typestate::set::<
                ::iamport::typestate::path::PRR,
                S,
                u32,
            >(self.__state, value),
            __marker: ::core::marker::PhantomData,
        }
    }
}
#[cfg(doc)]
#[automatically_derived]
#[allow(unused_qualifications)]
impl<S> RefundBuilder<S> {
    /// The order.
    ///
    ///**Required.**
    #[inline]
    pub fn merchant_uid(
        self,
        value: String,
    ) -> RefundBuilder<refund_builder::SetMerchantUid<S>>
    where
        S: refund_builder::MerchantUidIsUnset,
    {
        RefundBuilder {
            __state: ::iamport::typestate::set::<
                ::iamport::typestate::path::PL,
                S,
                String,
            >(self.__state, value),
            __marker: ::core::marker::PhantomData,
        }
    }
    /// Part of the amount.
    ///
    ///*Optional*: `None` when not set.
    #[inline]
    pub fn amount(self, value: u64) -> RefundBuilder<refund_builder::SetAmount<S>>
    where
        S: refund_builder::AmountIsUnset,
    {
        RefundBuilder {
            __state: ::iamport::typestate::set::<
                ::iamport::typestate::path::PRL,
                S,
                Option<u64>,
            >(self.__state, ::core::option::Option::Some(value)),
            __marker: ::core::marker::PhantomData,
        }
    }
    ///Sets `amount` from an `Option`: `None` leaves it as if `amount` had not been called.
    ///
    /// Part of the amount.
    ///
    ///*Optional*: `None` when not set.
    #[inline]
    pub fn maybe_amount(
        self,
        value: ::core::option::Option<u64>,
    ) -> RefundBuilder<refund_builder::SetAmount<S>>
    where
        S: refund_builder::AmountIsUnset,
    {
        RefundBuilder {
            __state: ::iamport::typestate::set::<
                ::iamport::typestate::path::PRL,
                S,
                Option<u64>,
            >(self.__state, value),
            __marker: ::core::marker::PhantomData,
        }
    }
    ///Sets `count`.
    ///
    ///
    ///*Optional*: `1` when not set.
    #[inline]
    pub fn count(self, value: u32) -> RefundBuilder<refund_builder::SetCount<S>>
    where
        S: refund_builder::CountIsUnset,
    {
        RefundBuilder {
            __state: ::iamport::typestate::set::<
                ::iamport::typestate::path::PRR,
                S,
                u32,
            >(self.__state, value),
            __marker: ::core::marker::PhantomData,
        }
    }
}
