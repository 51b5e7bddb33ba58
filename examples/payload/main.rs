//! `payload`: checks PortOne V1 payloads that other code produced, and
//! embeds SDK params in a checkout page. `cargo run --example payload --
//! --help` explains it; the logic is in `cli.rs`, which the tests run too.

mod cli;

fn main() {
    // `args_os`: an argument that is not UTF-8 is a problem the command
    // reports (exit status 2), not a panic.
    let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    let code = cli::run(
        &args,
        &mut std::io::stdin().lock(),
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
    );
    std::process::exit(code);
}
