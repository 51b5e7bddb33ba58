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
    derive(&input)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// Reads, checks, then generates: every mistake in the input is reported in
/// one compile, and nothing is generated until the input is sound.
fn derive(input: &syn::DeriveInput) -> syn::Result<proc_macro2::TokenStream> {
    let cx = ctxt::Ctxt::default();
    let cont = ast::Container::from_ast(&cx, input);
    if let Some(cont) = &cont {
        check::check(&cx, cont);
    }
    cx.check()?;
    Ok(cont.map(|c| expand::expand(&c)).unwrap_or_default())
}
