//! Strings that break careless code, for tests of pages, logs and
//! parsers: script breakers, line and paragraph separators, NUL, ESC, a
//! bidi override, quotes and backslashes, separators of forms and
//! templates (the reference's pitfalls §3). The simulator serves them as
//! JSON at `GET /__sim/hostile`, so a browser test reads the same list as
//! a Rust one.

/// The strings, one mistake each.
pub const STRINGS: [&str; 10] = [
    "</script><script>alert(1)</script>",
    "</SCRIPT >",
    "a\u{2028}b\u{2029}c",
    "\u{0}",
    "\u{1b}",
    "\u{202e}",
    "O'Brien \"Quote\" \\ back\\slash",
    "A, B & C: D=E",
    "${alert(1)}",
    "{{7*7}}",
];
