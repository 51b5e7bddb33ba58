//! `iamport-sim`: runs the simulator as a process.
//!
//! ```text
//! iamport-sim [--listen 127.0.0.1:9090] [--key KEY] [--secret SECRET] [--notice-url URL] [--sandbox]
//! ```
//!
//! Prints its base URL, merchant code, REST key and secret, then serves
//! until stopped. It binds to loopback unless `--listen` names another
//! address; `--sandbox` makes it a test channel (payments say `sandbox:
//! true`).

use std::net::SocketAddr;
use std::process::ExitCode;

const USAGE: &str = "usage: iamport-sim [--listen ADDRESS:PORT] [--key KEY] [--secret SECRET] [--notice-url URL] [--sandbox]";

fn main() -> ExitCode {
    let mut builder = iamport_sim::Sim::builder().listen(SocketAddr::from(([127, 0, 0, 1], 9090)));
    let mut args = std::env::args_os().skip(1);
    while let Some(flag) = args.next() {
        let Some(flag) = flag.to_str().map(str::to_owned) else {
            eprintln!("iamport-sim: an argument is not UTF-8\n{USAGE}");
            return ExitCode::from(2);
        };
        if flag == "--help" || flag == "-h" {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        if flag == "--sandbox" {
            builder = builder.sandbox(true);
            continue;
        }
        let Some(value) = args.next().and_then(|v| v.into_string().ok()) else {
            eprintln!("iamport-sim: {flag} needs a value\n{USAGE}");
            return ExitCode::from(2);
        };
        builder = match flag.as_str() {
            "--listen" => {
                let Ok(address) = value.parse::<SocketAddr>() else {
                    eprintln!("iamport-sim: --listen takes ADDRESS:PORT, such as 127.0.0.1:9090");
                    return ExitCode::from(2);
                };
                builder.listen(address)
            }
            "--key" => builder.key(value),
            "--secret" => builder.secret(value),
            "--notice-url" => builder.notice_url(value),
            _ => {
                eprintln!("iamport-sim: unknown option\n{USAGE}");
                return ExitCode::from(2);
            }
        };
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("iamport-sim: no runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(async move {
        let sim = match builder.start().await {
            Ok(sim) => sim,
            Err(error) => {
                eprintln!("iamport-sim: can't listen: {error}");
                return ExitCode::FAILURE;
            }
        };
        println!("listening on {}", sim.url());
        println!("merchant code: {}", sim.merchant_code());
        println!("REST API key: {}", sim.key());
        println!("REST API secret: {}", sim.secret());
        println!("iamport.js: {}", sim.script_url());
        let _ = tokio::signal::ctrl_c().await;
        ExitCode::SUCCESS
    })
}
