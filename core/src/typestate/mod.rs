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
//! - `foo_builder::State`: every state; its associated type named after a
//!   field is that field's slot, so `S: foo_builder::State<x = Unset>` holds
//!   for the states where `.x(...)` can be called, and
//!   `S: foo_builder::State<a = Unset, b = Unset>` for those where either
//!   member of a group `(a, b)` can;
//! - `foo_builder::IsComplete`: the states where `.build()` can be called.
//!
//! These names stay the same when fields are reordered or an optional field
//! is added, and a state is the same type whatever order its setters ran
//! in. A helper that sets the buyer on any builder that has no buyer yet:
//!
//! ```
//! use iamport::request_pay::{one_off_payment_builder as state, OneOffPayment, OneOffPaymentBuilder};
//! use iamport::typestate::Unset;
//!
//! fn with_buyer<S>(
//!     builder: OneOffPaymentBuilder<S>,
//! ) -> OneOffPaymentBuilder<state::SetBuyerTel<state::SetBuyerName<S>>>
//! where
//!     S: state::State<buyer_name = Unset>,
//!     state::SetBuyerName<S>: state::State<buyer_tel = Unset>,
//! {
//!     builder.buyer_name("홍길동".to_owned()).buyer_tel("010-1234-5678".to_owned())
//! }
//!
//! /// Finishes any complete builder.
//! fn finish<S: state::IsComplete>(
//!     builder: OneOffPaymentBuilder<S>,
//! ) -> Result<OneOffPayment, iamport::value::InvalidValue> {
//!     builder.build()
//! }
//!
//! # use iamport::value::{Amount, MerchantUid};
//! let payment = finish(
//!     with_buyer(OneOffPayment::builder())
//!         .merchant_uid(MerchantUid::new("order_1")?)
//!         .amount(Amount::new(1000)?),
//! )?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Why a helper bounds each intermediate state
//!
//! A helper that calls two setters bounds the state before each call
//! (`S: State<buyer_name = Unset>`, then `SetBuyerName<S>: State<buyer_tel = Unset>`),
//! where bon bounds `S` alone. Bounds on `S` alone need every `Set*` state
//! to restate every other slot, which is quadratic in the number of fields
//! for the compiler; here a state after a setter differs from the state
//! before in one slot found in about log2(n) steps, so each field costs the
//! same whatever the struct's width.
//!
//! The rest of this module is the machinery those names stand for. It is
//! implemented only for this module's own slot and node types, and none of
//! it has a method that can be called with `.` syntax, so a glob import of
//! this module adds nothing to a merchant's own types.

use core::marker::PhantomData;

#[doc(hidden)]
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
#[derive(Clone, Copy)]
pub struct Set<T>(T);

/// Never shows the value: a builder's field may be one that its struct's
/// `Debug` hides.
impl<T> core::fmt::Debug for Set<T> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("Set(..)")
    }
}

/// The slots of a field group, checked together at `build()`.
#[doc(hidden)]
#[derive(Debug, Clone, Copy)]
pub struct Slots<T>(PhantomData<T>);

/// A node of the builder's tree of slots: two halves, each a node or a
/// slot. The derive's state types are trees of these.
#[doc(hidden)]
#[derive(Debug, Clone, Copy)]
pub struct N<A, B>(pub A, pub B);

impl sealed::Sealed for Unset {}
impl<T> sealed::Sealed for Set<T> {}
impl<T> sealed::Sealed for Slots<T> {}

/// The value of a set slot.
///
/// `#[inline(always)]` on these one-line moves is what lets a built struct
/// cost the same as a struct literal, even in debug builds.
#[doc(hidden)]
pub trait Value<T>: Sealed {
    /// The value the setter stored.
    fn value(this: Self) -> T;
}

impl<T> Value<T> for Set<T> {
    #[inline(always)]
    #[allow(clippy::inline_always, reason = "a one-line move; see the trait docs")]
    fn value(this: Self) -> T {
        this.0
    }
}

/// The value of a slot that may be unset.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "the builder's state is not known to be complete here",
    label = "`build()` needs a state known to be complete",
    note = "in a generic function, bound the state with the builder's `IsComplete` (`S: x_builder::IsComplete`)"
)]
pub trait Maybe<T>: Sealed {
    /// `Some` with the value the setter stored, or `None`.
    fn maybe(this: Self) -> Option<T>;
}

