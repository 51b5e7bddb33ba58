//! The states of a builder, by name: what a merchant writes to pass a
//! partly built builder to a function, return one, or keep one in a struct.
//!
//! A builder made by `#[derive(Builder)]` on `Foo` is `FooBuilder<S>`. Its
//! state `S` records which fields are set: one slot per field, [`Unset`]
//! until its setter runs and [`Set`]`<T>` after. The derive writes a module
//! beside the struct, `foo_builder`, that names the states:
//!
//! - `foo_builder::Empty`: nothing set; what `Foo::builder()` returns, and
//!   the default, so `FooBuilder` alone is the empty builder;
//! - `foo_builder::SetX<S>`: state `S` after `.x(...)`;
//! - `foo_builder::fields::x`: the field `x`; [`IsUnset`]`<foo_builder::fields::x>`
//!   holds for the states where `.x(...)` can be called;
//! - `foo_builder::IsComplete`: the states where `.build()` can be called.
//!
//! These names stay the same when fields are reordered or an optional field
//! is added. A helper that sets the buyer on any builder that has no buyer
//! yet:
//!
//! ```
//! use iamport::request_pay::{one_off_payment_builder as state, OneOffPaymentBuilder};
//! use iamport::typestate::IsUnset;
//!
//! fn with_buyer<S>(
//!     builder: OneOffPaymentBuilder<S>,
//! ) -> OneOffPaymentBuilder<state::SetBuyerTel<state::SetBuyerName<S>>>
//! where
//!     S: IsUnset<state::fields::buyer_name>,
//!     state::SetBuyerName<S>: IsUnset<state::fields::buyer_tel>,
//! {
//!     builder.buyer_name("홍길동".to_owned()).buyer_tel("010-1234-5678".to_owned())
//! }
//!
//! # use iamport::request_pay::OneOffPayment;
//! # use iamport::value::{Amount, MerchantUid};
//! let payment = with_buyer(OneOffPayment::builder())
//!     .merchant_uid(MerchantUid::new("order_1")?)
//!     .amount(Amount::new(1000)?)
//!     .build()?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! The rest of this module is the machinery those names stand for: the
//! slots sit in a balanced binary tree of pairs, a slot is found by its
//! path ([`L`], [`R`], [`H`]; aliases in [`path`]), and [`At`], [`Rep`]
//! and [`Open`] read and replace slots; [`Slot`] does it for a [`Field`],
//! whose type the derive gives with one [`FieldType`] impl. One generic
//! impl of each serves every field of every builder, so that a field costs
//! the compiler an alias and an impl, not a trait of its own. Merchant code
//! does not need to name them.

use core::marker::PhantomData;

pub mod path;

mod sealed {
    pub trait Sealed {}
}

/// Implemented only by this module's slot types, so that the marker traits
/// the derive generates can't be implemented for anything else.
pub trait Sealed: sealed::Sealed {}
impl<T: sealed::Sealed> Sealed for T {}

/// The state of a builder slot whose field has not been set.
#[derive(Debug, Clone, Copy)]
pub struct Unset;

/// The state of a builder slot whose field holds a value.
#[derive(Debug, Clone, Copy)]
pub struct Set<T>(pub T);

/// The slots of a field group, checked together at `build()`.
#[derive(Debug, Clone, Copy)]
pub struct Slots<T>(pub T);

impl sealed::Sealed for Unset {}
impl<T> sealed::Sealed for Set<T> {}
impl<T> sealed::Sealed for Slots<T> {}

/// The value of a set slot.
///
/// `#[inline(always)]` on these one-line moves is what lets a built struct
/// cost the same as a struct literal, even in debug builds.
pub trait Value<T>: Sealed {
    /// The value the setter stored.
    fn value(self) -> T;
}

impl<T> Value<T> for Set<T> {
    #[inline(always)]
    #[allow(clippy::inline_always, reason = "a one-line move; see the trait docs")]
    fn value(self) -> T {
        self.0
    }
}

