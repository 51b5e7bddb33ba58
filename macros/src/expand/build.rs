//! `build()`: compiles only when every required field is set and every
//! "exactly one" group has its one; moves the slots' values into the struct.
//!
//! Written as source text (see `src.rs`), with the user's `default` and
//! `fixed` expressions spliced in as their own tokens, so that an error in
//! one points at the attribute.

use quote::ToTokens;

use super::src::{Concat, Src, lit};
use super::{Gen, IMPL_ATTRS, Slotted};
use crate::ast::{GroupKind, Kind};

pub(crate) fn build_fn(g: &Gen<'_, '_>, src: &mut Src) {
    let t = &g.text;
    let st = &t.state;
    let struct_ty = g.struct_text();
    let groups = g.groups();
    // The slots are the method's type parameters, bound to the state
    // through `State`: the impl stays `impl<S> StructBuilder<S>`, so the
    // compiler's notes name `StructBuilder::<S>::build`, not the whole tree.
    let mut params: Vec<String> = Vec::new();
    let mut binds: Vec<String> = Vec::new();
    let mut bounds: Vec<String> = Vec::new();
    for (field, slot, names) in g.slotted() {
        params.push(format!("__L{slot}"));
        binds.push(format!("{} = __L{slot}", names.slot));
        if let Some(bound) = super::state::slot_bound(g, field, names, false) {
            bounds.push(format!("__L{slot}: {bound}"));
        }
    }
    for (k, resolved) in groups
        .iter()
        .enumerate()
        .filter(|(_, r)| r.group.kind == GroupKind::ExactlyOne)
    {
        params.push(format!("__Q{k}"));
        binds.push(format!("{} = __Q{k}", resolved.names.slots));
        bounds.push(format!(
            "__Q{k}: {}::{}",
            t.module, resolved.names.one_marker
        ));
    }
    bounds.insert(0, format!("{st}: {}", g.state_with(&binds.join(", "))));
    let needs = super::state::complete_words(g, &groups);

    let validate = g.cont.attrs.validate.is_some();
    let krate = &t.krate;
    let (ret, doc, errors_allow) = signature(g, &struct_ty, &needs);
    let (vis, builder, params_decl, args, preds) = (
        &t.vis,
        &t.builder,
        &g.generics.params,
        &g.generics.args,
        &g.generics.preds,
    );
    src.add(format_args!(
        "#[cfg(not(doc))] {IMPL_ATTRS} impl<{params_decl}{st}> {builder}<{args}{st}> where {preds} "
    ));
    src.brace(|item| {
        item.add(format_args!(
            "#[doc = {}] #[inline] {errors_allow}{vis} fn build<{}>(self) -> {ret} where {} ",
            lit(&doc),
            params.join(", "),
            bounds.join(", ")
        ));
        item.brace(|body| {
            let opened: String = g
                .slotted()
                .map(|(_, slot, _)| format!("__l{slot}, "))
                .concat();
            body.add(format_args!(
                "let ({opened}) = <{st} as {}>::__open(self.__state); ",
                g.state_trait()
            ));
            if validate {
                body.add(format_args!("let __value: {struct_ty} = "));
            }
            body.add(format_args!("{} ", g.cont.ident));
            body.brace(|fields| {
                for s in &g.fields {
                    field_init(g, s, fields);
                }
            });
            if validate {
                body.add(format_args!(
                    "; match <{struct_ty} as {krate}::Validate>::validate(&__value) "
                ));
                body.brace(|arms| {
                    arms.add(format_args!(
                        "::core::result::Result::Ok(()) => ::core::result::Result::Ok(__value), \
                         ::core::result::Result::Err(__e) => ::core::result::Result::Err(__e),"
                    ));
                });
            }
        });
    });

    doc_build(g, src, &ret, &doc);
}

