//! Understanding raw scraped articles: turning a `.txt` exactly as a scraper saved it into a
//! headline, byline, date and clean paragraphs, with a record of everything removed and why, and
//! finding the people, organisations and places it names.
//!
//! One entry point, [`extract`], is shared by `dossier build` (for `.txt` files in content/) and
//! `dossier import` (see [`crate::import`]). Options come from [`ExtractOptions::from_config`].
//!
//! The stages, in the order `pipeline` runs them: `cleanup` splits the text into paragraph
//! units and names page furniture line by line (`captions` for photo captions and credits,
//! `notes` for notes about the article such as credits, disclaimers and contact lines);
//! `headline` (with `header`, `byline` and `dates`) reads the masthead, kicker, headline, bylines
//! and datelines; `markers` and `comments` find where the article ends (comment
//! sections, footers, a change point into reader quips); `tokens`, `gazetteer` (built-in data in
//! `data/`), `names`, `cues` and `words` find name mentions; `actors` merges them into actors.

mod actors;
mod anchor;
mod authors;
mod boxes;
mod byline;
mod bynames;
mod captions;
mod cards;
mod chrome;
mod cleanup;
#[cfg(test)]
mod cleanup_tests;
mod comments;
mod controls;
mod cues;
mod datelines;
mod dates;
mod gazetteer;
mod header;
#[cfg(test)]
mod header_tests;
mod headline;
mod links;
mod locale;
mod markers;
mod names;
#[cfg(test)]
mod names_tests;
mod notes;
#[cfg(test)]
mod page_tests;
mod pagetop;
mod pipeline;
mod promos;
mod share;
mod teasers;
#[cfg(test)]
mod tests;
mod tickers;
mod titles;
mod tokens;
mod widgets;
mod words;

use std::sync::Arc;

use jiff::civil::Date;
use serde::Serialize;

use crate::config::{ActorKind, ActorRule, SiteConfig};

/// Knobs for one extraction run. Build with [`ExtractOptions::new`] or
/// [`ExtractOptions::from_config`] so that fields added later get their defaults.
#[derive(Debug, Clone)]
pub struct ExtractOptions {
    /// Dates after this day are never accepted (an article cannot be from the future).
    pub today: Date,
    /// Whether to detect actors in the text (site.toml `detect.actors`).
    pub detect_actors: bool,
    /// Folded names (see [`crate::text::name_key`]) never to report as actors.
    pub exclude: Vec<String>,
    /// Minimum mentions before a detected actor is reported (site.toml `detect.min_mentions`).
    pub min_mentions: usize,
    /// site.toml actors: extra names, aliases and `same_as` merges, matched before the
    /// built-in gazetteer.
    pub actors: ConfiguredActors,
}

impl ExtractOptions {
    /// Defaults: detect actors, exclude nothing, no configured actors.
    pub fn new(today: Date) -> ExtractOptions {
        ExtractOptions {
            today,
            detect_actors: true,
            exclude: Vec::new(),
            min_mentions: 1,
            actors: ConfiguredActors::default(),
        }
    }

    /// Options from site.toml: `[detect]` settings and the `[[actors]]` list.
    pub fn from_config(today: Date, config: &SiteConfig) -> ExtractOptions {
        ExtractOptions {
            today,
            detect_actors: config.detect.actors,
            exclude: config
                .detect
                .exclude
                .iter()
                .map(|n| crate::text::name_key(n))
                .collect(),
            min_mentions: config.detect.min_mentions.max(1),
            actors: ConfiguredActors::new(&config.actors),
        }
    }
}

/// site.toml actors compiled once into a matcher shared by every article.
#[derive(Debug, Clone, Default)]
pub struct ConfiguredActors(Option<Arc<gazetteer::Gazetteer>>);

