//! Pages of a listing: [`Page`], and [`Paged`], the listings whose request
//! asks for any page.

use serde::Deserialize;

use super::Endpoint;

/// One page of a listing (OpenAPI `PagedPaymentAnnotation` and the paged
/// schedule lists): `total` items in all, `list` on this page, and the
/// numbers of the pages around it (0 when there is none).
///
/// ```
/// use iamport::rest::{Page, Payment};
/// let page: Page<Payment> = serde_json::from_str(r#"{"total":25,"previous":0,"next":2,"list":[]}"#)?;
/// assert_eq!(page.next_page(), Some(2));
/// // Ask for it with the same request and `.page(2)`.
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Page<T> {
    /// Items in all pages.
    pub total: u64,
    /// The previous page's number; 0 on the first.
    pub previous: u32,
    /// The next page's number; 0 on the last.
    pub next: u32,
    /// The items of this page.
    pub list: Vec<T>,
}

impl<T> Page<T> {
    /// The number to pass as `page` for the next page, or `None` on the last.
    #[must_use]
    pub fn next_page(&self) -> Option<u32> {
        (self.next != 0).then_some(self.next)
    }
}

impl<T> Page<T> {
    /// The request for the next page: `request` with `page` set to
    /// [`Page::next_page`], or `None` on the last page (or when the answer
    /// names a next page that is not after `current`, which would loop).
    ///
    /// ```
    /// use iamport::rest::{FindAllPayments, Page, Payment};
    /// use iamport::value::MerchantUid;
    ///
    /// let first = FindAllPayments::builder()
    ///     .merchant_uid(MerchantUid::new("order_1")?)
    ///     .build()?;
    /// let page: Page<Payment> = serde_json::from_str(r#"{"total":25,"previous":0,"next":2,"list":[]}"#)?;
    /// let second = page.next_request(&first).expect("a next page");
    /// assert_eq!(second.path(), "/payments/findAll/order_1?page=2");
    /// # use iamport::rest::Endpoint;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn next_request<R: Paged<Item = T>>(&self, request: &R) -> Option<R> {
        let next = self.next_page()?;
        (next > request.current_page()).then(|| request.with_page(next))
    }
}

/// A listing answered a [`Page`] at a time, whose request can ask for any
/// page: [`Page::next_request`], and the client's stream over every page.
pub trait Paged: Endpoint<Response = Page<Self::Item>> + Sized {
    /// One item of a page.
    type Item: serde::de::DeserializeOwned;

    /// The page this request asks for (1 when unset).
    fn current_page(&self) -> u32;

    /// This request, asking for page `page` (from 1).
    #[must_use]
    fn with_page(&self, page: u32) -> Self;
}

/// Implements [`Paged`] for a request with a `page: Option<u32>` field.
macro_rules! paged {
    ($ty:ty, $item:ty) => {
        impl $crate::rest::Paged for $ty {
            type Item = $item;
            fn current_page(&self) -> u32 {
                self.page.unwrap_or(1)
            }
            fn with_page(&self, page: u32) -> Self {
                Self {
                    page: Some(page.max(1)),
                    ..self.clone()
                }
            }
        }
    };
}
pub(crate) use paged;

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Page<T> {
    /// A paged object, or a bare array (as the OpenAPI types some lists):
    /// then one page of all of it. Read as it streams, never buffered, so
    /// the amounts in it keep their digits.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(PageVisitor(std::marker::PhantomData))
    }
}

struct PageVisitor<T>(std::marker::PhantomData<T>);

impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for PageVisitor<T> {
    type Value = Page<T>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a page (`total`, `previous`, `next`, `list`) or an array")
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Page<T>, A::Error> {
        let mut list = Vec::new();
        while let Some(item) = seq.next_element()? {
            list.push(item);
        }
        Ok(Page {
            total: u64::try_from(list.len()).unwrap_or(u64::MAX),
            previous: 0,
            next: 0,
            list,
        })
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Page<T>, A::Error> {
        use serde::de::Error as _;
        let mut page = Page {
            total: 0,
            previous: 0,
            next: 0,
            list: Vec::new(),
        };
        let mut seen = std::collections::HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            if !seen.insert(key.clone()) {
                return Err(A::Error::custom(format_args!(
                    "the key {} is given twice",
                    crate::value::quoted(&key)
                )));
            }
            match key.as_str() {
                "total" => page.total = map.next_value::<Option<u64>>()?.unwrap_or(0),
                "previous" => page.previous = map.next_value::<Option<u32>>()?.unwrap_or(0),
                "next" => page.next = map.next_value::<Option<u32>>()?.unwrap_or(0),
                "list" => page.list = map.next_value::<Option<Vec<T>>>()?.unwrap_or_default(),
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(page)
    }
}
