//! Tests of the domain crate: golden payloads from the official sources,
//! the rules of every request, responses, outcomes, the money edges, the
//! `payload` command, that no type shows a secret, and the CHAI flow
//! against a stand-in API. One binary, so that the suite links once;
//! shared helpers are in `helpers`.
#![allow(missing_docs, dead_code, unreachable_pub)]
// `json!` of a 54-key payment (rest_responses) needs more than the default 128.
#![recursion_limit = "256"]

#[path = "../../examples/payload/cli.rs"]
mod cli;
mod helpers;
mod lookups;

mod chai_flow;
mod golden_request_pay;
mod golden_rest;
mod money_edges;
mod openapi_tables;
mod outcome;
mod payload_cli;
mod properties;
mod request_pay_rules;
mod rest_certifications_kcpquick;
mod rest_escrow_receipts_vbanks;
mod rest_helpers;
mod rest_naver;
mod rest_responses;
mod rest_rules;
mod secrets;