/// `build()`'s return type, its doc, and the lint allowance that doc needs.
fn signature(g: &Gen<'_, '_>, struct_ty: &str, needs: &str) -> (String, String, &'static str) {
    let t = &g.text;
    let ident = crate::ast::unraw(g.cont.ident);
    let krate = &t.krate;
    if g.cont.attrs.validate.is_some() {
        (
            format!(
                "::core::result::Result<{struct_ty}, <{struct_ty} as {krate}::Validate>::Error>"
            ),
            format!(
                "Builds the [`{ident}`] and checks the rules of its `iamport::Validate` impl.\n\n\
                 Compiles only when {needs}: the compiler names each field that is missing. \
                 In a generic function, bound the state with `{}::IsComplete`.\n\n\
                 # Errors\n\nThe type's own error, when one of its rules does not hold.",
                t.module
            ),
            "#[allow(clippy::missing_errors_doc, reason = \"the doc attribute has its `# Errors` \
             section; clippy reads no doc attribute a macro wrote\")] ",
        )
    } else {
        (
            struct_ty.to_owned(),
            format!(
                "Builds the [`{ident}`].\n\nCompiles only when {needs}: the compiler names \
                 each field that is missing. In a generic function, bound the state with \
                 `{}::IsComplete`.",
                t.module
            ),
            "",
        )
    }
}

/// The `build()` rustdoc shows: one readable bound, `IsComplete`. Read as
/// tokens and never parsed outside rustdoc; the method the compiler sees is
/// the other one.
fn doc_build(g: &Gen<'_, '_>, src: &mut Src, ret: &str, doc: &str) {
    let t = &g.text;
    let (st, module, krate) = (&t.state, &t.module, &t.krate);
    let (vis, builder, params_decl, args, preds) = (
        &t.vis,
        &t.builder,
        &g.generics.params,
        &g.generics.args,
        &g.generics.preds,
    );
    src.add(format_args!("#[cfg(doc)] {krate}::__doc_only! "));
    src.brace(|item| {
        item.add(format_args!(
            "{IMPL_ATTRS} impl<{params_decl}{st}> {builder}<{args}{st}> where {preds} "
        ));
        item.brace(|body| {
            body.add(format_args!(
                "#[doc = {}] {vis} fn build(self) -> {ret} where {st}: {module}::IsComplete<{}> ",
                lit(doc),
                args.trim_end_matches(", ")
            ));
            body.brace(|inner| inner.add(format_args!("loop {{}}")));
        });
    });
}

/// A field's value in `build()`.
fn field_init(g: &Gen<'_, '_>, s: &Slotted<'_, '_>, src: &mut Src) {
    let ts = &g.text.ts;
    let field = s.field;
    let (fid, ty) = (field.ident, &s.names.ty);
    let slot = match (field.kind(), s.slot) {
        (Kind::Fixed(expr), _) => {
            src.add(format_args!("{fid}: "));
            src.tokens(expr.to_token_stream());
            src.add(format_args!(", "));
            return;
        }
        (_, Some(slot)) => slot,
        // Only fixed fields lack a slot; reaching this is a bug of the macro.
        (_, None) => {
            src.add(format_args!(
                "{fid}: ::core::compile_error!(\"bug in iamport-macros: a settable field without a slot; please report it\"), "
            ));
            return;
        }
    };
    let maybe = format!("<_ as {ts}::Maybe<{ty}>>::maybe(__l{slot})");
    match field.kind() {
        Kind::Required => {
            src.add(format_args!(
                "{fid}: <_ as {ts}::Value<{ty}>>::value(__l{slot}), "
            ));
        }
        Kind::Optional { default: None, .. } => {
            src.add(format_args!(
                "{fid}: ::core::option::Option::flatten({maybe}), "
            ));
        }
        Kind::Optional {
            default: Some(expr),
            ..
        }
        | Kind::Default(Some(expr)) => {
            src.add(format_args!("{fid}: match {maybe} "));
            src.brace(|arms| {
                // The default goes through a `let` of the field's type, so
                // that a wrong one reads "mismatched types", at the
                // attribute, not "`match` arms have incompatible types".
                arms.add(format_args!(
                    "::core::option::Option::Some(__v) => __v, ::core::option::Option::None => "
                ));
                arms.brace(|default| {
                    default.add(format_args!("let __default: {ty} = "));
                    default.tokens(expr.to_token_stream());
                    default.add(format_args!("; __default"));
                });
                arms.add(format_args!(","));
            });
            src.add(format_args!(", "));
        }
        Kind::Default(None) | Kind::Fixed(_) => {
            src.add(format_args!(
                "{fid}: match {maybe} {{ ::core::option::Option::Some(__v) => __v, \
                 ::core::option::Option::None => <{ty} as ::core::default::Default>::default(), }}, "
            ));
        }
    }
}
