/**Builder for [`Borrowed`], made by [`Borrowed::builder()`].

Call one setter per field, then `build()`. The compiler checks that every required field is set once, and no field twice. `S` records which fields are set: [`borrowed_builder`] names its states, so that a function can take, return or store a partly built builder (`BorrowedBuilder` alone is the empty one).*/
#[must_use = "the builder does nothing until you call `build()` on it to get a `Borrowed`"]
pub struct BorrowedBuilder<'a, T: Clone, const N: usize, S = borrowed_builder::Empty>
where
    T: core::fmt::Debug,
{
    __state: S,
    __marker: ::core::marker::PhantomData<fn() -> Borrowed<'a, T, N>>,
}
#[automatically_derived]
#[allow(unused_qualifications)]
impl<'a, T: Clone, const N: usize, S> ::core::fmt::Debug for BorrowedBuilder<'a, T, N, S>
where
    T: core::fmt::Debug,
{
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("BorrowedBuilder").finish_non_exhaustive()
    }
}
#[automatically_derived]
#[allow(unused_qualifications)]
impl<'a, T: Clone, const N: usize> Borrowed<'a, T, N>
where
    T: core::fmt::Debug,
{
    ///Starts a builder for [`Borrowed`]: set its fields with the builder's setters, then call `build()`. A required field left unset, or a field set twice, is a compile error that names the field.
    #[inline]
    pub fn builder() -> BorrowedBuilder<'a, T, N, borrowed_builder::Empty> {
        BorrowedBuilder {
            __state: (
                ::iamport::typestate::Unset,
                (::iamport::typestate::Unset, ::iamport::typestate::Unset),
            ),
            __marker: ::core::marker::PhantomData,
        }
    }
}
/**The states of [`BorrowedBuilder`](super::BorrowedBuilder), by name, for code that passes a partly built builder around.

`BorrowedBuilder<Empty>` (or just `BorrowedBuilder`) is what [`Borrowed::builder()`](super::Borrowed::builder) returns; `Set{Field}<S>` is state `S` after that field's setter; `S: IsUnset<fields::{field}>` holds for the states where the setter can be called; `IsComplete` for the states where `build()` can. These names stay the same when the struct's fields are reordered or an optional field is added. The hidden marker traits (`*_is_set`, `*_is_unset`) carry the compiler's messages for one field or group each.

See [`::iamport::typestate`] for an example.*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    unreachable_pub,
    unused_imports,
    clippy::module_name_repetitions
)]
pub mod borrowed_builder {
    #[allow(unused_imports)]
    use super::*;
    ///Implemented by `Unset` only: `name` is not set yet.
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = "field `name` is set twice",
        label = "`name` was already set",
        note = "each field is set once; remove one of the `.name(...)` calls"
    )]
    pub trait name_is_unset: ::iamport::typestate::Sealed {}
    #[diagnostic::do_not_recommend]
    impl name_is_unset for ::iamport::typestate::Unset {}
    ///Implemented by `Set` only: the required field `name` is set.
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = "missing required field `name`",
        label = "`name` is not set",
        note = "set it with `.name(...)` before calling `.build()`"
    )]
    pub trait name_is_set<__V>: ::iamport::typestate::Value<__V> {}
    #[diagnostic::do_not_recommend]
    impl<__V> name_is_set<__V> for ::iamport::typestate::Set<__V> {}
    ///Implemented by `Unset` only: `tags` is not set yet.
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = "field `tags` is set twice",
        label = "`tags` was already set",
        note = "each field is set once; remove one of the `.tags(...)` calls"
    )]
    pub trait tags_is_unset: ::iamport::typestate::Sealed {}
    #[diagnostic::do_not_recommend]
    impl tags_is_unset for ::iamport::typestate::Unset {}
    ///Implemented by `Set` only: the required field `tags` is set.
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = "missing required field `tags`",
        label = "`tags` is not set",
        note = "set it with `.tags(...)` before calling `.build()`"
    )]
    pub trait tags_is_set<__V>: ::iamport::typestate::Value<__V> {}
    #[diagnostic::do_not_recommend]
    impl<__V> tags_is_set<__V> for ::iamport::typestate::Set<__V> {}
    ///Implemented by `Unset` only: `note` is not set yet.
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = "field `note` is set twice",
        label = "`note` was already set",
        note = "each field is set once; keep one of the calls to `.note(...)` or `.maybe_note(...)`"
    )]
    pub trait note_is_unset: ::iamport::typestate::Sealed {}
    #[diagnostic::do_not_recommend]
    impl note_is_unset for ::iamport::typestate::Unset {}
    ///The state of a new builder: no field set. `Borrowed::builder()` returns `BorrowedBuilder<Empty>`.
    pub type Empty = (
        ::iamport::typestate::Unset,
        (::iamport::typestate::Unset, ::iamport::typestate::Unset),
    );
    ///The fields of [`BorrowedBuilder`](super::BorrowedBuilder) as one type: each name in [`fields`] is a [`Field`](::iamport::typestate::Field) of it.
    #[derive(Debug)]
    pub struct BorrowedFields<'a, T: ?Sized, const N: usize>(
        ::core::marker::PhantomData<fn() -> (&'a (), *const T)>,
    );
    ///State `S` after `.name(...)`.
    pub type SetName<'a, T, const N: usize, S> = <S as ::iamport::typestate::Slot<
        fields::name<'a, T, N>,
    >>::Out;
    ///State `S` after `.tags(...)`.
    pub type SetTags<'a, T, const N: usize, S> = <S as ::iamport::typestate::Slot<
        fields::tags<'a, T, N>,
    >>::Out;
    ///State `S` after `.note(...)`.
    pub type SetNote<'a, T, const N: usize, S> = <S as ::iamport::typestate::Slot<
        fields::note<'a, T, N>,
    >>::Out;
    ///The fields of [`BorrowedBuilder`](super::super::BorrowedBuilder), one name each, for [`IsUnset`](::iamport::typestate::IsUnset): `S: IsUnset<fields::x>` holds for the states where `.x(...)` can be called.
    pub mod fields {
        ///The field `name`.
        pub type name<'a, T, const N: usize> = ::iamport::typestate::Field<
            super::BorrowedFields<'a, T, N>,
            ::iamport::typestate::path::PL,
        >;
        ///The field `tags`.
        pub type tags<'a, T, const N: usize> = ::iamport::typestate::Field<
            super::BorrowedFields<'a, T, N>,
            ::iamport::typestate::path::PRL,
        >;
        ///The field `note`.
        pub type note<'a, T, const N: usize> = ::iamport::typestate::Field<
            super::BorrowedFields<'a, T, N>,
            ::iamport::typestate::path::PRR,
        >;
    }
    ///The states where every required field is set (and every `exactly_one` group has its one), so `BorrowedBuilder::build()` can be called.
    pub trait IsComplete<'a, T: Clone, const N: usize> {}
    #[doc(hidden)]
    impl<'a, T: Clone, const N: usize, __L0, __L1, __L2> IsComplete<'a, T, N>
    for (__L0, (__L1, __L2))
    where
        __L0: name_is_set<&'a str>,
        __L1: tags_is_set<[T; N]>,
        T: core::fmt::Debug,
    {}
}
#[doc(hidden)]
#[automatically_derived]
#[allow(unused_qualifications)]
impl<
    'a,
    T: Clone,
    const N: usize,
> ::iamport::typestate::FieldType<::iamport::typestate::path::PL>
for borrowed_builder::BorrowedFields<'a, T, N>
where
    T: core::fmt::Debug,
{
    type Value = &'a str;
}
#[doc(hidden)]
#[automatically_derived]
#[allow(unused_qualifications)]
impl<
    'a,
    T: Clone,
    const N: usize,
> ::iamport::typestate::FieldType<::iamport::typestate::path::PRL>
for borrowed_builder::BorrowedFields<'a, T, N>
where
    T: core::fmt::Debug,
{
    type Value = [T; N];
}
#[doc(hidden)]
#[automatically_derived]
#[allow(unused_qualifications)]
impl<
    'a,
    T: Clone,
    const N: usize,
> ::iamport::typestate::FieldType<::iamport::typestate::path::PRR>
for borrowed_builder::BorrowedFields<'a, T, N>
where
    T: core::fmt::Debug,
{
    type Value = Option<&'a str>;
}
#[cfg(not(doc))]
#[automatically_derived]
#[allow(unused_qualifications)]
impl<'a, T: Clone, const N: usize, S> BorrowedBuilder<'a, T, N, S>
where
    T: core::fmt::Debug,
{
    #[inline(always)]
    #[allow(clippy::inline_always, reason = "a one-line move that every setter makes")]
    fn __put<__F: ::iamport::typestate::FieldOf>(
        self,
        value: __F::Value,
    ) -> BorrowedBuilder<'a, T, N, <S as ::iamport::typestate::Slot<__F>>::Out>
    where
        S: ::iamport::typestate::Slot<__F>,
    {
        BorrowedBuilder {
            __state: ::iamport::typestate::Slot::<__F>::put(self.__state, value),
            __marker: ::core::marker::PhantomData,
        }
    }
    ///Sets `name`.
    ///
    ///
    ///**Required.**
    #[inline]
    pub fn name<__L>(
        self,
        value: &'a str,
    ) -> BorrowedBuilder<'a, T, N, borrowed_builder::SetName<'a, T, N, S>>
    where
        S: ::iamport::typestate::Slot<
            borrowed_builder::fields::name<'a, T, N>,
            Leaf = __L,
        >,
        __L: borrowed_builder::name_is_unset,
    {
        self.__put::<borrowed_builder::fields::name<'a, T, N>>(value)
    }
    ///Sets `tags`.
    ///
    ///
    ///**Required.**
    #[inline]
    pub fn tags<__L>(
        self,
        value: [T; N],
    ) -> BorrowedBuilder<'a, T, N, borrowed_builder::SetTags<'a, T, N, S>>
    where
        S: ::iamport::typestate::Slot<
            borrowed_builder::fields::tags<'a, T, N>,
            Leaf = __L,
        >,
        __L: borrowed_builder::tags_is_unset,
    {
        self.__put::<borrowed_builder::fields::tags<'a, T, N>>(value)
    }
    ///Sets `note`.
    ///
    ///
    ///*Optional*: `None` when not set.
    #[inline]
    pub fn note<__L>(
        self,
        value: &'a str,
    ) -> BorrowedBuilder<'a, T, N, borrowed_builder::SetNote<'a, T, N, S>>
    where
        S: ::iamport::typestate::Slot<
            borrowed_builder::fields::note<'a, T, N>,
            Leaf = __L,
        >,
        __L: borrowed_builder::note_is_unset,
    {
        self.__put::<
                borrowed_builder::fields::note<'a, T, N>,
            >(::core::option::Option::Some(value))
    }
    ///Sets `note` from an `Option`: `None` leaves it as if `note` had not been called.
    ///
    ///
    ///*Optional*: `None` when not set.
    #[inline]
    pub fn maybe_note<__L>(
        self,
        value: ::core::option::Option<&'a str>,
    ) -> BorrowedBuilder<'a, T, N, borrowed_builder::SetNote<'a, T, N, S>>
    where
        S: ::iamport::typestate::Slot<
            borrowed_builder::fields::note<'a, T, N>,
            Leaf = __L,
        >,
        __L: borrowed_builder::note_is_unset,
    {
        self.__put::<borrowed_builder::fields::note<'a, T, N>>(value)
    }
}
#[cfg(doc)]
::iamport::__doc_only! {
    #[automatically_derived] #[allow(unused_qualifications)] impl <'a, T : Clone, const N
    : usize, S > BorrowedBuilder <'a, T, N, S > where T : core::fmt::Debug, { #[doc =
    "Sets `name`."] #[doc = ""] #[doc = ""] #[doc = "**Required.**"] #[inline] pub fn
    name(self, value : & 'a str) -> BorrowedBuilder <'a, T, N, borrowed_builder::SetName
    <'a, T, N, S >> where S : ::iamport::typestate::IsUnset <
    borrowed_builder::fields::name <'a, T, N >> { BorrowedBuilder { __state :
    ::iamport::typestate::Slot::< borrowed_builder::fields::name <'a, T, N >>::put(self
    .__state, value), __marker : ::core::marker::PhantomData } } #[doc = "Sets `tags`."]
    #[doc = ""] #[doc = ""] #[doc = "**Required.**"] #[inline] pub fn tags(self, value :
    [T; N]) -> BorrowedBuilder <'a, T, N, borrowed_builder::SetTags <'a, T, N, S >> where
    S : ::iamport::typestate::IsUnset < borrowed_builder::fields::tags <'a, T, N >> {
    BorrowedBuilder { __state : ::iamport::typestate::Slot::<
    borrowed_builder::fields::tags <'a, T, N >>::put(self.__state, value), __marker :
    ::core::marker::PhantomData } } #[doc = "Sets `note`."] #[doc = ""] #[doc = ""] #[doc
    = "*Optional*: `None` when not set."] #[inline] pub fn note(self, value : & 'a str)
    -> BorrowedBuilder <'a, T, N, borrowed_builder::SetNote <'a, T, N, S >> where S :
    ::iamport::typestate::IsUnset < borrowed_builder::fields::note <'a, T, N >> {
    BorrowedBuilder { __state : ::iamport::typestate::Slot::<
    borrowed_builder::fields::note <'a, T, N >>::put(self.__state,
    ::core::option::Option::Some(value)), __marker : ::core::marker::PhantomData } }
    #[doc =
    "Sets `note` from an `Option`: `None` leaves it as if `note` had not been called."]
    #[doc = ""] #[doc = ""] #[doc = "*Optional*: `None` when not set."] #[inline] pub fn
    maybe_note(self, value : ::core::option::Option <& 'a str >) -> BorrowedBuilder <'a,
    T, N, borrowed_builder::SetNote <'a, T, N, S >> where S :
    ::iamport::typestate::IsUnset < borrowed_builder::fields::note <'a, T, N >> {
    BorrowedBuilder { __state : ::iamport::typestate::Slot::<
    borrowed_builder::fields::note <'a, T, N >>::put(self.__state, value), __marker :
    ::core::marker::PhantomData } } }
}
#[cfg(not(doc))]
#[automatically_derived]
#[allow(unused_qualifications)]
impl<'a, T: Clone, const N: usize, S> BorrowedBuilder<'a, T, N, S>
where
    T: core::fmt::Debug,
{
    /**Builds the [`Borrowed`].

Compiles only when every required field is set: the compiler names each one that is missing.*/
    #[inline]
    pub fn build<__L0, __L1, __L2>(self) -> Borrowed<'a, T, N>
    where
        S: ::iamport::typestate::Open<Tree = (__L0, (__L1, __L2))>,
        __L0: borrowed_builder::name_is_set<&'a str>,
        __L1: borrowed_builder::tags_is_set<[T; N]>,
        __L2: ::iamport::typestate::Maybe<Option<&'a str>>,
    {
        let (__l0, (__l1, __l2)) = ::iamport::typestate::Open::open(self.__state);
        Borrowed {
            name: ::iamport::typestate::Value::<&'a str>::value(__l0),
            tags: ::iamport::typestate::Value::<[T; N]>::value(__l1),
            note: ::core::option::Option::flatten(
                ::iamport::typestate::Maybe::<Option<&'a str>>::maybe(__l2),
            ),
        }
    }
}
#[cfg(doc)]
::iamport::__doc_only! {
    #[automatically_derived] #[allow(unused_qualifications)] impl <'a, T : Clone, const N
    : usize, S > BorrowedBuilder <'a, T, N, S > where T : core::fmt::Debug, { #[doc =
    "Builds the [`Borrowed`].\n\nCompiles only when every required field is set: the compiler names each one that is missing."]
    pub fn build(self) -> Borrowed <'a, T, N > where S : borrowed_builder::IsComplete
    <'a, T, N > { loop {} } }
}
