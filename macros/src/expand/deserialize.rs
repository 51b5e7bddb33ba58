//! With `#[builder(deserialize)]`: a `Deserialize` impl that reads the same
//! JSON a plain serde derive would (through a private twin struct that carries
//! the struct's serde attributes), then applies the builder's rules: the
//! fallbacks of `default` fields, the value of `fixed` fields, the groups and
//! `Validate`. A payload that the builder could not have produced fails to
//! parse.
//!
//! Two more rules hold where the struct asks for strictness:
//! - the JSON value is an object (serde alone also reads a struct from an
//!   array), and each key comes once;
//! - with `#[serde(deny_unknown_fields)]`, an unknown key is an error that
//!   names it and, for a likely slip (`buyer_nmae`, `locale`), the key meant;
//! - an `Option` field with `skip_serializing_if` is never written as `null`,
//!   so `null` for it is an error that says to leave the key out.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};

use super::{Gen, ResolvedGroup, param_without_default, serde_attrs};
use crate::ast::{Field, GroupKind, Kind, unraw};

pub(crate) fn deserialize(g: &Gen<'_, '_>) -> TokenStream {
    if g.cont.attrs.deserialize.is_none() {
        return TokenStream::new();
    }
    let Gen { krate, .. } = g;
    let args = &g.generics.arg_tokens;
    let serde = quote!(#krate::__private::serde);
    let serde_path = serde.to_string().replace(' ', "");
    let ident = g.cont.ident;
    let twin = format_ident!("__{}Unchecked", ident);
    let generics = g.impl_generics(&[]);
    let wc = g.where_clause();
    let struct_ty = g.struct_ty();
    let twin_ty = if args.is_empty() {
        quote!(#twin)
    } else {
        quote!(#twin<#(#args),*>)
    };

    let (de, impl_params, where_clause) = impl_header(g, &twin_ty, &serde);
    let error = |message: TokenStream| {
        quote! {
            return ::core::result::Result::Err(<__D::Error as #serde::de::Error>::custom(#message))
        }
    };

    let mut twin_fields = Vec::new();
    let mut inits = Vec::new();
    let mut checks = Vec::new();
    let mut default_fns = Vec::new();
    let mut known = Vec::new();
    for s in &g.fields {
        let fid = s.field.ident;
        let (twin_field, fns, check) = twin_field(g, s.field, &s.names.wire, &error);
        twin_fields.push(twin_field);
        default_fns.extend(fns);
        checks.extend(check);
        inits.push(quote!(#fid: __raw.#fid));
        if !s.field.serde.skip_deserializing {
            known.push(s.names.wire.clone());
            known.extend(s.field.serde.aliases.iter().cloned());
        }
    }
    let (container_serde, known_keys) = key_rules(g, &known);
    for group in &g.groups() {
        checks.push(group_check(group, &error));
    }
    let validate = if g.cont.attrs.validate.is_some() {
        let fail = error(quote!(__e));
        quote! {
            if let ::core::result::Result::Err(__e) = <#struct_ty as #krate::Validate>::validate(&__value) {
                #fail;
            }
        }
    } else {
        TokenStream::new()
    };
    let attrs = super::impl_attrs();
    quote! {
        const _: () = {
            #[derive(#serde::Deserialize)]
            #[serde(crate = #serde_path)]
            #(#container_serde)*
            struct #twin #generics #wc {
                #(#twin_fields,)*
            }

            #(#default_fns)*

            #attrs
            impl<#(#impl_params),*> #serde::Deserialize<#de> for #struct_ty #where_clause {
                fn deserialize<__D>(__deserializer: __D) -> ::core::result::Result<Self, __D::Error>
                where
                    __D: #serde::Deserializer<#de>,
                {
                    // A JSON object only, each key once.
                    let __raw: #twin_ty = #serde::Deserialize::deserialize(
                        #krate::__private::ObjectOnly::new(__deserializer, #known_keys),
                    )?;
                    #(#checks)*
                    let __value: #struct_ty = #ident { #(#inits,)* };
                    #validate
                    ::core::result::Result::Ok(__value)
                }
            }
        };
    }
}

/// Counts the group's members that are `Some` and fails unless the count fits
/// the group's rule.
fn group_check(
    resolved: &ResolvedGroup<'_, '_>,
    error: &dyn Fn(TokenStream) -> TokenStream,
) -> TokenStream {
    let group = resolved.group;
    let list = &resolved.list;
    let gname = unraw(&group.name);
    let counts = resolved.members.iter().map(|m| {
        let fid = m.field.ident;
        quote!(::core::option::Option::is_some(&__raw.#fid))
    });
    let (cond, message) = match group.kind {
        GroupKind::ExactlyOne => (
            quote!(__n != 1),
            format!("group `{gname}` needs exactly one of {list}"),
        ),
        GroupKind::AtMostOne => (
            quote!(__n > 1),
            format!("group `{gname}` takes at most one of {list}"),
        ),
    };
    let fail = error(quote!(#message));
    quote! {
        let __n: ::core::primitive::usize = ::core::iter::Iterator::count(
            ::core::iter::Iterator::filter(
                ::core::iter::IntoIterator::into_iter([#(#counts),*]),
                |__b| *__b,
            ),
        );
        if #cond {
            #fail;
        }
    }
}

/// A field of the twin struct, with the function that gives its fallback
/// when the key is absent, or the check of a `fixed` field's value.
fn twin_field(
    g: &Gen<'_, '_>,
    field: &Field<'_>,
    wire: &str,
    error: &dyn Fn(TokenStream) -> TokenStream,
) -> (TokenStream, Vec<TokenStream>, Option<TokenStream>) {
    let (fid, ty, attrs) = (field.ident, field.ty, &field.serde_attrs);
    let has_serde_default = field.serde.default;
    let mut extra = TokenStream::new();
    let mut fns = Vec::new();
    let mut check = None;
    match field.kind() {
        // An absent key means "not set", as in the builder. (An `Option`
        // field without a default is `None` when absent in serde already.)
        Kind::Default(default)
        | Kind::Optional {
            default: default @ Some(_),
            ..
        } if !has_serde_default => {
            let (generics, wc, args) = (
                g.impl_generics(&[]),
                g.where_clause(),
                &g.generics.arg_tokens,
            );
            let fname = format_ident!("__default_{}", field.name());
            let expr = default.map_or_else(
                || quote!(<#ty as ::core::default::Default>::default()),
                |e| quote!(#e),
            );
            fns.push(quote! {
                fn #fname #generics () -> #ty #wc { #expr }
            });
            let path = if args.is_empty() {
                fname.to_string()
            } else {
                format!("{fname}::<{}>", quote!(#(#args),*))
            };
            extra = quote!(#[serde(default = #path)]);
        }
        Kind::Fixed(expr) => {
            let message = format!(
                "invalid value for field `{}`: it is fixed to `{}`",
                field.name(),
                super::src::expr_text(expr)
            );
            let fail = error(quote!(#message));
            check = Some(quote! {
                if __raw.#fid != (#expr) {
                    #fail;
                }
            });
        }
        _ => {}
    }
    // `null` for an `Option` field that is never written as `null`.
    if field.option_inner.is_some() && field.serde.skip_serializing_if && !field.serde.custom {
        let krate = &g.krate;
        let serde = quote!(#krate::__private::serde);
        let fname = format_ident!("__no_null_{}", field.name());
        fns.push(quote! {
            fn #fname<'__d, __D, __T>(__d: __D) -> ::core::result::Result<::core::option::Option<__T>, __D::Error>
            where
                __D: #serde::Deserializer<'__d>,
                __T: #serde::Deserialize<'__d>,
            {
                #krate::__private::no_null(__d, #wire)
            }
        });
        let path = fname.to_string();
        if extra.is_empty() && !has_serde_default {
            extra = quote!(#[serde(default)]);
        }
        extra.extend(quote!(#[serde(deserialize_with = #path)]));
    }
    let twin = quote! {
        #(#attrs)*
        #extra
        #fid: #ty
    };
    (twin, fns, check)
}

/// The container's serde attributes for the twin, and the keys
/// `ObjectOnly` accepts (`None`: any).
///
/// With `deny_unknown_fields`, `ObjectOnly` checks each key as it is read,
/// with a hint for a likely slip. A flattened field takes keys no list
/// names, so then serde's own rules apply.
fn key_rules(g: &Gen<'_, '_>, known: &[String]) -> (Vec<TokenStream>, TokenStream) {
    let deny_unknown = g.cont.serde.deny_unknown_fields;
    let flattened = g.fields.iter().any(|s| s.field.serde.flatten);
    if flattened {
        let attrs = g.cont.serde_attrs.iter().map(|a| quote!(#a)).collect();
        return (attrs, quote!(::core::option::Option::None));
    }
    let attrs = serde_attrs::without_deny_unknown_fields(&g.cont.serde_attrs);
    let keys = if deny_unknown {
        quote!(::core::option::Option::Some(&[#(#known),*]))
    } else {
        quote!(::core::option::Option::None)
    };
    (attrs, keys)
}

/// The deserializer's lifetime, the impl's parameters and its where clause.
///
/// `'de` as rustdoc shows it, unless the struct has a lifetime so named. A
/// struct without parameters needs no bound: its twin always deserializes
/// (and the bound would show a hidden name in the docs).
fn impl_header(
    g: &Gen<'_, '_>,
    twin_ty: &TokenStream,
    serde: &TokenStream,
) -> (syn::Lifetime, Vec<TokenStream>, TokenStream) {
    let generics = g.cont.generics;
    let de_name = if generics.lifetimes().any(|l| l.lifetime.ident == "de") {
        "'__de"
    } else {
        "'de"
    };
    let de = syn::Lifetime::new(de_name, Span::call_site());
    // `'de` first: lifetimes lead, and the struct's own follow in order.
    let impl_params = std::iter::once(quote!(#de))
        .chain(generics.params.iter().map(param_without_default))
        .collect();
    let twin_bound = if generics.params.is_empty() {
        TokenStream::new()
    } else {
        quote!(#twin_ty: #serde::Deserialize<#de>)
    };
    let preds = generics
        .where_clause
        .iter()
        .flat_map(|wc| wc.predicates.iter());
    (de, impl_params, quote!(where #(#preds,)* #twin_bound))
}
