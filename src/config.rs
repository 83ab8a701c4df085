//! `site.toml`: the site's configuration, parsed strictly so that a misspelt key is an error that
//! names it, with defaults for everything a small site does not need to say.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Location};

/// What kind of thing an actor is. Serialised in lowercase, as written in site.toml.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    /// A named human being.
    Person,
    /// A company, agency, party, newspaper, armed force…
    #[serde(alias = "organisation", alias = "org")]
    Organization,
    /// A country, city, region or landmark.
    Place,
}

impl ActorKind {
    /// Every kind, in the order the actors index lists them.
    pub const ALL: [ActorKind; 3] = [ActorKind::Person, ActorKind::Organization, ActorKind::Place];

    /// The lowercase name used in site.toml, JSON and CSS classes.
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Organization => "organization",
            ActorKind::Place => "place",
        }
    }

    /// The plural heading used on the actors index.
    pub fn plural_label(self) -> &'static str {
        match self {
            ActorKind::Person => "People",
            ActorKind::Organization => "Organizations",
            ActorKind::Place => "Places",
        }
    }
}

/// An actor declared in site.toml: attached to every article that mentions its name or an alias.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ActorRule {
    /// The display name, e.g. "Nicolás Maduro".
    pub name: String,
    /// Person, organization or place; `None` lets detection (or "person") decide.
    pub kind: Option<ActorKind>,
    /// Other spellings and short forms that mean the same actor ("Maduro").
    pub aliases: Vec<String>,
    /// Shown on the actor's page.
    pub description: Option<String>,
    /// Merge this entry into another actor: its name becomes an alias of that one.
    pub same_as: Option<String>,
    /// Only attach when the name or aliases occur at least this many times (default 1).
    pub min_hits: Option<usize>,
}

/// A topic declared in site.toml: attached when its keywords occur often enough in an article.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TopicRule {
    /// The display name, e.g. "Military defection".
    pub name: String,
    /// Shown on the topic's page.
    pub description: Option<String>,
    /// Words or phrases that signal the topic; matched on word boundaries ignoring case and
    /// accents. A trailing `*` matches any word starting with the rest ("defect*").
    pub keywords: Vec<String>,
    /// How many keyword occurrences an article needs (default 1).
    pub min_hits: Option<usize>,
}

/// Settings for automatic actor detection in raw `.txt` articles.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DetectConfig {
    /// Detect people, organisations and places with no configuration (default true).
    pub actors: bool,
    /// Names never to treat as actors (matched ignoring case and accents).
    pub exclude: Vec<String>,
    /// Minimum mentions in an article before a detected actor is attached (default 1).
    pub min_mentions: usize,
}

impl Default for DetectConfig {
    fn default() -> Self {
        DetectConfig {
            actors: true,
            exclude: Vec::new(),
            min_mentions: 1,
        }
    }
}

/// The whole of site.toml.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SiteConfig {
    /// Site title, shown in the header and feeds.
    pub title: String,
    /// One sentence under the title and in feeds.
    pub description: String,
    /// Absolute URL the site will be served from; used only for feeds, sitemap and canonical links.
    pub base_url: String,
    /// The `lang` attribute of every page.
    pub language: String,
    /// Theme folder under `themes/`; the built-in default theme fills in whatever it lacks.
    pub theme: Option<String>,
    /// Articles per listing page.
    pub paginate: usize,
    /// Entries per Atom feed.
    pub feed_limit: usize,
    /// Pass raw HTML inside articles through to pages (default false: it is escaped).
    pub allow_html: bool,
    /// Folder of articles, relative to the site root.
    pub content_dir: PathBuf,
    /// Output folder, relative to the site root.
    pub output_dir: PathBuf,
    /// Declared actors.
    pub actors: Vec<ActorRule>,
    /// Declared topics.
    pub topics: Vec<TopicRule>,
    /// Automatic detection settings.
    pub detect: DetectConfig,
    /// Free-form values passed to templates as `site.extra`.
    pub extra: toml::Table,
}

