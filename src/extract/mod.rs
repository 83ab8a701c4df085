//! Understanding raw scraped articles: turning a `.txt` exactly as a scraper saved it into a
//! headline, byline, date and clean paragraphs, with a record of everything removed and why, and
//! finding the people, organisations and places it names.
//!
//! One entry point, [`extract`], is shared by `dossier build` (for `.txt` files in content/) and
//! `dossier import`.

use jiff::civil::Date;
use serde::Serialize;

use crate::config::ActorKind;

/// Knobs for one extraction run.
#[derive(Debug, Clone)]
pub struct ExtractOptions {
    /// Dates after this day are never accepted (an article cannot be from the future).
    pub today: Date,
    /// Whether to detect actors in the text (site.toml `detect.actors`).
    pub detect_actors: bool,
    /// Folded names (see [`crate::text::name_key`]) never to report as actors.
    pub exclude: Vec<String>,
}

/// A piece of the raw text that cleanup removed, with the reason (provenance).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Dropped {
    /// The removed text, as it was.
    pub text: String,
    /// A short explanation such as "advertisement" or "reader comments".
    pub reason: String,
}

/// An actor found in an article's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DetectedActor {
    /// The fullest spelling seen, without titles ("Nicolás Maduro").
    pub name: String,
    /// Person, organization or place.
    pub kind: ActorKind,
    /// How many times the article mentions it, under any of its names.
    pub mentions: usize,
    /// Other spellings seen in this article that were merged into it ("Maduro", "AP").
    pub aliases: Vec<String>,
    /// A title seen before the name ("President", "Sen."), kept as a role.
    pub role: Option<String>,
}

/// What extraction makes of one raw article.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Extracted {
    /// The headline (kickers skipped); empty when the text has none.
    pub title: String,
    /// The publication date, only from a real dateline or byline.
    pub date: Option<Date>,
    /// Authors from the byline or bio.
    pub authors: Vec<String>,
    /// The outlet, when the text names it unambiguously.
    pub source: Option<String>,
    /// Body paragraphs in order, as plain text (not Markdown).
    pub paragraphs: Vec<String>,
    /// Everything removed, in order of appearance.
    pub dropped: Vec<Dropped>,
    /// Actors named in the body.
    pub actors: Vec<DetectedActor>,
}

/// Extracts a clean article from raw scraped text.
pub fn extract(text: &str, _options: &ExtractOptions) -> Extracted {
    let mut out = Extracted::default();
    let text = text.replace("\r\n", "\n");
    for block in text.split("\n\n") {
        for line in block.lines() {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            if out.title.is_empty() {
                out.title = line.to_string();
            } else if let Some(reason) = noise_reason(line) {
                out.dropped.push(Dropped {
                    text: line.to_string(),
                    reason: reason.to_string(),
                });
            } else {
                out.paragraphs.push(line.to_string());
            }
        }
    }
    out
}

/// The reason a whole line is noise, if it obviously is.
fn noise_reason(line: &str) -> Option<&'static str> {
    let lower = line.to_lowercase();
    match lower.as_str() {
        "advertisement" | "advertisements" | "ad" | "sponsored content" => Some("advertisement"),
        _ => None,
    }
}

/// Renders plain-text paragraphs as Markdown, escaping what Markdown would otherwise interpret.
pub fn paragraphs_to_markdown(paragraphs: &[String]) -> String {
    let mut out = String::new();
    for p in paragraphs {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(&escape_markdown(p));
    }
    out.push('\n');
    out
}

/// Escapes one plain-text paragraph so that Markdown shows it literally.
pub fn escape_markdown(p: &str) -> String {
    let mut out = String::with_capacity(p.len() + 8);
    for (i, c) in p.chars().enumerate() {
        let at_start = i == 0;
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' => {
                out.push('\\');
                out.push(c)
            }
            '#' | '+' | '-' | '=' if at_start => {
                out.push('\\');
                out.push(c)
            }
            _ => out.push(c),
        }
    }
    // "1. " at the start of a paragraph would become a list.
    if let Some(dot) = out.find(". ").or_else(|| out.find(") ")) {
        if dot > 0 && out[..dot].chars().all(|c| c.is_ascii_digit()) {
            out.insert(dot, '\\');
        }
    }
    out.split('\n').map(str::trim).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options() -> ExtractOptions {
        ExtractOptions {
            today: Date::constant(2026, 1, 1),
            detect_actors: true,
            exclude: vec![],
        }
    }

    #[test]
    fn headline_paragraphs_and_ads() {
        let e = extract(
            "Headline here\n\nFirst para.\n\nAdvertisement\n\nSecond para.\n",
            &options(),
        );
        assert_eq!(e.title, "Headline here");
        assert_eq!(e.paragraphs, vec!["First para.", "Second para."]);
        assert_eq!(e.dropped[0].reason, "advertisement");
    }

    #[test]
    fn markdown_escaping_keeps_text_literal() {
        assert_eq!(
            escape_markdown("# not a heading *x*"),
            "\\# not a heading \\*x\\*"
        );
        assert_eq!(escape_markdown("1. not a list"), "1\\. not a list");
    }
}
