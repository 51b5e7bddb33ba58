use iamport::Builder;

#[derive(Builder)]
#[builder(exactly_one(target = (imp_uid, merchant_id)))]
pub struct Cancel {
    imp_uid: Option<String>,
    merchant_uid: Option<String>,
}

fn main() {}
