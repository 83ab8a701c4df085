//! Fuzz harnesses (issue 6): one function per parser that feeds it arbitrary text and checks
//! what must hold whatever the input. They live in the library so that the cargo-fuzz targets in
//! `fuzz/` and the regression test over `tests/fixtures/fuzz-regressions/` run the very same
//! checks. Each one panics when an invariant breaks; errors for bad input are fine.

use std::path::Path;

use crate::config::SiteConfig;
use crate::content::{self, LoadOptions, frontmatter, markdown};
use crate::error::Error;
use crate::extract::{self, ExtractOptions};

/// Splits and parses front matter; an error must point inside the file.
pub fn front_matter(text: &str) {
    let path = Path::new("content/fuzz.md");
    let split = match frontmatter::split(text, path) {
        Ok(split) => split,
        Err(e) => return check_position(&e, text),
    };
    assert!(
        text.ends_with(split.body),
        "the body is the end of the file"
    );
    if let Some((syntax, block)) = split.front
        && let Err(e) = frontmatter::parse(syntax, block, split.front_line, path)
    {
        check_position(&e, text);
    }
}

/// Cleans up a raw text: every paragraph is one trimmed, non-empty line.
pub fn extract(text: &str) {
    let e = extract::extract(text, &extract_options());
    for p in &e.paragraphs {
        assert!(
            !p.is_empty() && !p.contains('\n') && p.trim() == p,
            "paragraph {p:?}"
        );
    }
    assert!(!e.title.contains('\n'));
}

/// Renders Markdown both ways; without `allow_html` no tag or script URL may come through.
pub fn markdown(text: &str) {
    let strict = markdown::render(text, markdown::MarkdownOptions::default(), &|_| None);
    // Text never holds a raw `<` (it is escaped), so every `<` opens a tag dossier made.
    let lower = strict.html.to_ascii_lowercase();
    for bad in ["<script", "<iframe", "<object", "<embed", "<style"] {
        assert!(!lower.contains(bad), "{bad} in {}", strict.html);
    }
    for url in tag_urls(&strict.html) {
        assert!(
            !markdown::is_script_url(&url),
            "script URL {url:?} in {}",
            strict.html
        );
    }
    let options = markdown::MarkdownOptions { allow_html: true };
    markdown::render(text, options, &|_| None);
}

/// Loads a whole article, as `.md` and as `.txt`: a loaded article's slug is a safe folder name.
pub fn article(text: &str) {
    let options = LoadOptions::new(
        Path::new("/nonexistent-fuzz-root"),
        &SiteConfig::default(),
        jiff::civil::Date::constant(2026, 1, 1),
    );
    for name in ["content/fuzz.md", "content/fuzz.txt"] {
        let path = Path::new(name);
        match content::parse_article(path, path, text, &options) {
            Ok(a) => {
                let page = format!("{}index.html", crate::render::views::article_path(&a.slug));
                assert!(crate::output::is_safe_relative(&page), "slug {:?}", a.slug);
            }
            Err(e) => check_position(&e, text),
        }
    }
}

fn extract_options() -> ExtractOptions {
    ExtractOptions::new(jiff::civil::Date::constant(2026, 1, 1))
}

/// The `href` and `src` values inside tags (not in text, where `src="javascript:` is harmless
/// prose), with the entities a browser would decode.
fn tag_urls(html: &str) -> Vec<String> {
    let mut urls = Vec::new();
    for tag in html.split('<').skip(1).filter_map(|t| t.split('>').next()) {
        for attr in [" href=\"", " src=\""] {
            for value in tag.split(attr).skip(1).filter_map(|v| v.split('"').next()) {
                urls.push(decode_entities(value));
            }
        }
    }
    urls
}

fn decode_entities(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// An error's line must exist in the file (one past the end for "unexpected end").
fn check_position(e: &Error, text: &str) {
    let at = match e {
        Error::Content { at, .. } | Error::UnsafePath { at, .. } => at,
        _ => return,
    };
    // YAML also ends a line at a lone `\r` (and so do many editors): count those too.
    let lines = text.split('\n').count() + text.matches('\r').count();
    if let Some(line) = at.line {
        assert!(
            line >= 1 && line <= lines + 1,
            "{e} but the file has {lines} lines"
        );
    }
    assert!(at.column.is_none_or(|c| c >= 1), "{e}");
}
