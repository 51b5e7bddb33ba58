//! The struct's own `#[serde(...)]` attributes, read once: what the checked
//! `Deserialize` needs to know (the keys a field is read from, and which
//! fields are skipped, flattened or read by a function of the user's).
//!
//! The attributes themselves are passed on to the twin struct that serde
//! derives, so serde applies them; this model only mirrors what changes the
//! checks: the known keys of `deny_unknown_fields`, their hints, and the
//! `null` message. An attribute that would change how the struct is read in
//! ways the checks can't follow (`from`, `try_from`, `transparent`, `tag`,
//! `untagged`, `remote`, `getter`) is an error that names it.

use syn::punctuated::Punctuated;

use crate::ctxt::Ctxt;

/// Container-level serde options.
#[derive(Default)]
pub(crate) struct SerdeContainer {
    /// `rename_all = "..."` (or its `deserialize = ...` half).
    pub(crate) rename_all: Option<RenameRule>,
    /// `deny_unknown_fields`.
    pub(crate) deny_unknown_fields: bool,
}

/// Field-level serde options. Each flag is one serde key, as serde keeps
/// them.
#[derive(Default)]
#[allow(
    clippy::struct_excessive_bools,
    reason = "one flag per independent serde key, as serde's own attribute model keeps them"
)]
pub(crate) struct SerdeField {
    /// `rename = "..."` (or its `deserialize = ...` half).
    pub(crate) rename: Option<String>,
    /// `alias = "..."`, each.
    pub(crate) aliases: Vec<String>,
    /// `skip` or `skip_deserializing`: never read.
    pub(crate) skip_deserializing: bool,
    /// `flatten`: takes keys no list names.
    pub(crate) flatten: bool,
    /// `default` or `default = "..."`.
    pub(crate) default: bool,
    /// `deserialize_with` or `with`: the user's function reads it.
    pub(crate) custom: bool,
    /// `skip_serializing_if`: the field is left out rather than written as
    /// `null`.
    pub(crate) skip_serializing_if: bool,
}

/// A `rename_all` rule, as serde spells it.
#[derive(Clone, Copy)]
pub(crate) enum RenameRule {
    Lower,
    Upper,
    Pascal,
    Camel,
    Snake,
    ScreamingSnake,
    Kebab,
    ScreamingKebab,
}

impl RenameRule {
    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "lowercase" => RenameRule::Lower,
            "UPPERCASE" => RenameRule::Upper,
            "PascalCase" => RenameRule::Pascal,
            "camelCase" => RenameRule::Camel,
            "snake_case" => RenameRule::Snake,
            "SCREAMING_SNAKE_CASE" => RenameRule::ScreamingSnake,
            "kebab-case" => RenameRule::Kebab,
            "SCREAMING-KEBAB-CASE" => RenameRule::ScreamingKebab,
            _ => return None,
        })
    }

    /// A field name (`snake_case`) under this rule, as serde renames it.
    pub(crate) fn apply(self, field: &str) -> String {
        match self {
            RenameRule::Lower | RenameRule::Snake => field.to_owned(),
            RenameRule::Upper | RenameRule::ScreamingSnake => field.to_ascii_uppercase(),
            RenameRule::Pascal => pascal(field),
            RenameRule::Camel => {
                let pascal = pascal(field);
                let mut chars = pascal.chars();
                chars.next().map_or_else(String::new, |first| {
                    first.to_lowercase().chain(chars).collect()
                })
            }
            RenameRule::Kebab => field.replace('_', "-"),
            RenameRule::ScreamingKebab => field.replace('_', "-").to_ascii_uppercase(),
        }
    }
}

