//! Generated code as source text.
//!
//! The repetitive, per-field parts of the output (setters and marker traits)
//! are written as one `String`, which the entry point hands to the compiler
//! in a single `proc_macro::TokenStream::from_str` call (not through
//! `proc_macro2`, whose `from_str` lexes the text itself first). Building them token by token with `quote!`
//! costs one round trip between the macro and the compiler per token, which
//! made the macro itself a large part of a crate's compile time. The price is
//! that these tokens carry the derive's span, not the field's: errors still
//! point at the user's call (`.build()`, the second setter), and the items
//! are hidden or documented as the builder's own.

use std::fmt::Write as _;

use quote::ToTokens;

/// Source text under construction.
#[derive(Default)]
pub(crate) struct Src(String);

impl Src {
    /// Appends formatted text.
    pub(crate) fn add(&mut self, args: std::fmt::Arguments<'_>) {
        // Writing into a `String` can't fail.
        let _ = self.0.write_fmt(args);
    }

    /// The text, for the entry point to hand to the compiler.
    pub(crate) fn into_string(self) -> String {
        self.0
    }
}

/// Tokens as source text.
pub(crate) fn text<T: ToTokens>(tokens: &T) -> String {
    tokens.to_token_stream().to_string()
}

/// A Rust string literal holding `s`.
pub(crate) fn lit(s: &str) -> String {
    format!("{s:?}")
}

/// An expression as text for messages and docs: `PayMethod::Trans`, not the
/// token printer's `PayMethod :: Trans`.
pub(crate) fn expr_text<T: ToTokens>(tokens: &T) -> String {
    text(tokens)
        .replace(" :: ", "::")
        .replace(":: ", "::")
        .replace(" (", "(")
        .replace("( ", "(")
        .replace(" )", ")")
        .replace(" . ", ".")
        .replace(" ,", ",")
}
