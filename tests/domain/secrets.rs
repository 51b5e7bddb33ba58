//! No secret reaches `Debug` or `Display`: one walk over every public type
//! that holds a secret, a token, card data (number, expiry, birth date,
//! the password's 2 digits, CVC), a 3-D Secure token or a refund account,
//! set with planted values, and over the errors made from those values.
//! Each text, `{:?}`, `{:#?}` and `{}` where the type has it, must hold none
//! of the planted values.
//!
//! Not here: the card numbers of responses (`Payment`, `BillingKey`, the
//! SDK callback) are the masked numbers PortOne sends (`536648*********4`),
//! and are shown.

use std::fmt::{Debug, Display};

use iamport::rest::{
    AccessToken, Birth, CancelPayment, CardExpiry, CardNumber, Cvc, Envelope, GetToken,
    IssueBillingKey, Onetime, Pwd2Digit, Schedule, Token,
};

use crate::helpers::{amt, cuid, uid};

/// The planted values, each unlike anything else a type shows.
const CARD_NUMBER: &str = "9410-7777-3333-5555";
const EXPIRY: &str = "2031-07";
const BIRTH: &str = "880214";
const PWD_2DIGIT: &str = "86";
const CVC: &str = "917";
const IMP_SECRET: &str = "imp-secret-PLANTED";
const ACCESS_TOKEN: &str = "access-token-PLANTED";
const SECURE_3D_TOKEN: &str = "secure-3d-token-PLANTED";
const REFUND_HOLDER: &str = "refund-holder-PLANTED";
const REFUND_BANK: &str = "refund-bank-PLANTED";
const REFUND_ACCOUNT: &str = "110-234-567890";
const REFUND_TEL: &str = "010-5555-0199";

/// Every planted value, and the card number without its hyphens.
const PLANTED: &[&str] = &[
    CARD_NUMBER,
    "9410777733335555",
    "7777-3333",
    EXPIRY,
    BIRTH,
    PWD_2DIGIT,
    CVC,
    IMP_SECRET,
    ACCESS_TOKEN,
    SECURE_3D_TOKEN,
    REFUND_HOLDER,
    REFUND_BANK,
    REFUND_ACCOUNT,
    "567890",
    REFUND_TEL,
    "5555-0199",
];

fn assert_hidden(what: &str, text: &str) {
    for secret in PLANTED {
        assert!(!text.contains(secret), "{what} shows {secret:?}:\n{text}");
    }
}

/// `{:?}` and `{:#?}` of `value` hold no planted value.
fn debug_hides<T: Debug>(what: &str, value: &T) {
    assert_hidden(what, &format!("{value:?}"));
    assert_hidden(what, &format!("{value:#?}"));
}

/// `Debug` and `Display` of `value` hold no planted value.
fn both_hide<T: Debug + Display>(what: &str, value: &T) {
    debug_hides(what, value);
    assert_hidden(what, &value.to_string());
}

/// A document holding every planted value it can, as text.
fn onetime_json() -> String {
    format!(
        r#"{{"merchant_uid":"order-1","amount":60000,"card_number":"{CARD_NUMBER}",
            "expiry":"{EXPIRY}","birth":"{BIRTH}","pwd_2digit":"{PWD_2DIGIT}","cvc":"{CVC}",
            "customer_uid":"cust-1","secure_3d_charge_id":"charge-1",
            "secure_3d_token":"{SECURE_3D_TOKEN}","buyer_name":"Kim"}}"#
    )
}

fn cancel_json() -> String {
    format!(
        r#"{{"imp_uid":"imp_123412341234","amount":1000,"reason":"changed mind",
            "refund_holder":"{REFUND_HOLDER}","refund_bank":"{REFUND_BANK}",
            "refund_account":"{REFUND_ACCOUNT}","refund_tel":"{REFUND_TEL}"}}"#
    )
}

