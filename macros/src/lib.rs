//! The `Builder` derive of the [`iamport`](https://docs.rs/iamport) crate.
//!
//! This crate is an implementation detail: depend on `iamport` and write
//! `#[derive(iamport::Builder)]`. The derive and its attributes are documented
//! on the re-export, `iamport::Builder`.

#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::todo,
    clippy::unimplemented
)]

mod ast;
mod check;
mod ctxt;
mod expand;
mod symbol;
mod tree;

use proc_macro::TokenStream;

/// Derives a compile-time-checked builder; see `iamport::Builder`.
#[proc_macro_derive(Builder, attributes(builder))]
pub fn derive_builder(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    match derive(&input) {
        Ok(out) => {
            let text = out.text.parse::<TokenStream>().unwrap_or_else(|err| {
                let msg = format!(
                    "bug in iamport-macros: generated code that does not lex ({err}); please report it"
                );
                syn::Error::new(proc_macro2::Span::call_site(), msg)
                    .into_compile_error()
                    .into()
            });
            let mut tokens = TokenStream::from(out.tokens);
            tokens.extend([text]);
            tokens
        }
        Err(err) => err.into_compile_error().into(),
    }
}

/// Reads, checks, then generates: every mistake in the input is reported in
/// one compile, and nothing is generated until the input is sound.
fn derive(input: &syn::DeriveInput) -> syn::Result<expand::Output> {
    let cx = ctxt::Ctxt::default();
    let cont = ast::Container::from_ast(&cx, input);
    if let Some(cont) = &cont {
        check::check(&cx, cont);
    }
    cx.check()?;
    Ok(match cont {
        Some(c) => expand::expand(&c),
        None => expand::Output {
            tokens: proc_macro2::TokenStream::new(),
            text: String::new(),
        },
    })
}
