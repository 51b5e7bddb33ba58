//! The security headers every answer carries, hyper's own error answers
//! included.
//!
//! The router's layers add them to every answer a handler or tower-http
//! makes. hyper answers some requests itself, before any handler runs: a
//! request it can't parse (400) and a head over the size limit (431). Those
//! answers are written straight to the socket, so [`Guarded`] sits between
//! hyper and the socket and adds the headers to a response head that lacks
//! them.

use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

/// Every answer's security headers, as name and value.
pub(crate) const SECURITY: [(&str, &str); 5] = [
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "same-origin"),
    ("x-frame-options", "DENY"),
    ("cache-control", "no-store"),
    (
        "content-security-policy",
        "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    ),
];

/// A socket whose outgoing response heads get the security headers when
/// they lack them (hyper's own 400 and 431).
pub(crate) struct Guarded<S> {
    inner: S,
    /// Bytes accepted from hyper and not yet written to the socket.
    pending: Vec<u8>,
}

impl<S> Guarded<S> {
    pub(crate) fn new(inner: S) -> Self {
        Guarded {
            inner,
            pending: Vec::new(),
        }
    }
}

/// `head` with the security headers added, if it is a response head
/// without them; `None` otherwise.
fn patched(buf: &[u8]) -> Option<Vec<u8>> {
    if !buf.starts_with(b"HTTP/1.1 ") {
        return None;
    }
    let end = buf.windows(4).position(|w| w == b"\r\n\r\n")?;
    let (head, rest) = buf.split_at(end);
    let lower = head.to_ascii_lowercase();
    if lower.windows(23).any(|w| w == b"x-content-type-options:") {
        return None;
    }
    let mut out = Vec::with_capacity(buf.len().saturating_add(400));
    out.extend_from_slice(head);
    for (name, value) in SECURITY {
        out.extend_from_slice(b"\r\n");
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(b": ");
        out.extend_from_slice(value.as_bytes());
    }
    out.extend_from_slice(rest);
    Some(out)
}

impl<S: AsyncWrite + Unpin> Guarded<S> {
    /// Writes what is pending; `Ready(Ok)` once nothing is.
    fn drain(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        while !self.pending.is_empty() {
            match Pin::new(&mut self.inner).poll_write(cx, &self.pending) {
                Poll::Ready(Ok(0)) => return Poll::Ready(Err(io::ErrorKind::WriteZero.into())),
                Poll::Ready(Ok(n)) => {
                    self.pending.drain(..n.min(self.pending.len()));
                }
                Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
                Poll::Pending => return Poll::Pending,
            }
        }
        Poll::Ready(Ok(()))
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for Guarded<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Guarded<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        match self.drain(cx) {
            Poll::Ready(Ok(())) => {}
            Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
            Poll::Pending => return Poll::Pending,
        }
        if let Some(out) = patched(buf) {
            // Taken whole; written from `pending`.
            self.pending = out;
            let _ = self.drain(cx)?;
            return Poll::Ready(Ok(buf.len()));
        }
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.drain(cx) {
            Poll::Ready(Ok(())) => Pin::new(&mut self.inner).poll_flush(cx),
            other => other,
        }
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.drain(cx) {
            Poll::Ready(Ok(())) => Pin::new(&mut self.inner).poll_shutdown(cx),
            other => other,
        }
    }
}
