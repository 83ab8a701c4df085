//! Template values for the reader features of actor, topic and article pages: profiles (first
//! and last appearance, timeline, co-occurring actors, topics), snippets, related articles,
//! "follow this story" links, citations and mention links in bodies. Built from the archive and
//! its [`Insight`]; every value is plain data that templates escape.

use tera::Value;

use super::mentions::{self, Target};
use super::timeline::timeline;
use super::views::{MONTHS, actor_path, article_path, template_map, topic_path};
use crate::archive::{Archive, Entry};
use crate::insight::{Insight, Profile};

/// Actors and topics followed in an article's "Follow this story" block.
pub const FOLLOW_ACTORS: usize = 3;
pub const FOLLOW_TOPICS: usize = 2;

/// `{title, path, date, date_display}` of an article.
pub fn article_link(archive: &Archive, e: usize) -> Value {
    let a = &archive.entries[e].article;
    let day = a.date.map(|d| d.day);
    template_map([
        ("title", a.title.as_str().into()),
        ("path", article_path(&a.slug).into()),
        ("date", day.map(|d| d.to_string()).into()),
        (
            "date_display",
            day.map(|d| {
                format!(
                    "{} {} {}",
                    d.day(),
                    MONTHS[(d.month() - 1) as usize],
                    d.year()
                )
            })
            .into(),
        ),
    ])
}

/// The profile values of an actor's or topic's view: first and last appearance, timeline,
/// co-occurring actors and topics.
pub fn profile(archive: &Archive, subject: &str, p: &Profile) -> [(&'static str, Value); 5] {
    let link = |e: Option<usize>| e.map_or(Value::none(), |e| article_link(archive, e));
    let co: Vec<Value> = p
        .actors
        .iter()
        .map(|r| {
            let x = &archive.actors[r.id];
            template_map([
                ("name", x.name.as_str().into()),
                ("slug", x.slug.as_str().into()),
                ("kind", x.kind.as_str().into()),
                ("path", actor_path(&x.slug).into()),
                ("count", r.count.into()),
            ])
        })
        .collect();
    let topics: Vec<Value> = p
        .topics
        .iter()
        .map(|r| {
            let x = &archive.topics[r.id];
            template_map([
                ("name", x.name.as_str().into()),
                ("slug", x.slug.as_str().into()),
                ("path", topic_path(&x.slug).into()),
                ("count", r.count.into()),
            ])
        })
        .collect();
    [
        ("first", link(p.first)),
        ("last", link(p.last)),
        ("timeline", timeline(subject, &p.months)),
        ("co_actors", co.into()),
        ("topics", topics.into()),
    ]
}

/// Snippets of one article: for each of its actors and topics (in the entry's order), the text
/// around the first mention. Each (actor, article) pair is shown on exactly one listing page, so
/// computing them per article folds every text once instead of once per actor.
#[derive(Debug, Default)]
pub struct Snippets {
    /// Per actor of the entry.
    pub actors: Vec<Option<String>>,
    /// Per topic of the entry.
    pub topics: Vec<Option<String>>,
    /// A hash of both lists, which page fingerprints use instead of hashing every snippet.
    pub hash: u64,
}

/// The snippets of an entry; `actor_patterns[a]` are actor `a`'s names as matched (see
/// [`actor_patterns`]), `topic_names[t]` the names and keywords topic `t` matches.
pub fn snippets(
    entry: &Entry,
    actor_patterns: &[Vec<String>],
    topic_names: &[Vec<String>],
) -> Snippets {
    let text = &entry.article.text;
    let body = mentions::FoldedText::new(text);
    let title = mentions::FoldedText::new(&entry.article.title);
    // The body first: the title is already on the card.
    let find = |names: &[&str]| {
        body.snippet(text, names)
            .or_else(|| title.snippet(&entry.article.title, names))
    };
    let actors = entry
        .actors
        .iter()
        .map(|&(a, _)| {
            let patterns = &actor_patterns[a];
            body.snippet_of_patterns(text, patterns)
                .or_else(|| title.snippet_of_patterns(&entry.article.title, patterns))
        })
        .collect();
    let topics = entry
        .topics
        .iter()
        .map(|&t| {
            let names: Vec<&str> = topic_names[t].iter().map(String::as_str).collect();
            find(&names)
        })
        .collect();
    let hash = super::pages::fingerprint::of(&(&actors, &topics));
    Snippets {
        actors,
        topics,
        hash,
    }
}

/// Each actor's names as matched in bodies ([`mentions::pattern`]), computed once per build.
pub fn actor_patterns(archive: &Archive) -> Vec<Vec<String>> {
    archive
        .actors
        .iter()
        .map(|actor| {
            std::iter::once(&actor.name)
                .chain(&actor.aliases)
                .map(|n| mentions::pattern(n))
                .collect()
        })
        .collect()
}

/// The article body with the first mention of each of its actors linked to the actor's page.
pub fn linked_body(
    archive: &Archive,
    patterns: &[Vec<String>],
    entry: &Entry,
    root: &str,
) -> String {
    let targets: Vec<Target> = entry
        .actors
        .iter()
        .map(|&(a, _)| Target {
            patterns: &patterns[a],
            href: format!("{root}{}", actor_path(&archive.actors[a].slug)),
        })
        .collect();
    mentions::link_first_mentions(&entry.article.body_html, &targets)
}

/// Up to five related articles, each with the actors and topics it shares with this one.
pub fn related(archive: &Archive, insight: &Insight, i: usize) -> Value {
    let mine = &archive.entries[i];
    let items: Vec<Value> = insight.related[i]
        .iter()
        .map(|r| {
            let other = &archive.entries[r.entry];
            let shared = shared(archive, mine, other);
            let mut link = article_link(archive, r.entry)
                .into_map()
                .unwrap_or_default();
            let source = other.source.map(|s| archive.sources[s].name.as_str());
            link.insert("source".into(), source.into());
            link.insert("shared".into(), shared.into());
            Value::from(link)
        })
        .collect();
    items.into()
}

/// The names of up to four actors and topics two articles share, as a related article shows
/// them: the first article's actors in its order, then its topics.
pub fn shared<'a>(archive: &'a Archive, mine: &Entry, other: &Entry) -> Vec<&'a str> {
    mine.actors
        .iter()
        .filter(|(a, _)| other.actors.iter().any(|(b, _)| a == b))
        .map(|&(a, _)| archive.actors[a].name.as_str())
        .chain(
            mine.topics
                .iter()
                .filter(|t| other.topics.contains(t))
                .map(|&t| archive.topics[t].name.as_str()),
        )
        .take(4)
        .collect()
}

