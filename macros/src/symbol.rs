//! The keywords of `#[builder(...)]`, in one place.

use std::fmt::{self, Display};

/// An attribute keyword.
#[derive(Clone, Copy)]
pub(crate) struct Symbol(pub(crate) &'static str);

pub(crate) const BUILDER: Symbol = Symbol("builder");
pub(crate) const INTO: Symbol = Symbol("into");
pub(crate) const VALIDATE: Symbol = Symbol("validate");
pub(crate) const DESERIALIZE: Symbol = Symbol("deserialize");
pub(crate) const EXACTLY_ONE: Symbol = Symbol("exactly_one");
pub(crate) const AT_MOST_ONE: Symbol = Symbol("at_most_one");
pub(crate) const DEFAULT: Symbol = Symbol("default");
pub(crate) const FIXED: Symbol = Symbol("fixed");
pub(crate) const SETTER: Symbol = Symbol("setter");
pub(crate) const CRATE: Symbol = Symbol("crate");
pub(crate) const FORBID: Symbol = Symbol("forbid");
pub(crate) const DERIVE: Symbol = Symbol("derive");
pub(crate) const GETTERS: Symbol = Symbol("getters");
/// The traits `derive(...)` accepts.
pub(crate) const CLONE: Symbol = Symbol("Clone");
pub(crate) const DEBUG: Symbol = Symbol("Debug");

impl PartialEq<Symbol> for syn::Path {
    fn eq(&self, word: &Symbol) -> bool {
        self.is_ident(word.0)
    }
}

impl Display for Symbol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}
