/**The builder of [`Borrowed`], made by [`Borrowed::builder()`].

Call one setter per field, then `build()`. The compiler checks that every required field is set once, and no field twice.

**Required:** `name`, `tags`.

`S` records which fields are set: [`borrowed_builder`] names its states, so that a function can take, return or store a partly built builder (`BorrowedBuilder` alone is the empty one), and `borrowed_builder::IsComplete` is what a generic function bounds `S` with to call `build()`. `#[builder(derive(Clone, Debug))]` on the struct gives the builder those traits.*/
#[must_use = "the builder does nothing until you call `build()` on it to get a `Borrowed`"]
pub struct BorrowedBuilder<'a, T: Clone, const N: usize, S = borrowed_builder::Empty>
where
    T: core::fmt::Debug,
{
    __state: S,
    __marker: ::core::marker::PhantomData<fn() -> Borrowed<'a, T, N>>,
}
/**The states of [`BorrowedBuilder`](BorrowedBuilder), by name, for code that passes a partly built builder around.

- `BorrowedBuilder<Empty>` (or just `BorrowedBuilder`) is what [`Borrowed::builder()`](Borrowed::builder) returns;
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
pub mod borrowed_builder {
    #[allow(unused_imports)]
    use super::*;
    ///Implemented by `Unset` only: `name` is not set yet.
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = "field `name` may be set twice",
        label = "`name` is set here, and may have been set before",
        note = "each field is set once: remove one of the `.name(...)` calls; in a generic function, bound the state before this call: `borrowed_builder::State<name = Unset>`"
    )]
    pub trait name_is_unset: ::iamport::typestate::Sealed {}
    #[diagnostic::do_not_recommend]
    impl name_is_unset for ::iamport::typestate::Unset {}
    ///Implemented by `Set` only: the required field `name` is set.
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = "missing required field `name`",
        label = "`name` is not set",
        note = "set it with `.name(...)` before calling `.build()`; in a generic function, bound the state with `borrowed_builder::IsComplete`"
    )]
    pub trait name_is_set<__V>: ::iamport::typestate::Value<__V> {}
    #[diagnostic::do_not_recommend]
    impl<__V> name_is_set<__V> for ::iamport::typestate::Set<__V> {}
    ///Implemented by `Unset` only: `tags` is not set yet.
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = "field `tags` may be set twice",
        label = "`tags` is set here, and may have been set before",
        note = "each field is set once: remove one of the `.tags(...)` calls; in a generic function, bound the state before this call: `borrowed_builder::State<tags = Unset>`"
    )]
    pub trait tags_is_unset: ::iamport::typestate::Sealed {}
    #[diagnostic::do_not_recommend]
    impl tags_is_unset for ::iamport::typestate::Unset {}
    ///Implemented by `Set` only: the required field `tags` is set.
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = "missing required field `tags`",
        label = "`tags` is not set",
        note = "set it with `.tags(...)` before calling `.build()`; in a generic function, bound the state with `borrowed_builder::IsComplete`"
    )]
    pub trait tags_is_set<__V>: ::iamport::typestate::Value<__V> {}
    #[diagnostic::do_not_recommend]
    impl<__V> tags_is_set<__V> for ::iamport::typestate::Set<__V> {}
    ///Implemented by `Unset` only: `note` is not set yet.
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = "field `note` may be set twice",
        label = "`note` is set here, and may have been set before",
        note = "each field is set once: keep one of the calls to `.note(...)` or `.maybe_note(...)`; in a generic function, bound the state before this call: `borrowed_builder::State<note = Unset>`"
    )]
    pub trait note_is_unset: ::iamport::typestate::Sealed {}
    #[diagnostic::do_not_recommend]
    impl note_is_unset for ::iamport::typestate::Unset {}
    ///The state of a new builder: no field set. `Borrowed::builder()` returns `BorrowedBuilder<Empty>`.
    pub type Empty = ::iamport::typestate::N<
        ::iamport::typestate::Unset,
        ::iamport::typestate::N<::iamport::typestate::Unset, ::iamport::typestate::Unset>,
    >;
    /**The states of [`BorrowedBuilder`](super::BorrowedBuilder): each associated type named after a field is that field's slot, [`Unset`](::iamport::typestate::Unset) until its setter runs and [`Set`](::iamport::typestate::Set) after, and `Set{Field}` is the state after the field's setter.

Implemented by the builder's own states only. Bound a state with `S: State<{field} = Unset>` to call that field's setter on it.*/
    pub trait State<'a, T: Clone, const N: usize>: ::core::marker::Sized
    where
        T: core::fmt::Debug,
    {
        ///The slot of `name`: `Unset`, or `Set<&'astr>` after `.name(...)`.
        type name;
        ///The state after `.name(...)`.
        type SetName: State<'a, T, N>;
        #[doc(hidden)]
        fn __set_name(this: Self, value: &'a str) -> Self::SetName;
        ///The slot of `tags`: `Unset`, or `Set<[T;N]>` after `.tags(...)`.
        type tags;
        ///The state after `.tags(...)`.
        type SetTags: State<'a, T, N>;
        #[doc(hidden)]
        fn __set_tags(this: Self, value: [T; N]) -> Self::SetTags;
        ///The slot of `note`: `Unset`, or `Set<Option<&'astr>>` after `.note(...)`.
        type note;
        ///The state after `.note(...)`.
        type SetNote: State<'a, T, N>;
        #[doc(hidden)]
        fn __set_note(this: Self, value: Option<&'a str>) -> Self::SetNote;
        #[doc(hidden)]
        #[allow(clippy::unused_unit)]
        fn __open(this: Self) -> (Self::name, Self::tags, Self::note);
    }
    #[automatically_derived]
    impl<'a, T: Clone, const N: usize, __L0, __L1, __L2> State<'a, T, N>
    for ::iamport::typestate::N<__L0, ::iamport::typestate::N<__L1, __L2>>
    where
        T: core::fmt::Debug,
    {
        type name = __L0;
        type SetName = <Self as ::iamport::typestate::Rep<
            ::iamport::typestate::path::PL,
            ::iamport::typestate::Set<&'a str>,
        >>::Out;
        #[inline(always)]
        fn __set_name(this: Self, value: &'a str) -> Self::SetName {
            <Self as ::iamport::typestate::Rep<
                ::iamport::typestate::path::PL,
                ::iamport::typestate::Set<&'a str>,
            >>::rep(this, ::iamport::typestate::set(value))
        }
        type tags = __L1;
        type SetTags = <Self as ::iamport::typestate::Rep<
            ::iamport::typestate::path::PRL,
            ::iamport::typestate::Set<[T; N]>,
        >>::Out;
        #[inline(always)]
        fn __set_tags(this: Self, value: [T; N]) -> Self::SetTags {
            <Self as ::iamport::typestate::Rep<
                ::iamport::typestate::path::PRL,
                ::iamport::typestate::Set<[T; N]>,
            >>::rep(this, ::iamport::typestate::set(value))
        }
        type note = __L2;
        type SetNote = <Self as ::iamport::typestate::Rep<
            ::iamport::typestate::path::PRR,
            ::iamport::typestate::Set<Option<&'a str>>,
        >>::Out;
        #[inline(always)]
        fn __set_note(this: Self, value: Option<&'a str>) -> Self::SetNote {
            <Self as ::iamport::typestate::Rep<
                ::iamport::typestate::path::PRR,
                ::iamport::typestate::Set<Option<&'a str>>,
            >>::rep(this, ::iamport::typestate::set(value))
        }
        #[inline(always)]
        #[allow(clippy::unused_unit)]
        fn __open(this: Self) -> (__L0, __L1, __L2) {
            let ::iamport::typestate::N(__l0, ::iamport::typestate::N(__l1, __l2)) = this;
            (__l0, __l1, __l2)
        }
    }
    ///State `S` after `.name(...)`.
    pub type SetName<'a, T, const N: usize, S> = <S as State<'a, T, N>>::SetName;
    ///State `S` after `.tags(...)`.
    pub type SetTags<'a, T, const N: usize, S> = <S as State<'a, T, N>>::SetTags;
    ///State `S` after `.note(...)`.
    pub type SetNote<'a, T, const N: usize, S> = <S as State<'a, T, N>>::SetNote;
    /**The states where `BorrowedBuilder::build()` can be called: every required field is set (`name`, `tags`).

A function bounded by `S: IsComplete` can call `build()` on a `BorrowedBuilder<S>`.*/
    pub trait IsComplete<
        'a,
        T: Clone,
        const N: usize,
    >: State<
            'a,
            T,
            N,
            name: name_is_set<&'a str>,
            tags: tags_is_set<[T; N]>,
            note: ::iamport::typestate::Maybe<Option<&'a str>>,
        >
    where
        T: core::fmt::Debug,
    {}
    #[automatically_derived]
    impl<'a, T: Clone, const N: usize, __L0, __L1, __L2> IsComplete<'a, T, N>
    for ::iamport::typestate::N<__L0, ::iamport::typestate::N<__L1, __L2>>
    where
        T: core::fmt::Debug,
        __L0: name_is_set<&'a str>,
        __L1: tags_is_set<[T; N]>,
        __L2: ::iamport::typestate::Maybe<Option<&'a str>>,
    {}
}
#[cfg(not(doc))]
#[automatically_derived]
#[allow(unused_qualifications)]
impl<'a, T: Clone, const N: usize, S> BorrowedBuilder<'a, T, N, S>
where
    T: core::fmt::Debug,
{
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
        S: borrowed_builder::State<'a, T, N, name = __L>,
        __L: borrowed_builder::name_is_unset,
    {
        BorrowedBuilder {
            __state: <S as borrowed_builder::State<
                'a,
                T,
                N,
            >>::__set_name(self.__state, value),
            __marker: ::core::marker::PhantomData,
        }
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
        S: borrowed_builder::State<'a, T, N, tags = __L>,
        __L: borrowed_builder::tags_is_unset,
    {
        BorrowedBuilder {
            __state: <S as borrowed_builder::State<
                'a,
                T,
                N,
            >>::__set_tags(self.__state, value),
            __marker: ::core::marker::PhantomData,
        }
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
        S: borrowed_builder::State<'a, T, N, note = __L>,
        __L: borrowed_builder::note_is_unset,
    {
        BorrowedBuilder {
            __state: <S as borrowed_builder::State<
                'a,
                T,
                N,
            >>::__set_note(self.__state, ::core::option::Option::Some(value)),
            __marker: ::core::marker::PhantomData,
        }
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
        S: borrowed_builder::State<'a, T, N, note = __L>,
        __L: borrowed_builder::note_is_unset,
    {
        BorrowedBuilder {
            __state: <S as borrowed_builder::State<
                'a,
                T,
                N,
            >>::__set_note(self.__state, value),
            __marker: ::core::marker::PhantomData,
        }
    }
}
#[cfg(doc)]
::iamport::__doc_only! {
    #[automatically_derived] #[allow(unused_qualifications)] impl <'a, T : Clone, const N
    : usize, S > BorrowedBuilder <'a, T, N, S > where T : core::fmt::Debug, { #[doc =
    "Sets `name`."] #[doc = ""] #[doc = ""] #[doc = "**Required.**"] #[inline] pub fn
    name(self, value : & 'a str) -> BorrowedBuilder <'a, T, N, borrowed_builder::SetName
    <'a, T, N, S >> where S : borrowed_builder::State <'a, T, N, name =
    ::iamport::typestate::Unset > { loop {} } #[doc = "Sets `tags`."] #[doc = ""] #[doc =
    ""] #[doc = "**Required.**"] #[inline] pub fn tags(self, value : [T; N]) ->
    BorrowedBuilder <'a, T, N, borrowed_builder::SetTags <'a, T, N, S >> where S :
    borrowed_builder::State <'a, T, N, tags = ::iamport::typestate::Unset > { loop {} }
    #[doc = "Sets `note`."] #[doc = ""] #[doc = ""] #[doc =
    "*Optional*: `None` when not set."] #[inline] pub fn note(self, value : & 'a str) ->
    BorrowedBuilder <'a, T, N, borrowed_builder::SetNote <'a, T, N, S >> where S :
    borrowed_builder::State <'a, T, N, note = ::iamport::typestate::Unset > { loop {} }
    #[doc =
    "Sets `note` from an `Option`: `None` leaves it as if `note` had not been called."]
    #[doc = ""] #[doc = ""] #[doc = "*Optional*: `None` when not set."] #[inline] pub fn
    maybe_note(self, value : ::core::option::Option <& 'a str >) -> BorrowedBuilder <'a,
    T, N, borrowed_builder::SetNote <'a, T, N, S >> where S : borrowed_builder::State
    <'a, T, N, note = ::iamport::typestate::Unset > { loop {} } }
}
#[cfg(not(doc))]
#[automatically_derived]
#[allow(unused_qualifications)]
impl<'a, T: Clone, const N: usize, S> BorrowedBuilder<'a, T, N, S>
where
    T: core::fmt::Debug,
{
    /**Builds the [`Borrowed`].

Compiles only when every required field is set (`name`, `tags`): the compiler names each field that is missing. In a generic function, bound the state with `borrowed_builder::IsComplete`.*/
    #[inline]
    pub fn build<__L0, __L1, __L2>(self) -> Borrowed<'a, T, N>
    where
        S: borrowed_builder::State<'a, T, N, name = __L0, tags = __L1, note = __L2>,
        __L0: borrowed_builder::name_is_set<&'a str>,
        __L1: borrowed_builder::tags_is_set<[T; N]>,
        __L2: ::iamport::typestate::Maybe<Option<&'a str>>,
    {
        let (__l0, __l1, __l2) = <S as borrowed_builder::State<
            'a,
            T,
            N,
        >>::__open(self.__state);
        Borrowed {
            name: <_ as ::iamport::typestate::Value<&'a str>>::value(__l0),
            tags: <_ as ::iamport::typestate::Value<[T; N]>>::value(__l1),
            note: ::core::option::Option::flatten(
                <_ as ::iamport::typestate::Maybe<Option<&'a str>>>::maybe(__l2),
            ),
        }
    }
}
#[cfg(doc)]
::iamport::__doc_only! {
    #[automatically_derived] #[allow(unused_qualifications)] impl <'a, T : Clone, const N
    : usize, S > BorrowedBuilder <'a, T, N, S > where T : core::fmt::Debug, { #[doc =
    "Builds the [`Borrowed`].\n\nCompiles only when every required field is set (`name`, `tags`): the compiler names each field that is missing. In a generic function, bound the state with `borrowed_builder::IsComplete`."]
    pub fn build(self) -> Borrowed <'a, T, N > where S : borrowed_builder::IsComplete
    <'a, T, N > { loop {} } }
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
