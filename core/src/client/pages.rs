//! Every page of a listing, as a stream: [`Pages`] and [`Items`].

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, ready};

use futures_core::{FusedStream, Stream};

use super::{Client, ClientError, RequestOptions};
use crate::rest::{Page, Paged};

/// A page on its way, with its request handed back.
type InFlight<R> =
    Pin<Box<dyn Future<Output = (Result<Page<<R as Paged>::Item>, ClientError>, R)> + Send>>;

/// Every page of a listing, one request at a time, from the page the first
/// request asks for: [`Client::pages`]. It is a
/// [`Stream`](futures_core::Stream) (`futures_core`) of
/// `Result<Page<R::Item>, ClientError>`, and [`Pages::next`] reads it
/// without a stream library.
///
/// It ends after the last page (`next: 0`), after a page that names a next
/// page not after its own (which would loop: [`Page::next_request`]), and
/// after an error, which it yields first. Each page is a call of
/// [`Client::send_with`], so the client's retries apply to it; after an
/// error, [`Pages::pending`] is the request that failed, to resume from.
///
/// It sends nothing until polled, holds one request at a time, and owns a
/// clone of the client (so it lives on its own, `'static` and `Send`).
#[must_use = "a stream does nothing unless polled"]
pub struct Pages<R: Paged> {
    client: Client,
    options: RequestOptions,
    /// The request to send next (or the one that failed).
    next: Option<R>,
    /// Whether an error ended the stream.
    failed: bool,
    in_flight: Option<InFlight<R>>,
}

// Nothing of `R` is ever pinned: it is moved in and out whole.
impl<R: Paged> Unpin for Pages<R> {}

impl<R: Paged> fmt::Debug for Pages<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pages")
            .field("client", &self.client)
            .field("options", &self.options)
            .field("in_flight", &self.in_flight.is_some())
            .field("failed", &self.failed)
            .field("done", &self.is_done())
            .finish_non_exhaustive()
    }
}

impl<R: Paged> Pages<R> {
    pub(super) fn new(client: Client, request: R, options: RequestOptions) -> Self {
        Pages {
            client,
            options,
            next: Some(request),
            failed: false,
            in_flight: None,
        }
    }

    /// The request that the next poll sends: the first one before the
    /// stream starts, then the next page's; after an error, the request of
    /// the page that failed (`client.pages(pending.clone())` resumes
    /// there). `None` at the end, and while a page is on its way.
    #[must_use]
    pub fn pending(&self) -> Option<&R> {
        self.next.as_ref()
    }

    fn is_done(&self) -> bool {
        self.in_flight.is_none() && (self.failed || self.next.is_none())
    }
}

impl<R> Pages<R>
where
    R: Paged + Send + Sync + 'static,
    R::Item: Send + 'static,
{
    /// The next page, or `None` once the stream has ended: the stream's
    /// next item without a stream library.
    ///
    /// ```no_run
    /// # async fn run(client: iamport::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use iamport::rest::{PaymentsByStatus, StatusFilter};
    ///
    /// let request = PaymentsByStatus::builder().status(StatusFilter::Paid).build()?;
    /// let mut pages = client.pages(request);
    /// while let Some(page) = pages.next().await {
    ///     println!("{} payments", page?.list.len());
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn next(&mut self) -> Option<Result<Page<R::Item>, ClientError>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }
}

impl<R> Stream for Pages<R>
where
    R: Paged + Send + Sync + 'static,
    R::Item: Send + 'static,
{
    type Item = Result<Page<R::Item>, ClientError>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        if this.in_flight.is_none() {
            if this.failed {
                return Poll::Ready(None);
            }
            let Some(request) = this.next.take() else {
                return Poll::Ready(None);
            };
            let client = this.client.clone();
            let options = this.options.clone();
            this.in_flight = Some(Box::pin(async move {
                let page = client.send_with(&request, options).await;
                (page, request)
            }));
        }
        let Some(in_flight) = this.in_flight.as_mut() else {
            return Poll::Ready(None);
        };
        let (page, request) = ready!(in_flight.as_mut().poll(cx));
        this.in_flight = None;
        Poll::Ready(Some(match page {
            Ok(page) => {
                this.next = page.next_request(&request);
                Ok(page)
            }
            Err(error) => {
                this.next = Some(request);
                this.failed = true;
                Err(error)
            }
        }))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.is_done() {
            (0, Some(0))
        } else {
            (0, None)
        }
    }
}

impl<R> FusedStream for Pages<R>
where
    R: Paged + Send + Sync + 'static,
    R::Item: Send + 'static,
{
    fn is_terminated(&self) -> bool {
        self.is_done()
    }
}

/// Every item of every page of a listing, in order: [`Client::items`]. A
/// [`Stream`](futures_core::Stream) of `Result<R::Item, ClientError>` that
/// reads the pages as [`Pages`] does (and ends as it does: after the last
/// page, a page that would loop, or an error it yields first);
/// [`Items::next`] reads it without a stream library.
#[must_use = "a stream does nothing unless polled"]
pub struct Items<R: Paged> {
    pages: Pages<R>,
    page: std::vec::IntoIter<R::Item>,
}

// Nothing of `R` or its items is ever pinned.
impl<R: Paged> Unpin for Items<R> {}

impl<R: Paged> fmt::Debug for Items<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Items")
            .field("pages", &self.pages)
            .field("buffered", &self.page.len())
            .finish()
    }
}

impl<R: Paged> Items<R> {
    pub(super) fn new(pages: Pages<R>) -> Self {
        Items {
            pages,
            page: Vec::new().into_iter(),
        }
    }

    /// The pages under the items: [`Pages::pending`] says where to resume
    /// after an error.
    pub fn pages(&self) -> &Pages<R> {
        &self.pages
    }
}

impl<R> Items<R>
where
    R: Paged + Send + Sync + 'static,
    R::Item: Send + 'static,
{
    /// The next item, or `None` once the stream has ended.
    ///
    /// ```no_run
    /// # async fn run(client: iamport::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use iamport::rest::FindAllPayments;
    /// use iamport::value::MerchantUid;
    ///
    /// let request = FindAllPayments::builder()
    ///     .merchant_uid(MerchantUid::new("order_1")?)
    ///     .build()?;
    /// let mut payments = client.items(request);
    /// while let Some(payment) = payments.next().await {
    ///     println!("{}", payment?.imp_uid);
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn next(&mut self) -> Option<Result<R::Item, ClientError>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }
}

impl<R> Stream for Items<R>
where
    R: Paged + Send + Sync + 'static,
    R::Item: Send + 'static,
{
    type Item = Result<R::Item, ClientError>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if let Some(item) = this.page.next() {
                return Poll::Ready(Some(Ok(item)));
            }
            match ready!(Pin::new(&mut this.pages).poll_next(cx)) {
                Some(Ok(page)) => this.page = page.list.into_iter(),
                Some(Err(error)) => return Poll::Ready(Some(Err(error))),
                None => return Poll::Ready(None),
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let buffered = self.page.len();
        (buffered, self.pages.is_done().then_some(buffered))
    }
}

impl<R> FusedStream for Items<R>
where
    R: Paged + Send + Sync + 'static,
    R::Item: Send + 'static,
{
    fn is_terminated(&self) -> bool {
        self.page.len() == 0 && self.pages.is_terminated()
    }
}
