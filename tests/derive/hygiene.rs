//! The generated code names every standard item by its full path, so a crate
//! that shadows them still compiles (after serde's `test_gen.rs`). Types named
//! like the runtime's internals don't collide either.
#![allow(
    dead_code,
    non_camel_case_types,
    missing_docs,
    unreachable_pub,
    clippy::all
)]

mod shadowing {
    use iamport::Builder;

    struct Option;
    struct Some;
    struct None;
    struct Result;
    struct Ok;
    struct Err;
    struct Default;
    struct Into;
    struct Clone;
    struct PhantomData;
    struct Debug;
    struct Sized;
    struct usize;
    mod core {}
    mod std {}

    #[derive(Builder)]
    #[builder(into, exactly_one(target = (a, b)))]
    pub(crate) struct Shadowed {
        a: ::core::option::Option<String>,
        b: ::std::option::Option<u8>,
        #[builder(default)]
        c: u16,
        d: String,
    }

    #[test]
    fn builds() {
        let s = Shadowed::builder().a("x").d("d").build();
        assert_eq!(s.a.as_deref(), ::core::option::Option::Some("x"));
        assert_eq!(s.c, 0);
    }
}

mod named_like_internals {
    use iamport::Builder;

    #[derive(Builder, Debug, PartialEq)]
    pub struct Unset {
        set: u8,
    }

    #[derive(Builder, Debug, PartialEq)]
    pub struct Set {
        unset: Option<u8>,
    }

    #[derive(Builder, Debug, PartialEq)]
    pub struct Slots {
        __state: u8,
        __marker: u8,
        value: u8,
        __v: u8,
    }

    #[derive(Builder, Debug, PartialEq)]
    pub struct Optional {
        r#type: String,
        r#fn: Option<u8>,
    }

    /// A builder struct whose own name ends in `Builder`.
    #[derive(Builder, Debug, PartialEq)]
    pub struct RequestBuilder {
        build_id: u8,
    }

    #[test]
    fn builds() {
        assert_eq!(Unset::builder().set(1).build(), Unset { set: 1 });
        assert_eq!(Set::builder().unset(2).build(), Set { unset: Some(2) });
        let s = Slots::builder()
            .__state(1)
            .__marker(2)
            .value(3)
            .__v(4)
            .build();
        assert_eq!((s.__state, s.__marker, s.value, s.__v), (1, 2, 3, 4));
        let o = Optional::builder()
            .r#type("t".to_owned())
            .maybe_fn(Some(1))
            .build();
        assert_eq!(
            o,
            Optional {
                r#type: "t".to_owned(),
                r#fn: Some(1)
            }
        );
        assert_eq!(RequestBuilder::builder().build_id(5).build().build_id, 5);
    }
}

mod inside_a_function {
    #[test]
    fn derive_in_fn_body() {
        #[derive(iamport::Builder)]
        struct Local {
            x: u8,
        }
        assert_eq!(Local::builder().x(1).build().x, 1);
    }
}
