//! With the prelude's names taken by glob-imported items, the generated code
//! still resolves: it names everything by its full path. (A module under
//! `#![no_implicit_prelude]` is out of reach: rustc then can't resolve the
//! `#[diagnostic::on_unimplemented]` attribute that the error messages need.)

#[allow(dead_code)]
mod shadows {
    pub struct Option;
    pub struct Some;
    pub struct None;
    pub struct Result;
    pub struct Ok;
    pub struct Err;
    pub struct Default;
    pub struct Into;
    pub struct Clone;
    pub struct Sized;
    pub struct Vec;
    pub struct String;
}
use shadows::*;

#[derive(::iamport::Builder)]
#[builder(into, validate, at_most_one(channel = (channel_key, pg)))]
pub struct Payment {
    amount: u64,
    channel_key: ::core::option::Option<::std::string::String>,
    pg: ::core::option::Option<::std::string::String>,
    #[builder(default)]
    quota: u8,
}

impl ::iamport::Validate for Payment {
    type Error = ();
    fn validate(&self) -> ::core::result::Result<(), ()> {
        ::core::result::Result::Ok(())
    }
}

fn main() {
    let payment = Payment::builder().amount(1000_u64).pg("chai").build();
    ::core::assert!(payment.is_ok());
}
