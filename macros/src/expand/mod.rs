//! Turns the checked model into the builder's code, one file per generated
//! item.
//!
//! Every standard item is named by its full path (`::core::option::Option`),
//! the builder's states come from `::iamport::typestate` and other runtime
//! support from `::iamport::__private` (or the path `crate = ...` gives), and
//! every identifier the macro makes up starts with `__`, so a user's own
//! items can't shadow them. The names a merchant reads (the builder, its
//! state module and the state parameter in the documentation) are plain.

mod build;
mod builder;
mod deserialize;
mod serde_attrs;
mod setters;
pub(crate) mod src;
mod state;
mod tree;

use std::fmt::Write as _;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::ast::{Container, Field, Kind, unraw};
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
    state::state_module(&g, &mut text);
    setters::setters(&g, &mut text);
    setters::doc_setters(&g, &mut text);
    build::build_fn(&g, &mut text);
    let items = [
        builder::builder_struct(&g),
        builder::start_fn(&g),
        deserialize::deserialize(&g),
    ];
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
}

/// One member of a [`ResolvedGroup`].
pub(crate) struct Member<'c, 'a> {
    pub(crate) field: &'c Field<'a>,
    pub(crate) slot: usize,
    /// The path type of its slot.
    pub(crate) path: String,
}

/// A field with the index of its slot in the builder's state (`None` for a
/// `fixed` field, which has no slot) and every name the generators print
/// for it, computed once.
pub(crate) struct Slotted<'c, 'a> {
    pub(crate) field: &'c Field<'a>,
    pub(crate) slot: Option<usize>,
    pub(crate) names: Names,
}

/// The names of one field in the generated code.
#[derive(Default)]
pub(crate) struct Names {
    /// The path type of its slot (empty for a `fixed` field).
    pub(crate) path: String,
    /// `{field}_is_unset`: the "set twice" marker.
    pub(crate) unset_marker: String,
    /// `{field}_is_set`: the "missing required field" marker.
    pub(crate) set_marker: String,
    /// `Set{Field}`: the state after its setter.
    pub(crate) set_alias: String,
    /// `fields::{field}`: the field, as `IsUnset<...>` and `Slot<...>` name
    /// it (relative to the state module).
    pub(crate) field_marker: String,
    /// Its setter's name without `r#` (for messages and docs).
    pub(crate) setter: String,
    /// The key it is read from with `#[builder(deserialize)]`.
    pub(crate) wire: String,
    /// Its type as source text.
    pub(crate) ty: String,
    /// Its setters, as both setter impls write them.
    pub(crate) setters: Vec<setters::SetterVariant>,
    /// `T: 'a, ` for the struct's parameters its type uses (see
    /// `UsedParams::outlives`).
    pub(crate) outlives: String,
}

impl Names {
    fn of(field: &Field<'_>, path: String, rule: Option<crate::serde::RenameRule>) -> Self {
        let name = field.name();
        let camel = camel(&name);
        Names {
            path,
            unset_marker: format!("{name}_is_unset"),
            set_marker: format!("{name}_is_set"),
            set_alias: format!("Set{camel}"),
            field_marker: format!("fields::{}", field.ident),
            setter: unraw(field.setter()),
            wire: field.wire_name(rule),
            ty: src::text(field.ty),
            setters: Vec::new(),
            outlives: String::new(),
        }
    }
}