impl Default for SiteConfig {
    fn default() -> Self {
        SiteConfig {
            title: "News archive".to_string(),
            description: String::new(),
            base_url: "http://localhost:8000/".to_string(),
            language: "en".to_string(),
            theme: None,
            paginate: 20,
            feed_limit: 20,
            allow_html: false,
            content_dir: PathBuf::from("content"),
            output_dir: PathBuf::from("public"),
            actors: Vec::new(),
            topics: Vec::new(),
            detect: DetectConfig::default(),
            extra: toml::Table::new(),
        }
    }
}

/// The name of the configuration file at a site's root.
pub const CONFIG_FILE: &str = "site.toml";

impl SiteConfig {
    /// Reads `site.toml` from `root`; a missing file means all defaults.
    pub fn load(root: &Path) -> Result<SiteConfig, Error> {
        let path = root.join(CONFIG_FILE);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(SiteConfig::default()),
            Err(e) => return Err(Error::io(&path, e)),
        };
        SiteConfig::parse(&text, &path)
    }

    /// Parses site.toml text; `path` is only used in error messages.
    pub fn parse(text: &str, path: &Path) -> Result<SiteConfig, Error> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut config: SiteConfig = toml::from_str(text).map_err(|e| {
            let (line, column) = e.span().map(|s| line_col(text, s.start)).unwrap_or((1, 1));
            Error::Config {
                at: Location::new(path, line, column),
                message: e.message().to_string(),
            }
        })?;
        config.validate(path)?;
        config.normalize();
        Ok(config)
    }

    fn validate(&self, path: &Path) -> Result<(), Error> {
        let fail = |message: String| {
            Err(Error::Config {
                at: Location::file(path),
                message,
            })
        };
        if self.paginate == 0 {
            return fail("`paginate` must be at least 1".into());
        }
        if self.feed_limit == 0 {
            return fail("`feed_limit` must be at least 1".into());
        }
        if !(self.base_url.starts_with("http://") || self.base_url.starts_with("https://")) {
            return fail(format!(
                "`base_url` must start with http:// or https://, got {:?}",
                self.base_url
            ));
        }
        for (i, actor) in self.actors.iter().enumerate() {
            if crate::text::name_key(&actor.name).is_empty() {
                return fail(format!("actors[{i}] needs a `name`"));
            }
        }
        for (i, topic) in self.topics.iter().enumerate() {
            if crate::text::name_key(&topic.name).is_empty() {
                return fail(format!("topics[{i}] needs a `name`"));
            }
        }
        Ok(())
    }

    fn normalize(&mut self) {
        if !self.base_url.ends_with('/') {
            self.base_url.push('/');
        }
    }

    /// Replaces the base URL (from `--base-url`), keeping the trailing-slash rule.
    pub fn set_base_url(&mut self, url: &str) {
        self.base_url = url.to_string();
        self.normalize();
    }
}

/// 1-based line and column (in characters) of a byte offset in `text`.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..floor_char_boundary(text, offset)];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_key_is_named_with_its_line() {
        let err =
            SiteConfig::parse("title = \"x\"\npaginte = 3\n", Path::new("site.toml")).unwrap_err();
        let msg = err.to_string();
        assert!(msg.starts_with("site.toml:2:1:"), "{msg}");
        assert!(msg.contains("paginte"), "{msg}");
    }

    #[test]
    fn defaults_fill_in() {
        let c =
            SiteConfig::parse("title = \"T\"\nbase_url = \"https://h/a\"", Path::new("s")).unwrap();
        assert_eq!(c.paginate, 20);
        assert_eq!(c.base_url, "https://h/a/");
    }

    #[test]
    fn actors_and_topics_parse() {
        let c = SiteConfig::parse(
            "[[actors]]\nname = \"Juan Guaidó\"\nkind = \"person\"\naliases = [\"Guaido\"]\n\
             [[topics]]\nname = \"Defection\"\nkeywords = [\"defect*\"]\n",
            Path::new("s"),
        )
        .unwrap();
        assert_eq!(c.actors[0].kind, Some(ActorKind::Person));
        assert_eq!(c.topics[0].keywords, vec!["defect*"]);
    }

    #[test]
    fn line_col_counts_characters() {
        assert_eq!(line_col("ab\ncdé f", 9), (2, 6));
    }
}
