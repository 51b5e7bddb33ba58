//! Reads a `syn::DeriveInput` and its `#[builder(...)]` attributes into the
//! model that the checks and the code generator work on.
//!
//! Nothing here returns early on a bad attribute: every mistake is recorded in
//! the [`Ctxt`] and reading goes on, so that one compile shows them all.

use syn::punctuated::Punctuated;

use crate::ctxt::Ctxt;
use crate::serde::{RenameRule, SerdeContainer, SerdeField};
use crate::symbol::{self, Symbol};

/// The struct the derive is applied to.
pub(crate) struct Container<'a> {
    pub(crate) ident: &'a syn::Ident,
    pub(crate) vis: &'a syn::Visibility,
    pub(crate) generics: &'a syn::Generics,
    pub(crate) fields: Vec<Field<'a>>,
    pub(crate) attrs: ContainerAttrs,
    /// The serde attributes of the struct, kept for the checked `Deserialize`.
    pub(crate) serde_attrs: Vec<&'a syn::Attribute>,
    /// What those attributes say, read once (with `#[builder(deserialize)]`).
    pub(crate) serde: SerdeContainer,
}

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

/// One named field of the struct.
pub(crate) struct Field<'a> {
    pub(crate) ident: &'a syn::Ident,
    pub(crate) ty: &'a syn::Type,
    /// `Some(T)` when the field's type is `Option<T>`.
    pub(crate) option_inner: Option<&'a syn::Type>,
    pub(crate) docs: Vec<&'a syn::Attribute>,
    pub(crate) serde_attrs: Vec<&'a syn::Attribute>,
    /// What those attributes say, read once (with `#[builder(deserialize)]`).
    pub(crate) serde: SerdeField,
    pub(crate) attrs: FieldAttrs,
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

/// How the builder treats a field, once its attributes are read.
pub(crate) enum Kind<'f> {
    /// Must be set before `build()`.
    Required,
    /// An `Option<T>` field: setters `x(T)` and `maybe_x(Option<T>)`.
    Optional {
        inner: &'f syn::Type,
        default: Option<&'f syn::Expr>,
    },
    /// `#[builder(default)]`: may be set; falls back to the default.
    Default(Option<&'f syn::Expr>),
    /// `#[builder(fixed = expr)]`: no setter, always this value.
    Fixed(&'f syn::Expr),
}

impl Field<'_> {
    pub(crate) fn kind(&self) -> Kind<'_> {
        if let Some((_, expr)) = &self.attrs.fixed {
            return Kind::Fixed(expr);
        }
        let default = self.attrs.default.as_ref().map(|(_, expr)| expr.as_ref());
        match (self.option_inner, default) {
            (Some(inner), default) => Kind::Optional {
                inner,
                default: default.flatten(),
            },
            (None, Some(expr)) => Kind::Default(expr),
            (None, None) => Kind::Required,
        }
    }

    /// The field's name without a raw-identifier prefix (`r#type` is `type`).
    pub(crate) fn name(&self) -> String {
        unraw(self.ident)
    }

    /// The setter's identifier: the field's own, or the one `setter = ...` gives.
    pub(crate) fn setter(&self) -> &syn::Ident {
        self.attrs
            .setter
            .as_ref()
            .map_or(self.ident, |(_, ident)| ident)
    }

    /// The key the field is read from: its `rename`, else its name under
    /// the struct's `rename_all`.
    pub(crate) fn wire_name(&self, rule: Option<RenameRule>) -> String {
        self.serde.rename.clone().unwrap_or_else(|| {
            let name = self.name();
            rule.map_or_else(|| name.clone(), |r| r.apply(&name))
        })
    }

    /// The identifier of the `maybe_` setter of an optional field.
    pub(crate) fn maybe_setter(&self) -> syn::Ident {
        let setter = self.setter();
        syn::Ident::new(&format!("maybe_{}", unraw(setter)), setter.span())
    }
}

/// The text of an identifier without its `r#` prefix.
pub(crate) fn unraw(ident: &syn::Ident) -> String {
    let s = ident.to_string();
    match s.strip_prefix("r#") {
        Some(rest) => rest.to_owned(),
        None => s,
    }
}

impl Container<'_> {
    /// Whether `field` gets a `maybe_` setter: every `Option` field does,
    /// except the members of an `exactly_one` group, where `maybe_x(None)`
    /// would count as "set" and let `build()` compile with none of them
    /// `Some`.
    pub(crate) fn has_maybe_setter(&self, field: &Field<'_>) -> bool {
        let name = field.name();
        matches!(field.kind(), Kind::Optional { .. })
            && !self.attrs.groups.iter().any(|g| {
                g.kind == GroupKind::ExactlyOne && g.members.iter().any(|m| unraw(m) == name)
            })
    }
}

