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
/**The states of [`RefundBuilder`](super::RefundBuilder), by name, for code that passes a partly built builder around.

`RefundBuilder<Empty>` (or just `RefundBuilder`) is what [`Refund::builder()`](super::Refund::builder) returns; `Set{Field}<S>` is state `S` after that field's setter; `S: IsUnset<fields::{field}>` holds for the states where the setter can be called; `IsComplete` for the states where `build()` can. These names stay the same when the struct's fields are reordered or an optional field is added. The hidden marker traits (`*_is_set`, `*_is_unset`) carry the compiler's messages for one field or group each.

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
    ///The fields of [`RefundBuilder`](super::RefundBuilder) as one type: each name in [`fields`] is a [`Field`](::iamport::typestate::Field) of it.
    #[derive(Debug)]
    pub enum RefundFields {}
    ///State `S` after `.merchant_uid(...)`.
    pub type SetMerchantUid<S> = <S as ::iamport::typestate::Slot<
        fields::merchant_uid,
    >>::Out;
    ///State `S` after `.amount(...)`.
    pub type SetAmount<S> = <S as ::iamport::typestate::Slot<fields::amount>>::Out;
    ///State `S` after `.count(...)`.
    pub type SetCount<S> = <S as ::iamport::typestate::Slot<fields::count>>::Out;
    ///The fields of [`RefundBuilder`](super::super::RefundBuilder), one name each, for [`IsUnset`](::iamport::typestate::IsUnset): `S: IsUnset<fields::x>` holds for the states where `.x(...)` can be called.
    pub mod fields {
        ///The field `merchant_uid`.
        pub type merchant_uid = ::iamport::typestate::Field<
            super::RefundFields,
            ::iamport::typestate::path::PL,
        >;
        ///The field `amount`.
        pub type amount = ::iamport::typestate::Field<
            super::RefundFields,
            ::iamport::typestate::path::PRL,
        >;
        ///The field `count`.
        pub type count = ::iamport::typestate::Field<
            super::RefundFields,
            ::iamport::typestate::path::PRR,
        >;
    }
    ///The states where every required field is set (and every `exactly_one` group has its one), so `RefundBuilder::build()` can be called.
    pub trait IsComplete {}
    #[doc(hidden)]
    impl<__L0, __L1, __L2> IsComplete for (__L0, (__L1, __L2))
    where
        __L0: merchant_uid_is_set<String>,
    {}
}
#[doc(hidden)]
#[automatically_derived]
#[allow(unused_qualifications)]
impl ::iamport::typestate::FieldType<::iamport::typestate::path::PL>
for refund_builder::RefundFields {
    type Value = String;
}
#[doc(hidden)]
#[automatically_derived]
#[allow(unused_qualifications)]
impl ::iamport::typestate::FieldType<::iamport::typestate::path::PRL>
for refund_builder::RefundFields {
    type Value = Option<u64>;
}
#[doc(hidden)]
#[automatically_derived]
#[allow(unused_qualifications)]
impl ::iamport::typestate::FieldType<::iamport::typestate::path::PRR>
for refund_builder::RefundFields {
    type Value = u32;
}
#[cfg(not(doc))]
#[automatically_derived]
#[allow(unused_qualifications)]
impl<S> RefundBuilder<S> {
    #[inline(always)]
    #[allow(clippy::inline_always, reason = "a one-line move that every setter makes")]
    fn __put<__F: ::iamport::typestate::FieldOf>(
        self,
        value: __F::Value,
    ) -> RefundBuilder<<S as ::iamport::typestate::Slot<__F>>::Out>
    where
        S: ::iamport::typestate::Slot<__F>,
    {
        RefundBuilder {
            __state: ::iamport::typestate::Slot::<__F>::put(self.__state, value),
            __marker: ::core::marker::PhantomData,
        }
    }
    /// The order.
    ///
    ///**Required.**
    #[inline]
    pub fn merchant_uid<__L>(
        self,
        value: String,
    ) -> RefundBuilder<refund_builder::SetMerchantUid<S>>
    where
        S: ::iamport::typestate::Slot<refund_builder::fields::merchant_uid, Leaf = __L>,
        __L: refund_builder::merchant_uid_is_unset,
    {
        self.__put::<refund_builder::fields::merchant_uid>(value)
    }
    /// Part of the amount.
    ///
    ///*Optional*: `None` when not set.
    #[inline]
    pub fn amount<__L>(self, value: u64) -> RefundBuilder<refund_builder::SetAmount<S>>
    where
        S: ::iamport::typestate::Slot<refund_builder::fields::amount, Leaf = __L>,
        __L: refund_builder::amount_is_unset,
    {
        self.__put::<refund_builder::fields::amount>(::core::option::Option::Some(value))
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
        S: ::iamport::typestate::Slot<refund_builder::fields::amount, Leaf = __L>,
        __L: refund_builder::amount_is_unset,
    {
        self.__put::<refund_builder::fields::amount>(value)
    }
    ///Sets `count`.
    ///
    ///
    ///*Optional*: `1` when not set.
    #[inline]
    pub fn count<__L>(self, value: u32) -> RefundBuilder<refund_builder::SetCount<S>>
    where
        S: ::iamport::typestate::Slot<refund_builder::fields::count, Leaf = __L>,
        __L: refund_builder::count_is_unset,
    {
        self.__put::<refund_builder::fields::count>(value)
    }
}
#[cfg(doc)]
::iamport::__doc_only! {
    #[automatically_derived] #[allow(unused_qualifications)] impl < S > RefundBuilder < S
    > where { #[doc = " The order."] #[doc = ""] #[doc = "**Required.**"] #[inline] pub
    fn merchant_uid(self, value : String) -> RefundBuilder <
    refund_builder::SetMerchantUid < S >> where S : ::iamport::typestate::IsUnset <
    refund_builder::fields::merchant_uid > { RefundBuilder { __state :
    ::iamport::typestate::Slot::< refund_builder::fields::merchant_uid >::put(self
    .__state, value), __marker : ::core::marker::PhantomData } } #[doc =
    " Part of the amount."] #[doc = ""] #[doc = "*Optional*: `None` when not set."]
    #[inline] pub fn amount(self, value : u64) -> RefundBuilder <
    refund_builder::SetAmount < S >> where S : ::iamport::typestate::IsUnset <
    refund_builder::fields::amount > { RefundBuilder { __state :
    ::iamport::typestate::Slot::< refund_builder::fields::amount >::put(self.__state,
    ::core::option::Option::Some(value)), __marker : ::core::marker::PhantomData } }
    #[doc =
    "Sets `amount` from an `Option`: `None` leaves it as if `amount` had not been called."]
    #[doc = ""] #[doc = " Part of the amount."] #[doc = ""] #[doc =
    "*Optional*: `None` when not set."] #[inline] pub fn maybe_amount(self, value :
    ::core::option::Option < u64 >) -> RefundBuilder < refund_builder::SetAmount < S >>
    where S : ::iamport::typestate::IsUnset < refund_builder::fields::amount > {
    RefundBuilder { __state : ::iamport::typestate::Slot::<
    refund_builder::fields::amount >::put(self.__state, value), __marker :
    ::core::marker::PhantomData } } #[doc = "Sets `count`."] #[doc = ""] #[doc = ""]
    #[doc = "*Optional*: `1` when not set."] #[inline] pub fn count(self, value : u32) ->
    RefundBuilder < refund_builder::SetCount < S >> where S :
    ::iamport::typestate::IsUnset < refund_builder::fields::count > { RefundBuilder {
    __state : ::iamport::typestate::Slot::< refund_builder::fields::count >::put(self
    .__state, value), __marker : ::core::marker::PhantomData } } }
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
    "Builds the [`Refund`].\n\nCompiles only when every required field is set: the compiler names each one that is missing."]
    pub fn build(self) -> Refund where S : refund_builder::IsComplete <> { loop {} } }
}
