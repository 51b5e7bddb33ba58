//! KCP 퀵페이 (`kcp_quick`): delete a buyer's registration, pay with KCP
//! prepaid money (선불머니) after a PIN check, register or edit a prepaid
//! money transaction beforehand, pay with an automatic-payment key, delete
//! that key, and release a member's biometric login (FIDO).
//!
//! Source of every field: the official V1 OpenAPI, the operations of
//! category `pg.kcpquick`: `DELETE /kcpquick/members/{member_id}`
//! (`member_delete`), `POST /kcpquick/payment/money` (`payWithMoney`),
//! `POST` and `PUT /kcpquick/prepare/{merchant_uid}` (`prepare_create`,
//! `prepare_update`), `POST /kcpquick/payment/autopay`
//! (`payWithAutoPaymentKey`), `DELETE /kcpquick/autopay/{customer_uid}`
//! (`deleteAutoPayKey`), `POST /kcpquick/members/{member_id}/fido/release`
//! (`releaseFido`); and the schemas `KcpQuickMemberResponse`,
//! `KcpQuickMemberAnnotation`, `PaymentResponse` and the inline answers of
//! `deleteAutoPayKey` and `releaseFido`.
//!
//! The two prepare operations answer 200 with no schema: their answer is
//! [`Done`], which keeps nothing. `releaseFido` also carries an `error`
//! (KCP's own code and message) beside the envelope when it fails; that
//! failure arrives as the envelope's non-zero `code` and `message`.
//!
//! Needs the cargo feature `kcpquick` (or `all-operations`).

use std::fmt;
use std::net::Ipv4Addr;

use serde::{Deserialize, Serialize};

/// The answer of the calls that answer nothing but success.
pub use super::Done;
use super::rules::{at_most, at_most_bytes, not_blank, payable, required_when};
use super::{Endpoint, Method, Payment, RequestPath, json_body, json_body_without};
use crate::json::object_only;
use crate::string_enum::string_enum;
use crate::value::{
    Amount, ChannelKey, CustomerUid, HttpUrl, ImpUid, InvalidValue, MerchantUid, OrderName,
    Timestamp, identifier,
};
use crate::{Builder, Validate};

fn member_id(value: &str) -> Result<(), String> {
    // `maxLength` 80 in `KcpQuickMemberAnnotation`; the rules of a path
    // segment.
    identifier(value, 80)
}

crate::value::checked_string! {
    /// `member_id`: the buyer's id at KCP 퀵페이 (memberID), 1 to 80
    /// characters (at most 16 for [`PayWithMoney`]), with the rules of
    /// [`MerchantUid`] for a path segment (no
    /// control, invisible or bidirectional characters, no whitespace at
    /// either end, not `.` or `..`).
    MemberId, "member_id", member_id
}

string_enum! {
    /// `prepaid_auth_yn` of [`CreatePrepare`] and [`UpdatePrepare`]:
    /// whether the prepaid money is authenticated (선불머니 인증 사용 여부).
    pub enum PrepaidAuth {
        /// `Y`: used; `prepaid_amount` is then required.
        Yes = "Y",
        /// `N`: not used.
        No = "N",
    }
}

/// `DELETE /kcpquick/members/{member_id}`: (KCP 퀵페이) 구매자 정보 단건
/// 삭제, delete a buyer's KCP 퀵페이 registration for good. The three
/// query parameters are those the buyer was registered with.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate)]
pub struct DeleteMember {
    /// `member_id` (path): 구매자 고유 아이디.
    member_id: MemberId,
    /// `site_code` (query, ≤ 80): the site code (SITE CD) of the
    /// registration, such as `IX0XX`.
    #[builder(into)]
    site_code: String,
    /// `partner_type` (query, ≤ 80): the partner type of the registration,
    /// such as `IX99`.
    #[builder(into)]
    partner_type: String,
    /// `partner_subtype` (query, ≤ 80): the partner subtype of the
    /// registration, such as `99IX`.
    #[builder(into)]
    partner_subtype: String,
}

