//! The struct's own `#[serde(...)]` attributes as the twin struct carries
//! them (what they say is read once, in `crate::serde`).

use proc_macro2::TokenStream;
use quote::quote;
use syn::punctuated::Punctuated;

/// The container attributes without `deny_unknown_fields`, which the checked
/// `Deserialize` replaces with its own check (one that can give a hint).
pub(crate) fn without_deny_unknown_fields(attrs: &[&syn::Attribute]) -> Vec<TokenStream> {
    attrs
        .iter()
        .filter_map(|attr| {
            let Ok(items) =
                attr.parse_args_with(Punctuated::<syn::Meta, syn::Token![,]>::parse_terminated)
            else {
                return Some(quote!(#attr));
            };
            let kept: Vec<&syn::Meta> = items
                .iter()
                .filter(|m| !m.path().is_ident("deny_unknown_fields"))
                .collect();
            if kept.is_empty() {
                None
            } else {
                Some(quote!(#[serde(#(#kept),*)]))
            }
        })
        .collect()
}
