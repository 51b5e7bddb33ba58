//! `build()`: compiles only when every required field is set and every
//! "exactly one" group has its one; moves the slots' values into the struct.
//!
//! Written as source text (see `src.rs`), with the user's `default` and
//! `fixed` expressions spliced in as their own tokens, so that an error in
//! one points at the attribute.

use quote::ToTokens;

use super::src::{Src, lit};
use super::state::exactly_one_bounds;
use super::{Gen, IMPL_ATTRS, Slotted};
use crate::ast::Kind;

pub(crate) fn build_fn(g: &Gen<'_, '_>, src: &mut Src) {
    let t = &g.text;
    let (ts, st) = (&t.ts, &t.state);
    let ident = crate::ast::unraw(g.cont.ident);
    let struct_ty = if t.args.is_empty() {
        g.cont.ident.to_string()
    } else {
        format!("{}<{}>", g.cont.ident, t.args.trim_end_matches(", "))
    };
    // The slots are the method's type parameters, bound to the state through
    // `Open`: the impl stays `impl<S> StructBuilder<S>`, so the compiler's
    // notes name `StructBuilder::<S>::build`, not the whole tree.
    let params: Vec<String> = g
        .slotted()
        .map(|(_, slot, _)| format!("__L{slot}"))
        .collect();
    let open_ty = g.tree.open_ty();
    let pattern = open_ty.replace("__L", "__l");

    let bounds = bounds(g, &open_ty);

    let validate = g.cont.attrs.validate.is_some();
    let krate = &t.krate;
    let (ret, doc, errors_allow) = if validate {
        (
            format!(
                "::core::result::Result<{struct_ty}, <{struct_ty} as {krate}::Validate>::Error>"
            ),
            format!(
                "Builds the [`{ident}`] and checks the rules of its `iamport::Validate` impl.\n\n\
                 Compiles only when every required field is set: the compiler names each \
                 one that is missing.\n\n\
                 # Errors\n\nThe type's own error, when one of its rules does not hold."
            ),
            "#[allow(clippy::missing_errors_doc, reason = \"the doc attribute has its `# Errors` \
             section; clippy reads no doc attribute a macro wrote\")] ",
        )
    } else {
        (
            struct_ty.clone(),
            format!(
                "Builds the [`{ident}`].\n\nCompiles only when every required field is set: \
                 the compiler names each one that is missing."
            ),
            "",
        )
    };
    let (vis, builder, params_decl, args, preds) =
        (&t.vis, &t.builder, &t.params, &t.args, &t.preds);
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
            body.add(format_args!(
                "let {pattern} = {ts}::Open::open(self.__state); "
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

/// `build()`'s bounds: the state opened into its slots, each slot's own
/// bound, and one per `exactly_one` group.
fn bounds(g: &Gen<'_, '_>, open_ty: &str) -> Vec<String> {
    let t = &g.text;
    let (ts, st, module) = (&t.ts, &t.state, &t.module);
    let mut bounds = vec![format!("{st}: {ts}::Open<Tree = {open_ty}>")];
    for s in &g.fields {
        if let Some(bound) = field_bound(g, s) {
            bounds.push(bound);
        }
    }
    bounds.extend(exactly_one_bounds(g, &format!("{module}::")));
    bounds
}

/// The `build()` rustdoc shows: one readable bound, `IsComplete`. Read as
/// tokens and never parsed outside rustdoc; the method the compiler sees is
/// the other one.
fn doc_build(g: &Gen<'_, '_>, src: &mut Src, ret: &str, doc: &str) {
    let t = &g.text;
    let (st, module, krate) = (&t.state, &t.module, &t.krate);
    let (vis, builder, params_decl, args, preds) =
        (&t.vis, &t.builder, &t.params, &t.args, &t.preds);
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

/// The bound on a field's slot that makes its value reachable: its own
/// marker trait for a required field (whose message names it), `Maybe` for
/// an optional one, none for a fixed one.
fn field_bound(g: &Gen<'_, '_>, s: &Slotted<'_, '_>) -> Option<String> {
    let slot = s.slot?;
    let (ts, names) = (&g.text.ts, &s.names);
    Some(match s.field.kind() {
        Kind::Required => format!(
            "__L{slot}: {}::{}<{}>",
            g.text.module, names.set_marker, names.ty
        ),
        Kind::Fixed(_) => return None,
        _ => format!("__L{slot}: {ts}::Maybe<{}>", names.ty),
    })
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
    let maybe = format!("{ts}::Maybe::<{ty}>::maybe(__l{slot})");
    match field.kind() {
        Kind::Required => {
            src.add(format_args!(
                "{fid}: {ts}::Value::<{ty}>::value(__l{slot}), "
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
