//! The full-text search index behind `search/` (issue 7): static JSON files that the page's
//! script (`themes/default/static/assets/search.js`) fetches piecemeal, so search works on any
//! static host and a first query downloads a small fraction of the archive.
//!
//! Layout, all under `search/` in the output:
//! - `meta.json`: document count, chunk size, the shards' first terms and sizes in bytes, the
//!   facet values (actor, topic, source, year) with their counts, and a stamp. Always loaded
//!   first.
//! - `shards/<i>.json`: the inverted index, one object `{term: [doc, weight, doc, weight, …]}`
//!   per shard, doc ids delta-coded. Shards are consecutive runs of the sorted terms of about
//!   [`SHARD_BUDGET`] bytes, and `meta.json` lists each one's first term, so a term (and every
//!   word it is a prefix of) is found in one shard or a few neighbours.
//! - `docs/<id>.json`: one per document, what its result shows (url, title, date, source,
//!   actors, topics) and its body text up to [`DOC_TEXT_BYTES`], so the snippet can be cut
//!   around the query terms wherever they occur. Fetched only for shown results: one request per
//!   result, all at once.
//! - `facets.json`: every document's facet values in one compact table (see [`facets`]), for
//!   filtering and for the live counts next to each filter value.
//!
//! [`write_index`] hands each file to a sink as soon as it is made, and the per-document files
//! are made in parallel one by one, so a build writes them without ever holding them all (at
//! 10,000 articles they are ~60 MB).
//!
//! Terms are folded with [`crate::text::fold`] and split on anything not alphanumeric; the
//! script folds queries the same way for Latin script (lowercase, NFKD, strip marks, a
//! few letters such as ß spelled out) so "Guaido" finds "Guaidó".
//! Doc ids follow date (newest first) then url, so equal scores rank recent articles first and
//! the same input always gives the same bytes.

mod facets;
mod invert;

use std::collections::BTreeMap;

use rayon::prelude::*;
use serde::Serialize;

use facets::Facets;
use invert::{Stamp, invert, plan_shards, shard_json};
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
    /// Plain body text (no markup); indexed, never copied into the index.
    pub text: &'a str,
}

/// Bytes of body text kept per document: the whole of a typical news article, so a snippet can
/// come from anywhere in it; longer bodies are cut at a word.
pub const DOC_TEXT_BYTES: usize = 16 * 1024;
/// Target size of one shard file in bytes (a single term's postings may exceed it). Larger
/// shards mean fewer requests per query but more unrelated bytes in each.
pub const SHARD_BUDGET: usize = 32 * 1024;
/// Longer tokens are noise (urls, hashes) and would only bloat the index.
pub const MAX_TERM_BYTES: usize = 48;

/// Bumped when the file layout changes, so a cached old script refuses a new index.
const VERSION: u32 = 2;

/// Builds every file of the search index: `(path relative to the output root, bytes)`, sorted by
/// path. Deterministic: the same documents in any order give identical bytes.
pub fn build_index(docs: &[SearchDoc]) -> Vec<(String, Vec<u8>)> {
    let mut files = write_index(docs, |path, bytes| (path, bytes));
    files.sort_by(|a, b| a.0.cmp(&b.0));
    files
}

