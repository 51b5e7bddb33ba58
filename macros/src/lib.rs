//! The `Builder` derive of the [`iamport`](https://docs.rs/iamport) crate.
//!
//! This crate is an implementation detail: depend on `iamport` and write
//! `#[derive(iamport::Builder)]`. The derive and its attributes are documented
//! on the re-export, `iamport::Builder`.

#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::todo,
    clippy::unimplemented
)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

mod ast;
mod attr;
mod check;
mod ctxt;
mod expand;
mod serde;
mod symbol;

use proc_macro::TokenStream;

/// Derives a compile-time-checked builder; see `iamport::Builder`.
#[proc_macro_derive(Builder, attributes(builder))]
pub fn derive_builder(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    let (out, errors) = derive(&input);
    let mut tokens = TokenStream::new();
    if let Some(out) = out {
        let text = emit(&out.text).unwrap_or_else(|err| {
            let msg = format!(
                "bug in iamport-macros: generated code that does not lex ({err}); please report it"
            );
            syn::Error::new(proc_macro2::Span::call_site(), msg)
                .into_compile_error()
                .into()
        });
        tokens.extend(TokenStream::from(out.tokens));
        tokens.extend([text]);
    }
    if let Err(err) = errors {
        tokens.extend(TokenStream::from(err.into_compile_error()));
    }
    tokens
}

/// The text pieces as the compiler's tokens: one lexer call per text piece,
/// identifiers made at their spans, brace groups built around their content.
fn emit(pieces: &[expand::src::Piece]) -> Result<TokenStream, proc_macro::LexError> {
    use expand::src::Piece;
    use proc_macro::{Delimiter, Group, TokenTree};
    let mut out = TokenStream::new();
    for piece in pieces {
        match piece {
            Piece::Text(text) => out.extend([text.parse::<TokenStream>()?]),
            Piece::Ident(name, span) => {
                let ident = match name.strip_prefix("r#") {
                    Some(raw) => proc_macro::Ident::new_raw(raw, span.unwrap()),
                    None => proc_macro::Ident::new(name, span.unwrap()),
                };
                out.extend([TokenTree::Ident(ident)]);
            }
            Piece::Brace(inner) => out.extend([TokenTree::Group(Group::new(
                Delimiter::Brace,
                emit(inner.pieces())?,
            ))]),
            Piece::Tokens(tokens) => out.extend([TokenStream::from(tokens.clone())]),
        }
    }
    Ok(out)
}

/// Reads, checks, then generates: every mistake in the input is reported in
/// one compile.
///
/// A mistake within one attribute (an unknown or malformed key, which the
/// model leaves out) still lets the builder be generated without it, so
/// the user's calls to `builder()` and the setters don't add errors of
/// their own. A mistake across fields or attributes (a group naming a field
/// that is not there) stops generation: the code would not be sound.
fn derive(input: &syn::DeriveInput) -> (Option<expand::Output>, syn::Result<()>) {
    let cx = ctxt::Ctxt::default();
    let cont = ast::Container::from_ast(&cx, input);
    let attribute_errors = cx.len();
    if let Some(cont) = &cont {
        check::check(&cx, cont);
    }
    let sound = cx.len() == attribute_errors && !cx.is_unsound();
    let out = match cont {
        Some(c) if sound => Some(expand::expand(&c)),
        _ => None,
    };
    (out, cx.check())
}

#[cfg(test)]
mod tests {
    use proc_macro2::{TokenStream, TokenTree};

    /// The whole output of the derive for `src`, both halves lexed.
    fn expand(src: &str) -> TokenStream {
        let input: syn::DeriveInput = syn::parse_str(src).unwrap();
        let (out, errors) = super::derive(&input);
        errors.unwrap();
        let out = out.unwrap();
        let mut all = out.tokens;
        all.extend(emit2(&out.text));
        all
    }

    /// `super::emit` with `proc_macro2`, which works outside a macro.
    fn emit2(pieces: &[crate::expand::src::Piece]) -> TokenStream {
        use crate::expand::src::Piece;
        let mut out = TokenStream::new();
        for piece in pieces {
            match piece {
                Piece::Text(text) | Piece::Ident(text, _) => {
                    out.extend(text.parse::<TokenStream>().expect("the text part lexes"));
                }
                Piece::Brace(inner) => out.extend([TokenTree::Group(proc_macro2::Group::new(
                    proc_macro2::Delimiter::Brace,
                    emit2(inner.pieces()),
                ))]),
                Piece::Tokens(tokens) => out.extend(tokens.clone()),
            }
        }
        out
    }

