//! Identity verification (본인인증): look up or delete the result of a
//! verification, and verify a person by API, without PortOne's window:
//! request an OTP sent to the person's phone, then confirm it.
//!
//! Source of every field: the official V1 OpenAPI
//! (`GET /certifications/{imp_uid}` `getCertification`,
//! `DELETE /certifications/{imp_uid}` `deleteCertification`,
//! `POST /certifications/otp/request` `requestOTP`,
//! `POST /certifications/otp/confirm/{imp_uid}` `confirmOTP`, and the
//! schemas `CertificationResponse`, `CertificationAnnotation`,
//! `CertificationOTPResponse`, `CertificationOTPAnnotation`). The
//! deprecated `pg` of `requestOTP` is left out (and refused): the OpenAPI
//! points to `channel_key`, which it requires.
//!
//! The person's data never shows in `Debug`: the name, phone number, birth
//! date and gender digit of a request, the OTP, and the name, phone number,
//! birthday, gender, CI (`unique_key`) and DI (`unique_in_site`) of an
//! answer.
//!
//! Needs the cargo feature `certifications` (or `all-operations`).

use std::fmt;

use serde::{Deserialize, Serialize};

use super::card::Redacted;
use super::rules::not_blank;
use super::{Endpoint, JsonText, Method, RequestPath, json_body, json_body_without};
use crate::json::object_only;
use crate::string_enum::{open_enum, string_enum};
use crate::value::{ChannelKey, ImpUid, InvalidValue, MerchantUid, Timestamp, zero_is_none};
use crate::{Builder, Validate};

string_enum! {
    /// `carrier` of [`RequestCertificationOtp`]: 통신사 구분코드. A budget
    /// carrier's (알뜰폰) user gives the network's carrier and sets
    /// `is_mvno`.
    pub enum OtpCarrier {
        /// SK Telecom.
        Skt = "SKT",
        /// KT.
        Kt = "KT",
        /// LG U+.
        Lgt = "LGT",
    }
}

string_enum! {
    /// `verification_method` of [`RequestCertificationOtp`]: 본인인증 방식
    /// (`kcp_v2` only).
    pub enum VerificationMethod {
        /// The OTP arrives by SMS.
        Sms = "SMS",
        /// The carrier's app confirms; [`ConfirmCertificationOtp`] then
        /// goes without `otp`.
        App = "APP",
    }
}

open_enum! {
    /// `gender` of a [`Certification`]: 성별.
    pub enum Gender {
        /// 남성.
        Male = "male",
        /// 여성.
        Female = "female",
    }
}

open_enum! {
    /// `carrier` of a [`Certification`]: the carrier of the phone used,
    /// `_MVNO` for a budget carrier (알뜰폰) on that network.
    pub enum CertificationCarrier {
        /// SK Telecom.
        Skt = "SKT",
        /// KT.
        Kt = "KT",
        /// LG U+.
        Lgt = "LGT",
        /// A budget carrier on SK Telecom's network.
        SktMvno = "SKT_MVNO",
        /// A budget carrier on KT's network.
        KtMvno = "KT_MVNO",
        /// A budget carrier on LG U+'s network.
        LgtMvno = "LGT_MVNO",
    }
}

/// Reads an optional field that may be personal data or a secret: any
/// JSON type but a string is an error that does not repeat the value.
fn secret_opt<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    crate::json::secret_string(d).map(Some)
}

/// The ASCII digits of `value`, when it holds only digits and the
/// separators in `separators`; `None` otherwise.
fn digits_apart_from(value: &str, separators: &[char]) -> Option<String> {
    let mut digits = String::with_capacity(value.len());
    for c in value.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
        } else if !separators.contains(&c) {
            return None;
        }
    }
    Some(digits)
}

/// `phone`: a Korean mobile number, 10 or 11 digits, which `-`, `.` or
/// spaces may separate (PortOne drops everything but the digits; anything
/// else than those separators would be dropped too, so it is refused). The
/// message never repeats the number.
fn phone_rule(phone: &str) -> Result<(), InvalidValue> {
    match digits_apart_from(phone, &['-', '.', ' ']) {
        Some(digits) if (10..=11).contains(&digits.len()) => Ok(()),
        _ => Err(InvalidValue::new(
            "phone",
            "must be a mobile phone number of 10 or 11 digits (`-`, `.` or spaces may separate them)",
        )),
    }
}

