//! With `#[builder(deserialize)]`: a `Deserialize` impl that reads the same
//! JSON a plain serde derive would (through a private twin struct that carries
//! the struct's serde attributes), then applies the builder's rules: the
//! fallbacks of `default` fields, the value of `fixed` fields, the groups and
//! `Validate`. A payload that the builder could not have produced fails to
//! parse.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};

use super::{Gen, group_members, param_without_default};
use crate::ast::{Field, GroupKind, Kind, unraw};

pub(crate) fn deserialize(g: &Gen<'_, '_>) -> TokenStream {
    if g.cont.attrs.deserialize.is_none() {
        return TokenStream::new();
    }
    let Gen { krate, args, .. } = g;
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
    let container_serde = &g.cont.serde_attrs;
    let de = syn::Lifetime::new("'__de", Span::call_site());
    // `'__de` first: lifetimes lead, and the struct's own follow in order.
    let impl_params = std::iter::once(quote!(#de))
        .chain(g.cont.generics.params.iter().map(param_without_default));
    let twin_bound = quote!(#twin_ty: #serde::Deserialize<#de>);
    let preds = g
        .cont
        .generics
        .where_clause
        .iter()
        .flat_map(|wc| wc.predicates.iter());
    let where_clause = quote!(where #(#preds,)* #twin_bound);
    let error = |message: TokenStream| {
        quote! {
            return ::core::result::Result::Err(<__D::Error as #serde::de::Error>::custom(#message))
        }
    };

    let mut twin_fields = Vec::new();
    let mut inits = Vec::new();
    let mut checks = Vec::new();
    let mut default_fns = Vec::new();
    for s in &g.fields {
        let fid = s.field.ident;
        let (twin_field, default_fn, check) = twin_field(g, s.field, &error);
        twin_fields.push(twin_field);
        default_fns.extend(default_fn);
        checks.extend(check);
        inits.push(quote!(#fid: __raw.#fid));
    }
    for group in &g.cont.attrs.groups {
        checks.push(group_check(g, group, &error));
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
                    let __raw: #twin_ty = #serde::Deserialize::deserialize(__deserializer)?;
                    #(#checks)*
                    let __value: #struct_ty = #ident { #(#inits,)* };
                    #validate
                    ::core::result::Result::Ok(__value)
                }
            }
        };
    }
}

/// Whether a `#[serde(...)]` attribute sets `default` on its field.
fn mentions_default(meta: &syn::Meta) -> bool {
    let syn::Meta::List(list) = meta else {
        return false;
    };
    list.tokens
        .clone()
        .into_iter()
        .any(|tt| matches!(tt, proc_macro2::TokenTree::Ident(i) if i == "default"))
}

/// Counts the group's members that are `Some` and fails unless the count fits
/// the group's rule.
fn group_check(
    g: &Gen<'_, '_>,
    group: &crate::ast::Group,
    error: &dyn Fn(TokenStream) -> TokenStream,
) -> TokenStream {
    let gname = unraw(&group.name);
    let (members, list) = group_members(g, group);
    let counts = members.iter().map(|(f, _)| {
        let fid = f.ident;
        quote!(::core::primitive::usize::from(::core::option::Option::is_some(&__raw.#fid)))
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
        let __n: ::core::primitive::usize = 0 #(+ #counts)*;
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
    error: &dyn Fn(TokenStream) -> TokenStream,
) -> (TokenStream, Option<TokenStream>, Option<TokenStream>) {
    let (fid, ty, attrs) = (field.ident, field.ty, &field.serde_attrs);
    let has_serde_default = attrs.iter().any(|a| mentions_default(&a.meta));
    let mut extra = TokenStream::new();
    let mut default_fn = None;
    let mut check = None;
    match field.kind() {
        // An absent key means "not set", as in the builder. (An `Option`
        // field without a default is `None` when absent in serde already.)
        Kind::Default(default)
        | Kind::Optional {
            default: default @ Some(_),
            ..
        } if !has_serde_default => {
            let (generics, wc, args) = (g.impl_generics(&[]), g.where_clause(), &g.args);
            let fname = format_ident!("__default_{}", field.name());
            let expr = default.map_or_else(
                || quote!(<#ty as ::core::default::Default>::default()),
                |e| quote!(#e),
            );
            default_fn = Some(quote! {
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
    let twin = quote! {
        #(#attrs)*
        #extra
        #fid: #ty
    };
    (twin, default_fn, check)
}
