//! Strict JSON reading shared by the crate's types:
//!
//! - [`ObjectOnly`]: a struct reads from a JSON object only (`serde_json` also
//!   takes an array for a struct), each key once, and with a list of known
//!   keys, an unknown key is an error with a hint;
//! - free-form JSON (`custom_data`, `bypass`, JSON text) kept exactly or
//!   refused: duplicate keys at any depth and numbers out of range are
//!   errors, numbers keep the text they were written with, and a value with
//!   a non-finite float does not encode;
//! - the raw text of a JSON number, so that an amount is read from its
//!   digits, not from an `f64`.

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;
use std::sync::OnceLock;

use serde::Deserialize;
use serde::de::{self, DeserializeSeed, IntoDeserializer, MapAccess, Unexpected, Visitor};
use serde::ser::{self, Serialize};

use crate::value::{InvalidValue, quoted};

/// A deserializer that hands a struct's visitor a JSON object only, with
/// each key once and, when `known` is given, only those keys.
#[derive(Debug)]
pub struct ObjectOnly<'k, D> {
    inner: D,
    known: Option<&'k [&'k str]>,
}

impl<'k, D> ObjectOnly<'k, D> {
    /// Wraps `inner`; with `known`, other keys are errors.
    pub fn new(inner: D, known: Option<&'k [&'k str]>) -> Self {
        ObjectOnly { inner, known }
    }
}

impl<'de, D: de::Deserializer<'de>> de::Deserializer<'de> for ObjectOnly<'_, D> {
    type Error = D::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.inner.deserialize_any(ObjectVisitor {
            inner: visitor,
            known: self.known,
        })
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

struct ObjectVisitor<'k, V> {
    inner: V,
    known: Option<&'k [&'k str]>,
}

impl<'de, V: Visitor<'de>> Visitor<'de> for ObjectVisitor<'_, V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.inner.visit_map(KeyCheck {
            inner: map,
            known: self.known,
            seen: SeenKeys::default(),
        })
    }

    // Every other shape is refused without echoing the value, which may be
    // a secret sent in the wrong place.
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<V::Value, E> {
        Err(E::invalid_type(Unexpected::Other("a boolean"), &self))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<V::Value, E> {
        Err(E::invalid_type(Unexpected::Other("a number"), &self))
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<V::Value, E> {
        Err(E::invalid_type(Unexpected::Other("a number"), &self))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<V::Value, E> {
        Err(E::invalid_type(Unexpected::Other("a number"), &self))
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<V::Value, E> {
        Err(E::invalid_type(Unexpected::Other("a string"), &self))
    }
    fn visit_bytes<E: de::Error>(self, _: &[u8]) -> Result<V::Value, E> {
        Err(E::invalid_type(Unexpected::Other("bytes"), &self))
    }
    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        Err(E::invalid_type(Unexpected::Other("null"), &self))
    }
    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        Err(E::invalid_type(Unexpected::Other("null"), &self))
    }
    fn visit_seq<A: de::SeqAccess<'de>>(self, _: A) -> Result<V::Value, A::Error> {
        Err(de::Error::invalid_type(
            Unexpected::Other("a JSON array"),
            &self,
        ))
    }
}

/// The keys of one object seen so far. A few are compared one by one,
/// which costs less than hashing them; past [`SeenKeys::FEW`] they move
/// into a hash set, so that an object with a million keys is still read in
/// linear time. Keys borrow from the input where they can.
#[derive(Default)]
struct SeenKeys<'de> {
    few: Vec<Cow<'de, str>>,
    many: HashSet<Cow<'de, str>>,
}

impl<'de> SeenKeys<'de> {
    const FEW: usize = 16;

    fn contains(&self, key: &str) -> bool {
        if self.many.is_empty() {
            self.few.iter().any(|k| k == key)
        } else {
            self.many.contains(key)
        }
    }

    /// Records `key`, which [`SeenKeys::contains`] said is new.
    fn insert(&mut self, key: Cow<'de, str>) {
        if self.many.is_empty() {
            if self.few.len() < Self::FEW {
                self.few.push(key);
                return;
            }
            self.many.extend(self.few.drain(..));
        }
        self.many.insert(key);
    }
}

