//! One impl per builder holds the setters: `x(T)`, plus `maybe_x(Option<T>)`
//! for an `Option` field outside `exactly_one` groups, and one setter per
//! group that takes the group's choice enum.
//!
//! The impl is generic over the whole state `S`; each setter binds its own
//! slot through the state module's `State` (`S: State<x = __L>`) and checks
//! it with the field's marker (`__L: x_is_unset`), so that the compiler's
//! error names a plain type; the value goes in through `State`'s hidden
//! `__set_x`. A setter's size does not grow with the number of fields.
//! Written as source text: see `src.rs`.
//!
//! For rustdoc (`cfg(doc)`) the same setters are written with the bound a
//! merchant writes instead (`S: State<x = Unset>`).

use std::fmt::Write as _;

use super::src::{Concat, Src, expr_text, lit, text};
use super::{Gen, IMPL_ATTRS, Names, ResolvedGroup};
use crate::ast::{Field, GroupKind, Kind, unraw};

pub(crate) fn setters(g: &Gen<'_, '_>, src: &mut Src) {
    let t = &g.text;
    src.add(format_args!(
        "#[cfg(not(doc))] {IMPL_ATTRS} impl<{}{s}> {}<{}{s}> where {} ",
        g.generics.params,
        t.builder,
        g.generics.args,
        g.generics.preds,
        s = t.state
    ));
    let groups = g.groups();
    src.brace(|body| {
        for (field, slot, names) in g.slotted() {
            field_setters(g, &groups, field, slot, names, body);
        }
        for resolved in &groups {
            group_setter(g, resolved, body, false);
        }
        forbidden_methods(g, body);
    });
}

/// A method per `forbid(name = "message")`, hidden from the docs, whose
/// argument type can't meet its bound: calling it fails with the message,
/// where without it rustc would suggest a method with a similar name.
fn forbidden_methods(g: &Gen<'_, '_>, src: &mut Src) {
    let t = &g.text;
    for forbidden in &g.cont.attrs.forbidden {
        let tr = super::names::forbidden_marker(&forbidden.name);
        src.add(format_args!(
            "#[doc(hidden)] #[allow(unused_variables)] {} fn ",
            t.vis
        ));
        // Named at the `forbid(...)` entry, so that the note leads there.
        src.ident(&text(&forbidden.name), forbidden.name.span());
        src.add(format_args!(
            "<__T>(self, value: __T) -> Self where __T: {}::{tr}",
            t.module
        ));
        src.add(format_args!(" {{ self }} "));
    }
}

/// The setters as rustdoc shows them: bounded the way merchant code bounds
/// a state. Read as tokens and never parsed outside rustdoc.
pub(crate) fn doc_setters(g: &Gen<'_, '_>, src: &mut Src) {
    let t = &g.text;
    let s = &t.state;
    src.add(format_args!("#[cfg(doc)] {}::__doc_only! ", t.krate));
    let groups = g.groups();
    src.brace(|item| {
        item.add(format_args!(
            "{IMPL_ATTRS} impl<{}{s}> {}<{}{s}> where {} ",
            g.generics.params, t.builder, g.generics.args, g.generics.preds
        ));
        item.brace(|body| {
            for (field, slot, names) in g.slotted() {
                let unset: String = checked_slots(&groups, field, slot, names)
                    .iter()
                    .map(|(slot_name, _, _)| format!("{slot_name} = {}::Unset, ", t.ts))
                    .concat();
                let ret = format!(
                    "{}<{}{}::{}<{}{s}>>",
                    t.builder, g.generics.args, t.module, names.set_alias, g.generics.args,
                );
                let bound = format!("{s}: {}", g.state_with(unset.trim_end_matches(", ")));
                for v in &names.setters {
                    body.add(format_args!(
                        "{} #[inline] {} fn {}(self, value: {}) -> {ret} where {bound} {{ loop {{}} }} ",
                        v.docs, t.vis, v.name, v.arg
                    ));
                }
            }
            for resolved in &groups {
                group_setter(g, resolved, body, true);
            }
        });
    });
}

