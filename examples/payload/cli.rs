//! The `payload` command, shared by the example's `main` and its tests.

use std::ffi::OsString;
use std::fmt::Write as _;
use std::io::{Read, Write};

use iamport::embed::ScriptSafeJson;
use iamport::outcome::{PaymentCallback, Webhook};
use iamport::request_pay::{
    BillingKeyRegistration, ChaiBillingKeyRegistration, ChaiPayment, OneOffPayment,
};
use iamport::rest::{
    Again, CancelPayment, GetToken, IssueBillingKey, Onetime, Schedule, Unschedule,
};

/// The largest input accepted: 1 MiB.
const MAX_INPUT: usize = 1 << 20;

/// The kinds `embed` takes: the params of `IMP.request_pay`.
const SDK_KINDS: &[&str] = &["payment", "billing-key", "chai-payment", "chai-billing-key"];

/// Indentation grows by two spaces a level up to this depth; a value nested
/// deeper is written compactly on the line where it starts, so that the
/// pretty output stays linear in the size of its input.
const MAX_INDENT_DEPTH: usize = 32;

/// The element id `embed` uses without `--id`.
const DEFAULT_ID: &str = "iamport-payment";

/// Each kind: name, what it is, whether the SDK takes it, and whether it is
/// a response (whose unknown keys are kept).
const KINDS: &[(&str, &str)] = &[
    ("payment", "IMP.request_pay params of a one-off payment"),
    (
        "billing-key",
        "IMP.request_pay params of a billing-key registration (with customer_uid)",
    ),
    (
        "chai-payment",
        "IMP.request_pay params of a CHAI one-off payment (the CHAI profile)",
    ),
    (
        "chai-billing-key",
        "IMP.request_pay params of a CHAI billing-key registration (the CHAI profile)",
    ),
    (
        "again",
        "body of POST /subscribe/payments/again (charge a billing key)",
    ),
    (
        "onetime",
        "body of POST /subscribe/payments/onetime (key-in payment)",
    ),
    ("schedule", "body of POST /subscribe/payments/schedule"),
    ("unschedule", "body of POST /subscribe/payments/unschedule"),
    (
        "issue-billing-key",
        "POST /subscribe/customers/{customer_uid}: the body plus customer_uid",
    ),
    ("get-token", "body of POST /users/getToken"),
    ("cancel", "body of POST /payments/cancel"),
    (
        "rsp",
        "the object the SDK hands to the IMP.request_pay callback (unknown keys kept)",
    ),
    (
        "webhook",
        "the body of a PortOne webhook (unknown keys kept)",
    ),
];

const HELP: &str = "\
payload: check and embed PortOne V1 (iamport) payloads

USAGE:
    payload check KIND [FILE] [--pretty]
    payload embed KIND [FILE] [--id ID]
    payload kinds
    payload --help

check   Reads one JSON document from FILE (standard input when FILE is absent
        or `-`), parses it as KIND with every check of the typed model, and
        prints the canonical JSON on standard output (compact, or indented
        with --pretty, where values over 32 levels deep stay compact), exit
        status 0. The output is the full document, card data and secrets
        included: it is the body to send. Response kinds (rsp, webhook)
        keep keys the crate does not know.
embed   Checks the same way, then prints an HTML fragment for a checkout
        page: <script type=\"application/json\" id=ID> holding JSON escaped for
        a script element, ready for JSON.parse. SDK kinds only (payment,
        billing-key, chai-payment, chai-billing-key). The default id is
        `iamport-payment`.
kinds   Lists the kinds.

On a problem, each line on standard error names the field by its JSON path
(for example `schedules[1].amount: ...`), and the exit status is 2. Keys and
values in a problem are quoted and escaped, so every problem is one line,
and card data or secrets are never repeated. Input over 1 MiB, empty input
and malformed JSON are problems too, and so is an argument (a file name
included) that is not UTF-8. Numbers are printed as written: an amount is
read from its digits, never rounded.
";