/// An object key as text, borrowed from the input when it has no escapes.
struct KeyText;

impl<'de> DeserializeSeed<'de> for KeyText {
    type Value = Cow<'de, str>;

    fn deserialize<D: de::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeyText {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v))
    }
}

/// The keys of an object, checked as they are read.
struct KeyCheck<'k, 'de, A> {
    inner: A,
    known: Option<&'k [&'k str]>,
    seen: SeenKeys<'de>,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for KeyCheck<'_, 'de, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        let Some(key) = self.inner.next_key_seed(KeyText)? else {
            return Ok(None);
        };
        if let Some(known) = self.known
            && !known.contains(&&*key)
        {
            return Err(de::Error::custom(unknown_field(&key, known)));
        }
        if self.seen.contains(&key) {
            return Err(de::Error::custom(format_args!(
                "the key {} is given twice",
                quoted(&key)
            )));
        }
        let value = seed.deserialize(key.as_ref().into_deserializer())?;
        self.seen.insert(key);
        Ok(Some(value))
    }

    fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, A::Error> {
        self.inner.next_value_seed(seed)
    }

    fn size_hint(&self) -> Option<usize> {
        self.inner.size_hint()
    }
}

/// Keys people write for another: the hint gives these even though they
/// are spelt far from the key meant.
const KNOWN_SLIPS: &[(&str, &str)] = &[
    ("locale", "language"),
    ("vat", "vat_amount"),
    ("escrowProducts", "products"),
    ("channel_key", "channelKey"),
    ("channelKey", "channel_key"),
    ("redirect_url", "m_redirect_url"),
    ("webhook_url", "notice_url"),
];

/// The message for an unknown key: the key quoted, a hint for a likely
/// slip, and the keys the type knows. One line whatever the key holds, and
/// fast for any key: no hint is looked for in a key much longer than every
/// known one.
pub(crate) fn unknown_field(key: &str, known: &[&str]) -> String {
    let mut message = format!("unknown field {}", quoted(key));
    if key == "customer_uid" && !known.contains(&"customer_uid") {
        message.push_str(
            ": `customer_uid` belongs to a billing-key registration (`BillingKeyRegistration`, \
             payload kind `billing-key`); a one-off payment has none",
        );
    } else if let Some(meant) = hint(key, known) {
        message.push_str(": did you mean `");
        message.push_str(meant);
        message.push_str("`?");
    }
    message.push_str(" (expected one of ");
    for (i, k) in known.iter().enumerate() {
        if i > 0 {
            message.push_str(", ");
        }
        message.push('`');
        message.push_str(k);
        message.push('`');
    }
    message.push(')');
    message
}

/// The largest edit distance a hint bridges.
const HINT_DISTANCE: usize = 2;

fn hint<'k>(key: &str, known: &[&'k str]) -> Option<&'k str> {
    if let Some((_, right)) = KNOWN_SLIPS
        .iter()
        .find(|(wrong, right)| *wrong == key && known.contains(right))
    {
        return known.iter().copied().find(|k| k == right);
    }
    let longest = known.iter().map(|k| k.chars().count()).max().unwrap_or(0);
    // A key longer than every known key by more than the distance can't be
    // within it: no matrix is computed for it, however long it is.
    if key.len() > longest.saturating_add(HINT_DISTANCE).saturating_mul(4) {
        return None;
    }
    let key: Vec<char> = key.chars().collect();
    if key.len() > longest.saturating_add(HINT_DISTANCE) {
        return None;
    }
    known
        .iter()
        .filter_map(|k| {
            let k_chars: Vec<char> = k.chars().collect();
            let d = edit_distance(&key, &k_chars)?;
            let limit = (k_chars.len().max(key.len()) / 2).saturating_add(1);
            (d <= HINT_DISTANCE && d < limit).then_some((d, *k))
        })
        .min()
        .map(|(_, k)| k)
}

