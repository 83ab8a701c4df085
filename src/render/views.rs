//! Views of the archive for templates. Each article's list view is built once, as Tera's value,
//! and shared by every page that lists it (home, actor, topic, source and date pages); the
//! site's and each actor's, topic's and source's views are JSON (see [`super::value`]).

use serde::Serialize;
use serde_json::{Value, json};
use tera::Value as TemplateValue;

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

/// The list view of one article, as a template value, and a hash of everything in it (equal
/// hashes, equal views). Built as Tera's value directly: every article's view is made once for
/// its card and again for its page, and converting JSON views cost a tenth of a build.
pub fn article_summary(archive: &Archive, entry: &Entry) -> (TemplateValue, u64) {
    let a = &entry.article;
    let day = a.date.map(|d| d.day);
    let date = day.map(|d| d.to_string());
    let date_display = day.map(|d| {
        format!(
            "{} {} {}",
            d.day(),
            MONTHS[(d.month() - 1) as usize],
            d.year()
        )
    });
    let updated = a
        .date
        .map(|d| d.rfc3339())
        .unwrap_or_else(|| "1970-01-01T00:00:00Z".to_string());
    let description = description(&a.text);
    let format = match a.format {
        crate::content::Format::Markdown => "markdown",
        crate::content::Format::Text => "text",
    };
    let hash = crate::hash::of(&(
        (&a.title, &a.slug, &date, &date_display, &updated),
        (&a.url, &a.authors, &a.summary_html, &description, format),
        links_hash(archive, entry),
    ));
    let view = template_map([
        ("title", a.title.as_str().into()),
        ("slug", a.slug.as_str().into()),
        ("path", article_path(&a.slug).into()),
        ("date", date.into()),
        ("date_display", date_display.into()),
        ("updated", updated.into()),
        ("year", day.map(|d| d.year()).into()),
        ("month", day.map(|d| format!("{:02}", d.month())).into()),
        (
            "source",
            entry.source.map(|i| source_ref(&archive.sources[i])).into(),
        ),
        ("url", a.url.as_deref().into()),
        (
            "authors",
            a.authors
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>()
                .into(),
        ),
        ("summary", a.summary_html.as_str().into()),
        ("description", description.into()),
        (
            "actors",
            entry
                .actors
                .iter()
                .map(|&(i, n)| actor_ref(&archive.actors[i], n))
                .collect::<Vec<_>>()
                .into(),
        ),
        (
            "topics",
            entry
                .topics
                .iter()
                .map(|&i| topic_ref(&archive.topics[i]))
                .collect::<Vec<_>>()
                .into(),
        ),
        ("format", format.into()),
    ]);
    (view, hash)
}

/// A template map of named fields.
pub fn template_map<const N: usize>(fields: [(&'static str, TemplateValue); N]) -> TemplateValue {
    TemplateValue::from(
        fields
            .into_iter()
            .map(|(key, value)| (key.into(), value))
            .collect::<tera::Map>(),
    )
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

/// A short reference to an actor: name, slug, kind, path and mentions (in an article; as
/// many as `count` says elsewhere).
pub fn actor_ref(actor: &Actor, mentions: usize) -> TemplateValue {
    template_map([
        ("name", actor.name.as_str().into()),
        ("slug", actor.slug.as_str().into()),
        ("kind", actor.kind.as_str().into()),
        ("path", actor_path(&actor.slug).into()),
        ("mentions", mentions.into()),
    ])
}

/// A short reference to a topic.
pub fn topic_ref(topic: &Topic) -> TemplateValue {
    template_map([
        ("name", topic.name.as_str().into()),
        ("slug", topic.slug.as_str().into()),
        ("path", topic_path(&topic.slug).into()),
    ])
}

/// A short reference to a source.
pub fn source_ref(source: &Source) -> TemplateValue {
    template_map([
        ("name", source.name.as_str().into()),
        ("slug", source.slug.as_str().into()),
        ("path", source_path(&source.slug).into()),
    ])
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
