//! The `#[builder(...)]` attributes, parsed: struct-level options
//! ([`ContainerAttrs`], with its groups and forbidden methods) and
//! field-level ones ([`FieldAttrs`]), with the error messages for a malformed,
//! repeated or unknown key. What the attributes mean together, across fields,
//! is checked in [`crate::check`]; the model they belong to is [`crate::ast`].
//!
//! Nothing here returns early on a bad attribute: every mistake is recorded in
//! the [`Ctxt`] and reading goes on, so that one compile shows them all.

use std::fmt::Display;

use syn::punctuated::Punctuated;

use crate::ctxt::Ctxt;
use crate::symbol;

/// Struct-level `#[builder(...)]` options.
#[derive(Default)]
pub(crate) struct ContainerAttrs {
    /// `#[builder(into)]`: every setter takes `impl Into<T>`.
    pub(crate) into: Option<syn::Path>,
    /// `#[builder(validate)]`: `build()` runs `iamport::Validate` and returns a `Result`.
    pub(crate) validate: Option<syn::Path>,
    /// `#[builder(deserialize)]`: generate a `Deserialize` that runs the same checks.
    pub(crate) deserialize: Option<syn::Path>,
    pub(crate) groups: Vec<Group>,
    /// `crate = path`: where the runtime crate is (`::iamport` otherwise).
    pub(crate) krate: Option<(syn::Path, syn::Path)>,
    /// `forbid(name = "message")`: methods that must never be called.
    pub(crate) forbidden: Vec<Forbidden>,
    /// `derive(Clone, Debug)`: the traits the builder implements.
    pub(crate) derive: Derives,
    /// `#[builder(getters)]`: the builder has a getter for each field it holds.
    pub(crate) getters: Option<syn::Path>,
}

/// The traits of `#[builder(derive(...))]`, each with the identifier as
/// written, for spans.
#[derive(Default)]
pub(crate) struct Derives {
    pub(crate) clone: Option<syn::Ident>,
    pub(crate) debug: Option<syn::Ident>,
}

/// A method the builder must not have, such as `customer_uid` on a one-off
/// payment: calling it is a compile error with the message given.
pub(crate) struct Forbidden {
    pub(crate) name: syn::Ident,
    pub(crate) message: syn::LitStr,
}

/// A named group of optional fields, checked at compile time.
pub(crate) struct Group {
    pub(crate) name: syn::Ident,
    pub(crate) kind: GroupKind,
    pub(crate) members: Vec<syn::Ident>,
}

/// The rule a [`Group`] enforces.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum GroupKind {
    /// One member must be set, never two.
    ExactlyOne,
    /// One member may be set, or none.
    AtMostOne,
}

impl GroupKind {
    pub(crate) fn keyword(self) -> &'static str {
        match self {
            GroupKind::ExactlyOne => symbol::EXACTLY_ONE.0,
            GroupKind::AtMostOne => symbol::AT_MOST_ONE.0,
        }
    }

    pub(crate) fn words(self) -> &'static str {
        match self {
            GroupKind::ExactlyOne => "exactly one",
            GroupKind::AtMostOne => "at most one",
        }
    }
}

/// Field-level `#[builder(...)]` options.
#[derive(Default)]
pub(crate) struct FieldAttrs {
    /// `default` (with no value: `Default::default()`) or `default = expr`.
    pub(crate) default: Option<(syn::Path, Option<syn::Expr>)>,
    /// `into` (`true`), `into = true` or `into = false` (opts out of a
    /// struct-level `into`).
    pub(crate) into: Option<(syn::Path, bool)>,
    pub(crate) fixed: Option<(syn::Path, syn::Expr)>,
    pub(crate) setter: Option<(syn::Path, syn::Ident)>,
}

/// Records "duplicate builder attribute" when `slot` is already filled, on the
/// second occurrence; fills it otherwise.
fn set_once<T>(cx: &Ctxt, slot: &mut Option<T>, path: &syn::Path, key: impl Display, value: T) {
    if slot.is_some() {
        cx.error_spanned_by(
            path,
            format_args!("duplicate builder attribute `{key}`: give it once"),
        );
    } else {
        *slot = Some(value);
    }
}