/// The value of a slot that may be unset.
pub trait Maybe<T>: Sealed {
    /// `Some` with the value the setter stored, or `None`.
    fn maybe(self) -> Option<T>;
}

impl<T> Maybe<T> for Unset {
    #[inline(always)]
    #[allow(clippy::inline_always, reason = "a one-line move; see `Value`")]
    fn maybe(self) -> Option<T> {
        None
    }
}

impl<T> Maybe<T> for Set<T> {
    #[inline(always)]
    #[allow(clippy::inline_always, reason = "a one-line move; see `Value`")]
    fn maybe(self) -> Option<T> {
        Some(self.0)
    }
}

/// The last step of a path into the builder's tree of slots: this node.
#[derive(Debug)]
pub enum H {}

/// A step into the left half of a node, then the rest of the path.
#[derive(Debug)]
pub struct L<P>(PhantomData<P>);

/// A step into the right half of a node, then the rest of the path.
#[derive(Debug)]
pub struct R<P>(PhantomData<P>);

/// The slot at path `P` in a tree of nested pairs.
pub trait At<P> {
    /// The slot's state: `Unset` or `Set<T>`.
    type Leaf;
}

impl<X> At<H> for X {
    type Leaf = X;
}

impl<A: At<P>, B, P> At<L<P>> for (A, B) {
    type Leaf = A::Leaf;
}

impl<A, B: At<P>, P> At<R<P>> for (A, B) {
    type Leaf = B::Leaf;
}

/// Replaces the slot at path `P` with `T`. One generic impl per step serves
/// every setter of every builder, so the generated setters stay small.
pub trait Rep<P, T>: At<P> {
    /// The tree with the slot replaced.
    type Out;
    /// Moves the tree into its new shape.
    fn rep(self, value: T) -> Self::Out;
}

impl<X, T> Rep<H, T> for X {
    type Out = T;
    #[inline(always)]
    #[allow(clippy::inline_always, reason = "a one-line move; see `Value`")]
    fn rep(self, value: T) -> T {
        value
    }
}

impl<A: Rep<P, T>, B, P, T> Rep<L<P>, T> for (A, B) {
    type Out = (A::Out, B);
    #[inline(always)]
    #[allow(clippy::inline_always, reason = "a one-line move; see `Value`")]
    fn rep(self, value: T) -> Self::Out {
        (self.0.rep(value), self.1)
    }
}

impl<A, B: Rep<P, T>, P, T> Rep<R<P>, T> for (A, B) {
    type Out = (A, B::Out);
    #[inline(always)]
    #[allow(clippy::inline_always, reason = "a one-line move; see `Value`")]
    fn rep(self, value: T) -> Self::Out {
        (self.0, self.1.rep(value))
    }
}

/// The state as a tree `build()` can take apart: every state is its own
/// tree. `build()` binds its slot parameters through `Open<Tree = ...>`.
pub trait Open {
    /// The state itself.
    type Tree;
    /// The state itself.
    fn open(self) -> Self::Tree;
}

impl<T> Open for T {
    type Tree = T;
    #[inline(always)]
    #[allow(clippy::inline_always, reason = "a one-line move; see `Value`")]
    fn open(self) -> T {
        self
    }
}

/// A field of a builder, by name: `B` is the builder (`FooBuilder`, in its
/// empty state) and `P` the path of the field's slot. The derive names
/// each one in the state module, `foo_builder::fields::x`, for
/// [`IsUnset`]. Never made; it only names.
#[derive(Debug)]
pub struct Field<B, P>(PhantomData<fn() -> (B, P)>);

/// The type of the field at path `P` of builder `Self`: the derive writes
/// one impl per field, which is all [`Slot`] needs to know of it.
pub trait FieldType<P> {
    /// The field's type, as the struct declares it.
    type Value;
}

/// The type of a [`Field`].
pub trait FieldOf {
    /// The field's type.
    type Value;
}

impl<B: FieldType<P>, P> FieldOf for Field<B, P> {
    type Value = B::Value;
}