/// `birth`: `YYMMDD`, which `-` or `.` may separate, with a month 01 to 12
/// and a day 01 to 31. The message never repeats the date.
fn birth_rule(birth: &str) -> Result<(), InvalidValue> {
    let digits = digits_apart_from(birth, &['-', '.']);
    let part = |d: &str, at: usize| {
        d.get(at..at.saturating_add(2))
            .and_then(|p| p.parse::<u8>().ok())
    };
    let ok = digits.as_deref().is_some_and(|d| {
        d.len() == 6
            && part(d, 2).is_some_and(|m| (1..=12).contains(&m))
            && part(d, 4).is_some_and(|day| (1..=31).contains(&day))
    });
    if ok {
        Ok(())
    } else {
        Err(InvalidValue::new(
            "birth",
            "must be the birth date as 6 digits `YYMMDD` (`-` or `.` may separate them)",
        ))
    }
}

/// `gender_digit`: the 7th digit of the resident registration number, `1`
/// to `4` (a citizen) or `5` to `8` (a foreigner, `kcp_v2`).
fn gender_digit_rule(digit: &str) -> Result<(), InvalidValue> {
    if matches!(digit, "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8") {
        Ok(())
    } else {
        Err(InvalidValue::new(
            "gender_digit",
            "must be one digit from 1 to 8: the first digit after the birth date in the resident registration number",
        ))
    }
}

/// The path of a certification's lookup and deletion.
fn certification_path(imp_uid: &ImpUid) -> String {
    let mut p = RequestPath::new("/certifications");
    p.segment(imp_uid.as_str());
    p.finish()
}

/// `GET /certifications/{imp_uid}`: 본인인증 결과조회, the result of an
/// identity verification.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(derive(Clone, Debug), getters)]
pub struct GetCertification {
    /// `imp_uid` (path): 포트원 인증 고유번호, from the verification.
    imp_uid: ImpUid,
}

impl Endpoint for GetCertification {
    const METHOD: Method = Method::Get;
    type Response = Certification;
    fn path(&self) -> String {
        certification_path(&self.imp_uid)
    }
}

/// `DELETE /certifications/{imp_uid}`: 본인인증 정보삭제, delete the
/// result of an identity verification from PortOne's servers for good. It
/// answers the result deleted.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(derive(Clone, Debug), getters)]
pub struct DeleteCertification {
    /// `imp_uid` (path): 포트원 인증 고유번호, from the verification.
    imp_uid: ImpUid,
}

impl Endpoint for DeleteCertification {
    const METHOD: Method = Method::Delete;
    type Response = Certification;
    fn path(&self) -> String {
        certification_path(&self.imp_uid)
    }
}

/// `POST /certifications/otp/request`: 본인인증 요청, check a person's
/// data with the carrier and, when it matches, send an OTP (6 digits) to
/// the phone; [`ConfirmCertificationOtp`] finishes with it. For merchants
/// the carriers approved (danal, `kcp_v2`). `Debug` shows none of the
/// person's data.
#[derive(Builder, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequestCertificationOtp {
    /// `name`: 본인인증 대상자 성명.
    #[builder(into)]
    #[serde(deserialize_with = "crate::json::secret_string")]
    name: String,
    /// `phone`: 휴대폰번호, 10 or 11 digits (`-`, `.`, spaces may separate them).
    #[builder(into)]
    #[serde(deserialize_with = "crate::json::secret_string")]
    phone: String,
    /// `birth`: 생년월일 `YYMMDD` (`-` or `.` may separate them).
    #[builder(into)]
    #[serde(deserialize_with = "crate::json::secret_string")]
    birth: String,
    /// `gender_digit`: 성별구분코드, the 7th digit of the resident
    /// registration number: 1 or 2 (born before 2000), 3 or 4 (from 2000);
    /// for a foreigner (`kcp_v2`) 5 or 6 (before 2000), 7 or 8 (from 2000).
    #[builder(into)]
    #[serde(deserialize_with = "crate::json::secret_string")]
    gender_digit: String,
    /// `carrier`: 통신사 구분코드.
    carrier: OtpCarrier,
    /// `is_mvno`: a budget carrier's (알뜰폰) user (`false` when unset).
    #[serde(skip_serializing_if = "Option::is_none")]
    is_mvno: Option<bool>,
    /// `company`: 고객사 서비스명칭 or domain, named in the SMS KISA sends.
    #[builder(into)]
    #[serde(skip_serializing_if = "Option::is_none")]
    company: Option<String>,
    /// `merchant_uid`: the merchant's id of this verification.
    #[serde(skip_serializing_if = "Option::is_none")]
    merchant_uid: Option<MerchantUid>,
    /// `channel_key`: the verification channel (required for `kcp_v2`,
    /// and in the OpenAPI).
    channel_key: ChannelKey,
    /// `verification_method`: SMS or the carrier's app (`kcp_v2`).
    #[serde(skip_serializing_if = "Option::is_none")]
    verification_method: Option<VerificationMethod>,
    /// `bypass`: JSON text passed to the PG as is (`kcp_v2`).
    #[serde(skip_serializing_if = "Option::is_none")]
    bypass: Option<JsonText>,
}

