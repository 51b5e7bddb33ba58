/**Builder for [`Cancel`], made by [`Cancel::builder()`].

Call one setter per field, then `build()`. The compiler checks that every required field is set once, and no field twice. `S` records which fields are set: [`cancel_builder`] names its states, so that a function can take, return or store a partly built builder (`CancelBuilder` alone is the empty one).*/
#[must_use = "the builder does nothing until you call `build()` on it to get a `Cancel`"]
pub struct CancelBuilder<S = cancel_builder::Empty> {
    __state: S,
    __marker: ::core::marker::PhantomData<fn() -> Cancel>,
}
#[automatically_derived]
#[allow(unused_qualifications)]
impl<S> ::core::fmt::Debug for CancelBuilder<S> {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("CancelBuilder").finish_non_exhaustive()
    }
}
#[automatically_derived]
#[allow(unused_qualifications)]
impl Cancel {
    ///Starts a builder for [`Cancel`]: set its fields with the builder's setters, then call `build()`. A required field left unset, or a field set twice, is a compile error that names the field.
    #[inline]
    pub fn builder() -> CancelBuilder<cancel_builder::Empty> {
        CancelBuilder {
            __state: (
                ::iamport::typestate::Unset,
                (::iamport::typestate::Unset, ::iamport::typestate::Unset),
            ),
            __marker: ::core::marker::PhantomData,
        }
    }
}
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
/**The states of [`CancelBuilder`](super::CancelBuilder), by name, for code that passes a partly built builder around.

`CancelBuilder<Empty>` (or just `CancelBuilder`) is what [`Cancel::builder()`](super::Cancel::builder) returns; `Set{Field}<S>` is state `S` after that field's setter; `S: IsUnset<fields::{field}>` holds for the states where the setter can be called; `IsComplete` for the states where `build()` can. These names stay the same when the struct's fields are reordered or an optional field is added. The hidden marker traits (`*_is_set`, `*_is_unset`) carry the compiler's messages for one field or group each.

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
        message = "field `imp_uid` is set twice",
        label = "`imp_uid` was already set",
        note = "each field is set once; keep one of the calls to `.imp_uid(...)` or `.maybe_imp_uid(...)`"
    )]
    pub trait imp_uid_is_unset: ::iamport::typestate::Sealed {}
    #[diagnostic::do_not_recommend]
    impl imp_uid_is_unset for ::iamport::typestate::Unset {}
    ///Implemented by `Unset` only: `merchant_uid` is not set yet.
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = "field `merchant_uid` is set twice",
        label = "`merchant_uid` was already set",
        note = "each field is set once; keep one of the calls to `.merchant_uid(...)` or `.maybe_merchant_uid(...)`"
    )]
    pub trait merchant_uid_is_unset: ::iamport::typestate::Sealed {}
    #[diagnostic::do_not_recommend]
    impl merchant_uid_is_unset for ::iamport::typestate::Unset {}
    ///Implemented by `Unset` only: `reason` is not set yet.
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = "field `reason` is set twice",
        label = "`reason` was already set",
        note = "each field is set once; remove one of the `.reason(...)` calls"
    )]
    pub trait reason_is_unset: ::iamport::typestate::Sealed {}
    #[diagnostic::do_not_recommend]
    impl reason_is_unset for ::iamport::typestate::Unset {}
    ///Implemented by `Set` only: the required field `reason` is set.
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = "missing required field `reason`",
        label = "`reason` is not set",
        note = "set it with `.reason(...)` before calling `.build()`"
    )]
    pub trait reason_is_set<__V>: ::iamport::typestate::Value<__V> {}
    #[diagnostic::do_not_recommend]
    impl<__V> reason_is_set<__V> for ::iamport::typestate::Set<__V> {}
    ///Implemented by `Unset` only: in group `target`, `imp_uid` is not set.
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = "group `target` takes exactly one of `imp_uid`, `merchant_uid`, but `imp_uid` is already set",
        label = "`imp_uid` is already set",
        note = "`#[builder(exactly_one(target = (...)))]` allows exactly one of these fields"
    )]
    pub trait target__imp_uid_is_unset: ::iamport::typestate::Sealed {}
    #[diagnostic::do_not_recommend]
    impl target__imp_uid_is_unset for ::iamport::typestate::Unset {}
    ///Implemented by `Unset` only: in group `target`, `merchant_uid` is not set.
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = "group `target` takes exactly one of `imp_uid`, `merchant_uid`, but `merchant_uid` is already set",
        label = "`merchant_uid` is already set",
        note = "`#[builder(exactly_one(target = (...)))]` allows exactly one of these fields"
    )]
    pub trait target__merchant_uid_is_unset: ::iamport::typestate::Sealed {}
    #[diagnostic::do_not_recommend]
    impl target__merchant_uid_is_unset for ::iamport::typestate::Unset {}
    ///Implemented by the slots of group `target` when one of them is set.
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = "group `target` needs exactly one of `imp_uid`, `merchant_uid`, and none is set",
        label = "set one of `imp_uid`, `merchant_uid` before calling `.build()`"
    )]
    pub trait target__one_is_set: ::iamport::typestate::Sealed {}
    #[diagnostic::do_not_recommend]
    impl<__V, __G1> target__one_is_set
    for ::iamport::typestate::Slots<(::iamport::typestate::Set<__V>, __G1)> {}
    #[diagnostic::do_not_recommend]
    impl<__V> target__one_is_set
    for ::iamport::typestate::Slots<
        (::iamport::typestate::Unset, ::iamport::typestate::Set<__V>),
    > {}
    ///The state of a new builder: no field set. `Cancel::builder()` returns `CancelBuilder<Empty>`.
    pub type Empty = (
        ::iamport::typestate::Unset,
        (::iamport::typestate::Unset, ::iamport::typestate::Unset),
    );
    ///The fields of [`CancelBuilder`](super::CancelBuilder) as one type: each name in [`fields`] is a [`Field`](::iamport::typestate::Field) of it.
    #[derive(Debug)]
    pub enum CancelFields {}
    ///State `S` after `.imp_uid(...)`.
    pub type SetImpUid<S> = <S as ::iamport::typestate::Slot<fields::imp_uid>>::Out;
    ///State `S` after `.merchant_uid(...)`.
    pub type SetMerchantUid<S> = <S as ::iamport::typestate::Slot<
        fields::merchant_uid,
    >>::Out;
    ///State `S` after `.reason(...)`.
    pub type SetReason<S> = <S as ::iamport::typestate::Slot<fields::reason>>::Out;
    ///The fields of [`CancelBuilder`](super::super::CancelBuilder), one name each, for [`IsUnset`](::iamport::typestate::IsUnset): `S: IsUnset<fields::x>` holds for the states where `.x(...)` can be called.
    pub mod fields {
        ///The field `imp_uid`.
        pub type imp_uid = ::iamport::typestate::Field<
            super::CancelFields,
            ::iamport::typestate::path::PL,
        >;
        ///The field `merchant_uid`.
        pub type merchant_uid = ::iamport::typestate::Field<
            super::CancelFields,
            ::iamport::typestate::path::PRL,
        >;
        ///The field `reason`.
        pub type reason = ::iamport::typestate::Field<
            super::CancelFields,
            ::iamport::typestate::path::PRR,
        >;
    }
    ///The states where every required field is set (and every `exactly_one` group has its one), so `CancelBuilder::build()` can be called.
    pub trait IsComplete {}
    #[doc(hidden)]
    impl<__L0, __L1, __L2> IsComplete for (__L0, (__L1, __L2))
    where
        __L2: reason_is_set<String>,
        ::iamport::typestate::Slots<(__L0, __L1)>: target__one_is_set,
    {}
}
#[doc(hidden)]
#[automatically_derived]
#[allow(unused_qualifications)]
impl ::iamport::typestate::FieldType<::iamport::typestate::path::PL>
for cancel_builder::CancelFields {
    type Value = Option<String>;
}
#[doc(hidden)]
#[automatically_derived]
#[allow(unused_qualifications)]
impl ::iamport::typestate::FieldType<::iamport::typestate::path::PRL>
for cancel_builder::CancelFields {
    type Value = Option<String>;
}
#[doc(hidden)]
#[automatically_derived]
#[allow(unused_qualifications)]
impl ::iamport::typestate::FieldType<::iamport::typestate::path::PRR>
for cancel_builder::CancelFields {
    type Value = String;
}
#[cfg(not(doc))]
#[automatically_derived]
#[allow(unused_qualifications)]
impl<S> CancelBuilder<S> {
    #[inline(always)]
    #[allow(clippy::inline_always, reason = "a one-line move that every setter makes")]
    fn __put<__F: ::iamport::typestate::FieldOf>(
        self,
        value: __F::Value,
    ) -> CancelBuilder<<S as ::iamport::typestate::Slot<__F>>::Out>
    where
        S: ::iamport::typestate::Slot<__F>,
    {
        CancelBuilder {
            __state: ::iamport::typestate::Slot::<__F>::put(self.__state, value),
            __marker: ::core::marker::PhantomData,
        }
    }
    ///Sets `imp_uid`.
    ///
    ///
    ///*Optional*: `None` when not set.
    #[inline]
    pub fn imp_uid<__L, __G1>(
        self,
        value: String,
    ) -> CancelBuilder<cancel_builder::SetImpUid<S>>
    where
        S: ::iamport::typestate::Slot<cancel_builder::fields::imp_uid, Leaf = __L>,
        S: ::iamport::typestate::At<::iamport::typestate::path::PRL, Leaf = __G1>,
        __L: cancel_builder::imp_uid_is_unset,
        __G1: cancel_builder::target__merchant_uid_is_unset,
    {
        self.__put::<
                cancel_builder::fields::imp_uid,
            >(::core::option::Option::Some(value))
    }
    ///Sets `merchant_uid`.
    ///
    ///
    ///*Optional*: `None` when not set.
    #[inline]
    pub fn merchant_uid<__L, __G0>(
        self,
        value: String,
    ) -> CancelBuilder<cancel_builder::SetMerchantUid<S>>
    where
        S: ::iamport::typestate::Slot<cancel_builder::fields::merchant_uid, Leaf = __L>,
        S: ::iamport::typestate::At<::iamport::typestate::path::PL, Leaf = __G0>,
        __L: cancel_builder::merchant_uid_is_unset,
        __G0: cancel_builder::target__imp_uid_is_unset,
    {
        self.__put::<
                cancel_builder::fields::merchant_uid,
            >(::core::option::Option::Some(value))
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
        S: ::iamport::typestate::Slot<cancel_builder::fields::reason, Leaf = __L>,
        __L: cancel_builder::reason_is_unset,
    {
        self.__put::<cancel_builder::fields::reason>(value)
    }
}
#[cfg(doc)]
::iamport::__doc_only! {
    #[automatically_derived] #[allow(unused_qualifications)] impl < S > CancelBuilder < S
    > where { #[doc = "Sets `imp_uid`."] #[doc = ""] #[doc = ""] #[doc =
    "*Optional*: `None` when not set."] #[inline] pub fn imp_uid(self, value : String) ->
    CancelBuilder < cancel_builder::SetImpUid < S >> where S :
    ::iamport::typestate::IsUnset < cancel_builder::fields::imp_uid > { CancelBuilder {
    __state : ::iamport::typestate::Slot::< cancel_builder::fields::imp_uid >::put(self
    .__state, ::core::option::Option::Some(value)), __marker :
    ::core::marker::PhantomData } } #[doc = "Sets `merchant_uid`."] #[doc = ""] #[doc =
    ""] #[doc = "*Optional*: `None` when not set."] #[inline] pub fn merchant_uid(self,
    value : String) -> CancelBuilder < cancel_builder::SetMerchantUid < S >> where S :
    ::iamport::typestate::IsUnset < cancel_builder::fields::merchant_uid > {
    CancelBuilder { __state : ::iamport::typestate::Slot::<
    cancel_builder::fields::merchant_uid >::put(self.__state,
    ::core::option::Option::Some(value)), __marker : ::core::marker::PhantomData } }
    #[doc = "Sets `reason`."] #[doc = ""] #[doc = ""] #[doc = "**Required.**"] #[inline]
    pub fn reason(self, value : String) -> CancelBuilder < cancel_builder::SetReason < S
    >> where S : ::iamport::typestate::IsUnset < cancel_builder::fields::reason > {
    CancelBuilder { __state : ::iamport::typestate::Slot::<
    cancel_builder::fields::reason >::put(self.__state, value), __marker :
    ::core::marker::PhantomData } } }
}
#[cfg(not(doc))]
#[automatically_derived]
#[allow(unused_qualifications)]
impl<S> CancelBuilder<S> {
    /**Builds the [`Cancel`] and checks the rules of its `iamport::Validate` impl.

Compiles only when every required field is set: the compiler names each one that is missing.

# Errors

The type's own error, when one of its rules does not hold.*/
    #[inline]
    #[allow(
        clippy::missing_errors_doc,
        reason = "the doc attribute has its `# Errors` section; clippy reads no doc attribute a macro wrote"
    )]
    pub fn build<__L0, __L1, __L2>(
        self,
    ) -> ::core::result::Result<Cancel, <Cancel as ::iamport::Validate>::Error>
    where
        S: ::iamport::typestate::Open<Tree = (__L0, (__L1, __L2))>,
        __L0: ::iamport::typestate::Maybe<Option<String>>,
        __L1: ::iamport::typestate::Maybe<Option<String>>,
        __L2: cancel_builder::reason_is_set<String>,
        ::iamport::typestate::Slots<(__L0, __L1)>: cancel_builder::target__one_is_set,
    {
        let (__l0, (__l1, __l2)) = ::iamport::typestate::Open::open(self.__state);
        let __value: Cancel = Cancel {
            imp_uid: ::core::option::Option::flatten(
                ::iamport::typestate::Maybe::<Option<String>>::maybe(__l0),
            ),
            merchant_uid: ::core::option::Option::flatten(
                ::iamport::typestate::Maybe::<Option<String>>::maybe(__l1),
            ),
            reason: ::iamport::typestate::Value::<String>::value(__l2),
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
    "Builds the [`Cancel`] and checks the rules of its `iamport::Validate` impl.\n\nCompiles only when every required field is set: the compiler names each one that is missing.\n\n# Errors\n\nThe type's own error, when one of its rules does not hold."]
    pub fn build(self) -> ::core::result::Result < Cancel, < Cancel as
    ::iamport::Validate >::Error > where S : cancel_builder::IsComplete <> { loop {} } }
}
