//! The builder's state module, `{struct}_builder`: public and documented,
//! because merchant code names a builder's type through it and the
//! compiler's messages name its marker traits.
//!
//! - Marker traits: each one's `#[diagnostic::on_unimplemented]` message is
//!   written out for one field or group, so the compiler's error names it in
//!   plain words. They are sealed: only the runtime's slot types implement
//!   them.
//! - `State`: implemented by the builder's tree of slots, with one
//!   associated type per field (its slot), one per field for the state
//!   after its setter (`Set{Field}`, bounded by `State` itself, so generic
//!   code can go on from there), one per group (its slots), and hidden
//!   functions that store a value and open the tree. Its one impl is
//!   generic over every slot and has no bounds on them, so it never fails:
//!   the checks are on the slots, in the setters and `build()`, and name a
//!   plain type.
//! - `Empty`, `Set{Field}<S>` and `IsComplete`: the names of states, for
//!   merchant code. They stay the same when fields are reordered or an
//!   optional field is added.
//! - `groups`: one enum per group, for the group's setter.
//!
//! Written as source text: see `src.rs`.

use std::fmt::Write as _;

use super::src::{Concat, Src, lit};
use super::{Gen, Names, ResolvedGroup};
use crate::ast::{Field, GroupKind, Kind, unraw};

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
    let ident = unraw(g.cont.ident);
    let doc = format!(
        "The states of [`{b}`]({b}), by name, for code that passes a \
         partly built builder around.\n\n\
         - `{b}<Empty>` (or just `{b}`) is what [`{ident}::builder()`]({ident}::builder) returns;\n\
         - `Set{{Field}}<S>` is state `S` after that field's setter;\n\
         - `S: State<{{field}} = Unset>` holds for the states where the field's setter can \
           be called (name both members of a group: `State<a = Unset, b = Unset>`);\n\
         - `S: IsComplete` holds for the states where `build()` can.\n\n\
         These names stay the same when the struct's fields are reordered or an optional \
         field is added. The hidden marker traits (`*_is_set`, `*_is_unset`, `*_has_*`) \
         carry the compiler's messages for one field or group each.\n\n\
         See [`{krate}::typestate`] for an example.",
        b = g.text.builder,
        krate = g.text.krate,
    );
    src.add(format_args!(
        "#[doc = {}] \
         #[allow(non_camel_case_types, non_snake_case, unreachable_pub, unused_imports, clippy::module_name_repetitions)] \
         {} mod {} ",
        lit(&doc),
        g.text.vis,
        g.text.module
    ));
    src.brace(|src| module_body(g, src));
}

fn module_body(g: &Gen<'_, '_>, src: &mut Src) {
    let ts = g.text.ts.clone();
    let ident = unraw(g.cont.ident);
    src.add(format_args!("#[allow(unused_imports)] use super::*; "));
    for (field, _, names) in g.slotted() {
        field_traits(g, src, field, names, &ts);
    }
    for forbidden in &g.cont.attrs.forbidden {
        let tr = super::names::forbidden_marker(&forbidden.name);
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
    let groups = g.groups();
    for resolved in &groups {
        group_traits(src, resolved, &ts);
    }
    src.add(format_args!(
        "#[doc = {}] pub type Empty = {}; ",
        lit(&format!(
            "The state of a new builder: no field set. `{ident}::builder()` returns `{}<Empty>`.",
            g.text.builder
        )),
        g.tree.ty(&ts, &|_| format!("{ts}::Unset"))
    ));
    state_trait(g, src, &groups);
    state_aliases(g, src);
    is_complete(g, src, &groups);
    group_choices(g, src, &groups);
}

fn field_traits(g: &Gen<'_, '_>, src: &mut Src, field: &Field<'_>, names: &Names, ts: &str) {
    let name = field.name();
    let setter = &names.setter;
    let unset = &names.unset_marker;
    let generic = format!(
        "in a generic function, bound the state before this call: `{}::State<{} = Unset>`",
        g.text.module, names.slot
    );
    let note = if g.cont.has_maybe_setter(field) {
        format!(
            "each field is set once: keep one of the calls to `.{setter}(...)` or `.{}(...)`; {generic}",
            unraw(&field.maybe_setter())
        )
    } else {
        format!("each field is set once: remove one of the `.{setter}(...)` calls; {generic}")
    };
    marker_trait(
        src,
        &format!("Implemented by `Unset` only: `{name}` is not set yet."),
        unset,
        &format!("{ts}::Sealed"),
        &format!("field `{name}` may be set twice"),
        &format!("`{name}` is set here, and may have been set before"),
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
                "set it with `.{setter}(...)` before calling `.build()`; in a generic function, \
                 bound the state with `{}::IsComplete`",
                g.text.module
            )),
        );
        src.add(format_args!(
            "#[diagnostic::do_not_recommend] impl<__V> {set}<__V> for {ts}::Set<__V> {{}} "
        ));
    }
}