#[diagnostic::do_not_recommend]
impl Validate for RequestCertificationOtp {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        not_blank("name", &self.name)?;
        phone_rule(&self.phone)?;
        birth_rule(&self.birth)?;
        gender_digit_rule(&self.gender_digit)
    }
}

// By hand, so that the person's data is not shown. Every field is named,
// so a new field is a compile error here.
impl fmt::Debug for RequestCertificationOtp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let RequestCertificationOtp {
            name: _,
            phone: _,
            birth: _,
            gender_digit: _,
            carrier,
            is_mvno,
            company,
            merchant_uid,
            channel_key,
            verification_method,
            bypass,
        } = self;
        f.debug_struct("RequestCertificationOtp")
            .field("name", &"<redacted>")
            .field("phone", &"<redacted>")
            .field("birth", &"<redacted>")
            .field("gender_digit", &"<redacted>")
            .field("carrier", carrier)
            .field("is_mvno", is_mvno)
            .field("company", company)
            .field("merchant_uid", merchant_uid)
            .field("channel_key", channel_key)
            .field("verification_method", verification_method)
            .field("bypass", bypass)
            .finish()
    }
}

impl Endpoint for RequestCertificationOtp {
    const METHOD: Method = Method::Post;
    type Response = CertificationOtp;
    fn path(&self) -> String {
        RequestPath::new("/certifications/otp/request").finish()
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body(self)
    }
}

/// `POST /certifications/otp/confirm/{imp_uid}`: 본인인증 완료, finish a
/// verification that [`RequestCertificationOtp`] started, with the OTP the
/// person received (none for `kcp_v2`'s app method). It answers the
/// result. `Debug` does not show `otp`.
///
/// Serialized on its own (and parsed), it carries `imp_uid` with the
/// body's fields; `body()` leaves it out.
#[derive(Builder, Clone, PartialEq, Eq, Serialize)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate, deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfirmCertificationOtp {
    /// `imp_uid` (path): the verification, as [`CertificationOtp`] named it.
    imp_uid: ImpUid,
    /// `otp`: 본인인증 번호, the 6 digits sent by SMS (left out for
    /// `kcp_v2`'s app method).
    #[builder(into)]
    #[serde(
        default,
        deserialize_with = "secret_opt",
        skip_serializing_if = "Option::is_none"
    )]
    otp: Option<String>,
}

#[diagnostic::do_not_recommend]
impl Validate for ConfirmCertificationOtp {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        match self.otp.as_deref() {
            Some(otp) if otp.len() != 6 || !otp.bytes().all(|b| b.is_ascii_digit()) => Err(
                InvalidValue::new("otp", "must be the 6 digits sent to the phone"),
            ),
            _ => Ok(()),
        }
    }
}

impl fmt::Debug for ConfirmCertificationOtp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ConfirmCertificationOtp { imp_uid, otp } = self;
        f.debug_struct("ConfirmCertificationOtp")
            .field("imp_uid", imp_uid)
            .field("otp", &Redacted::of(otp.as_ref()))
            .finish()
    }
}

