use iamport::Builder;

#[derive(Builder)]
#[builder(exactly_one(target = (imp_uid, merchant_uid)))]
pub struct Cancel {
    imp_uid: Option<String>,
    merchant_uid: Option<String>,
}

fn main() {
    let _ = Cancel::builder()
        .imp_uid("imp_123".to_owned())
        .merchant_uid("order-1".to_owned())
        .build();
}