fn group_traits(src: &mut Src, resolved: &ResolvedGroup<'_, '_>, ts: &str) {
    let group = resolved.group;
    let list = &resolved.list;
    let gname = &resolved.names.name;
    for member in resolved.members.iter().map(|m| m.field) {
        let tr = resolved.names.unset_marker(member);
        let message = format!(
            "group `{gname}` takes {} of {list}, but `{}` may already be set",
            group.kind.words(),
            member.name()
        );
        let label = format!("`{}` may already be set", member.name());
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
        exactly_one_trait(src, ts, resolved);
    }
}

/// One impl per member `k`: members before `k` unset, `k` set, the rest
/// anything. The impls can't overlap, and together they cover "at least one
/// is set"; the setters already rule out two.
fn exactly_one_trait(src: &mut Src, ts: &str, resolved: &ResolvedGroup<'_, '_>) {
    let tr = &resolved.names.one_marker;
    let (gname, list) = (&resolved.names.name, &resolved.list);
    let len = resolved.members.len();
    marker_trait(
        src,
        &format!("Implemented by the slots of group `{gname}` when one of them is set."),
        tr,
        &format!("{ts}::Sealed"),
        &format!("group `{gname}` needs exactly one of {list}, and none is set"),
        &format!("set one of {list} before calling `.build()`"),
        Some(&format!(
            "or set the group from a runtime choice with `.{}(...)`",
            resolved.names.setter
        )),
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

/// The group's slots as a type: `Slots<(__L0, __L3, )>`.
fn group_slots_ty(ts: &str, resolved: &ResolvedGroup<'_, '_>) -> String {
    let mut leaves = String::new();
    for member in &resolved.members {
        let _ = write!(leaves, "__L{}, ", member.slot);
    }
    format!("{ts}::Slots<({leaves})>")
}

/// `State`, with its one impl for the builder's tree of slots.
fn state_trait(g: &Gen<'_, '_>, src: &mut Src, groups: &[ResolvedGroup<'_, '_>]) {
    let t = &g.text;
    let ts = &t.ts;
    let args = &g.generics.args;
    let doc = format!(
        "The states of [`{b}`](super::{b}): each associated type named after a field \
         is that field's slot, [`Unset`]({ts}::Unset) until its setter runs and \
         [`Set`]({ts}::Set) after, and `Set{{Field}}` is the state after the field's \
         setter.\n\nImplemented by the builder's own states only. Bound a state with \
         `S: State<{{field}} = Unset>` to call that field's setter on it.",
        b = t.builder
    );
    let wc = trait_where(g);
    src.add(format_args!(
        "#[doc = {}] pub trait State{}: ::core::marker::Sized{wc} ",
        lit(&doc),
        g.generics.params_angle()
    ));
    src.brace(|body| {
        for (field, _, names) in g.slotted() {
            body.add(format_args!(
                "#[doc = {}] type {}; #[doc = {}] type {}: State<{args}>; \
                 #[doc(hidden)] fn {}(this: Self, value: {}) -> Self::{}; ",
                lit(&format!(
                    "The slot of `{}`: `Unset`, or `Set<{}>` after `.{}(...)`.",
                    field.name(),
                    names.ty.replace(' ', ""),
                    names.setter
                )),
                names.slot,
                lit(&format!("The state after `.{}(...)`.", names.setter)),
                names.set_alias,
                names.put,
                names.ty,
                names.set_alias
            ));
        }
        for resolved in groups {
            body.add(format_args!(
                "#[doc = {}] type {}; ",
                lit(&format!(
                    "The slots of group `{}` ({}).",
                    resolved.names.name, resolved.list
                )),
                resolved.names.slots
            ));
        }
        body.add(format_args!(
            "#[doc(hidden)] #[allow(clippy::unused_unit)] fn __open(this: Self) -> ({}); ",
            g.slotted()
                .map(|(_, _, names)| format!("Self::{}, ", names.slot))
                .concat()
        ));
    });
    let leaves: String = g
        .slotted()
        .map(|(_, slot, _)| format!("__L{slot}, "))
        .concat();
    let tree = g.tree.ty(ts, &|i| format!("__L{i}"));
    let mut bounds = String::new();
    for (_, _, names) in g.slotted() {
        bounds.push_str(&names.outlives);
    }
    src.add(format_args!(
        "#[automatically_derived] impl<{}{leaves}> State<{args}> for {tree} where {}{bounds} ",
        g.generics.params, g.generics.preds
    ));
    src.brace(|body| {
        for (_, slot, names) in g.slotted() {
            let rep = format!(
                "<Self as {ts}::Rep<{}, {ts}::Set<{}>>>",
                names.path, names.ty
            );
            body.add(format_args!(
                "type {} = __L{slot}; type {} = {rep}::Out; \
                 #[inline(always)] fn {}(this: Self, value: {}) -> Self::{} {{ {rep}::rep(this, {ts}::set(value)) }} ",
                names.slot, names.set_alias, names.put, names.ty, names.set_alias
            ));
        }
        for resolved in groups {
            body.add(format_args!(
                "type {} = {}; ",
                resolved.names.slots,
                group_slots_ty(ts, resolved)
            ));
        }
        let opened: String = g.slotted().map(|(_, slot, _)| format!("__l{slot}, ")).concat();
        body.add(format_args!(
            "#[inline(always)] #[allow(clippy::unused_unit)] fn __open(this: Self) -> ({leaves}) {{ let {} = this; ({opened}) }} ",
            g.tree.pattern(ts)
        ));
    });
}

/// ` where ...` of the state traits: the struct's own predicates, and
/// `T: 'a` for each field type that needs it to be well-formed (the struct
/// implies those; a trait does not).
fn trait_where(g: &Gen<'_, '_>) -> String {
    let mut preds = g.generics.preds.clone();
    for (_, _, names) in g.slotted() {
        preds.push_str(&names.outlives);
    }
    let preds = preds.trim_end_matches(", ");
    if preds.is_empty() {
        String::new()
    } else {
        format!(" where {preds}")
    }
}

/// `Set{Field}<S>`: an alias of `<S as State>::Set{Field}`.
fn state_aliases(g: &Gen<'_, '_>, src: &mut Src) {
    let t = &g.text;
    let st = &t.state;
    let plain = g.generics.plain.trim_end_matches(", ");
    let params = if plain.is_empty() {
        st.clone()
    } else {
        format!("{plain}, {st}")
    };
    for (_, _, names) in g.slotted() {
        src.add(format_args!(
            "#[doc = {}] pub type {}<{params}> = <{st} as State<{}>>::{}; ",
            lit(&format!("State `{st}` after `.{}(...)`.", names.setter)),
            names.set_alias,
            g.generics.args.trim_end_matches(", "),
            names.set_alias,
        ));
    }
}

/// What `build()` asks of each slot: a required field's "is set" marker,
/// `Maybe` for one that may be unset, nothing for a fixed one.
///
/// `inside` when the bound is written inside the state module, whose own
/// items are then named without its path (a module in a function body
/// can't name itself).
pub(crate) fn slot_bound(
    g: &Gen<'_, '_>,
    field: &Field<'_>,
    names: &Names,
    inside: bool,
) -> Option<String> {
    let prefix = if inside {
        String::new()
    } else {
        format!("{}::", g.text.module)
    };
    match field.kind() {
        Kind::Required => Some(format!("{prefix}{}<{}>", names.set_marker, names.ty)),
        Kind::Fixed(_) => None,
        Kind::Optional { .. } | Kind::Default(_) => {
            Some(format!("{}::Maybe<{}>", g.text.ts, names.ty))
        }
    }
}

/// `IsComplete`: the states where `build()` can be called, as one name.
/// Its supertrait bounds each slot the way `build()` does, so a function
/// bounded by `S: IsComplete` can call `build()`. `build()` itself keeps
/// its bounds on the slots, so that the compiler names each missing field
/// in its own error.
fn is_complete(g: &Gen<'_, '_>, src: &mut Src, groups: &[ResolvedGroup<'_, '_>]) {
    let t = &g.text;
    let ts = &t.ts;
    let mut assoc = String::new();
    let mut bounds = String::new();
    for (field, slot, names) in g.slotted() {
        if let Some(bound) = slot_bound(g, field, names, true) {
            let _ = write!(assoc, "{}: {bound}, ", names.slot);
            let _ = write!(bounds, "__L{slot}: {bound}, ");
        }
        bounds.push_str(&names.outlives);
    }
    for resolved in groups {
        if resolved.group.kind == GroupKind::ExactlyOne {
            let _ = write!(
                assoc,
                "{}: {}, ",
                resolved.names.slots, resolved.names.one_marker
            );
            let _ = write!(
                bounds,
                "{}: {}, ",
                group_slots_ty(ts, resolved),
                resolved.names.one_marker
            );
        }
    }
    let leaves: String = g
        .slotted()
        .map(|(_, slot, _)| format!("__L{slot}, "))
        .concat();
    let wc = trait_where(g);
    src.add(format_args!(
        "#[doc = {}] pub trait IsComplete{}: State<{}{}>{wc} {{}} \
         #[automatically_derived] impl<{}{leaves}> IsComplete<{}> for {} where {}{bounds} {{}} ",
        lit(&format!(
            "The states where `{}::build()` can be called: {}.\n\n\
             A function bounded by `S: IsComplete` can call `build()` on a `{}<S>`.",
            t.builder,
            complete_words(g, groups),
            t.builder
        )),
        g.generics.params_angle(),
        g.generics.args,
        assoc.trim_end_matches(", "),
        g.generics.params,
        g.generics.args.trim_end_matches(", "),
        g.tree.ty(ts, &|i| format!("__L{i}")),
        g.generics.preds,
    ));
}

/// What must be set before `build()`, in words.
pub(crate) fn complete_words(g: &Gen<'_, '_>, groups: &[ResolvedGroup<'_, '_>]) -> String {
    let required: Vec<String> = g
        .slotted()
        .filter(|(field, _, _)| matches!(field.kind(), Kind::Required))
        .map(|(field, _, _)| format!("`{}`", field.name()))
        .collect();
    let mut parts = Vec::new();
    if !required.is_empty() {
        parts.push(format!(
            "every required field is set ({})",
            required.join(", ")
        ));
    }
    for resolved in groups
        .iter()
        .filter(|r| r.group.kind == GroupKind::ExactlyOne)
    {
        parts.push(format!(
            "group `{}` has exactly one of {}",
            resolved.names.name, resolved.list
        ));
    }
    if parts.is_empty() {
        "every state: no field is required".to_owned()
    } else {
        parts.join(", and ")
    }
}

/// `groups::{Group}`: the choice a group's setter takes.
fn group_choices(g: &Gen<'_, '_>, src: &mut Src, groups: &[ResolvedGroup<'_, '_>]) {
    if groups.is_empty() {
        return;
    }
    src.add(format_args!(
        "#[doc = {}] pub mod groups ",
        lit(&format!(
            "The field groups of [`{b}`](super::{b}), one enum each: the choice \
             that the group's setter takes, for a group set from a runtime value.",
            b = g.text.builder
        ))
    ));
    src.brace(|src| {
    src.add(format_args!("#[allow(unused_imports)] use super::*; "));
    for resolved in groups {
        let params = choice_params(g, resolved);
        src.add(format_args!(
            "#[doc = {}] #[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq)] #[allow(clippy::derive_partial_eq_without_eq, reason = \"a member type may not be `Eq`\")] pub enum {}{} ",
            lit(&format!(
                "One member of group `{}` ({} of {}), with its value: what `.{}(...)` takes.",
                resolved.names.name,
                resolved.group.kind.words(),
                resolved.list,
                resolved.names.setter
            )),
            resolved.names.choice,
            params.decl
        ));
        src.brace(|body| {
            for member in &resolved.members {
                let inner = match member.field.kind() {
                    Kind::Optional { inner, .. } => super::src::text(&inner),
                    _ => member.names.ty.clone(),
                };
                body.add(format_args!(
                    "#[doc = {}] {}({inner}), ",
                    lit(&format!("Sets `{}`.", member.field.name())),
                    super::names::variant(member.field)
                ));
            }
        });
    }
    });
}

/// A group's choice enum is generic over the struct's parameters its
/// members' types use.
pub(crate) struct ChoiceParams {
    /// `<'a, T>` as the enum declares them, or nothing.
    pub(crate) decl: String,
    /// `<'a, T>` as arguments, or nothing.
    pub(crate) args: String,
}

pub(crate) fn choice_params(g: &Gen<'_, '_>, resolved: &ResolvedGroup<'_, '_>) -> ChoiceParams {
    let types: Vec<&syn::Type> = resolved.members.iter().map(|m| m.field.ty).collect();
    let mut decl = Vec::new();
    let mut args = Vec::new();
    for param in super::generics::params_used_by_all(g.cont, &types) {
        decl.push(super::param_without_default(param).to_string());
        args.push(
            super::generics::param_arg(param)
                .to_string()
                .replace(' ', ""),
        );
    }
    let angle = |v: Vec<String>| {
        if v.is_empty() {
            String::new()
        } else {
            format!("<{}>", v.join(", "))
        }
    };
    ChoiceParams {
        decl: angle(decl),
        args: angle(args),
    }
}