/// Optimal-string-alignment distance (insertions, deletions,
/// substitutions and swaps of neighbours cost 1), or `None` when it is
/// above [`HINT_DISTANCE`] for certain. Three rows of the matrix at a time.
fn edit_distance(a: &[char], b: &[char]) -> Option<usize> {
    if a.len().abs_diff(b.len()) > HINT_DISTANCE {
        return None;
    }
    let width = b.len().checked_add(1)?;
    let mut before: Vec<usize> = vec![0; width];
    let mut prev: Vec<usize> = (0..width).collect();
    let mut cur: Vec<usize> = vec![0; width];
    let mut a_prev: Option<char> = None;
    for (i, &ac) in a.iter().enumerate() {
        if let Some(first) = cur.first_mut() {
            *first = i.checked_add(1)?;
        }
        let mut b_prev: Option<char> = None;
        for (j, &bc) in b.iter().enumerate() {
            let cost = usize::from(ac != bc);
            let del = prev.get(j.checked_add(1)?)?.checked_add(1)?;
            let ins = cur.get(j)?.checked_add(1)?;
            let sub = prev.get(j)?.checked_add(cost)?;
            let mut d = del.min(ins).min(sub);
            if a_prev == Some(bc) && b_prev == Some(ac) && j > 0 {
                d = d.min(before.get(j.checked_sub(1)?)?.checked_add(1)?);
            }
            *cur.get_mut(j.checked_add(1)?)? = d;
            b_prev = Some(bc);
        }
        std::mem::swap(&mut before, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
        a_prev = Some(ac);
    }
    prev.last().copied()
}

/// Reads free-form JSON text strictly and returns it without insignificant
/// whitespace, every number as written.
///
/// # Errors
///
/// Text that is not one JSON value, a key given twice in an object at any
/// depth, or a number out of range for a double (`1e400`).
pub(crate) fn check_free_json(what: &'static str, text: &str) -> Result<String, InvalidValue> {
    let mut de = serde_json::Deserializer::from_str(text);
    Strict
        .deserialize(&mut de)
        .and_then(|()| de.end())
        .map_err(|e| InvalidValue::new(what, crate::parse::clean_message(&e)))?;
    Ok(minify(text))
}

/// A seed that walks a JSON value and refuses duplicate keys.
#[derive(Clone, Copy)]
struct Strict;

impl<'de> DeserializeSeed<'de> for Strict {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Strict {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<(), E> {
        if v.is_finite() {
            Ok(())
        } else {
            Err(E::custom("holds a number out of range"))
        }
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element_seed(Strict)?.is_some() {}
        Ok(())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen = SeenKeys::default();
        while let Some(key) = map.next_key_seed(KeyText)? {
            if seen.contains(&key) {
                return Err(de::Error::custom(format_args!(
                    "has the key {} twice in one object",
                    quoted(&key)
                )));
            }
            map.next_value_seed(Strict)?;
            seen.insert(key);
        }
        Ok(())
    }
}

/// JSON text without whitespace outside strings. `text` is valid JSON.
fn minify(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in text.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !matches!(c, ' ' | '\t' | '\n' | '\r') {
            out.push(c);
        }
    }
    out
}

/// Encodes a value as compact JSON text, refusing what `serde_json` would
/// change silently: a non-finite float (written as `null`) and a key
/// written twice.
pub(crate) fn encode_free_json<T: Serialize + ?Sized>(
    what: &'static str,
    value: &T,
) -> Result<String, InvalidValue> {
    value
        .serialize(FiniteCheck)
        .map_err(|e| InvalidValue::new(what, e.0))?;
    let text = serde_json::to_string(value)
        .map_err(|e| InvalidValue::new(what, format!("does not serialize to JSON: {e}")))?;
    check_free_json(what, &text)
}

/// Refuses checked free-form JSON text (from [`check_free_json`] or
/// [`encode_free_json`]) that is `null` or a string where a JSON value is
/// expected, and passes any other text on. `null` means the field is unset
/// (`if_null` is the rule that says so, in the caller's words); a string is
/// most often JSON text encoded already, which would be encoded twice.
pub(crate) fn refuse_null_or_string(
    what: &'static str,
    text: String,
    if_null: &'static str,
) -> Result<String, InvalidValue> {
    match text.chars().next() {
        Some('n') => Err(InvalidValue::new(what, if_null)),
        Some('"') => Err(InvalidValue::new(
            what,
            "is a string; pass the value itself, not JSON text, so it is encoded once",
        )),
        _ => Ok(text),
    }
}

/// The raw text of a JSON number through `serde_json`'s `RawValue`.
///
/// The name `serde_json`'s deserializers look for to hand out raw text is
/// read once from `RawValue`'s own `Deserialize`, not written here.
pub(crate) fn raw_value_token() -> Option<&'static str> {
    static TOKEN: OnceLock<Option<&'static str>> = OnceLock::new();
    *TOKEN.get_or_init(|| {
        let mut probe = TokenProbe(None);
        let _ = <Box<serde_json::value::RawValue> as Deserialize>::deserialize(&mut probe);
        probe.0
    })
}

