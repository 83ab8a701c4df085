//! The full-text search index behind `search/` (issue 7): static JSON files that the page's
//! script (`themes/default/static/assets/search.js`) fetches piecemeal, so search works on any
//! static host and a first query downloads a small fraction of the archive.
//!
//! Layout, all under `search/` in the output:
//! - `meta.json`: document count, chunk size, the sorted shard keys and the facet values
//!   (actor, topic, source, year) with their counts. Always loaded first.
//! - `shards/<i>.json`: the inverted index, one object `{term: [doc, weight, doc, weight, …]}`
//!   per shard, doc ids delta-coded. Shards are consecutive runs of the sorted terms of about
//!   [`SHARD_BUDGET`] bytes, and `meta.json` lists each one's first term, so a term (and every
//!   word it is a prefix of) is found in one shard or a few neighbours.
//! - `docs/<c>.json`: display data for [`CHUNK_DOCS`] documents (url, title, date, source,
//!   actors, topics and a short excerpt for snippets), fetched only for shown results.
//! - `facets/<kind>/<i>.json`: delta-coded doc ids carrying one facet value, fetched only when
//!   that filter is active.
//!
//! Terms are folded with [`crate::text::fold`] and split on anything not alphanumeric; the
//! script folds queries the same way for Latin script (lowercase, NFKD, strip marks, a
//! few letters such as ß spelled out) so "Guaido" finds "Guaidó".
//! Doc ids follow date (newest first) then url, so equal scores rank recent articles first and
//! the same input always gives the same bytes.

mod invert;

use std::collections::{BTreeMap, HashMap};

use rayon::prelude::*;
use serde::Serialize;

use crate::text::name_key;

use invert::{content_stamp, invert, plan_shards, shard_json};
pub use invert::{for_each_term, terms};

/// One article as the search index sees it; borrowed from the archive.
#[derive(Debug, Clone, Default)]
pub struct SearchDoc<'a> {
    /// Page url relative to the site root, e.g. `articles/some-slug/`.
    pub url: &'a str,
    /// Headline.
    pub title: &'a str,
    /// Publication day as `YYYY-MM-DD`.
    pub date: Option<&'a str>,
    /// Outlet name.
    pub source: Option<&'a str>,
    /// Display names of the actors the article is filed under.
    pub actors: Vec<&'a str>,
    /// Display names of its topics.
    pub topics: Vec<&'a str>,
    /// Plain body text (no markup).
    pub text: &'a str,
}

/// Documents per `docs/<c>.json` chunk: small, because a page of results touches up to one
/// chunk per result and unrelated neighbours ride along.
pub const CHUNK_DOCS: usize = 8;
/// Target size of one shard file in bytes (a single term's postings may exceed it). Larger
/// shards mean fewer requests per query but more unrelated bytes in each.
pub const SHARD_BUDGET: usize = 32 * 1024;
/// Characters of body text kept per document for snippets (the whole body is never shipped).
pub const EXCERPT_CHARS: usize = 480;
/// Longer tokens are noise (urls, hashes) and would only bloat the index.
pub const MAX_TERM_BYTES: usize = 48;

/// The facet kinds, in the order of the filter controls; also the URL parameter names.
const FACET_KINDS: [&str; 4] = ["actor", "topic", "source", "year"];

/// Builds every file of the search index: `(path relative to the output root, bytes)`, sorted by
/// path. Deterministic: the same documents in any order give identical bytes.
pub fn build_index(docs: &[SearchDoc]) -> Vec<(String, Vec<u8>)> {
    let order = doc_order(docs);
    let facets = Facets::collect(docs, &order);
    let terms = invert(docs, &order);
    let shards = plan_shards(&terms);
    let mut files = Vec::new();
    for (i, (_, range)) in shards.iter().enumerate() {
        files.push((
            format!("search/shards/{i}.json"),
            shard_json(&terms[range.clone()]),
        ));
    }
    files.extend(doc_chunks(docs, &order, &facets));
    files.extend(facets.files());
    let keys: Vec<&str> = shards.iter().map(|(key, _)| key.as_str()).collect();
    files.push((
        "search/meta.json".to_owned(),
        meta_json(order.len(), &keys, &facets, content_stamp(&files)),
    ));
    files.sort_by(|a, b| a.0.cmp(&b.0));
    files
}

/// Document indices in id order: newest first, then by url (then title) for a total order.
fn doc_order(docs: &[SearchDoc]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..docs.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&docs[a], &docs[b]);
        b.date
            .cmp(&a.date)
            .then(a.url.cmp(b.url))
            .then(a.title.cmp(b.title))
    });
    order
}