impl<T> Maybe<T> for Unset {
    #[inline(always)]
    #[allow(clippy::inline_always, reason = "a one-line move; see `Value`")]
    fn maybe(_this: Self) -> Option<T> {
        None
    }
}

impl<T> Maybe<T> for Set<T> {
    #[inline(always)]
    #[allow(clippy::inline_always, reason = "a one-line move; see `Value`")]
    fn maybe(this: Self) -> Option<T> {
        Some(this.0)
    }
}

/// Whether a slot is set, for a builder's `Debug`.
#[doc(hidden)]
pub trait Leaf: Sealed {
    /// `true` for [`Set`].
    const IS_SET: bool;
}

impl Leaf for Unset {
    const IS_SET: bool = false;
}

impl<T> Leaf for Set<T> {
    const IS_SET: bool = true;
}

/// A slot in a builder's `Debug`: `set` or `unset`, never the value.
#[doc(hidden)]
#[derive(Clone, Copy)]
pub struct SlotState(bool);

impl core::fmt::Debug for SlotState {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(if self.0 { "set" } else { "unset" })
    }
}

/// A slot in a builder's `Debug`, from its [`Leaf::IS_SET`].
#[doc(hidden)]
#[must_use]
pub const fn slot_state(set: bool) -> SlotState {
    SlotState(set)
}

/// Stores a value: `Set(value)`. The one way to make a [`Set`].
#[doc(hidden)]
#[inline(always)]
#[allow(clippy::inline_always, reason = "a one-line move; see `Value`")]
pub const fn set<T>(value: T) -> Set<T> {
    Set(value)
}

/// A step into the left half of a node, then the rest of the path.
#[doc(hidden)]
#[derive(Debug)]
pub struct L<P>(PhantomData<P>);

/// A step into the right half of a node, then the rest of the path.
#[doc(hidden)]
#[derive(Debug)]
pub struct R<P>(PhantomData<P>);

/// The last step of a path: the left half of this node is the slot.
#[doc(hidden)]
#[derive(Debug)]
pub enum Lh {}

/// The last step of a path: the right half of this node is the slot.
#[doc(hidden)]
#[derive(Debug)]
pub enum Rh {}

/// Replaces the slot at path `P` of a tree of [`N`] nodes with `T`. The
/// last step replaces a half of its node whatever that half holds, so the
/// derive's state impls need no bound on their slots. One generic impl per
/// step serves every setter of every builder.
#[doc(hidden)]
pub trait Rep<P, T> {
    /// The tree with the slot replaced.
    type Out;
    /// Moves the tree into its new shape.
    fn rep(this: Self, value: T) -> Self::Out;
}

impl<A, B, T> Rep<Lh, T> for N<A, B> {
    type Out = N<T, B>;
    #[inline(always)]
    #[allow(clippy::inline_always, reason = "a one-line move; see `Value`")]
    fn rep(this: Self, value: T) -> Self::Out {
        N(value, this.1)
    }
}

impl<A, B, T> Rep<Rh, T> for N<A, B> {
    type Out = N<A, T>;
    #[inline(always)]
    #[allow(clippy::inline_always, reason = "a one-line move; see `Value`")]
    fn rep(this: Self, value: T) -> Self::Out {
        N(this.0, value)
    }
}

impl<A: Rep<P, T>, B, P, T> Rep<L<P>, T> for N<A, B> {
    type Out = N<A::Out, B>;
    #[inline(always)]
    #[allow(clippy::inline_always, reason = "a one-line move; see `Value`")]
    fn rep(this: Self, value: T) -> Self::Out {
        N(A::rep(this.0, value), this.1)
    }
}

impl<A, B: Rep<P, T>, P, T> Rep<R<P>, T> for N<A, B> {
    type Out = N<A, B::Out>;
    #[inline(always)]
    #[allow(clippy::inline_always, reason = "a one-line move; see `Value`")]
    fn rep(this: Self, value: T) -> Self::Out {
        N(this.0, B::rep(this.1, value))
    }
}

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
         //! `PLRL` is `L<R<Lh>>`: left, right, then the left half of that node.\n\
         //! The derive names a slot by its alias, which keeps the code it\n\
         //! generates short.\n\n\
         use super::{L, Lh, R, Rh};\n\n",
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
            let (last, inner) = steps.split_last().expect("depth is at least 1");
            let mut ty = format!("{last}h");
            for step in inner.iter().rev() {
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
#[doc(hidden)]
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
