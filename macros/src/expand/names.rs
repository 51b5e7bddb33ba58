//! Every name the derive makes up, in one place: for a field, its setter,
//! marker traits, state slot, state alias and wire key; for a group, its
//! marker traits, slots, setter and choice enum. The generators read them
//! from here and never trim or rebuild one themselves.

use super::src::text;
use crate::ast::{Field, unraw};

/// The names of one field in the generated code.
#[derive(Default)]
pub(crate) struct Names {
    /// The path type of its slot (empty for a `fixed` field).
    pub(crate) path: String,
    /// `{field}_is_unset`: the "set twice" marker.
    pub(crate) unset_marker: String,
    /// `{field}_is_set`: the "missing required field" marker.
    pub(crate) set_marker: String,
    /// `Set{Field}`: the state after its setter, as an alias in the state
    /// module and as an associated type of its `State`.
    pub(crate) set_alias: String,
    /// The associated type of `State` that is the field's slot: the
    /// field's own identifier (`r#type` stays raw).
    pub(crate) slot: String,
    /// `__set_{field}`: the hidden `State` function that stores a value.
    pub(crate) put: String,
    /// Its setter's name without `r#` (for messages and docs).
    pub(crate) setter: String,
    /// The key it is read from with `#[builder(deserialize)]`.
    pub(crate) wire: String,
    /// Its type as source text.
    pub(crate) ty: String,
    /// Its setters, as both setter impls write them.
    pub(crate) setters: Vec<super::setters::SetterVariant>,
    /// `T: 'a, ` for the struct's parameters its type uses (see
    /// `UsedParams::outlives`).
    pub(crate) outlives: String,
}

impl Names {
    pub(crate) fn of(
        field: &Field<'_>,
        path: String,
        rule: Option<crate::serde::RenameRule>,
    ) -> Self {
        let name = field.name();
        Names {
            path,
            unset_marker: format!("{name}_is_unset"),
            set_marker: format!("{name}_is_set"),
            set_alias: set_alias(&name),
            slot: field.ident.to_string(),
            put: format!("__set_{name}"),
            setter: unraw(field.setter()),
            wire: field.wire_name(rule),
            ty: text(field.ty),
            setters: Vec::new(),
            outlives: String::new(),
        }
    }
}

/// `Set{Field}`: `buyer_tel` gives `SetBuyerTel`.
pub(crate) fn set_alias(field: &str) -> String {
    format!("Set{}", camel(field))
}

/// The names of one group.
pub(crate) struct GroupNames {
    /// The group's name, without `r#`.
    pub(crate) name: String,
    /// `{Group}Group`: the associated type of `State` holding its slots.
    pub(crate) slots: String,
    /// `{group}_has_one`: implemented when one member is set.
    pub(crate) one_marker: String,
    /// `{Group}`: the enum of its members, in the state module's `groups`.
    pub(crate) choice: String,
    /// The group's setter, which takes the choice: the group's name.
    pub(crate) setter: String,
}

impl GroupNames {
    pub(crate) fn of(group: &syn::Ident) -> Self {
        let name = unraw(group);
        GroupNames {
            slots: group_slots(&name),
            one_marker: format!("{name}_has_one"),
            choice: camel(&name),
            setter: group.to_string(),
            name,
        }
    }

    /// `{group}_has_no_{member}`: implemented by `Unset` only; "group `g`
    /// ... but `x` is already set" otherwise.
    pub(crate) fn unset_marker(&self, member: &Field<'_>) -> String {
        format!("{}_has_no_{}", self.name, member.name())
    }
}

/// `{Group}Group`: `target` gives `TargetGroup`.
pub(crate) fn group_slots(group: &str) -> String {
    format!("{}Group", camel(group))
}

/// The variant of a group's choice enum for `member`: `BillingKey`.
pub(crate) fn variant(member: &Field<'_>) -> String {
    camel(&member.name())
}

/// Implemented by no type: calling a forbidden method fails with its message.
pub(crate) fn forbidden_marker(name: &syn::Ident) -> String {
    format!("{}_is_forbidden", unraw(name))
}

/// `{Struct}Builder`.
pub(crate) fn builder(ident: &syn::Ident) -> String {
    format!("{}Builder", unraw(ident))
}

/// `{struct}_builder`, the module of the builder's states.
pub(crate) fn module(ident: &syn::Ident) -> String {
    format!("{}_builder", snake(&unraw(ident)))
}

/// `snake_case` of a `CamelCase` name: `OneOffPayment` is `one_off_payment`,
/// `HTTPRequest` is `http_request`.
pub(crate) fn snake(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 4);
    for (i, c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            let prev = i.checked_sub(1).and_then(|p| chars.get(p));
            let next = chars.get(i + 1);
            let boundary = prev.is_some_and(|p| p.is_lowercase() || p.is_ascii_digit())
                || (prev.is_some_and(|p| p.is_uppercase())
                    && next.is_some_and(|n| n.is_lowercase()));
            if boundary && !out.ends_with('_') {
                out.push('_');
            }
            out.extend(c.to_lowercase());
        } else {
            out.push(*c);
        }
    }
    out
}

/// `CamelCase` of a `snake_case` field name: `buyer_name` is `BuyerName`.
pub(crate) fn camel(name: &str) -> String {
    name.split('_')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_uppercase().chain(chars).collect()
            })
        })
        .collect()
}