/// Iterates over the `#[builder(...)]` attributes, reporting the malformed ones.
fn for_each_builder_meta(
    cx: &Ctxt,
    attrs: &[syn::Attribute],
    mut f: impl FnMut(syn::meta::ParseNestedMeta) -> syn::Result<()>,
) {
    for attr in attrs {
        if !attr.path().is_ident(symbol::BUILDER.0) {
            continue;
        }
        if let syn::Meta::Path(path) = &attr.meta {
            cx.error_spanned_by(
                path,
                "`#[builder]` needs options in parentheses, for example `#[builder(default)]`",
            );
            continue;
        }
        if let Err(err) = attr.parse_nested_meta(&mut f) {
            cx.syn_error(err);
        }
    }
}

impl ContainerAttrs {
    /// Reads the struct's `#[builder(...)]` attributes.
    pub(crate) fn from_attrs(cx: &Ctxt, attrs: &[syn::Attribute]) -> Self {
        let mut out = ContainerAttrs::default();
        for_each_builder_meta(cx, attrs, |meta| {
            let path = meta.path.clone();
            if path == symbol::INTO {
                set_once(cx, &mut out.into, &path, symbol::INTO, path.clone());
            } else if path == symbol::VALIDATE {
                if meta.input.peek(syn::Token![=]) {
                    return Err(meta.error(
                        "`validate` takes no value: write `#[builder(validate)]` and implement `iamport::Validate` for the struct",
                    ));
                }
                set_once(cx, &mut out.validate, &path, symbol::VALIDATE, path.clone());
            } else if path == symbol::DESERIALIZE {
                set_once(
                    cx,
                    &mut out.deserialize,
                    &path,
                    symbol::DESERIALIZE,
                    path.clone(),
                );
            } else if path == symbol::EXACTLY_ONE || path == symbol::AT_MOST_ONE {
                let kind = if path == symbol::EXACTLY_ONE {
                    GroupKind::ExactlyOne
                } else {
                    GroupKind::AtMostOne
                };
                parse_groups(&meta, kind, &mut out.groups)?;
            } else if path == symbol::CRATE {
                if !meta.input.peek(syn::Token![=]) {
                    return Err(meta.error(
                        "`crate` needs a path: write `#[builder(crate = ::my_renamed_iamport)]`",
                    ));
                }
                let krate = meta.value()?.parse::<syn::Path>()?;
                set_once(
                    cx,
                    &mut out.krate,
                    &path,
                    symbol::CRATE,
                    (path.clone(), krate),
                );
            } else if path == symbol::FORBID {
                if !meta.input.peek(syn::token::Paren) {
                    return Err(meta.error(
                        "`forbid` needs a method and a message: `#[builder(forbid(customer_uid = \"use the registration builder\"))]`",
                    ));
                }
                meta.parse_nested_meta(|item| {
                    let Some(name) = item.path.get_ident().cloned() else {
                        return Err(
                            item.error("a forbidden method's name must be a plain identifier")
                        );
                    };
                    if !item.input.peek(syn::Token![=]) {
                        return Err(item.error(format_args!(
                            "say why `{name}` is forbidden: `forbid({name} = \"message\")`"
                        )));
                    }
                    let message = item.value()?.parse::<syn::LitStr>()?;
                    out.forbidden.push(Forbidden { name, message });
                    Ok(())
                })?;
            } else if path == symbol::DERIVE {
                parse_derives(cx, &meta, &mut out.derive)?;
            } else if path == symbol::GETTERS {
                if meta.input.peek(syn::Token![=]) || meta.input.peek(syn::token::Paren) {
                    return Err(meta.error("`getters` takes no value: write `#[builder(getters)]`"));
                }
                set_once(cx, &mut out.getters, &path, symbol::GETTERS, path.clone());
            } else {
                return Err(meta.error(unknown_attribute(&path, CONTAINER_KEYS, "a struct")));
            }
            Ok(())
        });
        out
    }
}

