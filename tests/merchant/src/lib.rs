//! A merchant's own crate.
