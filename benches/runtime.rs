//! Run-time cost of the builder against a struct literal, for a 12-field
//! request (7 required fields, 5 `Option` fields of which 3 are set): built
//! alone, and built then serialized with `serde_json::to_vec`.
//!
//! `cargo bench --bench runtime`, then `python3 bench/runtime_ratio.py` for the
//! ratios (BENCHMARKS.md).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use iamport::Builder;
use serde::Serialize;

/// Shaped like a billing-key payment (`POST /subscribe/payments/again`).
#[derive(Builder, Serialize, Debug)]
pub struct Again<'a> {
    customer_uid: &'a str,
    merchant_uid: &'a str,
    amount: u64,
    name: &'a str,
    currency: &'a str,
    buyer_name: &'a str,
    buyer_email: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    tax_free: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    vat_amount: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    card_quota: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    interest_free_by_merchant: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    notice_url: Option<&'a str>,
}

/// The values, read through `black_box` so neither side is constant-folded.
struct Inputs {
    customer_uid: &'static str,
    merchant_uid: &'static str,
    amount: u64,
    name: &'static str,
    currency: &'static str,
    buyer_name: &'static str,
    buyer_email: &'static str,
    tax_free: u64,
    card_quota: u8,
    notice_url: &'static str,
}

const INPUTS: Inputs = Inputs {
    customer_uid: "customer_1234",
    merchant_uid: "order_monthly_0001",
    amount: 9_900,
    name: "월간 이용권 정기결제",
    currency: "KRW",
    buyer_name: "구매자이름",
    buyer_email: "iamport@siot.do",
    tax_free: 900,
    card_quota: 3,
    notice_url: "https://shop.example/portone/webhook",
};

#[inline(never)]
fn literal(i: &Inputs) -> Again<'static> {
    Again {
        customer_uid: i.customer_uid,
        merchant_uid: i.merchant_uid,
        amount: i.amount,
        name: i.name,
        currency: i.currency,
        buyer_name: i.buyer_name,
        buyer_email: i.buyer_email,
        tax_free: Some(i.tax_free),
        vat_amount: None,
        card_quota: Some(i.card_quota),
        interest_free_by_merchant: None,
        notice_url: Some(i.notice_url),
    }
}

#[inline(never)]
fn builder(i: &Inputs) -> Again<'static> {
    Again::builder()
        .customer_uid(i.customer_uid)
        .merchant_uid(i.merchant_uid)
        .amount(i.amount)
        .name(i.name)
        .currency(i.currency)
        .buyer_name(i.buyer_name)
        .buyer_email(i.buyer_email)
        .tax_free(i.tax_free)
        .card_quota(i.card_quota)
        .notice_url(i.notice_url)
        .build()
}

fn bench(c: &mut Criterion) {
    let mut build = c.benchmark_group("build");
    build.bench_function("literal", |b| b.iter(|| literal(black_box(&INPUTS))));
    build.bench_function("builder", |b| b.iter(|| builder(black_box(&INPUTS))));
    build.finish();

    let mut to_vec = c.benchmark_group("build_to_vec");
    to_vec.bench_function("literal", |b| {
        b.iter(|| serde_json::to_vec(&literal(black_box(&INPUTS))));
    });
    to_vec.bench_function("builder", |b| {
        b.iter(|| serde_json::to_vec(&builder(black_box(&INPUTS))));
    });
    to_vec.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
