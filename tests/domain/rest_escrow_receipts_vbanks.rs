//! Stub: being written.

pub fn samples() -> Vec<crate::openapi_tables::Sample> {
    Vec::new()
}
