//! Borrowed, serialisable views of the archive for templates. Each article's list view is built
//! once and shared by every page that lists it (home, actor, topic, source and date pages).

use serde::Serialize;
use serde_json::{Value, json};

use crate::archive::{Actor, Archive, Entry, Source, Topic};
use crate::config::SiteConfig;

/// `articles/<slug>/`: where an article's page lives, relative to the site root.
pub fn article_path(slug: &str) -> String {
    format!("articles/{slug}/")
}

/// `actors/<slug>/`.
pub fn actor_path(slug: &str) -> String {
    format!("actors/{slug}/")
}

/// `topics/<slug>/`.
pub fn topic_path(slug: &str) -> String {
    format!("topics/{slug}/")
}

/// `sources/<slug>/`.
pub fn source_path(slug: &str) -> String {
    format!("sources/{slug}/")
}

/// The site-wide values every template sees as `site`.
#[derive(Debug, Serialize)]
pub struct SiteView<'a> {
    /// Title.
    pub title: &'a str,
    /// Description.
    pub description: &'a str,
    /// Absolute base URL, ending in `/`.
    pub base_url: &'a str,
    /// Language code.
    pub language: &'a str,
    /// `[extra]` from site.toml.
    pub extra: &'a toml::Table,
    /// Article count.
    pub article_count: usize,
}

impl<'a> SiteView<'a> {
    /// The view of a configuration.
    pub fn new(config: &'a SiteConfig, archive: &Archive) -> SiteView<'a> {
        SiteView {
            title: &config.title,
            description: &config.description,
            base_url: &config.base_url,
            language: &config.language,
            extra: &config.extra,
            article_count: archive.entries.len(),
        }
    }
}

/// Month names for display.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The list view of one article, as a template value.
pub fn article_summary(archive: &Archive, entry: &Entry) -> Value {
    let a = &entry.article;
    let date = a.date.map(|d| d.day);
    json!({
        "title": a.title,
        "slug": a.slug,
        "path": article_path(&a.slug),
        "date": date.map(|d| d.to_string()),
        "date_display": date.map(|d| format!("{} {} {}", d.day(), MONTHS[(d.month() - 1) as usize], d.year())),
        "updated": a.date.map(|d| d.rfc3339()).unwrap_or_else(|| "1970-01-01T00:00:00Z".to_string()),
        "year": date.map(|d| d.year()),
        "month": date.map(|d| format!("{:02}", d.month())),
        "source": entry.source.map(|i| source_ref(&archive.sources[i])),
        "url": a.url,
        "authors": a.authors,
        "summary": a.summary_html,
        "description": description(&a.text),
        "actors": entry.actors.iter().map(|&(i, n)| actor_ref(&archive.actors[i], n)).collect::<Vec<_>>(),
        "topics": entry.topics.iter().map(|&i| topic_ref(&archive.topics[i])).collect::<Vec<_>>(),
        "format": match a.format { crate::content::Format::Markdown => "markdown", crate::content::Format::Text => "text" },
    })
}

/// A hash of what [`article_summary`] reads besides the article itself: the names, slugs and
/// kinds of the actors (with mentions), topics and source the entry links to.
pub fn links_hash(archive: &Archive, entry: &Entry) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = crate::hash::hasher();
    (entry.actors.len(), entry.topics.len()).hash(&mut h);
    for &(i, n) in &entry.actors {
        let a = &archive.actors[i];
        (&a.name, &a.slug, a.kind.as_str(), n).hash(&mut h);
    }
    for &i in &entry.topics {
        (&archive.topics[i].name, &archive.topics[i].slug).hash(&mut h);
    }
    entry
        .source
        .map(|i| (&archive.sources[i].name, &archive.sources[i].slug))
        .hash(&mut h);
    h.finish()
}

/// Plain text for `<meta name="description">`: the start of the body, cut at a word, ≤ 200 chars.
pub fn description(text: &str) -> String {
    let first = text.split("\n\n").next().unwrap_or("").trim();
    if first.chars().count() <= 200 {
        return first.to_string();
    }
    let cut: String = first.chars().take(199).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{cut}…")
}

/// A short reference to an actor: name, slug, kind, path and (in an article) mentions.
pub fn actor_ref(actor: &Actor, mentions: usize) -> Value {
    json!({ "name": actor.name, "slug": actor.slug, "kind": actor.kind.as_str(), "path": actor_path(&actor.slug), "mentions": mentions })
}

/// A short reference to a topic.
pub fn topic_ref(topic: &Topic) -> Value {
    json!({ "name": topic.name, "slug": topic.slug, "path": topic_path(&topic.slug) })
}

/// A short reference to a source.
pub fn source_ref(source: &Source) -> Value {
    json!({ "name": source.name, "slug": source.slug, "path": source_path(&source.slug) })
}

/// An actor as listed on the actors index and shown on its own page.
pub fn actor_view(actor: &Actor) -> Value {
    json!({
        "name": actor.name, "slug": actor.slug, "kind": actor.kind.as_str(), "path": actor_path(&actor.slug),
        "description": actor.description, "aliases": actor.aliases, "count": actor.articles.len(),
        "mentions": actor.mentions, "feed_path": format!("{}feed.xml", actor_path(&actor.slug)),
    })
}

/// A topic as listed and shown.
pub fn topic_view(topic: &Topic) -> Value {
    json!({
        "name": topic.name, "slug": topic.slug, "path": topic_path(&topic.slug), "description": topic.description,
        "count": topic.articles.len(), "feed_path": format!("{}feed.xml", topic_path(&topic.slug)),
    })
}

/// A source as listed and shown.
pub fn source_view(source: &Source) -> Value {
    json!({ "name": source.name, "slug": source.slug, "path": source_path(&source.slug), "count": source.articles.len() })
}
