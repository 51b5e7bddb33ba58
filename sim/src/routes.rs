//! Every operation of the V1 OpenAPI, by method and path, named by its
//! `operationId` (the name faults and counts use). Two operations that
//! share an `operationId` in the OpenAPI (`naverShipProductOrder` for
//! `ship` and `ship-exchanged`; `findSchedulesByCustomer` for both paths)
//! keep it; a path whose last segment is optional
//! (`{payment_status}`) is listed with and without it.

/// One operation: method, path pattern (`{name}` is one segment) and
/// `operationId`.
pub(crate) struct Route {
    pub(crate) method: &'static str,
    pub(crate) pattern: &'static str,
    pub(crate) name: &'static str,
}

const fn r(method: &'static str, pattern: &'static str, name: &'static str) -> Route {
    Route {
        method,
        pattern,
        name,
    }
}

/// The table, literal paths before the ones with parameters where both
/// could match.
pub(crate) const ROUTES: &[Route] = &[
    r("POST", "/users/getToken", "getToken"),
    r("GET", "/users/pg", "getPgSettingList"),
    // Payments.
    r("GET", "/payments", "getPaymentListByImpUid"),
    r("POST", "/payments/cancel", "cancelPayment"),
    r("POST", "/payments/prepare", "preparePayment"),
    r("PUT", "/payments/prepare", "editPreparePayment"),
    r(
        "GET",
        "/payments/prepare/{merchant_uid}",
        "getPaymentPrepareByMerchantUid",
    ),
    r(
        "GET",
        "/payments/find/{merchant_uid}",
        "getPaymentByMerchantUid",
    ),
    r(
        "GET",
        "/payments/find/{merchant_uid}/{payment_status}",
        "getPaymentByMerchantUid",
    ),
    r(
        "GET",
        "/payments/findAll/{merchant_uid}",
        "getAllPaymentsByMerchantUid",
    ),
    r(
        "GET",
        "/payments/findAll/{merchant_uid}/{payment_status}",
        "getAllPaymentsByMerchantUid",
    ),
    r(
        "GET",
        "/payments/status/{payment_status}",
        "getPaymentsByStatus",
    ),
    r("GET", "/payments/{imp_uid}/balance", "balanceByImpUid"),
    r("GET", "/payments/{imp_uid}", "getPaymentByImpUid"),
    // Naver Pay (fixed answers).
    r(
        "POST",
        "/payments/{imp_uid}/naver/cancel",
        "naverCancelProductOrder",
    ),
    r(
        "POST",
        "/payments/{imp_uid}/naver/approve-cancel",
        "naverApproveCancelProductOrder",
    ),
    r(
        "POST",
        "/payments/{imp_uid}/naver/ship",
        "naverShipProductOrder",
    ),
    r(
        "POST",
        "/payments/{imp_uid}/naver/ship-exchanged",
        "naverShipProductOrder",
    ),
    r(
        "POST",
        "/payments/{imp_uid}/naver/collect-exchanged",
        "naverCollectProductOrder",
    ),
    r(
        "POST",
        "/payments/{imp_uid}/naver/place",
        "naverPlaceProductOrder",
    ),
    r(
        "POST",
        "/payments/{imp_uid}/naver/request-return",
        "naverRequestReturnProductOrder",
    ),
    r(
        "POST",
        "/payments/{imp_uid}/naver/approve-return",
        "naverApproveReturnProductOrder",
    ),
    r(
        "POST",
        "/payments/{imp_uid}/naver/reject-return",
        "naverRejectReturnProductOrder",
    ),
    r(
        "POST",
        "/payments/{imp_uid}/naver/withhold-return",
        "naverWithholdReturnProductOrder",
    ),
    r(
        "POST",
        "/payments/{imp_uid}/naver/resolve-return",
        "naverResolveReturnProductOrder",
    ),
    r(
        "POST",
        "/payments/{imp_uid}/naver/point",
        "naverDepositPoint",
    ),
    r(
        "POST",
        "/payments/{imp_uid}/naver/confirm",
        "naverConfirmPayment",
    ),
    r(
        "GET",
        "/payments/{imp_uid}/naver/product-orders",
        "getProductOrders",
    ),
    r(
        "GET",
        "/payments/{imp_uid}/naver/cash-amount",
        "queryCashAmount",
    ),
    r(
        "GET",
        "/naver/product-orders/{product_order_id}",
        "getProductOrderSingle",
    ),
    r("GET", "/naver/reviews", "getReviews"),
    // Billing keys and charges.
    r("GET", "/subscribe/customers", "customer_view_multiple"),
    r(
        "GET",
        "/subscribe/customers/{customer_uid}",
        "customer_view",
    ),
    r(
        "POST",
        "/subscribe/customers/{customer_uid}",
        "customer_save",
    ),
    r(
        "DELETE",
        "/subscribe/customers/{customer_uid}",
        "customer_delete",
    ),
    r(
        "GET",
        "/subscribe/customers/{customer_uid}/payments",
        "customer_payments",
    ),
    r(
        "GET",
        "/subscribe/customers/{customer_uid}/schedules",
        "findSchedulesByCustomer",
    ),
    r("POST", "/subscribe/payments/onetime", "onetime"),
    r("POST", "/subscribe/payments/again", "again"),
    r(
        "GET",
        "/subscribe/payments/schedule",
        "findSchedulesByRange",
    ),
    r("POST", "/subscribe/payments/schedule", "schedule"),
    r("POST", "/subscribe/payments/unschedule", "unschedule"),
    r(
        "GET",
        "/subscribe/payments/schedule/customers/{customer_uid}",
        "findSchedulesByCustomer",
    ),
    r(
        "GET",
        "/subscribe/payments/schedule/{merchant_uid}",
        "getScheduleByMid",
    ),
    r(
        "PUT",
        "/subscribe/payments/schedule/{merchant_uid}",
        "updateScheduleByMid",
    ),
    r(
        "POST",
        "/subscribe/payments/schedule/{merchant_uid}/reschedule",
        "rescheduleByMid",
    ),
    r(
        "POST",
        "/subscribe/payments/schedule/{merchant_uid}/retry",
        "retryScheduleByMid",
    ),
    // Virtual accounts, convenience stores, receipts, escrow.
    r("POST", "/vbanks", "createVbank"),
    r("PUT", "/vbanks/{imp_uid}", "modifyVbank"),
    r("DELETE", "/vbanks/{imp_uid}", "revokeVbank"),
    r("POST", "/cvs", "issueCvsPayment"),
    r("DELETE", "/cvs/{imp_uid}", "revokeCvsPayment"),
    r(
        "GET",
        "/receipts/external/{merchant_uid}",
        "getExternalReceipt",
    ),
    r(
        "POST",
        "/receipts/external/{merchant_uid}",
        "issueExternalReceipt",
    ),
    r(
        "DELETE",
        "/receipts/external/{merchant_uid}",
        "revokeExternalReceipt",
    ),
    r("GET", "/receipts/{imp_uid}", "getReceipt"),
    r("POST", "/receipts/{imp_uid}", "issueReceipt"),
    r("DELETE", "/receipts/{imp_uid}", "revokeReceipt"),
    r("POST", "/partners/receipts/{imp_uid}", "partner"),
    r("GET", "/escrows/logis/{imp_uid}", "escrow_logis_get"),
    r("PUT", "/escrows/logis/{imp_uid}", "escrow_logis_edit"),
    r("POST", "/escrows/logis/{imp_uid}", "escrow_logis_save"),
    // Identity verification (fixed answers).
    r("POST", "/certifications/otp/request", "requestOTP"),
    r(
        "POST",
        "/certifications/otp/confirm/{imp_uid}",
        "confirmOTP",
    ),
    r("GET", "/certifications/{imp_uid}", "getCertification"),
    r("DELETE", "/certifications/{imp_uid}", "deleteCertification"),
    // Codes and tiers.
    r("GET", "/cards", "allCardCodes"),
    r("GET", "/cards/{card_standard_code}", "cardCodes"),
    r("GET", "/banks", "allBankCodes"),
    r("GET", "/banks/{bank_standard_code}", "bankCodes"),
    r("GET", "/tiers/{tier_code}", "GetTier"),
    // PG-specific (fixed answers).
    r("POST", "/benepia/point", "queryBenepiaPoint"),
    r("POST", "/benepia/payment", "payBenepiaPoint"),
    r("DELETE", "/kcpquick/members/{member_id}", "member_delete"),
    r("POST", "/kcpquick/payment/money", "payWithMoney"),
    r("PUT", "/kcpquick/prepare/{merchant_uid}", "prepare_update"),
    r("POST", "/kcpquick/prepare/{merchant_uid}", "prepare_create"),
    r("POST", "/kcpquick/payment/autopay", "payWithAutoPaymentKey"),
    r(
        "DELETE",
        "/kcpquick/autopay/{customer_uid}",
        "deleteAutoPayKey",
    ),
    r(
        "POST",
        "/kcpquick/members/{member_id}/fido/release",
        "releaseFido",
    ),
    r(
        "POST",
        "/payco/orders/status/{imp_uid}",
        "changeOrderStatus",
    ),
    r("POST", "/paymentwall/delivery", "paymentwall_delivery"),
];

