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
    group_setters_are_free(cx, cont);
    state_names_are_free(cx, cont);
    state_types_are_unique(cx, cont);
}

/// The state module (`{struct}_builder`) sees the struct's scope through
/// `use super::*`, and defines `Empty`, `IsComplete`, `Set{Field}`,
/// `{Struct}Fields` and the module `fields`: a field type that uses one of those names would mean
/// another type inside it.
fn state_names_are_free(cx: &Ctxt, cont: &Container<'_>) {
    let mut reserved = vec![
        "Empty".to_owned(),
        "IsComplete".to_owned(),
        "State".to_owned(),
        "groups".to_owned(),
    ];
    for field in &cont.fields {
        if !matches!(field.kind(), Kind::Fixed(_)) {
            reserved.push(crate::expand::names::set_alias(&field.name()));
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

/// Every group gets a setter named after it (`exactly_one(target = (a, b))`
/// gives `.target(choice)`), so its name must not be taken by another method
/// of the builder: a field's setter or `maybe_` setter, `build`, `builder`,
/// or a `forbid(...)` method. Two methods with one name would not compile,
/// and rustc's error would point into generated code.
fn group_setters_are_free(cx: &Ctxt, cont: &Container<'_>) {
    for group in &cont.attrs.groups {
        let name = unraw(&group.name);
        let field_setter = cont.fields.iter().find_map(|field| {
            if matches!(field.kind(), Kind::Fixed(_)) {
                return None;
            }
            if unraw(field.setter()) == name {
                return Some((field, ""));
            }
            let maybe = cont.has_maybe_setter(field) && unraw(&field.maybe_setter()) == name;
            maybe.then_some((field, " as its `maybe_` setter"))
        });
        let taken = if let Some((field, how)) = field_setter {
            format!("which field `{}` already has{how}", field.name())
        } else if name == "build" {
            "which the builder needs for itself".to_owned()
        } else if name == "builder" {
            "which the derive gives the function that makes the builder".to_owned()
        } else if cont.attrs.forbidden.iter().any(|f| unraw(&f.name) == name) {
            format!("which `forbid({name} = ...)` says must not be called")
        } else {
            continue;
        };
        cx.error_spanned_by(
            &group.name,
            format_args!(
                "group `{name}` would get a setter named `{name}`, {taken}; rename the group"
            ),
        );
    }
}

/// The state module has, for each field with a setter, a type named as the
/// field and one named `Set{Field}` (the field's name in `CamelCase`), and
/// for each group one named `{Group}Group`. Two of those with one name would
/// not compile: fields `a_b` and `a__b` both give `SetAB`, and a field named
/// `SetX` is the type field `x` gives `SetX`.
fn state_types_are_unique(cx: &Ctxt, cont: &Container<'_>) {
    let mut seen: HashMap<String, String> = HashMap::new();
    let mut claim = |name: String, span: &syn::Ident, what: String| {
        if let Some(first) = seen.get(&name) {
            cx.error_spanned_by(
                span,
                format_args!(
                    "the builder's state module would define `{name}` twice: for {first} and for {what}; rename one of the two"
                ),
            );
        } else {
            seen.insert(name, what);
        }
    };
    for field in &cont.fields {
        if matches!(field.kind(), Kind::Fixed(_)) {
            continue;
        }
        let name = field.name();
        claim(
            name.clone(),
            field.ident,
            format!("field `{name}` (the type named after it)"),
        );
        claim(
            crate::expand::names::set_alias(&name),
            field.ident,
            format!("field `{name}` (its name in CamelCase after `Set`)"),
        );
    }
    let mut group_names: Vec<String> = Vec::new();
    for group in &cont.attrs.groups {
        let name = unraw(&group.name);
        if group_names.contains(&name) {
            // A repeated group name is reported by `groups`.
            continue;
        }
        group_names.push(name.clone());
        claim(
            crate::expand::names::group_slots(&name),
            &group.name,
            format!("group `{name}` (its name in CamelCase before `Group`)"),
        );
    }
}
