//! The lookups and schedule changes: method, path (segments
//! percent-encoded, array parameters repeated as `key[]=`), body, and the
//! typed answer. Source of every path and parameter: the official V1
//! OpenAPI (`v1.openapi.json`, paths under `/payments`, `/subscribe`,
//! `/cards`, `/banks`, `/users/pg`).

use iamport::rest::{
    CustomerPayments, CustomerSchedules, Endpoint, Envelope, FindAllPayments, FindPayment,
    FindStatus, GetBankCode, GetBillingKeys, GetCardCode, GetPaymentBalance, GetPayments,
    GetPrepared, GetSchedule, ListBankCodes, ListCardCodes, ListPgSettings, ListSchedules, Method,
    Page, Payment, PaymentBalance, PaymentsByStatus, PgSetting, PreparePayment, Reschedule,
    RetrySchedule, ScheduleResult, ScheduleStatusFilter, SchedulesOfCustomer, Sorting,
    StandardCode, StatusFilter, UpdatePrepared, UpdateSchedule,
};
use iamport::value::{ImpUid, Timestamp};
use serde_json::json;

use crate::helpers::{amt, cuid, uid};

fn at(secs: u64) -> Timestamp {
    Timestamp::from_unix(secs).unwrap()
}

fn call<E: Endpoint>(e: &E) -> (Method, String, Option<String>) {
    (E::METHOD, e.path(), e.body().unwrap())
}

#[test]
fn payments() {
    let many = GetPayments::builder()
        .imp_uids(vec![
            ImpUid::new("imp_1").unwrap(),
            ImpUid::new("imp 2").unwrap(),
        ])
        .merchant_uids(vec![uid("o/1")])
        .build()
        .unwrap();
    assert_eq!(
        call(&many),
        (
            Method::Get,
            "/payments?imp_uid[]=imp_1&imp_uid[]=imp%202&merchant_uid[]=o%2F1".to_owned(),
            None
        )
    );
    assert!(GetPayments::builder().build().is_err());

    let find = FindPayment::builder().merchant_uid(uid("order/1")).build();
    assert_eq!(find.path(), "/payments/find/order%2F1");
    let find = FindPayment::builder()
        .merchant_uid(uid("order_1"))
        .status(FindStatus::Paid)
        .sorting(Sorting::PaidDesc)
        .build();
    assert_eq!(find.path(), "/payments/find/order_1/paid?sorting=-paid");

    let all = FindAllPayments::builder()
        .merchant_uid(uid("order_1"))
        .page(2)
        .limit(50)
        .build()
        .unwrap();
    assert_eq!(all.path(), "/payments/findAll/order_1?page=2&limit=50");
    assert!(
        FindAllPayments::builder()
            .merchant_uid(uid("m"))
            .page(0)
            .build()
            .is_err()
    );

    let by_status = PaymentsByStatus::builder()
        .status(StatusFilter::All)
        .from(at(1_700_000_000))
        .to(at(1_700_086_400))
        .build()
        .unwrap();
    assert_eq!(
        by_status.path(),
        "/payments/status/all?from=1700000000&to=1700086400"
    );
    let backwards = PaymentsByStatus::builder()
        .status(StatusFilter::Paid)
        .from(at(2))
        .to(at(1))
        .build();
    assert!(backwards.is_err());

    let balance = GetPaymentBalance::builder()
        .imp_uid(ImpUid::new("imp_1").unwrap())
        .build();
    assert_eq!(
        call(&balance),
        (Method::Get, "/payments/imp_1/balance".to_owned(), None)
    );
}

