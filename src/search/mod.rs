//! The full-text search index behind `search/` (issue 7): static JSON files that the page's
//! script (`themes/default/static/assets/search.js`) fetches piecemeal, so search works on any
//! static host and a first query downloads a small fraction of the archive.
//!
//! Layout, all under `search/` in the output:
//! - the [`Outline`]: document count, the shards' first terms and sizes in bytes, a stamp, and
//!   the number of filter values of each kind.
//!   The search page carries it inline, so that a linked search requests its shards while the
//!   page is still being parsed.
//! - `meta.json`: the outline again (for a page without it) and the facet values (actor, topic,
//!   source, year) with their counts, for the filters.
//! - `shards/<i>.json`: the inverted index, one object `{term: [doc, weight, doc, weight, …]}`
//!   per shard, doc ids delta-coded. Shards are consecutive runs of the sorted terms of about
//!   [`SHARD_BUDGET`] bytes, and the outline lists each one's first term, so a term (and every
//!   word it is a prefix of) is found in one shard or a few neighbours.
//! - `docs/<id>.json`: one per document, all its result shows (url, title, date, source and
//!   actor names) and its body text up to [`DOC_TEXT_BYTES`], so the snippet can be cut around
//!   the query terms wherever they occur. Fetched only for shown results: one request per
//!   result, the first five at once and the rest of the page once those are shown.
//! - `facets.json`: every document's facet values in one compact table (see [`facets`]), for
//!   filtering and for the live counts next to each filter value.
//!
//! A result needs its shards and its doc file and nothing else, so a first answer costs two
//! rounds of requests after the page; `meta.json` and `facets.json` follow it.
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

/// Bumped when the file layout changes, so a cached old script refuses a new index (the script
/// has the same number).
const VERSION: u32 = 3;

/// What the search page needs to know of the index before fetching any of it: the shards'
/// first terms and sizes, the document count, and the stamp that index file URLs carry.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outline {
    version: u32,
    docs: usize,
    /// Each shard's first term.
    shards: Vec<String>,
    /// Each shard's size in bytes, so the script can keep a query within a transfer budget.
    sizes: Vec<usize>,
    /// Hash of every other index file. The script adds it to their URLs, so after a rebuild a
    /// browser cannot mix cached old shards with the new outline (their names are reused).
    stamp: String,
    /// Per facet kind, how many values it has: the page shows the filter controls of those
    /// with any before their values arrive (in `meta.json`), so that they take their place
    /// before the first results do.
    filters: BTreeMap<&'static str, usize>,
}

impl Outline {
    /// The outline as JSON to put in the page's `<script type="application/json">` element:
    /// `<`, `>` and `&` are written as JSON escapes, so no text of the index can end the element
    /// or start markup.
    pub fn script_json(&self) -> String {
        let json = String::from_utf8(to_json(self)).expect("serde_json writes UTF-8");
        json.replace('<', "\\u003c")
            .replace('>', "\\u003e")
            .replace('&', "\\u0026")
    }
}

/// Builds every file of the search index: `(path relative to the output root, bytes)`, sorted by
/// path, and the outline for the search page. Deterministic: the same documents in any order
/// give identical bytes.
pub fn build_index(docs: &[SearchDoc]) -> (Vec<(String, Vec<u8>)>, Outline) {
    let (mut files, outline) = write_index(docs, |path, bytes| (path, bytes));
    files.sort_by(|a, b| a.0.cmp(&b.0));
    (files, outline)
}

/// Makes every file of the search index and hands each to `sink(path, bytes)` as soon as it is
/// made, from several threads; returns the sink's results (`meta.json`'s last) and the outline
/// for the search page. The sink may write and drop the bytes: nothing here keeps them.
pub fn write_index<T: Send>(
    docs: &[SearchDoc],
    sink: impl Fn(String, Vec<u8>) -> T + Sync,
) -> (Vec<T>, Outline) {
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
            let (path, bytes) = (format!("search/docs/{id}.json"), doc_json(&docs[i]));
            let hash = Stamp::of(&path, &bytes);
            (sink(path, bytes), hash)
        })
        .unzip();
    hashes.iter().for_each(|h| stamp.add_hash(*h));
    out.extend(made.into_iter().map(|(path, bytes)| sink(path, bytes)));
    let outline = Outline {
        version: VERSION,
        docs: order.len(),
        shards: shards.into_iter().map(|(key, _)| key).collect(),
        sizes,
        stamp: stamp.hex(),
        filters: facets.value_counts(),
    };
    let meta = Meta {
        outline: &outline,
        facets: facets.listing(),
    };
    out.push(sink("search/meta.json".to_owned(), to_json(&meta)));
    (out, outline)
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
/// `[url, title, date, source, [actor…], text]`. Names are spelled out rather than coded as
/// positions in `meta.json`'s lists, so that showing a result needs no other file.
#[derive(Serialize)]
struct DocEntry<'a>(
    &'a str,
    &'a str,
    Option<&'a str>,
    Option<&'a str>,
    &'a [&'a str],
    String,
);

