use iamport::Builder;

#[derive(Builder)]
#[builder(exactly_one(target = (imp_uid, merchant_uid)))]
pub struct Cancel {
    imp_uid: Option<String>,
    merchant_uid: Option<String>,
}

fn main() {
    // `maybe_imp_uid(None)` would let `build()` compile with neither set.
    let _ = Cancel::builder().maybe_imp_uid(None).build();
}
