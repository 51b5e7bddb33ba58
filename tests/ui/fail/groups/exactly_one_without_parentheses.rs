use iamport::Builder;

#[derive(Builder)]
#[builder(exactly_one = (imp_uid, merchant_uid))]
pub struct Cancel {
    imp_uid: Option<String>,
    merchant_uid: Option<String>,
}

fn main() {}
