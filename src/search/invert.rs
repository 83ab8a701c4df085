//! The inverted index: tokenising documents into folded terms, weighting them by field, merging
//! posting lists built in parallel, and packing the sorted terms into shard files. Part of
//! [`crate::search`]; the tokeniser here must split text exactly as the page script does.

use std::fmt::Write as _;
use std::hash::Hasher as _;
use std::ops::Range;

use rayon::prelude::*;

use super::{MAX_TERM_BYTES, SHARD_BUDGET, SearchDoc};
use crate::hash::{Hasher, Map};
use crate::text::fold;

/// Posting weight for a term in the title; dominates actor and body hits.
const TITLE_WEIGHT: u8 = 16;
/// Posting weight for a term in an actor or topic name.
const NAME_WEIGHT: u8 = 8;
/// Body occurrences count up to this many, so long articles cannot swamp title hits.
const BODY_CAP: u8 = 7;

// A weight is kept as it grows, in one byte: the title and name weights are single bits above
// the body count's bits.
const _: () = assert!(
    TITLE_WEIGHT.is_power_of_two()
        && NAME_WEIGHT.is_power_of_two()
        && TITLE_WEIGHT != NAME_WEIGHT
        && (BODY_CAP + 1).is_power_of_two()
        && NAME_WEIGHT > BODY_CAP
        && TITLE_WEIGHT > BODY_CAP
);

/// Splits folded text into index terms: maximal runs of alphanumeric characters.
pub fn terms(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty() && t.len() <= MAX_TERM_BYTES)
}

/// Calls `f` with every term of `text`, exactly as `terms(&fold(text))` would yield them, but
/// without folding the whole text: ASCII words (nearly all of them) only need lowercasing. This
/// loop is most of the index build time, hence the byte-level scan.
pub fn for_each_term(text: &str, mut f: impl FnMut(&str)) {
    let bytes = text.as_bytes();
    let mut lower = String::new();
    let mut i = 0;
    while i < bytes.len() {
        while i < bytes.len() && SEPARATOR[usize::from(bytes[i])] {
            i += 1;
        }
        let (start, mut seen, mut upper) = (i, 0u8, false);
        while i < bytes.len() && !SEPARATOR[usize::from(bytes[i])] {
            seen |= bytes[i];
            upper |= bytes[i].is_ascii_uppercase();
            i += 1;
        }
        // Separators are ASCII, so both ends are char boundaries.
        let word = &text[start..i];
        if !seen.is_ascii() {
            terms(&fold(word)).for_each(&mut f);
        } else if word.is_empty() || word.len() > MAX_TERM_BYTES {
            // Text ended on separators, or a token too long to be a word (see MAX_TERM_BYTES).
        } else if upper {
            lower.clear();
            lower.push_str(word);
            lower.make_ascii_lowercase();
            f(&lower);
        } else {
            f(word);
        }
    }
}