/// The slots a setter checks: its own, then the other members of its
/// groups. Each is `(slot's associated type, generic parameter, marker)`.
fn checked_slots(
    groups: &[ResolvedGroup<'_, '_>],
    field: &Field<'_>,
    slot: usize,
    names: &Names,
) -> Vec<(String, String, String)> {
    let mut out = vec![(
        names.slot.clone(),
        "__L".to_owned(),
        names.unset_marker.clone(),
    )];
    let mut seen = vec![slot];
    let name = field.name();
    for resolved in groups
        .iter()
        .filter(|r| r.members.iter().any(|m| m.field.name() == name))
    {
        for member in &resolved.members {
            if seen.contains(&member.slot) {
                continue;
            }
            seen.push(member.slot);
            out.push((
                member.names.slot.clone(),
                format!("__G{}", member.slot),
                resolved.names.unset_marker(member.field),
            ));
        }
    }
    out
}

fn field_setters(
    g: &Gen<'_, '_>,
    groups: &[ResolvedGroup<'_, '_>],
    field: &Field<'_>,
    slot: usize,
    names: &Names,
    src: &mut Src,
) {
    let t = &g.text;
    let (vis, b, args, module, state) = (&t.vis, &t.builder, &g.generics.args, &t.module, &t.state);
    let checked = checked_slots(groups, field, slot, names);
    let params: String = checked.iter().map(|(_, p, _)| format!("{p}, ")).concat();
    let binds: String = checked
        .iter()
        .map(|(slot_name, p, _)| format!("{slot_name} = {p}, "))
        .concat();
    let mut checks = String::new();
    for (_, p, marker) in &checked {
        let _ = write!(checks, ", {p}: {module}::{marker}");
    }
    let state_trait = g.state_with(binds.trim_end_matches(", "));
    // The name carries the field's span: go-to-definition and rustc's
    // "defined here" notes lead to the field. (Spanning the bounds too costs
    // a compiler round trip per token; their notes point at the derive.)
    let span = field.setter().span();
    for v in &names.setters {
        src.add(format_args!("{} #[inline] {vis} fn ", v.docs));
        src.ident(&v.name, span);
        src.add(format_args!(
            "<{}>(self, value: {}) -> {b}<{args}{module}::{}<{args}{state}>>              where {state}: {state_trait}{checks}              {{ {b} {{ __state: <{state} as {}>::{}(self.__state, {}), __marker: ::core::marker::PhantomData }} }} ",
            params.trim_end_matches(", "),
            v.arg,
            names.set_alias,
            g.state_trait(),
            names.put,
            v.convert
        ));
    }
}

/// The group's setter, `.{group}(choice)`: sets every member at once, the
/// chosen one to its value and the others to `None`.
fn group_setter(g: &Gen<'_, '_>, resolved: &ResolvedGroup<'_, '_>, src: &mut Src, doc: bool) {
    let t = &g.text;
    let (vis, b, args, module, st) = (&t.vis, &t.builder, &g.generics.args, &t.module, &t.state);
    let gn = &resolved.names;
    let cparams = super::state::choice_params(g, resolved);
    let mut ret = st.clone();
    for member in &resolved.members {
        ret = format!("{module}::{}<{args}{ret}>", member.names.set_alias);
    }
    let docs = format!(
        "#[doc = {}]",
        lit(&format!(
            "Sets group `{}` ({} of {}) from a runtime choice: the chosen member gets its              value, the others stay `None`. Calls no member's own setter, and like them              compiles only while every member is unset.",
            gn.name,
            resolved.group.kind.words(),
            resolved.list
        ))
    );
    let choice = format!("{module}::groups::{}{}", gn.choice, cparams.args);
    if doc {
        let unset: String = resolved
            .members
            .iter()
            .map(|m| format!("{} = {}::Unset, ", m.names.slot, t.ts))
            .concat();
        src.add(format_args!(
            "{docs} #[inline] {vis} fn {}(self, choice: {choice}) -> {b}<{args}{ret}> where {st}: {} {{ loop {{}} }} ",
            gn.setter,
            g.state_with(unset.trim_end_matches(", "))
        ));
        return;
    }
    let params: String = resolved
        .members
        .iter()
        .map(|m| format!("__G{}, ", m.slot))
        .concat();
    let binds: String = resolved
        .members
        .iter()
        .map(|m| format!("{} = __G{}, ", m.names.slot, m.slot))
        .concat();
    let checks: String = resolved
        .members
        .iter()
        .map(|m| format!(", __G{}: {module}::{}", m.slot, gn.unset_marker(m.field)))
        .concat();
    src.add(format_args!(
        "{docs} #[inline] {vis} fn {}<{}>(self, choice: {choice}) -> {b}<{args}{ret}> where {st}: {}{checks} ",
        gn.setter,
        params.trim_end_matches(", "),
        g.state_with(binds.trim_end_matches(", ")),
    ));
    src.brace(|body| {
        let n = resolved.members.len();
        let vars: String = (0..n).map(|k| format!("__v{k}, ")).concat();
        body.add(format_args!("let ({vars}) = match choice "));
        body.brace(|arms| {
            for (k, member) in resolved.members.iter().enumerate() {
                let values: String = (0..n)
                    .map(|j| {
                        if j == k {
                            "::core::option::Option::Some(__v), ".to_owned()
                        } else {
                            "::core::option::Option::None, ".to_owned()
                        }
                    })
                    .collect();
                arms.add(format_args!(
                    "{module}::groups::{}::{}(__v) => ({values}), ",
                    gn.choice,
                    super::names::variant(member.field)
                ));
            }
        });
        body.add(format_args!("; let __s = self.__state; "));
        let mut state = st.clone();
        for (k, member) in resolved.members.iter().enumerate() {
            body.add(format_args!(
                "let __s = <{state} as {}>::{}(__s, __v{k}); ",
                g.state_trait(),
                member.names.put
            ));
            state = format!("{module}::{}<{args}{state}>", member.names.set_alias);
        }
        body.add(format_args!(
            "{b} {{ __state: __s, __marker: ::core::marker::PhantomData }}"
        ));
    });
}

