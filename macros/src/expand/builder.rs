//! The builder type, its opt-in `Clone` and `Debug`, and `Struct::builder()`.
//! Written as source text: see `src.rs`.

use std::fmt::Write as _;

use super::src::{Src, lit};
use super::{Gen, IMPL_ATTRS};
use crate::ast::{GroupKind, Kind, unraw};

/// `struct StructBuilder<..., S = struct_builder::Empty> { __state: S, __marker }`,
/// documented with its own sentence, its required fields and its groups.
pub(crate) fn builder_struct(g: &Gen<'_, '_>, src: &mut Src) {
    let t = &g.text;
    let ident = unraw(g.cont.ident);
    let (b, module, st) = (&t.builder, &t.module, &t.state);
    let mut doc = format!(
        "The builder of [`{ident}`], made by [`{ident}::builder()`].\n\n\
         Call one setter per field, then `build()`. The compiler checks that every \
         required field is set once, and no field twice."
    );
    let required: Vec<String> = g
        .slotted()
        .filter(|(f, _, _)| matches!(f.kind(), Kind::Required))
        .map(|(f, _, _)| format!("`{}`", f.name()))
        .collect();
    if !required.is_empty() {
        let _ = write!(doc, "\n\n**Required:** {}.", required.join(", "));
    }
    let groups = g.groups();
    if !groups.is_empty() {
        doc.push_str("\n\n**Groups:**\n");
        for resolved in &groups {
            let _ = write!(
                doc,
                "\n- `{}`: {} of {}{}; `.{}(...)` sets it from a runtime choice ([`{module}::groups::{}`]).",
                resolved.names.name,
                resolved.group.kind.words(),
                resolved.list,
                if resolved.group.kind == GroupKind::ExactlyOne {
                    ", required by `build()`"
                } else {
                    ""
                },
                resolved.names.setter,
                resolved.names.choice,
            );
        }
    }
    let _ = write!(
        doc,
        "\n\n`{st}` records which fields are set: [`{module}`] names its states, so that a \
         function can take, return or store a partly built builder (`{b}` alone is the \
         empty one), and `{module}::IsComplete` is what a generic function bounds `{st}` \
         with to call `build()`."
    );
    let derive = &g.cont.attrs.derive;
    if derive.clone.is_none() && derive.debug.is_none() {
        doc.push_str(
            " `#[builder(derive(Clone, Debug))]` on the struct gives the builder those traits.",
        );
    }
    let must_use =
        format!("the builder does nothing until you call `build()` on it to get a `{ident}`");
    let params = &g.generics.params;
    let preds = &g.generics.preds;
    src.add(format_args!(
        "#[doc = {}] #[must_use = {}] {} struct {b}<{params}{st} = {module}::Empty> where {preds} \
         {{ __state: {st}, __marker: ::core::marker::PhantomData<fn() -> {}>, }} ",
        lit(&doc),
        lit(&must_use),
        t.vis,
        g.struct_text(),
    ));
    let args = &g.generics.args;
    if derive.clone.is_some() {
        src.add(format_args!(
            "{IMPL_ATTRS} impl<{params}{st}: ::core::clone::Clone> ::core::clone::Clone for {b}<{args}{st}> where {preds} \
             {{ #[inline] fn clone(&self) -> Self {{ {b} {{ __state: ::core::clone::Clone::clone(&self.__state), __marker: ::core::marker::PhantomData }} }} }} "
        ));
    }
    if derive.debug.is_some() {
        // Names only: a builder never shows a value, since the struct's own
        // `Debug` may hide one.
        let mut fields = String::new();
        let mut bounds = String::new();
        for (field, _, names) in g.slotted() {
            let slot = format!("<{st} as {}>::{}", g.state_trait(), names.slot);
            let _ = write!(
                fields,
                ".field({}, &{}::slot_state(<{slot} as {}::Leaf>::IS_SET))",
                lit(&field.name()),
                t.ts,
                t.ts
            );
            let _ = write!(bounds, "{slot}: {}::Leaf, ", t.ts);
        }
        src.add(format_args!(
            "{IMPL_ATTRS} impl<{params}{st}: {}> ::core::fmt::Debug for {b}<{args}{st}> where {preds}{bounds} ",
            g.state_trait(),
        ));
        // `f` at the macro's own span: a user's constant named `f` can't
        // turn the parameter into a pattern.
        let f = proc_macro2::Span::mixed_site();
        src.brace(|item| {
            let param = proc_macro2::Ident::new("f", f);
            item.tokens(quote::quote!(
                fn fmt(&self, #param: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result
            ));
            item.brace(|body| {
                body.ident("f", f);
                body.add(format_args!(".debug_struct({}){fields}.finish()", lit(b)));
            });
        });
    }
}

/// `Struct::builder()`, as text.
pub(crate) fn start_fn_text(g: &Gen<'_, '_>, src: &mut Src) {
    let t = &g.text;
    let ident = unraw(g.cont.ident);
    let doc = format!(
        "Starts a builder for [`{ident}`]: set its fields with the builder's setters, \
         then call `build()`. A required field left unset, or a field set twice, \
         is a compile error that names the field."
    );
    src.add(format_args!(
        "{IMPL_ATTRS} impl<{}> {} where {} {{ #[doc = {}] #[inline] {} fn builder() -> {}<{}{}::Empty> \
         {{ {} {{ __state: {}, __marker: ::core::marker::PhantomData }} }} }} ",
        g.generics.params.trim_end_matches(", "),
        g.struct_text(),
        g.generics.preds,
        lit(&doc),
        t.vis,
        t.builder,
        g.generics.args,
        t.module,
        t.builder,
        g.tree.value(&t.ts, &format!("{}::Unset", t.ts)),
    ));
}
