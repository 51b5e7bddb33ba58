use iamport::Builder;

#[derive(Builder)]
#[builder(exactly_one(target = (imp_uid, merchant_uid)))]
pub struct Cancel {
    imp_uid: Option<String>,
    merchant_uid: Option<String>,
    reason: Option<String>,
}

fn main() {
    let _ = Cancel::builder().reason("duplicate order".to_owned()).build();
}
