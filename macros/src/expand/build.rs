//! `build()`: compiles only when every required field is set and every
//! "exactly one" group has its one; moves the slots' values into the struct.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use super::checks::{group_one_trait, is_set_trait};
use super::{Gen, group_members, impl_attrs};
use crate::ast::{GroupKind, Kind};
use crate::tree::{self, Skeleton};

pub(crate) fn build_fn(g: &Gen<'_, '_>) -> TokenStream {
    let Gen { krate, module, .. } = g;
    let private = quote!(#krate::__private);
    let vis = g.cont.vis;
    let ident = g.cont.ident;
    let all: Vec<usize> = g.slotted().map(|(_, slot)| slot).collect();
    let skel = Skeleton::new(&g.tree, &all, None);
    let generics = g.impl_generics(&skel.params);
    let wc = g.where_clause();
    let self_ty = g.builder_ty(&skel.ty);
    let pat = &skel.pat;
    let struct_ty = g.struct_ty();

    let mut bounds = Vec::new();
    let mut inits = Vec::new();
    for s in &g.fields {
        let field = s.field;
        let fid = field.ident;
        let ty = field.ty;
        match (field.kind(), s.slot) {
            (Kind::Fixed(expr), _) => inits.push(quote_spanned!(expr.span()=> #fid: #expr)),
            (Kind::Required, Some(slot)) => {
                let (leaf, var) = (tree::leaf_ty(slot), tree::leaf_var(slot));
                let tr = is_set_trait(field);
                bounds.push(quote!(#leaf: #module::#tr<#ty>));
                inits.push(quote!(#fid: #module::#tr::<#ty>::__value(#var)));
            }
            (Kind::Optional { default, .. } | Kind::Default(default), Some(slot)) => {
                let (leaf, var) = (tree::leaf_ty(slot), tree::leaf_var(slot));
                let fallback = match (default, field.option_inner) {
                    (Some(expr), _) => quote_spanned!(expr.span()=> #expr),
                    (None, Some(_)) => quote!(::core::option::Option::None),
                    (None, None) => quote!(<#ty as ::core::default::Default>::default()),
                };
                bounds.push(quote!(#leaf: #private::Optional<#ty>));
                inits.push(quote!(#fid: #private::Optional::<#ty>::or_else(#var, || #fallback)));
            }
            // Only fixed fields lack a slot.
            (_, None) => {}
        }
    }
    for group in &g.cont.attrs.groups {
        if group.kind == GroupKind::ExactlyOne {
            let (members, _) = group_members(g, group);
            let leaves = members.iter().map(|(_, slot)| tree::leaf_ty(*slot));
            let tr = group_one_trait(&group.name);
            bounds.push(quote!(#private::Slots<(#(#leaves,)*)>: #module::#tr));
        }
    }

    let value = quote!(#ident { #(#inits,)* });
    let (ret, body, doc) = if g.cont.attrs.validate.is_some() {
        (
            quote!(::core::result::Result<#struct_ty, <#struct_ty as #krate::Validate>::Error>),
            quote! {
                let __value: #struct_ty = #value;
                match <#struct_ty as #krate::Validate>::validate(&__value) {
                    ::core::result::Result::Ok(()) => ::core::result::Result::Ok(__value),
                    ::core::result::Result::Err(__e) => ::core::result::Result::Err(__e),
                }
            },
            format!(
                "Builds the [`{ident}`] and checks the rules of its `iamport::Validate` impl.\n\n\
                 Compiles only when every required field is set: the compiler names each \
                 one that is missing.\n\n\
                 # Errors\n\nThe type's own error, when one of its rules does not hold."
            ),
        )
    } else {
        (
            struct_ty.clone(),
            value,
            format!(
                "Builds the [`{ident}`].\n\nCompiles only when every required field is set: \
                 the compiler names each one that is missing."
            ),
        )
    };
    let attrs = impl_attrs();
    quote! {
        #attrs
        impl #generics #self_ty #wc {
            #[doc = #doc]
            #[inline]
            #vis fn build(self) -> #ret where #(#bounds),* {
                let #pat = self.__state;
                #body
            }
        }
    }
}
