//! The `payload` command (`examples/payload`): every kind, every problem.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;

use crate::helpers::{run, run_os};

/// One valid document per kind.
const SAMPLES: &[(&str, &str)] = &[
    (
        "payment",
        r#"{"pg":"chai","pay_method":"trans","merchant_uid":"order_no_0001","amount":1004,"m_redirect_url":"https://a.example/r"}"#,
    ),
    (
        "billing-key",
        r#"{"pg":"chai","pay_method":"trans","merchant_uid":"m","customer_uid":"c","amount":0,"m_redirect_url":"https://a.example/r"}"#,
    ),
    (
        "chai-payment",
        r#"{"pg":"chai","pay_method":"trans","merchant_uid":"order_no_0001","amount":1004,"m_redirect_url":"https://a.example/r"}"#,
    ),
    (
        "chai-billing-key",
        r#"{"pg":"chai","pay_method":"trans","merchant_uid":"m","amount":0,"customer_uid":"c","m_redirect_url":"https://a.example/r"}"#,
    ),
    (
        "again",
        r#"{"customer_uid":"c","merchant_uid":"m","amount":3000,"name":"n"}"#,
    ),
    (
        "onetime",
        r#"{"merchant_uid":"m","card_number":"1234-1234-1234-1234","expiry":"2025-12","amount":3000}"#,
    ),
    (
        "schedule",
        r#"{"customer_uid":"c","schedules":[{"merchant_uid":"m","schedule_at":1519862400,"currency":"KRW","amount":8900,"name":"n"}]}"#,
    ),
    ("unschedule", r#"{"customer_uid":"c","merchant_uid":["m"]}"#),
    (
        "issue-billing-key",
        r#"{"customer_uid":"c","channel_key":"k","card_number":"1234-1234-1234-1234","expiry":"2025-12"}"#,
    ),
    ("get-token", r#"{"imp_key":"k","imp_secret":"s"}"#),
    (
        "cancel",
        r#"{"imp_uid":"imp_1","amount":1000,"checksum":1000}"#,
    ),
    (
        "rsp",
        r#"{"success":true,"imp_uid":"imp_1","merchant_uid":"m","paid_amount":1000,"pg_type":"payment"}"#,
    ),
    (
        "webhook",
        r#"{"imp_uid":"imp_1","merchant_uid":"m","status":"paid","tx_id":"new-field"}"#,
    ),
];

#[test]
fn every_kind_checks_and_prints_the_same_document() {
    for (kind, sample) in SAMPLES {
        let (code, out, err) = run(&["check", kind], sample);
        assert_eq!(code, 0, "{kind}: {err}");
        let printed: serde_json::Value = serde_json::from_str(&out).unwrap();
        let given: serde_json::Value = serde_json::from_str(sample).unwrap();
        assert_eq!(printed, given, "{kind}");
        let (code, pretty, _) = run(&["check", kind, "-", "--pretty"], sample);
        assert_eq!(code, 0);
        assert!(pretty.contains("\n  "), "{kind}: not indented");
    }
}

#[test]
fn problems_name_the_path_and_exit_2() {
    let cases = [
        (
            "schedule",
            r#"{"customer_uid":"c","schedules":[{"merchant_uid":"m","schedule_at":1,"amount":1,"name":"n"},{"merchant_uid":"m2","schedule_at":1,"amount":"1","name":"n"}]}"#,
            "schedules[1].amount: invalid `amount`: must be a JSON number, not a string",
        ),
        (
            "payment",
            r#"{"merchant_uid":"m","amount":1,"locale":"ko"}"#,
            "unknown field \"locale\": did you mean `language`?",
        ),
        (
            "payment",
            r#"{"merchant_uid":"m","amount":1,"card":{"detail":[{"card_code":"999"}]}}"#,
            "card.detail[0].card_code: invalid `CardCode`",
        ),
        (
            "again",
            r#"{"customer_uid":"c","merchant_uid":"m","amount":1}"#,
            "missing field `name`",
        ),
        (
            "onetime",
            r#"{"merchant_uid":"m","card_number":"1234","expiry":"2025-12","amount":1}"#,
            "card_number: invalid `card_number`",
        ),
        ("payment", "{", "EOF while parsing"),
        ("payment", "", "the input is empty"),
        ("payment", "   \n", "the input is empty"),
        (
            "payment",
            "[1,2]",
            "invalid type: a JSON array, expected a JSON object",
        ),
    ];
    for (kind, input, expected) in cases {
        let (code, out, err) = run(&["check", kind], input);
        assert_eq!(code, 2, "{kind} {input}");
        assert!(out.is_empty(), "{kind}: printed {out}");
        assert!(
            err.contains(expected),
            "{kind} {input}: got {err:?}, expected {expected:?}"
        );
        assert_eq!(err.lines().count(), 1, "{err}");
    }
}

#[test]
fn diagnostics_never_repeat_card_data() {
    let (code, _, err) = run(
        &["check", "onetime"],
        r#"{"merchant_uid":"m","card_number":"9876-5432-1098-765x","expiry":"2025-12","amount":1}"#,
    );
    assert_eq!(code, 2);
    assert!(!err.contains("9876"), "{err}");
}

#[test]
fn input_over_a_mebibyte_is_refused() {
    let big = format!(
        r#"{{"merchant_uid":"m","amount":1,"buyer_addr":"{}"}}"#,
        "a".repeat(1 << 20)
    );
    let (code, _, err) = run(&["check", "payment"], &big);
    assert_eq!(code, 2);
    assert!(err.contains("over 1 MiB"), "{err}");
}

#[test]
fn embed_writes_a_script_safe_element_for_sdk_kinds_only() {
    let input = r#"{"merchant_uid":"m","amount":1000,"name":"</script><script>alert(1)</script>"}"#;
    let (code, out, err) = run(&["embed", "payment"], input);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with(r#"<script type="application/json" id="iamport-payment">"#),
        "{out}"
    );
    assert!(!out.contains("</script><script>"), "{out}");
    let (code, out, _) = run(&["embed", "billing-key", "-", "--id", "bk"], SAMPLES[1].1);
    assert_eq!(code, 0);
    assert!(out.contains(r#"id="bk""#));
    let (code, _, err) = run(&["embed", "again"], SAMPLES[2].1);
    assert_eq!(code, 2);
    assert!(err.contains("`embed` takes the SDK kinds"), "{err}");
    let (code, _, err) = run(&["embed", "payment", "-", "--id", "a\"b"], SAMPLES[0].1);
    assert_eq!(code, 2);
    assert!(err.contains("--id"), "{err}");
}

#[test]
fn help_kinds_and_usage_errors() {
    let (code, out, _) = run(&["--help"], "");
    assert_eq!(code, 0);
    assert!(out.contains("payload check KIND [FILE]"));
    let (code, out, _) = run(&["kinds"], "");
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), SAMPLES.len());
    for (args, expected) in [
        (vec!["check"], "missing KIND"),
        (vec!["check", "refund"], "unknown kind \"refund\""),
        (vec!["frobnicate"], "unknown command"),
        (vec!["check", "payment", "a", "b"], "unexpected argument"),
        (
            vec!["check", "payment", "/nonexistent/file.json"],
            "cannot open \"/nonexistent/file.json\"",
        ),
    ] {
        let (code, _, err) = run(&args, "{}");
        assert_eq!(code, 2, "{args:?}");
        assert!(err.contains(expected), "{args:?}: {err}");
    }
}

/// `pitfalls.md` §3 through `payload check`: each input round-trips or is
/// rejected with a line that names the field.
#[test]
fn pitfall_inputs_rejected_by_the_command() {
    let rejected = [
        (
            "payment",
            r#"{"merchant_uid":"m","amount":"64900"}"#,
            "amount",
        ),
        ("payment", r#"{"merchant_uid":"m","amount":-1}"#, "amount"),
        ("payment", r#"{"merchant_uid":"m","amount":0}"#, "amount"),
        (
            "payment",
            r#"{"merchant_uid":"m","amount":100.5}"#,
            "amount",
        ),
        (
            "payment",
            r#"{"merchant_uid":"m","amount":9007199254740992}"#,
            "amount",
        ),
        (
            "payment",
            &format!(r#"{{"merchant_uid":"{}","amount":1}}"#, "가".repeat(41)),
            "merchant_uid",
        ),
        (
            "payment",
            r#"{"merchant_uid":"","amount":1}"#,
            "merchant_uid",
        ),
        (
            "payment",
            &format!(
                r#"{{"merchant_uid":"m","amount":1,"name":"{}"}}"#,
                "😀".repeat(21)
            ),
            "name",
        ),
        (
            "billing-key",
            &format!(
                r#"{{"merchant_uid":"m","customer_uid":"{}"}}"#,
                "c".repeat(81)
            ),
            "customer_uid",
        ),
        (
            "payment",
            r#"{"merchant_uid":"m","amount":1,"m_redirect_url":"javascript:alert(1)"}"#,
            "m_redirect_url",
        ),
        (
            "payment",
            r#"{"merchant_uid":"m","amount":1,"m_redirect_url":"/done"}"#,
            "m_redirect_url",
        ),
        (
            "payment",
            r#"{"merchant_uid":"m","amount":1,"m_redirect_url":"data:text/html,x"}"#,
            "m_redirect_url",
        ),
        (
            "payment",
            r#"{"merchant_uid":"m","amount":1,"buyer_email":"a@b.c\"><img src=x onerror=alert(1)>"}"#,
            "buyer_email",
        ),
        (
            "webhook",
            r#"{"imp_uid":"i","merchant_uid":"m","imp_uid":"j"}"#,
            "the key \"imp_uid\" is given twice",
        ),
        ("webhook", r#"{"imp_uid":1,"merchant_uid":"m"}"#, "imp_uid"),
    ];
    for (kind, input, field) in rejected {
        let (code, _, err) = run(&["check", kind], input);
        assert_eq!(code, 2, "{kind} {input} accepted");
        assert!(
            err.contains(field),
            "{kind} {input}: {err:?} does not name {field}"
        );
    }
}

#[test]
fn pitfall_inputs_that_round_trip() {
    let accepted = [
        ("payment", r#"{"merchant_uid":"a/b","amount":1}"#),
        ("payment", r#"{"merchant_uid":"../x","amount":1}"#),
        ("payment", r#"{"merchant_uid":"%2F?x=1#","amount":1}"#),
        (
            "payment",
            &format!(r#"{{"merchant_uid":"{}","amount":1}}"#, "가".repeat(40)),
        ),
        (
            "payment",
            r#"{"merchant_uid":"m","amount":1,"name":"</script><script>alert(1)</script>","custom_data":{"amount":2}}"#,
        ),
        (
            "payment",
            r#"{"merchant_uid":"m","amount":1,"buyer_name":"a\u2028b\u2029c\u0000\u001b\u202e${alert(1)}{{7*7}}"}"#,
        ),
        (
            "webhook",
            r#"{"imp_uid":"i","merchant_uid":"m","status":"paid","unknown":{"x":[1]}}"#,
        ),
    ];
    for (kind, input) in accepted {
        let (code, out, err) = run(&["check", kind], input);
        assert_eq!(code, 0, "{kind} {input}: {err}");
        let printed: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(
            printed,
            serde_json::from_str::<serde_json::Value>(input).unwrap(),
            "{kind} {input}"
        );
    }
}

/// An argument that is not UTF-8, a file name or any other, is one problem
/// on one line and exit status 2, not a panic.
#[test]
fn arguments_that_are_not_utf8_are_one_problem() {
    let name = OsStr::from_bytes(b"order\xff\n\xfe.json");
    let cases: [&[&OsStr]; 4] = [
        // The file name.
        &[OsStr::new("check"), OsStr::new("payment"), name],
        // The kind, a flag and the command itself.
        &[OsStr::new("check"), OsStr::from_bytes(b"pay\x80ment")],
        &[
            OsStr::new("embed"),
            OsStr::new("payment"),
            OsStr::new("-"),
            OsStr::new("--id"),
            OsStr::from_bytes(b"\xc3\x28"),
        ],
        &[OsStr::from_bytes(b"\xffcheck")],
    ];
    for args in cases {
        let (code, out, err) = run_os(args, SAMPLES[0].1);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?}: printed {out}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err:?}");
        assert!(err.contains("is not UTF-8 text"), "{args:?}: {err}");
    }
    let (_, _, err) = run_os(cases[0], "");
    assert!(
        err.starts_with("argument 3 is not UTF-8 text: \"order\u{fffd}\\n\u{fffd}.json\""),
        "{err}"
    );
}

/// A file name with a line break is quoted: still one line.
#[test]
fn a_file_that_cannot_be_opened_is_one_line() {
    let (code, _, err) = run(&["check", "payment", "/nonexistent/a\nb: forged"], "");
    assert_eq!(code, 2);
    assert_eq!(err.lines().count(), 1, "{err:?}");
    assert!(
        err.contains(r#"cannot open "/nonexistent/a\nb: forged""#),
        "{err}"
    );
}

/// `--pretty` is linear in its input: nesting 32,000 deep (64 KB) prints,
/// its output is a small multiple of the input, and twice the depth gives
/// about twice the output. The command itself refuses nesting that deep
/// when it parses (`serde_json`'s limit of 128), so the printer is called
/// directly.
#[test]
fn pretty_printing_is_linear_in_the_input() {
    let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    let small = crate::cli::pretty_json(&nested(16_000));
    let large = crate::cli::pretty_json(&nested(32_000));
    let input = nested(32_000).len();
    assert!(
        large.len() < 2 * input,
        "{} bytes from {input}",
        large.len()
    );
    // The innermost array is the compact `[]`; the deepest levels are
    // written compactly, the outer ones indented.
    assert!(large.contains("[[[]]]"));
    assert!(
        large.starts_with("[\n  [\n    [\n"),
        "{:?}",
        large.get(..40)
    );
    // Twice the input, about twice the output (1.9 to 2.1 times).
    assert!(
        (small.len() * 19..small.len() * 21).contains(&(large.len() * 10)),
        "{} bytes for 16,000 levels, {} for 32,000",
        small.len(),
        large.len()
    );
    // Wide documents too: 10,000 members a level, one a line.
    let wide = format!("[[[{}]]]", vec!["1"; 10_000].join(","));
    let pretty = crate::cli::pretty_json(&wide);
    assert!(
        pretty.len() < 5 * wide.len(),
        "{} bytes from {}",
        pretty.len(),
        wide.len()
    );
    assert_eq!(pretty.lines().count(), 10_000 + 6);
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&pretty).unwrap(),
        serde_json::from_str::<serde_json::Value>(&wide).unwrap()
    );
}

/// The layout `--pretty` has always had: two spaces a level, `": "`, empty
/// containers on one line, numbers and strings as written.
#[test]
fn pretty_layout_is_unchanged() {
    let compact = r#"{"a":[1,2.50,{}],"b":{"c":"x,\"{:}[","d":[]},"e":1E+2}"#;
    assert_eq!(
        crate::cli::pretty_json(compact),
        "{\n  \"a\": [\n    1,\n    2.50,\n    {}\n  ],\n  \"b\": {\n    \"c\": \"x,\\\"{:}[\",\n    \"d\": []\n  },\n  \"e\": 1E+2\n}"
    );
    let (code, out, err) = run(
        &["check", "webhook", "--pretty"],
        r#"{"imp_uid":"i","merchant_uid":"m","status":"paid","x":{"y":[1.0, 2]}}"#,
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "{\n  \"imp_uid\": \"i\",\n  \"merchant_uid\": \"m\",\n  \"status\": \"paid\",\n  \"x\": {\n    \"y\": [\n      1.0,\n      2\n    ]\n  }\n}\n"
    );
}
