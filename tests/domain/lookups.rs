//! The lookups and schedule changes: method, path (segments
//! percent-encoded, array parameters repeated as `key[]=`), body, and the
//! typed answer. Source of every path and parameter: the official V1
//! OpenAPI (`v1.openapi.json`, paths under `/payments`, `/subscribe`,
//! `/cards`, `/banks`, `/users/pg`).

use iamport::rest::{
    CustomerPayments, CustomerSchedules, Endpoint, Envelope, FindAllPayments, FindPayment,
    GetBankCode, GetBillingKeys, GetCardCode, GetPaymentBalance, GetPayments, GetPrepared,
    GetSchedule, ListBankCodes, ListCardCodes, ListPgSettings, ListSchedules, Method, Page,
    Payment, PaymentBalance, PaymentsByStatus, PgSetting, PreparePayment, Reschedule,
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
        .status(StatusFilter::Paid)
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
    assert_eq!(balance.primary.vat, amt(64));
    let code: StandardCode = serde_json::from_str(r#"{"code":"004","name":"KB국민은행"}"#).unwrap();
    assert_eq!(code.name, "KB국민은행");
    let pg: PgSetting = serde_json::from_value(json!({"pg_provider": "chai", "pg_id": "chai_1",
        "sandbox": true, "type": "payment", "channel_name": "CHAI 테스트", "channel_key": "channel-key-1"}))
    .unwrap();
    assert_eq!((pg.kind.as_str(), pg.sandbox), ("payment", true));
}
