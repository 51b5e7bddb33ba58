//! The hidden module of marker traits. Each trait's
//! `#[diagnostic::on_unimplemented]` message is written out for one field or
//! group, so the compiler's error names it in plain words. The traits are
//! sealed: only the runtime's slot types implement them.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{Gen, group_members};
use crate::ast::{Field, GroupKind, Kind, unraw};

/// Implemented by `Unset` only: "field `x` is set twice" otherwise.
pub(crate) fn is_unset_trait(field: &Field<'_>) -> syn::Ident {
    format_ident!("{}_is_unset", field.name())
}

/// Implemented by `Set<T>` only: "missing required field `x`" otherwise.
pub(crate) fn is_set_trait(field: &Field<'_>) -> syn::Ident {
    format_ident!("{}_is_set", field.name())
}

/// Implemented by `Unset` only: "group `g` ... but `x` is already set" otherwise.
pub(crate) fn group_unset_trait(group: &syn::Ident, member: &Field<'_>) -> syn::Ident {
    format_ident!("{}__{}_is_unset", unraw(group), member.name())
}

/// Implemented by the group's slots when one is set: "group `g` needs exactly
/// one of ..." otherwise.
pub(crate) fn group_one_trait(group: &syn::Ident) -> syn::Ident {
    format_ident!("{}__one_is_set", unraw(group))
}

pub(crate) fn check_module(g: &Gen<'_, '_>) -> TokenStream {
    let Gen { krate, module, .. } = g;
    let vis = g.cont.vis;
    let private = quote!(#krate::__private);
    let mut items = Vec::new();
    for (field, _) in g.slotted() {
        items.push(field_traits(&private, field));
    }
    for group in &g.cont.attrs.groups {
        let gname = unraw(&group.name);
        let (members, list) = group_members(g, group);
        for (member, _) in &members {
            let tr = group_unset_trait(&group.name, member);
            let message = format!(
                "group `{gname}` takes {} of {list}, but `{}` is already set",
                group.kind.words(),
                member.name()
            );
            let label = format!("`{}` is already set", member.name());
            let note = format!(
                "`#[builder({}({gname} = (...)))]` allows {} of these fields",
                group.kind.keyword(),
                group.kind.words()
            );
            items.push(quote! {
                #[diagnostic::on_unimplemented(message = #message, label = #label, note = #note)]
                pub trait #tr: #private::Sealed {}
                impl #tr for #private::Unset {}
            });
        }
        if group.kind == GroupKind::ExactlyOne {
            items.push(exactly_one_trait(
                &private,
                &group.name,
                &gname,
                members.len(),
                &list,
            ));
        }
    }
    let doc = format!(
        "Compile-time checks of [`{}`]'s builder; not public API.",
        g.cont.ident
    );
    quote! {
        #[doc = #doc]
        #[doc(hidden)]
        #[allow(non_camel_case_types, non_snake_case, missing_docs, unreachable_pub)]
        #vis mod #module {
            #(#items)*
        }
    }
}

fn field_traits(private: &TokenStream, field: &Field<'_>) -> TokenStream {
    let name = field.name();
    let setter = unraw(field.setter());
    let unset = is_unset_trait(field);
    let message = format!("field `{name}` is set twice");
    let label = format!("`{name}` was already set");
    let note = if let Kind::Optional { .. } = field.kind() {
        format!(
            "each field is set once; keep one of the calls to `.{setter}(...)` or `.{}(...)`",
            unraw(&field.maybe_setter())
        )
    } else {
        format!("each field is set once; remove one of the `.{setter}(...)` calls")
    };
    let mut out = quote! {
        #[diagnostic::on_unimplemented(message = #message, label = #label, note = #note)]
        pub trait #unset: #private::Sealed {}
        impl #unset for #private::Unset {}
    };
    if let Kind::Required = field.kind() {
        let set = is_set_trait(field);
        let message = format!("missing required field `{name}`");
        let label = format!("`{name}` is not set");
        let note = format!("set it with `.{setter}(...)` before calling `.build()`");
        out.extend(quote! {
            #[diagnostic::on_unimplemented(message = #message, label = #label, note = #note)]
            pub trait #set<__V>: #private::Sealed {
                #[doc(hidden)]
                fn __value(self) -> __V;
            }
            impl<__V> #set<__V> for #private::Set<__V> {
                #[inline(always)]
                fn __value(self) -> __V {
                    self.0
                }
            }
        });
    }
    out
}

/// One impl per member `k`: members before `k` unset, `k` set, the rest
/// anything. The impls can't overlap, and together they cover "at least one
/// is set"; the setters already rule out two.
fn exactly_one_trait(
    private: &TokenStream,
    group: &syn::Ident,
    gname: &str,
    len: usize,
    list: &str,
) -> TokenStream {
    let tr = group_one_trait(group);
    let message = format!("group `{gname}` needs exactly one of {list}, and none is set");
    let label = format!("set one of {list} before calling `.build()`");
    let impls = (0..len).map(|k| {
        let params: Vec<syn::Ident> = (k + 1..len).map(|j| format_ident!("__G{}", j)).collect();
        let elems = (0..len).map(|j| match j.cmp(&k) {
            std::cmp::Ordering::Less => quote!(#private::Unset),
            std::cmp::Ordering::Equal => quote!(#private::Set<__V>),
            std::cmp::Ordering::Greater => {
                let p = format_ident!("__G{}", j);
                quote!(#p)
            }
        });
        quote! {
            impl<__V, #(#params),*> #tr for #private::Slots<(#(#elems,)*)> {}
        }
    });
    quote! {
        #[diagnostic::on_unimplemented(message = #message, label = #label)]
        pub trait #tr: #private::Sealed {}
        #(#impls)*
    }
}
