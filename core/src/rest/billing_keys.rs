//! Billing keys: issue one from card data, look one or several up, delete
//! one, and list the payments of one (`/subscribe/customers`).
//!
//! Source of every field: the official V1 OpenAPI (`portone-io/developers.portone.io`
//! `src/schema/v1.openapi.json` @ `af926bd2`), paths under `/subscribe/customers`.

use super::card::{Birth, CardExpiry, CardNumber, Cvc, Pwd2Digit};
use super::page::{Page, paged};
use super::rules::{at_most, page_rules};
use super::{
    CancelRequester, Endpoint, IssuedBillingKey, Method, Payment, RequestPath, json_body_without,
};
use crate::value::{ChannelKey, CustomerUid, Email, InvalidValue, Pg};
use crate::{Builder, Validate};
use serde::Serialize;

/// `POST /subscribe/customers/{customer_uid}`: issue a billing key from card
/// data (key-in). `customer_uid` goes into the path, percent-encoded, not
/// into the body.
///
/// Serialized on its own (and parsed), it carries `customer_uid` with the
/// body's fields, so that one document holds the whole request; `body()`
/// leaves it out.
#[derive(Builder, Debug, Clone, PartialEq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize, at_most_one(channel = (pg, channel_group_id)))]
#[serde(deny_unknown_fields)]
pub struct IssueBillingKey {
    /// The billing key's id (the path parameter; not in `body()`).
    customer_uid: CustomerUid,
    /// `channel_key` (≤ 55; the OpenAPI marks it required).
    channel_key: ChannelKey,
    /// `pg`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pg: Option<Pg>,
    /// `customer_id` (required for tosspayments).
    #[serde(skip_serializing_if = "Option::is_none")]
    customer_id: Option<String>,
    /// `card_number`.
    card_number: CardNumber,
    /// `expiry`.
    expiry: CardExpiry,
    /// `birth` (required for ksnet).
    #[serde(skip_serializing_if = "Option::is_none")]
    birth: Option<Birth>,
    /// `pwd_2digit` (required for ksnet).
    #[serde(skip_serializing_if = "Option::is_none")]
    pwd_2digit: Option<Pwd2Digit>,
    /// `cvc` (paymentwall).
    #[serde(skip_serializing_if = "Option::is_none")]
    cvc: Option<Cvc>,
    /// `customer_name` (≤ 20).
    #[serde(skip_serializing_if = "Option::is_none")]
    customer_name: Option<String>,
    /// `customer_tel` (≤ 20).
    #[serde(skip_serializing_if = "Option::is_none")]
    customer_tel: Option<String>,
    /// `customer_email` (≤ 200).
    #[serde(skip_serializing_if = "Option::is_none")]
    customer_email: Option<Email>,
    /// `customer_addr` (≤ 200).
    #[serde(skip_serializing_if = "Option::is_none")]
    customer_addr: Option<String>,
    /// `customer_postcode` (≤ 8).
    #[serde(skip_serializing_if = "Option::is_none")]
    customer_postcode: Option<String>,
    /// `channel_group_id`: issue a super billing key for a smart-routing
    /// group; the answer is then [`IssuedBillingKey::Super`].
    #[serde(skip_serializing_if = "Option::is_none")]
    channel_group_id: Option<String>,
}

#[diagnostic::do_not_recommend]
impl Validate for IssueBillingKey {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        at_most("customer_name", self.customer_name.as_deref(), 20)?;
        at_most("customer_tel", self.customer_tel.as_deref(), 20)?;
        at_most(
            "customer_email",
            self.customer_email.as_ref().map(Email::as_str),
            200,
        )?;
        at_most("customer_addr", self.customer_addr.as_deref(), 200)?;
        at_most("customer_postcode", self.customer_postcode.as_deref(), 8)?;
        at_most(
            "pg",
            self.pg.as_ref().map(ToString::to_string).as_deref(),
            80,
        )?;
        at_most("channel_group_id", self.channel_group_id.as_deref(), 55)
    }
}

