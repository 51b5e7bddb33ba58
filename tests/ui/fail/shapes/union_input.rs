use iamport::Builder;

#[derive(Builder)]
pub union Amount {
    won: u64,
    cents: u32,
}

fn main() {}
