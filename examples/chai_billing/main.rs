//! The CHAI guide's billing flow: prints the billing-key registration params
//! for the checkout page, then charges the key with `getToken` and `again`.
//!
//! ```sh
//! IMP_KEY=... IMP_SECRET=... cargo run --example chai_billing -- https://api.iamport.kr
//! ```
//!
//! The base URL comes from the command line (the tests point it at a
//! stand-in server on 127.0.0.1); the key and secret from `IMP_KEY` and
//! `IMP_SECRET`.

mod flow;

use iamport::rest::Charge;

fn main() -> Result<(), flow::Error> {
    let base = std::env::args()
        .nth(1)
        .unwrap_or_else(|| iamport::rest::BASE_URL.to_owned());
    let key = std::env::var("IMP_KEY").map_err(|_| "set IMP_KEY to the REST API key")?;
    let secret =
        std::env::var("IMP_SECRET").map_err(|_| "set IMP_SECRET to the REST API secret")?;

    println!("IMP.request_pay params for the page:");
    println!("{}", serde_json::to_string_pretty(&flow::registration()?)?);

    match flow::charge(&base, &key, &secret)? {
        Charge::Paid(p) => println!("paid: {} {} ({})", p.amount, p.currency, p.imp_uid),
        Charge::Failed { reason, payment } => println!("failed: {reason} ({})", payment.imp_uid),
        Charge::Other(p) => println!("status {:?} ({})", p.status, p.imp_uid),
    }
    Ok(())
}
