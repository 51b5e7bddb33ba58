//! 베네피아 포인트 (복지포인트, through KCP): look up a member's points
//! and pay with them, with the member's Benepia account id and password.
//!
//! Source of every field: the official V1 OpenAPI (`POST /benepia/point`
//! `queryBenepiaPoint`, `POST /benepia/payment` `payBenepiaPoint`, and the
//! schemas `BenepiaPointResponse`, `BenepiaPointAnnotation`,
//! `PaymentResponse`). `benepia_password` never shows in `Debug`, and a
//! wrong JSON type for it is an error that does not repeat it.
//!
//! Needs the cargo feature `benepia` (or `all-operations`).

use std::fmt;

use serde::{Deserialize, Serialize};

use super::rules::{at_most, not_blank, not_empty, payable};
use super::{Endpoint, JsonText, Method, Payment, RequestPath, json_body};
use crate::json::object_only;
use crate::value::{Amount, ChannelKey, Email, HttpUrl, InvalidValue, MerchantUid, OrderName};
use crate::{Builder, Validate};

/// That the account's id and password are given.
fn account_rules(user: &str, password: &str) -> Result<(), InvalidValue> {
    not_blank("benepia_user", user)?;
    // The message never repeats the password.
    not_blank("benepia_password", password)
}

/// `POST /benepia/point`: 포인트 단건조회, the Benepia points a member
/// holds (through KCP, whose site code is needed). `Debug` does not show
/// `benepia_password`.
#[derive(Builder, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize)]
#[serde(deny_unknown_fields)]
pub struct QueryPoint {
    /// `benepia_user`: 베네피아 계정 아이디.
    #[builder(into)]
    benepia_user: String,
    /// `benepia_password`: 베네피아 계정 비밀번호.
    #[builder(into)]
    #[serde(deserialize_with = "crate::json::secret_string")]
    benepia_password: String,
    /// `channel_key`: the channel to look up with.
    channel_key: ChannelKey,
}

#[diagnostic::do_not_recommend]
impl Validate for QueryPoint {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        account_rules(&self.benepia_user, &self.benepia_password)
    }
}

impl fmt::Debug for QueryPoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let QueryPoint {
            benepia_user,
            benepia_password: _,
            channel_key,
        } = self;
        f.debug_struct("QueryPoint")
            .field("benepia_user", benepia_user)
            .field("benepia_password", &"<redacted>")
            .field("channel_key", channel_key)
            .finish()
    }
}

impl Endpoint for QueryPoint {
    const METHOD: Method = Method::Post;
    type Response = Point;
    fn path(&self) -> String {
        RequestPath::new("/benepia/point").finish()
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body(self)
    }
}

/// The answer of [`QueryPoint`] (OpenAPI `BenepiaPointAnnotation`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct Point {
    /// 베네피아 보유 포인트 (an integer in the OpenAPI).
    #[serde(default)]
    pub point: Option<Amount>,
}

object_only!(Point);

/// `POST /benepia/payment`: 포인트 결제 요청, pay with a member's Benepia
/// points (through KCP). It answers the payment. `Debug` does not show
/// `benepia_password`.
#[derive(Builder, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize)]
#[serde(deny_unknown_fields)]
pub struct PayWithPoint {
    /// `benepia_user`: 베네피아 계정 아이디.
    #[builder(into)]
    benepia_user: String,
    /// `benepia_password`: 베네피아 계정 비밀번호.
    #[builder(into)]
    #[serde(deserialize_with = "crate::json::secret_string")]
    benepia_password: String,
    /// `benepia_member_code`: 회원사 코드 from Benepia; a test payment
    /// when unset.
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    benepia_member_code: Option<String>,
    /// `merchant_uid` (≤ 40): an order that has never been paid.
    merchant_uid: MerchantUid,
    /// `amount`: 결제요청금액, whole won above 0.
    amount: Amount,
    /// `name` (≤ 40): 주문명.
    name: OrderName,
    /// `buyer_name` (≤ 16).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_name: Option<String>,
    /// `buyer_email` (≤ 64).
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_email: Option<Email>,
    /// `buyer_tel` (≤ 16).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_tel: Option<String>,
    /// `buyer_addr` (≤ 128).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_addr: Option<String>,
    /// `buyer_postcode` (≤ 8).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    buyer_postcode: Option<String>,
    /// `channel_key`: the channel to pay with.
    channel_key: ChannelKey,
    /// `notice_url`: the webhook URLs for the payment (the console's when
    /// unset); at least one when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    notice_url: Option<Vec<HttpUrl>>,
    /// `custom_data`: JSON text stored with the payment.
    #[serde(skip_serializing_if = "Option::is_none")]
    custom_data: Option<JsonText>,
}

#[diagnostic::do_not_recommend]
impl Validate for PayWithPoint {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        account_rules(&self.benepia_user, &self.benepia_password)?;
        payable(self.amount, None, None)?;
        at_most("buyer_name", self.buyer_name.as_deref(), 16)?;
        at_most(
            "buyer_email",
            self.buyer_email.as_ref().map(Email::as_str),
            64,
        )?;
        at_most("buyer_tel", self.buyer_tel.as_deref(), 16)?;
        at_most("buyer_addr", self.buyer_addr.as_deref(), 128)?;
        at_most("buyer_postcode", self.buyer_postcode.as_deref(), 8)?;
        not_empty("notice_url", self.notice_url.as_deref())
    }
}

// By hand, so that `benepia_password` is not shown. Every field is named,
// so a new field is a compile error here.
impl fmt::Debug for PayWithPoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let PayWithPoint {
            benepia_user,
            benepia_password: _,
            benepia_member_code,
            merchant_uid,
            amount,
            name,
            buyer_name,
            buyer_email,
            buyer_tel,
            buyer_addr,
            buyer_postcode,
            channel_key,
            notice_url,
            custom_data,
        } = self;
        f.debug_struct("PayWithPoint")
            .field("benepia_user", benepia_user)
            .field("benepia_password", &"<redacted>")
            .field("benepia_member_code", benepia_member_code)
            .field("merchant_uid", merchant_uid)
            .field("amount", amount)
            .field("name", name)
            .field("buyer_name", buyer_name)
            .field("buyer_email", buyer_email)
            .field("buyer_tel", buyer_tel)
            .field("buyer_addr", buyer_addr)
            .field("buyer_postcode", buyer_postcode)
            .field("channel_key", channel_key)
            .field("notice_url", notice_url)
            .field("custom_data", custom_data)
            .finish()
    }
}

impl Endpoint for PayWithPoint {
    const METHOD: Method = Method::Post;
    type Response = Payment;
    fn path(&self) -> String {
        RequestPath::new("/benepia/payment").finish()
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body(self)
    }
}
