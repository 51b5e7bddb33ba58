//! Checked strings.

use std::fmt;

use super::{InvalidValue, js_len};

/// Defines a string newtype whose constructor runs `check`
/// (`fn(&str) -> Result<(), String>`, the rule in words).
macro_rules! checked_string {
    (
        $(#[$doc:meta])*
        $name:ident, $what:literal, $check:path
    ) => {
        $(#[$doc])*
        #[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(String);

        impl $name {
            /// Checks `value` and wraps it.
            ///
            /// # Errors
            ///
            /// [`InvalidValue`] naming the rule `value` breaks.
            pub fn new(value: impl Into<String>) -> Result<Self, InvalidValue> {
                let value = value.into();
                $check(&value).map_err(|rule| InvalidValue::new($what, rule))?;
                Ok($name(value))
            }

            /// The text.
            #[must_use]
            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// The text, owned.
            #[must_use]
            pub fn into_string(self) -> String {
                self.0
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Debug::fmt(&self.0, f)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl std::str::FromStr for $name {
            type Err = InvalidValue;
            fn from_str(s: &str) -> Result<Self, InvalidValue> {
                Self::new(s)
            }
        }

        impl TryFrom<&str> for $name {
            type Error = InvalidValue;
            fn try_from(s: &str) -> Result<Self, InvalidValue> {
                Self::new(s)
            }
        }

        impl TryFrom<String> for $name {
            type Error = InvalidValue;
            fn try_from(s: String) -> Result<Self, InvalidValue> {
                Self::new(s)
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.0)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let s = String::deserialize(deserializer)?;
                Self::new(s).map_err(serde::de::Error::custom)
            }
        }
    };
}

pub(crate) use checked_string;

fn length(value: &str, min: usize, max: usize) -> Result<(), String> {
    let n = js_len(value);
    if n == 0 && min > 0 {
        return Err("must not be empty".to_owned());
    }
    if n < min || n > max {
        return Err(format!(
            "must be {min} to {max} characters (UTF-16 units, as JavaScript counts), got {n}"
        ));
    }
    Ok(())
}

/// The rules of an identifier that is sent on and may become a path
/// segment: 1 to `max` characters, no control, invisible or bidirectional
/// characters, no whitespace at either end, and not `.` or `..` (which a
/// path-normalizing proxy reads as "this" or "the parent" folder).
pub(crate) fn identifier(value: &str, max: usize) -> Result<(), String> {
    length(value, 1, max)?;
    if value.chars().any(char::is_control) {
        return Err("must not contain control characters".to_owned());
    }
    if value.chars().any(super::error::is_invisible) {
        return Err("must not contain invisible or bidirectional characters".to_owned());
    }
    if value.trim().is_empty() {
        return Err("must not be whitespace only".to_owned());
    }
    if value.trim() != value {
        return Err("must not start or end with whitespace".to_owned());
    }
    if value == "." || value == ".." {
        return Err("must not be `.` or `..`, which a proxy reads as a path step".to_owned());
    }
    Ok(())
}

fn merchant_uid(value: &str) -> Result<(), String> {
    identifier(value, 40)
}

fn customer_uid(value: &str) -> Result<(), String> {
    identifier(value, 80)
}

fn imp_uid(value: &str) -> Result<(), String> {
    identifier(value, 32)
}

fn order_name(value: &str) -> Result<(), String> {
    length(value, 0, 40)
}

/// An absolute http(s) URL as browsers parse it (WHATWG, through the `url`
/// crate), without what makes a URL show one host and go to another.
fn http_url(value: &str) -> Result<(), String> {
    if value.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err("must not contain spaces or control characters".to_owned());
    }
    if value.chars().any(super::error::is_invisible) {
        return Err("must not contain invisible or bidirectional characters".to_owned());
    }
    if value.contains('\\') {
        return Err("must not contain `\\`, which browsers read as `/`".to_owned());
    }
    let mut rest = value;
    while let Some(at) = rest.find('%') {
        let hex = rest.get(at.saturating_add(1)..at.saturating_add(3));
        if !hex.is_some_and(|h| h.bytes().all(|b| b.is_ascii_hexdigit())) {
            return Err("has a `%` not followed by two hex digits".to_owned());
        }
        rest = rest.get(at.saturating_add(1)..).unwrap_or_default();
    }
    let url = url::Url::parse(value).map_err(|e| match e {
        url::ParseError::RelativeUrlWithoutBase => {
            "must be an absolute http:// or https:// URL".to_owned()
        }
        url::ParseError::InvalidPort => "has an invalid port".to_owned(),
        url::ParseError::EmptyHost => "must name a host after the scheme".to_owned(),
        other => format!("is not a valid URL: {other}"),
    })?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err("must be an absolute http:// or https:// URL".to_owned());
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(
            "must not hold a user name or password before `@`: it hides the real host".to_owned(),
        );
    }
    match url.host() {
        Some(url::Host::Domain(d)) if !d.is_empty() => Ok(()),
        Some(url::Host::Ipv4(_) | url::Host::Ipv6(_)) => Ok(()),
        _ => Err("must name a host (a domain or an IP address) after the scheme".to_owned()),
    }
}

fn email(value: &str) -> Result<(), String> {
    let Some((local, domain)) = value.rsplit_once('@') else {
        return Err("must be an e-mail address (`name@domain`)".to_owned());
    };
    if local.is_empty()
        || domain.is_empty()
        || !domain.contains('.')
        || domain.starts_with('.')
        || domain.ends_with('.')
    {
        return Err("must be an e-mail address (`name@domain.tld`)".to_owned());
    }
    if value.chars().any(|c| {
        c.is_whitespace()
            || c.is_control()
            || matches!(
                c,
                '"' | '<' | '>' | '(' | ')' | ',' | ';' | '\\' | '[' | ']'
            )
    }) || local.contains('@')
    {
        return Err("must not contain spaces, quotes, angle brackets or other characters an address can't have unquoted".to_owned());
    }
    if js_len(value) > 254 {
        return Err("must be at most 254 characters".to_owned());
    }
    Ok(())
}

fn biz_num(value: &str) -> Result<(), String> {
    if value.len() == 10 && value.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err("must be the 10 digits of a business registration number, without hyphens".to_owned())
    }
}

