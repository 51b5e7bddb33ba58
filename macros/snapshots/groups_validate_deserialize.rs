const _: () = {
    #[derive(::iamport::__private::serde::Deserialize)]
    #[serde(crate = "::iamport::__private::serde")]
    struct __CancelUnchecked {
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "__no_null_imp_uid")]
        imp_uid: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "__no_null_merchant_uid")]
        merchant_uid: Option<String>,
        reason: String,
    }
    fn __no_null_imp_uid<'__d, __D, __T>(
        __d: __D,
    ) -> ::core::result::Result<::core::option::Option<__T>, __D::Error>
    where
        __D: ::iamport::__private::serde::Deserializer<'__d>,
        __T: ::iamport::__private::serde::Deserialize<'__d>,
    {
        ::iamport::__private::no_null(__d, "imp_uid")
    }
    fn __no_null_merchant_uid<'__d, __D, __T>(
        __d: __D,
    ) -> ::core::result::Result<::core::option::Option<__T>, __D::Error>
    where
        __D: ::iamport::__private::serde::Deserializer<'__d>,
        __T: ::iamport::__private::serde::Deserialize<'__d>,
    {
        ::iamport::__private::no_null(__d, "merchant_uid")
    }
    #[automatically_derived]
    #[allow(unused_qualifications)]
    impl<'de> ::iamport::__private::serde::Deserialize<'de> for Cancel {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::core::result::Result<Self, __D::Error>
        where
            __D: ::iamport::__private::serde::Deserializer<'de>,
        {
            let __raw: __CancelUnchecked = ::iamport::__private::serde::Deserialize::deserialize(
                ::iamport::__private::ObjectOnly::new(
                    __deserializer,
                    ::core::option::Option::Some(&["imp_uid", "merchant_uid", "reason"]),
                ),
            )?;
            let __n: ::core::primitive::usize = ::core::iter::Iterator::count(
                ::core::iter::Iterator::filter(
                    ::core::iter::IntoIterator::into_iter([
                        ::core::option::Option::is_some(&__raw.imp_uid),
                        ::core::option::Option::is_some(&__raw.merchant_uid),
                    ]),
                    |__b| *__b,
                ),
            );
            if __n != 1 {
                return ::core::result::Result::Err(
                    <__D::Error as ::iamport::__private::serde::de::Error>::custom(
                        "group `target` needs exactly one of `imp_uid`, `merchant_uid`",
                    ),
                );
            }
            let __value: Cancel = Cancel {
                imp_uid: __raw.imp_uid,
                merchant_uid: __raw.merchant_uid,
                reason: __raw.reason,
            };
            if let ::core::result::Result::Err(__e) = <Cancel as ::iamport::Validate>::validate(
                &__value,
            ) {
                return ::core::result::Result::Err(
                    <__D::Error as ::iamport::__private::serde::de::Error>::custom(__e),
                );
            }
            ::core::result::Result::Ok(__value)
        }
    }
};
/**The builder of [`Cancel`], made by [`Cancel::builder()`].

Call one setter per field, then `build()`. The compiler checks that every required field is set once, and no field twice.

**Required:** `reason`.

**Groups:**

- `target`: exactly one of `imp_uid`, `merchant_uid`, required by `build()`; `.target(...)` sets it from a runtime choice ([`cancel_builder::groups::Target`]).

`S` records which fields are set: [`cancel_builder`] names its states, so that a function can take, return or store a partly built builder (`CancelBuilder` alone is the empty one), and `cancel_builder::IsComplete` is what a generic function bounds `S` with to call `build()`. `#[builder(derive(Clone, Debug))]` on the struct gives the builder those traits.*/
#[must_use = "the builder does nothing until you call `build()` on it to get a `Cancel`"]
pub struct CancelBuilder<S = cancel_builder::Empty> {
    __state: S,
    __marker: ::core::marker::PhantomData<fn() -> Cancel>,
}
/**The states of [`CancelBuilder`](CancelBuilder), by name, for code that passes a partly built builder around.

- `CancelBuilder<Empty>` (or just `CancelBuilder`) is what [`Cancel::builder()`](Cancel::builder) returns;
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
pub mod cancel_builder {
    #[allow(unused_imports)]
    use super::*;
    ///Implemented by `Unset` only: `imp_uid` is not set yet.
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = "field `imp_uid` may be set twice",
        label = "`imp_uid` is set here, and may have been set before",
        note = "each field is set once: remove one of the `.imp_uid(...)` calls; in a generic function, bound the state before this call: `cancel_builder::State<imp_uid = Unset>`"
    )]
    pub trait imp_uid_is_unset: ::iamport::typestate::Sealed {}
    #[diagnostic::do_not_recommend]
    impl imp_uid_is_unset for ::iamport::typestate::Unset {}
    ///Implemented by `Unset` only: `merchant_uid` is not set yet.
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = "field `merchant_uid` may be set twice",
        label = "`merchant_uid` is set here, and may have been set before",
        note = "each field is set once: remove one of the `.merchant_uid(...)` calls; in a generic function, bound the state before this call: `cancel_builder::State<merchant_uid = Unset>`"
    )]
    pub trait merchant_uid_is_unset: ::iamport::typestate::Sealed {}
    #[diagnostic::do_not_recommend]
    impl merchant_uid_is_unset for ::iamport::typestate::Unset {}
    ///Implemented by `Unset` only: `reason` is not set yet.
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = "field `reason` may be set twice",
        label = "`reason` is set here, and may have been set before",
        note = "each field is set once: remove one of the `.reason(...)` calls; in a generic function, bound the state before this call: `cancel_builder::State<reason = Unset>`"
    )]
    pub trait reason_is_unset: ::iamport::typestate::Sealed {}
    #[diagnostic::do_not_recommend]
    impl reason_is_unset for ::iamport::typestate::Unset {}
    ///Implemented by `Set` only: the required field `reason` is set.
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = "missing required field `reason`",
        label = "`reason` is not set",
        note = "set it with `.reason(...)` before calling `.build()`; in a generic function, bound the state with `cancel_builder::IsComplete`"
    )]
    pub trait reason_is_set<__V>: ::iamport::typestate::Value<__V> {}
    #[diagnostic::do_not_recommend]
    impl<__V> reason_is_set<__V> for ::iamport::typestate::Set<__V> {}
    ///Implemented by `Unset` only: in group `target`, `imp_uid` is not set.
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = "group `target` takes exactly one of `imp_uid`, `merchant_uid`, but `imp_uid` may already be set",
        label = "`imp_uid` may already be set",
        note = "`#[builder(exactly_one(target = (...)))]` allows exactly one of these fields"
    )]
    pub trait target_has_no_imp_uid: ::iamport::typestate::Sealed {}
    #[diagnostic::do_not_recommend]
    impl target_has_no_imp_uid for ::iamport::typestate::Unset {}
    ///Implemented by `Unset` only: in group `target`, `merchant_uid` is not set.
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = "group `target` takes exactly one of `imp_uid`, `merchant_uid`, but `merchant_uid` may already be set",
        label = "`merchant_uid` may already be set",
        note = "`#[builder(exactly_one(target = (...)))]` allows exactly one of these fields"
    )]
    pub trait target_has_no_merchant_uid: ::iamport::typestate::Sealed {}
    #[diagnostic::do_not_recommend]
    impl target_has_no_merchant_uid for ::iamport::typestate::Unset {}
    ///Implemented by the slots of group `target` when one of them is set.
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = "group `target` needs exactly one of `imp_uid`, `merchant_uid`, and none is set",
        label = "set one of `imp_uid`, `merchant_uid` before calling `.build()`",
        note = "or set the group from a runtime choice with `.target(...)`"
    )]
    pub trait target_has_one: ::iamport::typestate::Sealed {}
    #[diagnostic::do_not_recommend]
    impl<__V, __G1> target_has_one
    for ::iamport::typestate::Slots<(::iamport::typestate::Set<__V>, __G1)> {}
    #[diagnostic::do_not_recommend]
    impl<__V> target_has_one
    for ::iamport::typestate::Slots<
        (::iamport::typestate::Unset, ::iamport::typestate::Set<__V>),
    > {}
    ///The state of a new builder: no field set. `Cancel::builder()` returns `CancelBuilder<Empty>`.
    pub type Empty = ::iamport::typestate::N<
        ::iamport::typestate::Unset,
        ::iamport::typestate::N<::iamport::typestate::Unset, ::iamport::typestate::Unset>,
    >;
    /**The states of [`CancelBuilder`](super::CancelBuilder): each associated type named after a field is that field's slot, [`Unset`](::iamport::typestate::Unset) until its setter runs and [`Set`](::iamport::typestate::Set) after, and `Set{Field}` is the state after the field's setter.

Implemented by the builder's own states only. Bound a state with `S: State<{field} = Unset>` to call that field's setter on it.*/
    pub trait State: ::core::marker::Sized {
        ///The slot of `imp_uid`: `Unset`, or `Set<Option<String>>` after `.imp_uid(...)`.
        type imp_uid;
        ///The state after `.imp_uid(...)`.
        type SetImpUid: State;
        #[doc(hidden)]
        fn __set_imp_uid(this: Self, value: Option<String>) -> Self::SetImpUid;
        ///The slot of `merchant_uid`: `Unset`, or `Set<Option<String>>` after `.merchant_uid(...)`.
        type merchant_uid;
        ///The state after `.merchant_uid(...)`.
        type SetMerchantUid: State;
        #[doc(hidden)]
        fn __set_merchant_uid(this: Self, value: Option<String>) -> Self::SetMerchantUid;
        ///The slot of `reason`: `Unset`, or `Set<String>` after `.reason(...)`.
        type reason;
        ///The state after `.reason(...)`.
        type SetReason: State;
        #[doc(hidden)]
        fn __set_reason(this: Self, value: String) -> Self::SetReason;
        ///The slots of group `target` (`imp_uid`, `merchant_uid`).
        type TargetGroup;
        #[doc(hidden)]
        #[allow(clippy::unused_unit)]
        fn __open(this: Self) -> (Self::imp_uid, Self::merchant_uid, Self::reason);
    }
    #[automatically_derived]
    impl<__L0, __L1, __L2> State
    for ::iamport::typestate::N<__L0, ::iamport::typestate::N<__L1, __L2>> {
        type imp_uid = __L0;
        type SetImpUid = <Self as ::iamport::typestate::Rep<
            ::iamport::typestate::path::PL,
            ::iamport::typestate::Set<Option<String>>,
        >>::Out;
        #[inline(always)]
        fn __set_imp_uid(this: Self, value: Option<String>) -> Self::SetImpUid {
            <Self as ::iamport::typestate::Rep<
                ::iamport::typestate::path::PL,
                ::iamport::typestate::Set<Option<String>>,
            >>::rep(this, ::iamport::typestate::set(value))
        }
        type merchant_uid = __L1;
        type SetMerchantUid = <Self as ::iamport::typestate::Rep<
            ::iamport::typestate::path::PRL,
            ::iamport::typestate::Set<Option<String>>,
        >>::Out;
        #[inline(always)]
        fn __set_merchant_uid(
            this: Self,
            value: Option<String>,
        ) -> Self::SetMerchantUid {
            <Self as ::iamport::typestate::Rep<
                ::iamport::typestate::path::PRL,
                ::iamport::typestate::Set<Option<String>>,
            >>::rep(this, ::iamport::typestate::set(value))
        }
        type reason = __L2;
        type SetReason = <Self as ::iamport::typestate::Rep<
            ::iamport::typestate::path::PRR,
            ::iamport::typestate::Set<String>,
        >>::Out;
        #[inline(always)]
        fn __set_reason(this: Self, value: String) -> Self::SetReason {
            <Self as ::iamport::typestate::Rep<
                ::iamport::typestate::path::PRR,
                ::iamport::typestate::Set<String>,
            >>::rep(this, ::iamport::typestate::set(value))
        }
        type TargetGroup = ::iamport::typestate::Slots<(__L0, __L1)>;
        #[inline(always)]
        #[allow(clippy::unused_unit)]
        fn __open(this: Self) -> (__L0, __L1, __L2) {
            let ::iamport::typestate::N(__l0, ::iamport::typestate::N(__l1, __l2)) = this;
            (__l0, __l1, __l2)
        }
    }
    ///State `S` after `.imp_uid(...)`.
    pub type SetImpUid<S> = <S as State>::SetImpUid;
    ///State `S` after `.merchant_uid(...)`.
    pub type SetMerchantUid<S> = <S as State>::SetMerchantUid;
    ///State `S` after `.reason(...)`.
    pub type SetReason<S> = <S as State>::SetReason;
    /**The states where `CancelBuilder::build()` can be called: every required field is set (`reason`), and group `target` has exactly one of `imp_uid`, `merchant_uid`.

A function bounded by `S: IsComplete` can call `build()` on a `CancelBuilder<S>`.*/
    pub trait IsComplete: State<
            imp_uid: ::iamport::typestate::Maybe<Option<String>>,
            merchant_uid: ::iamport::typestate::Maybe<Option<String>>,
            reason: reason_is_set<String>,
            TargetGroup: target_has_one,
        > {}
    #[automatically_derived]
    impl<__L0, __L1, __L2> IsComplete
    for ::iamport::typestate::N<__L0, ::iamport::typestate::N<__L1, __L2>>
    where
        __L0: ::iamport::typestate::Maybe<Option<String>>,
        __L1: ::iamport::typestate::Maybe<Option<String>>,
        __L2: reason_is_set<String>,
        ::iamport::typestate::Slots<(__L0, __L1)>: target_has_one,
    {}
    ///The field groups of [`CancelBuilder`](super::CancelBuilder), one enum each: the choice that the group's setter takes, for a group set from a runtime value.
    pub mod groups {
        #[allow(unused_imports)]
        use super::*;
        ///One member of group `target` (exactly one of `imp_uid`, `merchant_uid`), with its value: what `.target(...)` takes.
        #[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq)]
        #[allow(
            clippy::derive_partial_eq_without_eq,
            reason = "a member type may not be `Eq`"
        )]
        pub enum Target {
            ///Sets `imp_uid`.
            ImpUid(String),
            ///Sets `merchant_uid`.
            MerchantUid(String),
        }
    }
}
#[cfg(not(doc))]
#[automatically_derived]
#[allow(unused_qualifications)]
impl<S> CancelBuilder<S> {
    ///Sets `imp_uid`.
    ///
    ///
    ///*Optional*: `None` when not set. In group `target`: exactly one of `imp_uid`, `merchant_uid`, which `build()` requires; `.target(...)` sets the group from a runtime choice.
    #[inline]
    pub fn imp_uid<__L, __G1>(
        self,
        value: String,
    ) -> CancelBuilder<cancel_builder::SetImpUid<S>>
    where
        S: cancel_builder::State<imp_uid = __L, merchant_uid = __G1>,
        __L: cancel_builder::imp_uid_is_unset,
        __G1: cancel_builder::target_has_no_merchant_uid,
    {
        CancelBuilder {
            __state: <S as cancel_builder::State>::__set_imp_uid(
                self.__state,
                ::core::option::Option::Some(value),
            ),
            __marker: ::core::marker::PhantomData,
        }
    }
    ///Sets `merchant_uid`.
    ///
    ///
    ///*Optional*: `None` when not set. In group `target`: exactly one of `imp_uid`, `merchant_uid`, which `build()` requires; `.target(...)` sets the group from a runtime choice.
    #[inline]
    pub fn merchant_uid<__L, __G0>(
        self,
        value: String,
    ) -> CancelBuilder<cancel_builder::SetMerchantUid<S>>
    where
        S: cancel_builder::State<merchant_uid = __L, imp_uid = __G0>,
        __L: cancel_builder::merchant_uid_is_unset,
        __G0: cancel_builder::target_has_no_imp_uid,
    {
        CancelBuilder {
            __state: <S as cancel_builder::State>::__set_merchant_uid(
                self.__state,
                ::core::option::Option::Some(value),
            ),
            __marker: ::core::marker::PhantomData,
        }
    }
    ///Sets `reason`.
    ///
    ///
    ///**Required.**
    #[inline]
    pub fn reason<__L>(
        self,
        value: String,
    ) -> CancelBuilder<cancel_builder::SetReason<S>>
    where
        S: cancel_builder::State<reason = __L>,
        __L: cancel_builder::reason_is_unset,
    {
        CancelBuilder {
            __state: <S as cancel_builder::State>::__set_reason(self.__state, value),
            __marker: ::core::marker::PhantomData,
        }
    }
    ///Sets group `target` (exactly one of `imp_uid`, `merchant_uid`) from a runtime choice: the chosen member gets its              value, the others stay `None`. Calls no member's own setter, and like them              compiles only while every member is unset.
    #[inline]
    pub fn target<__G0, __G1>(
        self,
        choice: cancel_builder::groups::Target,
    ) -> CancelBuilder<cancel_builder::SetMerchantUid<cancel_builder::SetImpUid<S>>>
    where
        S: cancel_builder::State<imp_uid = __G0, merchant_uid = __G1>,
        __G0: cancel_builder::target_has_no_imp_uid,
        __G1: cancel_builder::target_has_no_merchant_uid,
    {
        let (__v0, __v1) = match choice {
            cancel_builder::groups::Target::ImpUid(__v) => {
                (::core::option::Option::Some(__v), ::core::option::Option::None)
            }
            cancel_builder::groups::Target::MerchantUid(__v) => {
                (::core::option::Option::None, ::core::option::Option::Some(__v))
            }
        };
        let __s = self.__state;
        let __s = <S as cancel_builder::State>::__set_imp_uid(__s, __v0);
        let __s = <cancel_builder::SetImpUid<
            S,
        > as cancel_builder::State>::__set_merchant_uid(__s, __v1);
        CancelBuilder {
            __state: __s,
            __marker: ::core::marker::PhantomData,
        }
    }
}
#[cfg(doc)]
::iamport::__doc_only! {
    #[automatically_derived] #[allow(unused_qualifications)] impl < S > CancelBuilder < S
    > where { #[doc = "Sets `imp_uid`."] #[doc = ""] #[doc = ""] #[doc =
    "*Optional*: `None` when not set. In group `target`: exactly one of `imp_uid`, `merchant_uid`, which `build()` requires; `.target(...)` sets the group from a runtime choice."]
    #[inline] pub fn imp_uid(self, value : String) -> CancelBuilder <
    cancel_builder::SetImpUid < S >> where S : cancel_builder::State < imp_uid =
    ::iamport::typestate::Unset, merchant_uid = ::iamport::typestate::Unset > { loop {} }
    #[doc = "Sets `merchant_uid`."] #[doc = ""] #[doc = ""] #[doc =
    "*Optional*: `None` when not set. In group `target`: exactly one of `imp_uid`, `merchant_uid`, which `build()` requires; `.target(...)` sets the group from a runtime choice."]
    #[inline] pub fn merchant_uid(self, value : String) -> CancelBuilder <
    cancel_builder::SetMerchantUid < S >> where S : cancel_builder::State < merchant_uid
    = ::iamport::typestate::Unset, imp_uid = ::iamport::typestate::Unset > { loop {} }
    #[doc = "Sets `reason`."] #[doc = ""] #[doc = ""] #[doc = "**Required.**"] #[inline]
    pub fn reason(self, value : String) -> CancelBuilder < cancel_builder::SetReason < S
    >> where S : cancel_builder::State < reason = ::iamport::typestate::Unset > { loop {}
    } #[doc =
    "Sets group `target` (exactly one of `imp_uid`, `merchant_uid`) from a runtime choice: the chosen member gets its              value, the others stay `None`. Calls no member's own setter, and like them              compiles only while every member is unset."]
    #[inline] pub fn target(self, choice : cancel_builder::groups::Target) ->
    CancelBuilder < cancel_builder::SetMerchantUid < cancel_builder::SetImpUid < S >>>
    where S : cancel_builder::State < imp_uid = ::iamport::typestate::Unset, merchant_uid
    = ::iamport::typestate::Unset > { loop {} } }
}
#[cfg(not(doc))]
#[automatically_derived]
#[allow(unused_qualifications)]
impl<S> CancelBuilder<S> {
    /**Builds the [`Cancel`] and checks the rules of its `iamport::Validate` impl.

Compiles only when every required field is set (`reason`), and group `target` has exactly one of `imp_uid`, `merchant_uid`: the compiler names each field that is missing. In a generic function, bound the state with `cancel_builder::IsComplete`.

# Errors

The type's own error, when one of its rules does not hold.*/
    #[inline]
    #[allow(
        clippy::missing_errors_doc,
        reason = "the doc attribute has its `# Errors` section; clippy reads no doc attribute a macro wrote"
    )]
    pub fn build<__L0, __L1, __L2, __Q0>(
        self,
    ) -> ::core::result::Result<Cancel, <Cancel as ::iamport::Validate>::Error>
    where
        S: cancel_builder::State<
            imp_uid = __L0,
            merchant_uid = __L1,
            reason = __L2,
            TargetGroup = __Q0,
        >,
        __L0: ::iamport::typestate::Maybe<Option<String>>,
        __L1: ::iamport::typestate::Maybe<Option<String>>,
        __L2: cancel_builder::reason_is_set<String>,
        __Q0: cancel_builder::target_has_one,
    {
        let (__l0, __l1, __l2) = <S as cancel_builder::State>::__open(self.__state);
        let __value: Cancel = Cancel {
            imp_uid: ::core::option::Option::flatten(
                <_ as ::iamport::typestate::Maybe<Option<String>>>::maybe(__l0),
            ),
            merchant_uid: ::core::option::Option::flatten(
                <_ as ::iamport::typestate::Maybe<Option<String>>>::maybe(__l1),
            ),
            reason: <_ as ::iamport::typestate::Value<String>>::value(__l2),
        };
        match <Cancel as ::iamport::Validate>::validate(&__value) {
            ::core::result::Result::Ok(()) => ::core::result::Result::Ok(__value),
            ::core::result::Result::Err(__e) => ::core::result::Result::Err(__e),
        }
    }
}
#[cfg(doc)]
::iamport::__doc_only! {
    #[automatically_derived] #[allow(unused_qualifications)] impl < S > CancelBuilder < S
    > where { #[doc =
    "Builds the [`Cancel`] and checks the rules of its `iamport::Validate` impl.\n\nCompiles only when every required field is set (`reason`), and group `target` has exactly one of `imp_uid`, `merchant_uid`: the compiler names each field that is missing. In a generic function, bound the state with `cancel_builder::IsComplete`.\n\n# Errors\n\nThe type's own error, when one of its rules does not hold."]
    pub fn build(self) -> ::core::result::Result < Cancel, < Cancel as
    ::iamport::Validate >::Error > where S : cancel_builder::IsComplete <> { loop {} } }
}
#[automatically_derived]
#[allow(unused_qualifications)]
impl Cancel {
    ///Starts a builder for [`Cancel`]: set its fields with the builder's setters, then call `build()`. A required field left unset, or a field set twice, is a compile error that names the field.
    #[inline]
    pub fn builder() -> CancelBuilder<cancel_builder::Empty> {
        CancelBuilder {
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
