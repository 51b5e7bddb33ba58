//! `#[builder(getters)]`: one accessor per field on the built struct, so
//! that what was built can be read back. A field `x: T` gives
//! `fn x(&self) -> &T`; an `Option<T>` gives `Option<&T>`. Written as
//! source text: see `src.rs`.

use std::fmt::Write as _;

use super::src::{Src, lit, text};
use super::{Gen, IMPL_ATTRS};

pub(crate) fn getters(g: &Gen<'_, '_>, src: &mut Src) {
    if g.cont.attrs.getters.is_none() {
        return;
    }
    let t = &g.text;
    src.add(format_args!(
        "{IMPL_ATTRS} impl<{}> {} where {} ",
        g.generics.params.trim_end_matches(", "),
        g.struct_text(),
        g.generics.preds
    ));
    src.brace(|body| {
        for s in &g.fields {
            let field = s.field;
            let name = field.name();
            let ident = text(field.ident);
            let mut docs = String::new();
            if field.docs.is_empty() {
                let _ = write!(docs, "#[doc = {}] ", lit(&format!("`{name}`.")));
            } else {
                for doc in &field.docs {
                    docs.push_str(&text(doc));
                    docs.push(' ');
                }
            }
            let (ret, expr) = match field.option_inner {
                Some(inner) => (
                    format!("::core::option::Option<&{}>", text(inner)),
                    format!("::core::option::Option::as_ref(&self.{ident})"),
                ),
                None => (format!("&{}", s.names.ty), format!("&self.{ident}")),
            };
            body.add(format_args!(
                "{docs}#[inline] #[must_use] {} fn {ident}(&self) -> {ret} {{ {expr} }} ",
                t.vis
            ));
        }
    });
}
