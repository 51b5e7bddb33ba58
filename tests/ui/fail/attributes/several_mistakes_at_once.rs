use iamport::Builder;

// Three independent mistakes: each gets its own error in one compile.
#[derive(Builder)]
#[builder(exactly_one(target = (imp_uid, merchant_id)))]
pub struct Cancel {
    #[builder(optional)]
    imp_uid: Option<String>,
    merchant_uid: Option<String>,
    #[builder(into, into)]
    reason: String,
}

fn main() {}
