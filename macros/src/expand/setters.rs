//! One impl per builder holds the setters: `x(T)`, plus `maybe_x(Option<T>)` for an
//! `Option` field outside `exactly_one` groups.
//!
//! The impl is generic over the whole state `S`; each setter names its
//! field's slot by its path (`::iamport::__private::path::PLRL`); generic code in
//! `iamport::__private` moves the value in. A setter's size does not grow
//! with the number of fields, only its path does (log2). Written as source
//! text: see `src.rs`.

use std::fmt::Write as _;

use super::checks::{group_unset_trait, is_unset_trait};
use super::src::{Src, expr_text, lit, text};
use super::{Gen, IMPL_ATTRS};
use crate::ast::{Field, Kind, unraw};

const P: &str = "::iamport::__private";

pub(crate) fn setters(g: &Gen<'_, '_>, src: &mut Src) {
    let t = &g.text;
    src.add(format_args!(
        "{IMPL_ATTRS} impl<{}__S> {}<{}__S> where {} {{",
        t.params, t.builder, t.args, t.preds
    ));
    for (field, slot) in g.slotted() {
        field_setters(g, field, slot, src);
    }
    src.add(format_args!("}}"));
}

fn field_setters(g: &Gen<'_, '_>, field: &Field<'_>, slot: usize, src: &mut Src) {
    let t = &g.text;
    let (vis, b, args) = (&t.vis, &t.builder, &t.args);
    let kind = field.kind();
    let ty = text(&field.ty);
    let into = field
        .attrs
        .into
        .as_ref()
        .map_or(g.cont.attrs.into.is_some(), |(_, on)| *on);
    let path = g.tree.path(slot);
    let (generics, at_bounds, bounds) = setter_bounds(g, field, slot);

    let mut method = |docs: &str, name: &str, arg: &str, convert: &str| {
        src.add(format_args!(
            "{docs} #[inline] {vis} fn {name}<__L{generics}>(self, value: {arg}) -> {b}<{args}{P}::Out<__S, {path}, {ty}>> \
             where __S: {P}::Rep<{path}, {P}::Set<{ty}>, Leaf = __L>, {at_bounds}{bounds} {{ \
             {b} {{ __state: {P}::set::<{path}, __S, {ty}>(self.__state, {convert}), __marker: ::core::marker::PhantomData }} }}"
        ));
    };
    let setter = text(field.setter());
    match kind {
        Kind::Optional { inner, .. } => {
            let inner = text(&inner);
            let (arg, convert) = if into {
                (
                    format!("impl ::core::convert::Into<{inner}>"),
                    "::core::option::Option::Some(::core::convert::Into::into(value))",
                )
            } else {
                (inner.clone(), "::core::option::Option::Some(value)")
            };
            method(&setter_docs(field, &kind, false), &setter, &arg, convert);
            if g.cont.has_maybe_setter(field) {
                method(
                    &setter_docs(field, &kind, true),
                    &text(&field.maybe_setter()),
                    &format!("::core::option::Option<{inner}>"),
                    "value",
                );
            }
        }
        Kind::Required | Kind::Default(_) => {
            let (arg, convert) = if into {
                (
                    format!("impl ::core::convert::Into<{ty}>"),
                    "::core::convert::Into::into(value)",
                )
            } else {
                (ty.clone(), "value")
            };
            method(&setter_docs(field, &kind, false), &setter, &arg, convert);
        }
        Kind::Fixed(_) => {}
    }
}

/// The checks of a setter: its own slot must be unset, and so must the other
/// members of its group. Each slot it checks becomes a generic parameter of
/// the method (`__L` for its own, `__G{slot}` for the others), so that the
/// failing bound is on a plain type and the compiler's error stays short.
/// Returns those parameters, the bounds that bind them, and their checks.
fn setter_bounds(g: &Gen<'_, '_>, field: &Field<'_>, slot: usize) -> (String, String, String) {
    let module = &g.text.module;
    let mut generics = String::new();
    let mut bounds = format!("__L: {module}::{}, ", is_unset_trait(field));
    let mut at_bounds = String::new();
    let mut seen = vec![slot];
    let name = field.name();
    for group in &g.cont.attrs.groups {
        if !group.members.iter().any(|m| unraw(m) == name) {
            continue;
        }
        for other in group.members.iter().filter_map(|m| g.field_named(m)) {
            let Some(other_slot) = other.slot else {
                continue;
            };
            if seen.contains(&other_slot) {
                continue;
            }
            seen.push(other_slot);
            let tr = group_unset_trait(&group.name, other.field);
            let other_path = g.tree.path(other_slot);
            let _ = write!(generics, ", __G{other_slot}");
            let _ = write!(
                at_bounds,
                "__S: {P}::At<{other_path}, Leaf = __G{other_slot}>, "
            );
            let _ = write!(bounds, "__G{other_slot}: {module}::{tr}, ");
        }
    }
    (generics, at_bounds, bounds)
}

/// The field's own doc comment, then whether it is required and what it is
/// when not set.
fn setter_docs(field: &Field<'_>, kind: &Kind<'_>, maybe: bool) -> String {
    let name = field.name();
    let tail = match kind {
        Kind::Required => "**Required.**".to_owned(),
        Kind::Optional { default: None, .. } => "*Optional*: `None` when not set.".to_owned(),
        Kind::Optional {
            default: Some(expr),
            ..
        }
        | Kind::Default(Some(expr)) => format!("*Optional*: `{}` when not set.", expr_text(expr)),
        Kind::Default(None) => "*Optional*: `Default::default()` when not set.".to_owned(),
        Kind::Fixed(_) => String::new(),
    };
    let lead = if maybe {
        format!(
            "Sets `{name}` from an `Option`: `None` leaves it as if `{}` had not been called.",
            unraw(field.setter())
        )
    } else if field.docs.is_empty() {
        format!("Sets `{name}`.")
    } else {
        String::new()
    };
    let mut out = String::new();
    if !lead.is_empty() {
        let _ = write!(out, "#[doc = {}] #[doc = \"\"] ", lit(&lead));
    }
    for doc in &field.docs {
        out.push_str(&text(doc));
        out.push(' ');
    }
    let _ = write!(out, "#[doc = \"\"] #[doc = {}]", lit(&tail));
    out
}