impl FieldAttrs {
    /// Reads a field's `#[builder(...)]` attributes.
    pub(crate) fn from_attrs(cx: &Ctxt, attrs: &[syn::Attribute]) -> Self {
        let mut out = FieldAttrs::default();
        for_each_builder_meta(cx, attrs, |meta| {
            let path = meta.path.clone();
            if path == symbol::DEFAULT {
                let expr = if meta.input.peek(syn::Token![=]) {
                    Some(parse_expr(&meta, "default")?)
                } else {
                    None
                };
                set_once(
                    cx,
                    &mut out.default,
                    &path,
                    symbol::DEFAULT,
                    (path.clone(), expr),
                );
            } else if path == symbol::INTO {
                let on = if meta.input.peek(syn::Token![=]) {
                    let value = meta.value()?;
                    let lit: syn::Lit = value.parse()?;
                    let syn::Lit::Bool(on) = lit else {
                        return Err(syn::Error::new_spanned(
                            lit,
                            "`into` takes `true` or `false`: write `#[builder(into)]`, or `#[builder(into = false)]` to opt out of a struct-level `into`",
                        ));
                    };
                    on.value
                } else {
                    true
                };
                set_once(cx, &mut out.into, &path, symbol::INTO, (path.clone(), on));
            } else if path == symbol::FIXED {
                if !meta.input.peek(syn::Token![=]) {
                    return Err(
                        meta.error("`fixed` needs a value: write `#[builder(fixed = expression)]`")
                    );
                }
                let expr = parse_expr(&meta, "fixed")?;
                set_once(
                    cx,
                    &mut out.fixed,
                    &path,
                    symbol::FIXED,
                    (path.clone(), expr),
                );
            } else if path == symbol::SETTER {
                if !meta.input.peek(syn::Token![=]) {
                    return Err(
                        meta.error("`setter` needs a name: write `#[builder(setter = new_name)]`")
                    );
                }
                let ident = meta.value()?.parse::<syn::Ident>()?;
                set_once(
                    cx,
                    &mut out.setter,
                    &path,
                    symbol::SETTER,
                    (path.clone(), ident),
                );
            } else {
                return Err(meta.error(unknown_attribute(&path, FIELD_KEYS, "a field")));
            }
            Ok(())
        });
        out
    }
}

/// The groups of one `exactly_one(...)` or `at_most_one(...)`:
/// `name = (field, ...)`, each.
fn parse_groups(
    meta: &syn::meta::ParseNestedMeta,
    kind: GroupKind,
    groups: &mut Vec<Group>,
) -> syn::Result<()> {
    if !meta.input.peek(syn::token::Paren) {
        return Err(meta.error(format_args!(
                "`{}` needs a named group, for example `#[builder({}(target = (imp_uid, merchant_uid)))]`",
                kind.keyword(),
                kind.keyword()
            )));
    }
    meta.parse_nested_meta(|group| {
            let Some(name) = group.path.get_ident().cloned() else {
                return Err(group.error("a group's name must be a plain identifier"));
            };
            if !group.input.peek(syn::Token![=]) {
                return Err(group.error(format_args!(
                    "name the group, then list its fields: `{}(group_name = ({}, ...))`; errors call the group by that name",
                    kind.keyword(),
                    name
                )));
            }
            let content;
            let value = group.value()?;
            syn::parenthesized!(content in value);
            let members =
                Punctuated::<syn::Ident, syn::Token![,]>::parse_terminated(&content)?;
            groups.push(Group {
                name,
                kind,
                members: members.into_iter().collect(),
            });
            Ok(())
        })
}

