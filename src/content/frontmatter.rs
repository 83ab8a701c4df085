//! Front matter: splitting the `+++` (TOML) or `---` (YAML) block off the top of a file and
//! parsing it into [`FrontMatter`], with errors pointing at the line and column in the original
//! file (not shifted by the opening delimiter).

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use jiff::civil::Date;
use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};

use crate::config::line_col;
use crate::error::{Error, Location};

/// The two front matter syntaxes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    /// `+++` delimited TOML.
    Toml,
    /// `---` delimited YAML.
    Yaml,
}

/// A file cut into its front matter (if any) and body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split<'a> {
    /// The front matter block, without delimiters, and its syntax.
    pub front: Option<(Syntax, &'a str)>,
    /// 1-based line of the first front matter line (the one after the opening delimiter).
    pub front_line: usize,
    /// Everything after the closing delimiter.
    pub body: &'a str,
    /// 1-based line where the body starts.
    pub body_line: usize,
}

/// Splits front matter off `text` (already stripped of a BOM). A file that opens a block and never
/// closes it is an error at line 1.
pub fn split<'a>(text: &'a str, path: &Path) -> Result<Split<'a>, Error> {
    let first_end = text.find('\n').unwrap_or(text.len());
    let syntax = match text[..first_end].trim_end() {
        "+++" => Syntax::Toml,
        "---" => Syntax::Yaml,
        _ => {
            return Ok(Split {
                front: None,
                front_line: 1,
                body: text,
                body_line: 1,
            });
        }
    };
    let delimiter = if syntax == Syntax::Toml { "+++" } else { "---" };
    let start = (first_end + 1).min(text.len());
    let mut offset = start;
    for (line, raw) in (2..).zip(text[start..].split_inclusive('\n')) {
        let trimmed = raw.trim_end();
        if trimmed == delimiter || (syntax == Syntax::Yaml && trimmed == "...") {
            let body_start = offset + raw.len();
            return Ok(Split {
                front: Some((syntax, &text[start..offset])),
                front_line: 2,
                body: &text[body_start..],
                body_line: line + 1,
            });
        }
        offset += raw.len();
    }
    Err(Error::content(
        Location::new(path, 1, 1),
        format!(
            "front matter opened with `{delimiter}` is never closed (add a `{delimiter}` line after it)"
        ),
    ))
}

/// A date as written in front matter: `2019-01-23`, or RFC 3339 with a time and offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArticleDate {
    /// The calendar day (in the article's own offset).
    pub day: Date,
    /// The exact instant, when a time was given.
    pub instant: Option<jiff::Timestamp>,
}

impl ArticleDate {
    /// Parses `YYYY-MM-DD` or an RFC 3339 timestamp (`2019-01-23T10:00:00Z`, `…+02:00`).
    pub fn parse(s: &str) -> Option<ArticleDate> {
        let s = s.trim();
        if s.len() == 10 {
            return s
                .parse::<Date>()
                .ok()
                .map(|day| ArticleDate { day, instant: None });
        }
        // RFC 3339 starts with the calendar day in the writer's own offset: keep that day.
        let day = s.get(..10)?.parse::<Date>().ok()?;
        let instant: jiff::Timestamp = s.parse().ok()?;
        Some(ArticleDate {
            day,
            instant: Some(instant),
        })
    }

    /// RFC 3339 instant for feeds: the given time, or midnight UTC of the day.
    pub fn rfc3339(&self) -> String {
        match self.instant {
            Some(ts) => ts.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
            None => format!("{}T00:00:00Z", self.day),
        }
    }
}

/// The raw text of a date field, before validation (so errors can quote it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateText(pub String);

impl<'de> Deserialize<'de> for DateText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = DateText;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a date like 2019-01-23 or 2019-01-23T10:00:00Z")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<DateText, E> {
                Ok(DateText(v.to_string()))
            }
            // A bare TOML date arrives as a one-entry map holding its text.
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<DateText, A::Error> {
                let mut text = None;
                while let Some((_, v)) = map.next_entry::<String, toml::Value>()? {
                    text = Some(v.to_string().trim_matches('"').to_string());
                }
                text.map(DateText)
                    .ok_or_else(|| de::Error::custom("empty date"))
            }
        }
        d.deserialize_any(V)
    }
}

/// One or several strings: `authors = "A"` and `authors = ["A", "B"]` both work.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StringList(pub Vec<String>);

impl<'de> Deserialize<'de> for StringList {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = StringList;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string or a list of strings")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<StringList, E> {
                Ok(StringList(vec![v.to_string()]))
            }
            fn visit_unit<E: de::Error>(self) -> Result<StringList, E> {
                Ok(StringList::default())
            }
            fn visit_none<E: de::Error>(self) -> Result<StringList, E> {
                Ok(StringList::default())
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<StringList, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element::<Scalar>()? {
                    items.push(item.0);
                }
                Ok(StringList(items))
            }
        }
        d.deserialize_any(V)
    }
}

/// A list item written as a string or a plain number (YAML `- 1984`).
struct Scalar(String);

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Scalar;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
        }
        d.deserialize_string(V)
    }
}

/// Parsed front matter. Unknown keys are kept in `extra` for templates.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct FrontMatter {
    /// Headline.
    pub title: Option<String>,
    /// Publication date, as written.
    pub date: Option<DateText>,
    /// Outlet name.
    pub source: Option<String>,
    /// The original article's address.
    pub url: Option<String>,
    /// Bylines.
    pub authors: StringList,
    /// Actors named explicitly.
    pub actors: StringList,
    /// Topics named explicitly.
    pub topics: StringList,
    /// A summary replacing the first paragraph.
    pub summary: Option<String>,
    /// The page slug, replacing the one derived from the title.
    pub slug: Option<String>,
    /// Drafts are built only with `--drafts`.
    pub draft: bool,
    /// Everything else (filled by a second pass, so typed fields keep their type hints).
    #[serde(skip)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