fn issue_billing_key_json() -> String {
    format!(
        r#"{{"customer_uid":"cust-1","channel_key":"channel-key-1","card_number":"{CARD_NUMBER}",
            "expiry":"{EXPIRY}","birth":"{BIRTH}","pwd_2digit":"{PWD_2DIGIT}","cvc":"{CVC}"}}"#
    )
}

fn schedule_json() -> String {
    format!(
        r#"{{"customer_uid":"cust-1","card_number":"{CARD_NUMBER}","expiry":"{EXPIRY}",
            "birth":"{BIRTH}","pwd_2digit":"{PWD_2DIGIT}","cvc":"{CVC}",
            "schedules":[{{"merchant_uid":"order-1","schedule_at":4102444800,"amount":60000,"name":"plan"}}]}}"#
    )
}

fn token_json() -> String {
    format!(r#"{{"access_token":"{ACCESS_TOKEN}","expired_at":1700001800,"now":1700000000}}"#)
}

fn parsed<T: serde::de::DeserializeOwned>(what: &str, json: &str) -> T {
    iamport::from_json(json).unwrap_or_else(|e| panic!("{what} does not parse: {e}"))
}

#[test]
fn no_public_type_shows_a_secret() {
    // The card data, each on its own.
    let number = CardNumber::new(CARD_NUMBER).unwrap();
    let expiry = CardExpiry::new(EXPIRY).unwrap();
    let birth = Birth::new(BIRTH).unwrap();
    let pwd = Pwd2Digit::new(PWD_2DIGIT).unwrap();
    let cvc = Cvc::new(CVC).unwrap();
    debug_hides("CardNumber", &number);
    debug_hides("CardExpiry", &expiry);
    debug_hides("Birth", &birth);
    debug_hides("Pwd2Digit", &pwd);
    debug_hides("Cvc", &cvc);

    // `POST /users/getToken` and its answer.
    let get_token = GetToken::builder()
        .imp_key("imp-key-1")
        .imp_secret(IMP_SECRET)
        .build();
    debug_hides("GetToken", &get_token);
    debug_hides(
        "GetToken (parsed)",
        &parsed::<GetToken>(
            "GetToken",
            &format!(r#"{{"imp_key":"k","imp_secret":"{IMP_SECRET}"}}"#),
        ),
    );
    debug_hides(
        "GetToken builder",
        &GetToken::builder().imp_secret(IMP_SECRET),
    );
    let token = parsed::<Token>("Token", &token_json());
    assert_eq!(token.access_token.expose(), ACCESS_TOKEN);
    debug_hides("Token", &token);
    debug_hides::<AccessToken>("AccessToken", &token.access_token);
    let envelope = parsed::<Envelope<Token>>(
        "Envelope<Token>",
        &format!(r#"{{"code":0,"message":null,"response":{}}}"#, token_json()),
    );
    debug_hides("Envelope<Token>", &envelope);

    // Key-in payment: card data and the 3-D Secure token.
    let onetime = parsed::<Onetime>("Onetime", &onetime_json());
    debug_hides("Onetime", &onetime);
    let debug = format!("{onetime:?}");
    assert!(
        debug.contains("secure_3d_token: Some(<redacted>)"),
        "{debug}"
    );
    assert!(
        debug.contains("charge-1") && debug.contains("Kim"),
        "{debug}"
    );
    let built = Onetime::builder()
        .merchant_uid(uid("order-1"))
        .amount(amt(60000))
        .card_number(number.clone())
        .expiry(expiry.clone())
        .birth(birth.clone())
        .pwd_2digit(pwd.clone())
        .cvc(cvc.clone())
        .secure_3d_token(SECURE_3D_TOKEN.to_owned());
    debug_hides("Onetime builder", &built);
    debug_hides("Onetime (built)", &built.build().unwrap());

    // Billing key from card data, and a schedule that registers a card.
    debug_hides(
        "IssueBillingKey",
        &parsed::<IssueBillingKey>("IssueBillingKey", &issue_billing_key_json()),
    );
    debug_hides(
        "IssueBillingKey builder",
        &IssueBillingKey::builder()
            .customer_uid(cuid("cust-1"))
            .card_number(number.clone())
            .pwd_2digit(pwd.clone()),
    );
    debug_hides(
        "Schedule",
        &parsed::<Schedule>("Schedule", &schedule_json()),
    );

    // Cancel with a refund account: holder, bank, number and phone.
    let cancel = parsed::<CancelPayment>("CancelPayment", &cancel_json());
    debug_hides("CancelPayment", &cancel);
    let debug = format!("{cancel:?}");
    assert!(
        debug.contains("refund_account: Some(<redacted>)")
            && debug.contains("refund_tel: Some(<redacted>)"),
        "{debug}"
    );
    assert!(debug.contains("changed mind"), "{debug}");
    debug_hides(
        "CancelPayment builder",
        &CancelPayment::builder()
            .refund_holder(REFUND_HOLDER.to_owned())
            .refund_account(REFUND_ACCOUNT.to_owned()),
    );

    // `iamport::Client` (cargo feature `client`) and every `ClientError` it
    // returns are walked by the client's own tests (`tests/client/main.rs`:
    // `every_fault_has_its_own_variant_and_no_secret`,
    // `base_urls_are_https_or_loopback_and_never_shown_with_userinfo`,
    // `each_request_emits_one_event_without_secrets`), which run against a
    // stand-in API.
}

/// The errors made from secret values: a rule broken, a wrong JSON type,
/// an unknown key next to a secret. None repeats the value.
#[test]
fn no_error_shows_a_secret() {
    let bad_card = "9410-7777-3333-555x";
    for err in [
        CardNumber::new(bad_card).unwrap_err(),
        CardNumber::new(CARD_NUMBER.replace('-', " ")).unwrap_err(),
        CardExpiry::new("2031-7").unwrap_err(),
        Birth::new("8802141").unwrap_err(),
        Pwd2Digit::new("861").unwrap_err(),
        Cvc::new("91").unwrap_err(),
    ] {
        both_hide("InvalidValue", &err);
        assert!(!err.to_string().contains("555x"), "{err}");
    }

    let onetime = onetime_json();
    let cancel = cancel_json();
    let documents: Vec<(&str, String)> = vec![
        // A secret of the wrong JSON type.
        (
            "GetToken",
            r#"{"imp_key":"k","imp_secret":110234567890}"#.to_owned(),
        ),
        (
            "GetToken",
            format!(r#"{{"imp_key":"k","imp_secret":["{IMP_SECRET}"]}}"#),
        ),
        (
            "Token",
            r#"{"access_token":110234567890,"expired_at":1,"now":1}"#.to_owned(),
        ),
        (
            "Onetime",
            onetime.replace(&format!("\"{CARD_NUMBER}\""), "9410777733335555"),
        ),
        ("Onetime", onetime.replace(CARD_NUMBER, bad_card)),
        ("Onetime", onetime.replace(&format!("\"{CVC}\""), "917")),
        (
            "Onetime",
            onetime.replace(&format!("\"{SECURE_3D_TOKEN}\""), "110234567890"),
        ),
        (
            "CancelPayment",
            cancel.replace(&format!("\"{REFUND_ACCOUNT}\""), "110234567890"),
        ),
        // A key misspelt next to a secret, and the rule of the refund
        // fields broken.
        (
            "GetToken",
            format!(r#"{{"imp_key":"k","imp_secert":"{IMP_SECRET}"}}"#),
        ),
        (
            "CancelPayment",
            cancel.replace(&format!(r#""refund_bank":"{REFUND_BANK}","#), ""),
        ),
    ];
    for (kind, json) in &documents {
        let err = match *kind {
            "GetToken" => iamport::from_json::<GetToken>(json).unwrap_err(),
            "Token" => iamport::from_json::<Token>(json).unwrap_err(),
            "Onetime" => iamport::from_json::<Onetime>(json).unwrap_err(),
            _ => iamport::from_json::<CancelPayment>(json).unwrap_err(),
        };
        both_hide(&format!("{kind} error for {json}"), &err);
        assert!(!err.to_string().contains("110234567890"), "{err}");
    }
}
