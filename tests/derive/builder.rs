//! Built values: every mix of required, `Option` and `default` fields.
#![allow(missing_docs, unreachable_pub)]

use iamport::Builder;

#[derive(Builder, Debug, PartialEq)]
pub struct Mixed {
    /// Required.
    a: String,
    b: u64,
    c: Option<String>,
    d: Option<u32>,
    #[builder(default)]
    e: Vec<u8>,
    #[builder(default = 7)]
    f: u8,
}

#[test]
fn required_only() {
    let m = Mixed::builder().a("x".to_owned()).b(1).build();
    assert_eq!(
        m,
        Mixed {
            a: "x".into(),
            b: 1,
            c: None,
            d: None,
            e: vec![],
            f: 7
        }
    );
}

#[test]
fn everything_set_in_any_order() {
    let m = Mixed::builder()
        .f(9)
        .d(4)
        .b(2)
        .e(vec![1])
        .c("c".to_owned())
        .a("a".to_owned())
        .build();
    assert_eq!(
        m,
        Mixed {
            a: "a".into(),
            b: 2,
            c: Some("c".into()),
            d: Some(4),
            e: vec![1],
            f: 9
        }
    );
}

#[test]
fn maybe_setters() {
    let m = Mixed::builder()
        .a("x".to_owned())
        .b(1)
        .maybe_c(None)
        .maybe_d(Some(3))
        .build();
    assert_eq!(m.c, None);
    assert_eq!(m.d, Some(3));
}

/// Each combination of field kinds, alone and in pairs, including none.
mod mixes {
    use iamport::Builder;

    #[derive(Builder, Debug, PartialEq, Eq)]
    pub struct Empty {}

    #[derive(Builder, Debug, PartialEq, Eq)]
    pub struct OnlyRequired {
        a: u8,
        b: String,
    }

    #[derive(Builder, Debug, PartialEq, Eq)]
    pub struct OnlyOption {
        a: Option<u8>,
        b: Option<String>,
    }

    #[derive(Builder, Debug, PartialEq, Eq)]
    pub struct OnlyDefault {
        #[builder(default)]
        a: u8,
        #[builder(default = "d".to_owned())]
        b: String,
    }

    #[derive(Builder, Debug, PartialEq, Eq)]
    pub struct RequiredOption {
        a: u8,
        b: Option<u8>,
    }

    #[derive(Builder, Debug, PartialEq, Eq)]
    pub struct RequiredDefault {
        a: u8,
        #[builder(default = 9)]
        b: u8,
    }

    #[derive(Builder, Debug, PartialEq, Eq)]
    pub struct OptionDefault {
        a: Option<u8>,
        #[builder(default)]
        b: Vec<u8>,
        #[builder(default = Some(4))]
        c: Option<u8>,
    }

    #[test]
    fn empty() {
        assert_eq!(Empty::builder().build(), Empty {});
    }

    #[test]
    fn only_required() {
        let v = OnlyRequired::builder().b("x".to_owned()).a(1).build();
        assert_eq!(
            v,
            OnlyRequired {
                a: 1,
                b: "x".to_owned()
            }
        );
    }

    #[test]
    fn only_option() {
        assert_eq!(
            OnlyOption::builder().build(),
            OnlyOption { a: None, b: None }
        );
        let v = OnlyOption::builder()
            .b("y".to_owned())
            .maybe_a(Some(2))
            .build();
        assert_eq!(
            v,
            OnlyOption {
                a: Some(2),
                b: Some("y".to_owned())
            }
        );
    }

    #[test]
    fn only_default() {
        assert_eq!(
            OnlyDefault::builder().build(),
            OnlyDefault {
                a: 0,
                b: "d".to_owned()
            }
        );
        let v = OnlyDefault::builder().a(3).b(String::new()).build();
        assert_eq!(
            v,
            OnlyDefault {
                a: 3,
                b: String::new()
            }
        );
    }

    #[test]
    fn required_and_option() {
        assert_eq!(
            RequiredOption::builder().a(1).build(),
            RequiredOption { a: 1, b: None }
        );
        assert_eq!(
            RequiredOption::builder().b(2).a(1).build(),
            RequiredOption { a: 1, b: Some(2) }
        );
    }

    #[test]
    fn required_and_default() {
        assert_eq!(
            RequiredDefault::builder().a(1).build(),
            RequiredDefault { a: 1, b: 9 }
        );
        assert_eq!(
            RequiredDefault::builder().b(0).a(1).build(),
            RequiredDefault { a: 1, b: 0 }
        );
    }