/// Parses a front matter block; `line` is the file line where the block starts.
pub fn parse(syntax: Syntax, block: &str, line: usize, path: &Path) -> Result<FrontMatter, Error> {
    if block.trim().is_empty() {
        return Ok(FrontMatter::default());
    }
    let mut front: FrontMatter = deserialize(syntax, block, line, path)?;
    let mut extra: BTreeMap<String, serde_json::Value> = deserialize(syntax, block, line, path)?;
    for key in KNOWN_KEYS {
        extra.remove(*key);
    }
    for value in extra.values_mut() {
        unwrap_toml_datetimes(value);
    }
    front.extra = extra;
    Ok(front)
}

/// The fields [`FrontMatter`] knows; everything else goes to `extra`.
const KNOWN_KEYS: &[&str] = &[
    "title", "date", "source", "url", "authors", "actors", "topics", "summary", "slug", "draft",
];

fn deserialize<T: serde::de::DeserializeOwned>(
    syntax: Syntax,
    block: &str,
    line: usize,
    path: &Path,
) -> Result<T, Error> {
    match syntax {
        Syntax::Toml => toml::from_str::<T>(block).map_err(|e| {
            let (l, c) = e.span().map(|s| line_col(block, s.start)).unwrap_or((1, 1));
            Error::content(
                Location::new(path, line + l - 1, c),
                format!("invalid TOML front matter: {}", e.message()),
            )
        }),
        Syntax::Yaml => serde_saphyr::from_str::<T>(block).map_err(|e| {
            let (l, c) = e
                .location()
                .map(|l| (l.line() as usize, l.column() as usize))
                .unwrap_or((1, 1));
            let message = e.to_string().lines().next().unwrap_or("").to_string();
            let message = message.trim_start_matches("error: ");
            let message = message
                .split_once(": ")
                .filter(|(p, _)| p.starts_with("line "))
                .map_or(message, |(_, m)| m);
            Error::content(
                Location::new(path, line + l.max(1) - 1, c.max(1)),
                format!("invalid YAML front matter: {message}"),
            )
        }),
    }
}

/// TOML dates inside `extra` arrive as `{"$__toml_private_datetime": "…"}`; templates want the text.
fn unwrap_toml_datetimes(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            if map.len() == 1
                && let Some(serde_json::Value::String(s)) = map.get("$__toml_private_datetime")
            {
                *value = serde_json::Value::String(s.clone());
                return;
            }
            map.values_mut().for_each(unwrap_toml_datetimes);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(unwrap_toml_datetimes),
        _ => {}
    }
}

/// Line and column of `key`'s value inside a front matter block, for errors about that value.
pub fn key_position(block: &str, key: &str, first_line: usize) -> (usize, usize) {
    for (i, l) in block.lines().enumerate() {
        let trimmed = l.trim_start();
        if let Some(rest) = trimmed.strip_prefix(key) {
            let rest_trim = rest.trim_start();
            if rest_trim.starts_with('=') || rest_trim.starts_with(':') {
                let after = &rest_trim[1..];
                let value_col = l.len() - after.trim_start().len();
                return (first_line + i, l[..value_col].chars().count() + 1);
            }
        }
    }
    (first_line, 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_toml_and_yaml() {
        let s = split("+++\ntitle = \"a\"\n+++\nbody\n", Path::new("a.md")).unwrap();
        assert_eq!(s.front, Some((Syntax::Toml, "title = \"a\"\n")));
        assert_eq!((s.body, s.body_line), ("body\n", 4));
        let s = split("---\r\ntitle: a\r\n---\r\nbody", Path::new("a.md")).unwrap();
        assert_eq!(s.front.unwrap().0, Syntax::Yaml);
        assert_eq!(s.body, "body");
    }

    #[test]
    fn unclosed_block_is_an_error() {
        let e = split("+++\ntitle = 1\n", Path::new("a.md")).unwrap_err();
        assert!(e.to_string().starts_with("a.md:1:1: front matter"), "{e}");
    }

    #[test]
    fn toml_errors_point_into_the_file() {
        let e = parse(
            Syntax::Toml,
            "title = \"a\"\ndate = \n",
            2,
            Path::new("a.md"),
        )
        .unwrap_err();
        assert!(e.to_string().starts_with("a.md:3:"), "{e}");
    }

    #[test]
    fn dates_bare_quoted_and_rfc3339() {
        let f = parse(Syntax::Toml, "date = 2019-01-23\n", 2, Path::new("a")).unwrap();
        assert_eq!(f.date, Some(DateText("2019-01-23".into())));
        let d = ArticleDate::parse("2019-01-23T22:00:00-05:00").unwrap();
        assert_eq!(d.day, Date::constant(2019, 1, 23));
        assert_eq!(d.rfc3339(), "2019-01-24T03:00:00Z");
        assert!(ArticleDate::parse("2019-13-01").is_none());
    }

    #[test]
    fn yaml_lists_and_extra() {
        let f = parse(
            Syntax::Yaml,
            "title: T\nauthors: A\nactors: [X, Y]\nmood: calm\n",
            2,
            Path::new("a"),
        )
        .unwrap();
        assert_eq!(f.authors.0, vec!["A"]);
        assert_eq!(f.actors.0, vec!["X", "Y"]);
        assert_eq!(f.extra["mood"], "calm");
    }

    #[test]
    fn key_position_finds_value() {
        assert_eq!(key_position("title = 1\ndate = x\n", "date", 2), (3, 8));
    }
}
