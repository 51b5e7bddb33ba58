//! Turns the checked model into the builder's code, one file per generated
//! item.
//!
//! Every standard item is named by its full path (`::core::option::Option`),
//! the builder's states come from `::iamport::typestate` and other runtime
//! support from `::iamport::__private` (or the path `crate = ...` gives), and
//! every identifier the macro makes up for its own use starts with `__`, so a
//! user's own items can't shadow them. The names a merchant reads are plain
//! and come from `names.rs`: the builder, its state module with `State`
//! (whose associated types are named after the fields), `Set{Field}`,
//! `IsComplete`, `groups`, the marker traits the compiler's messages name,
//! and the state parameter in the documentation; `check.rs` refuses a field
//! type that would collide with one of them.

mod build;
mod builder;
mod deserialize;
pub(crate) mod generics;
mod getters;
pub(crate) mod names;
mod serde_attrs;
mod setters;
pub(crate) mod src;
mod state;
mod tree;

use proc_macro2::TokenStream;
use quote::quote;

use crate::ast::{Container, Field, Kind, unraw};
pub(crate) use generics::collect_idents;
pub(crate) use generics::param_without_default;
pub(crate) use names::Names;
use tree::Tree;

/// The generated code: what `quote!` built, and what was written as source
/// text (see `src.rs`), which the entry point hands to the compiler in one
/// piece.
pub(crate) struct Output {
    pub(crate) tokens: TokenStream,
    pub(crate) text: Vec<src::Piece>,
}

