//! The builder's state module, `{struct}_builder`: public and documented,
//! because merchant code names a builder's type through it and the
//! compiler's messages name its marker traits.
//!
//! - Marker traits: each one's `#[diagnostic::on_unimplemented]` message is
//!   written out for one field or group, so the compiler's error names it in
//!   plain words. They are sealed: only the runtime's slot types implement
//!   them.
//! - `Empty`, `Set{Field}<S>`, `fields::{field}` (for
//!   `typestate::IsUnset<...>`) and `IsComplete`: the names of states, for
//!   merchant code. They stay the same when fields are reordered or an
//!   optional field is added.
//!
//! Written as source text: see `src.rs`.

use std::fmt::Write as _;

use super::src::{Src, lit, text};
use super::{Gen, Names};
use crate::ast::{Field, GroupKind, Kind, unraw};

/// `{Struct}Fields`: the type the names in `fields` are fields of.
pub(crate) fn fields_type(g: &Gen<'_, '_>) -> String {
    format!("{}Fields", unraw(g.cont.ident))
}

/// One bound per `exactly_one` group on the slots `__L{i}` of its members:
/// `Slots<(__L0, __L3, )>: {prefix}g__one_is_set`.
pub(crate) fn exactly_one_bounds<'g>(
    g: &'g Gen<'_, '_>,
    prefix: &'g str,
) -> impl Iterator<Item = String> + 'g {
    g.groups
        .iter()
        .filter(|resolved| resolved.group.kind == GroupKind::ExactlyOne)
        .map(move |resolved| {
            let mut leaves = String::new();
            for member in &resolved.members {
                let _ = write!(leaves, "__L{}, ", member.slot);
            }
            format!(
                "{}::Slots<({leaves})>: {prefix}{}",
                g.text.ts,
                group_one_trait(&resolved.group.name)
            )
        })
}

/// Implemented by `Unset` only: "group `g` ... but `x` is already set" otherwise.
pub(crate) fn group_unset_trait(group: &syn::Ident, member: &Field<'_>) -> String {
    format!("{}__{}_is_unset", unraw(group), member.name())
}

/// Implemented by the group's slots when one is set: "group `g` needs exactly
/// one of ..." otherwise.
pub(crate) fn group_one_trait(group: &syn::Ident) -> String {
    format!("{}__one_is_set", unraw(group))
}

/// Implemented by no type: calling a forbidden method fails with its message.
pub(crate) fn forbidden_trait(name: &syn::Ident) -> String {
    format!("{}_is_forbidden", unraw(name))
}

/// `#[diagnostic::on_unimplemented(...)] pub trait name: supertrait {}`,
/// with a doc line.
fn marker_trait(
    src: &mut Src,
    doc: &str,
    name: &str,
    supertrait: &str,
    message: &str,
    label: &str,
    note: Option<&str>,
) {
    let note = note.map_or(String::new(), |n| format!(", note = {}", lit(n)));
    src.add(format_args!(
        "#[doc = {}] #[doc(hidden)] #[diagnostic::on_unimplemented(message = {}, label = {}{note})] pub trait {name}: {supertrait} {{}} ",
        lit(doc),
        lit(message),
        lit(label)
    ));
}

pub(crate) fn state_module(g: &Gen<'_, '_>, src: &mut Src) {
    let ts = g.text.ts.clone();
    let ident = unraw(g.cont.ident);
    let doc = format!(
        "The states of [`{b}`](super::{b}), by name, for code that passes a \
         partly built builder around.\n\n\
         `{b}<Empty>` (or just `{b}`) is what [`{ident}::builder()`](super::{ident}::builder) \
         returns; `Set{{Field}}<S>` is state `S` after that field's setter; \
         `S: IsUnset<fields::{{field}}>` holds for the states where the setter can be \
         called; `IsComplete` for the states where `build()` can. These names stay the \
         same when the struct's fields are reordered or an optional field is \
         added. The hidden marker traits (`*_is_set`, `*_is_unset`) carry \
         the compiler's messages for one field or group each.\n\n\
         See [`{krate}::typestate`] for an example.",
        b = g.text.builder,
        krate = g.text.krate,
    );
    src.add(format_args!(
        "#[doc = {}] \
         #[allow(non_camel_case_types, non_snake_case, unreachable_pub, unused_imports, clippy::module_name_repetitions)] \
         {} mod {} {{ #[allow(unused_imports)] use super::*; ",
        lit(&doc),
        g.text.vis,
        g.text.module
    ));
    for (field, _, names) in g.slotted() {
        field_traits(src, field, names, &ts);
    }
    for forbidden in &g.cont.attrs.forbidden {
        let tr = forbidden_trait(&forbidden.name);
        marker_trait(
            src,
            &format!(
                "Implemented by no type: `{}` is not a method of this builder.",
                unraw(&forbidden.name)
            ),
            &tr,
            &format!("{ts}::Sealed"),
            &forbidden.message.value(),
            &format!(
                "`{}` is not a method of this builder",
                unraw(&forbidden.name)
            ),
            None,
        );
    }
    for resolved in &g.groups {
        let group = resolved.group;
        let list = &resolved.list;
        let gname = unraw(&group.name);
        for member in resolved.members.iter().map(|m| m.field) {
            let tr = group_unset_trait(&group.name, member);
            let message = format!(
                "group `{gname}` takes {} of {list}, but `{}` is already set",
                group.kind.words(),
                member.name()
            );
            let label = format!("`{}` is already set", member.name());
            let note = format!(
                "`#[builder({}({gname} = (...)))]` allows {} of these fields",
                group.kind.keyword(),
                group.kind.words()
            );
            marker_trait(
                src,
                &format!(
                    "Implemented by `Unset` only: in group `{gname}`, `{}` is not set.",
                    member.name()
                ),
                &tr,
                &format!("{ts}::Sealed"),
                &message,
                &label,
                Some(&note),
            );
            src.add(format_args!(
                "#[diagnostic::do_not_recommend] impl {tr} for {ts}::Unset {{}} "
            ));
        }
        if group.kind == GroupKind::ExactlyOne {
            exactly_one_trait(src, &ts, &group.name, &gname, resolved.members.len(), list);
        }
    }
    state_names(g, src, &ts);
    src.add(format_args!("}}"));
}

