//! JSON views as template values. The views made for every article (list views, reader
//! views) are built as Tera's values directly; the others (site, actor and topic headers,
//! listings' pagers, front matter's `extra`) are built as `serde_json` values and converted here,
//! field by field: converting through serde's machinery cost a fifth of a build's instructions.

use std::collections::BTreeMap;

use serde_json::Value as Json;
use tera::Value;

/// The template value of a JSON view, taking its strings, arrays and maps apart as it goes.
pub fn into_template(json: Json) -> Value {
    match json {
        Json::Null => Value::none(),
        Json::Bool(b) => Value::from(b),
        Json::Number(n) => number(&n),
        Json::String(s) => Value::from(s),
        Json::Array(items) => Value::from(items.into_iter().map(into_template).collect::<Vec<_>>()),
        Json::Object(fields) => {
            let mut map = tera::Map::with_capacity(fields.len());
            for (key, value) in fields {
                map.insert(key.into(), into_template(value));
            }
            Value::from(map)
        }
    }
}

/// The template value of a JSON view that stays in use.
pub fn to_template(json: &Json) -> Value {
    match json {
        Json::Null => Value::none(),
        Json::Bool(b) => Value::from(*b),
        Json::Number(n) => number(n),
        Json::String(s) => Value::from(s.as_str()),
        Json::Array(items) => Value::from(items.iter().map(to_template).collect::<Vec<_>>()),
        Json::Object(fields) => {
            let mut map = tera::Map::with_capacity(fields.len());
            for (key, value) in fields {
                map.insert(key.clone().into(), to_template(value));
            }
            Value::from(map)
        }
    }
}

/// The template map of named JSON fields (front matter's `extra`), converted without copying
/// them into a JSON object first.
pub fn fields_to_template(fields: &BTreeMap<String, Json>) -> Value {
    Value::from(
        fields
            .iter()
            .map(|(key, value)| (key.clone(), to_template(value)))
            .collect::<BTreeMap<_, _>>(),
    )
}

/// Integers stay integers (templates compare and print them); other numbers become floats.
fn number(n: &serde_json::Number) -> Value {
    if let Some(u) = n.as_u64() {
        Value::from(u)
    } else if let Some(i) = n.as_i64() {
        Value::from(i)
    } else {
        Value::from(n.as_f64().unwrap_or(f64::NAN))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Both conversions give what Tera's own conversion through serde gives.
    #[test]
    fn views_convert_as_through_serde() {
        let view = json!({
            "title": "Zürich <b>", "count": 3, "minus": -2, "ratio": 0.5, "none": null,
            "flag": true, "list": [1, "two", {"three": [3]}], "empty": {}, "nothing": [],
        });
        let expected = Value::from_serializable(&view);
        assert_eq!(to_template(&view), expected);
        assert_eq!(into_template(view.clone()), expected);
        let fields: BTreeMap<String, Json> =
            serde_json::from_value(view.clone()).expect("an object");
        assert_eq!(fields_to_template(&fields), expected);
    }
}