/// A matched operation and its path parameters, percent-decoded.
pub(crate) struct Matched {
    pub(crate) name: &'static str,
    pub(crate) params: Vec<String>,
}

/// The operation `method` and `path` name, if any. A path that matches
/// another method's pattern only is `Err(())` (405).
pub(crate) fn find(method: &str, path: &str) -> Result<Option<Matched>, ()> {
    let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    let mut other_method = false;
    for route in ROUTES {
        let pattern: Vec<&str> = route.pattern.trim_start_matches('/').split('/').collect();
        if pattern.len() != segments.len() {
            continue;
        }
        let mut params = Vec::new();
        let fits = pattern.iter().zip(&segments).all(|(p, s)| {
            if p.starts_with('{') {
                if s.is_empty() {
                    return false;
                }
                params.push(percent_decode(s));
                true
            } else {
                p == s
            }
        });
        if !fits {
            continue;
        }
        if route.method == method {
            return Ok(Some(Matched {
                name: route.name,
                params,
            }));
        }
        other_method = true;
    }
    if other_method { Err(()) } else { Ok(None) }
}

fn percent_decode(segment: &str) -> String {
    url::form_urlencoded::parse(format!("x={}", segment.replace('+', "%2B")).as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eighty_operations_and_literal_paths_first() {
        let mut ops: Vec<(&str, String)> = ROUTES
            .iter()
            .map(|r| {
                let p = r.pattern.trim_end_matches("/{payment_status}");
                (r.method, p.to_owned())
            })
            .collect();
        ops.sort();
        ops.dedup();
        // 80 operations; find and findAll are listed with and without
        // their optional status segment.
        assert_eq!(ops.len(), 80);
        let m = find("GET", "/payments/find/order%201/paid")
            .unwrap()
            .unwrap();
        assert_eq!(
            (m.name, m.params),
            (
                "getPaymentByMerchantUid",
                vec!["order 1".to_owned(), "paid".to_owned()]
            )
        );
        assert_eq!(
            find("GET", "/payments/prepare/m").unwrap().unwrap().name,
            "getPaymentPrepareByMerchantUid"
        );
        assert_eq!(
            find("GET", "/payments/imp_1").unwrap().unwrap().name,
            "getPaymentByImpUid"
        );
        assert!(find("DELETE", "/payments/imp_1").is_err());
        assert!(find("GET", "/nothing").unwrap().is_none());
        assert_eq!(
            find("GET", "/subscribe/payments/schedule/customers/c")
                .unwrap()
                .unwrap()
                .name,
            "findSchedulesByCustomer"
        );
    }
}