/// Everything the generators share about one struct.
pub(crate) struct Gen<'c, 'a> {
    pub(crate) cont: &'c Container<'a>,
    /// `::iamport`, the path of the runtime crate (or `crate = ...`): the
    /// one place it is decided; `ts` and the text forms derive from it.
    pub(crate) krate: TokenStream,
    /// `{Struct}Builder`.
    pub(crate) builder: syn::Ident,
    /// `{struct}_builder`, the module of the builder's states.
    pub(crate) module: syn::Ident,
    pub(crate) tree: Tree,
    pub(crate) fields: Vec<Slotted<'c, 'a>>,
    /// The groups, members resolved once (the checks made sure each exists).
    pub(crate) groups: Vec<ResolvedGroup<'c, 'a>>,
    /// The struct's generic arguments, in order, without angle brackets.
    pub(crate) args: Vec<TokenStream>,
    /// Source text of the parts that the string-built items need.
    pub(crate) text: Text,
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
    /// The name of the state parameter in what rustdoc shows: `S`, unless
    /// the struct uses that name.
    pub(crate) state: String,
    /// The struct's generic parameters as an impl declares them, each
    /// followed by a comma.
    pub(crate) params: String,
    /// The struct's generic parameters without bounds (`'a, T, const N:
    /// usize, `), as a type alias declares them.
    pub(crate) plain: String,
    /// The struct's generic arguments, each followed by a comma.
    pub(crate) args: String,
    /// The struct's where-clause predicates, each followed by a comma.
    pub(crate) preds: String,
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
        let args: Vec<TokenStream> = cont.generics.params.iter().map(param_arg).collect();
        let comma_list =
            |items: Vec<String>| items.into_iter().map(|t| t + ", ").collect::<String>();
        let krate = cont
            .attrs
            .krate
            .as_ref()
            .map_or_else(|| quote!(::iamport), |(_, path)| quote!(#path));
        let module = format_ident!("{}_builder", snake(&unraw(cont.ident)));
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
                s.names.outlives = params_used_by(cont, s.field.ty).outlives();
            }
        }
        let groups = resolve_groups(cont, &fields);
        let text = Text {
            vis: src::text(cont.vis),
            ts: ts_text,
            krate: krate_text,
            builder: format!("{}Builder", unraw(cont.ident)),
            module: module.to_string(),
            state: state_name(cont),
            params: comma_list(
                cont.generics
                    .params
                    .iter()
                    .map(|p| param_without_default(p).to_string())
                    .collect(),
            ),
            plain: comma_list(plain_params(cont)),
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
            krate,
            builder: format_ident!("{}Builder", unraw(cont.ident)),
            module,
            tree,
            fields,
            groups,
            args,
        }
    }

    /// The fields that have a slot, with the slot's index and the field's
    /// names.
    pub(crate) fn slotted(&self) -> impl Iterator<Item = (&'c Field<'a>, usize, &Names)> + '_ {
        self.fields
            .iter()
            .filter_map(|s| s.slot.map(|slot| (s.field, slot, &s.names)))
    }

    /// The groups `field` belongs to.
    pub(crate) fn groups_of<'g>(
        &'g self,
        field: &'g Field<'_>,
    ) -> impl Iterator<Item = &'g ResolvedGroup<'c, 'a>> + 'g {
        let name = field.name();
        self.groups
            .iter()
            .filter(move |g| g.members.iter().any(|m| m.field.name() == name))
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

/// The struct's generic parameters that a field's type uses, for the
/// names of its states (a type alias must use each parameter it declares).
pub(crate) struct UsedParams {
    /// Lifetimes, as declared and as passed.
    lifetimes: Vec<String>,
    /// Types and consts: declared without bounds, with bounds, and passed.
    others: Vec<(String, String, String)>,
}

impl UsedParams {
    /// `T: 'a, ` for each type parameter and lifetime the field type uses
    /// both: what a reference such as `&'a [T]` needs to be well-formed
    /// outside the struct, whose fields imply it.
    pub(crate) fn outlives(&self) -> String {
        let mut out = String::new();
        for (_, _, ty) in self
            .others
            .iter()
            .filter(|(plain, _, _)| !plain.starts_with("const "))
        {
            for lifetime in &self.lifetimes {
                let _ = write!(out, "{ty}: {lifetime}, ");
            }
        }
        out
    }
}

/// A generic parameter as an argument: `'a`, `T`, `N`.
fn param_arg(param: &syn::GenericParam) -> TokenStream {
    match param {
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
    }
}

/// The struct's generic parameters without bounds or defaults, as a type
/// alias declares them: `'a`, `T`, `const N: usize`.
fn plain_params(cont: &Container<'_>) -> Vec<String> {
    cont.generics
        .params
        .iter()
        .map(|p| match p {
            syn::GenericParam::Lifetime(l) => src::text(&l.lifetime),
            syn::GenericParam::Type(t) => src::text(&t.ident),
            syn::GenericParam::Const(c) => {
                format!("const {}: {}", src::text(&c.ident), src::text(&c.ty))
            }
        })
        .collect()
}

/// The struct's generic parameters that `ty` mentions.
fn params_used_by(cont: &Container<'_>, ty: &syn::Type) -> UsedParams {
    let mut idents = std::collections::HashSet::new();
    collect_idents(quote::ToTokens::to_token_stream(ty), &mut idents);
    let tokens = quote::ToTokens::to_token_stream(ty).to_string();
    let mut used = UsedParams {
        lifetimes: Vec::new(),
        others: Vec::new(),
    };
    for param in &cont.generics.params {
        match param {
            syn::GenericParam::Lifetime(l) => {
                let name = l.lifetime.to_string();
                if tokens.contains(&name) {
                    used.lifetimes.push(name);
                }
            }
            syn::GenericParam::Type(t) => {
                let name = t.ident.to_string();
                if idents.contains(&name) {
                    used.others.push((
                        name.clone(),
                        src::text(&param_without_default(param)),
                        name,
                    ));
                }
            }
            syn::GenericParam::Const(c) => {
                let name = c.ident.to_string();
                if idents.contains(&name) {
                    let decl = src::text(&param_without_default(param));
                    used.others.push((decl.clone(), decl, name));
                }
            }
        }
    }
    used
}

/// Each group's members, looked up by name once.
fn resolve_groups<'c, 'a>(
    cont: &'c Container<'a>,
    fields: &[Slotted<'c, 'a>],
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
                        path: s.names.path.clone(),
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
            }
        })
        .collect()
}