/// Facet values per kind, each with its doc ids, in display order (folded name, then name).
struct Facets<'a> {
    kinds: Vec<Vec<(&'a str, Vec<u32>)>>,
    /// Position of each value in its kind's list, for compact references from doc chunks.
    positions: Vec<HashMap<&'a str, usize>>,
}

impl<'a> Facets<'a> {
    /// Collects actor, topic, source and year values over all documents, by doc id.
    fn collect(docs: &[SearchDoc<'a>], order: &[usize]) -> Facets<'a> {
        let mut maps: Vec<BTreeMap<(String, &'a str), Vec<u32>>> = vec![BTreeMap::new(); 4];
        for (id, &i) in order.iter().enumerate() {
            let doc = &docs[i];
            let year = doc
                .date
                .and_then(|d| d.get(..4))
                .filter(|y| y.bytes().all(|b| b.is_ascii_digit()));
            let values: [Vec<&'a str>; 4] = [
                doc.actors.clone(),
                doc.topics.clone(),
                doc.source.into_iter().collect(),
                year.into_iter().collect(),
            ];
            for (map, kind_values) in maps.iter_mut().zip(values) {
                for value in kind_values {
                    let ids = map.entry((name_key(value), value)).or_default();
                    if ids.last() != Some(&(id as u32)) {
                        ids.push(id as u32);
                    }
                }
            }
        }
        let kinds: Vec<Vec<(&'a str, Vec<u32>)>> = maps
            .into_iter()
            .map(|m| m.into_iter().map(|((_, name), ids)| (name, ids)).collect())
            .collect();
        let positions = kinds
            .iter()
            .map(|k| k.iter().enumerate().map(|(i, (n, _))| (*n, i)).collect())
            .collect();
        Facets { kinds, positions }
    }

    /// Position of `value` among the values of facet kind `kind` (index into [`FACET_KINDS`]).
    fn position(&self, kind: usize, value: &str) -> Option<usize> {
        self.positions[kind].get(value).copied()
    }

    /// `facets/<kind>/<i>.json`: the delta-coded doc ids of every value.
    fn files(&self) -> Vec<(String, Vec<u8>)> {
        let mut files = Vec::new();
        for (kind, values) in FACET_KINDS.iter().zip(&self.kinds) {
            for (i, (_, ids)) in values.iter().enumerate() {
                let gaps: Vec<u32> = ids
                    .iter()
                    .scan(0, |prev, &id| Some(id - std::mem::replace(prev, id)))
                    .collect();
                files.push((format!("search/facets/{kind}/{i}.json"), to_json(&gaps)));
            }
        }
        files
    }
}

/// What `docs/<c>.json` holds per document, serialised as a JSON array to keep chunks small:
/// `[url, title, date, source, [actor…], [topic…], excerpt]`, with source, actors and topics as
/// positions into the facet lists of `meta.json`.
#[derive(Serialize)]
struct DocEntry<'a>(
    &'a str,
    &'a str,
    Option<&'a str>,
    Option<usize>,
    Vec<usize>,
    Vec<usize>,
    String,
);

/// The display chunks, [`CHUNK_DOCS`] documents each, in id order.
fn doc_chunks(docs: &[SearchDoc], order: &[usize], facets: &Facets) -> Vec<(String, Vec<u8>)> {
    let chunks: Vec<&[usize]> = order.chunks(CHUNK_DOCS).collect();
    chunks
        .par_iter()
        .enumerate()
        .map(|(c, ids)| {
            let entries: Vec<DocEntry> = ids.iter().map(|&i| doc_entry(&docs[i], facets)).collect();
            (format!("search/docs/{c}.json"), to_json(&entries))
        })
        .collect()
}

/// The display record of one document.
fn doc_entry<'a>(doc: &SearchDoc<'a>, facets: &Facets) -> DocEntry<'a> {
    let refs = |kind: usize, names: &[&str]| {
        names
            .iter()
            .filter_map(|n| facets.position(kind, n))
            .collect()
    };
    DocEntry(
        // The script links to `../` + url from `search/`, so a leading slash would escape the
        // subpath the site is hosted under.
        doc.url.trim_start_matches('/'),
        doc.title,
        doc.date,
        doc.source.and_then(|s| facets.position(2, s)),
        refs(0, &doc.actors),
        refs(1, &doc.topics),
        excerpt(doc.text, EXCERPT_CHARS),
    )
}

/// The start of the body with whitespace collapsed, cut at a word boundary near `max` chars.
pub fn excerpt(text: &str, max: usize) -> String {
    let mut out = String::with_capacity(max + 4);
    let mut chars = 0;
    for word in text.split_whitespace() {
        let n = word.chars().count();
        if chars + n + 1 > max {
            if chars == 0 {
                out.extend(word.chars().take(max));
            }
            out.push('…');
            return out;
        }
        if chars > 0 {
            out.push(' ');
            chars += 1;
        }
        out.push_str(word);
        chars += n;
    }
    out
}

/// `meta.json`, the only file every search loads.
#[derive(Serialize)]
struct Meta<'a> {
    /// Bumped when the file layout changes, so an old script can refuse a new index.
    version: u32,
    docs: usize,
    chunk: usize,
    shards: &'a [&'a str],
    /// Per kind: `[name, count]` in display order; positions are the facet file names.
    facets: BTreeMap<&'a str, Vec<(&'a str, usize)>>,
    /// Hash of every other index file. The script adds it to their URLs, so after a rebuild a
    /// browser cannot mix cached old shards with the new meta (their names are reused).
    stamp: String,
}