    fn idents(tokens: TokenStream, out: &mut Vec<String>) {
        for tt in tokens {
            match tt {
                TokenTree::Ident(i) => out.push(i.to_string()),
                TokenTree::Group(g) => idents(g.stream(), out),
                TokenTree::Punct(_) | TokenTree::Literal(_) => {}
            }
        }
    }

    /// Every option at once. The user-written types name std items by full
    /// path, so a bare `Option` in the output can only come from the macro.
    const EVERYTHING: &str = r"
        #[builder(into, validate, deserialize, exactly_one(target = (a, b)), at_most_one(channel = (c, d)))]
        pub struct Everything<'x, T: ::core::clone::Clone, const N: usize> where T: ::core::default::Default {
            /// Docs.
            a: ::core::option::Option<String>,
            b: ::core::option::Option<u8>,
            c: ::core::option::Option<&'x str>,
            d: ::core::option::Option<[T; N]>,
            #[builder(default)]
            e: T,
            #[builder(default = 3, into = false)]
            f: u32,
            #[builder(fixed = 1)]
            g: u8,
            #[builder(setter = with_h)]
            h: bool,
            r#type: String,
        }
    ";

    /// `forbid(unsafe_code)` in a user's crate does not police what a derive
    /// emits with call-site spans, so the output is checked here.
    #[test]
    fn output_has_no_unsafe() {
        let mut words = Vec::new();
        idents(expand(EVERYTHING), &mut words);
        assert!(!words.is_empty());
        assert!(!words.iter().any(|w| w == "unsafe"));
    }

    /// Standard items are named by their full path only: no bare prelude
    /// name right after a non-path token.
    #[test]
    fn output_names_std_items_by_full_path() {
        let text = expand(EVERYTHING).to_string();
        for bare in [
            " Option ",
            " Some ",
            " None ",
            " Result ",
            " Ok ",
            " Err ",
            " Default ",
            " Into ",
            " Clone ",
            " PhantomData ",
        ] {
            for (i, _) in text.match_indices(bare) {
                let before = text.get(..i).unwrap_or_default().trim_end();
                assert!(
                    before.ends_with("::"),
                    "bare `{}` in the output at {i}: ...{}",
                    bare.trim(),
                    text.get(i.saturating_sub(80)..i + 20).unwrap_or_default()
                );
            }
        }
    }

    /// Bad input, each with (part of) the message it must give.
    const BAD_INPUT_MESSAGES: &[(&str, &str)] = &[
        (
            "struct S { a: State, b: Option<SetA> }",
            "the type of field `a` uses the name `State`, which the builder's state module defines",
        ),
        (
            "struct S { a: u8, b: Vec<SetA> }",
            "the type of field `b` uses the name `SetA`, which the builder's state module defines",
        ),
        (
            "#[builder(derive(Hash))] struct S { a: u8 }",
            "`derive` on a builder takes `Clone` and `Debug`; `Hash` is not supported",
        ),
        (
            "#[builder(derive(std::fmt::Debug))] struct S { a: u8 }",
            "write `Debug`, not `std::fmt::Debug`",
        ),
        (
            "#[builder(derive())] struct S { a: u8 }",
            "`derive` needs at least one trait",
        ),
        (
            "#[builder(derive)] struct S { a: u8 }",
            "`derive` needs a list of traits",
        ),
        (
            "#[builder(derive = Clone)] struct S { a: u8 }",
            "`derive` needs a list of traits",
        ),
        (
            "#[builder(derive(Clone = 1))] struct S { a: u8 }",
            "traits by name only",
        ),
        (
            "#[builder(derive(Clone, Clone))] struct S { a: u8 }",
            "duplicate builder attribute `derive(Clone)`",
        ),
        (
            "#[builder(derive(Debug), derive(Debug))] struct S { a: u8 }",
            "duplicate builder attribute `derive(Debug)`",
        ),
        (
            "#[builder(getters = 1)] struct S { a: u8 }",
            "`getters` takes no value",
        ),
        (
            "#[builder(getters(a))] struct S { a: u8 }",
            "`getters` takes no value",
        ),
        (
            "#[builder(getters, getters)] struct S { a: u8 }",
            "duplicate builder attribute `getters`",
        ),
        (
            "#[builder(at_most_one(a = (a, b)))] struct S { a: Option<u8>, b: Option<u8> }",
            "group `a` would get a setter named `a`, which field `a` already has; rename the group",
        ),
        (
            "#[builder(at_most_one(order = (a, b)))] struct S { #[builder(setter = order)] a: Option<u8>, b: Option<u8> }",
            "group `order` would get a setter named `order`, which field `a` already has",
        ),
        (
            "#[builder(at_most_one(maybe_c = (a, b)))] struct S { a: Option<u8>, b: Option<u8>, c: Option<u8> }",
            "which field `c` already has as its `maybe_` setter",
        ),
        (
            "#[builder(exactly_one(build = (a, b)))] struct S { a: Option<u8>, b: Option<u8> }",
            "group `build` would get a setter named `build`, which the builder needs for itself",
        ),
        (
            "#[builder(exactly_one(builder = (a, b)))] struct S { a: Option<u8>, b: Option<u8> }",
            "group `builder` would get a setter named `builder`",
        ),
        (
            r#"#[builder(forbid(g = "no"), exactly_one(g = (a, b)))] struct S { a: Option<u8>, b: Option<u8> }"#,
            "which `forbid(g = ...)` says must not be called",
        ),
        (
            "struct S { a_b: u8, a__b: u8 }",
            "would define `SetAB` twice: for field `a_b`",
        ),
        (
            "#[allow(non_snake_case)] struct S { x: u8, SetX: u8 }",
            "would define `SetX` twice: for field `x`",
        ),
        (
            "#[builder(at_most_one(a_b = (x, y)))] struct S { x: Option<u8>, y: Option<u8>, ABGroup: u8 }",
            "would define `ABGroup` twice",
        ),
    ];

    /// Bad input gives errors, never a panic.
    #[test]
    fn bad_input_is_an_error_not_a_panic() {
        let cases = [
            "enum E { A }",
            "union U { a: u8 }",
            "struct T(u8);",
            "struct U;",
            "#[builder] struct S { a: u8 }",
            "#[builder(nope)] struct S { a: u8 }",
            "#[builder(exactly_one)] struct S { a: u8 }",
            "#[builder(exactly_one())] struct S { a: u8 }",
            "#[builder(exactly_one(g))] struct S { a: u8 }",
            "#[builder(exactly_one(g = a))] struct S { a: Option<u8> }",
            "#[builder(exactly_one(g = ()))] struct S { a: Option<u8> }",
            "#[builder(at_most_one(g = (a, a, b)))] struct S { a: Option<u8>, b: u8 }",
            "struct S { #[builder(default = )] a: u8 }",
            "struct S { #[builder(fixed)] a: u8 }",
            "struct S { #[builder(setter = 1)] a: u8 }",
            "struct S { #[builder(into = 3)] a: u8 }",
            "struct S { #[builder(default, default)] a: u8 }",
            "struct S { #[builder(setter = build)] a: u8 }",
            "struct S { a: u8, #[builder(setter = a)] b: u8 }",
        ];
        for case in cases {
            let input: syn::DeriveInput = syn::parse_str(case).unwrap();
            assert!(super::derive(&input).1.is_err(), "accepted: {case}");
        }
        for (case, message) in BAD_INPUT_MESSAGES {
            let input: syn::DeriveInput = syn::parse_str(case).unwrap();
            let Err(err) = super::derive(&input).1 else {
                panic!("accepted: {case}")
            };
            let text = err.into_iter().map(|e| e.to_string()).collect::<Vec<_>>();
            assert!(
                text.iter().any(|t| t.contains(message)),
                "{case}: expected {message:?}, got {text:?}"
            );
        }
    }

    /// Several mistakes in one `derive(...)` list are reported together.
    #[test]
    fn every_unsupported_derive_is_reported() {
        let input: syn::DeriveInput =
            syn::parse_str("#[builder(derive(Hash, Clone, Eq))] struct S { a: u8 }").unwrap();
        let (out, Err(err)) = super::derive(&input) else {
            panic!("accepted")
        };
        let text = err.into_iter().map(|e| e.to_string()).collect::<Vec<_>>();
        assert_eq!(text.len(), 2, "{text:?}");
        assert!(text.iter().any(|t| t.contains("`Hash` is not supported")));
        assert!(text.iter().any(|t| t.contains("`Eq` is not supported")));
        // A mistake inside one attribute: the builder is still generated.
        assert!(out.is_some());
    }

    /// `derive(Clone, Debug)` and `getters` are read into the model.
    #[test]
    fn derive_and_getters_parse_into_the_model() {
        let input: syn::DeriveInput =
            syn::parse_str("#[builder(derive(Clone, Debug), getters)] struct S { a: u8 }").unwrap();
        let cx = crate::ctxt::Ctxt::default();
        let cont = crate::ast::Container::from_ast(&cx, &input).unwrap();
        let derive = &cont.attrs.derive;
        assert_eq!(derive.clone.as_ref().unwrap().to_string(), "Clone");
        assert_eq!(derive.debug.as_ref().unwrap().to_string(), "Debug");
        assert!(cont.attrs.getters.as_ref().unwrap().is_ident("getters"));
        drop(cont);
        cx.check().unwrap();

        // Each alone, and neither.
        for (src, clone, debug, getters) in [
            (
                "#[builder(derive(Debug))] struct S { a: u8 }",
                false,
                true,
                false,
            ),
            (
                "#[builder(derive(Clone))] struct S { a: u8 }",
                true,
                false,
                false,
            ),
            ("struct S { a: u8 }", false, false, false),
        ] {
            let input: syn::DeriveInput = syn::parse_str(src).unwrap();
            let cx = crate::ctxt::Ctxt::default();
            let cont = crate::ast::Container::from_ast(&cx, &input).unwrap();
            assert_eq!(cont.attrs.derive.clone.is_some(), clone, "{src}");
            assert_eq!(cont.attrs.derive.debug.is_some(), debug, "{src}");
            assert_eq!(cont.attrs.getters.is_some(), getters, "{src}");
            drop(cont);
            cx.check().unwrap();
        }
    }

    /// Every mistake of one input is reported, not just the first.
    #[test]
    fn several_mistakes_are_reported_together() {
        let input: syn::DeriveInput = syn::parse_str(
            "#[builder(nope)] #[builder(exactly_one(g = (a, z)))] struct S { #[builder(zap)] a: Option<u8>, #[builder(into, into)] b: u8 }",
        )
        .unwrap();
        let (out, Err(err)) = super::derive(&input) else {
            panic!("accepted")
        };
        assert_eq!(err.into_iter().count(), 4);
        // A group naming a field that is not there: nothing is generated.
        assert!(out.is_none());
    }

    /// The expansion of `src`, pretty-printed, for review as code.
    fn pretty(src: &str) -> String {
        let file: syn::File = syn::parse2(expand(src)).expect("the expansion parses as items");
        prettyplease::unparse(&file)
    }

    // Expansion snapshots of representative structs, one test each, read
    // like code in review: `UPDATE_EXPECT=1 cargo test -p iamport-macros
    // expansion` rewrites them after a deliberate change; read `git diff
    // macros/snapshots` before committing.

    #[test]
    fn expansion_required_optional_default() {
        expect_test::expect_file!["../snapshots/required_optional_default.rs"].assert_eq(&pretty(
            r"
            /// A refund.
            pub struct Refund {
                /// The order.
                merchant_uid: String,
                /// Part of the amount.
                amount: Option<u64>,
                #[builder(default = 1)]
                count: u32,
            }",
        ));
    }

    #[test]
    fn expansion_generic() {
        expect_test::expect_file!["../snapshots/generic.rs"].assert_eq(&pretty(
            r"
            pub struct Borrowed<'a, T: Clone, const N: usize> where T: core::fmt::Debug {
                name: &'a str,
                tags: [T; N],
                note: Option<&'a str>,
            }",
        ));
    }

    #[test]
    fn expansion_fixed_forbid_crate() {
        expect_test::expect_file!["../snapshots/fixed_forbid_crate.rs"].assert_eq(&pretty(
            r#"
            #[builder(crate = ::pay, forbid(customer_uid = "use the registration"))]
            pub struct Chai {
                #[builder(fixed = "trans")]
                pay_method: &'static str,
                #[builder(into, setter = order)]
                merchant_uid: String,
            }"#,
        ));
    }

    #[test]
    fn expansion_groups_validate_deserialize() {
        expect_test::expect_file!["../snapshots/groups_validate_deserialize.rs"].assert_eq(
            &pretty(
                r#"
            #[builder(validate, deserialize, exactly_one(target = (imp_uid, merchant_uid)))]
            #[serde(deny_unknown_fields)]
            pub struct Cancel {
                #[serde(skip_serializing_if = "Option::is_none")]
                imp_uid: Option<String>,
                #[serde(skip_serializing_if = "Option::is_none")]
                merchant_uid: Option<String>,
                reason: String,
            }"#,
            ),
        );
    }

    #[test]
    fn expansion_derive_getters() {
        expect_test::expect_file!["../snapshots/derive_getters.rs"].assert_eq(&pretty(
            r"
            #[builder(derive(Clone, Debug), getters, at_most_one(contact = (email, phone)))]
            pub struct Buyer {
                /// The buyer's name.
                name: String,
                email: Option<String>,
                phone: Option<String>,
            }",
        ));
    }

    /// A mistake inside one attribute still generates the builder, so the
    /// user's code that calls it adds no errors of its own.
    #[test]
    fn an_attribute_mistake_still_generates_the_builder() {
        let input: syn::DeriveInput =
            syn::parse_str("struct S { #[builder(defualt)] a: u8 }").unwrap();
        let (out, errors) = super::derive(&input);
        let message = errors.unwrap_err().to_string();
        assert!(message.contains("did you mean `default`?"), "{message}");
        assert!(out.is_some());
    }
}