struct TokenProbe(Option<&'static str>);

#[derive(Debug)]
struct ProbeDone;

impl fmt::Display for ProbeDone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("probe")
    }
}

impl std::error::Error for ProbeDone {}

impl de::Error for ProbeDone {
    fn custom<T: fmt::Display>(_: T) -> Self {
        ProbeDone
    }
}

impl<'de> de::Deserializer<'de> for &mut TokenProbe {
    type Error = ProbeDone;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, ProbeDone> {
        Err(ProbeDone)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        _: V,
    ) -> Result<V::Value, ProbeDone> {
        self.0 = Some(name);
        Err(ProbeDone)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

/// Why a value does not encode as JSON exactly.
#[derive(Debug)]
struct Unencodable(String);

impl fmt::Display for Unencodable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Unencodable {}

impl ser::Error for Unencodable {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Unencodable(msg.to_string())
    }
}

/// A serializer that only looks for non-finite floats.
#[derive(Clone, Copy)]
struct FiniteCheck;

type Check = Result<(), Unencodable>;

fn finite(v: f64) -> Check {
    if v.is_finite() {
        Ok(())
    } else {
        Err(Unencodable(
            "holds a NaN or infinite number, which JSON can't carry (serde_json would write null)"
                .to_owned(),
        ))
    }
}

macro_rules! ok_leaf {
    ($($name:ident($ty:ty)),* $(,)?) => {
        $(fn $name(self, _: $ty) -> Check { Ok(()) })*
    };
}

impl ser::Serializer for FiniteCheck {
    type Ok = ();
    type Error = Unencodable;
    type SerializeSeq = Self;
    type SerializeTuple = Self;
    type SerializeTupleStruct = Self;
    type SerializeTupleVariant = Self;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = Self;

    ok_leaf!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_i128(i128),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_u128(u128),
        serialize_char(char),
        serialize_str(&str),
        serialize_bytes(&[u8]),
        serialize_unit_struct(&'static str),
    );