#[test]
fn prepared_amounts() {
    let update = UpdatePrepared::new(
        PreparePayment::builder()
            .merchant_uid(uid("order_1"))
            .amount(amt(2000))
            .build()
            .unwrap(),
    );
    assert_eq!(
        call(&update),
        (
            Method::Put,
            "/payments/prepare".to_owned(),
            Some(r#"{"merchant_uid":"order_1","amount":2000}"#.to_owned())
        )
    );
    let get = GetPrepared::builder().merchant_uid(uid("order_1")).build();
    assert_eq!(
        call(&get),
        (Method::Get, "/payments/prepare/order_1".to_owned(), None)
    );
}

#[test]
fn schedules() {
    let list = ListSchedules::builder()
        .schedule_from(at(1_700_000_000))
        .schedule_to(at(1_702_000_000))
        .schedule_status(ScheduleStatusFilter::Scheduled)
        .page(1)
        .build()
        .unwrap();
    assert_eq!(
        list.path(),
        "/subscribe/payments/schedule?schedule_from=1700000000&schedule_to=1702000000&schedule_status=scheduled&page=1"
    );
    assert!(
        ListSchedules::builder()
            .schedule_from(at(2))
            .schedule_to(at(1))
            .build()
            .is_err()
    );

    let get = GetSchedule::builder()
        .merchant_uid(uid("order_monthly_0001"))
        .build();
    assert_eq!(
        get.path(),
        "/subscribe/payments/schedule/order_monthly_0001"
    );

    let update = UpdateSchedule::builder()
        .merchant_uid(uid("order_monthly_0001"))
        .schedule_at(at(1_700_003_600))
        .build();
    assert_eq!(
        call(&update),
        (
            Method::Put,
            "/subscribe/payments/schedule/order_monthly_0001".to_owned(),
            Some(r#"{"schedule_at":1700003600}"#.to_owned())
        )
    );
    let again = Reschedule::builder()
        .merchant_uid(uid("order_monthly_0001"))
        .schedule_at(at(1_700_003_600))
        .build();
    assert_eq!(
        call(&again).1,
        "/subscribe/payments/schedule/order_monthly_0001/reschedule"
    );
    assert_eq!(call(&again).0, Method::Post);
    let retry = RetrySchedule::builder()
        .merchant_uid(uid("order_monthly_0001"))
        .build();
    assert_eq!(
        call(&retry).1,
        "/subscribe/payments/schedule/order_monthly_0001/retry"
    );

    let of_customer = SchedulesOfCustomer::new(
        CustomerSchedules::builder()
            .customer_uid(cuid("c 1"))
            .from(at(1))
            .to(at(2))
            .schedule_status(ScheduleStatusFilter::Revoked)
            .build()
            .unwrap(),
    );
    assert_eq!(
        of_customer.path(),
        "/subscribe/payments/schedule/customers/c%201?from=1&to=2&schedule-status=revoked"
    );
    let customer_schedules = CustomerSchedules::builder()
        .customer_uid(cuid("c"))
        .from(at(1))
        .to(at(2))
        .page(3)
        .build()
        .unwrap();
    assert_eq!(
        customer_schedules.path(),
        "/subscribe/customers/c/schedules?page=3&from=1&to=2"
    );
}

#[test]
fn billing_keys_and_codes() {
    let keys = GetBillingKeys::builder()
        .customer_uids(vec![cuid("a"), cuid("b")])
        .build()
        .unwrap();
    assert_eq!(
        keys.path(),
        "/subscribe/customers?customer_uid[]=a&customer_uid[]=b"
    );
    assert!(
        GetBillingKeys::builder()
            .customer_uids(vec![])
            .build()
            .is_err()
    );
    let payments = CustomerPayments::builder()
        .customer_uid(cuid("a"))
        .page(2)
        .build()
        .unwrap();
    assert_eq!(payments.path(), "/subscribe/customers/a/payments?page=2");

    assert_eq!(
        call(&ListCardCodes),
        (Method::Get, "/cards".to_owned(), None)
    );
    assert_eq!(
        call(&ListBankCodes),
        (Method::Get, "/banks".to_owned(), None)
    );
    assert_eq!(
        call(&ListPgSettings),
        (Method::Get, "/users/pg".to_owned(), None)
    );
    assert_eq!(
        GetCardCode::builder().code("361").build().unwrap().path(),
        "/cards/361"
    );
    assert_eq!(
        GetBankCode::builder().code("004").build().unwrap().path(),
        "/banks/004"
    );
    assert!(GetBankCode::builder().code("..").build().is_err());
}

#[test]
fn answers_parse() {
    let page: Page<Payment> = Envelope::<Page<Payment>>::into_result(
        serde_json::from_value(
            json!({"code": 0, "response": {"total": 21, "previous": 1, "next": 3,
            "list": [{"imp_uid": "i", "merchant_uid": "m", "status": "paid", "amount": 1000,
                "cancel_amount": 0, "currency": "KRW", "sandbox": false}]}}),
        )
        .unwrap(),
    )
    .unwrap();
    assert_eq!(
        (page.total, page.next_page(), page.list.len()),
        (21, Some(3), 1)
    );
    // The OpenAPI types some schedule lists as bare arrays: one page of all.
    let bare: Page<ScheduleResult> =
        serde_json::from_str(r#"[{"customer_uid":"c","schedule_status":"scheduled"}]"#).unwrap();
    assert_eq!((bare.total, bare.next_page()), (1, None));
    assert!(serde_json::from_str::<Page<Payment>>("7").is_err());

    let balance: PaymentBalance = serde_json::from_value(json!({
        "amount": 700,
        "cash_receipt": {"tax_free": 0, "supply": 0, "vat": 0, "service": 0},
        "primary": {"tax_free": 0, "supply": 636, "vat": 64, "service": 0},
        "secondary": {"tax_free": 0, "supply": 0, "vat": 0, "service": 0},
        "discount": {"tax_free": 0, "supply": 0, "vat": 0, "service": 0},
        "histories": [{"cash_receipt": {"tax_free": 0, "supply": 0, "vat": 0, "service": 0},
            "primary": {"tax_free": 0, "supply": 636, "vat": 64, "service": 0},
            "secondary": {"tax_free": 0, "supply": 0, "vat": 0, "service": 0},
            "discount": {"tax_free": 0, "supply": 0, "vat": 0, "service": 0},
            "created": 1_700_000_000}]
    }))
    .unwrap();
    assert_eq!(balance.primary.vat.to_string(), "64");
    let code: StandardCode = serde_json::from_str(r#"{"code":"004","name":"KB국민은행"}"#).unwrap();
    assert_eq!(code.name, "KB국민은행");
    let pg: PgSetting = serde_json::from_value(json!({"pg_provider": "chai", "pg_id": "chai_1",
        "sandbox": true, "type": "payment", "channel_name": "CHAI 테스트", "channel_key": "channel-key-1"}))
    .unwrap();
    assert_eq!((pg.kind.as_str(), pg.sandbox), ("payment", true));
}

/// The error of a rule is one short line that names the field.
fn refused<T: std::fmt::Debug>(
    result: Result<T, iamport::value::InvalidValue>,
    field: &str,
) -> String {
    let err = result.unwrap_err();
    assert_eq!(err.what(), field, "{err}");
    let text = err.to_string();
    assert!(
        !text.contains('\n') && text.chars().count() <= 200,
        "{text}"
    );
    text
}

/// `limit`: `minimum: 1`, `maximum: 1000` ("최대 1000건") on `findAll`,
/// `/payments/status` and `GET /subscribe/payments/schedule`.
#[test]
fn listing_limits() {
    let find_all = |limit| {
        FindAllPayments::builder()
            .merchant_uid(uid("m"))
            .limit(limit)
            .build()
    };
    let by_status = |limit| {
        PaymentsByStatus::builder()
            .status(StatusFilter::Paid)
            .limit(limit)
            .build()
    };
    let schedules = |limit| {
        ListSchedules::builder()
            .schedule_from(at(1_767_193_200))
            .schedule_to(at(1_767_193_201))
            .limit(limit)
            .build()
    };
    assert_eq!(
        find_all(1000).unwrap().path(),
        "/payments/findAll/m?limit=1000"
    );
    assert!(find_all(1).is_ok());
    assert_eq!(
        refused(find_all(1001), "limit"),
        "invalid `limit`: must be at most 1000, got 1001"
    );
    refused(find_all(0), "limit");
    refused(find_all(u32::MAX), "limit");
    assert!(by_status(1000).is_ok());
    assert_eq!(
        refused(by_status(1001), "limit"),
        "invalid `limit`: must be at most 1000, got 1001"
    );
    assert!(schedules(1000).is_ok());
    assert_eq!(
        refused(schedules(1001), "limit"),
        "invalid `limit`: must be at most 1000, got 1001"
    );
}

/// `GET /payments`: "(최대 100개)", the two arrays together.
#[test]
fn at_most_100_payments_at_once() {
    let imp = |n: usize| -> Vec<ImpUid> {
        (0..n)
            .map(|i| ImpUid::new(format!("imp_{i}")).unwrap())
            .collect()
    };
    let orders = |n: usize| -> Vec<_> { (0..n).map(|i| uid(&format!("o_{i}"))).collect() };
    let get = |i: usize, m: usize| {
        GetPayments::builder()
            .imp_uids(imp(i))
            .merchant_uids(orders(m))
            .build()
    };
    assert!(get(100, 0).is_ok());
    assert!(get(0, 100).is_ok());
    assert!(get(60, 40).is_ok());
    let text = refused(get(101, 0), "imp_uids");
    assert!(
        text.contains("at most 100 payments at once") && text.ends_with("got 101"),
        "{text}"
    );
    refused(get(0, 101), "merchant_uids");
    let text = refused(get(60, 41), "imp_uids");
    assert!(
        text.contains("`imp_uids` and `merchant_uids` together; got 101"),
        "{text}"
    );
}

/// `/payments/status`: "검색기간은 최대 90일까지" (7,776,000 s).
#[test]
fn status_window_is_at_most_90_days() {
    const FROM: u64 = 1_700_000_000;
    let window = |from: u64, to: u64| {
        PaymentsByStatus::builder()
            .status(StatusFilter::All)
            .from(at(from))
            .to(at(to))
            .build()
    };
    assert!(window(FROM, FROM).is_ok());
    assert!(window(FROM, FROM + 90 * 86_400).is_ok());
    assert_eq!(
        refused(window(FROM, FROM + 90 * 86_400 + 1), "to"),
        "invalid `to`: must be at most 90 days (7776000 s) after `from`, got 7776001 s"
    );
    refused(window(0, Timestamp::MAX_SECS), "to");
    // One end alone: PortOne fills in the other (`to` = now, `from` = 90
    // days before `to`).
    let only_to = PaymentsByStatus::builder()
        .status(StatusFilter::Paid)
        .to(at(FROM))
        .build();
    assert!(only_to.is_ok());
    let only_from = PaymentsByStatus::builder()
        .status(StatusFilter::Paid)
        .from(at(1))
        .build();
    assert!(only_from.is_ok());
}

/// Korea's midnight of a date, in Unix seconds.
fn kst(date: &str) -> u64 {
    let [y, m, d]: [i64; 3] = date
        .split('-')
        .map(|p| p.parse().unwrap())
        .collect::<Vec<_>>()
        .try_into()
        .unwrap();
    // H. Hinnant's days_from_civil, written independently of the crate's.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    u64::try_from(days * 86_400 - 9 * 3600).unwrap()
}

/// The schedule listings: "최대 3개월 단위로 조회가 가능합니다", counted in
/// calendar months of Korea's time, `to` exclusive.
#[test]
fn schedule_windows_are_at_most_three_months() {
    assert_eq!(kst("2026-01-01"), 1_767_193_200);
    let listing = |from: u64, to: u64| {
        ListSchedules::builder()
            .schedule_from(at(from))
            .schedule_to(at(to))
            .build()
    };
    let of_customer = |from: u64, to: u64| {
        CustomerSchedules::builder()
            .customer_uid(cuid("c"))
            .from(at(from))
            .to(at(to))
            .build()
    };
    // (from, the last `to` allowed)
    let cases = [
        ("2026-01-01", "2026-04-01"),
        ("2026-01-31", "2026-04-30"),
        ("2025-11-30", "2026-02-28"),
        ("2023-11-30", "2024-02-29"),
        ("2024-02-29", "2024-05-29"),
        ("2026-10-15", "2027-01-15"),
    ];
    for (from, last) in cases {
        let (from, last) = (kst(from), kst(last));
        assert!(listing(from, last).is_ok(), "{from} {last}");
        assert!(of_customer(from, last).is_ok(), "{from} {last}");
        let text = refused(listing(from, last + 1), "schedule_to");
        assert_eq!(
            text,
            format!(
                "invalid `schedule_to`: must be at most 3 months after `schedule_from` (up to {last}), got {}",
                last + 1
            )
        );
        let text = refused(of_customer(from, last + 1), "to");
        assert!(
            text.contains("must be at most 3 months after `from`"),
            "{text}"
        );
    }
    // A time of day is kept: 2026-01-01 13:30 KST runs to 2026-04-01 13:30.
    let from = kst("2026-01-01") + 13 * 3600 + 1800;
    let last = kst("2026-04-01") + 13 * 3600 + 1800;
    assert!(listing(from, last).is_ok());
    refused(listing(from, last + 1), "schedule_to");
    // Late in year 9999, three months run past the last timestamp: no
    // overflow, and every `to` in range is within them.
    assert!(listing(Timestamp::MAX_SECS - 10, Timestamp::MAX_SECS).is_ok());
    // The epoch is 09:00 in Korea: its three months end 1970-04-01 09:00.
    let end = kst("1970-04-01") + 9 * 3600;
    assert!(listing(0, end).is_ok());
    refused(listing(0, end + 1), "schedule_to");
    // A backwards window names the listing's own field.
    assert_eq!(
        refused(listing(2, 1), "schedule_from"),
        "invalid `schedule_from`: (2) is after `schedule_to` (1)"
    );
}

/// `sorting` of the schedule range listing: `scheduled` is oldest first;
/// unset, newest first.
#[test]
fn schedule_listing_sorting() {
    use iamport::rest::ScheduleSorting;
    let list = ListSchedules::builder()
        .schedule_from(at(1_767_193_200))
        .schedule_to(at(1_774_969_200))
        .schedule_status(ScheduleStatusFilter::Scheduled)
        .page(2)
        .limit(100)
        .sorting(ScheduleSorting::Scheduled)
        .build()
        .unwrap();
    assert_eq!(
        list.path(),
        "/subscribe/payments/schedule?schedule_from=1767193200&schedule_to=1774969200&schedule_status=scheduled&page=2&limit=100&sorting=scheduled"
    );
    assert_eq!(ScheduleSorting::ALL, &[ScheduleSorting::Scheduled]);
    assert_eq!(
        "scheduled".parse::<ScheduleSorting>().unwrap(),
        ScheduleSorting::Scheduled
    );
}

/// `all` is a status of `/payments/status` only: `find` and `findAll` take
/// a [`FindStatus`], and converting `StatusFilter::All` fails.
#[test]
fn find_has_no_status_all() {
    assert_eq!(
        FindStatus::ALL,
        &[
            FindStatus::Ready,
            FindStatus::Paid,
            FindStatus::Cancelled,
            FindStatus::Failed
        ]
    );
    assert!("all".parse::<FindStatus>().is_err());
    for status in StatusFilter::ALL.iter().copied() {
        match FindStatus::try_from(status) {
            Ok(find) => assert_eq!(StatusFilter::from(find), status),
            Err(err) => {
                assert_eq!(status, StatusFilter::All);
                let err = refused::<FindStatus>(Err(err), "status");
                assert!(err.contains("/payments/status only"), "{err}");
            }
        }
    }
    let all = FindAllPayments::builder()
        .merchant_uid(uid("order_1"))
        .status(FindStatus::Cancelled)
        .build()
        .unwrap();
    assert_eq!(all.path(), "/payments/findAll/order_1/cancelled");
    let by_status = PaymentsByStatus::builder()
        .status(StatusFilter::All)
        .build()
        .unwrap();
    assert_eq!(by_status.path(), "/payments/status/all");
}

/// The operations of this file, for `openapi_tables`.
#[allow(clippy::too_many_lines, reason = "one sample per operation")]
pub fn samples() -> Vec<crate::openapi_tables::Sample> {
    use crate::openapi_tables::sample;
    let prepared = PreparePayment::builder()
        .merchant_uid(uid("order_1"))
        .amount(amt(2000))
        .build()
        .unwrap();
    let customer = CustomerSchedules::builder()
        .customer_uid(cuid("c"))
        .from(at(1))
        .to(at(2))
        .schedule_status(ScheduleStatusFilter::Scheduled)
        .page(1)
        .build()
        .unwrap();
    vec![
        sample(
            "GetPayments",
            &GetPayments::builder()
                .imp_uids(vec![ImpUid::new("imp_1").unwrap()])
                .merchant_uids(vec![uid("order_1")])
                .build()
                .unwrap(),
        ),
        sample(
            "FindPayment",
            &FindPayment::builder()
                .merchant_uid(uid("order_1"))
                .status(FindStatus::Paid)
                .sorting(Sorting::PaidDesc)
                .build(),
        ),
        sample(
            "FindAllPayments",
            &FindAllPayments::builder()
                .merchant_uid(uid("order_1"))
                .status(FindStatus::Paid)
                .page(2)
                .limit(50)
                .sorting(Sorting::PaidDesc)
                .build()
                .unwrap(),
        ),
        sample(
            "PaymentsByStatus",
            &PaymentsByStatus::builder()
                .status(StatusFilter::All)
                .page(1)
                .limit(20)
                .from(at(1_700_000_000))
                .to(at(1_700_086_400))
                .sorting(Sorting::PaidDesc)
                .build()
                .unwrap(),
        ),
        sample(
            "GetPaymentBalance",
            &GetPaymentBalance::builder()
                .imp_uid(ImpUid::new("imp_1").unwrap())
                .build(),
        ),
        sample("UpdatePrepared", &UpdatePrepared::new(prepared)),
        sample(
            "GetPrepared",
            &GetPrepared::builder().merchant_uid(uid("order_1")).build(),
        ),
        sample(
            "ListSchedules",
            &ListSchedules::builder()
                .schedule_from(at(1_700_000_000))
                .schedule_to(at(1_702_000_000))
                .schedule_status(ScheduleStatusFilter::Scheduled)
                .page(1)
                .limit(20)
                .sorting(iamport::rest::ScheduleSorting::Scheduled)
                .build()
                .unwrap(),
        ),
        sample(
            "GetSchedule",
            &GetSchedule::builder().merchant_uid(uid("order_1")).build(),
        ),
        sample(
            "UpdateSchedule",
            &UpdateSchedule::builder()
                .merchant_uid(uid("order_1"))
                .schedule_at(at(1_700_003_600))
                .build(),
        ),
        sample(
            "Reschedule",
            &Reschedule::builder()
                .merchant_uid(uid("order_1"))
                .schedule_at(at(1_700_003_600))
                .build(),
        ),
        sample(
            "RetrySchedule",
            &RetrySchedule::builder()
                .merchant_uid(uid("order_1"))
                .build(),
        ),
        sample("CustomerSchedules", &customer),
        sample(
            "SchedulesOfCustomer",
            &SchedulesOfCustomer::new(customer.clone()),
        ),
        sample(
            "GetBillingKeys",
            &GetBillingKeys::builder()
                .customer_uids(vec![cuid("a"), cuid("b")])
                .build()
                .unwrap(),
        ),
        sample(
            "CustomerPayments",
            &CustomerPayments::builder()
                .customer_uid(cuid("a"))
                .page(2)
                .build()
                .unwrap(),
        ),
        sample("ListCardCodes", &ListCardCodes),
        sample("ListBankCodes", &ListBankCodes),
        sample(
            "GetCardCode",
            &GetCardCode::builder().code("361").build().unwrap(),
        ),
        sample(
            "GetBankCode",
            &GetBankCode::builder().code("004").build().unwrap(),
        ),
        sample("ListPgSettings", &ListPgSettings),
    ]
}
