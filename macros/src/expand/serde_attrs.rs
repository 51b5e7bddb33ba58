//! What the checked `Deserialize` needs to know of the struct's own
//! `#[serde(...)]` attributes.

use proc_macro2::TokenStream;
use quote::quote;
use syn::punctuated::Punctuated;

/// Whether one of `attrs` (all `#[serde(...)]`) names `word` at its top level.
pub(crate) fn mentions(attrs: &[&syn::Attribute], word: &str) -> bool {
    attrs.iter().any(|a| {
        let syn::Meta::List(list) = &a.meta else {
            return false;
        };
        list.tokens
            .clone()
            .into_iter()
            .any(|tt| matches!(tt, proc_macro2::TokenTree::Ident(i) if i == word))
    })
}

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

/// The key a field has in JSON: its `rename` (or `rename(deserialize = ..)`),
/// else its name.
pub(crate) fn wire_name(attrs: &[&syn::Attribute], name: &str) -> String {
    let mut wire = None;
    for attr in attrs {
        let Ok(items) =
            attr.parse_args_with(Punctuated::<syn::Meta, syn::Token![,]>::parse_terminated)
        else {
            continue;
        };
        for item in items {
            match item {
                syn::Meta::NameValue(nv) if nv.path.is_ident("rename") => {
                    if let syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(s),
                        ..
                    }) = &nv.value
                    {
                        wire = Some(s.value());
                    }
                }
                syn::Meta::List(list) if list.path.is_ident("rename") => {
                    let Ok(inner) = list.parse_args_with(
                        Punctuated::<syn::MetaNameValue, syn::Token![,]>::parse_terminated,
                    ) else {
                        continue;
                    };
                    for nv in inner {
                        if let (
                            true,
                            syn::Expr::Lit(syn::ExprLit {
                                lit: syn::Lit::Str(s),
                                ..
                            }),
                        ) = (nv.path.is_ident("deserialize"), &nv.value)
                        {
                            wire = Some(s.value());
                        }
                    }
                }
                _ => {}
            }
        }
    }
    wire.unwrap_or_else(|| name.to_owned())
}
