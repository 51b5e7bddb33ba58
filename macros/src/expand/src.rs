//! Generated code as source text, with the few tokens that must carry a
//! user's span spliced in.
//!
//! The repetitive, per-field parts of the output (setters, marker traits,
//! state names and `build()`) are written as text, which the entry point
//! hands to the compiler with `proc_macro::TokenStream::from_str` (not
//! through `proc_macro2`, whose `from_str` lexes the text itself first). Building them token by token
//! with `quote!` costs one round trip between the macro and the compiler per
//! token, which made the macro itself a large part of a crate's compile
//! time.
//!
//! A setter's name is spliced in as an identifier with the field's span, so
//! that rustc's "defined here" notes and an editor's go-to-definition lead
//! to the field; an impl's body is a brace group, so that each text piece
//! stays balanced. That is three compiler round trips per setter, not one
//! per token (respanning whole bounds cost about 0.5 ms a field). A
//! `default` or `fixed` expression in `build()` goes in as the user's own
//! tokens, so that an error in it points at the attribute.

use std::fmt::Write as _;

use quote::ToTokens;

/// A piece of generated code.
pub(crate) enum Piece {
    /// Source text; balanced in `()`, `[]` and `{}`.
    Text(String),
    /// An identifier (`r#` raw ones included) at `span`.
    Ident(String, proc_macro2::Span),
    /// A `{ ... }` group.
    Brace(Src),
    /// The user's own tokens, spliced in with their spans (a `default` or
    /// `fixed` expression, so that an error in it points there).
    Tokens(proc_macro2::TokenStream),
}

/// Source text under construction.
#[derive(Default)]
pub(crate) struct Src {
    pieces: Vec<Piece>,
    current: String,
}

impl Src {
    /// Appends formatted text.
    pub(crate) fn add(&mut self, args: std::fmt::Arguments<'_>) {
        // Writing into a `String` can't fail.
        let _ = self.current.write_fmt(args);
    }

    /// Appends the identifier `name` at `span`.
    pub(crate) fn ident(&mut self, name: &str, span: proc_macro2::Span) {
        self.flush();
        self.pieces.push(Piece::Ident(name.to_owned(), span));
    }

    /// Appends the user's tokens, spans kept.
    pub(crate) fn tokens(&mut self, tokens: proc_macro2::TokenStream) {
        self.flush();
        self.pieces.push(Piece::Tokens(tokens));
    }

    /// Appends a `{ ... }` group whose content `body` writes.
    pub(crate) fn brace(&mut self, body: impl FnOnce(&mut Src)) {
        self.flush();
        let mut inner = Src::default();
        body(&mut inner);
        inner.flush();
        self.pieces.push(Piece::Brace(inner));
    }

    fn flush(&mut self) {
        if !self.current.is_empty() {
            self.pieces
                .push(Piece::Text(std::mem::take(&mut self.current)));
        }
    }

    /// The pieces, for the entry point to hand to the compiler.
    pub(crate) fn into_pieces(mut self) -> Vec<Piece> {
        self.flush();
        self.pieces
    }

    /// The pieces of a brace group.
    pub(crate) fn pieces(&self) -> &[Piece] {
        &self.pieces
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

/// Joins generated pieces of text end to end.
pub(crate) trait Concat: Iterator<Item = String> + Sized {
    fn concat(self) -> String {
        let mut out = String::new();
        for piece in self {
            out.push_str(&piece);
        }
        out
    }
}

impl<I: Iterator<Item = String>> Concat for I {}