/// One setter of a field, as both impls (the compiler's and rustdoc's) write it.
#[derive(Default)]
pub(crate) struct SetterVariant {
    docs: String,
    name: String,
    arg: String,
    convert: &'static str,
}

/// The setters of a field: `x` (taking `impl Into<T>` under `into`), and for
/// an `Option` field outside `exactly_one` groups, `maybe_x`.
pub(crate) fn setter_variants(
    cont: &crate::ast::Container<'_>,
    field: &Field<'_>,
    ty: &str,
) -> Vec<SetterVariant> {
    let kind = field.kind();
    let into = field
        .attrs
        .into
        .as_ref()
        .map_or(cont.attrs.into.is_some(), |(_, on)| *on);
    let setter = text(field.setter());
    let mut out = Vec::new();
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
            out.push(SetterVariant {
                docs: setter_docs(cont, field, &kind, false),
                name: setter,
                arg,
                convert,
            });
            if cont.has_maybe_setter(field) {
                out.push(SetterVariant {
                    docs: setter_docs(cont, field, &kind, true),
                    name: text(&field.maybe_setter()),
                    arg: format!("::core::option::Option<{inner}>"),
                    convert: "value",
                });
            }
        }
        Kind::Required | Kind::Default(_) => {
            let ty = ty.to_owned();
            let (arg, convert) = if into {
                (
                    format!("impl ::core::convert::Into<{ty}>"),
                    "::core::convert::Into::into(value)",
                )
            } else {
                (ty, "value")
            };
            out.push(SetterVariant {
                docs: setter_docs(cont, field, &kind, false),
                name: setter,
                arg,
                convert,
            });
        }
        Kind::Fixed(_) => {}
    }
    out
}

/// The field's own doc comment, then whether it is required and what it is
/// when not set.
fn setter_docs(
    cont: &crate::ast::Container<'_>,
    field: &Field<'_>,
    kind: &Kind<'_>,
    maybe: bool,
) -> String {
    let name = field.name();
    let mut tail = match kind {
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
    for group in cont
        .attrs
        .groups
        .iter()
        .filter(|g| g.members.iter().any(|m| unraw(m) == name))
    {
        let members: Vec<String> = group
            .members
            .iter()
            .map(|m| format!("`{}`", unraw(m)))
            .collect();
        let _ = write!(
            tail,
            " In group `{g}`: {} of {}{}; `.{}(...)` sets the group from a runtime choice.",
            group.kind.words(),
            members.join(", "),
            if group.kind == GroupKind::ExactlyOne {
                ", which `build()` requires"
            } else {
                ""
            },
            group.name,
            g = unraw(&group.name),
        );
    }
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
