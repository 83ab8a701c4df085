//! Data for researchers: `data/articles.json` (one object per article with its actors and
//! topics) and `data/mentions.csv` (article, actor, kind, count), both in archive order
//! (newest first) so that identical content gives identical bytes.

use serde::Serialize;

use crate::archive::Archive;
use crate::render::views::article_path;

/// An article in `articles.json`.
#[derive(Debug, Serialize)]
struct ArticleRecord<'a> {
    slug: &'a str,
    url: String,
    title: &'a str,
    date: Option<String>,
    source: Option<&'a str>,
    original_url: Option<&'a str>,
    authors: &'a [String],
    actors: Vec<ActorRecord<'a>>,
    topics: Vec<&'a str>,
}

/// An actor of an article in `articles.json`.
#[derive(Debug, Serialize)]
struct ActorRecord<'a> {
    name: &'a str,
    slug: &'a str,
    kind: &'static str,
    mentions: usize,
}

/// `(path, bytes)` of both data files.
pub fn data_files(archive: &Archive, base_url: &str) -> Vec<(String, Vec<u8>)> {
    vec![
        (
            "data/articles.json".into(),
            articles_json(archive, base_url),
        ),
        ("data/mentions.csv".into(), mentions_csv(archive)),
    ]
}

fn articles_json(archive: &Archive, base_url: &str) -> Vec<u8> {
    let records: Vec<ArticleRecord> = archive
        .entries
        .iter()
        .map(|e| {
            let a = &e.article;
            ArticleRecord {
                slug: &a.slug,
                url: format!("{base_url}{}", article_path(&a.slug)),
                title: &a.title,
                date: a.date.map(|d| d.day.to_string()),
                source: e.source.map(|s| archive.sources[s].name.as_str()),
                original_url: a.url.as_deref(),
                authors: &a.authors,
                actors: e
                    .actors
                    .iter()
                    .map(|&(i, n)| {
                        let x = &archive.actors[i];
                        ActorRecord {
                            name: &x.name,
                            slug: &x.slug,
                            kind: x.kind.as_str(),
                            mentions: n,
                        }
                    })
                    .collect(),
                topics: e
                    .topics
                    .iter()
                    .map(|&t| archive.topics[t].name.as_str())
                    .collect(),
            }
        })
        .collect();
    let mut bytes = serde_json::to_vec_pretty(&records).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

fn mentions_csv(archive: &Archive) -> Vec<u8> {
    let mut out = String::from("article,actor,kind,count\r\n");
    for e in &archive.entries {
        for &(i, n) in &e.actors {
            let x = &archive.actors[i];
            out.push_str(&csv_field(&e.article.slug));
            out.push(',');
            out.push_str(&csv_field(&x.name));
            out.push(',');
            out.push_str(x.kind.as_str());
            out.push(',');
            out.push_str(&n.to_string());
            out.push_str("\r\n");
        }
    }
    out.into_bytes()
}

/// One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled.
/// A leading `=`, `+`, `-` or `@` is prefixed with `'` so spreadsheets do not run it as a formula.
fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quoting() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, \"b\""), "\"a, \"\"b\"\"\"");
        assert_eq!(csv_field("=cmd()"), "'=cmd()");
    }
}