impl<'a> Container<'a> {
    /// Reads the input. Returns `None` when its shape is unsupported (the
    /// error is recorded); attribute mistakes are recorded and reading goes on.
    pub(crate) fn from_ast(cx: &Ctxt, input: &'a syn::DeriveInput) -> Option<Self> {
        let attrs = ContainerAttrs::from_attrs(cx, &input.attrs);
        let named = match &input.data {
            syn::Data::Struct(data) => match &data.fields {
                syn::Fields::Named(named) => named,
                syn::Fields::Unnamed(fields) => {
                    cx.error_spanned_by(
                        fields,
                        "`#[derive(Builder)]` needs a struct with named fields; a tuple struct has none: write `struct Name { field: Type }`",
                    );
                    return None;
                }
                syn::Fields::Unit => {
                    cx.error_spanned_by(
                        &input.ident,
                        "`#[derive(Builder)]` needs a struct with named fields; a unit struct has none: write `struct Name { field: Type }`",
                    );
                    return None;
                }
            },
            syn::Data::Enum(data) => {
                cx.error_spanned_by(
                    data.enum_token,
                    "`#[derive(Builder)]` supports structs with named fields, not enums",
                );
                return None;
            }
            syn::Data::Union(data) => {
                cx.error_spanned_by(
                    data.union_token,
                    "`#[derive(Builder)]` supports structs with named fields, not unions",
                );
                return None;
            }
        };
        let read_serde = attrs.deserialize.is_some();
        let serde_of = |attrs: &'a [syn::Attribute]| -> Vec<&'a syn::Attribute> {
            attrs
                .iter()
                .filter(|a| a.path().is_ident("serde"))
                .collect()
        };
        let fields = named
            .named
            .iter()
            .filter_map(|field| {
                let ident = field.ident.as_ref()?;
                let serde_attrs = serde_of(&field.attrs);
                let serde = if read_serde {
                    SerdeField::from_attrs(cx, &serde_attrs)
                } else {
                    SerdeField::default()
                };
                Some(Field {
                    ident,
                    ty: &field.ty,
                    option_inner: option_inner(&field.ty),
                    docs: field
                        .attrs
                        .iter()
                        .filter(|a| a.path().is_ident("doc"))
                        .collect(),
                    serde_attrs,
                    serde,
                    attrs: FieldAttrs::from_attrs(cx, &field.attrs),
                })
            })
            .collect();
        let serde_attrs = serde_of(&input.attrs);
        let serde = if read_serde {
            SerdeContainer::from_attrs(cx, &serde_attrs)
        } else {
            SerdeContainer::default()
        };
        Some(Container {
            ident: &input.ident,
            vis: &input.vis,
            generics: &input.generics,
            fields,
            attrs,
            serde_attrs,
            serde,
        })
    }
}

/// Records "duplicate builder attribute" when `slot` is already filled, on the
/// second occurrence; fills it otherwise.
fn set_once<T>(cx: &Ctxt, slot: &mut Option<T>, path: &syn::Path, key: Symbol, value: T) {
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
    fn from_attrs(cx: &Ctxt, attrs: &[syn::Attribute]) -> Self {
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
                    out.groups.push(Group {
                        name,
                        kind,
                        members: members.into_iter().collect(),
                    });
                    Ok(())
                })?;
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
            } else {
                return Err(meta.error(unknown_attribute(&path, CONTAINER_KEYS, "a struct")));
            }
            Ok(())
        });
        out
    }
}

impl FieldAttrs {
    fn from_attrs(cx: &Ctxt, attrs: &[syn::Attribute]) -> Self {
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

/// `Some(T)` when `ty` is written `Option<T>`, `std::option::Option<T>` or
/// `core::option::Option<T>` (with or without a leading `::`).
fn option_inner(ty: &syn::Type) -> Option<&syn::Type> {
    let ty = match ty {
        syn::Type::Group(group) => &group.elem,
        other => other,
    };
    let syn::Type::Path(path) = ty else {
        return None;
    };
    if path.qself.is_some() {
        return None;
    }
    let segments: Vec<_> = path.path.segments.iter().collect();
    let (last, prefix) = segments.split_last()?;
    let prefix_ok = match prefix {
        [] => path.path.leading_colon.is_none(),
        [krate, module] => {
            (krate.ident == "std" || krate.ident == "core")
                && module.ident == "option"
                && krate.arguments.is_none()
                && module.arguments.is_none()
        }
        _ => false,
    };
    if !prefix_ok || last.ident != "Option" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.iter().collect::<Vec<_>>().as_slice() {
        [syn::GenericArgument::Type(inner)] => Some(inner),
        _ => None,
    }
}