impl ConfiguredActors {
    /// Compiles the rules; an empty list matches nothing.
    pub fn new(rules: &[ActorRule]) -> ConfiguredActors {
        if rules.is_empty() {
            return ConfiguredActors(None);
        }
        ConfiguredActors(Some(Arc::new(gazetteer::from_rules(rules))))
    }
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

/// Extracts a clean article from raw scraped text: headline (kickers skipped), byline authors
/// and date, body paragraphs in order, everything removed with its reason, and the actors the
/// body names. Never fails: text it cannot make sense of stays in the body.
pub fn extract(text: &str, options: &ExtractOptions) -> Extracted {
    pipeline::run(text, options)
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
    // "1. " or "2) " at the start of a paragraph makes a list item: the page numbered it (an
    // explainer's questions, a list of steps), and the list shows the same number. A longer
    // number is a year or a figure beginning a sentence ("1989. That was the year"): escaped.
    if let Some(dot) = out.find(". ").or_else(|| out.find(") "))
        && dot > 3
        && out[..dot].chars().all(|c| c.is_ascii_digit())
    {
        out.insert(dot, '\\');
    }
    out.split('\n').map(str::trim).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod markdown_tests {
    use super::*;

    fn options() -> ExtractOptions {
        ExtractOptions::new(Date::constant(2026, 1, 1))
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
        assert_eq!(escape_markdown("1989. Not a list"), "1989\\. Not a list");
        assert_eq!(escape_markdown("3. Who pays?"), "3. Who pays?");
    }
}

#[cfg(test)]
mod speed {
    use super::*;
    use rayon::prelude::*;

    /// User + system CPU seconds of this process so far (Linux `/proc/self/stat`, 100 Hz ticks).
    fn process_cpu_seconds() -> f64 {
        let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
        let fields: Vec<&str> = stat
            .rsplit(')')
            .next()
            .unwrap_or("")
            .split_whitespace()
            .collect();
        let ticks = |i: usize| {
            fields
                .get(i)
                .and_then(|f| f.parse::<f64>().ok())
                .unwrap_or(0.0)
        };
        (ticks(11) + ticks(12)) / 100.0
    }

    /// The speed bar: 10,000 raw articles in under 2 s on 2 cores. Run in release:
    /// `python3 ../shared/bench/gen_corpus.py /tmp/corpus 10000`, then
    /// `DOSSIER_BENCH_DIR=/tmp/corpus/txt/content cargo test --release --lib -- --ignored
    /// --nocapture extract_corpus_speed`.
    #[test]
    #[ignore]
    fn extract_corpus_speed() {
        let dir =
            std::env::var("DOSSIER_BENCH_DIR").unwrap_or_else(|_| "/tmp/corpus/txt/content".into());
        let mut paths: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        paths.retain(|p| p.extension().is_some_and(|x| x == "txt"));
        let options = ExtractOptions::new(Date::constant(2026, 1, 1));
        let start = std::time::Instant::now();
        let texts: Vec<String> = paths
            .par_iter()
            .map(|p| std::fs::read_to_string(p).unwrap())
            .collect();
        let read = start.elapsed();
        let mut no_actors = options.clone();
        no_actors.detect_actors = false;
        let t0 = std::time::Instant::now();
        let kept: usize = texts
            .par_iter()
            .map(|t| extract(t, &no_actors).paragraphs.len())
            .sum();
        println!("cleanup only: {:.2?} ({kept} paragraphs)", t0.elapsed());
        let start = std::time::Instant::now();
        let cpu_before = process_cpu_seconds();
        let actors: usize = texts
            .par_iter()
            .map(|t| extract(t, &options).actors.len())
            .sum();
        let total = start.elapsed() + read;
        // Wall time on a shared machine mostly measures the neighbours; CPU time does not.
        println!(
            "full extraction CPU time: {:.2} s",
            process_cpu_seconds() - cpu_before
        );
        println!(
            "{} articles ({} MB): read {:.2?}, read+extract {:.2?} on {} threads, {actors} actors",
            texts.len(),
            texts.iter().map(String::len).sum::<usize>() / 1_000_000,
            read,
            total,
            rayon::current_num_threads()
        );
    }
}
