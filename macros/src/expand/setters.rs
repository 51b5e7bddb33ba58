//! One impl per settable field: `x(T)`, plus `maybe_x(Option<T>)` for an
//! `Option` field outside `exactly_one` groups. Each impl opens up only the path to its own slot (and to
//! the slots of its group), so its size grows with log2 of the field count.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;

use super::checks::{group_unset_trait, is_unset_trait};
use super::{Gen, impl_attrs};
use crate::ast::{Field, Kind, unraw};
use crate::tree::{self, Skeleton};

pub(crate) fn setters(g: &Gen<'_, '_>) -> TokenStream {
    g.slotted()
        .map(|(field, slot)| field_setters(g, field, slot))
        .collect()
}

fn field_setters(g: &Gen<'_, '_>, field: &Field<'_>, slot: usize) -> TokenStream {
    let Gen { krate, builder, .. } = g;
    let kind = field.kind();
    let vis = g.cont.vis;
    let ty = field.ty;
    let into = field
        .attrs
        .into
        .as_ref()
        .map_or(g.cont.attrs.into.is_some(), |(_, on)| *on);
    let value = format_ident!("value", span = field.ident.span());

    let (exposed, bounds) = setter_bounds(g, field, slot);

    let set_ty = quote!(#krate::__private::Set<#ty>);
    let set_expr = quote!(#krate::__private::Set(__v));
    let skel = Skeleton::new(&g.tree, &exposed, Some((slot, &set_ty, &set_expr)));
    let generics = g.impl_generics(&skel.params);
    let wc = g.where_clause();
    let self_ty = g.builder_ty(&skel.ty);
    let out_ty = g.builder_ty(&skel.ty_out);
    let (pat, expr_out) = (&skel.pat, &skel.expr_out);
    let setter = field.setter();
    let into_fn = quote!(::core::convert::Into::into);
    let some = quote!(::core::option::Option::Some);

    let body = |convert: TokenStream| {
        quote! {
            let __v: #ty = #convert;
            let #pat = self.__state;
            #builder {
                __state: #expr_out,
                __marker: ::core::marker::PhantomData,
            }
        }
    };
    let method = |docs: TokenStream, name: &syn::Ident, arg: TokenStream, convert: TokenStream| {
        let body = body(convert);
        quote! {
            #docs
            #[inline]
            #vis fn #name(self, #value: #arg) -> #out_ty where #(#bounds),* { #body }
        }
    };
    let docs = setter_docs(field, &kind, false);
    let methods = match kind {
        Kind::Optional { inner, .. } => {
            let (arg, convert) = if into {
                (
                    quote_spanned!(inner.span()=> impl ::core::convert::Into<#inner>),
                    quote!(#some(#into_fn(#value))),
                )
            } else {
                (quote!(#inner), quote!(#some(#value)))
            };
            let plain = method(docs, setter, arg, convert);
            let maybe = g.cont.has_maybe_setter(field).then(|| {
                method(
                    setter_docs(field, &kind, true),
                    &field.maybe_setter(),
                    quote!(::core::option::Option<#inner>),
                    quote!(#value),
                )
            });
            quote!(#plain #maybe)
        }
        Kind::Required | Kind::Default(_) => {
            let (arg, convert) = if into {
                (
                    quote_spanned!(ty.span()=> impl ::core::convert::Into<#ty>),
                    quote!(#into_fn(#value)),
                )
            } else {
                (quote!(#ty), quote!(#value))
            };
            method(docs, setter, arg, convert)
        }
        Kind::Fixed(_) => TokenStream::new(),
    };
    let attrs = impl_attrs();
    quote! {
        #attrs
        impl #generics #self_ty #wc {
            #methods
        }
    }
}

/// The field's own doc comment, then whether it is required and what it is
/// when not set.
fn setter_docs(field: &Field<'_>, kind: &Kind<'_>, maybe: bool) -> TokenStream {
    let docs = &field.docs;
    let name = field.name();
    let tail = match kind {
        Kind::Required => "**Required.**".to_owned(),
        Kind::Optional { default: None, .. } => "*Optional*: `None` when not set.".to_owned(),
        Kind::Optional {
            default: Some(expr),
            ..
        }
        | Kind::Default(Some(expr)) => format!("*Optional*: `{}` when not set.", quote!(#expr)),
        Kind::Default(None) => "*Optional*: `Default::default()` when not set.".to_owned(),
        Kind::Fixed(_) => String::new(),
    };
    let lead = if maybe {
        format!(
            "Sets `{name}` from an `Option`: `None` leaves it as if `{}` had not been called.",
            unraw(field.setter())
        )
    } else if docs.is_empty() {
        format!("Sets `{name}`.")
    } else {
        String::new()
    };
    let lead = if lead.is_empty() {
        quote!()
    } else {
        quote!(#[doc = #lead] #[doc = ""])
    };
    quote! {
        #lead
        #(#docs)*
        #[doc = ""]
        #[doc = #tail]
    }
}

/// The slots a setter checks, with their bounds: its own slot must be unset,
/// and so must the other members of its group.
fn setter_bounds(
    g: &Gen<'_, '_>,
    field: &Field<'_>,
    slot: usize,
) -> (Vec<usize>, Vec<TokenStream>) {
    let module = &g.module;
    let mut exposed = vec![slot];
    let own = is_unset_trait(field);
    let own_leaf = tree::leaf_ty(slot);
    let mut bounds = vec![quote!(#own_leaf: #module::#own)];
    let name = field.name();
    for group in &g.cont.attrs.groups {
        if !group.members.iter().any(|m| unraw(m) == name) {
            continue;
        }
        for other in group.members.iter().filter_map(|m| g.field_named(m)) {
            let Some(other_slot) = other.slot else {
                continue;
            };
            if exposed.contains(&other_slot) {
                continue;
            }
            exposed.push(other_slot);
            let tr = group_unset_trait(&group.name, other.field);
            let leaf = tree::leaf_ty(other_slot);
            bounds.push(quote!(#leaf: #module::#tr));
        }
    }
    (exposed, bounds)
}
