//! The hidden module of marker traits. Each trait's
//! `#[diagnostic::on_unimplemented]` message is written out for one field or
//! group, so the compiler's error names it in plain words. The traits are
//! sealed: only the runtime's slot types implement them. Written as source
//! text: see `src.rs`.

use std::fmt::Write as _;

use super::src::{Src, lit};
use super::{Gen, group_members};
use crate::ast::{Field, GroupKind, Kind, unraw};

const P: &str = "::iamport::__private";

/// Implemented by `Unset` only: "field `x` is set twice" otherwise.
pub(crate) fn is_unset_trait(field: &Field<'_>) -> String {
    format!("{}_is_unset", field.name())
}

/// Implemented by `Set<T>` only: "missing required field `x`" otherwise.
pub(crate) fn is_set_trait(field: &Field<'_>) -> String {
    format!("{}_is_set", field.name())
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

/// The supertrait that seals a marker trait: only `iamport`'s slot types
/// implement it.
fn sealed() -> String {
    format!("{P}::Sealed")
}

/// `#[diagnostic::on_unimplemented(...)] pub trait name: supertrait {}`.
fn marker_trait(
    src: &mut Src,
    name: &str,
    supertrait: &str,
    message: &str,
    label: &str,
    note: Option<&str>,
) {
    let note = note.map_or(String::new(), |n| format!(", note = {}", lit(n)));
    src.add(format_args!(
        "#[diagnostic::on_unimplemented(message = {}, label = {}{note})] pub trait {name}: {supertrait} {{}} ",
        lit(message),
        lit(label)
    ));
}

pub(crate) fn check_module(g: &Gen<'_, '_>, src: &mut Src) {
    src.add(format_args!(
        "#[doc = {}] #[doc(hidden)] \
         #[allow(non_camel_case_types, non_snake_case, missing_docs, unreachable_pub)] \
         {} mod {} {{",
        lit(&format!(
            "Compile-time checks of `{}`'s builder; not public API.",
            g.cont.ident
        )),
        g.text.vis,
        g.text.module
    ));
    for (field, _) in g.slotted() {
        field_traits(src, field);
    }
    for group in &g.cont.attrs.groups {
        let gname = unraw(&group.name);
        let (members, list) = group_members(g, group);
        for (member, _) in &members {
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
            marker_trait(src, &tr, &sealed(), &message, &label, Some(&note));
            src.add(format_args!("impl {tr} for {P}::Unset {{}} "));
        }
        if group.kind == GroupKind::ExactlyOne {
            exactly_one_trait(src, &group.name, &gname, members.len(), &list);
        }
    }
    src.add(format_args!("}}"));
}

fn field_traits(src: &mut Src, field: &Field<'_>) {
    let name = field.name();
    let setter = unraw(field.setter());
    let unset = is_unset_trait(field);
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
        &unset,
        &sealed(),
        &format!("field `{name}` is set twice"),
        &format!("`{name}` was already set"),
        Some(&note),
    );
    src.add(format_args!("impl {unset} for {P}::Unset {{}} "));
    if let Kind::Required = field.kind() {
        let set = is_set_trait(field);
        marker_trait(
            src,
            &format!("{set}<__V>"),
            &format!("{P}::Value<__V>"),
            &format!("missing required field `{name}`"),
            &format!("`{name}` is not set"),
            Some(&format!(
                "set it with `.{setter}(...)` before calling `.build()`"
            )),
        );
        src.add(format_args!("impl<__V> {set}<__V> for {P}::Set<__V> {{}} "));
    }
}

/// One impl per member `k`: members before `k` unset, `k` set, the rest
/// anything. The impls can't overlap, and together they cover "at least one
/// is set"; the setters already rule out two.
fn exactly_one_trait(src: &mut Src, group: &syn::Ident, gname: &str, len: usize, list: &str) {
    let tr = group_one_trait(group);
    marker_trait(
        src,
        &tr,
        &sealed(),
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
                std::cmp::Ordering::Less => format!("{P}::Unset, "),
                std::cmp::Ordering::Equal => format!("{P}::Set<__V>, "),
                std::cmp::Ordering::Greater => format!("__G{j}, "),
            })
            .collect();
        src.add(format_args!(
            "impl<__V{params}> {tr} for {P}::Slots<({elems})> {{}} "
        ));
    }
}
