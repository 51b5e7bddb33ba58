//! The model of the input: the struct ([`Container`]) and its fields
//! ([`Field`]), with what the builder makes of each ([`Kind`]), read from a
//! `syn::DeriveInput`. The `#[builder(...)]` attributes themselves are parsed
//! in [`crate::attr`]; this module puts them together with the struct's shape
//! and its serde attributes.
//!
//! Nothing here returns early on a bad attribute: every mistake is recorded in
//! the [`Ctxt`] and reading goes on, so that one compile shows them all.

use crate::ctxt::Ctxt;
use crate::serde::{RenameRule, SerdeContainer, SerdeField};

// The attribute types, still reachable at `crate::ast::*`, where the
// generator names them.
#[allow(
    unused_imports,
    reason = "`Forbidden` is kept at its old path for the generator, which does not name it there yet"
)]
pub(crate) use crate::attr::Forbidden;
pub(crate) use crate::attr::{ContainerAttrs, FieldAttrs, Group, GroupKind};

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
