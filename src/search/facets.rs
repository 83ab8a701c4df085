//! The search filters' data: every actor, topic, source and year value with its article count
//! (listed in `meta.json`), and `facets.json`, one compact table of each document's values that
//! lets the page filter any result set and count the results per filter value as filters change,
//! without fetching one file per value. Part of [`crate::search`].

use std::collections::{BTreeMap, HashMap};

use super::SearchDoc;
use crate::text::name_key;

/// The facet kinds, in the order of the filter controls; also the URL parameter names.
pub(super) const FACET_KINDS: [&str; 4] = ["actor", "topic", "source", "year"];

/// Digits of the value codes in `facets.json`: 64 characters that JSON never escapes, so a code
/// of `w` digits tells 64^w values apart and the table stays a plain string.
const DIGITS: &[u8; 64] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

/// Every document's facet values, and each value's count, per kind.
pub(super) struct Facets<'a> {
    /// Per kind: `(name, number of documents)` in display order (folded name, then name). A
    /// value's position here is its code in `facets.json`.
    values: Vec<Vec<(&'a str, usize)>>,
    /// Per kind, per document in id order: the positions of its values, sorted, no repeats.
    table: Vec<Vec<Vec<usize>>>,
}

impl<'a> Facets<'a> {
    /// Collects actor, topic, source and year values over all documents, in id `order`.
    pub(super) fn collect(docs: &[SearchDoc<'a>], order: &[usize]) -> Facets<'a> {
        let mut maps: Vec<BTreeMap<(String, &'a str), usize>> = vec![BTreeMap::new(); 4];
        for &i in order {
            for (map, names) in maps.iter_mut().zip(values_of(&docs[i])) {
                for name in names {
                    map.entry((name_key(name), name)).or_default();
                }
            }
        }
        let values: Vec<Vec<(&'a str, usize)>> = maps
            .into_iter()
            .map(|m| m.into_iter().map(|((_, name), n)| (name, n)).collect())
            .collect();
        let positions: Vec<HashMap<&'a str, usize>> = values
            .iter()
            .map(|k| k.iter().enumerate().map(|(i, (n, _))| (*n, i)).collect())
            .collect();
        let table = (0..FACET_KINDS.len())
            .map(|kind| {
                order
                    .iter()
                    .map(|&i| {
                        let mut codes: Vec<usize> = values_of(&docs[i])[kind]
                            .iter()
                            .map(|name| positions[kind][name])
                            .collect();
                        codes.sort_unstable();
                        codes.dedup();
                        codes
                    })
                    .collect()
            })
            .collect();
        let mut facets = Facets { values, table };
        facets.recount();
        facets
    }

    /// Counts documents per value from the table, where a name listed twice in one document
    /// appears once.
    fn recount(&mut self) {
        for (values, docs) in self.values.iter_mut().zip(&self.table) {
            values.iter_mut().for_each(|v| v.1 = 0);
            for code in docs.iter().flatten() {
                values[*code].1 += 1;
            }
        }
    }

    /// `(kind, number of values)`, for the search page to know which filters to show.
    pub(super) fn value_counts(&self) -> BTreeMap<&'static str, usize> {
        FACET_KINDS
            .iter()
            .zip(&self.values)
            .map(|(kind, values)| (*kind, values.len()))
            .collect()
    }

    /// `(kind, [(name, count)…])` for `meta.json`.
    pub(super) fn listing(&self) -> BTreeMap<&'static str, &[(&'a str, usize)]> {
        FACET_KINDS
            .iter()
            .zip(&self.values)
            .map(|(kind, values)| (*kind, values.as_slice()))
            .collect()
    }

    /// `facets.json`: per kind, `[width, table]` where the table lists each document's value
    /// codes (`width` digits each, see [`DIGITS`]) and a comma ends each document's list.
    pub(super) fn table_json(&self) -> Vec<u8> {
        let mut out = String::from("{");
        for (k, kind) in FACET_KINDS.iter().enumerate() {
            let width = code_width(self.values[k].len());
            if k > 0 {
                out.push(',');
            }
            out.push_str(&format!("\"{kind}\":[{width},\""));
            for codes in &self.table[k] {
                for &code in codes {
                    push_code(&mut out, code, width);
                }
                out.push(',');
            }
            out.push_str("\"]");
        }
        out.push('}');
        out.into_bytes()
    }
}

/// A document's values per kind, in [`FACET_KINDS`] order. The year is the date's first four
/// characters when they are digits.
fn values_of<'a>(doc: &SearchDoc<'a>) -> [Vec<&'a str>; 4] {
    let year = doc
        .date
        .and_then(|d| d.get(..4))
        .filter(|y| y.bytes().all(|b| b.is_ascii_digit()));
    [
        doc.actors.clone(),
        doc.topics.clone(),
        doc.source.into_iter().collect(),
        year.into_iter().collect(),
    ]
}

/// Digits per code for `values` distinct values (at least one).
fn code_width(values: usize) -> usize {
    let (mut width, mut capacity) = (1, DIGITS.len());
    while values > capacity {
        width += 1;
        capacity *= DIGITS.len();
    }
    width
}

/// Appends `code` as `width` base-64 digits, most significant first.
fn push_code(out: &mut String, code: usize, width: usize) {
    for place in (0..width).rev() {
        let digit = code / DIGITS.len().pow(place as u32) % DIGITS.len();
        out.push(char::from(DIGITS[digit]));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_fixed_width_base_64() {
        assert_eq!(code_width(0), 1);
        assert_eq!(code_width(64), 1);
        assert_eq!(code_width(65), 2);
        assert_eq!(code_width(4096), 2);
        assert_eq!(code_width(4097), 3);
        let mut s = String::new();
        push_code(&mut s, 0, 2);
        push_code(&mut s, 63, 1);
        push_code(&mut s, 64 * 3 + 10, 2);
        assert_eq!(s, "00_3A");
    }

    #[test]
    fn table_lists_each_documents_values_once() {
        let docs = [
            SearchDoc {
                date: Some("2019-01-23"),
                actors: vec!["Nicolás Maduro", "Juan Guaidó", "Juan Guaidó"],
                source: Some("Reuters"),
                ..SearchDoc::default()
            },
            SearchDoc::default(),
        ];
        let facets = Facets::collect(&docs, &[0, 1]);
        // Actors in folded-name order: Juan Guaidó is 0, Nicolás Maduro 1.
        assert_eq!(
            String::from_utf8(facets.table_json()).unwrap(),
            "{\"actor\":[1,\"01,,\"],\"topic\":[1,\",,\"],\"source\":[1,\"0,,\"],\"year\":[1,\"0,,\"]}"
        );
        assert_eq!(
            facets.listing()["actor"],
            [("Juan Guaidó", 1), ("Nicolás Maduro", 1)]
        );
    }
}
