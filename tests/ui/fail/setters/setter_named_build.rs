use iamport::Builder;

#[derive(Builder)]
pub struct Deploy {
    build: u32,
}

fn main() {}