/// Older and newer articles within the article's main actors and topics.
pub fn follow(archive: &Archive, i: usize) -> Value {
    let e = &archive.entries[i];
    let actors = e.actors.iter().take(FOLLOW_ACTORS).map(|&(a, _)| {
        let x = &archive.actors[a];
        (
            x.name.as_str(),
            x.kind.as_str(),
            actor_path(&x.slug),
            &x.articles,
        )
    });
    let topics = e.topics.iter().take(FOLLOW_TOPICS).map(|&t| {
        let x = &archive.topics[t];
        (x.name.as_str(), "topic", topic_path(&x.slug), &x.articles)
    });
    let threads: Vec<Value> = actors
        .chain(topics)
        .filter(|(_, _, _, list)| list.len() > 1)
        .filter_map(|(name, kind, path, list)| {
            let at = list.binary_search(&i).ok()?;
            let link = |j: Option<&usize>| j.map_or(Value::none(), |&j| article_link(archive, j));
            Some(template_map([
                ("name", name.into()),
                ("kind", kind.into()),
                ("path", path.into()),
                ("position", (list.len() - at).into()),
                ("total", list.len().into()),
                // Lists are newest first: the older article is the next one.
                ("previous", link(list.get(at + 1))),
                ("next", link(at.checked_sub(1).and_then(|k| list.get(k)))),
            ]))
        })
        .collect();
    threads.into()
}

/// Copy-ready citation text: authors, title, outlet, publication date, URL and, when front
/// matter gives `accessed`, the access date. The build date is never used, so builds stay
/// reproducible.
pub fn citation(archive: &Archive, entry: &Entry) -> String {
    let a = &entry.article;
    let mut parts: Vec<String> = Vec::new();
    if !a.authors.is_empty() {
        parts.push(format!("{}.", a.authors.join(", ").trim_end_matches('.')));
    }
    parts.push(format!("“{}.”", a.title.trim_end_matches('.')));
    let source = entry.source.map(|s| archive.sources[s].name.as_str());
    let date = a.date.map(|d| {
        let d = d.day;
        format!(
            "{} {} {}",
            d.day(),
            MONTHS[(d.month() - 1) as usize],
            d.year()
        )
    });
    match (source, date) {
        (Some(s), Some(d)) => parts.push(format!("{s}, {d}.")),
        (Some(s), None) => parts.push(format!("{s}, undated.")),
        (None, Some(d)) => parts.push(format!("{d}.")),
        (None, None) => parts.push("Undated.".into()),
    }
    if let Some(url) = &a.url {
        parts.push(format!("{url}."));
    }
    if let Some(accessed) = accessed(entry) {
        parts.push(format!("Accessed {accessed}."));
    }
    parts.join(" ")
}

/// `accessed` from front matter, as text.
pub fn accessed(entry: &Entry) -> Option<String> {
    match entry.article.extra.get("accessed")? {
        serde_json::Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        serde_json::Value::Null => None,
        other => Some(other.to_string().trim_matches('"').to_string()),
    }
}