impl Endpoint for ConfirmCertificationOtp {
    const METHOD: Method = Method::Post;
    type Response = Certification;
    fn path(&self) -> String {
        let mut p = RequestPath::new("/certifications/otp/confirm");
        p.segment(self.imp_uid.as_str());
        p.finish()
    }
    fn body(&self) -> Result<Option<String>, serde_json::Error> {
        json_body_without(self, &["imp_uid"])
    }
}

/// The answer of [`RequestCertificationOtp`] (OpenAPI
/// `CertificationOTPAnnotation`): the verification started, which
/// [`ConfirmCertificationOtp`] finishes.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct CertificationOtp {
    /// 포트원 인증 고유번호.
    pub imp_uid: String,
}

object_only!(CertificationOtp);

/// The result of an identity verification (OpenAPI
/// `CertificationAnnotation`). `Debug` shows none of the person's data
/// (name, gender, birthday, phone, CI, DI).
#[derive(Clone, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct Certification {
    /// 포트원 인증 고유번호.
    pub imp_uid: String,
    /// 고객사 주문번호.
    #[serde(default)]
    pub merchant_uid: Option<String>,
    /// The PG's id of the verification.
    #[serde(default)]
    pub pg_tid: Option<String>,
    /// The PG that verified: `danal`, `kcp_v2`, ...
    pub pg_provider: String,
    /// 실명: the person's name.
    #[serde(default, deserialize_with = "crate::json::secret_opt_string")]
    pub name: Option<String>,
    /// 성별.
    #[serde(default)]
    pub gender: Option<Gender>,
    /// 생년월일, `YYYY-MM-DD` (ISO 8601), as the API writes it.
    #[serde(default, deserialize_with = "crate::json::secret_opt_string")]
    pub birthday: Option<String>,
    /// 외국인 여부 (with danal, always `false` unless the contract asks
    /// for the distinction; see `foreigner_v2`).
    pub foreigner: bool,
    /// The phone number used, digits only (absent without the carriers'
    /// prior approval, and for a card verification).
    #[serde(default, deserialize_with = "crate::json::secret_opt_string")]
    pub phone: Option<String>,
    /// The phone's carrier (absent as `phone` is).
    #[serde(default)]
    pub carrier: Option<CertificationCarrier>,
    /// 인증성공여부.
    #[serde(default)]
    pub certified: Option<bool>,
    /// 인증처리시각 (`None` for 0 or `null`).
    #[serde(default, deserialize_with = "zero_is_none")]
    pub certified_at: Option<Timestamp>,
    /// CI (개인 고유구분 식별키), the same for the person everywhere.
    #[serde(default, deserialize_with = "crate::json::secret_opt_string")]
    pub unique_key: Option<String>,
    /// DI (고객사 내 개인 고유구분 식별키), per PG merchant id.
    #[serde(default, deserialize_with = "crate::json::secret_opt_string")]
    pub unique_in_site: Option<String>,
    /// The URL of the page the verification ran on.
    #[serde(default)]
    pub origin: Option<String>,
    /// 외국인 여부, `None` where the danal contract does not tell.
    #[serde(default)]
    pub foreigner_v2: Option<bool>,
}

object_only!(Certification);

impl fmt::Debug for Certification {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Certification {
            imp_uid,
            merchant_uid,
            pg_tid,
            pg_provider,
            name,
            gender,
            birthday,
            foreigner,
            phone,
            carrier,
            certified,
            certified_at,
            unique_key,
            unique_in_site,
            origin,
            foreigner_v2,
        } = self;
        f.debug_struct("Certification")
            .field("imp_uid", imp_uid)
            .field("merchant_uid", merchant_uid)
            .field("pg_tid", pg_tid)
            .field("pg_provider", pg_provider)
            .field("name", &Redacted::of(name.as_ref()))
            .field("gender", &Redacted::of(gender.as_ref()))
            .field("birthday", &Redacted::of(birthday.as_ref()))
            .field("foreigner", foreigner)
            .field("phone", &Redacted::of(phone.as_ref()))
            .field("carrier", carrier)
            .field("certified", certified)
            .field("certified_at", certified_at)
            .field("unique_key", &Redacted::of(unique_key.as_ref()))
            .field("unique_in_site", &Redacted::of(unique_in_site.as_ref()))
            .field("origin", origin)
            .field("foreigner_v2", foreigner_v2)
            .finish()
    }
}