/// `snake_case` of a `CamelCase` name: `OneOffPayment` is `one_off_payment`,
/// `HTTPRequest` is `http_request`.
pub(crate) fn snake(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 4);
    for (i, c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            let prev = i.checked_sub(1).and_then(|p| chars.get(p));
            let next = chars.get(i + 1);
            let boundary = prev.is_some_and(|p| p.is_lowercase() || p.is_ascii_digit())
                || (prev.is_some_and(|p| p.is_uppercase())
                    && next.is_some_and(|n| n.is_lowercase()));
            if boundary && !out.ends_with('_') {
                out.push('_');
            }
            out.extend(c.to_lowercase());
        } else {
            out.push(*c);
        }
    }
    out
}

/// `CamelCase` of a `snake_case` field name: `buyer_name` is `BuyerName`.
pub(crate) fn camel(name: &str) -> String {
    name.split('_')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_uppercase().chain(chars).collect()
            })
        })
        .collect()
}

/// The state parameter's name for the documentation: the first of `S`,
/// `State`, `BuilderState` that no token of the struct uses.
fn state_name(cont: &Container<'_>) -> String {
    let mut used = std::collections::HashSet::new();
    collect_idents(quote::ToTokens::to_token_stream(cont.generics), &mut used);
    for field in &cont.fields {
        collect_idents(quote::ToTokens::to_token_stream(field.ty), &mut used);
    }
    ["S", "State", "BuilderState"]
        .into_iter()
        .find(|name| !used.contains(*name))
        .unwrap_or("__S")
        .to_owned()
}

/// Every identifier in `tokens`, groups included.
pub(crate) fn collect_idents(tokens: TokenStream, out: &mut std::collections::HashSet<String>) {
    for tt in tokens {
        match tt {
            proc_macro2::TokenTree::Ident(i) => {
                out.insert(i.to_string());
            }
            proc_macro2::TokenTree::Group(g) => collect_idents(g.stream(), out),
            _ => {}
        }
    }
}

/// Attributes of every generated impl, as source text: the lints that would
/// fire on generated code in a strict crate are the macro's business, not the
/// user's.
pub(crate) const IMPL_ATTRS: &str = "#[automatically_derived] \
    #[allow(unused_qualifications)]";

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