/// Runs the command with `args` (without the program name, as the operating
/// system gave them, so not necessarily UTF-8); returns the exit status.
pub(crate) fn run(
    args: &[OsString],
    stdin: &mut dyn Read,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> i32 {
    match run_inner(args, stdin, stdout) {
        Ok(()) => 0,
        Err(problems) => {
            for problem in problems {
                let _ = writeln!(stderr, "{problem}");
            }
            2
        }
    }
}

/// Every argument as UTF-8 text, or one problem naming the first one that is
/// not (a file name included: the command reads file names as text).
fn utf8_args(args: &[OsString]) -> Result<Vec<&str>, String> {
    args.iter()
        .enumerate()
        .map(|(i, arg)| {
            arg.to_str().ok_or_else(|| {
                format!(
                    "argument {} is not UTF-8 text: {} (invalid bytes shown as U+FFFD); \
                     give file names and values in UTF-8, or the document on standard input",
                    i.saturating_add(1),
                    iamport::value::quoted(&arg.to_string_lossy())
                )
            })
        })
        .collect()
}

fn run_inner(
    args: &[OsString],
    stdin: &mut dyn Read,
    stdout: &mut dyn Write,
) -> Result<(), Vec<String>> {
    let one = |s: String| vec![s];
    let args = utf8_args(args).map_err(one)?;
    match args.first().copied() {
        None | Some("--help" | "-h" | "help") => {
            write_out(stdout, HELP)?;
            Ok(())
        }
        Some("kinds") => {
            let width = KINDS.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
            let mut text = String::new();
            for (kind, what) in KINDS {
                let _ = writeln!(text, "{kind:width$}  {what}");
            }
            write_out(stdout, &text)
        }
        Some(command @ ("check" | "embed")) => {
            let mut kind = None;
            let mut file = None;
            let mut pretty = false;
            let mut id = None;
            let mut rest = args.iter().skip(1);
            while let Some(arg) = rest.next() {
                match *arg {
                    "--pretty" if command == "check" => pretty = true,
                    "--id" if command == "embed" => {
                        id = Some(
                            *rest
                                .next()
                                .ok_or_else(|| one("--id needs a value".to_owned()))?,
                        );
                    }
                    flag if flag.starts_with("--") => {
                        return Err(one(format!(
                            "unknown option {}; see `payload --help`",
                            iamport::value::quoted(flag)
                        )));
                    }
                    value if kind.is_none() => kind = Some(value),
                    value if file.is_none() => file = Some(value),
                    value => {
                        return Err(one(format!(
                            "unexpected argument {}; see `payload --help`",
                            iamport::value::quoted(value)
                        )));
                    }
                }
            }
            let kind =
                kind.ok_or_else(|| one("missing KIND; `payload kinds` lists them".to_owned()))?;
            if !KINDS.iter().any(|(k, _)| *k == kind) {
                return Err(one(format!(
                    "unknown kind {}; `payload kinds` lists them",
                    iamport::value::quoted(kind)
                )));
            }
            if command == "embed" && !SDK_KINDS.contains(&kind) {
                return Err(one(format!(
                    "`embed` takes the SDK kinds `payment`, `billing-key`, `chai-payment` and \
                     `chai-billing-key`, not {}: only those go into a checkout page",
                    iamport::value::quoted(kind)
                )));
            }
            let text = read_input(file, stdin).map_err(one)?;
            let out = if command == "check" {
                let mut json = canonical(kind, &text)?;
                if pretty {
                    json = pretty_json(&json);
                }
                json
            } else {
                embed(kind, &text, id.unwrap_or(DEFAULT_ID))?
            };
            write_out(stdout, &format!("{out}\n"))
        }
        Some(other) => Err(one(format!(
            "unknown command {}; see `payload --help`",
            iamport::value::quoted(other)
        ))),
    }
}

fn write_out(stdout: &mut dyn Write, text: &str) -> Result<(), Vec<String>> {
    stdout
        .write_all(text.as_bytes())
        .map_err(|e| vec![format!("cannot write the output: {e}")])
}

fn read_input(file: Option<&str>, stdin: &mut dyn Read) -> Result<String, String> {
    let mut bytes = Vec::new();
    let limit = (MAX_INPUT + 1) as u64;
    match file {
        None | Some("-") => stdin.take(limit).read_to_end(&mut bytes),
        Some(path) => std::fs::File::open(path)
            .map_err(|e| format!("cannot open {}: {e}", iamport::value::quoted(path)))?
            .take(limit)
            .read_to_end(&mut bytes),
    }
    .map_err(|e| format!("cannot read the input: {e}"))?;
    if bytes.len() > MAX_INPUT {
        return Err("the input is over 1 MiB; a payload is far smaller".to_owned());
    }
    let text = String::from_utf8(bytes).map_err(|_| "the input is not UTF-8 text".to_owned())?;
    if text.trim().is_empty() {
        return Err("the input is empty; give one JSON document".to_owned());
    }
    Ok(text)
}

/// Parses `text` as `T` and reports a problem as `path: message`, one line
/// (`ParseError` quotes and escapes what it shows of the input).
fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, Vec<String>> {
    iamport::from_json::<T>(text).map_err(|e| {
        vec![if e.path() == "." {
            e.message().to_owned()
        } else {
            format!("{}: {}", e.path(), e.message())
        }]
    })
}

/// The document as written, without insignificant whitespace: a response
/// kind keeps keys the crate does not know, and every number as written.
fn as_written(text: &str) -> Result<String, Vec<String>> {
    let raw = parse::<Box<serde_json::value::RawValue>>(text)?;
    Ok(reformat(raw.get(), false))
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<String, Vec<String>> {
    serde_json::to_string(value).map_err(|e| vec![format!("cannot write the JSON: {e}")])
}

/// The canonical JSON of `text` read as `kind`.
fn canonical(kind: &str, text: &str) -> Result<String, Vec<String>> {
    match kind {
        "payment" => to_json(&parse::<OneOffPayment>(text)?),
        "billing-key" => to_json(&parse::<BillingKeyRegistration>(text)?),
        "chai-payment" => to_json(&parse::<ChaiPayment>(text)?),
        "chai-billing-key" => to_json(&parse::<ChaiBillingKeyRegistration>(text)?),
        "again" => to_json(&parse::<Again>(text)?),
        "onetime" => to_json(&parse::<Onetime>(text)?),
        "schedule" => to_json(&parse::<Schedule>(text)?),
        "unschedule" => to_json(&parse::<Unschedule>(text)?),
        "issue-billing-key" => to_json(&parse::<IssueBillingKey>(text)?),
        "get-token" => to_json(&parse::<GetToken>(text)?),
        "cancel" => to_json(&parse::<CancelPayment>(text)?),
        // Responses: checked through their type, written as given (with
        // the keys this version does not know).
        "rsp" => {
            parse::<PaymentCallback>(text)?;
            as_written(text)
        }
        "webhook" => {
            parse::<Webhook>(text)?;
            as_written(text)
        }
        other => Err(vec![format!("unknown kind {other:?}")]),
    }
}

/// `compact` (valid JSON) indented two spaces a level, one member a line.
/// Its work and memory are linear in the length of `compact`: the
/// indentation is written into the one output buffer as it goes, and a
/// value nested deeper than [`MAX_INDENT_DEPTH`] levels is written
/// compactly, so no line is indented by more than 64 spaces.
pub(crate) fn pretty_json(compact: &str) -> String {
    reformat(compact, true)
}

/// Valid JSON text re-laid out by its characters, so that every number and
/// string stays exactly as written: compact, or with `pretty` one member a
/// line, indented two spaces a level down to [`MAX_INDENT_DEPTH`] and
/// compact below it. One pass, no recursion: every input character is
/// looked at once, and every output character is written once.
fn reformat(json: &str, pretty: bool) -> String {
    // Indentation is a run of spaces taken from here: at most two per level
    // of `MAX_INDENT_DEPTH`.
    const SPACES: &str = "                                                                ";
    const _: () = assert!(SPACES.len() == 2 * MAX_INDENT_DEPTH);
    // A line break inside a container at `depth` (1 inside the outermost
    // one), indented for `indent` levels; nothing when compact, or when the
    // container is nested too deep to be laid out.
    let newline = |out: &mut String, depth: usize, indent: usize| {
        if pretty && depth <= MAX_INDENT_DEPTH {
            out.push('\n');
            out.push_str(SPACES.get(..indent.saturating_mul(2)).unwrap_or(SPACES));
        }
    };
    let mut out = String::with_capacity(json.len().saturating_add(json.len() / 2));
    let mut depth = 0usize;
    let (mut in_string, mut escaped) = (false, false);
    let mut chars = json.chars().peekable();
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                while chars.peek().is_some_and(char::is_ascii_whitespace) {
                    chars.next();
                }
                // An empty container stays on one line: `{}`, `[]`.
                if let Some(close @ ('}' | ']')) = chars.peek().copied() {
                    chars.next();
                    out.push(close);
                    continue;
                }
                depth = depth.saturating_add(1);
                newline(&mut out, depth, depth);
            }
            '}' | ']' => {
                newline(&mut out, depth, depth.saturating_sub(1));
                depth = depth.saturating_sub(1);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth, depth);
            }
            ':' => out.push_str(if pretty && depth <= MAX_INDENT_DEPTH {
                ": "
            } else {
                ":"
            }),
            c if c.is_ascii_whitespace() => {}
            c => out.push(c),
        }
    }
    out
}

fn embed(kind: &str, text: &str, id: &str) -> Result<String, Vec<String>> {
    let element = match kind {
        "payment" => parse::<OneOffPayment>(text)?.to_script_element(id),
        "chai-payment" => parse::<ChaiPayment>(text)?.to_script_element(id),
        "chai-billing-key" => parse::<ChaiBillingKeyRegistration>(text)?.to_script_element(id),
        _ => parse::<BillingKeyRegistration>(text)?.to_script_element(id),
    };
    element.map_err(|e| vec![format!("--id: {e}")])
}