impl Endpoint for IssueBillingKey {
    const METHOD: Method = Method::Post;
    type Response = IssuedBillingKey;
    fn path(&self) -> String {
        let mut p = RequestPath::new("/subscribe/customers");
        p.segment(self.customer_uid.as_str());
        p.finish()
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body_without(self, &["customer_uid"])
    }
}

/// `GET /subscribe/customers/{customer_uid}`: look up a billing key.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(derive(Clone, Debug), getters)]
pub struct GetBillingKey {
    /// The billing key's id.
    customer_uid: CustomerUid,
}

impl Endpoint for GetBillingKey {
    const METHOD: Method = Method::Get;
    type Response = IssuedBillingKey;
    fn path(&self) -> String {
        let mut p = RequestPath::new("/subscribe/customers");
        p.segment(self.customer_uid.as_str());
        p.finish()
    }
}

/// `DELETE /subscribe/customers/{customer_uid}`: revoke a billing key.
/// Registering a new card under a `customer_uid` does not revoke the old
/// key: this call does.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(derive(Clone, Debug), getters)]
pub struct DeleteBillingKey {
    /// The billing key's id.
    customer_uid: CustomerUid,
    /// `reason` (query).
    reason: Option<String>,
    /// `extra[requester]` (query; naverpay only): `customer` or `admin`.
    requester: Option<CancelRequester>,
}

impl Endpoint for DeleteBillingKey {
    const METHOD: Method = Method::Delete;
    type Response = IssuedBillingKey;
    fn path(&self) -> String {
        let mut p = RequestPath::new("/subscribe/customers");
        p.segment(self.customer_uid.as_str());
        p.opt("reason", self.reason.as_deref());
        p.opt("extra[requester]", self.requester);
        p.finish()
    }
}

/// `GET /subscribe/customers`: several billing keys at once
/// (`customer_uid[]=a&customer_uid[]=b`).
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate)]
pub struct GetBillingKeys {
    /// `customer_uid[]`: at least one.
    customer_uids: Vec<CustomerUid>,
}

#[diagnostic::do_not_recommend]
impl Validate for GetBillingKeys {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        if self.customer_uids.is_empty() {
            return Err(InvalidValue::new(
                "customer_uids",
                "must name at least one billing key",
            ));
        }
        Ok(())
    }
}

impl Endpoint for GetBillingKeys {
    const METHOD: Method = Method::Get;
    type Response = Vec<IssuedBillingKey>;
    fn path(&self) -> String {
        let mut p = RequestPath::new("/subscribe/customers");
        p.array(
            "customer_uid[]",
            self.customer_uids.iter().map(CustomerUid::as_str),
        );
        p.finish()
    }
}

/// The billing keys asked for that the answer holds none of.
impl super::MultiLookup for GetBillingKeys {
    type Item = IssuedBillingKey;

    fn failed(&self, answer: &[IssuedBillingKey]) -> Vec<String> {
        self.customer_uids
            .iter()
            .map(CustomerUid::as_str)
            .filter(|uid| !answer.iter().any(|k| k.customer_uid() == *uid))
            .map(str::to_owned)
            .collect()
    }
}

/// `GET /subscribe/customers/{customer_uid}/payments`: a billing key's
/// payments, paged.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate)]
pub struct CustomerPayments {
    /// The billing key's id.
    customer_uid: CustomerUid,
    /// `page`, from 1.
    page: Option<u32>,
}

#[diagnostic::do_not_recommend]
impl Validate for CustomerPayments {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        page_rules(self.page, None)
    }
}

impl Endpoint for CustomerPayments {
    const METHOD: Method = Method::Get;
    type Response = Page<Payment>;
    fn path(&self) -> String {
        let mut p = RequestPath::new("/subscribe/customers");
        p.segment(self.customer_uid.as_str());
        p.fixed("payments");
        p.opt("page", self.page);
        p.finish()
    }
}

paged!(CustomerPayments, Payment);