/// What a state `Self` holds for field `F`, and the state after storing a
/// value there: one generic impl serves every field of every builder. The
/// setters are bounded by it.
pub trait Slot<F: FieldOf> {
    /// The slot's state: [`Unset`] or [`Set`]`<T>`.
    type Leaf;
    /// The state after the field's setter.
    type Out;
    /// Stores `value` in the field's slot: the body of every setter.
    fn put(self, value: F::Value) -> Self::Out;
}

impl<S, B, P> Slot<Field<B, P>> for S
where
    B: FieldType<P>,
    S: Rep<P, Set<B::Value>>,
{
    type Leaf = <S as At<P>>::Leaf;
    type Out = <S as Rep<P, Set<B::Value>>>::Out;
    #[inline(always)]
    #[allow(clippy::inline_always, reason = "a one-line move; see `Value`")]
    fn put(self, value: B::Value) -> Self::Out {
        self.rep(Set(value))
    }
}

/// The states where field `F` is not set yet, so its setter can be called:
/// write `S: IsUnset<foo_builder::fields::x>` on a function that calls
/// `.x(...)` on a `FooBuilder<S>`. Holds for every state whose slot for
/// `F` is [`Unset`].
pub trait IsUnset<F: FieldOf>: Slot<F, Leaf = Unset> {}

impl<F: FieldOf, S: Slot<F, Leaf = Unset>> IsUnset<F> for S {}

/// Emits the items it is given. The derive wraps what only rustdoc shows
/// (the setters and `build()` with readable bounds) in
/// `#[cfg(doc)] ::iamport::__doc_only! { ... }`: an ordinary build then
/// reads those items as tokens and drops them without parsing them.
#[doc(hidden)]
#[macro_export]
macro_rules! __doc_only {
    ($($item:item)*) => { $($item)* };
}

/// The text of `path.rs`: one alias per path of depth 1 to [`PATH_DEPTH`].
#[cfg(test)]
fn path_source() -> String {
    use std::fmt::Write as _;
    let mut out = String::from(
        "//! Short names for the paths to builder slots (generated by the test\n\
         //! `path_file_is_current` in `mod.rs`; do not edit by hand).\n\
         //!\n\
         //! `PLRL` is `L<R<L<H>>>`: left, right, left. The derive names a slot by\n\
         //! its alias, which keeps the code it generates short.\n\n\
         use super::{H, L, R};\n\n",
    );
    for depth in 1..=PATH_DEPTH {
        for bits in 0..(1u32 << depth) {
            let steps: Vec<char> = (0..depth)
                .map(|k| {
                    if bits >> (depth - 1 - k) & 1 == 0 {
                        'L'
                    } else {
                        'R'
                    }
                })
                .collect();
            let name: String = std::iter::once('P').chain(steps.iter().copied()).collect();
            let mut ty = String::from("H");
            for step in steps.iter().rev() {
                ty = format!("{step}<{ty}>");
            }
            let words: Vec<&str> = steps
                .iter()
                .map(|s| if *s == 'L' { "left" } else { "right" })
                .collect();
            let _ = writeln!(out, "/// The slot reached by {}.", words.join(", "));
            let _ = writeln!(out, "pub type {name} = {ty};");
        }
    }
    out
}

/// The deepest path with an alias in `path`: trees of up to 2^8 = 256 slots.
/// The derive spells deeper paths out.
pub const PATH_DEPTH: u32 = 8;

#[cfg(test)]
mod tests {
    /// `path.rs` is generated; this test regenerates it and compares.
    /// Run with `UPDATE_PATHS=1` to rewrite it.
    #[test]
    fn path_file_is_current() {
        let expected = super::path_source();
        let file = concat!(env!("CARGO_MANIFEST_DIR"), "/src/typestate/path.rs");
        if std::env::var_os("UPDATE_PATHS").is_some() {
            std::fs::write(file, &expected).unwrap();
        }
        let actual = std::fs::read_to_string(file).unwrap();
        assert!(
            actual == expected,
            "src/typestate/path.rs is stale: run `UPDATE_PATHS=1 cargo test -p iamport path_file_is_current`"
        );
    }
}
