//! The library side of `dossier import`: turning raw scraped `.txt` articles into Markdown files
//! with TOML front matter (for `content/`), or into one JSON object per article (for inspection
//! and for scoring against gold annotations with `score_import.py`).
//!
//! Each function runs [`crate::extract::extract`] once per article; the CLI only has to read the
//! files, pick [`ExtractOptions`], and call [`import_paths`] or [`import_json_line`].

use std::path::{Path, PathBuf};

use serde_json::json;

use crate::error::Error;
use crate::extract::{ExtractOptions, Extracted, extract, paragraphs_to_markdown};
use crate::rules::Rules;
use crate::text::slugify;

/// The site.toml topics whose keywords an extracted article reaches, by name.
pub fn topics_of(e: &Extracted, rules: &Rules) -> Vec<String> {
    let text = format!("{}\n{}", e.title, e.paragraphs.join("\n\n"));
    rules
        .scan(&text)
        .topics
        .into_iter()
        .map(|(i, _)| rules.topics[i].name.clone())
        .collect()
}

/// One JSON object (no trailing newline) describing what extraction made of `text`:
/// `{"file", "title", "date" (YYYY-MM-DD or null), "authors", "body" (Markdown, paragraphs
/// separated by blank lines), "dropped": [{"text","reason"}], "actors": [{"name","slug","kind",
/// "mentions"}], "topics": [{"name","slug"}]}`. `file_label` is echoed as `file` (scorers match
/// on its base name). Topics are the site.toml topics the text reaches.
pub fn import_json_line(
    file_label: &str,
    text: &str,
    opts: &ExtractOptions,
    rules: &Rules,
) -> String {
    let e = extract(text, opts);
    let topics: Vec<_> = topics_of(&e, rules)
        .iter()
        .map(|t| json!({"name": t, "slug": slugify(t)}))
        .collect();
    let actors: Vec<_> = e
        .actors
        .iter()
        .map(|a| json!({"name": a.name, "slug": slugify(&a.name), "kind": a.kind.as_str(), "mentions": a.mentions}))
        .collect();
    let value = json!({
        "file": file_label,
        "title": e.title,
        "date": e.date.map(|d| d.to_string()),
        "authors": e.authors,
        "source": e.source,
        "body": body_markdown(&e),
        "dropped": e.dropped,
        "actors": actors,
        "topics": topics,
    });
    value.to_string()
}

/// A Markdown article with TOML front matter (`title`, `date` when found, `authors`, `source`
/// when known, `actors`, `topics`) followed by the clean body. Topics are the site.toml topics
/// the text reaches.
pub fn import_markdown(text: &str, opts: &ExtractOptions, rules: &Rules) -> String {
    let e = extract(text, opts);
    let topics = topics_of(&e, rules);
    // Written field by field so the front matter reads in a fixed, human order (title first);
    // each value is rendered by the toml crate, which does the quoting and escaping.
    let mut fields: Vec<(&str, toml::Value)> = vec![("title", e.title.clone().into())];
    if let Some(d) = e.date {
        let date = toml::value::Date {
            year: d.year() as u16,
            month: d.month() as u8,
            day: d.day() as u8,
        };
        fields.push((
            "date",
            toml::Value::Datetime(toml::value::Datetime {
                date: Some(date),
                time: None,
                offset: None,
            }),
        ));
    }
    fields.push(("authors", string_array(e.authors.iter())));
    if let Some(source) = &e.source {
        fields.push(("source", source.clone().into()));
    }
    fields.push(("actors", string_array(e.actors.iter().map(|a| &a.name))));
    fields.push(("topics", string_array(topics.iter())));
    let front: String = fields.iter().map(|(k, v)| format!("{k} = {v}\n")).collect();
    format!("+++\n{front}+++\n\n{}", body_markdown(&e))
}

fn string_array<'a>(items: impl Iterator<Item = &'a String>) -> toml::Value {
    toml::Value::Array(items.map(|s| toml::Value::String(s.clone())).collect())
}

fn body_markdown(e: &Extracted) -> String {
    if e.paragraphs.is_empty() {
        String::new()
    } else {
        paragraphs_to_markdown(&e.paragraphs)
    }
}

/// Imports every `.txt` file in `inputs` (files, or folders searched recursively) into `into`,
/// one `SLUG.md` per article with the slug taken from the headline (or the file name when there
/// is none). An existing file is an error naming it unless `force`; two inputs with the same
/// slug get `-2`, `-3`… Returns the files written, in input order.
pub fn import_paths(
    inputs: &[PathBuf],
    into: &Path,
    force: bool,
    opts: &ExtractOptions,
    rules: &Rules,
) -> Result<Vec<PathBuf>, Error> {
    let files = collect_inputs(inputs)?;
    std::fs::create_dir_all(into).map_err(|e| Error::io(into, e))?;
    let mut written: Vec<PathBuf> = Vec::with_capacity(files.len());
    for file in files {
        let bytes = std::fs::read(&file).map_err(|e| Error::io(&file, e))?;
        let text = String::from_utf8_lossy(&bytes);
        let markdown = import_markdown(&text, opts, rules);
        let title = extract_title(&markdown);
        let stem = file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let slug = slugify(if title.is_empty() { &stem } else { &title });
        let target = free_name(into, &slug, &written);
        if target.exists() && !force {
            return Err(Error::io(
                &target,
                std::io::Error::new(
                    std::io::ErrorKind::AlreadyExists,
                    "already exists (use --force to overwrite)",
                ),
            ));
        }
        std::fs::write(&target, markdown).map_err(|e| Error::io(&target, e))?;
        written.push(target);
    }
    Ok(written)
}

