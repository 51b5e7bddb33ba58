//! Sub-merchants (tiers) of an agency account: look one up by its code.
//! Calls made for a sub-merchant carry its code in the `Tier` header
//! ([`super::Tiered`]).
//!
//! Source: the official V1 OpenAPI (`GET /tiers/{tier_code}`,
//! `TierAnnotation`).

use serde::Deserialize;

use super::{Endpoint, Method, RequestPath, TierCode};
use crate::json::object_only;
use crate::value::InvalidValue;
use crate::{Builder, Validate};

/// `GET /tiers/{tier_code}`: 하위 상점 정보 조회, a registered sub-merchant.
///
/// The OpenAPI gives the code's form: "알파벳 대문자 또는 숫자만
/// 사용(반드시 3자리)", exactly 3 capital letters or digits, which `build()`
/// checks on top of [`TierCode`]'s own rules.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[builder(derive(Clone, Debug), getters)]
#[builder(validate)]
pub struct GetTier {
    /// `tier_code` (path): 3 capital letters or digits, such as `XYZ`.
    tier_code: TierCode,
}

#[diagnostic::do_not_recommend]
impl Validate for GetTier {
    type Error = InvalidValue;
    fn validate(&self) -> Result<(), InvalidValue> {
        let code = self.tier_code.as_str();
        if code.len() == 3
            && code
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        {
            Ok(())
        } else {
            Err(InvalidValue::new(
                "tier_code",
                "must be exactly 3 capital letters or digits, such as `XYZ`",
            ))
        }
    }
}

impl Endpoint for GetTier {
    const METHOD: Method = Method::Get;
    type Response = Tier;
    fn path(&self) -> String {
        let mut p = RequestPath::new("/tiers");
        p.segment(self.tier_code.as_str());
        p.finish()
    }
}

/// A sub-merchant (OpenAPI `TierAnnotation`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct Tier {
    /// 하위 상점(Tier) 고유코드: the code, as the `Tier` header carries it.
    pub tier_code: String,
    /// 하위 상점(Tier) 관리명칭: the name it is managed under.
    pub tier_name: String,
}

object_only!(Tier);