#[diagnostic::do_not_recommend]
impl Validate for DeleteMember {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        for (what, value) in [
            ("site_code", &self.site_code),
            ("partner_type", &self.partner_type),
            ("partner_subtype", &self.partner_subtype),
        ] {
            not_blank(what, value)?;
            at_most(what, Some(value), 80)?;
        }
        Ok(())
    }
}

impl Endpoint for DeleteMember {
    const METHOD: Method = Method::Delete;
    type Response = Member;
    fn path(&self) -> String {
        let mut p = RequestPath::new("/kcpquick/members");
        p.segment(self.member_id.as_str());
        p.param("site_code", &self.site_code);
        p.param("partner_type", &self.partner_type);
        p.param("partner_subtype", &self.partner_subtype);
        p.finish()
    }
}

/// The answer of [`DeleteMember`] (OpenAPI `KcpQuickMemberAnnotation`): the
/// registration deleted.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct Member {
    /// 구매자의 고유 아이디 (memberID).
    pub member_id: String,
    /// The PG: `kcp_quick`.
    pub pg_provider: String,
    /// The PG's merchant id (MID) the buyer was registered with.
    #[serde(default)]
    pub pg_id: Option<String>,
    /// When the buyer was registered.
    pub inserted: Timestamp,
    /// When the registration last changed.
    pub updated: Timestamp,
}

object_only!(Member);

/// `POST /kcpquick/payment/money`: KCP 선불머니 결제, pay with the
/// buyer's KCP prepaid money, after the PIN check (`PinCheck`) of the
/// payment `imp_uid`. It answers the payment.
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize)]
#[serde(deny_unknown_fields)]
pub struct PayWithMoney {
    /// `member_id` (≤ 16): the buyer's id at KCP's prepaid money service.
    member_id: MemberId,
    /// `channel_key`: the KCP prepaid money channel.
    channel_key: ChannelKey,
    /// `merchant_uid` (≤ 40): 고객사 주문번호.
    merchant_uid: MerchantUid,
    /// `name` (≤ 40): 주문명.
    name: OrderName,
    /// `amount`: 결제 요청할 금액, whole won above 0.
    amount: Amount,
    /// `imp_uid`: the payment whose PIN check (`PinCheck`) was done.
    imp_uid: ImpUid,
    /// `notice_url`: the webhook URL for the approval's result.
    #[serde(skip_serializing_if = "Option::is_none")]
    notice_url: Option<HttpUrl>,
}

#[diagnostic::do_not_recommend]
impl Validate for PayWithMoney {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        at_most("member_id", Some(self.member_id.as_str()), 16)?;
        payable(self.amount, None, None)
    }
}

impl Endpoint for PayWithMoney {
    const METHOD: Method = Method::Post;
    type Response = Payment;
    fn path(&self) -> String {
        RequestPath::new("/kcpquick/payment/money").finish()
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body(self)
    }
}

/// The largest `prepaid_amount`: "최대 9자리 정수", in hundredths.
const MAX_PREPAID_HUNDREDTHS: u64 = 99_999_999_900;

/// The rules of the prepare body, shared by [`CreatePrepare`] and
/// [`UpdatePrepare`].
fn prepare_rules(
    btid: &str,
    code_verifier: &str,
    prepaid_auth_yn: Option<PrepaidAuth>,
    prepaid_amount: Option<Amount>,
    vender_type: Option<&str>,
    reward_id: Option<&str>,
) -> Result<(), InvalidValue> {
    not_blank("btid", btid)?;
    at_most("btid", Some(btid), 20)?;
    // The message never repeats the verifier.
    not_blank("code_verifier", code_verifier)?;
    at_most("code_verifier", Some(code_verifier), 200)?;
    required_when(
        "prepaid_amount",
        prepaid_amount.is_some(),
        prepaid_auth_yn == Some(PrepaidAuth::Yes),
        "`prepaid_auth_yn` is `Y`",
    )?;
    if let Some(amount) = prepaid_amount
        && (!amount.is_whole() || amount.hundredths() > MAX_PREPAID_HUNDREDTHS)
    {
        return Err(InvalidValue::new(
            "prepaid_amount",
            format!("must be a whole number of at most 9 digits, got {amount}"),
        ));
    }
    at_most_bytes("vender_type", vender_type, 20)?;
    at_most_bytes("reward_id", reward_id, 20)
}