fn field_traits(src: &mut Src, field: &Field<'_>, names: &Names, ts: &str) {
    let name = field.name();
    let setter = &names.setter;
    let unset = &names.unset_marker;
    let note = if let Kind::Optional { .. } = field.kind() {
        format!(
            "each field is set once; keep one of the calls to `.{setter}(...)` or `.{}(...)`",
            unraw(&field.maybe_setter())
        )
    } else {
        format!("each field is set once; remove one of the `.{setter}(...)` calls")
    };
    marker_trait(
        src,
        &format!("Implemented by `Unset` only: `{name}` is not set yet."),
        unset,
        &format!("{ts}::Sealed"),
        &format!("field `{name}` is set twice"),
        &format!("`{name}` was already set"),
        Some(&note),
    );
    src.add(format_args!(
        "#[diagnostic::do_not_recommend] impl {unset} for {ts}::Unset {{}} "
    ));
    if let Kind::Required = field.kind() {
        let set = &names.set_marker;
        marker_trait(
            src,
            &format!("Implemented by `Set` only: the required field `{name}` is set."),
            &format!("{set}<__V>"),
            &format!("{ts}::Value<__V>"),
            &format!("missing required field `{name}`"),
            &format!("`{name}` is not set"),
            Some(&format!(
                "set it with `.{setter}(...)` before calling `.build()`"
            )),
        );
        src.add(format_args!(
            "#[diagnostic::do_not_recommend] impl<__V> {set}<__V> for {ts}::Set<__V> {{}} "
        ));
    }
}

/// One impl per member `k`: members before `k` unset, `k` set, the rest
/// anything. The impls can't overlap, and together they cover "at least one
/// is set"; the setters already rule out two.
fn exactly_one_trait(
    src: &mut Src,
    ts: &str,
    group: &syn::Ident,
    gname: &str,
    len: usize,
    list: &str,
) {
    let tr = group_one_trait(group);
    marker_trait(
        src,
        &format!("Implemented by the slots of group `{gname}` when one of them is set."),
        &tr,
        &format!("{ts}::Sealed"),
        &format!("group `{gname}` needs exactly one of {list}, and none is set"),
        &format!("set one of {list} before calling `.build()`"),
        None,
    );
    for k in 0..len {
        let mut params = String::new();
        for j in k + 1..len {
            let _ = write!(params, ", __G{j}");
        }
        let elems: String = (0..len)
            .map(|j| match j.cmp(&k) {
                std::cmp::Ordering::Less => format!("{ts}::Unset, "),
                std::cmp::Ordering::Equal => format!("{ts}::Set<__V>, "),
                std::cmp::Ordering::Greater => format!("__G{j}, "),
            })
            .collect();
        src.add(format_args!(
            "#[diagnostic::do_not_recommend] impl<__V{params}> {tr} for {ts}::Slots<({elems})> {{}} "
        ));
    }
}

