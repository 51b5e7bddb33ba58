/**The builder of [`Buyer`], made by [`Buyer::builder()`].

Call one setter per field, then `build()`. The compiler checks that every required field is set once, and no field twice.

**Required:** `name`.

**Groups:**

- `contact`: at most one of `email`, `phone`; `.contact(...)` sets it from a runtime choice ([`buyer_builder::groups::Contact`]).

`S` records which fields are set: [`buyer_builder`] names its states, so that a function can take, return or store a partly built builder (`BuyerBuilder` alone is the empty one), and `buyer_builder::IsComplete` is what a generic function bounds `S` with to call `build()`.*/
#[must_use = "the builder does nothing until you call `build()` on it to get a `Buyer`"]
pub struct BuyerBuilder<S = buyer_builder::Empty> {
    __state: S,
    __marker: ::core::marker::PhantomData<fn() -> Buyer>,
}
#[automatically_derived]
#[allow(unused_qualifications)]
impl<S: ::core::clone::Clone> ::core::clone::Clone for BuyerBuilder<S> {
    #[inline]
    fn clone(&self) -> Self {
        BuyerBuilder {
            __state: ::core::clone::Clone::clone(&self.__state),
            __marker: ::core::marker::PhantomData,
        }
    }
}
#[automatically_derived]
#[allow(unused_qualifications)]
impl<S: buyer_builder::State> ::core::fmt::Debug for BuyerBuilder<S>
where
    <S as buyer_builder::State>::name: ::iamport::typestate::Leaf,
    <S as buyer_builder::State>::email: ::iamport::typestate::Leaf,
    <S as buyer_builder::State>::phone: ::iamport::typestate::Leaf,
{
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("BuyerBuilder")
            .field(
                "name",
                &::iamport::typestate::slot_state(
                    <<S as buyer_builder::State>::name as ::iamport::typestate::Leaf>::IS_SET,
                ),
            )
            .field(
                "email",
                &::iamport::typestate::slot_state(
                    <<S as buyer_builder::State>::email as ::iamport::typestate::Leaf>::IS_SET,
                ),
            )
            .field(
                "phone",
                &::iamport::typestate::slot_state(
                    <<S as buyer_builder::State>::phone as ::iamport::typestate::Leaf>::IS_SET,
                ),
            )
            .finish()
    }
}
/**The states of [`BuyerBuilder`](BuyerBuilder), by name, for code that passes a partly built builder around.

- `BuyerBuilder<Empty>` (or just `BuyerBuilder`) is what [`Buyer::builder()`](Buyer::builder) returns;
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
pub mod buyer_builder {
    #[allow(unused_imports)]
    use super::*;
    ///Implemented by `Unset` only: `name` is not set yet.
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = "field `name` may be set twice",
        label = "`name` is set here, and may have been set before",
        note = "each field is set once: remove one of the `.name(...)` calls; in a generic function, bound the state before this call: `buyer_builder::State<name = Unset>`"
    )]
    pub trait name_is_unset: ::iamport::typestate::Sealed {}
    #[diagnostic::do_not_recommend]
    impl name_is_unset for ::iamport::typestate::Unset {}
    ///Implemented by `Set` only: the required field `name` is set.
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = "missing required field `name`",
        label = "`name` is not set",
        note = "set it with `.name(...)` before calling `.build()`; in a generic function, bound the state with `buyer_builder::IsComplete`"
    )]
    pub trait name_is_set<__V>: ::iamport::typestate::Value<__V> {}
    #[diagnostic::do_not_recommend]
    impl<__V> name_is_set<__V> for ::iamport::typestate::Set<__V> {}
    ///Implemented by `Unset` only: `email` is not set yet.
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = "field `email` may be set twice",
        label = "`email` is set here, and may have been set before",
        note = "each field is set once: keep one of the calls to `.email(...)` or `.maybe_email(...)`; in a generic function, bound the state before this call: `buyer_builder::State<email = Unset>`"
    )]
    pub trait email_is_unset: ::iamport::typestate::Sealed {}
    #[diagnostic::do_not_recommend]
    impl email_is_unset for ::iamport::typestate::Unset {}
    ///Implemented by `Unset` only: `phone` is not set yet.
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = "field `phone` may be set twice",
        label = "`phone` is set here, and may have been set before",
        note = "each field is set once: keep one of the calls to `.phone(...)` or `.maybe_phone(...)`; in a generic function, bound the state before this call: `buyer_builder::State<phone = Unset>`"
    )]
    pub trait phone_is_unset: ::iamport::typestate::Sealed {}
    #[diagnostic::do_not_recommend]
    impl phone_is_unset for ::iamport::typestate::Unset {}
    ///Implemented by `Unset` only: in group `contact`, `email` is not set.
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = "group `contact` takes at most one of `email`, `phone`, but `email` may already be set",
        label = "`email` may already be set",
        note = "`#[builder(at_most_one(contact = (...)))]` allows at most one of these fields"
    )]
    pub trait contact_has_no_email: ::iamport::typestate::Sealed {}
    #[diagnostic::do_not_recommend]
    impl contact_has_no_email for ::iamport::typestate::Unset {}
    ///Implemented by `Unset` only: in group `contact`, `phone` is not set.
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = "group `contact` takes at most one of `email`, `phone`, but `phone` may already be set",
        label = "`phone` may already be set",
        note = "`#[builder(at_most_one(contact = (...)))]` allows at most one of these fields"
    )]
    pub trait contact_has_no_phone: ::iamport::typestate::Sealed {}
    #[diagnostic::do_not_recommend]
    impl contact_has_no_phone for ::iamport::typestate::Unset {}
    ///The state of a new builder: no field set. `Buyer::builder()` returns `BuyerBuilder<Empty>`.
    pub type Empty = ::iamport::typestate::N<
        ::iamport::typestate::Unset,
        ::iamport::typestate::N<::iamport::typestate::Unset, ::iamport::typestate::Unset>,
    >;
    /**The states of [`BuyerBuilder`](super::BuyerBuilder): each associated type named after a field is that field's slot, [`Unset`](::iamport::typestate::Unset) until its setter runs and [`Set`](::iamport::typestate::Set) after, and `Set{Field}` is the state after the field's setter.

Implemented by the builder's own states only. Bound a state with `S: State<{field} = Unset>` to call that field's setter on it.*/
    pub trait State: ::core::marker::Sized {
        ///The slot of `name`: `Unset`, or `Set<String>` after `.name(...)`.
        type name;
        ///The state after `.name(...)`.
        type SetName: State;
        #[doc(hidden)]
        fn __set_name(this: Self, value: String) -> Self::SetName;
        ///The slot of `email`: `Unset`, or `Set<Option<String>>` after `.email(...)`.
        type email;
        ///The state after `.email(...)`.
        type SetEmail: State;
        #[doc(hidden)]
        fn __set_email(this: Self, value: Option<String>) -> Self::SetEmail;
        ///The slot of `phone`: `Unset`, or `Set<Option<String>>` after `.phone(...)`.
        type phone;
        ///The state after `.phone(...)`.
        type SetPhone: State;
        #[doc(hidden)]
        fn __set_phone(this: Self, value: Option<String>) -> Self::SetPhone;
        ///The slots of group `contact` (`email`, `phone`).
        type ContactGroup;
        #[doc(hidden)]
        #[allow(clippy::unused_unit)]
        fn __open(this: Self) -> (Self::name, Self::email, Self::phone);
    }
    #[automatically_derived]
    impl<__L0, __L1, __L2> State
    for ::iamport::typestate::N<__L0, ::iamport::typestate::N<__L1, __L2>> {
        type name = __L0;
        type SetName = <Self as ::iamport::typestate::Rep<
            ::iamport::typestate::path::PL,
            ::iamport::typestate::Set<String>,
        >>::Out;
        #[inline(always)]
        fn __set_name(this: Self, value: String) -> Self::SetName {
            <Self as ::iamport::typestate::Rep<
                ::iamport::typestate::path::PL,
                ::iamport::typestate::Set<String>,
            >>::rep(this, ::iamport::typestate::set(value))
        }
        type email = __L1;
        type SetEmail = <Self as ::iamport::typestate::Rep<
            ::iamport::typestate::path::PRL,
            ::iamport::typestate::Set<Option<String>>,
        >>::Out;
        #[inline(always)]
        fn __set_email(this: Self, value: Option<String>) -> Self::SetEmail {
            <Self as ::iamport::typestate::Rep<
                ::iamport::typestate::path::PRL,
                ::iamport::typestate::Set<Option<String>>,
            >>::rep(this, ::iamport::typestate::set(value))
        }
        type phone = __L2;
        type SetPhone = <Self as ::iamport::typestate::Rep<
            ::iamport::typestate::path::PRR,
            ::iamport::typestate::Set<Option<String>>,
        >>::Out;
        #[inline(always)]
        fn __set_phone(this: Self, value: Option<String>) -> Self::SetPhone {
            <Self as ::iamport::typestate::Rep<
                ::iamport::typestate::path::PRR,
                ::iamport::typestate::Set<Option<String>>,
            >>::rep(this, ::iamport::typestate::set(value))
        }
        type ContactGroup = ::iamport::typestate::Slots<(__L1, __L2)>;
        #[inline(always)]
        #[allow(clippy::unused_unit)]
        fn __open(this: Self) -> (__L0, __L1, __L2) {
            let ::iamport::typestate::N(__l0, ::iamport::typestate::N(__l1, __l2)) = this;
            (__l0, __l1, __l2)
        }
    }
    ///State `S` after `.name(...)`.
    pub type SetName<S> = <S as State>::SetName;
    ///State `S` after `.email(...)`.
    pub type SetEmail<S> = <S as State>::SetEmail;
    ///State `S` after `.phone(...)`.
    pub type SetPhone<S> = <S as State>::SetPhone;
    /**The states where `BuyerBuilder::build()` can be called: every required field is set (`name`).

A function bounded by `S: IsComplete` can call `build()` on a `BuyerBuilder<S>`.*/
    pub trait IsComplete: State<
            name: name_is_set<String>,
            email: ::iamport::typestate::Maybe<Option<String>>,
            phone: ::iamport::typestate::Maybe<Option<String>>,
        > {}
    #[automatically_derived]
    impl<__L0, __L1, __L2> IsComplete
    for ::iamport::typestate::N<__L0, ::iamport::typestate::N<__L1, __L2>>
    where
        __L0: name_is_set<String>,
        __L1: ::iamport::typestate::Maybe<Option<String>>,
        __L2: ::iamport::typestate::Maybe<Option<String>>,
    {}
    ///The field groups of [`BuyerBuilder`](super::BuyerBuilder), one enum each: the choice that the group's setter takes, for a group set from a runtime value.
    pub mod groups {
        #[allow(unused_imports)]
        use super::*;
        ///One member of group `contact` (at most one of `email`, `phone`), with its value: what `.contact(...)` takes.
        #[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq)]
        #[allow(
            clippy::derive_partial_eq_without_eq,
            reason = "a member type may not be `Eq`"
        )]
        pub enum Contact {
            ///Sets `email`.
            Email(String),
            ///Sets `phone`.
            Phone(String),
        }
    }
}
#[cfg(not(doc))]
#[automatically_derived]
#[allow(unused_qualifications)]
impl<S> BuyerBuilder<S> {
    /// The buyer's name.
    ///
    ///**Required.**
    #[inline]
    pub fn name<__L>(self, value: String) -> BuyerBuilder<buyer_builder::SetName<S>>
    where
        S: buyer_builder::State<name = __L>,
        __L: buyer_builder::name_is_unset,
    {
        BuyerBuilder {
            __state: <S as buyer_builder::State>::__set_name(self.__state, value),
            __marker: ::core::marker::PhantomData,
        }
    }
    ///Sets `email`.
    ///
    ///
    ///*Optional*: `None` when not set. In group `contact`: at most one of `email`, `phone`; `.contact(...)` sets the group from a runtime choice.
    #[inline]
    pub fn email<__L, __G2>(
        self,
        value: String,
    ) -> BuyerBuilder<buyer_builder::SetEmail<S>>
    where
        S: buyer_builder::State<email = __L, phone = __G2>,
        __L: buyer_builder::email_is_unset,
        __G2: buyer_builder::contact_has_no_phone,
    {
        BuyerBuilder {
            __state: <S as buyer_builder::State>::__set_email(
                self.__state,
                ::core::option::Option::Some(value),
            ),
            __marker: ::core::marker::PhantomData,
        }
    }
    ///Sets `email` from an `Option`: `None` leaves it as if `email` had not been called.
    ///
    ///
    ///*Optional*: `None` when not set. In group `contact`: at most one of `email`, `phone`; `.contact(...)` sets the group from a runtime choice.
    #[inline]
    pub fn maybe_email<__L, __G2>(
        self,
        value: ::core::option::Option<String>,
    ) -> BuyerBuilder<buyer_builder::SetEmail<S>>
    where
        S: buyer_builder::State<email = __L, phone = __G2>,
        __L: buyer_builder::email_is_unset,
        __G2: buyer_builder::contact_has_no_phone,
    {
        BuyerBuilder {
            __state: <S as buyer_builder::State>::__set_email(self.__state, value),
            __marker: ::core::marker::PhantomData,
        }
    }
    ///Sets `phone`.
    ///
    ///
    ///*Optional*: `None` when not set. In group `contact`: at most one of `email`, `phone`; `.contact(...)` sets the group from a runtime choice.
    #[inline]
    pub fn phone<__L, __G1>(
        self,
        value: String,
    ) -> BuyerBuilder<buyer_builder::SetPhone<S>>
    where
        S: buyer_builder::State<phone = __L, email = __G1>,
        __L: buyer_builder::phone_is_unset,
        __G1: buyer_builder::contact_has_no_email,
    {
        BuyerBuilder {
            __state: <S as buyer_builder::State>::__set_phone(
                self.__state,
                ::core::option::Option::Some(value),
            ),
            __marker: ::core::marker::PhantomData,
        }
    }
    ///Sets `phone` from an `Option`: `None` leaves it as if `phone` had not been called.
    ///
    ///
    ///*Optional*: `None` when not set. In group `contact`: at most one of `email`, `phone`; `.contact(...)` sets the group from a runtime choice.
    #[inline]
    pub fn maybe_phone<__L, __G1>(
        self,
        value: ::core::option::Option<String>,
    ) -> BuyerBuilder<buyer_builder::SetPhone<S>>
    where
        S: buyer_builder::State<phone = __L, email = __G1>,
        __L: buyer_builder::phone_is_unset,
        __G1: buyer_builder::contact_has_no_email,
    {
        BuyerBuilder {
            __state: <S as buyer_builder::State>::__set_phone(self.__state, value),
            __marker: ::core::marker::PhantomData,
        }
    }
    ///Sets group `contact` (at most one of `email`, `phone`) from a runtime choice: the chosen member gets its              value, the others stay `None`. Calls no member's own setter, and like them              compiles only while every member is unset.
    #[inline]
    pub fn contact<__G1, __G2>(
        self,
        choice: buyer_builder::groups::Contact,
    ) -> BuyerBuilder<buyer_builder::SetPhone<buyer_builder::SetEmail<S>>>
    where
        S: buyer_builder::State<email = __G1, phone = __G2>,
        __G1: buyer_builder::contact_has_no_email,
        __G2: buyer_builder::contact_has_no_phone,
    {
        let (__v0, __v1) = match choice {
            buyer_builder::groups::Contact::Email(__v) => {
                (::core::option::Option::Some(__v), ::core::option::Option::None)
            }
            buyer_builder::groups::Contact::Phone(__v) => {
                (::core::option::Option::None, ::core::option::Option::Some(__v))
            }
        };
        let __s = self.__state;
        let __s = <S as buyer_builder::State>::__set_email(__s, __v0);
        let __s = <buyer_builder::SetEmail<
            S,
        > as buyer_builder::State>::__set_phone(__s, __v1);
        BuyerBuilder {
            __state: __s,
            __marker: ::core::marker::PhantomData,
        }
    }
}
#[cfg(doc)]
::iamport::__doc_only! {
    #[automatically_derived] #[allow(unused_qualifications)] impl < S > BuyerBuilder < S
    > where { #[doc = " The buyer's name."] #[doc = ""] #[doc = "**Required.**"]
    #[inline] pub fn name(self, value : String) -> BuyerBuilder < buyer_builder::SetName
    < S >> where S : buyer_builder::State < name = ::iamport::typestate::Unset > { loop
    {} } #[doc = "Sets `email`."] #[doc = ""] #[doc = ""] #[doc =
    "*Optional*: `None` when not set. In group `contact`: at most one of `email`, `phone`; `.contact(...)` sets the group from a runtime choice."]
    #[inline] pub fn email(self, value : String) -> BuyerBuilder <
    buyer_builder::SetEmail < S >> where S : buyer_builder::State < email =
    ::iamport::typestate::Unset, phone = ::iamport::typestate::Unset > { loop {} } #[doc
    =
    "Sets `email` from an `Option`: `None` leaves it as if `email` had not been called."]
    #[doc = ""] #[doc = ""] #[doc =
    "*Optional*: `None` when not set. In group `contact`: at most one of `email`, `phone`; `.contact(...)` sets the group from a runtime choice."]
    #[inline] pub fn maybe_email(self, value : ::core::option::Option < String >) ->
    BuyerBuilder < buyer_builder::SetEmail < S >> where S : buyer_builder::State < email
    = ::iamport::typestate::Unset, phone = ::iamport::typestate::Unset > { loop {} }
    #[doc = "Sets `phone`."] #[doc = ""] #[doc = ""] #[doc =
    "*Optional*: `None` when not set. In group `contact`: at most one of `email`, `phone`; `.contact(...)` sets the group from a runtime choice."]
    #[inline] pub fn phone(self, value : String) -> BuyerBuilder <
    buyer_builder::SetPhone < S >> where S : buyer_builder::State < phone =
    ::iamport::typestate::Unset, email = ::iamport::typestate::Unset > { loop {} } #[doc
    =
    "Sets `phone` from an `Option`: `None` leaves it as if `phone` had not been called."]
    #[doc = ""] #[doc = ""] #[doc =
    "*Optional*: `None` when not set. In group `contact`: at most one of `email`, `phone`; `.contact(...)` sets the group from a runtime choice."]
    #[inline] pub fn maybe_phone(self, value : ::core::option::Option < String >) ->
    BuyerBuilder < buyer_builder::SetPhone < S >> where S : buyer_builder::State < phone
    = ::iamport::typestate::Unset, email = ::iamport::typestate::Unset > { loop {} }
    #[doc =
    "Sets group `contact` (at most one of `email`, `phone`) from a runtime choice: the chosen member gets its              value, the others stay `None`. Calls no member's own setter, and like them              compiles only while every member is unset."]
    #[inline] pub fn contact(self, choice : buyer_builder::groups::Contact) ->
    BuyerBuilder < buyer_builder::SetPhone < buyer_builder::SetEmail < S >>> where S :
    buyer_builder::State < email = ::iamport::typestate::Unset, phone =
    ::iamport::typestate::Unset > { loop {} } }
}
#[cfg(not(doc))]
#[automatically_derived]
#[allow(unused_qualifications)]
impl<S> BuyerBuilder<S> {
    /**Builds the [`Buyer`].

Compiles only when every required field is set (`name`): the compiler names each field that is missing. In a generic function, bound the state with `buyer_builder::IsComplete`.*/
    #[inline]
    pub fn build<__L0, __L1, __L2>(self) -> Buyer
    where
        S: buyer_builder::State<name = __L0, email = __L1, phone = __L2>,
        __L0: buyer_builder::name_is_set<String>,
        __L1: ::iamport::typestate::Maybe<Option<String>>,
        __L2: ::iamport::typestate::Maybe<Option<String>>,
    {
        let (__l0, __l1, __l2) = <S as buyer_builder::State>::__open(self.__state);
        Buyer {
            name: <_ as ::iamport::typestate::Value<String>>::value(__l0),
            email: ::core::option::Option::flatten(
                <_ as ::iamport::typestate::Maybe<Option<String>>>::maybe(__l1),
            ),
            phone: ::core::option::Option::flatten(
                <_ as ::iamport::typestate::Maybe<Option<String>>>::maybe(__l2),
            ),
        }
    }
}
#[cfg(doc)]
::iamport::__doc_only! {
    #[automatically_derived] #[allow(unused_qualifications)] impl < S > BuyerBuilder < S
    > where { #[doc =
    "Builds the [`Buyer`].\n\nCompiles only when every required field is set (`name`): the compiler names each field that is missing. In a generic function, bound the state with `buyer_builder::IsComplete`."]
    pub fn build(self) -> Buyer where S : buyer_builder::IsComplete <> { loop {} } }
}
#[automatically_derived]
#[allow(unused_qualifications)]
impl Buyer {
    /// The buyer's name.
    #[inline]
    #[must_use]
    pub fn name(&self) -> &String {
        &self.name
    }
    ///`email`.
    #[inline]
    #[must_use]
    pub fn email(&self) -> ::core::option::Option<&String> {
        ::core::option::Option::as_ref(&self.email)
    }
    ///`phone`.
    #[inline]
    #[must_use]
    pub fn phone(&self) -> ::core::option::Option<&String> {
        ::core::option::Option::as_ref(&self.phone)
    }
}
#[automatically_derived]
#[allow(unused_qualifications)]
impl Buyer {
    ///Starts a builder for [`Buyer`]: set its fields with the builder's setters, then call `build()`. A required field left unset, or a field set twice, is a compile error that names the field.
    #[inline]
    pub fn builder() -> BuyerBuilder<buyer_builder::Empty> {
        BuyerBuilder {
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
