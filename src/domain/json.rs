//! JSON text to a `serde_json::Value`, refusing an object that gives the same
//! key twice.
//!
//! JSON parsers (serde_json's `Value` among them) keep the last of two equal
//! keys and drop the first without a word, so a graph with `"title"` twice
//! would load with one of them silently lost. The format's typed parse
//! already refuses a repeated field; this parse is the one the loader uses
//! when it walks a document to report problems, and it stops at the first
//! repeated key with its line, column and path.

use std::cell::RefCell;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

use super::shape::Path;

/// Why text could not be read as JSON.
#[derive(Debug)]
pub enum JsonError {
    /// Not valid JSON (serde_json's error, with its line and column).
    Syntax(serde_json::Error),
    /// An object gives the same key twice.
    DuplicateKey {
        /// The object's path, such as `roles[3]` (empty for the document).
        path: String,
        /// The repeated key.
        key: String,
        /// 1-based line of the second occurrence (at its closing quote).
        line: usize,
        /// 1-based column of that closing quote.
        column: usize,
    },
}

/// Parses JSON text into a value; a repeated key is an error.
///
/// # Errors
/// The first syntax error or repeated key.
pub fn parse(text: &str) -> Result<Value, JsonError> {
    let found = RefCell::new(None);
    let mut de = serde_json::Deserializer::from_str(text);
    let result = Node { path: &Path::Root, found: &found }.deserialize(&mut de).and_then(|v| de.end().map(|()| v));
    result.map_err(|e| match found.into_inner() {
        Some((path, key)) => JsonError::DuplicateKey { path, key, line: e.line().max(1), column: e.column().max(1) },
        None => JsonError::Syntax(e),
    })
}

/// One value at a path; `found` receives the path and key of a repeat.
struct Node<'p, 'f> {
    path: &'p Path<'p>,
    found: &'f RefCell<Option<(String, String)>>,
}

impl<'de> DeserializeSeed<'de> for Node<'_, '_> {
    type Value = Value;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Node<'_, '_> {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        // As serde_json's own `Value` does: JSON has no infinities.
        Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(item) =
            seq.next_element_seed(Node { path: &Path::Index(self.path, items.len()), found: self.found })?
        {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Value, A::Error> {
        let mut map = Map::new();
        while let Some(key) = access.next_key::<String>()? {
            if map.contains_key(&key) {
                *self.found.borrow_mut() = Some((self.path.to_string(), key));
                // serde_json adds the line and column of the key to this.
                return Err(de::Error::custom("repeated key"));
            }
            let value = access.next_value_seed(Node { path: &Path::Key(self.path, &key), found: self.found })?;
            map.insert(key, value);
        }
        Ok(Value::Object(map))
    }
}
