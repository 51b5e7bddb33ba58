//! Helpers the domain tests share.

use iamport::value::{Amount, CustomerUid, MerchantUid};

/// A `merchant_uid` the test knows is valid.
pub fn uid(s: &str) -> MerchantUid {
    MerchantUid::new(s).unwrap()
}

/// A `customer_uid` the test knows is valid.
pub fn cuid(s: &str) -> CustomerUid {
    CustomerUid::new(s).unwrap()
}

/// A whole amount the test knows is valid.
pub fn amt(n: u64) -> Amount {
    Amount::new(n).unwrap()
}

/// Parses with `serde_json` directly; the error as text.
pub fn parse<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, String> {
    serde_json::from_str(json).map_err(|e| e.to_string())
}

/// Runs the `payload` command: exit status, standard output, standard error.
pub fn run(args: &[&str], input: &str) -> (i32, String, String) {
    let args: Vec<String> = args.iter().map(|s| (*s).to_owned()).collect();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = crate::cli::run(&args, &mut input.as_bytes(), &mut out, &mut err);
    (
        code,
        String::from_utf8(out).unwrap(),
        String::from_utf8(err).unwrap(),
    )
}

/// The strings of the reference's pitfalls §3 and more: script breakers,
/// line and paragraph separators, NUL, ESC, bidi overrides, quotes,
/// template syntax.
pub const HOSTILE: &str = "</script><script>alert(1)</script> \u{2028}\u{0}\u{1b}\u{202e} O'Brien \"Quote\" \\ ${alert(1)} {{7*7}}";