/// `buyer_name` as `BuyerName`, the way serde's `PascalCase` does it.
fn pascal(field: &str) -> String {
    let mut out = String::with_capacity(field.len());
    let mut capitalize = true;
    for c in field.chars() {
        if c == '_' {
            capitalize = true;
        } else if capitalize {
            out.extend(c.to_uppercase());
            capitalize = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// Container keys that leave the checks valid; serde applies them.
const CONTAINER_OK: &[&str] = &[
    "rename",
    "rename_all",
    "deny_unknown_fields",
    "default",
    "bound",
    "crate",
    "expecting",
    "into",
];

/// Field keys that leave the checks valid.
const FIELD_OK: &[&str] = &[
    "rename",
    "alias",
    "default",
    "skip",
    "skip_serializing",
    "skip_deserializing",
    "skip_serializing_if",
    "serialize_with",
    "deserialize_with",
    "with",
    "borrow",
    "bound",
    "flatten",
];

/// Why a key the checks can't follow is refused.
fn refused(key: &str) -> Option<&'static str> {
    Some(match key {
        "from" | "try_from" => "reads the struct through another type, around the builder's checks",
        "transparent" => "reads the struct as its one field, without the builder's keys",
        "tag" | "untagged" | "content" => {
            "is for enums and tagged structs, which the builder does not model"
        }
        "remote" => "derives for another type, which the builder's checks can't see",
        "getter" => "is for `remote` derives",
        _ => return None,
    })
}

impl SerdeContainer {
    pub(crate) fn from_attrs(cx: &Ctxt, attrs: &[&syn::Attribute]) -> Self {
        let mut out = SerdeContainer::default();
        for_each(cx, attrs, CONTAINER_OK, "a struct", |key, meta| {
            match key {
                "deny_unknown_fields" => out.deny_unknown_fields = true,
                "rename_all" => {
                    if let Some(rule) = deserialize_half(meta)? {
                        match RenameRule::parse(&rule.value()) {
                            Some(r) => out.rename_all = Some(r),
                            None => {
                                return Err(syn::Error::new_spanned(
                                    &rule,
                                    format_args!(
                                        "`rename_all = {:?}` is not a rule serde knows; use one of \"lowercase\", \"UPPERCASE\", \"PascalCase\", \"camelCase\", \"snake_case\", \"SCREAMING_SNAKE_CASE\", \"kebab-case\", \"SCREAMING-KEBAB-CASE\"",
                                        rule.value()
                                    ),
                                ));
                            }
                        }
                    }
                }
                _ => skip_value(meta)?,
            }
            Ok(())
        });
        out
    }
}

impl SerdeField {
    pub(crate) fn from_attrs(cx: &Ctxt, attrs: &[&syn::Attribute]) -> Self {
        let mut out = SerdeField::default();
        for_each(cx, attrs, FIELD_OK, "a field", |key, meta| {
            match key {
                "rename" => out.rename = deserialize_half(meta)?.map(|s| s.value()),
                "alias" => {
                    let lit: syn::LitStr = meta.value()?.parse()?;
                    out.aliases.push(lit.value());
                }
                "skip" | "skip_deserializing" => {
                    out.skip_deserializing = true;
                    skip_value(meta)?;
                }
                "flatten" => out.flatten = true,
                "default" => {
                    out.default = true;
                    skip_value(meta)?;
                }
                "deserialize_with" | "with" => {
                    out.custom = true;
                    skip_value(meta)?;
                }
                "skip_serializing_if" => {
                    out.skip_serializing_if = true;
                    skip_value(meta)?;
                }
                _ => skip_value(meta)?,
            }
            Ok(())
        });
        out
    }
}

/// Calls `f` for each key of every `#[serde(...)]` in `attrs`, after
/// refusing the keys the checks can't follow and naming unknown ones.
fn for_each(
    cx: &Ctxt,
    attrs: &[&syn::Attribute],
    ok: &[&str],
    on: &str,
    mut f: impl FnMut(&str, &syn::meta::ParseNestedMeta) -> syn::Result<()>,
) {
    for attr in attrs {
        let result = attr.parse_nested_meta(|meta| {
            let key = meta
                .path
                .get_ident()
                .map(ToString::to_string)
                .unwrap_or_default();
            if let Some(why) = refused(&key) {
                return Err(meta.error(format_args!(
                    "`#[serde({key})]` can't go with `#[builder(deserialize)]`: it {why}; remove `deserialize` from `#[builder(...)]` to let serde alone read the struct"
                )));
            }
            if !ok.contains(&key.as_str()) {
                return Err(meta.error(format_args!(
                    "`#[serde({key})]` on {on} is not one the builder's `Deserialize` knows (it knows {}); remove `deserialize` from `#[builder(...)]` to let serde alone read the struct",
                    ok.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ")
                )));
            }
            f(&key, &meta)
        });
        if let Err(err) = result {
            // The twin struct would carry the attribute: generate nothing.
            cx.unsound_error(err);
        }
    }
}

/// The string of `key = "..."`, or of the `deserialize = "..."` half of
/// `key(serialize = "...", deserialize = "...")`.
fn deserialize_half(meta: &syn::meta::ParseNestedMeta) -> syn::Result<Option<syn::LitStr>> {
    if meta.input.peek(syn::Token![=]) {
        return meta.value()?.parse().map(Some);
    }
    let mut found = None;
    meta.parse_nested_meta(|half| {
        let lit: syn::LitStr = half.value()?.parse()?;
        if half.path.is_ident("deserialize") {
            found = Some(lit);
        }
        Ok(())
    })?;
    Ok(found)
}

/// Consumes `= value` or `(...)` after a key whose value the checks don't
/// need.
fn skip_value(meta: &syn::meta::ParseNestedMeta) -> syn::Result<()> {
    if meta.input.peek(syn::Token![=]) {
        let _: syn::Expr = meta.value()?.parse()?;
    } else if meta.input.peek(syn::token::Paren) {
        let content;
        syn::parenthesized!(content in meta.input);
        let _ = Punctuated::<syn::Meta, syn::Token![,]>::parse_terminated(&content)?;
    }
    Ok(())
}
