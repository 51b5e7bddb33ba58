//! The builder type and `Struct::builder()`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{Gen, impl_attrs};

/// `struct StructBuilder<..., S = struct_builder::Empty> { __state: S, __marker }`
/// and its `Debug`.
pub(crate) fn builder_struct(g: &Gen<'_, '_>) -> TokenStream {
    let builder = &g.builder;
    let vis = g.cont.vis;
    let ident = g.cont.ident;
    let module = &g.module;
    // Named for the documentation (`S`, unless the struct uses that name);
    // the struct's own items can't clash with a parameter of this item.
    let state = format_ident!("{}", g.text.state);
    let generics = g.impl_generics(std::slice::from_ref(&state));
    let defaulted = {
        let params = g
            .cont
            .generics
            .params
            .iter()
            .map(super::param_without_default);
        quote!(<#(#params,)* #state = #module::Empty>)
    };
    let wc = g.where_clause();
    let struct_ty = g.struct_ty();
    let doc = format!(
        "Builder for [`{ident}`], made by [`{ident}::builder()`].\n\n\
         Call one setter per field, then `build()`. The compiler checks that every \
         required field is set once, and no field twice. `S` records which fields \
         are set: [`{module}`] names its states, so that a function can take, \
         return or store a partly built builder (`{builder}` alone is the empty one)."
    );
    let must_use =
        format!("the builder does nothing until you call `build()` on it to get a `{ident}`");
    let builder_ty = g.builder_ty(&quote!(#state));
    let name = builder.to_string();
    let attrs = impl_attrs();
    // A local name for rustdoc's page; `mixed_site` keeps a user's constant
    // named `f` from turning the parameter into a pattern.
    let f = proc_macro2::Ident::new("f", proc_macro2::Span::mixed_site());
    quote! {
        #[doc = #doc]
        #[must_use = #must_use]
        #vis struct #builder #defaulted #wc {
            __state: #state,
            __marker: ::core::marker::PhantomData<fn() -> #struct_ty>,
        }

        #attrs
        impl #generics ::core::fmt::Debug for #builder_ty #wc {
            fn fmt(&self, #f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #f.debug_struct(#name).finish_non_exhaustive()
            }
        }
    }
}

/// `impl Struct { fn builder() -> StructBuilder<..., all unset> }`.
pub(crate) fn start_fn(g: &Gen<'_, '_>) -> TokenStream {
    let Gen { builder, .. } = g;
    let vis = g.cont.vis;
    let ident = g.cont.ident;
    let generics = g.impl_generics(&[]);
    let wc = g.where_clause();
    let struct_ty = g.struct_ty();
    let state_expr: TokenStream = g
        .tree
        .uniform(&format!("{}::Unset", g.text.ts))
        .parse()
        .unwrap_or_default();
    let module = &g.module;
    let builder_ty = g.builder_ty(&quote!(#module::Empty));
    let doc = format!(
        "Starts a builder for [`{ident}`]: set its fields with the builder's setters, \
         then call `build()`. A required field left unset, or a field set twice, \
         is a compile error that names the field."
    );
    let attrs = impl_attrs();
    quote! {
        #attrs
        impl #generics #struct_ty #wc {
            #[doc = #doc]
            #[inline]
            #vis fn builder() -> #builder_ty {
                #builder {
                    __state: #state_expr,
                    __marker: ::core::marker::PhantomData,
                }
            }
        }
    }
}
