//! The struct's generic parameters in the forms the generated items need,
//! computed once: as an impl declares them, as a type alias declares them,
//! as arguments, and the where-clause; and which of them a field's type
//! uses.

use std::fmt::Write as _;

use proc_macro2::TokenStream;
use quote::quote;

use super::src;
use crate::ast::Container;

/// The struct's generics as source text, each item followed by `", "` so
/// that a generator can put its own after them (empty when the struct has
/// none).
pub(crate) struct Generics {
    /// As an impl declares them: bounds kept, defaults dropped.
    pub(crate) params: String,
    /// Without bounds (`'a, T, const N: usize, `), as a type alias declares them.
    pub(crate) plain: String,
    /// As arguments: `'a, T, N, `.
    pub(crate) args: String,
    /// The where-clause's predicates.
    pub(crate) preds: String,
    /// As arguments, as tokens.
    pub(crate) arg_tokens: Vec<TokenStream>,
}

impl Generics {
    pub(crate) fn of(cont: &Container<'_>) -> Self {
        let comma_list =
            |items: Vec<String>| items.into_iter().map(|t| t + ", ").collect::<String>();
        let arg_tokens: Vec<TokenStream> = cont.generics.params.iter().map(param_arg).collect();
        Generics {
            params: comma_list(
                cont.generics
                    .params
                    .iter()
                    .map(|p| param_without_default(p).to_string())
                    .collect(),
            ),
            plain: comma_list(plain_params(cont)),
            args: comma_list(arg_tokens.iter().map(ToString::to_string).collect()),
            preds: comma_list(
                cont.generics
                    .where_clause
                    .iter()
                    .flat_map(|wc| wc.predicates.iter())
                    .map(src::text)
                    .collect(),
            ),
            arg_tokens,
        }
    }

    /// `<args>` without the trailing comma, or nothing.
    pub(crate) fn args_angle(&self) -> String {
        angle(&self.args)
    }

    /// `<params>` without the trailing comma, or nothing.
    pub(crate) fn params_angle(&self) -> String {
        angle(&self.params)
    }

    /// `Name<args>`.
    pub(crate) fn applied(&self, name: &str) -> String {
        format!("{name}{}", self.args_angle())
    }
}

fn angle(list: &str) -> String {
    let list = list.trim_end_matches(", ");
    if list.is_empty() {
        String::new()
    } else {
        format!("<{list}>")
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
pub(crate) fn param_arg(param: &syn::GenericParam) -> TokenStream {
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
pub(crate) fn plain_params(cont: &Container<'_>) -> Vec<String> {
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
pub(crate) fn params_used_by(cont: &Container<'_>, ty: &syn::Type) -> UsedParams {
    let mut used = UsedParams {
        lifetimes: Vec::new(),
        others: Vec::new(),
    };
    for param in params_used_by_all(cont, &[ty]) {
        match param {
            syn::GenericParam::Lifetime(l) => used.lifetimes.push(l.lifetime.to_string()),
            syn::GenericParam::Type(t) => {
                let name = t.ident.to_string();
                used.others
                    .push((name.clone(), src::text(&param_without_default(param)), name));
            }
            syn::GenericParam::Const(c) => {
                let decl = src::text(&param_without_default(param));
                used.others.push((decl.clone(), decl, c.ident.to_string()));
            }
        }
    }
    used
}

/// The struct's generic parameters that any of `types` mentions, in the
/// struct's order.
pub(crate) fn params_used_by_all<'c>(
    cont: &'c Container<'_>,
    types: &[&syn::Type],
) -> Vec<&'c syn::GenericParam> {
    let mut idents = std::collections::HashSet::new();
    let mut tokens = String::new();
    for ty in types {
        collect_idents(quote::ToTokens::to_token_stream(ty), &mut idents);
        tokens.push_str(&quote::ToTokens::to_token_stream(ty).to_string());
        tokens.push(' ');
    }
    cont.generics
        .params
        .iter()
        .filter(|param| match param {
            syn::GenericParam::Lifetime(l) => tokens.contains(&l.lifetime.to_string()),
            syn::GenericParam::Type(t) => idents.contains(&t.ident.to_string()),
            syn::GenericParam::Const(c) => idents.contains(&c.ident.to_string()),
        })
        .collect()
}

/// The state parameter's name for the documentation: the first of `S`,
/// `State`, `BuilderState` that no token of the struct uses.
pub(crate) fn state_name(cont: &Container<'_>) -> String {
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