/// The headline from the front matter just produced (saves a second extraction).
fn extract_title(markdown: &str) -> String {
    let front = markdown.split("+++").nth(1).unwrap_or("");
    front
        .parse::<toml::Table>()
        .ok()
        .and_then(|t| t.get("title")?.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// `into/slug.md`, or `slug-2.md`… when this run already wrote that name.
fn free_name(into: &Path, slug: &str, written: &[PathBuf]) -> PathBuf {
    let mut n = 1;
    loop {
        let name = if n == 1 {
            format!("{slug}.md")
        } else {
            format!("{slug}-{n}.md")
        };
        let path = into.join(name);
        if !written.contains(&path) {
            return path;
        }
        n += 1;
    }
}

/// The `.txt` files named by `inputs`, folders walked recursively and sorted.
pub fn collect_inputs(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, Error> {
    let mut files = Vec::new();
    for input in inputs {
        if input.is_dir() {
            let mut found = Vec::new();
            for entry in walkdir::WalkDir::new(input) {
                let entry = entry.map_err(|e| {
                    let path = e.path().unwrap_or(input).to_path_buf();
                    Error::io(&path, e.into())
                })?;
                if entry.file_type().is_file()
                    && entry.path().extension().is_some_and(|x| x == "txt")
                {
                    found.push(entry.into_path());
                }
            }
            found.sort();
            files.extend(found);
        } else {
            files.push(input.clone());
        }
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::Date;

    fn opts() -> ExtractOptions {
        ExtractOptions::new(Date::constant(2026, 1, 1))
    }

    fn rules() -> Rules {
        let config = crate::SiteConfig::parse(
            "[[topics]]\nname = \"Defection\"\nkeywords = [\"defect*\"]\n",
            Path::new("site.toml"),
        )
        .unwrap();
        Rules::new(&config).unwrap()
    }

    const ARTICLE: &str = "Troops defect in Caracas\n\nBy Ann Lee\n\nMarch 5, 2019\n\nSoldiers crossed into Colombia on Tuesday, officials said.\n\nAdvertisement\n\nPresident Nicolás Maduro denied it.\n";

    #[test]
    fn json_line_has_every_field() {
        let line = import_json_line("a/b.txt", ARTICLE, &opts(), &rules());
        let v: serde_json::Value = serde_json::from_str(&line).unwrap();
        assert_eq!(v["file"], "a/b.txt");
        assert_eq!(v["title"], "Troops defect in Caracas");
        assert_eq!(v["date"], "2019-03-05");
        assert_eq!(v["authors"][0], "Ann Lee");
        assert!(v["body"].as_str().unwrap().contains("\n\nPresident"));
        assert_eq!(
            v["dropped"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|d| d["reason"] == "advertisement")
                .count(),
            1
        );
        let names: Vec<&str> = v["actors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["name"].as_str().unwrap())
            .collect();
        assert!(
            names.contains(&"Nicolás Maduro") && names.contains(&"Colombia"),
            "{names:?}"
        );
        assert_eq!(
            v["topics"][0]["slug"], "defection",
            "site.toml topic rules apply"
        );
    }

    #[test]
    fn markdown_has_front_matter() {
        let md = import_markdown(ARTICLE, &opts(), &rules());
        assert!(md.starts_with("+++\n"));
        assert!(md.contains("date = 2019-03-05"));
        assert!(md.contains("topics = [\"Defection\"]"));
        assert!(md.ends_with("President Nicolás Maduro denied it.\n"));
    }

    #[test]
    fn writes_files_and_refuses_to_overwrite() {
        let dir = tempfile::tempdir().unwrap();
        let src = dir.path().join("a.txt");
        std::fs::write(&src, ARTICLE).unwrap();
        let out = dir.path().join("out");
        let written =
            import_paths(std::slice::from_ref(&src), &out, false, &opts(), &rules()).unwrap();
        assert_eq!(written, [out.join("troops-defect-in-caracas.md")]);
        let err =
            import_paths(std::slice::from_ref(&src), &out, false, &opts(), &rules()).unwrap_err();
        assert!(
            err.to_string().contains("troops-defect-in-caracas.md"),
            "{err}"
        );
        assert!(import_paths(&[src], &out, true, &opts(), &rules()).is_ok());
    }

    /// Writes Markdown files for the files in `DOSSIER_IMPORT_FILES` into `DOSSIER_IMPORT_INTO`.
    #[test]
    #[ignore]
    fn write_import() {
        let files = std::env::var("DOSSIER_IMPORT_FILES").unwrap_or_default();
        let inputs: Vec<PathBuf> = files.split_whitespace().map(PathBuf::from).collect();
        let into = PathBuf::from(std::env::var("DOSSIER_IMPORT_INTO").unwrap());
        for path in import_paths(&inputs, &into, true, &opts(), &rules()).unwrap() {
            println!("{}", path.display());
        }
    }

    /// Prints one JSON line per file named in `DOSSIER_IMPORT_FILES` (space-separated), for
    /// piping into the scorer:
    /// `DOSSIER_IMPORT_FILES="$(ls ../shared/seeds/*.txt)" cargo test --lib -- --ignored
    /// --nocapture print_import | grep '^{' | python3 ../shared/eval/score_import.py GOLD`.
    #[test]
    #[ignore]
    fn print_import() {
        let files = std::env::var("DOSSIER_IMPORT_FILES").unwrap_or_default();
        for f in files.split_whitespace() {
            let text = std::fs::read_to_string(f).unwrap();
            println!("{}", import_json_line(f, &text, &opts(), &rules()));
        }
    }
}
