//! Regression test over the hand-written import fixtures (`tests/fixtures/import/*.txt` with
//! `gold*.json` in the scorer's format): headline, date, authors and body paragraphs must match
//! the gold exactly, and most gold actors must be found with no unexpected extras.

use std::path::Path;

use dossier::extract::{ExtractOptions, extract};
use dossier::text::name_key;
use serde_json::Value;

/// Paragraph identity as the scorer sees it: the first 25 letters and digits, folded.
fn para_key(p: &str) -> String {
    name_key(p)
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .take(25)
        .collect()
}

fn names(entities: &Value) -> Vec<Vec<String>> {
    let list = entities.as_array().map(Vec::as_slice).unwrap_or(&[]);
    list.iter()
        .map(|e| {
            let mut n = vec![name_key(e["name"].as_str().unwrap())];
            n.extend(
                e["aliases"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|a| name_key(a.as_str().unwrap())),
            );
            n.into_iter()
                .map(|k| k.strip_prefix("the ").map(str::to_string).unwrap_or(k))
                .collect()
        })
        .collect()
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect()
}

/// Every gold entry of `gold*.json`: one file per area of work, so that fixtures added at the
/// same time on different branches do not collide.
fn gold_entries(dir: &Path) -> Vec<Value> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.starts_with("gold") && name.ends_with(".json")
        })
        .collect();
    files.sort();
    files
        .iter()
        .flat_map(|f| {
            let gold: Value = serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
            gold.as_array().unwrap().clone()
        })
        .collect()
}

#[test]
fn fixtures_match_gold() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import");
    let options = ExtractOptions::new(jiff::civil::Date::constant(2026, 1, 1));
    let (mut found, mut wanted, mut extra) = (0, 0, Vec::new());
    for g in gold_entries(&dir) {
        let g = &g;
        let file = g["file"].as_str().unwrap();
        let e = extract(&std::fs::read_to_string(dir.join(file)).unwrap(), &options);
        assert_eq!(
            name_key(&e.title),
            name_key(g["title"].as_str().unwrap()),
            "{file}: title"
        );
        assert_eq!(
            e.date.map(|d| d.to_string()),
            g["date"].as_str().map(str::to_string),
            "{file}: date"
        );
        let authors: Vec<String> = e.authors.iter().map(|a| name_key(a)).collect();
        let gold_authors: Vec<String> =
            strings(&g["authors"]).iter().map(|a| name_key(a)).collect();
        assert_eq!(authors, gold_authors, "{file}: authors");
        let body: Vec<String> = strings(&g["body"]).iter().map(|p| para_key(p)).collect();
        let optional: Vec<String> = strings(&g["optional_body"])
            .iter()
            .map(|p| para_key(p))
            .collect();
        let got: Vec<String> = e.paragraphs.iter().map(|p| para_key(p)).collect();
        assert!(
            body.iter().all(|b| got.contains(b)),
            "{file}: missing body paragraphs in {got:?}"
        );
        assert!(
            got.iter().all(|p| body.contains(p) || optional.contains(p)),
            "{file}: extra body in {got:?}"
        );
        let required = names(&g["entities"]);
        let allowed = names(&g["optional"]);
        wanted += required.len();
        for a in &e.actors {
            let key = name_key(&a.name);
            let key = key.strip_prefix("the ").unwrap_or(&key).to_string();
            if required.iter().any(|n| n.contains(&key)) {
                found += 1;
            } else if !allowed.iter().any(|n| n.contains(&key)) {
                extra.push(format!("{file}: {}", a.name));
            }
        }
    }
    assert!(extra.is_empty(), "unexpected actors: {extra:?}");
    assert!(found * 10 >= wanted * 9, "actor recall {found}/{wanted}");
}
