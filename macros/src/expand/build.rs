//! `build()`: compiles only when every required field is set and every
//! "exactly one" group has its one; moves the slots' values into the struct.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use super::state::group_one_trait;
use super::tree;
use super::{Gen, Slotted, impl_attrs};
use crate::ast::{GroupKind, Kind};

pub(crate) fn build_fn(g: &Gen<'_, '_>) -> TokenStream {
    let Gen { krate, module, .. } = g;
    let private = &g.ts;
    let vis = g.cont.vis;
    let ident = g.cont.ident;
    // The slots are the method's type parameters, bound to the state through
    // `Open`: the impl stays `impl<S> StructBuilder<S>`, so the compiler's
    // notes name `StructBuilder::<S>::build`, not the whole tree.
    let params: Vec<syn::Ident> = g
        .slotted()
        .map(|(_, slot, _)| tree::leaf_ty(slot))
        .collect();
    let (state_ty, pat) = g.tree.open();
    let state = quote::format_ident!("{}", g.text.state);
    let generics = g.impl_generics(std::slice::from_ref(&state));
    let wc = g.where_clause();
    let self_ty = g.builder_ty(&quote!(#state));
    let pat = &pat;
    let struct_ty = g.struct_ty();

    let mut bounds = vec![quote!(#state: #private::Open<Tree = #state_ty>)];
    let mut inits = Vec::new();
    for s in &g.fields {
        let (bound, init) = field_init(g, s);
        bounds.extend(bound);
        inits.push(init);
    }
    for resolved in &g.groups {
        if resolved.group.kind == GroupKind::ExactlyOne {
            let leaves = resolved.members.iter().map(|m| tree::leaf_ty(m.slot));
            let tr = quote::format_ident!("{}", group_one_trait(&resolved.group.name));
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
    let errors_allow = if g.cont.attrs.validate.is_some() {
        quote! {
            #[allow(
                clippy::missing_errors_doc,
                reason = "the doc attribute has its `# Errors` section; clippy reads no doc attribute a macro wrote"
            )]
        }
    } else {
        TokenStream::new()
    };
    // For rustdoc, one readable bound: the state module's `IsComplete`.
    let doc_state = quote::format_ident!("{}", g.text.state);
    let doc_generics = g.impl_generics(std::slice::from_ref(&doc_state));
    let doc_self = g.builder_ty(&quote!(#doc_state));
    let args = &g.args;
    let body = quote!(let #pat = #private::Open::open(self.__state); #body);
    quote! {
        #[cfg(not(doc))]
        #attrs
        impl #generics #self_ty #wc {
            #[doc = #doc]
            #[inline]
            #errors_allow
            #vis fn build<#(#params),*>(self) -> #ret where #(#bounds),* {
                #body
            }
        }

        // Documentation only (read as tokens, never parsed, outside
        // rustdoc): the method the compiler sees is above.
        #[cfg(doc)]
        #krate::__doc_only! {
            #attrs
            impl #doc_generics #doc_self #wc {
                #[doc = #doc]
                #vis fn build(self) -> #ret where #doc_state: #module::IsComplete<#(#args),*> {
                    loop {}
                }
            }
        }
    }
}

/// A field's value in `build()`, with the bound on its slot that makes the
/// value reachable: `Value` for a required field (through the field's own
/// marker trait, whose message names it), `Maybe` for an optional one.
fn field_init(g: &Gen<'_, '_>, s: &Slotted<'_, '_>) -> (Option<TokenStream>, TokenStream) {
    let Gen { module, .. } = g;
    let private = &g.ts;
    let field = s.field;
    let (fid, ty) = (field.ident, field.ty);
    let slot = match (field.kind(), s.slot) {
        (Kind::Fixed(expr), _) => return (None, quote_spanned!(expr.span()=> #fid: #expr)),
        (_, Some(slot)) => slot,
        // Only fixed fields lack a slot; reaching this is a bug of the macro.
        (_, None) => {
            let msg = "bug in iamport-macros: a settable field without a slot; please report it";
            return (None, quote!(#fid: ::core::compile_error!(#msg)));
        }
    };
    let (leaf, var) = (tree::leaf_ty(slot), tree::leaf_var(slot));
    let maybe = quote!(#private::Maybe::<#ty>::maybe(#var));
    let fallback = match field.kind() {
        Kind::Required => {
            let tr = quote::format_ident!("{}", s.names.set_marker);
            return (
                Some(quote!(#leaf: #module::#tr<#ty>)),
                quote!(#fid: #private::Value::<#ty>::value(#var)),
            );
        }
        Kind::Optional { default: None, .. } => {
            return (
                Some(quote!(#leaf: #private::Maybe<#ty>)),
                quote!(#fid: ::core::option::Option::flatten(#maybe)),
            );
        }
        Kind::Optional {
            default: Some(expr),
            ..
        }
        | Kind::Default(Some(expr)) => quote_spanned!(expr.span()=> #expr),
        Kind::Default(None) | Kind::Fixed(_) => {
            quote!(<#ty as ::core::default::Default>::default())
        }
    };
    (
        Some(quote!(#leaf: #private::Maybe<#ty>)),
        quote! {
            #fid: match #maybe {
                ::core::option::Option::Some(__v) => __v,
                ::core::option::Option::None => #fallback,
            }
        },
    )
}
