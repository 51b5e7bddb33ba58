//! An error accumulator, so that one compile reports every mistake in the
//! input at once instead of stopping at the first.

use std::cell::RefCell;
use std::fmt::Display;

use quote::ToTokens;

/// Collects `syn::Error`s while the input is read and checked.
#[derive(Default)]
pub(crate) struct Ctxt {
    errors: RefCell<Vec<syn::Error>>,
    /// Set by a mistake after which no code should be generated, even
    /// though it was found while reading attributes.
    unsound: std::cell::Cell<bool>,
}

impl Ctxt {
    /// Records an error spanned on the tokens of `obj`.
    pub(crate) fn error_spanned_by<T: ToTokens, M: Display>(&self, obj: T, msg: M) {
        self.errors
            .borrow_mut()
            .push(syn::Error::new_spanned(obj.into_token_stream(), msg));
    }

    /// Records an error that syn already built (it carries its own span).
    pub(crate) fn syn_error(&self, err: syn::Error) {
        self.errors.borrow_mut().push(err);
    }

    /// Records an error after which no code is generated.
    pub(crate) fn unsound_error(&self, err: syn::Error) {
        self.unsound.set(true);
        self.syn_error(err);
    }

    /// Whether an error that forbids generating code was recorded.
    pub(crate) fn is_unsound(&self) -> bool {
        self.unsound.get()
    }

    /// How many errors are recorded so far.
    pub(crate) fn len(&self) -> usize {
        self.errors.borrow().len()
    }

    /// Returns all recorded errors merged into one, or `Ok` when there are none.
    pub(crate) fn check(self) -> syn::Result<()> {
        let mut errors = self.errors.into_inner().into_iter();
        let Some(mut combined) = errors.next() else {
            return Ok(());
        };
        for rest in errors {
            combined.combine(rest);
        }
        Err(combined)
    }
}
