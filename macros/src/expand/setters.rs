//! One impl per builder holds the setters: `x(T)`, plus `maybe_x(Option<T>)` for an
//! `Option` field outside `exactly_one` groups.
//!
//! The impl is generic over the whole state `S`; each setter names its
//! field (`struct_builder::fields::x`, which stands for the slot's path) and
//! calls the impl's one private `__put`, through which the generic `Slot`
//! impl in `iamport::typestate` moves the value in. A setter's size does not
//! grow with the number of fields. Written as source text: see `src.rs`.
//!
//! The setters' bounds sit on the slot (`__L: x_is_unset`), so that the
//! compiler's error names a plain type. For rustdoc (`cfg(doc)`) the same
//! setters are written with the state module's names instead
//! (`S: IsUnset<fields::x>`, returning `Builder<SetX<S>>`), which read as
//! the API merchant code uses.

use std::fmt::Write as _;

use super::src::{Src, expr_text, lit, text};
use super::state::{forbidden_trait, group_unset_trait};
use super::{Gen, IMPL_ATTRS, Names};
use crate::ast::{Field, Kind, unraw};

pub(crate) fn setters(g: &Gen<'_, '_>, src: &mut Src) {
    let t = &g.text;
    // Each field's type, for the generic `Slot` impl. Here rather than in the
    // state module, so that the field types resolve where the struct is
    // (a function body included).
    let marker = super::state::fields_type(g);
    for (_, _, names) in g.slotted() {
        src.add(format_args!(
            "#[doc(hidden)] {IMPL_ATTRS} impl<{}> {}::FieldType<{}> for {}::{marker}<{}> where {}{} {{ type Value = {}; }} ",
            t.params.trim_end_matches(", "),
            t.ts,
            names.path,
            t.module,
            t.args.trim_end_matches(", "),
            t.preds,
            names.outlives,
            names.ty,
        ));
    }
    src.add(format_args!(
        "#[cfg(not(doc))] {IMPL_ATTRS} impl<{}{s}> {}<{}{s}> where {} ",
        t.params,
        t.builder,
        t.args,
        t.preds,
        s = t.state
    ));
    src.brace(|body| {
        // Every setter's body: one call of this, so that each setter is
        // checked as a signature and a call, not a struct expression.
        let p = &t.ts;
        let st = &t.state;
        body.add(format_args!(
            "#[inline(always)] #[allow(clippy::inline_always, reason = \"a one-line move that every setter makes\")] \
             fn __put<__F: {p}::FieldOf>(self, value: __F::Value) -> {b}<{}<{st} as {p}::Slot<__F>>::Out> where {st}: {p}::Slot<__F> \
             {{ {b} {{ __state: {p}::Slot::<__F>::put(self.__state, value), __marker: ::core::marker::PhantomData }} }} ",
            t.args,
            b = t.builder,
        ));
        for (field, slot, names) in g.slotted() {
            field_setters(g, field, slot, names, body);
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
        let tr = forbidden_trait(&forbidden.name);
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

/// The setters as rustdoc shows them: bounded by the state module's names.
pub(crate) fn doc_setters(g: &Gen<'_, '_>, src: &mut Src) {
    let t = &g.text;
    let s = &t.state;
    src.add(format_args!("#[cfg(doc)] {}::__doc_only! ", t.krate));
    src.brace(|item| {
        item.add(format_args!(
            "{IMPL_ATTRS} impl<{}{s}> {}<{}{s}> where {} ",
            t.params, t.builder, t.args, t.preds
        ));
        item.brace(|body| doc_setter_methods(g, body));
    });
}

fn doc_setter_methods(g: &Gen<'_, '_>, src: &mut Src) {
    let t = &g.text;
    let s = &t.state;
    let ts = &t.ts;
    let args = t.args.trim_end_matches(", ");
    let args_angle = if args.is_empty() {
        String::new()
    } else {
        format!("<{args}>")
    };
    for (_, _, names) in g.slotted() {
        let marker = format!("{}::{}{args_angle}", t.module, names.field_marker);
        let ret = format!(
            "{}<{}{}::{}<{}{s}>>",
            t.builder, t.args, t.module, names.set_alias, t.args,
        );
        let bound = format!("{s}: {ts}::IsUnset<{marker}>");
        let mut method = |docs: &str, name: &str, arg: &str, convert: &str| {
            src.add(format_args!(
                "{docs} #[inline] {} fn {name}(self, value: {arg}) -> {ret} where {bound} {{ \
                 {} {{ __state: {ts}::Slot::<{marker}>::put(self.__state, {convert}), __marker: ::core::marker::PhantomData }} }}",
                t.vis, t.builder
            ));
        };
        for v in &names.setters {
            method(&v.docs, &v.name, &v.arg, v.convert);
        }
    }
}

fn field_setters(g: &Gen<'_, '_>, field: &Field<'_>, slot: usize, names: &Names, src: &mut Src) {
    let t = &g.text;
    let (vis, b, args) = (&t.vis, &t.builder, &t.args);
    let p = t.ts.as_str();
    let (generics, at_bounds, bounds) = setter_bounds(g, field, slot);
    let bare_args = args.trim_end_matches(", ");
    let marker = if bare_args.is_empty() {
        format!("{}::{}", t.module, names.field_marker)
    } else {
        format!("{}::{}<{bare_args}>", t.module, names.field_marker)
    };

    let state = &t.state;
    // The name carries the field's span: go-to-definition and rustc's
    // "defined here" notes lead to the field. (Spanning the bounds too costs
    // a compiler round trip per token; their notes point at the derive.)
    let span = field.setter().span();
    let own_bound = &names.unset_marker;
    let mut method = |docs: &str, name: &str, arg: &str, convert: &str| {
        src.add(format_args!("{docs} #[inline] {vis} fn "));
        src.ident(name, span);
        src.add(format_args!(
            "<__L{generics}>(self, value: {arg}) -> {b}<{args}{}::{}<{args}{state}>> \
             where {state}: {p}::Slot<{marker}, Leaf = __L>, {at_bounds}__L: {}::{own_bound}",
            t.module, names.set_alias, t.module
        ));
        for (param, tr) in &bounds {
            src.add(format_args!(", {param}: {}::{tr}", t.module));
        }
        src.add(format_args!(" {{ self.__put::<{marker}>({convert}) }}"));
    };
    for v in &names.setters {
        method(&v.docs, &v.name, &v.arg, v.convert);
    }
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
                docs: setter_docs(field, &kind, false),
                name: setter,
                arg,
                convert,
            });
            if cont.has_maybe_setter(field) {
                out.push(SetterVariant {
                    docs: setter_docs(field, &kind, true),
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
                docs: setter_docs(field, &kind, false),
                name: setter,
                arg,
                convert,
            });
        }
        Kind::Fixed(_) => {}
    }
    out
}

/// The checks of a setter: its own slot must be unset, and so must the other
/// members of its group. Each slot it checks becomes a generic parameter of
/// the method (`__L` for its own, `__G{slot}` for the others), so that the
/// failing bound is on a plain type and the compiler's error stays short.
/// Returns those parameters, the bounds that bind them, and their checks.
fn setter_bounds(
    g: &Gen<'_, '_>,
    field: &Field<'_>,
    slot: usize,
) -> (String, String, Vec<(String, String)>) {
    let mut generics = String::new();
    let mut bounds = Vec::new();
    let mut at_bounds = String::new();
    let mut seen = vec![slot];
    for group in g.groups_of(field) {
        for member in &group.members {
            let other_slot = member.slot;
            if seen.contains(&other_slot) {
                continue;
            }
            seen.push(other_slot);
            let tr = group_unset_trait(&group.group.name, member.field);
            let other_path = &member.path;
            let _ = write!(generics, ", __G{other_slot}");
            let _ = write!(
                at_bounds,
                "{}: {}::At<{other_path}, Leaf = __G{other_slot}>, ",
                g.text.state, g.text.ts
            );
            // At the member's name in `#[builder(...)]`: the note leads there.
            bounds.push((format!("__G{other_slot}"), tr));
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
