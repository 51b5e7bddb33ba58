//! Rules that look at more than one attribute or field at a time. Each rule
//! is one function with the reason above it. Simpler rules (a malformed or
//! repeated key) are reported while the attributes are read.

use std::collections::HashMap;

use crate::ast::{Container, Field, Kind, unraw};
use crate::ctxt::Ctxt;

/// Runs every rule, recording each violation.
pub(crate) fn check(cx: &Ctxt, cont: &Container<'_>) {
    for field in &cont.fields {
        conflicting_field_options(cx, field);
    }
    setter_names_are_unique(cx, cont);
    groups(cx, cont);
    state_names_are_free(cx, cont);
}

/// The state module (`{struct}_builder`) sees the struct's scope through
/// `use super::*`, and defines `Empty`, `IsComplete`, `Set{Field}`,
/// `{Struct}Fields` and the module `fields`: a field type that uses one of those names would mean
/// another type inside it.
fn state_names_are_free(cx: &Ctxt, cont: &Container<'_>) {
    let mut reserved = vec![
        "Empty".to_owned(),
        "IsComplete".to_owned(),
        "fields".to_owned(),
        format!("{}Fields", unraw(cont.ident)),
    ];
    for field in &cont.fields {
        if !matches!(field.kind(), Kind::Fixed(_)) {
            let camel = crate::expand::camel(&field.name());
            reserved.push(format!("Set{camel}"));
        }
    }
    for field in &cont.fields {
        let mut idents = std::collections::HashSet::new();
        crate::expand::collect_idents(quote::ToTokens::to_token_stream(field.ty), &mut idents);
        if let Some(name) = reserved.iter().find(|name| idents.contains(*name)) {
            cx.error_spanned_by(
                field.ty,
                format_args!(
                    "the type of field `{}` uses the name `{name}`, which the builder's state module defines; import that type under another name (`use path::{name} as Other{name};`)",
                    field.name()
                ),
            );
        }
    }
}

/// `fixed` means "no setter, always this value", so nothing that shapes a
/// setter or a fallback can go with it; `default` on an `Option` field says
/// nothing, since an unset `Option` is already `None`.
fn conflicting_field_options(cx: &Ctxt, field: &Field<'_>) {
    if let Some((fixed, _)) = &field.attrs.fixed {
        let others = [
            field.attrs.default.as_ref().map(|(p, _)| (p, "default")),
            field.attrs.into.as_ref().map(|(p, _)| (p, "into")),
            field.attrs.setter.as_ref().map(|(p, _)| (p, "setter")),
        ];
        for (path, name) in others.into_iter().flatten() {
            cx.error_spanned_by(
                path,
                format_args!(
                    "`{name}` conflicts with `fixed` on field `{}`: a fixed field has no setter; remove one of the two",
                    field.name()
                ),
            );
        }
        let _ = fixed;
    }
    if let (Some(_), Some((path, None))) = (field.option_inner, &field.attrs.default) {
        cx.error_spanned_by(
            path,
            format_args!(
                "`#[builder(default)]` is redundant on `Option` field `{}`: it is already optional and `None` when not set; remove it, or write `default = Some(...)`",
                field.name()
            ),
        );
    }
}

/// Every generated method of the builder needs its own name: two setters with
/// one name, or a setter called `build`, would not compile, and rustc's error
/// would point into generated code.
fn setter_names_are_unique(cx: &Ctxt, cont: &Container<'_>) {
    let mut seen: HashMap<String, &Field<'_>> = HashMap::new();
    for field in &cont.fields {
        let mut names = vec![field.setter().clone()];
        if cont.has_maybe_setter(field) {
            names.push(field.maybe_setter());
        }
        for name in names {
            let text = unraw(&name);
            if text == "build" {
                cx.error_spanned_by(
                    field.attrs.setter.as_ref().map_or(field.ident, |(_, i)| i),
                    format_args!(
                        "field `{}` would get a setter named `build`, which the builder needs for itself; rename the setter with `#[builder(setter = other_name)]`",
                        field.name()
                    ),
                );
            } else if let Some(first) = seen.get(&text) {
                cx.error_spanned_by(
                    field.attrs.setter.as_ref().map_or(field.ident, |(_, i)| i),
                    format_args!(
                        "fields `{}` and `{}` would both get a setter named `{text}`; rename one with `#[builder(setter = other_name)]`",
                        first.name(),
                        field.name()
                    ),
                );
            } else {
                seen.insert(text, field);
            }
        }
    }
}

/// A group names two or more optional fields of this struct, each once, and a
/// field belongs to one group at most: two groups over one field could ask
/// for contradictory things, and the compile-time check would say neither
/// clearly. Members are `Option` fields: "set" means `Some`, in the builder and
/// in a deserialized payload alike (a `default` field has no such meaning).
fn groups(cx: &Ctxt, cont: &Container<'_>) {
    let mut group_names: HashMap<String, &syn::Ident> = HashMap::new();
    let mut owner: HashMap<String, &syn::Ident> = HashMap::new();
    for group in &cont.attrs.groups {
        let name = unraw(&group.name);
        if group_names.insert(name.clone(), &group.name).is_some() {
            cx.error_spanned_by(
                &group.name,
                format_args!("duplicate group name `{name}`: give each group its own name"),
            );
        }
        if group.members.len() < 2 {
            cx.error_spanned_by(
                &group.name,
                format_args!(
                    "group `{name}` needs at least two fields, for example `{}({name} = (a, b))`",
                    group.kind.keyword()
                ),
            );
        }
        let mut in_this: Vec<String> = Vec::new();
        for member in &group.members {
            let text = unraw(member);
            if in_this.contains(&text) {
                cx.error_spanned_by(
                    member,
                    format_args!("field `{text}` is named twice in group `{name}`"),
                );
                continue;
            }
            in_this.push(text.clone());
            let Some(field) = cont.fields.iter().find(|f| f.name() == text) else {
                cx.error_spanned_by(
                    member,
                    format_args!(
                        "group `{name}` names `{text}`, which is not a field of `{}`",
                        cont.ident
                    ),
                );
                continue;
            };
            match field.kind() {
                Kind::Fixed(_) => cx.error_spanned_by(
                    member,
                    format_args!(
                        "field `{text}` in group `{name}` is `fixed` and has no setter; remove it from the group"
                    ),
                ),
                Kind::Required | Kind::Default(_) => cx.error_spanned_by(
                    member,
                    format_args!(
                        "field `{text}` in group `{name}` must be an `Option<_>`: a group counts which of its fields are `Some`"
                    ),
                ),
                Kind::Optional { .. } => {}
            }
            if let Some(other) = owner.get(&text) {
                cx.error_spanned_by(
                    member,
                    format_args!(
                        "field `{text}` is already in group `{other}`; a field can be in one group only"
                    ),
                );
            } else {
                owner.insert(text, &group.name);
            }
        }
    }
}
