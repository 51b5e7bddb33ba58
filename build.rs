//! Writes the README into `OUT_DIR` as the documentation of this package
//! (`src/lib.rs`), so that rustdoc compiles and runs every `rust` block of
//! it as a doctest, the way a merchant uses it: pasted into
//! `fn main() -> Result<(), Box<dyn std::error::Error>>`.
//!
//! The README holds plain lines only, since GitHub and crates.io show
//! rustdoc's hidden `# ` lines: the wrapping `fn main` is added here, and a
//! hidden line, a block without a language (which rustdoc would read as
//! Rust) or a Rust block with rustdoc attributes (`rust,ignore`, which would
//! not run) stops the build.

use std::path::Path;

/// The lines rustdoc compiles around each `rust` block, hidden in the docs.
const OPEN: &str = "# fn main() -> Result<(), Box<dyn std::error::Error>> {";
const CLOSE: &str = "# Ok(())\n# }";

fn main() {
    println!("cargo::rerun-if-changed=README.md");
    println!("cargo::rerun-if-changed=build.rs");
    let readme = match std::fs::read_to_string("README.md") {
        Ok(text) => text,
        Err(e) => fail(&format!("cannot read README.md: {e}")),
    };
    let doc = match wrap(&readme) {
        Ok(doc) => doc,
        Err(problem) => fail(&format!("README.md: {problem}")),
    };
    let Some(out_dir) = std::env::var_os("OUT_DIR") else {
        fail("OUT_DIR is not set; run through cargo")
    };
    let out = Path::new(&out_dir).join("README.md");
    if let Err(e) = std::fs::write(&out, doc) {
        fail(&format!("cannot write {}: {e}", out.display()));
    }
}

fn fail(problem: &str) -> ! {
    eprintln!("error: {problem}");
    std::process::exit(1)
}

/// `readme` with each `rust` block wrapped in [`OPEN`] and [`CLOSE`].
fn wrap(readme: &str) -> Result<String, String> {
    let mut out = String::with_capacity(readme.len().saturating_add(1024));
    // `Some(is_rust)` inside a fenced block.
    let mut block: Option<bool> = None;
    for (number, line) in readme.lines().enumerate() {
        let number = number.saturating_add(1);
        let fence = line.trim_start().strip_prefix("```");
        match (block, fence) {
            (None, Some(info)) => {
                let info = info.trim();
                let is_rust = match info {
                    "rust" => true,
                    "" => {
                        return Err(format!(
                            "line {number}: a block without a language is Rust to rustdoc; \
                             write ```rust, or ```text for other text"
                        ));
                    }
                    _ if info.starts_with("rust") => {
                        return Err(format!(
                            "line {number}: write plain ```rust, not ```{info}: every Rust \
                             block of the README is compiled and run as shown"
                        ));
                    }
                    _ => false,
                };
                out.push_str(line);
                out.push('\n');
                if is_rust {
                    out.push_str(OPEN);
                    out.push('\n');
                }
                block = Some(is_rust);
            }
            (Some(is_rust), Some(_)) => {
                if is_rust {
                    out.push_str(CLOSE);
                    out.push('\n');
                }
                out.push_str(line);
                out.push('\n');
                block = None;
            }
            (Some(true), None) => {
                let code = line.trim_start();
                if code == "#" || code.starts_with("# ") {
                    return Err(format!(
                        "line {number}: `{code}` is a rustdoc hidden line, which GitHub and \
                         crates.io show; the README's blocks hold plain lines (this build \
                         script wraps each in `fn main`)"
                    ));
                }
                out.push_str(line);
                out.push('\n');
            }
            (_, None) => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    if block.is_some() {
        return Err("a code block is not closed".to_owned());
    }
    Ok(out)
}