/// Bytes that split words: ASCII punctuation and space. Non-ASCII bytes stay in the word so
/// [`fold`] sees whole characters.
const SEPARATOR: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = !(b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// Per-field occurrence counts of a term in one document: title, actor/topic names, body.
/// A document's weight for one term (see [`bump`]): eight bytes a posting with its id, which
/// matters with tens of millions of postings at 100,000 articles.
type Posting = (u32, u8);

/// Adds one document's terms to a chunk's postings; the document's postings are the last
/// entries of each list, so one hash lookup per token suffices.
fn add_doc(doc: &SearchDoc, id: u32, postings: &mut Map<String, Vec<Posting>>) {
    let names = doc
        .actors
        .iter()
        .chain(&doc.topics)
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    // The source counts as one body mention: "reuters" should find Reuters articles, but a
    // byline is weaker evidence than the text itself.
    let fields = [doc.title, &names, doc.text, doc.source.unwrap_or("")];
    for (field, text) in fields.into_iter().enumerate() {
        for_each_term(text, |term| {
            let list = match postings.get_mut(term) {
                Some(list) => list,
                None => postings.entry(term.to_owned()).or_default(),
            };
            if list.last().is_none_or(|(last, _)| *last != id) {
                list.push((id, 0));
            }
            bump(&mut list.last_mut().expect("just pushed").1, field);
        });
    }
}

/// Adds one occurrence in `field` (0 title, 1 names, 2 and on body) to a posting weight: the
/// title and name weights count once, body occurrences up to [`BODY_CAP`] (at most 31).
fn bump(weight: &mut u8, field: usize) {
    match field {
        0 => *weight |= TITLE_WEIGHT,
        1 => *weight |= NAME_WEIGHT,
        _ if *weight & BODY_CAP < BODY_CAP => *weight += 1,
        _ => {}
    }
}

/// Documents per parallel indexing task: large enough that a task's term strings are shared
/// by many documents, small enough to keep both cores busy.
const TASK_DOCS: usize = 256;

/// The inverted index: `(term, encoded postings)` sorted by term. Runs of documents are indexed
/// in parallel and merged in id order, so every posting list comes out sorted.
pub(super) fn invert(docs: &[SearchDoc], order: &[usize]) -> Vec<(String, String)> {
    let parts: Vec<Map<String, Vec<Posting>>> = order
        .par_chunks(TASK_DOCS)
        .enumerate()
        .map(|(task, indices)| {
            let mut postings = Map::default();
            for (offset, &i) in indices.iter().enumerate() {
                add_doc(&docs[i], (task * TASK_DOCS + offset) as u32, &mut postings);
            }
            postings
        })
        .collect();
    let mut merged: Map<String, Vec<Posting>> = Map::default();
    for part in parts {
        for (term, list) in part {
            match merged.get_mut(&term) {
                Some(all) => all.extend(list),
                None => {
                    merged.insert(term, list);
                }
            }
        }
    }
    let mut sorted: Vec<(String, Vec<Posting>)> = merged.into_iter().collect();
    sorted.par_sort_unstable_by(|a, b| a.0.cmp(&b.0));
    sorted
        .into_par_iter()
        .map(|(term, list)| (term, encode_postings(&list)))
        .collect()
}

/// A short hex digest of the index files' paths and bytes, in the order given (cache busting,
/// not security). Files made in parallel are hashed on their own and added in order.
pub(super) struct Stamp(Hasher);

impl Default for Stamp {
    fn default() -> Stamp {
        Stamp(crate::hash::hasher())
    }
}

impl Stamp {
    /// The hash of one file.
    pub(super) fn of(path: &str, bytes: &[u8]) -> u64 {
        let mut hasher = crate::hash::hasher();
        hasher.write(path.as_bytes());
        hasher.write(bytes);
        hasher.write_usize(bytes.len());
        hasher.finish()
    }

    /// Adds one file.
    pub(super) fn add(&mut self, path: &str, bytes: &[u8]) {
        self.add_hash(Stamp::of(path, bytes));
    }

    /// Adds a file by its hash from [`Stamp::of`].
    pub(super) fn add_hash(&mut self, hash: u64) {
        self.0.write_u64(hash);
    }

    /// The digest as 16 hex digits.
    pub(super) fn hex(&self) -> String {
        format!("{:016x}", self.0.finish())
    }
}

/// `[d0,w0,d1,w1,…]` with each doc id stored as the gap from the previous one.
fn encode_postings(list: &[Posting]) -> String {
    let mut out = String::with_capacity(list.len() * 5 + 2);
    out.push('[');
    let mut prev = 0;
    for (i, &(doc, weight)) in list.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_number(&mut out, doc - prev);
        out.push(',');
        push_number(&mut out, u32::from(weight));
        prev = doc;
    }
    out.push(']');
    out
}

/// Appends a decimal number; `write!` is measurably slower over millions of postings.
fn push_number(out: &mut String, mut n: u32) {
    let mut digits = [0u8; 10];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.push_str(std::str::from_utf8(&digits[at..]).expect("ASCII digits"));
}