/// The file of one document.
fn doc_json(doc: &SearchDoc) -> Vec<u8> {
    to_json(&DocEntry(
        // The script links to `../` + url from `search/`, so a leading slash would escape the
        // subpath the site is hosted under.
        doc.url.trim_start_matches('/'),
        doc.title,
        doc.date,
        doc.source,
        &doc.actors,
        body_text(doc.text, DOC_TEXT_BYTES),
    ))
}

/// The body with whitespace collapsed (paragraph breaks are not needed for snippets), cut at a
/// word boundary before `max` bytes.
pub fn body_text(text: &str, max: usize) -> String {
    let mut out = String::with_capacity(text.len().min(max));
    let mut rest = text;
    loop {
        rest = &rest[space_len(rest)..];
        if rest.is_empty() {
            break;
        }
        let word = &rest[..word_len(rest)];
        rest = &rest[word.len()..];
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

// Word splitting as `str::split_whitespace` does it, a byte at a time where the text is ASCII:
// decoding every character took most of the index's time spent on doc files.

/// The length of the white space `s` starts with.
fn space_len(s: &str) -> usize {
    run_len(s, true)
}

/// The length of the word `s` starts with.
fn word_len(s: &str) -> usize {
    run_len(s, false)
}

/// The length of the run of white space (or of anything else) at the start of `s`.
fn run_len(s: &str, space: bool) -> usize {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() {
            if ASCII_SPACE[usize::from(b)] != space {
                break;
            }
            i += 1;
            continue;
        }
        let c = s[i..].chars().next().expect("a char starts here");
        if c.is_whitespace() != space {
            break;
        }
        i += c.len_utf8();
    }
    i
}

/// The ASCII characters Unicode counts as white space (`u8::is_ascii_whitespace` and U+000B).
const ASCII_SPACE: [bool; 128] = {
    let mut table = [false; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_whitespace() || b == 0x0b;
        b += 1;
    }
    table
};

/// `meta.json`: the outline's fields and the filter values.
#[derive(Serialize)]
struct Meta<'a> {
    #[serde(flatten)]
    outline: &'a Outline,
    /// Per kind: `[name, count]` in display order; positions are the codes of `facets.json`.
    facets: BTreeMap<&'static str, &'a [(&'a str, usize)]>,
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
    fn the_outline_is_meta_without_facets_and_safe_in_a_script_element() {
        let (files, outline) = build_index(&[doc("a/", "t", "2019-01-01", "words")]);
        let meta = file(&files, "search/meta.json");
        let json = outline.script_json();
        let fields = json.strip_suffix('}').unwrap();
        assert!(
            meta.starts_with(&format!("{fields},\"facets\":")),
            "{meta}\n{json}"
        );
        let hostile = Outline {
            stamp: "</script><b>&".into(),
            ..outline
        };
        let json = hostile.script_json();
        assert!(
            json.contains(r"\u003c/script\u003e\u003cb\u003e\u0026"),
            "{json}"
        );
        let back: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(back["stamp"], "</script><b>&");
    }

    #[test]
    fn an_empty_archive_gets_meta_and_an_empty_facet_table() {
        let (files, _) = build_index(&[]);
        assert_eq!(files.len(), 2);
        let meta = file(&files, "search/meta.json");
        assert!(
            meta.starts_with("{\"version\":3,\"docs\":0,\"shards\":[],\"sizes\":[]"),
            "{meta}"
        );
    }

    #[test]
    fn terms_are_folded_and_title_outweighs_body() {
        let a = doc("a/", "Guaidó speaks", "2019-01-23", "nothing");
        let b = doc("b/", "Other", "2019-01-24", "Juan guaido said");
        let (files, _) = build_index(&[a, b]);
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
        a.topics = vec!["Crisis"];
        let (files, _) = build_index(&[a]);
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
            entry.starts_with(
                "[\"a/\",\"<script>x</script>\",\"2019-01-23\",\"Reuters\",[\"Juan Guaidó\"],\"word word"
            ),
            "{entry}"
        );
        assert_eq!(
            file(&files, "search/facets.json"),
            "{\"actor\":[1,\"0,\"],\"topic\":[1,\"0,\"],\"source\":[1,\"0,\"],\"year\":[1,\"0,\"]}"
        );
    }

    #[test]
    fn urls_never_start_with_a_slash() {
        let (files, _) = build_index(&[doc("/b/", "t", "2019-01-01", "")]);
        assert!(file(&files, "search/docs/0.json").starts_with("[\"b/\""));
    }

    #[test]
    fn body_text_collapses_space_and_cuts_at_words() {
        assert_eq!(body_text("one  two\n\nthree", 9), "one two…");
        assert_eq!(body_text("short", 9), "short");
        assert_eq!(body_text("ééééé", 5), "éé…");
        // Unicode white space splits words as ASCII white space does.
        assert_eq!(body_text("a\u{b}b\u{a0}c\td", 20), "a b c d");
        assert_eq!(body_text("a\u{b}b c", 20), "a b c");
        for text in [
            "",
            "  \n ",
            " Guaidó\u{2003}y\u{3000}Maduro\u{85}ß \u{200b}zero-width ",
            "\r\n\tmixed\u{c}feeds\u{1c}unit\u{1f}seps",
        ] {
            let words: Vec<&str> = text.split_whitespace().collect();
            assert_eq!(body_text(text, 1000), words.join(" "), "{text:?}");
        }
    }
}
