//! Turns the checked model into the builder's code, one file per generated
//! item.
//!
//! Every standard item is named by its full path (`::core::option::Option`),
//! runtime support comes from `::iamport::__private`, and every identifier the
//! macro makes up starts with `__`, so a user's own items can't shadow them.

mod build;
mod builder;
mod checks;
mod deserialize;
mod serde_attrs;
mod setters;
mod src;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::ast::{Container, Field, Kind, unraw};
use crate::tree::Tree;

/// The generated code: what `quote!` built, and what was written as source
/// text (see `src.rs`), which the entry point hands to the compiler in one
/// piece.
pub(crate) struct Output {
    pub(crate) tokens: TokenStream,
    pub(crate) text: String,
}

/// Generates the builder for a struct that passed every check.
pub(crate) fn expand(cont: &Container<'_>) -> Output {
    let g = Gen::new(cont);
    let mut text = src::Src::default();
    checks::check_module(&g, &mut text);
    setters::setters(&g, &mut text);
    let items = [
        builder::builder_struct(&g),
        builder::start_fn(&g),
        build::build_fn(&g),
        deserialize::deserialize(&g),
    ];
    Output {
        tokens: quote!(#(#items)*),
        text: text.into_string(),
    }
}

/// A field with the index of its slot in the builder's state (`None` for a
/// `fixed` field, which has no slot).
#[derive(Clone, Copy)]
pub(crate) struct Slotted<'c, 'a> {
    pub(crate) field: &'c Field<'a>,
    pub(crate) slot: Option<usize>,
}

/// Everything the generators share about one struct.
pub(crate) struct Gen<'c, 'a> {
    pub(crate) cont: &'c Container<'a>,
    /// `::iamport`, the path of the runtime crate.
    pub(crate) krate: TokenStream,
    /// `{Struct}Builder`.
    pub(crate) builder: syn::Ident,
    /// `__{Struct}Builder`, the hidden module of marker traits.
    pub(crate) module: syn::Ident,
    pub(crate) tree: Tree,
    pub(crate) fields: Vec<Slotted<'c, 'a>>,
    /// The struct's generic arguments, in order, without angle brackets.
    pub(crate) args: Vec<TokenStream>,
    /// Source text of the parts that the string-built items need.
    pub(crate) text: Text,
}

/// The struct's parts as source text, for the items built as strings.
pub(crate) struct Text {
    /// `pub`, `pub(crate)`, or empty.
    pub(crate) vis: String,
    /// `StructBuilder`.
    pub(crate) builder: String,
    /// `__StructBuilder`.
    pub(crate) module: String,
    /// The struct's generic parameters as an impl declares them, each
    /// followed by a comma.
    pub(crate) params: String,
    /// The struct's generic arguments, each followed by a comma.
    pub(crate) args: String,
    /// The struct's where-clause predicates, each followed by a comma.
    pub(crate) preds: String,
}

impl<'c, 'a> Gen<'c, 'a> {
    fn new(cont: &'c Container<'a>) -> Self {
        let mut next = 0;
        let fields: Vec<Slotted<'c, 'a>> = cont
            .fields
            .iter()
            .map(|field| {
                let slot = if let Kind::Fixed(_) = field.kind() {
                    None
                } else {
                    next += 1;
                    Some(next - 1)
                };
                Slotted { field, slot }
            })
            .collect();
        let args: Vec<TokenStream> = cont
            .generics
            .params
            .iter()
            .map(|p| match p {
                syn::GenericParam::Lifetime(l) => {
                    let l = &l.lifetime;
                    quote!(#l)
                }
                syn::GenericParam::Type(t) => {
                    let t = &t.ident;
                    quote!(#t)
                }
                syn::GenericParam::Const(c) => {
                    let c = &c.ident;
                    quote!(#c)
                }
            })
            .collect();
        let comma_list =
            |items: Vec<String>| items.into_iter().map(|t| t + ", ").collect::<String>();
        let text = Text {
            vis: src::text(cont.vis),
            builder: format!("{}Builder", cont.ident),
            module: format!("__{}Builder", cont.ident),
            params: comma_list(
                cont.generics
                    .params
                    .iter()
                    .map(|p| param_without_default(p).to_string())
                    .collect(),
            ),
            args: comma_list(args.iter().map(ToString::to_string).collect()),
            preds: comma_list(
                cont.generics
                    .where_clause
                    .iter()
                    .flat_map(|wc| wc.predicates.iter())
                    .map(src::text)
                    .collect(),
            ),
        };
        Gen {
            cont,
            text,
            krate: quote!(::iamport),
            builder: format_ident!("{}Builder", cont.ident),
            module: format_ident!("__{}Builder", cont.ident),
            tree: Tree::new(next),
            fields,
            args,
        }
    }

    /// The fields that have a slot, with the slot's index.
    pub(crate) fn slotted(&self) -> impl Iterator<Item = (&'c Field<'a>, usize)> + '_ {
        self.fields
            .iter()
            .filter_map(|s| s.slot.map(|slot| (s.field, slot)))
    }

    /// The field a group member names (the checks made sure it exists).
    pub(crate) fn field_named(&self, ident: &syn::Ident) -> Option<Slotted<'c, 'a>> {
        let name = unraw(ident);
        self.fields.iter().copied().find(|s| s.field.name() == name)
    }

    /// `<...>` of an impl: the struct's own parameters (bounds kept, defaults
    /// dropped) followed by `extra`.
    pub(crate) fn impl_generics(&self, extra: &[syn::Ident]) -> TokenStream {
        let params: Vec<TokenStream> = self
            .cont
            .generics
            .params
            .iter()
            .map(param_without_default)
            .chain(extra.iter().map(|e| quote!(#e)))
            .collect();
        if params.is_empty() {
            quote!()
        } else {
            quote!(<#(#params),*>)
        }
    }

    pub(crate) fn where_clause(&self) -> TokenStream {
        let wc = &self.cont.generics.where_clause;
        quote!(#wc)
    }

    /// `Struct<args>`.
    pub(crate) fn struct_ty(&self) -> TokenStream {
        let ident = self.cont.ident;
        let args = &self.args;
        if args.is_empty() {
            quote!(#ident)
        } else {
            quote!(#ident<#(#args),*>)
        }
    }

    /// `StructBuilder<args, state>`.
    pub(crate) fn builder_ty(&self, state: &TokenStream) -> TokenStream {
        let builder = &self.builder;
        let args = &self.args;
        quote!(#builder<#(#args,)* #state>)
    }
}

/// Attributes of every generated impl, as source text: the lints that would
/// fire on generated code in a strict crate are the macro's business, not the
/// user's.
pub(crate) const IMPL_ATTRS: &str = "#[automatically_derived] \
    #[allow(unused_qualifications, clippy::all, clippy::pedantic, clippy::nursery)]";

/// [`IMPL_ATTRS`] as tokens, for the items built with `quote!`.
pub(crate) fn impl_attrs() -> TokenStream {
    IMPL_ATTRS.parse().unwrap_or_default()
}

/// A generic parameter as an impl declares it: bounds kept, default dropped.
pub(crate) fn param_without_default(param: &syn::GenericParam) -> TokenStream {
    match param {
        syn::GenericParam::Type(t) => {
            let mut t = t.clone();
            t.default = None;
            quote!(#t)
        }
        syn::GenericParam::Const(c) => {
            let mut c = c.clone();
            c.default = None;
            quote!(#c)
        }
        syn::GenericParam::Lifetime(l) => quote!(#l),
    }
}

/// The members of a group, as `(field, slot)` pairs, and as a list in words
/// (`` `a`, `b` ``).
pub(crate) fn group_members<'c, 'a>(
    g: &Gen<'c, 'a>,
    group: &crate::ast::Group,
) -> (Vec<(&'c Field<'a>, usize)>, String) {
    let members: Vec<(&'c Field<'a>, usize)> = group
        .members
        .iter()
        .filter_map(|m| g.field_named(m))
        .filter_map(|s| s.slot.map(|slot| (s.field, slot)))
        .collect();
    let list = members
        .iter()
        .map(|(f, _)| format!("`{}`", f.name()))
        .collect::<Vec<_>>()
        .join(", ");
    (members, list)
}
