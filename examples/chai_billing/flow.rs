//! The CHAI billing flow of the CHAI guide, shared by the example and its
//! test: the page registers a billing key with `IMP.request_pay`, then the
//! server charges it with `POST /subscribe/payments/again`.

use iamport::request_pay::ChaiBillingKeyRegistration;
use iamport::rest::{Again, Charge, Endpoint, Envelope, GetToken, Method};
use iamport::value::{Amount, CustomerUid, HttpUrl, MerchantUid, OrderName};

/// What went wrong in the flow.
pub(crate) type Error = Box<dyn std::error::Error + Send + Sync>;

/// The registration params the checkout page hands to `IMP.request_pay`
/// (the CHAI manual's billing-key sample).
pub(crate) fn registration() -> Result<ChaiBillingKeyRegistration, Error> {
    Ok(ChaiBillingKeyRegistration::builder()
        .pg(iamport::request_pay::ChaiPg::default())
        .merchant_uid(MerchantUid::new("issue_billingkey_monthly_0001")?)
        .name(OrderName::new("주문명: 결제 테스트")?)
        .amount(Amount::ZERO)
        .customer_uid(CustomerUid::new("gildong_0001_1234")?)
        .buyer_name("구매자 이름".to_owned())
        .m_redirect_url(HttpUrl::new(
            "https://www.my-service.com/payments/complete/mobile",
        )?)
        .build()?)
}

/// Sends one request with `agent` to `base` and returns its payload, or the
/// API's error. Any HTTP client can do the same from [`Endpoint`].
pub(crate) fn send<E: Endpoint>(
    agent: &ureq::Agent,
    base: &str,
    token: Option<&str>,
    request: &E,
) -> Result<E::Response, Error> {
    let url = format!("{}{}", base.trim_end_matches('/'), request.path());
    let extra = request.headers();
    let mut response = match (E::METHOD, request.body()?) {
        (Method::Post, body) => {
            let mut call = agent.post(&url).header("Content-Type", "application/json");
            if let Some(token) = token {
                call = call.header("Authorization", token);
            }
            for (name, value) in &extra {
                call = call.header(*name, value);
            }
            call.send(body.unwrap_or_default())?
        }
        (Method::Put, body) => {
            let mut call = agent.put(&url).header("Content-Type", "application/json");
            if let Some(token) = token {
                call = call.header("Authorization", token);
            }
            for (name, value) in &extra {
                call = call.header(*name, value);
            }
            call.send(body.unwrap_or_default())?
        }
        (Method::Get, _) => {
            let mut call = agent.get(&url);
            if let Some(token) = token {
                call = call.header("Authorization", token);
            }
            for (name, value) in &extra {
                call = call.header(*name, value);
            }
            call.call()?
        }
        (Method::Delete, _) => {
            let mut call = agent.delete(&url);
            if let Some(token) = token {
                call = call.header("Authorization", token);
            }
            for (name, value) in &extra {
                call = call.header(*name, value);
            }
            call.call()?
        }
    };
    let text = response.body_mut().read_to_string()?;
    let envelope: Envelope<E::Response> = serde_json::from_str(&text)?;
    Ok(envelope.into_result()?)
}

/// Runs getToken, then `again` for the registered key; returns the charge.
pub(crate) fn charge(base: &str, imp_key: &str, imp_secret: &str) -> Result<Charge, Error> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(std::time::Duration::from_secs(10)))
        .build()
        .into();
    let token = send(
        &agent,
        base,
        None,
        &GetToken::builder()
            .imp_key(imp_key)
            .imp_secret(imp_secret)
            .build(),
    )?;
    let bearer = token.access_token.bearer();
    let again = Again::builder()
        .customer_uid(CustomerUid::new("gildong_0001_1234")?)
        .merchant_uid(MerchantUid::new("order_monthly_0001")?)
        .amount(Amount::new(8900)?)
        .name(OrderName::new("월간 이용권 정기결제")?)
        .build()?;
    send(&agent, base, Some(&bearer), &again)
}
