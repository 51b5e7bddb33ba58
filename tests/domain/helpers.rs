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
    let args: Vec<&std::ffi::OsStr> = args.iter().map(std::ffi::OsStr::new).collect();
    run_os(&args, input)
}

/// Runs the `payload` command with arguments as the operating system gives
/// them (not necessarily UTF-8): exit status, standard output, standard
/// error.
pub fn run_os(args: &[&std::ffi::OsStr], input: &str) -> (i32, String, String) {
    let args: Vec<std::ffi::OsString> = args.iter().map(|s| (*s).to_owned()).collect();
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

/// The strings of the reference's pitfalls §3, one at a time: the list
/// `iamport-sim` keeps for every test (the browser test reads it from the
/// simulator).
pub const PITFALL_STRINGS: [&str; 10] = iamport_sim::hostile::STRINGS;

/// A golden file, `tests/golden/{dir}/{name}.json`, as JSON.
pub fn golden(dir: &str, name: &str) -> serde_json::Value {
    let path = format!(
        "{}/tests/golden/{dir}/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// With the environment variable `var` naming a folder (as `scripts/test`
/// sets it), writes what the crate produced there as `{name}.json`, for the
/// TypeScript check.
pub fn write_produced(var: &str, name: &str, json: &str) {
    if let Some(dir) = std::env::var_os(var) {
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            std::path::Path::new(&dir).join(format!("{name}.json")),
            json,
        )
        .unwrap();
    }
}