/// Packs the sorted terms into shards: `(first term, range of terms)`. A shard closes when the
/// next term would push it past [`SHARD_BUDGET`], unless it holds less than a quarter of that:
/// then the term joins it, however large, since a shard of a few rare words before a common one
/// would cost a prefix query a request for next to nothing. Shards are ranges in term order,
/// which is what the script's binary search over first terms assumes.
pub(super) fn plan_shards(terms: &[(String, String)]) -> Vec<(String, Range<usize>)> {
    let mut out: Vec<(String, Range<usize>)> = Vec::new();
    let (mut start, mut size) = (0, 0);
    for (i, (term, postings)) in terms.iter().enumerate() {
        let entry = term.len() + postings.len() + 4;
        if i > start && size + entry > SHARD_BUDGET && size >= SHARD_BUDGET / 4 {
            out.push((terms[start].0.clone(), start..i));
            (start, size) = (i, 0);
        }
        size += entry;
    }
    if start < terms.len() {
        out.push((terms[start].0.clone(), start..terms.len()));
    }
    out
}

/// One shard file. Terms are runs of alphanumeric characters, which JSON never needs to escape,
/// so the object is written directly instead of through serde.
pub(super) fn shard_json(terms: &[(String, String)]) -> Vec<u8> {
    let mut out = String::with_capacity(terms.iter().map(|(t, p)| t.len() + p.len() + 4).sum());
    out.push('{');
    for (i, (term, postings)) in terms.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let _ = write!(out, "\"{term}\":{postings}");
    }
    out.push('}');
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_are_consecutive_term_runs_within_budget() {
        let big = "x".repeat(SHARD_BUDGET / 2);
        let small = "y".repeat(SHARD_BUDGET / 3);
        let terms: Vec<(String, String)> = [
            "de",
            "debt",
            "defect",
            "defection",
            "defector",
            "demand",
            "zulia",
        ]
        .iter()
        .map(|t| {
            let postings = match *t {
                "defect" | "defection" => big.clone(),
                "defector" => small.clone(),
                _ => "[0,1]".into(),
            };
            (t.to_string(), postings)
        })
        .collect();
        let shards = plan_shards(&terms);
        let keys: Vec<&str> = shards.iter().map(|(k, _)| k.as_str()).collect();
        // "de" and "debt" are too small a shard to close before "defect"; "defection" fills
        // one with "defector"; the rest fit after.
        assert_eq!(keys, ["de", "defection"]);
        let mut next = 0;
        for (key, range) in &shards {
            assert_eq!((range.start, key), (next, &terms[range.start].0));
            next = range.end;
        }
        assert_eq!(next, terms.len());
    }

    #[test]
    fn fast_tokeniser_matches_fold_then_split() {
        let text = "Guaidó’s DEFECTION, l'armée — Straße ÆON €5 Путин 2019-01-23 naïve";
        let mut fast = Vec::new();
        for_each_term(text, |t| fast.push(t.to_owned()));
        let slow: Vec<String> = terms(&fold(text)).map(str::to_owned).collect();
        assert_eq!(fast, slow);
    }

    /// The script's fold (NFKD, lowercase, strip marks, a few letters spelled out) was checked
    /// to give these same terms in Node; keep both sides in step when either changes.
    #[test]
    fn folds_like_the_script_for_latin_text() {
        let cases = [
            ("Guaidó’s DEFECTION", "guaido s defection"),
            ("Straße ÆON Œuvre", "strasse aeon oeuvre"),
            ("Łódź İstanbul Ørsted", "lodz istanbul orsted"),
            ("naïve café São Ñandú", "naive cafe sao nandu"),
            ("Þór Đorđe ı", "thor dorde i"),
            ("№5 ﬁnance Ⅻ ²", "no5 finance xii 2"),
        ];
        for (text, expected) in cases {
            let mut got = Vec::new();
            for_each_term(text, |t| got.push(t.to_owned()));
            assert_eq!(got.join(" "), expected, "{text}");
        }
    }
}