/// Serialises the meta file.
fn meta_json(docs: usize, shards: &[&str], facets: &Facets, stamp: String) -> Vec<u8> {
    let facets = FACET_KINDS
        .iter()
        .zip(&facets.kinds)
        .map(|(kind, values)| {
            (
                *kind,
                values.iter().map(|(n, ids)| (*n, ids.len())).collect(),
            )
        })
        .collect();
    to_json(&Meta {
        version: 1,
        docs,
        chunk: CHUNK_DOCS,
        shards,
        facets,
        stamp,
    })
}

/// Compact JSON; serialising plain data into memory cannot fail.
fn to_json<T: Serialize>(value: &T) -> Vec<u8> {
    serde_json::to_vec(value).expect("search index data serialises")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc<'a>(url: &'a str, title: &'a str, date: &'a str, text: &'a str) -> SearchDoc<'a> {
        SearchDoc {
            url,
            title,
            date: Some(date),
            text,
            ..SearchDoc::default()
        }
    }

    fn file<'f>(files: &'f [(String, Vec<u8>)], path: &str) -> &'f str {
        let (_, bytes) = files.iter().find(|(p, _)| p == path).expect(path);
        std::str::from_utf8(bytes).unwrap()
    }

    #[test]
    fn same_docs_in_any_order_give_identical_bytes() {
        let a = doc("a/", "Guaidó speaks", "2019-01-23", "The general defected.");
        let b = doc("b/", "Blackout", "2019-03-08", "Caracas is dark.");
        assert_eq!(build_index(&[a.clone(), b.clone()]), build_index(&[b, a]));
    }

    #[test]
    fn an_empty_archive_gets_a_meta_file_only() {
        let files = build_index(&[]);
        assert_eq!(files.len(), 1);
        let meta = file(&files, "search/meta.json");
        assert!(
            meta.starts_with("{\"version\":1,\"docs\":0,\"chunk\":8,\"shards\":[]"),
            "{meta}"
        );
    }

    #[test]
    fn terms_are_folded_and_title_outweighs_body() {
        let a = doc("a/", "Guaidó speaks", "2019-01-23", "nothing");
        let b = doc("b/", "Other", "2019-01-24", "Juan guaido said");
        let files = build_index(&[a, b]);
        let shards: Vec<String> = files
            .iter()
            .filter(|(p, _)| p.starts_with("search/shards/"))
            .map(|(_, b)| String::from_utf8(b.clone()).unwrap())
            .collect();
        // b is newer so it is doc 0 with one body hit; a is doc 1 with a title hit.
        assert!(
            shards.iter().any(|s| s.contains("\"guaido\":[0,1,1,16]")),
            "{shards:?}"
        );
    }

    #[test]
    fn meta_lists_facets_and_chunks_hold_excerpts() {
        let body = "word ".repeat(500);
        let mut a = doc("a/", "<script>x</script>", "2019-01-23", &body);
        a.source = Some("Reuters");
        a.actors = vec!["Juan Guaidó"];
        let files = build_index(&[a]);
        let meta = file(&files, "search/meta.json");
        assert!(meta.contains("\"actor\":[[\"Juan Guaidó\",1]]"), "{meta}");
        assert!(meta.contains("\"year\":[[\"2019\",1]]"), "{meta}");
        let chunk = file(&files, "search/docs/0.json");
        assert!(
            !file(
                &build_index(&[doc("/b/", "t", "2019-01-01", "")]),
                "search/docs/0.json"
            )
            .contains("\"/b/")
        );
        assert!(
            chunk
                .starts_with("[[\"a/\",\"<script>x</script>\",\"2019-01-23\",0,[0],[],\"word word"),
            "{chunk}"
        );
        assert!(chunk.chars().count() < EXCERPT_CHARS + 80);
        assert_eq!(file(&files, "search/facets/source/0.json"), "[0]");
    }

    #[test]
    fn excerpts_cut_at_words() {
        assert_eq!(excerpt("one  two\nthree", 9), "one two…");
        assert_eq!(excerpt("short", 9), "short");
    }
}