/// Makes every file of the search index and hands each to `sink(path, bytes)` as soon as it is
/// made, from several threads; returns the sink's results (`meta.json`'s last). The sink may
/// write and drop the bytes: nothing here keeps them.
pub fn write_index<T: Send>(
    docs: &[SearchDoc],
    sink: impl Fn(String, Vec<u8>) -> T + Sync,
) -> Vec<T> {
    let order = doc_order(docs);
    let (facets, terms) = rayon::join(|| Facets::collect(docs, &order), || invert(docs, &order));
    let shards = plan_shards(&terms);
    let mut made: Vec<(String, Vec<u8>)> = shards
        .par_iter()
        .enumerate()
        .map(|(i, (_, range))| {
            (
                format!("search/shards/{i}.json"),
                shard_json(&terms[range.clone()]),
            )
        })
        .collect();
    let sizes: Vec<usize> = made.iter().map(|(_, bytes)| bytes.len()).collect();
    drop(terms);
    made.push(("search/facets.json".to_owned(), facets.table_json()));
    let mut stamp = Stamp::default();
    made.iter().for_each(|(path, bytes)| stamp.add(path, bytes));
    let (mut out, hashes): (Vec<T>, Vec<u64>) = order
        .par_iter()
        .enumerate()
        .map(|(id, &i)| {
            let (path, bytes) = (
                format!("search/docs/{id}.json"),
                doc_json(&docs[i], &facets),
            );
            let hash = Stamp::of(&path, &bytes);
            (sink(path, bytes), hash)
        })
        .unzip();
    hashes.iter().for_each(|h| stamp.add_hash(*h));
    out.extend(made.into_iter().map(|(path, bytes)| sink(path, bytes)));
    let keys: Vec<&str> = shards.iter().map(|(key, _)| key.as_str()).collect();
    let meta = Meta {
        version: VERSION,
        docs: order.len(),
        shards: &keys,
        sizes: &sizes,
        facets: facets.listing(),
        stamp: stamp.hex(),
    };
    out.push(sink("search/meta.json".to_owned(), to_json(&meta)));
    out
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

/// What `docs/<id>.json` holds, serialised as a JSON array to keep it small:
/// `[url, title, date, source, [actor…], [topic…], text]`, with source, actors and topics as
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

/// The file of one document.
fn doc_json(doc: &SearchDoc, facets: &Facets) -> Vec<u8> {
    let refs = |kind: usize, names: &[&str]| {
        names
            .iter()
            .filter_map(|n| facets.position(kind, n))
            .collect()
    };
    to_json(&DocEntry(
        // The script links to `../` + url from `search/`, so a leading slash would escape the
        // subpath the site is hosted under.
        doc.url.trim_start_matches('/'),
        doc.title,
        doc.date,
        doc.source.and_then(|s| facets.position(2, s)),
        refs(0, &doc.actors),
        refs(1, &doc.topics),
        body_text(doc.text, DOC_TEXT_BYTES),
    ))
}

/// The body with whitespace collapsed (paragraph breaks are not needed for snippets), cut at a
/// word boundary before `max` bytes.
pub fn body_text(text: &str, max: usize) -> String {
    let mut out = String::with_capacity(text.len().min(max));
    for word in text.split_whitespace() {
        let space = usize::from(!out.is_empty());
        if out.len() + space + word.len() > max {
            if out.is_empty() {
                let mut end = max;
                while !word.is_char_boundary(end) {
                    end -= 1;
                }
                out.push_str(&word[..end]);
            }
            out.push('…');
            break;
        }
        if space == 1 {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// `meta.json`, the only file every search loads.
#[derive(Serialize)]
struct Meta<'a> {
    version: u32,
    docs: usize,
    /// Each shard's first term.
    shards: &'a [&'a str],
    /// Each shard's size in bytes, so the script can keep a query within a transfer budget.
    sizes: &'a [usize],
    /// Per kind: `[name, count]` in display order; positions are the codes of `facets.json`.
    facets: BTreeMap<&'static str, &'a [(&'a str, usize)]>,
    /// Hash of every other index file. The script adds it to their URLs, so after a rebuild a
    /// browser cannot mix cached old shards with the new meta (their names are reused).
    stamp: String,
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
    fn an_empty_archive_gets_meta_and_an_empty_facet_table() {
        let files = build_index(&[]);
        assert_eq!(files.len(), 2);
        let meta = file(&files, "search/meta.json");
        assert!(
            meta.starts_with("{\"version\":2,\"docs\":0,\"shards\":[],\"sizes\":[]"),
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
    fn meta_lists_facets_and_sizes_and_docs_hold_display_data_and_text() {
        let body = "word ".repeat(500);
        let mut a = doc("a/", "<script>x</script>", "2019-01-23", &body);
        a.source = Some("Reuters");
        a.actors = vec!["Juan Guaidó"];
        let files = build_index(&[a]);
        let meta = file(&files, "search/meta.json");
        assert!(meta.contains("\"actor\":[[\"Juan Guaidó\",1]]"), "{meta}");
        assert!(meta.contains("\"year\":[[\"2019\",1]]"), "{meta}");
        let shard = file(&files, "search/shards/0.json");
        assert!(
            meta.contains(&format!("\"sizes\":[{}]", shard.len())),
            "{meta}"
        );
        let entry = file(&files, "search/docs/0.json");
        assert!(
            entry.starts_with("[\"a/\",\"<script>x</script>\",\"2019-01-23\",0,[0],[],\"word word"),
            "{entry}"
        );
        assert_eq!(
            file(&files, "search/facets.json"),
            "{\"actor\":[1,\"0,\"],\"topic\":[1,\",\"],\"source\":[1,\"0,\"],\"year\":[1,\"0,\"]}"
        );
    }

    #[test]
    fn urls_never_start_with_a_slash() {
        let files = build_index(&[doc("/b/", "t", "2019-01-01", "")]);
        assert!(file(&files, "search/docs/0.json").starts_with("[\"b/\""));
    }

    #[test]
    fn body_text_collapses_space_and_cuts_at_words() {
        assert_eq!(body_text("one  two\n\nthree", 9), "one two…");
        assert_eq!(body_text("short", 9), "short");
        assert_eq!(body_text("ééééé", 5), "éé…");
    }
}
