/**The builder of [`Chai`], made by [`Chai::builder()`].

Call one setter per field, then `build()`. The compiler checks that every required field is set once, and no field twice.

**Required:** `merchant_uid`.

`S` records which fields are set: [`chai_builder`] names its states, so that a function can take, return or store a partly built builder (`ChaiBuilder` alone is the empty one), and `chai_builder::IsComplete` is what a generic function bounds `S` with to call `build()`. `#[builder(derive(Clone, Debug))]` on the struct gives the builder those traits.*/
#[must_use = "the builder does nothing until you call `build()` on it to get a `Chai`"]
pub struct ChaiBuilder<S = chai_builder::Empty> {
    __state: S,
    __marker: ::core::marker::PhantomData<fn() -> Chai>,
}
/**The states of [`ChaiBuilder`](ChaiBuilder), by name, for code that passes a partly built builder around.

- `ChaiBuilder<Empty>` (or just `ChaiBuilder`) is what [`Chai::builder()`](Chai::builder) returns;
- `Set{Field}<S>` is state `S` after that field's setter;
- `S: State<{field} = Unset>` holds for the states where the field's setter can be called (name both members of a group: `State<a = Unset, b = Unset>`);
- `S: IsComplete` holds for the states where `build()` can.

These names stay the same when the struct's fields are reordered or an optional field is added. The hidden marker traits (`*_is_set`, `*_is_unset`, `*_has_*`) carry the compiler's messages for one field or group each.

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
        message = "field `merchant_uid` may be set twice",
        label = "`merchant_uid` is set here, and may have been set before",
        note = "each field is set once: remove one of the `.order(...)` calls; in a generic function, bound the state before this call: `chai_builder::State<merchant_uid = Unset>`"
    )]
    pub trait merchant_uid_is_unset: ::pay::typestate::Sealed {}
    #[diagnostic::do_not_recommend]
    impl merchant_uid_is_unset for ::pay::typestate::Unset {}
    ///Implemented by `Set` only: the required field `merchant_uid` is set.
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = "missing required field `merchant_uid`",
        label = "`merchant_uid` is not set",
        note = "set it with `.order(...)` before calling `.build()`; in a generic function, bound the state with `chai_builder::IsComplete`"
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
    pub type Empty = ::pay::typestate::N<::pay::typestate::Unset, ()>;
    /**The states of [`ChaiBuilder`](super::ChaiBuilder): each associated type named after a field is that field's slot, [`Unset`](::pay::typestate::Unset) until its setter runs and [`Set`](::pay::typestate::Set) after, and `Set{Field}` is the state after the field's setter.

Implemented by the builder's own states only. Bound a state with `S: State<{field} = Unset>` to call that field's setter on it.*/
    pub trait State: ::core::marker::Sized {
        ///The slot of `merchant_uid`: `Unset`, or `Set<String>` after `.order(...)`.
        type merchant_uid;
        ///The state after `.order(...)`.
        type SetMerchantUid: State;
        #[doc(hidden)]
        fn __set_merchant_uid(this: Self, value: String) -> Self::SetMerchantUid;
        #[doc(hidden)]
        #[allow(clippy::unused_unit)]
        fn __open(this: Self) -> (Self::merchant_uid,);
    }
    #[automatically_derived]
    impl<__L0> State for ::pay::typestate::N<__L0, ()> {
        type merchant_uid = __L0;
        type SetMerchantUid = <Self as ::pay::typestate::Rep<
            ::pay::typestate::path::PL,
            ::pay::typestate::Set<String>,
        >>::Out;
        #[inline(always)]
        fn __set_merchant_uid(this: Self, value: String) -> Self::SetMerchantUid {
            <Self as ::pay::typestate::Rep<
                ::pay::typestate::path::PL,
                ::pay::typestate::Set<String>,
            >>::rep(this, ::pay::typestate::set(value))
        }
        #[inline(always)]
        #[allow(clippy::unused_unit)]
        fn __open(this: Self) -> (__L0,) {
            let ::pay::typestate::N(__l0, _) = this;
            (__l0,)
        }
    }
    ///State `S` after `.order(...)`.
    pub type SetMerchantUid<S> = <S as State>::SetMerchantUid;
    /**The states where `ChaiBuilder::build()` can be called: every required field is set (`merchant_uid`).

A function bounded by `S: IsComplete` can call `build()` on a `ChaiBuilder<S>`.*/
    pub trait IsComplete: State<merchant_uid: merchant_uid_is_set<String>> {}
    #[automatically_derived]
    impl<__L0> IsComplete for ::pay::typestate::N<__L0, ()>
    where
        __L0: merchant_uid_is_set<String>,
    {}
}
#[cfg(not(doc))]
#[automatically_derived]
#[allow(unused_qualifications)]
impl<S> ChaiBuilder<S> {
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
        S: chai_builder::State<merchant_uid = __L>,
        __L: chai_builder::merchant_uid_is_unset,
    {
        ChaiBuilder {
            __state: <S as chai_builder::State>::__set_merchant_uid(
                self.__state,
                ::core::convert::Into::into(value),
            ),
            __marker: ::core::marker::PhantomData,
        }
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
    chai_builder::State < merchant_uid = ::pay::typestate::Unset > { loop {} } }
}
#[cfg(not(doc))]
#[automatically_derived]
#[allow(unused_qualifications)]
impl<S> ChaiBuilder<S> {
    /**Builds the [`Chai`].

Compiles only when every required field is set (`merchant_uid`): the compiler names each field that is missing. In a generic function, bound the state with `chai_builder::IsComplete`.*/
    #[inline]
    pub fn build<__L0>(self) -> Chai
    where
        S: chai_builder::State<merchant_uid = __L0>,
        __L0: chai_builder::merchant_uid_is_set<String>,
    {
        let (__l0,) = <S as chai_builder::State>::__open(self.__state);
        Chai {
            pay_method: "trans",
            merchant_uid: <_ as ::pay::typestate::Value<String>>::value(__l0),
        }
    }
}
#[cfg(doc)]
::pay::__doc_only! {
    #[automatically_derived] #[allow(unused_qualifications)] impl < S > ChaiBuilder < S >
    where { #[doc =
    "Builds the [`Chai`].\n\nCompiles only when every required field is set (`merchant_uid`): the compiler names each field that is missing. In a generic function, bound the state with `chai_builder::IsComplete`."]
    pub fn build(self) -> Chai where S : chai_builder::IsComplete <> { loop {} } }
}
#[automatically_derived]
#[allow(unused_qualifications)]
impl Chai {
    ///Starts a builder for [`Chai`]: set its fields with the builder's setters, then call `build()`. A required field left unset, or a field set twice, is a compile error that names the field.
    #[inline]
    pub fn builder() -> ChaiBuilder<chai_builder::Empty> {
        ChaiBuilder {
            __state: ::pay::typestate::N(::pay::typestate::Unset, ()),
            __marker: ::core::marker::PhantomData,
        }
    }
}
