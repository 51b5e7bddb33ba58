//! The one way a request's path and query are written.

use std::fmt::Display;

use super::encode_segment;

/// A request path under construction: fixed parts, percent-encoded path
/// parameters, and a query string (`?k=v&k=v`, values percent-encoded).
///
/// Keys are written as given: they are the API's own names, constants of
/// the request type (an array parameter is written `key[]`, repeated per
/// value, as the OpenAPI spells it). Path segments and query parameters
/// may be pushed in any order: the path comes first in
/// [`RequestPath::finish`].
///
/// ```
/// use iamport::rest::RequestPath;
///
/// let mut path = RequestPath::new("/payments/find");
/// path.segment("order/1");
/// path.param("sorting", "-paid");
/// path.array("imp_uid[]", ["a", "b&c"]);
/// path.opt("limit", None::<u32>);
/// assert_eq!(
///     path.finish(),
///     "/payments/find/order%2F1?sorting=-paid&imp_uid[]=a&imp_uid[]=b%26c"
/// );
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RequestPath {
    path: String,
    query: String,
}

impl RequestPath {
    /// A path that starts with the fixed part `base` (such as `/vbanks`),
    /// written as given.
    #[must_use]
    pub fn new(base: &str) -> Self {
        RequestPath {
            path: base.to_owned(),
            query: String::new(),
        }
    }

    /// Appends `/` and `value`, percent-encoded as one segment (so `a/b`
    /// and `..` stay inside it).
    pub fn segment(&mut self, value: &str) -> &mut Self {
        self.path.push('/');
        self.path.push_str(&encode_segment(value));
        self
    }

    /// Appends `/` and a fixed part written as given (such as `balance`).
    pub fn fixed(&mut self, part: &'static str) -> &mut Self {
        self.path.push('/');
        self.path.push_str(part);
        self
    }

    /// Adds `key=value`, the value percent-encoded.
    pub fn param(&mut self, key: &'static str, value: impl Display) -> &mut Self {
        self.query
            .push(if self.query.is_empty() { '?' } else { '&' });
        self.query.push_str(key);
        self.query.push('=');
        self.query.push_str(&encode_segment(&value.to_string()));
        self
    }

    /// Adds `key=value` when `value` is `Some`.
    pub fn opt(&mut self, key: &'static str, value: Option<impl Display>) -> &mut Self {
        if let Some(value) = value {
            self.param(key, value);
        }
        self
    }

    /// Adds `key=value` once per value, in order (for `key[]` parameters).
    pub fn array<V: Display>(
        &mut self,
        key: &'static str,
        values: impl IntoIterator<Item = V>,
    ) -> &mut Self {
        for value in values {
            self.param(key, value);
        }
        self
    }

    /// The path, then the query.
    #[must_use]
    pub fn finish(&self) -> String {
        let mut out = String::with_capacity(self.path.len().saturating_add(self.query.len()));
        out.push_str(&self.path);
        out.push_str(&self.query);
        out
    }
}