/// `Empty`, `fields::{field}` (each field, as `typestate::IsUnset` names
/// it), `Set{Field}` and `IsComplete`. A field's name costs a type alias and
/// one impl of `FieldType` (written beside the setters, which tells the
/// generic `Slot` impl the field's type); no trait per field.
fn state_names(g: &Gen<'_, '_>, src: &mut Src, ts: &str) {
    let t = &g.text;
    let unset = format!("{ts}::Unset");
    let empty = g.tree.uniform(&unset);
    src.add(format_args!(
        "#[doc = {}] pub type Empty = {empty}; ",
        lit(&format!(
            "The state of a new builder: no field set. `{}::builder()` returns `{}<Empty>`.",
            unraw(g.cont.ident),
            t.builder
        ))
    ));
    let plain = t.plain.trim_end_matches(", ");
    let args = t.args.trim_end_matches(", ");
    let angle = |list: &str| {
        if list.is_empty() {
            String::new()
        } else {
            format!("<{list}>")
        }
    };
    let (plain_angle, args_angle) = (angle(plain), angle(args));
    let builder = &t.builder;
    let st = &t.state;
    let marker = fields_type(g);
    // Its parameters: every one of the struct's, unbounded (types may be
    // unsized), each used once.
    let (mut decl, mut uses) = (Vec::new(), Vec::new());
    for param in &g.cont.generics.params {
        match param {
            syn::GenericParam::Lifetime(l) => {
                let l = text(&l.lifetime);
                uses.push(format!("&{l} ()"));
                decl.push(l);
            }
            syn::GenericParam::Type(ty) => {
                let ident = text(&ty.ident);
                uses.push(format!("*const {ident}"));
                decl.push(format!("{ident}: ?Sized"));
            }
            syn::GenericParam::Const(c) => {
                decl.push(format!("const {}: {}", text(&c.ident), text(&c.ty)));
            }
        }
    }
    let marker_doc = lit(&format!(
        "The fields of [`{builder}`](super::{builder}) as one type: each name in \
         [`fields`] is a [`Field`]({ts}::Field) of it."
    ));
    if decl.is_empty() {
        src.add(format_args!(
            "#[doc = {marker_doc}] #[derive(Debug)] pub enum {marker} {{}} "
        ));
    } else {
        src.add(format_args!(
            "#[doc = {marker_doc}] #[derive(Debug)] pub struct {marker}<{}>(::core::marker::PhantomData<fn() -> ({},)>); ",
            decl.join(", "),
            uses.join(", ")
        ));
    }
    for (field, _, names) in g.slotted() {
        let alias = &names.set_alias;
        src.add(format_args!(
            "#[doc = {}] pub type {alias}<{}> = <{st} as {ts}::Slot<{}{args_angle}>>::Out; ",
            lit(&format!(
                "State `{st}` after `.{}(...)`.",
                unraw(field.setter())
            )),
            if plain.is_empty() {
                st.clone()
            } else {
                format!("{plain}, {st}")
            },
            names.field_marker,
        ));
    }
    src.add(format_args!(
        "#[doc = {}] pub mod fields {{ ",
        lit(&format!(
            "The fields of [`{builder}`](super::super::{builder}), one name each, for \
             [`IsUnset`]({ts}::IsUnset): `S: IsUnset<fields::x>` holds for the \
             states where `.x(...)` can be called."
        ))
    ));
    for (field, _, names) in g.slotted() {
        src.add(format_args!(
            "#[doc = {}] pub type {}{plain_angle} = {ts}::Field<super::{marker}{args_angle}, {}>; ",
            lit(&format!("The field `{}`.", field.name())),
            field.ident,
            names.path,
        ));
    }
    src.add(format_args!("}} "));
    is_complete(g, src, ts);
}

/// `IsComplete`: what `build()` needs, as one name. `build()` itself keeps
/// its bounds on the method, so that the compiler names each missing field
/// in its own error.
fn is_complete(g: &Gen<'_, '_>, src: &mut Src, ts: &str) {
    let t = &g.text;
    let state_ty = g.tree.open_ty();
    let mut params: Vec<String> = g
        .slotted()
        .map(|(_, slot, _)| format!("__L{slot}"))
        .collect();
    // Only the required fields and the groups are bounds: every state a
    // builder reaches holds `Unset` or `Set<T>` in an optional slot, so a
    // bound there would only cost the compiler time. A state of one slot is
    // the slot itself, though: unbounded, the impl would cover every type
    // (and rustdoc would list it on every page).
    let one_slot = params.len() == 1;
    let mut bounds = Vec::new();
    for (field, slot, names) in g.slotted() {
        let bound = match field.kind() {
            Kind::Required => format!("{}<{}>", names.set_marker, names.ty),
            _ if one_slot => format!("{ts}::Maybe<{}>", names.ty),
            _ => continue,
        };
        bounds.extend(names.outlives.split_terminator(", ").map(str::to_owned));
        bounds.push(format!("__L{slot}: {bound}"));
    }
    bounds.extend(exactly_one_bounds(g, ""));
    params.insert(0, t.params.trim_end_matches(", ").to_owned());
    let params: Vec<String> = params.into_iter().filter(|p| !p.is_empty()).collect();
    let all_decl = t.params.trim_end_matches(", ");
    let all_args = t.args.trim_end_matches(", ");
    let preds = t.preds.trim_end_matches(", ");
    if !preds.is_empty() {
        bounds.push(preds.to_owned());
    }
    src.add(format_args!(
        "#[doc = {}] pub trait IsComplete<{all_decl}> {{}} \
         #[doc(hidden)] impl<{}> IsComplete<{all_args}> for {} where {} {{}} ",
        lit(&format!(
            "The states where every required field is set (and every `exactly_one` \
             group has its one), so `{}::build()` can be called.",
            t.builder
        )),
        params.join(", "),
        state_ty,
        bounds.join(", ")
    ));
}