/// The list of `derive(Clone, Debug)`: each of the two at most once, nothing
/// else. An unsupported trait is recorded and the list read on, so that
/// `derive(Hash, Eq)` reports both.
fn parse_derives(
    cx: &Ctxt,
    meta: &syn::meta::ParseNestedMeta,
    out: &mut Derives,
) -> syn::Result<()> {
    let list = match meta.input.fork().parse::<proc_macro2::TokenTree>() {
        Ok(proc_macro2::TokenTree::Group(group))
            if group.delimiter() == proc_macro2::Delimiter::Parenthesis =>
        {
            group
        }
        _ => {
            return Err(meta.error(
                "`derive` needs a list of traits: write `#[builder(derive(Clone, Debug))]`",
            ));
        }
    };
    if list.stream().is_empty() {
        meta.input.parse::<proc_macro2::TokenTree>()?;
        let path = &meta.path;
        cx.error_spanned_by(
            quote::quote!(#path #list),
            "`derive` needs at least one trait: write `#[builder(derive(Clone, Debug))]`, or remove it",
        );
        return Ok(());
    }
    meta.parse_nested_meta(|item| {
        if item.input.peek(syn::Token![=]) || item.input.peek(syn::token::Paren) {
            return Err(item.error(
                "`derive` lists traits by name only: write `#[builder(derive(Clone, Debug))]`",
            ));
        }
        let (ident, slot) = match item.path.get_ident() {
            Some(ident) if ident == symbol::CLONE.0 => (ident, &mut out.clone),
            Some(ident) if ident == symbol::DEBUG.0 => (ident, &mut out.debug),
            written => {
                let text = path_text(&item.path);
                let trait_name = item.path.segments.last().map(|s| s.ident.to_string());
                match trait_name.as_deref() {
                    Some(name @ ("Clone" | "Debug")) if written.is_none() => cx.error_spanned_by(
                        &item.path,
                        format_args!(
                            "`derive` on a builder takes `Clone` and `Debug` by their bare names: write `{name}`, not `{text}`"
                        ),
                    ),
                    _ => cx.error_spanned_by(
                        &item.path,
                        format_args!(
                            "`derive` on a builder takes `Clone` and `Debug`; `{text}` is not supported"
                        ),
                    ),
                }
                return Ok(());
            }
        };
        set_once(
            cx,
            slot,
            &item.path,
            format_args!("{}({ident})", symbol::DERIVE),
            ident.clone(),
        );
        Ok(())
    })
}

/// The expression after `key =`, with a plain message when there is none.
fn parse_expr(meta: &syn::meta::ParseNestedMeta, key: &str) -> syn::Result<syn::Expr> {
    let value = meta.value()?;
    if value.is_empty() || value.peek(syn::Token![,]) {
        return Err(syn::Error::new_spanned(
            &meta.path,
            format_args!("`{key} =` needs an expression, for example `#[builder({key} = 1)]`"),
        ));
    }
    value.parse::<syn::Expr>()
}

/// The keys of struct-level `#[builder(...)]`, as the error lists them.
const CONTAINER_KEYS: &[&str] = &[
    "into",
    "validate",
    "deserialize",
    "exactly_one(...)",
    "at_most_one(...)",
    "forbid(...)",
    "crate = ...",
    "derive(...)",
    "getters",
];

/// The keys of field-level `#[builder(...)]`.
const FIELD_KEYS: &[&str] = &[
    "default",
    "default = ...",
    "into",
    "into = false",
    "fixed = ...",
    "setter = ...",
];

/// "unknown builder attribute `x` on a field; did you mean `y`? expected one
/// of ...".
fn unknown_attribute(path: &syn::Path, keys: &[&str], on: &str) -> String {
    let text = path_text(path);
    let hint = keys
        .iter()
        .map(|k| k.split([' ', '(']).next().unwrap_or(k))
        .filter(|k| close(&text, k))
        .min_by_key(|k| k.len().abs_diff(text.len()))
        .map(|k| format!(": did you mean `{k}`?"))
        .unwrap_or_default();
    let list = keys
        .iter()
        .map(|k| format!("`{k}`"))
        .collect::<Vec<_>>()
        .join(", ");
    format!("unknown builder attribute `{text}` on {on}{hint} (expected one of {list})")
}

/// Whether two short words are at most two edits apart, counting a swap of
/// neighbours as one (`defualt` is close to `default`).
fn close(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > 2 || a.len() > 64 {
        return false;
    }
    let width = b.len() + 1;
    let mut rows: Vec<Vec<usize>> = Vec::with_capacity(a.len() + 1);
    rows.push((0..width).collect());
    for (i, ac) in a.iter().enumerate() {
        let mut row = vec![i + 1; width];
        for (j, bc) in b.iter().enumerate() {
            let above = rows
                .get(i)
                .and_then(|r| r.get(j + 1))
                .copied()
                .unwrap_or(usize::MAX);
            let diag = rows
                .get(i)
                .and_then(|r| r.get(j))
                .copied()
                .unwrap_or(usize::MAX);
            let left = row.get(j).copied().unwrap_or(usize::MAX);
            let mut d = above
                .saturating_add(1)
                .min(left.saturating_add(1))
                .min(diag.saturating_add(usize::from(ac != bc)));
            let swapped = i > 0 && j > 0 && a.get(i - 1) == Some(bc) && b.get(j - 1) == Some(ac);
            if swapped {
                let before = rows
                    .get(i - 1)
                    .and_then(|r| r.get(j - 1))
                    .copied()
                    .unwrap_or(usize::MAX);
                d = d.min(before.saturating_add(1));
            }
            if let Some(cell) = row.get_mut(j + 1) {
                *cell = d;
            }
        }
        rows.push(row);
    }
    rows.last()
        .and_then(|r| r.last())
        .is_some_and(|d| *d <= 2 && *d < b.len())
}

fn path_text(path: &syn::Path) -> String {
    quote::ToTokens::to_token_stream(path)
        .to_string()
        .replace(' ', "")
}