    #[test]
    fn option_and_default() {
        let v = OptionDefault::builder().build();
        assert_eq!(
            v,
            OptionDefault {
                a: None,
                b: vec![],
                c: Some(4)
            }
        );
        let v = OptionDefault::builder()
            .maybe_c(None)
            .a(1)
            .b(vec![2])
            .build();
        assert_eq!(
            v,
            OptionDefault {
                a: Some(1),
                b: vec![2],
                c: None
            }
        );
    }

    /// Sixteen required fields, set in an order unlike their declaration.
    #[derive(Builder)]
    #[allow(dead_code)]
    pub struct Wide {
        f000: u8,
        f001: u8,
        f002: u8,
        f003: u8,
        f004: u8,
        f005: u8,
        f006: u8,
        f007: u8,
        f008: u8,
        f009: u8,
        f010: u8,
        f011: u8,
        f012: u8,
        f013: u8,
        f014: u8,
        f015: u8,
    }

    #[test]
    fn sixteen_required_fields() {
        let w = Wide::builder()
            .f015(15)
            .f000(0)
            .f001(1)
            .f002(2)
            .f003(3)
            .f004(4)
            .f005(5)
            .f006(6)
            .f007(7)
            .f008(8)
            .f009(9)
            .f010(10)
            .f011(11)
            .f012(12)
            .f013(13)
            .f014(14)
            .build();
        assert_eq!((w.f000, w.f007, w.f015), (0, 7, 15));
    }
}

/// serde attributes on a builder struct keep working: `rename`,
/// `skip_serializing_if`, `flatten`.
mod with_serde_attributes {
    use std::collections::BTreeMap;

    use iamport::Builder;

    #[derive(Builder, serde::Serialize)]
    pub struct Tagged {
        #[serde(rename = "channelKey")]
        channel_key: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        note: Option<String>,
        #[serde(flatten)]
        #[builder(default)]
        extra: BTreeMap<String, u8>,
    }

    #[test]
    fn serializes_as_serde_says() {
        let t = Tagged::builder()
            .channel_key("k".to_owned())
            .extra(BTreeMap::from([("a".to_owned(), 1)]))
            .build();
        assert_eq!(
            serde_json::to_string(&t).unwrap(),
            r#"{"channelKey":"k","a":1}"#
        );
    }
}

/// The generated `Deserialize` reads the struct's serde naming once and
/// speaks in wire names: `rename_all`, `rename`, `alias`, `skip`.
mod serde_naming {
    use iamport::Builder;

    #[derive(Builder, Debug, PartialEq, serde::Serialize)]
    #[builder(deserialize)]
    #[serde(rename_all = "camelCase", deny_unknown_fields)]
    pub struct Order {
        merchant_uid: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        buyer_name: Option<String>,
        #[serde(
            rename = "tel",
            alias = "phone",
            skip_serializing_if = "Option::is_none"
        )]
        buyer_tel: Option<String>,
        #[serde(skip)]
        #[builder(default)]
        cache: u8,
    }

    fn parse(json: &str) -> Result<Order, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    #[test]
    fn keys_are_read_by_their_wire_names() {
        let b = parse(r#"{"merchantUid":"m","buyerName":"n","phone":"010"}"#).unwrap();
        assert_eq!(
            b,
            Order::builder()
                .merchant_uid("m".to_owned())
                .buyer_name("n".to_owned())
                .buyer_tel("010".to_owned())
                .build()
        );
        assert!(parse(r#"{"merchantUid":"m","tel":"010"}"#).is_ok());
    }

    #[test]
    fn hints_and_messages_use_wire_names() {
        let err = parse(r#"{"merchantUid":"m","buyerNmae":"n"}"#).unwrap_err();
        assert!(
            err.starts_with(r#"unknown field "buyerNmae": did you mean `buyerName`?"#),
            "{err}"
        );
        assert!(
            err.contains("`merchantUid`, `buyerName`, `tel`, `phone`)"),
            "{err}"
        );
        assert!(!err.contains("`cache`"), "{err}");
        let err = parse(r#"{"merchantUid":"m","buyerName":null}"#).unwrap_err();
        assert!(err.starts_with(r#""buyerName" is null"#), "{err}");
        let err = parse(r#"{"merchant_uid":"m"}"#).unwrap_err();
        assert!(err.contains("did you mean `merchantUid`?"), "{err}");
    }
}
