/**Builder for [`Chai`], made by [`Chai::builder()`].

Call one setter per field, then `build()`. The compiler checks that every required field is set once, and no field twice. `S` records which fields are set: [`chai_builder`] names its states, so that a function can take, return or store a partly built builder (`ChaiBuilder` alone is the empty one).*/
#[must_use = "the builder does nothing until you call `build()` on it to get a `Chai`"]
pub struct ChaiBuilder<S = chai_builder::Empty> {
    __state: S,
    __marker: ::core::marker::PhantomData<fn() -> Chai>,
}
#[automatically_derived]
#[allow(unused_qualifications)]
impl<S> ::core::fmt::Debug for ChaiBuilder<S> {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("ChaiBuilder").finish_non_exhaustive()
    }
}
#[automatically_derived]
#[allow(unused_qualifications)]
impl Chai {
    ///Starts a builder for [`Chai`]: set its fields with the builder's setters, then call `build()`. A required field left unset, or a field set twice, is a compile error that names the field.
    #[inline]
    pub fn builder() -> ChaiBuilder<chai_builder::Empty> {
        ChaiBuilder {
            __state: ::pay::typestate::Unset,
            __marker: ::core::marker::PhantomData,
        }
    }
}
/**The states of [`ChaiBuilder`](super::ChaiBuilder), by name, for code that passes a partly built builder around.

`ChaiBuilder<Empty>` (or just `ChaiBuilder`) is what [`Chai::builder()`](super::Chai::builder) returns; `Set{Field}<S>` is state `S` after that field's setter; `S: IsUnset<fields::{field}>` holds for the states where the setter can be called; `IsComplete` for the states where `build()` can. These names stay the same when the struct's fields are reordered or an optional field is added. The hidden marker traits (`*_is_set`, `*_is_unset`) carry the compiler's messages for one field or group each.

See [`::pay::typestate`] for an example.*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    unreachable_pub,
    unused_imports,
    clippy::module_name_repetitions
)]
pub mod chai_builder {
    #[allow(unused_imports)]
    use super::*;
    ///Implemented by `Unset` only: `merchant_uid` is not set yet.
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = "field `merchant_uid` is set twice",
        label = "`merchant_uid` was already set",
        note = "each field is set once; remove one of the `.order(...)` calls"
    )]
    pub trait merchant_uid_is_unset: ::pay::typestate::Sealed {}
    #[diagnostic::do_not_recommend]
    impl merchant_uid_is_unset for ::pay::typestate::Unset {}
    ///Implemented by `Set` only: the required field `merchant_uid` is set.
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = "missing required field `merchant_uid`",
        label = "`merchant_uid` is not set",
        note = "set it with `.order(...)` before calling `.build()`"
    )]
    pub trait merchant_uid_is_set<__V>: ::pay::typestate::Value<__V> {}
    #[diagnostic::do_not_recommend]
    impl<__V> merchant_uid_is_set<__V> for ::pay::typestate::Set<__V> {}
    ///Implemented by no type: `customer_uid` is not a method of this builder.
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = "use the registration",
        label = "`customer_uid` is not a method of this builder"
    )]
    pub trait customer_uid_is_forbidden: ::pay::typestate::Sealed {}
    ///The state of a new builder: no field set. `Chai::builder()` returns `ChaiBuilder<Empty>`.
    pub type Empty = ::pay::typestate::Unset;
    ///The fields of [`ChaiBuilder`](super::ChaiBuilder) as one type: each name in [`fields`] is a [`Field`](::pay::typestate::Field) of it.
    #[derive(Debug)]
    pub enum ChaiFields {}
    ///State `S` after `.order(...)`.
    pub type SetMerchantUid<S> = <S as ::pay::typestate::Slot<
        fields::merchant_uid,
    >>::Out;
    ///The fields of [`ChaiBuilder`](super::super::ChaiBuilder), one name each, for [`IsUnset`](::pay::typestate::IsUnset): `S: IsUnset<fields::x>` holds for the states where `.x(...)` can be called.
    pub mod fields {
        ///The field `merchant_uid`.
        pub type merchant_uid = ::pay::typestate::Field<
            super::ChaiFields,
            ::pay::typestate::H,
        >;
    }
    ///The states where every required field is set (and every `exactly_one` group has its one), so `ChaiBuilder::build()` can be called.
    pub trait IsComplete {}
    #[doc(hidden)]
    impl<__L0> IsComplete for __L0
    where
        __L0: merchant_uid_is_set<String>,
    {}
}
#[doc(hidden)]
#[automatically_derived]
#[allow(unused_qualifications)]
impl ::pay::typestate::FieldType<::pay::typestate::H> for chai_builder::ChaiFields {
    type Value = String;
}
#[cfg(not(doc))]
#[automatically_derived]
#[allow(unused_qualifications)]
impl<S> ChaiBuilder<S> {
    #[inline(always)]
    #[allow(clippy::inline_always, reason = "a one-line move that every setter makes")]
    fn __put<__F: ::pay::typestate::FieldOf>(
        self,
        value: __F::Value,
    ) -> ChaiBuilder<<S as ::pay::typestate::Slot<__F>>::Out>
    where
        S: ::pay::typestate::Slot<__F>,
    {
        ChaiBuilder {
            __state: ::pay::typestate::Slot::<__F>::put(self.__state, value),
            __marker: ::core::marker::PhantomData,
        }
    }
    ///Sets `merchant_uid`.
    ///
    ///
    ///**Required.**
    #[inline]
    pub fn order<__L>(
        self,
        value: impl ::core::convert::Into<String>,
    ) -> ChaiBuilder<chai_builder::SetMerchantUid<S>>
    where
        S: ::pay::typestate::Slot<chai_builder::fields::merchant_uid, Leaf = __L>,
        __L: chai_builder::merchant_uid_is_unset,
    {
        self.__put::<
                chai_builder::fields::merchant_uid,
            >(::core::convert::Into::into(value))
    }
    #[doc(hidden)]
    #[allow(unused_variables)]
    pub fn customer_uid<__T>(self, value: __T) -> Self
    where
        __T: chai_builder::customer_uid_is_forbidden,
    {
        self
    }
}
#[cfg(doc)]
::pay::__doc_only! {
    #[automatically_derived] #[allow(unused_qualifications)] impl < S > ChaiBuilder < S >
    where { #[doc = "Sets `merchant_uid`."] #[doc = ""] #[doc = ""] #[doc =
    "**Required.**"] #[inline] pub fn order(self, value : impl ::core::convert::Into <
    String >) -> ChaiBuilder < chai_builder::SetMerchantUid < S >> where S :
    ::pay::typestate::IsUnset < chai_builder::fields::merchant_uid > { ChaiBuilder {
    __state : ::pay::typestate::Slot::< chai_builder::fields::merchant_uid >::put(self
    .__state, ::core::convert::Into::into(value)), __marker : ::core::marker::PhantomData
    } } }
}
#[cfg(not(doc))]
#[automatically_derived]
#[allow(unused_qualifications)]
impl<S> ChaiBuilder<S> {
    /**Builds the [`Chai`].

Compiles only when every required field is set: the compiler names each one that is missing.*/
    #[inline]
    pub fn build<__L0>(self) -> Chai
    where
        S: ::pay::typestate::Open<Tree = __L0>,
        __L0: chai_builder::merchant_uid_is_set<String>,
    {
        let __l0 = ::pay::typestate::Open::open(self.__state);
        Chai {
            pay_method: "trans",
            merchant_uid: ::pay::typestate::Value::<String>::value(__l0),
        }
    }
}
#[cfg(doc)]
::pay::__doc_only! {
    #[automatically_derived] #[allow(unused_qualifications)] impl < S > ChaiBuilder < S >
    where { #[doc =
    "Builds the [`Chai`].\n\nCompiles only when every required field is set: the compiler names each one that is missing."]
    pub fn build(self) -> Chai where S : chai_builder::IsComplete <> { loop {} } }
}