checked_string! {
    /// `merchant_uid`: the merchant's order number, unique per payment request;
    /// 1 to 40 characters. PortOne rejects one that was already paid. As it
    /// becomes a path segment of lookups, it has no control, invisible or
    /// bidirectional characters, no whitespace at either end, and is not
    /// `.` or `..`.
    ///
    /// ```
    /// use iamport::value::MerchantUid;
    /// assert!(MerchantUid::new("order_no_0001").is_ok());
    /// assert!(MerchantUid::new("x".repeat(41)).is_err());
    /// ```
    MerchantUid, "merchant_uid", merchant_uid
}

checked_string! {
    /// `customer_uid`: the merchant's id for one customer's billing key (one
    /// card); 1 to 80 characters. Registering a new card under a
    /// `customer_uid` in use maps it to the new key; the old key is not
    /// revoked. The rules of [`MerchantUid`] apply (it is a path segment).
    CustomerUid, "customer_uid", customer_uid
}

checked_string! {
    /// `imp_uid`: PortOne's id of a payment, such as `imp_123456789012`; 1 to
    /// 32 characters, with the rules of [`MerchantUid`] (it is a path
    /// segment: an empty one would turn `GET /payments/{imp_uid}` into the
    /// list endpoint).
    ImpUid, "imp_uid", imp_uid
}

checked_string! {
    /// `name`: the order name shown in the payment window; at most 40
    /// characters (PAYRQ and the OpenAPI; an older docs page says 16 bytes,
    /// which this crate does not enforce).
    OrderName, "name", order_name
}

checked_string! {
    /// An absolute `http://` or `https://` URL, such as `m_redirect_url`,
    /// `notice_url` or `confirm_url`, checked as browsers parse URLs (the
    /// WHATWG standard, through the `url` crate) and kept as written.
    /// `javascript:`, `data:` and relative URLs are rejected, and so is
    /// what makes a URL show one host and lead to another: a user name or
    /// password (`https://shop.example@evil.example`), a backslash, a bad
    /// port or host, a `%` without two hex digits, and invisible or
    /// bidirectional characters.
    ///
    /// ```
    /// use iamport::value::HttpUrl;
    /// assert!(HttpUrl::new("https://shop.example/done").is_ok());
    /// assert!(HttpUrl::new("/done").is_err());
    /// assert!(HttpUrl::new("javascript:alert(1)").is_err());
    /// assert!(HttpUrl::new("https://shop.example@evil.example/x").is_err());
    /// ```
    HttpUrl, "URL", http_url
}

checked_string! {
    /// An e-mail address (`buyer_email`): `name@domain.tld`, without spaces,
    /// quotes or angle brackets.
    Email, "buyer_email", email
}

checked_string! {
    /// `biz_num`: a business registration number, exactly 10 digits (no
    /// hyphens). Required by danal for virtual accounts.
    BizNum, "biz_num", biz_num
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_count_utf16_units() {
        assert!(MerchantUid::new("가".repeat(40)).is_ok());
        assert!(MerchantUid::new("가".repeat(41)).is_err());
        assert!(OrderName::new("😀".repeat(20)).is_ok());
        let err = OrderName::new("😀".repeat(21)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid `name`: must be 0 to 40 characters (UTF-16 units, as JavaScript counts), got 42"
        );
        // 40 syllables decomposed (NFD) are 100+ jamo.
        assert!(OrderName::new("\u{1100}\u{1161}".repeat(40)).is_err());
        assert!(CustomerUid::new("c".repeat(80)).is_ok());
        assert!(CustomerUid::new("c".repeat(81)).is_err());
        assert!(CustomerUid::new("").is_err());
    }

    #[test]
    fn urls() {
        for ok in [
            "https://a.example",
            "http://a.example:8080/x?y=1#z",
            "HTTPS://A.EXAMPLE/",
        ] {
            assert!(HttpUrl::new(ok).is_ok(), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            "data:text/html,x",
            "/done",
            "https://",
            "https:// a",
            "ftp://a",
            "https://a b",
        ] {
            assert!(HttpUrl::new(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn emails() {
        assert!(Email::new("iamport@siot.do").is_ok());
        for bad in [
            "a@b",
            "@b.c",
            "a@",
            "a b@c.d",
            "a@b.c\"><img src=x onerror=alert(1)>",
        ] {
            assert!(Email::new(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn biz_nums() {
        assert!(BizNum::new("1234567890").is_ok());
        assert!(BizNum::new("123-45-67890").is_err());
        assert!(BizNum::new("123456789").is_err());
    }

    #[test]
    fn deserialization_runs_the_check() {
        let err =
            serde_json::from_str::<MerchantUid>(&format!("\"{}\"", "x".repeat(41))).unwrap_err();
        assert!(err.to_string().contains("invalid `merchant_uid`"), "{err}");
        assert_eq!(
            serde_json::to_string(&MerchantUid::new("a").unwrap()).unwrap(),
            "\"a\""
        );
    }
}