/// Generates the builder for a struct that passed every check.
pub(crate) fn expand(cont: &Container<'_>) -> Output {
    let g = Gen::new(cont);
    let mut text = src::Src::default();
    builder::builder_struct(&g, &mut text);
    state::state_module(&g, &mut text);
    setters::setters(&g, &mut text);
    setters::doc_setters(&g, &mut text);
    build::build_fn(&g, &mut text);
    getters::getters(&g, &mut text);
    builder::start_fn_text(&g, &mut text);
    let items = [deserialize::deserialize(&g)];
    Output {
        tokens: quote!(#(#items)*),
        text: text.into_pieces(),
    }
}

/// A group with its members resolved once: the field each name stands for,
/// and its slot.
pub(crate) struct ResolvedGroup<'c, 'a> {
    pub(crate) group: &'c crate::ast::Group,
    pub(crate) members: Vec<Member<'c, 'a>>,
    /// The members in words: `` `a`, `b` ``.
    pub(crate) list: String,
    pub(crate) names: names::GroupNames,
}

/// One member of a [`ResolvedGroup`].
pub(crate) struct Member<'c, 'a> {
    pub(crate) field: &'c Field<'a>,
    pub(crate) slot: usize,
    /// The member's own names.
    pub(crate) names: &'c Names,
}

/// A field with the index of its slot in the builder's state (`None` for a
/// `fixed` field, which has no slot) and every name the generators print
/// for it, computed once.
pub(crate) struct Slotted<'c, 'a> {
    pub(crate) field: &'c Field<'a>,
    pub(crate) slot: Option<usize>,
    pub(crate) names: Names,
}

/// Everything the generators share about one struct.
pub(crate) struct Gen<'c, 'a> {
    pub(crate) cont: &'c Container<'a>,
    /// `::iamport`, the path of the runtime crate (or `crate = ...`): the
    /// one place it is decided; `ts` and the text forms derive from it.
    pub(crate) krate: TokenStream,
    pub(crate) tree: Tree,
    pub(crate) fields: Vec<Slotted<'c, 'a>>,
    /// Source text of the parts that the string-built items need.
    pub(crate) text: Text,
    /// The struct's generics in text forms.
    pub(crate) generics: generics::Generics,
}

/// The struct's parts as source text, for the items built as strings.
pub(crate) struct Text {
    /// `pub`, `pub(crate)`, or empty.
    pub(crate) vis: String,
    /// The runtime crate's path, such as `::iamport`.
    pub(crate) krate: String,
    /// `{krate}::typestate`, where the slots and their machinery are.
    pub(crate) ts: String,
    /// `StructBuilder`.
    pub(crate) builder: String,
    /// `struct_builder`.
    pub(crate) module: String,
    /// The name of the state parameter: `S`, unless the struct uses that name.
    pub(crate) state: String,
}

impl<'c, 'a> Gen<'c, 'a> {
    fn new(cont: &'c Container<'a>) -> Self {
        let mut next = 0;
        let mut fields: Vec<Slotted<'c, 'a>> = cont
            .fields
            .iter()
            .map(|field| {
                let slot = if let Kind::Fixed(_) = field.kind() {
                    None
                } else {
                    next += 1;
                    Some(next - 1)
                };
                Slotted {
                    field,
                    slot,
                    names: Names::default(),
                }
            })
            .collect();
        let krate = cont
            .attrs
            .krate
            .as_ref()
            .map_or_else(|| quote!(::iamport), |(_, path)| quote!(#path));
        let module = names::module(cont.ident);
        let krate_text = src::text(&krate).replace(' ', "");
        let ts_text = format!("{krate_text}::typestate");
        let tree = Tree::new(next);
        for s in &mut fields {
            let path = s
                .slot
                .map(|slot| tree.path(slot, &ts_text))
                .unwrap_or_default();
            s.names = Names::of(s.field, path, cont.serde.rename_all);
        }
        for s in &mut fields {
            s.names.setters = setters::setter_variants(cont, s.field, &s.names.ty);
        }
        if !cont.generics.params.is_empty() {
            for s in &mut fields {
                s.names.outlives = generics::params_used_by(cont, s.field.ty).outlives();
            }
        }
        let generics = generics::Generics::of(cont);
        let text = Text {
            vis: src::text(cont.vis),
            ts: ts_text,
            krate: krate_text,
            builder: names::builder(cont.ident),
            module,
            state: generics::state_name(cont),
        };
        Gen {
            cont,
            krate,
            tree,
            fields,
            text,
            generics,
        }
    }

    /// The groups, members resolved (the checks made sure each exists).
    pub(crate) fn groups(&self) -> Vec<ResolvedGroup<'_, 'a>> {
        resolve_groups(self.cont, &self.fields)
    }

    /// The fields that have a slot, with the slot's index and the field's
    /// names.
    pub(crate) fn slotted(&self) -> impl Iterator<Item = (&'c Field<'a>, usize, &Names)> + '_ {
        self.fields
            .iter()
            .filter_map(|s| s.slot.map(|slot| (s.field, slot, &s.names)))
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
        let args = &self.generics.arg_tokens;
        if args.is_empty() {
            quote!(#ident)
        } else {
            quote!(#ident<#(#args),*>)
        }
    }

    /// `struct_builder::State<args>` as text: the state trait, applied.
    pub(crate) fn state_trait(&self) -> String {
        format!("{}::State{}", self.text.module, self.generics.args_angle())
    }

    /// The state trait's arguments followed by `extra` (associated type
    /// bindings), in angle brackets: `State<'a, T, x = __L>`.
    pub(crate) fn state_with(&self, extra: &str) -> String {
        format!("{}::State<{}{extra}>", self.text.module, self.generics.args)
    }

    /// The struct as a type, as text: `Struct<args>`.
    pub(crate) fn struct_text(&self) -> String {
        self.generics.applied(&self.cont.ident.to_string())
    }
}

/// Each group's members, looked up by name once.
fn resolve_groups<'c, 'a>(
    cont: &'c Container<'a>,
    fields: &'c [Slotted<'c, 'a>],
) -> Vec<ResolvedGroup<'c, 'a>> {
    cont.attrs
        .groups
        .iter()
        .map(|group| {
            let members: Vec<Member<'c, 'a>> = group
                .members
                .iter()
                .filter_map(|written| {
                    let name = unraw(written);
                    let s = fields.iter().find(|s| s.field.name() == name)?;
                    Some(Member {
                        field: s.field,
                        slot: s.slot?,
                        names: &s.names,
                    })
                })
                .collect();
            let list = members
                .iter()
                .map(|m| format!("`{}`", m.field.name()))
                .collect::<Vec<_>>()
                .join(", ");
            ResolvedGroup {
                group,
                members,
                list,
                names: names::GroupNames::of(&group.name),
            }
        })
        .collect()
}

/// Attributes of every generated impl, as source text: the lints that would
/// fire on generated code in a strict crate are the macro's business, not the
/// user's.
pub(crate) const IMPL_ATTRS: &str = "#[automatically_derived] \
    #[allow(unused_qualifications)]";

/// [`IMPL_ATTRS`] as tokens, for the items built with `quote!`.
pub(crate) fn impl_attrs() -> TokenStream {
    quote!(#[automatically_derived] #[allow(unused_qualifications)])
}