/// The path of the prepare operations.
fn prepare_path(merchant_uid: &MerchantUid) -> String {
    let mut p = RequestPath::new("/kcpquick/prepare");
    p.segment(merchant_uid.as_str());
    p.finish()
}

/// `POST /kcpquick/prepare/{merchant_uid}`: KCP 선불머니 거래 사전등록,
/// register a prepaid money transaction beforehand. A second registration
/// of the same `merchant_uid` is refused (409): edit it with
/// [`UpdatePrepare`]. `Debug` does not show `code_verifier`.
///
/// Serialized on its own (and parsed), it carries `merchant_uid` with the
/// body's fields; `body()` leaves it out.
#[derive(Builder, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize)]
#[serde(deny_unknown_fields)]
pub struct CreatePrepare {
    /// `merchant_uid` (path, ≤ 40): 사전등록할 거래의 고객사 주문번호.
    merchant_uid: MerchantUid,
    /// `btid` (≤ 20): the merchant's transaction registration number.
    #[builder(into)]
    btid: String,
    /// `cust_ip`: the buyer's IPv4 address.
    cust_ip: Ipv4Addr,
    /// `code_verifier` (≤ 200): a random string that proves the requester.
    #[builder(into)]
    #[serde(deserialize_with = "crate::json::secret_string")]
    code_verifier: String,
    /// `prepaid_auth_yn`: 선불머니 인증 사용 여부 (`Pay`, `PinCheck`: optional;
    /// `PrepaidAuth`: required).
    #[serde(skip_serializing_if = "Option::is_none")]
    prepaid_auth_yn: Option<PrepaidAuth>,
    /// `prepaid_amount`: 선불머니 결제 금액, a whole number of at most 9
    /// digits; required when `prepaid_auth_yn` is `Y`.
    #[serde(skip_serializing_if = "Option::is_none")]
    prepaid_amount: Option<Amount>,
    /// `vender_type` (≤ 20 bytes): 바코드 발급사 타입, such as `VID2`
    /// (`PrepaidOfflineUse`).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    vender_type: Option<String>,
    /// `reward_id` (≤ 20 bytes): 리워드 ID, such as `R0000000784`
    /// (`PrepaidOfflineUse`).
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    reward_id: Option<String>,
}

#[diagnostic::do_not_recommend]
impl Validate for CreatePrepare {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        prepare_rules(
            &self.btid,
            &self.code_verifier,
            self.prepaid_auth_yn,
            self.prepaid_amount,
            self.vender_type.as_deref(),
            self.reward_id.as_deref(),
        )
    }
}

impl fmt::Debug for CreatePrepare {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let CreatePrepare {
            merchant_uid,
            btid,
            cust_ip,
            code_verifier: _,
            prepaid_auth_yn,
            prepaid_amount,
            vender_type,
            reward_id,
        } = self;
        f.debug_struct("CreatePrepare")
            .field("merchant_uid", merchant_uid)
            .field("btid", btid)
            .field("cust_ip", cust_ip)
            .field("code_verifier", &"<redacted>")
            .field("prepaid_auth_yn", prepaid_auth_yn)
            .field("prepaid_amount", prepaid_amount)
            .field("vender_type", vender_type)
            .field("reward_id", reward_id)
            .finish()
    }
}

impl Endpoint for CreatePrepare {
    const METHOD: Method = Method::Post;
    type Response = Done;
    fn path(&self) -> String {
        prepare_path(&self.merchant_uid)
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body_without(self, &["merchant_uid"])
    }
}

/// `PUT /kcpquick/prepare/{merchant_uid}`: KCP 선불머니 거래 사전등록
/// 수정, edit what [`CreatePrepare`] registered (404 when nothing was),
/// with the same fields and rules: made from a [`CreatePrepare`], it sends
/// that with `PUT`.
///
/// Serialized (and parsed), it is the [`CreatePrepare`] it holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct UpdatePrepare(CreatePrepare);

