//! Lifetimes, bounds, const parameters, defaults and where clauses all carry
//! over to the builder.
use iamport::Builder;

#[derive(Builder, Debug)]
#[builder(at_most_one(text = (note, alt)), derive(Clone, Debug), getters)]
pub struct Borrowed<'a, 'b: 'a, T: Clone = String, const N: usize = 2>
where
    T: std::fmt::Debug,
{
    name: &'a str,
    tags: &'b [T],
    limits: [u32; N],
    note: Option<&'a str>,
    alt: Option<&'a str>,
    #[builder(default)]
    extra: Vec<T>,
}

fn main() {
    let tags = vec!["a".to_owned()];
    let b: Borrowed<'_, '_> = Borrowed::builder()
        .limits([1, 2])
        .tags(&tags)
        .name("x")
        .note("y")
        .build();
    assert_eq!((b.name, b.tags.len(), b.limits, b.note, b.extra.len()), ("x", 1, [1, 2], Some("y"), 0));
    let c = Borrowed::<'_, '_, u8, 3>::builder().name("n").tags(&[7]).limits([0; 3]).build();
    assert_eq!(c.tags, &[7]);
    // A group over borrowed members: its choice enum carries the lifetime.
    let d = Borrowed::<'_, '_, u8, 1>::builder()
        .name("n")
        .tags(&[1])
        .limits([0])
        .text(borrowed_builder::groups::Text::Alt("a"));
    let e = d.clone().build();
    assert_eq!((e.note(), e.alt()), (None, Some(&"a")));
    assert!(format!("{d:?}").contains("alt: set"));
}
