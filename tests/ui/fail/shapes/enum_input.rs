use iamport::Builder;

#[derive(Builder)]
pub enum PayMethod {
    Card,
    Trans,
}

fn main() {}
