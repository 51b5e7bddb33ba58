//! The builder type and `Struct::builder()`.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};

use super::{Gen, impl_attrs};

/// `struct StructBuilder<..., S> { __state: S, __marker }` and its `Debug`.
pub(crate) fn builder_struct(g: &Gen<'_, '_>) -> TokenStream {
    let builder = &g.builder;
    let vis = g.cont.vis;
    let ident = g.cont.ident;
    let state = format_ident!("__S", span = Span::mixed_site());
    let generics = g.impl_generics(std::slice::from_ref(&state));
    let wc = g.where_clause();
    let struct_ty = g.struct_ty();
    let doc = format!(
        "Builder for [`{ident}`], made by [`{ident}::builder()`].\n\n\
         Call one setter per field, then `build()`. The compiler checks that every \
         required field is set once, and no field twice. The last type parameter \
         records which fields are set; it is an implementation detail."
    );
    let must_use =
        format!("the builder does nothing until you call `build()` on it to get a `{ident}`");
    let builder_ty = g.builder_ty(&quote!(#state));
    let name = builder.to_string();
    let attrs = impl_attrs();
    quote! {
        #[doc = #doc]
        #[must_use = #must_use]
        #vis struct #builder #generics #wc {
            __state: #state,
            __marker: ::core::marker::PhantomData<fn() -> #struct_ty>,
        }

        #attrs
        impl #generics ::core::fmt::Debug for #builder_ty #wc {
            fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                __f.debug_struct(#name).finish_non_exhaustive()
            }
        }
    }
}

/// `impl Struct { fn builder() -> StructBuilder<..., all unset> }`.
pub(crate) fn start_fn(g: &Gen<'_, '_>) -> TokenStream {
    let Gen { krate, builder, .. } = g;
    let vis = g.cont.vis;
    let ident = g.cont.ident;
    let generics = g.impl_generics(&[]);
    let wc = g.where_clause();
    let struct_ty = g.struct_ty();
    let unset = quote!(#krate::__private::Unset);
    let state_ty = g.tree.uniform(&unset);
    let state_expr = &state_ty;
    let builder_ty = g.builder_ty(&state_ty);
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
