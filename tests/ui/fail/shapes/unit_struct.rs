use iamport::Builder;

#[derive(Builder)]
pub struct Nothing;

fn main() {}