impl UpdatePrepare {
    /// The edit that sends `prepare`'s fields for its `merchant_uid`.
    #[must_use]
    pub fn new(prepare: CreatePrepare) -> Self {
        UpdatePrepare(prepare)
    }
}

impl Endpoint for UpdatePrepare {
    const METHOD: Method = Method::Put;
    type Response = Done;
    fn path(&self) -> String {
        self.0.path()
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        self.0.body()
    }
}

/// `POST /kcpquick/payment/autopay`: KCP 퀵페이 자동결제, pay with the
/// automatic-payment key registered for a billing key (`customer_uid`).
/// PortOne prepares, then approves. It answers the payment.
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize)]
#[serde(deny_unknown_fields)]
pub struct PayWithAutopayKey {
    /// `customer_uid`: the billing key whose automatic-payment key pays.
    customer_uid: CustomerUid,
    /// `merchant_uid` (≤ 40): 고객사 주문번호.
    merchant_uid: MerchantUid,
    /// `name` (≤ 40): 주문명 (상품명).
    name: OrderName,
    /// `buyer_name` (≤ 20): 주문자 이름.
    #[builder(into)]
    buyer_name: String,
    /// `amount`: 결제 요청할 금액, whole won above 0.
    amount: Amount,
    /// `notice_url`: the webhook URL for the approval's result.
    #[serde(skip_serializing_if = "Option::is_none")]
    notice_url: Option<HttpUrl>,
}

#[diagnostic::do_not_recommend]
impl Validate for PayWithAutopayKey {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        not_blank("buyer_name", &self.buyer_name)?;
        at_most("buyer_name", Some(&self.buyer_name), 20)?;
        payable(self.amount, None, None)
    }
}

impl Endpoint for PayWithAutopayKey {
    const METHOD: Method = Method::Post;
    type Response = Payment;
    fn path(&self) -> String {
        RequestPath::new("/kcpquick/payment/autopay").finish()
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body(self)
    }
}

/// `DELETE /kcpquick/autopay/{customer_uid}`: KCP 퀵페이 자동결제 키 삭제,
/// delete the automatic-payment key of a billing key.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(derive(Clone, Debug), getters)]
pub struct DeleteAutopayKey {
    /// `customer_uid` (path): the billing key whose automatic-payment key
    /// goes.
    customer_uid: CustomerUid,
}

impl Endpoint for DeleteAutopayKey {
    const METHOD: Method = Method::Delete;
    type Response = DeletedAutopayKey;
    fn path(&self) -> String {
        let mut p = RequestPath::new("/kcpquick/autopay");
        p.segment(self.customer_uid.as_str());
        p.finish()
    }
}

/// The answer of [`DeleteAutopayKey`] (the OpenAPI's inline `response`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct DeletedAutopayKey {
    /// The billing key whose automatic-payment key was deleted.
    #[serde(default)]
    pub customer_uid: Option<String>,
}

object_only!(DeletedAutopayKey);

/// `POST /kcpquick/members/{member_id}/fido/release`: (KCP 퀵페이)
/// 생체인증(FIDO) 사용 해제, turn a member's biometric login off.
///
/// Serialized on its own (and parsed), it carries `member_id` with the
/// body's fields; `body()` leaves it out.
#[derive(Builder, Debug, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReleaseFido {
    /// `member_id` (path): 생체인증 해제할 회원 고유 아이디.
    member_id: MemberId,
    /// `channel_key`: the KCP 퀵페이 channel.
    channel_key: ChannelKey,
}

impl Endpoint for ReleaseFido {
    const METHOD: Method = Method::Post;
    type Response = ReleasedFido;
    fn path(&self) -> String {
        let mut p = RequestPath::new("/kcpquick/members");
        p.segment(self.member_id.as_str());
        p.fixed("fido");
        p.fixed("release");
        p.finish()
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body_without(self, &["member_id"])
    }
}

/// The answer of [`ReleaseFido`] (the OpenAPI's inline `response`, sent
/// on success only).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct ReleasedFido {
    /// The member whose biometric login was turned off.
    #[serde(default)]
    pub member_id: Option<String>,
}

object_only!(ReleasedFido);