    fn serialize_f32(self, v: f32) -> Check {
        finite(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Check {
        finite(v)
    }
    fn serialize_none(self) -> Check {
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Check {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Check {
        Ok(())
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, _: &'static str) -> Check {
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, v: &T) -> Check {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        v: &T,
    ) -> Check {
        v.serialize(self)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self, Unencodable> {
        Ok(self)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self, Unencodable> {
        Ok(self)
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Self, Unencodable> {
        Ok(self)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self, Unencodable> {
        Ok(self)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self, Unencodable> {
        Ok(self)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self, Unencodable> {
        Ok(self)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self, Unencodable> {
        Ok(self)
    }
}

macro_rules! compound {
    ($($trait:ident :: $method:ident),* $(,)?) => {
        $(impl ser::$trait for FiniteCheck {
            type Ok = ();
            type Error = Unencodable;
            fn $method<T: Serialize + ?Sized>(&mut self, v: &T) -> Check {
                v.serialize(*self)
            }
            fn end(self) -> Check {
                Ok(())
            }
        })*
    };
}

compound!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field,
);

impl ser::SerializeMap for FiniteCheck {
    type Ok = ();
    type Error = Unencodable;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, k: &T) -> Check {
        k.serialize(*self)
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> Check {
        v.serialize(*self)
    }
    fn end(self) -> Check {
        Ok(())
    }
}

macro_rules! named_fields {
    ($($trait:ident),* $(,)?) => {
        $(impl ser::$trait for FiniteCheck {
            type Ok = ();
            type Error = Unencodable;
            fn serialize_field<T: Serialize + ?Sized>(&mut self, _: &'static str, v: &T) -> Check {
                v.serialize(*self)
            }
            fn end(self) -> Check {
                Ok(())
            }
        })*
    };
}

named_fields!(SerializeStruct, SerializeStructVariant);

/// Reads a string that may be a secret (card data, `imp_secret`, a token):
/// any other JSON type is an error that names the type only, never the
/// value, which `serde_json`'s own message would repeat.
pub(crate) fn secret_string<'de, D: de::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    d.deserialize_any(SecretVisitor)
}

/// [`secret_string`] for a field that may be absent or `null`
/// (`#[serde(default, deserialize_with = "crate::json::secret_opt_string")]`):
/// personal data in an answer, whose value an error must not repeat either.
/// Only identity verification (cargo feature `certifications`) has such
/// fields.
#[cfg(feature = "certifications")]
pub(crate) fn secret_opt_string<'de, D: de::Deserializer<'de>>(
    d: D,
) -> Result<Option<String>, D::Error> {
    /// One string read by [`secret_string`].
    struct Secret(String);
    impl<'de> Deserialize<'de> for Secret {
        fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            secret_string(d).map(Secret)
        }
    }
    Option::<Secret>::deserialize(d).map(|secret| secret.map(|s| s.0))
}

struct SecretVisitor;

impl SecretVisitor {
    fn refuse<E: de::Error>(what: &'static str) -> Result<String, E> {
        Err(E::custom(format_args!(
            "must be a JSON string, not {what} (the value is not shown: it may be a secret)"
        )))
    }
}

impl<'de> Visitor<'de> for SecretVisitor {
    type Value = String;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON string")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
        Ok(v.to_owned())
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<String, E> {
        Ok(v)
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<String, E> {
        Self::refuse("a boolean")
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<String, E> {
        Self::refuse("a number")
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<String, E> {
        Self::refuse("a number")
    }
    fn visit_i128<E: de::Error>(self, _: i128) -> Result<String, E> {
        Self::refuse("a number")
    }
    fn visit_u128<E: de::Error>(self, _: u128) -> Result<String, E> {
        Self::refuse("a number")
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<String, E> {
        Self::refuse("a number")
    }
    fn visit_char<E: de::Error>(self, _: char) -> Result<String, E> {
        Self::refuse("a character")
    }
    fn visit_bytes<E: de::Error>(self, _: &[u8]) -> Result<String, E> {
        Self::refuse("bytes")
    }
    fn visit_unit<E: de::Error>(self) -> Result<String, E> {
        Self::refuse("null")
    }
    fn visit_none<E: de::Error>(self) -> Result<String, E> {
        Self::refuse("null")
    }
    fn visit_seq<A: de::SeqAccess<'de>>(self, _: A) -> Result<String, A::Error> {
        Self::refuse("an array")
    }
    fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<String, A::Error> {
        Self::refuse("an object")
    }
}

/// Makes a type whose serde derive carries `#[serde(remote = "Self")]`
/// deserialize from a JSON object only, through [`ObjectOnly`]: `serde_json`
/// alone would read a struct from an array too.
macro_rules! object_only {
    ($ty:ident $(<$g:ident>)?) => {
        impl<'de $(, $g: serde::Deserialize<'de>)?> serde::Deserialize<'de> for $ty $(<$g>)? {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                $ty::deserialize(crate::json::ObjectOnly::new(d, None))
            }
        }
    };
}

pub(crate) use object_only;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints() {
        let known = ["buyer_name", "language", "channelKey", "amount"];
        assert!(
            unknown_field("buyer_nmae", &known)
                .starts_with("unknown field \"buyer_nmae\": did you mean `buyer_name`?")
        );
        assert!(unknown_field("locale", &known).contains("did you mean `language`?"));
        assert!(unknown_field("channel_key", &known).contains("did you mean `channelKey`?"));
        assert!(unknown_field("amout", &known).contains("did you mean `amount`?"));
        assert!(!unknown_field("zzz", &known).contains("did you mean"));
        assert!(unknown_field("customer_uid", &known).contains("billing-key registration"));
        let long = "b".repeat(1 << 20);
        assert!(!unknown_field(&long, &known).contains("did you mean"));
    }

    /// A repeated key is found among the first few keys (compared one by
    /// one), across the switch to the hash set, and far past it; escaped
    /// keys (owned, not borrowed) are compared by their text.
    #[test]
    fn repeated_keys_at_any_count() {
        let object = |n: usize, repeat: Option<(usize, &str)>| {
            let mut keys: Vec<String> = (0..n).map(|i| format!("\"k{i}\":{i}")).collect();
            if let Some((at, text)) = repeat {
                keys.insert(at, format!("\"{text}\":0"));
            }
            format!("{{{}}}", keys.join(","))
        };
        let read = |text: &str| {
            let mut de = serde_json::Deserializer::from_str(text);
            let map: Result<serde_json::Map<String, serde_json::Value>, _> =
                Deserialize::deserialize(ObjectOnly::new(&mut de, None));
            map.map_err(|e| e.to_string())
        };
        for n in [0, 1, 15, 16, 17, 40, 5000] {
            assert!(read(&object(n, None)).is_ok(), "{n} distinct keys");
        }
        for (n, at, key) in [
            (3, 3, "k0"),
            (16, 16, "k15"),
            (16, 16, "k0"),
            (17, 17, "k0"),
            (17, 17, "k16"),
            (40, 40, "k3"),
            (5000, 2500, "k2499"),
            (20, 20, "\\u006b7"),
        ] {
            let err = read(&object(n, Some((at, key)))).unwrap_err();
            assert!(err.contains("is given twice"), "{n} {key}: {err}");
        }
        let strict = |text: &str| check_free_json("custom_data", text).map_err(|e| e.to_string());
        assert!(strict(&object(40, None)).is_ok());
        let err = strict(&object(40, Some((30, "k2")))).unwrap_err();
        assert!(err.contains("twice"), "{err}");
    }

    #[test]
    fn distances() {
        let d = |a: &str, b: &str| {
            edit_distance(
                &a.chars().collect::<Vec<_>>(),
                &b.chars().collect::<Vec<_>>(),
            )
        };
        assert_eq!(d("abc", "abc"), Some(0));
        assert_eq!(d("abc", "acb"), Some(1));
        assert_eq!(d("abc", "abd"), Some(1));
        assert_eq!(d("ab", "abcd"), Some(2));
        assert_eq!(d("a", "abcd"), None);
    }

    #[test]
    fn free_json() {
        assert_eq!(
            check_free_json("x", "{ \"a\" : [1, 2.50, \"b c\"] }").unwrap(),
            r#"{"a":[1,2.50,"b c"]}"#
        );
        assert_eq!(
            check_free_json("x", "123456789012345678901234567890").unwrap(),
            "123456789012345678901234567890"
        );
        assert!(check_free_json("x", r#"{"a":1,"a":2}"#).is_err());
        assert!(check_free_json("x", r#"[{"b":{"a":1,"a":2}}]"#).is_err());
        assert!(check_free_json("x", "1e400").is_err());
        assert!(encode_free_json("x", &f64::NAN).is_err());
        assert!(encode_free_json("x", &[1.0, f64::INFINITY]).is_err());
        assert_eq!(encode_free_json("x", &[1.5]).unwrap(), "[1.5]");
        assert!(raw_value_token().is_some());
    }
}
