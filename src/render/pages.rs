//! Every page of a site, as a [`PageSpec`] that can be rendered on its own. Listing the specs
//! first lets the build render them in parallel and lets watch mode re-render only the pages an
//! edit touches.

pub(super) mod fingerprint;
mod prerendered;

pub use fingerprint::{of as hash_of, of_value as hash_of_value};
pub use prerendered::Prerendered;

use prerendered::{Card, render_listed};

use std::sync::Arc;

use rayon::prelude::*;
use serde_json::{Value, json};
use tera::Context;

use super::value::{fields_to_template, into_template, to_template};

use super::Renderer;
use super::reader;
use super::views::{self, SiteView, actor_path, article_path, source_path, topic_path};
use crate::archive::Archive;
use crate::config::{ActorKind, SiteConfig};
use crate::error::Error;
use crate::insight::Insight;
use crate::search::Outline;

/// One output file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// Path relative to the output folder, with `/` separators.
    pub path: String,
    /// Contents.
    pub bytes: Vec<u8>,
}

/// A page to render. Numbers are 1-based page numbers of paginated listings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PageSpec {
    /// The home page listing, newest first.
    Home(usize),
    /// One article.
    Article(usize),
    /// Actors grouped by kind.
    Actors,
    /// One actor's articles.
    Actor(usize, usize),
    /// One actor's feed.
    ActorFeed(usize),
    /// All topics.
    Topics,
    /// One topic's articles.
    Topic(usize, usize),
    /// One topic's feed.
    TopicFeed(usize),
    /// All sources.
    Sources,
    /// One source's articles.
    Source(usize, usize),
    /// Years and months.
    Archive,
    /// One year.
    Year(usize, usize),
    /// One month of a year.
    Month(usize, usize, usize),
    /// Articles without a date.
    Undated(usize),
    /// The site feed.
    Feed,
    /// sitemap.xml.
    Sitemap,
    /// robots.txt.
    Robots,
    /// 404.html.
    NotFound,
    /// The search page (the index itself is written by [`crate::search`]).
    Search,
}

/// Everything needed to render any page of one build.
pub struct SiteRender<'a> {
    config: &'a SiteConfig,
    archive: &'a Archive,
    renderer: &'a Renderer,
    summaries: Vec<tera::Value>,
    /// A hash of each article's list view: what its card, feed entry and links depend on.
    hashes: Vec<u64>,
    /// A hash of what every page depends on: the `site` value and the templates' generation.
    site_hash: u64,
    /// Each article's card (`card.html`), rendered once, split where `root` goes.
    cards: Vec<Arc<Card>>,
    /// Each article's Atom entry (`entry.xml`), rendered once.
    entries: Vec<Arc<str>>,
    /// Profiles and related articles, computed once.
    insight: Arc<Insight>,
    /// Each article's snippets around its actors' and topics' first mentions.
    snippets: Vec<Arc<reader::Snippets>>,
    /// Each actor's names as matched in bodies.
    patterns: Vec<Vec<String>>,
    /// A hash of each actor's patterns, for page fingerprints.
    pattern_hashes: Vec<u64>,
    site: Value,
    /// `site` as templates get it.
    site_value: tera::Value,
}

/// The per-article parts of a [`SiteRender`], made afresh or taken from a cache.
struct Parts {
    summaries: Vec<tera::Value>,
    hashes: Vec<u64>,
    site_hash: u64,
    cards: Vec<Arc<Card>>,
    entries: Vec<Arc<str>>,
    site: Value,
}

/// The `site` value every template gets.
fn site_value(config: &SiteConfig, archive: &Archive) -> Value {
    serde_json::to_value(SiteView::new(config, archive)).unwrap_or(Value::Null)
}

/// Stands for `root` in pre-rendered cards; replaced by each listing page's own way back to the
/// site root. Only `../` sequences ever replace it, so content cannot turn it into markup.
pub const ROOT_MARK: &str = "\u{1}root\u{1}";

/// Stands for `slot` in pre-rendered cards: where a listing page may add its own markup to
/// each card (actor and topic pages put the snippet around the mention there).
pub const SLOT_MARK: &str = "\u{1}slot\u{1}";

fn page_count(items: usize, per: usize) -> usize {
    items.div_ceil(per).max(1)
}

/// `base` for page 1, `base/page/N/` after.
pub fn paged_path(base: &str, page: usize) -> String {
    if page <= 1 {
        base.to_string()
    } else {
        format!("{base}page/{page}/")
    }
}

/// The way back to the site root from a page directory (`a/b/` → `../../`).
pub fn root_of(dir: &str) -> String {
    "../".repeat(dir.matches('/').count())
}

impl<'a> SiteRender<'a> {
    /// Prepares shared views: each article's list view, card and feed entry are built here,
    /// once, and shared by every page that lists the article.
    pub fn new(
        config: &'a SiteConfig,
        archive: &'a Archive,
        renderer: &'a Renderer,
    ) -> Result<SiteRender<'a>, Error> {
        let site = site_value(config, archive);
        let site_hash = fingerprint::of(&(0u64, fingerprint::of_value(&site)));
        let site_value = to_template(&site);
        // A build renders each article's card and entry as soon as its list view is made and
        // keeps only them: the article page builds its view again. Keeping every list view
        // took most of a gigabyte at 100,000 articles.
        let in_feed = articles_in_feeds(config, archive);
        let made: Vec<(u64, Arc<Card>, Arc<str>)> = archive
            .entries
            .par_iter()
            .zip(&in_feed)
            .map(|(e, &in_feed)| {
                let (view, hash) = views::article_summary(archive, e);
                let card = render_listed(renderer, "card.html", &site_value, &view)?;
                // Feeds list only the newest articles of each listing: at 10,000 articles,
                // 2,000 of them, so the others' entries would be rendered for nothing.
                let entry = match in_feed {
                    true => render_listed(renderer, "entry.xml", &site_value, &view)?,
                    false => String::new(),
                };
                Ok((hash, Arc::new(Card::new(&card)), Arc::from(entry)))
            })
            .collect::<Result<_, Error>>()?;
        let mut hashes = Vec::with_capacity(made.len());
        let mut cards = Vec::with_capacity(made.len());
        let mut entries = Vec::with_capacity(made.len());
        for (hash, card, entry) in made {
            hashes.push(hash);
            cards.push(card);
            entries.push(entry);
        }
        let mut cache = Prerendered::default();
        let parts = Parts {
            summaries: Vec::new(),
            hashes,
            site_hash,
            cards,
            entries,
            site,
        };
        Ok(SiteRender::assemble(
            config, archive, renderer, parts, &mut cache,
        ))
    }

    /// Like [`SiteRender::new`], taking from `cache` the cards and entries of articles whose
    /// list view has not changed since the render that filled it. `generation` must change
    /// whenever the templates do.
    pub fn reusing(
        config: &'a SiteConfig,
        archive: &'a Archive,
        renderer: &'a Renderer,
        generation: u64,
        cache: &mut Prerendered,
    ) -> Result<SiteRender<'a>, Error> {
        let (summaries, hashes) = cache.summaries(archive);
        let site = site_value(config, archive);
        let site_hash = fingerprint::of(&(generation, fingerprint::of_value(&site)));
        cache.fill(renderer, site_hash, &site, &summaries, &hashes)?;
        let (cards, entries) = hashes.iter().map(|h| cache.items[h].clone()).unzip();
        let parts = Parts {
            summaries,
            hashes,
            site_hash,
            cards,
            entries,
            site,
        };
        Ok(SiteRender::assemble(
            config, archive, renderer, parts, cache,
        ))
    }

    /// Adds what the reader pages need from the whole archive to the per-article parts.
    fn assemble(
        config: &'a SiteConfig,
        archive: &'a Archive,
        renderer: &'a Renderer,
        parts: Parts,
        cache: &mut Prerendered,
    ) -> SiteRender<'a> {
        let insight = cache.insight(archive);
        let patterns = reader::actor_patterns(archive);
        let pattern_hashes = patterns.iter().map(fingerprint::of).collect();
        let snippets = cache.snippets(config, archive, &patterns);
        SiteRender {
            config,
            archive,
            renderer,
            summaries: parts.summaries,
            hashes: parts.hashes,
            site_hash: parts.site_hash,
            cards: parts.cards,
            entries: parts.entries,
            insight,
            patterns,
            pattern_hashes,
            snippets,
            site_value: to_template(&parts.site),
            site: parts.site,
        }
    }

    /// What this render made for itself, without its borrows of the archive: a build that is
    /// done with the render can free it on another thread.
    pub fn into_made(self) -> impl Send + 'static {
        (
            self.summaries,
            self.cards,
            self.entries,
            self.insight,
            self.snippets,
            self.patterns,
            self.site,
        )
    }

    /// The hash of each article's list view, in archive order.
    pub fn list_hashes(&self) -> &[u64] {
        &self.hashes
    }

    /// The site's absolute base URL (for files built outside templates).
    pub fn base_url(&self) -> &str {
        &self.config.base_url
    }

    /// Every page of the site but the search page, which is made with the search index (see
    /// [`SiteRender::render_search`]), in a stable order.
    pub fn specs(&self) -> Vec<PageSpec> {
        let a = self.archive;
        let per = self.config.paginate;
        let mut specs = Vec::new();
        specs.extend((1..=page_count(a.entries.len(), per)).map(PageSpec::Home));
        specs.extend((0..a.entries.len()).map(PageSpec::Article));
        specs.push(PageSpec::Actors);
        for (i, actor) in a.actors.iter().enumerate() {
            specs
                .extend((1..=page_count(actor.articles.len(), per)).map(|p| PageSpec::Actor(i, p)));
            specs.push(PageSpec::ActorFeed(i));
        }
        specs.push(PageSpec::Topics);
        for (i, topic) in a.topics.iter().enumerate() {
            specs
                .extend((1..=page_count(topic.articles.len(), per)).map(|p| PageSpec::Topic(i, p)));
            specs.push(PageSpec::TopicFeed(i));
        }
        specs.push(PageSpec::Sources);
        for (i, s) in a.sources.iter().enumerate() {
            specs.extend((1..=page_count(s.articles.len(), per)).map(|p| PageSpec::Source(i, p)));
        }
        specs.push(PageSpec::Archive);
        for (y, year) in a.years.iter().enumerate() {
            specs.extend((1..=page_count(year.articles.len(), per)).map(|p| PageSpec::Year(y, p)));
            for (m, month) in year.months.iter().enumerate() {
                specs.extend(
                    (1..=page_count(month.articles.len(), per)).map(|p| PageSpec::Month(y, m, p)),
                );
            }
        }
        specs.extend((1..=page_count(a.undated.len(), per)).map(PageSpec::Undated));
        specs.extend([
            PageSpec::Feed,
            PageSpec::Sitemap,
            PageSpec::Robots,
            PageSpec::NotFound,
        ]);
        specs
    }

    /// The output path of a page.
    pub fn path_of(&self, spec: PageSpec) -> String {
        let a = self.archive;
        match spec {
            PageSpec::Home(p) => paged_path("", p) + "index.html",
            PageSpec::Article(i) => article_path(&a.entries[i].article.slug) + "index.html",
            PageSpec::Actors => "actors/index.html".into(),
            PageSpec::Actor(i, p) => paged_path(&actor_path(&a.actors[i].slug), p) + "index.html",
            PageSpec::ActorFeed(i) => actor_path(&a.actors[i].slug) + "feed.xml",
            PageSpec::Topics => "topics/index.html".into(),
            PageSpec::Topic(i, p) => paged_path(&topic_path(&a.topics[i].slug), p) + "index.html",
            PageSpec::TopicFeed(i) => topic_path(&a.topics[i].slug) + "feed.xml",
            PageSpec::Sources => "sources/index.html".into(),
            PageSpec::Source(i, p) => {
                paged_path(&source_path(&a.sources[i].slug), p) + "index.html"
            }
            PageSpec::Archive => "archive/index.html".into(),
            PageSpec::Year(y, p) => paged_path(&year_path(a, y), p) + "index.html",
            PageSpec::Month(y, m, p) => paged_path(&month_path(a, y, m), p) + "index.html",
            PageSpec::Undated(p) => paged_path("undated/", p) + "index.html",
            PageSpec::Feed => "feed.xml".into(),
            PageSpec::Sitemap => "sitemap.xml".into(),
            PageSpec::Robots => "robots.txt".into(),
            PageSpec::NotFound => "404.html".into(),
            PageSpec::Search => "search/index.html".into(),
        }
    }

    /// Renders one page (any but the search page: see [`SiteRender::render_search`]).
    pub fn render(&self, spec: PageSpec) -> Result<Page, Error> {
        self.render_with(spec, |_| {})
    }

    /// Renders the search page, which carries the search index's outline and the search script
    /// inline (see [`crate::search`]), so it is made with the index, not with the other pages.
    pub fn render_search(&self, outline: &Outline) -> Result<Page, Error> {
        self.render_with(PageSpec::Search, |ctx| {
            ctx.insert("search_index", &outline.script_json());
            ctx.insert("search_script", self.renderer.search_script());
        })
    }

    /// Renders one page, `extra` adding to the values every page gets.
    fn render_with(&self, spec: PageSpec, extra: impl FnOnce(&mut Context)) -> Result<Page, Error> {
        let path = self.path_of(spec);
        let dir = path
            .rsplit_once('/')
            .map(|(d, _)| format!("{d}/"))
            .unwrap_or_default();
        let mut ctx = Context::new();
        ctx.insert_value("site", self.site_value.clone());
        ctx.insert_value("root", root_of(&dir).into());
        ctx.insert_value(
            "canonical",
            format!("{}{}", self.config.base_url, dir).into(),
        );
        ctx.insert_value("path", dir.into());
        ctx.insert_value("section", section_of(spec).into());
        let template = self.fill(spec, &mut ctx);
        extra(&mut ctx);
        let html = self.renderer.render(template, &ctx)?;
        Ok(Page {
            path,
            bytes: html.into_bytes(),
        })
    }

    /// Adds the page-specific values and returns the template to use.
    fn fill(&self, spec: PageSpec, ctx: &mut Context) -> &'static str {
        let a = self.archive;
        match spec {
            PageSpec::Home(p) => self.listing(ctx, "", &all(a.entries.len()), p, "index.html"),
            PageSpec::Article(i) => self.article(ctx, i),
            PageSpec::Actors => self.actors(ctx),
            PageSpec::Actor(i, p) => self.actor(ctx, i, p),
            PageSpec::ActorFeed(i) => {
                let actor = &a.actors[i];
                self.feed(ctx, &actor.name, &actor_path(&actor.slug), &actor.articles)
            }
            PageSpec::Topics => {
                put(
                    ctx,
                    "topics",
                    a.topics.iter().map(views::topic_view).collect(),
                );
                "topics.html"
            }
            PageSpec::Topic(i, p) => self.topic(ctx, i, p),
            PageSpec::TopicFeed(i) => {
                let topic = &a.topics[i];
                self.feed(ctx, &topic.name, &topic_path(&topic.slug), &topic.articles)
            }
            PageSpec::Sources => {
                put(
                    ctx,
                    "sources",
                    a.sources.iter().map(views::source_view).collect(),
                );
                "sources.html"
            }
            PageSpec::Source(i, p) => {
                put(ctx, "source", views::source_view(&a.sources[i]));
                self.listing(
                    ctx,
                    &source_path(&a.sources[i].slug),
                    &a.sources[i].articles,
                    p,
                    "source.html",
                )
            }
            PageSpec::Archive => self.archive_index(ctx),
            PageSpec::Year(y, p) => {
                put(ctx, "year", year_view(a, y));
                self.listing(ctx, &year_path(a, y), &a.years[y].articles, p, "year.html")
            }
            PageSpec::Month(y, m, p) => {
                put(ctx, "year", year_view(a, y));
                put(ctx, "month", month_view(a, y, m));
                self.listing(
                    ctx,
                    &month_path(a, y, m),
                    &a.years[y].months[m].articles,
                    p,
                    "month.html",
                )
            }
            PageSpec::Undated(p) => self.listing(ctx, "undated/", &a.undated, p, "undated.html"),
            PageSpec::Feed => self.feed(ctx, &self.config.title, "", &all(a.entries.len())),
            PageSpec::Sitemap => {
                let pages: Vec<String> = self
                    .specs()
                    .into_iter()
                    .chain([PageSpec::Search])
                    .filter_map(|s| self.sitemap_entry(s))
                    .collect();
                ctx.insert_value("pages", tera::Value::from(pages));
                "sitemap.xml"
            }
            PageSpec::Robots => "robots.txt",
            PageSpec::NotFound => "404.html",
            PageSpec::Search => "search.html",
        }
    }

    fn sitemap_entry(&self, spec: PageSpec) -> Option<String> {
        let path = self.path_of(spec);
        let dir = path.strip_suffix("index.html")?;
        Some(format!("{}{}", self.config.base_url, dir))
    }

    /// A paginated list of articles under `base`.
    fn listing(
        &self,
        ctx: &mut Context,
        base: &str,
        ids: &[usize],
        page: usize,
        template: &'static str,
    ) -> &'static str {
        self.listing_with(ctx, base, ids, page, |_| String::new());
        template
    }

    /// A paginated list whose cards get `slot(article)` in their [`SLOT_MARK`].
    fn listing_with(
        &self,
        ctx: &mut Context,
        base: &str,
        ids: &[usize],
        page: usize,
        slot: impl Fn(usize) -> String,
    ) {
        let per = self.config.paginate;
        let total = page_count(ids.len(), per);
        let root = root_of(&paged_path(base, page));
        // Each card is filled straight into the value the template reads and moved in: an
        // article is on a dozen listings, and every copy of every card showed in the profile.
        let cards: Vec<String> = self
            .shown(ids, page)
            .iter()
            .map(|&i| self.cards[i].with(&root, &slot(i)))
            .collect();
        ctx.insert_value("cards", tera::Value::from(cards));
        put(
            ctx,
            "paginator",
            paginator(base, page, total, ids.len(), per),
        );
    }

    /// The ids a listing shows on one page.
    fn shown<'i>(&self, ids: &'i [usize], page: usize) -> &'i [usize] {
        let per = self.config.paginate;
        let start = ((page - 1) * per).min(ids.len());
        &ids[start..(start + per).min(ids.len())]
    }

    /// A listing whose cards carry their pre-computed snippet, picked by `pick`.
    fn snippet_listing(
        &self,
        ctx: &mut Context,
        base: &str,
        ids: &[usize],
        page: usize,
        pick: impl Fn(usize) -> Option<&'a str>,
    ) {
        self.listing_with(ctx, base, ids, page, |i| {
            pick(i)
                .map(|s| format!("<p class=\"snippet\">{s}</p>"))
                .unwrap_or_default()
        });
    }

    /// An actor's or topic's view, with its profile on the first page only: later pages are
    /// for reading on.
    fn with_profile(
        &self,
        view: Value,
        subject: &str,
        profile: &crate::insight::Profile,
        page: usize,
    ) -> tera::Value {
        let mut view = into_template(view).into_map().unwrap_or_default();
        if page == 1 {
            let fields = reader::profile(self.archive, subject, profile);
            view.extend(fields.map(|(key, value)| (key.into(), value)));
        }
        tera::Value::from(view)
    }

    fn actor(&self, ctx: &mut Context, i: usize, page: usize) -> &'static str {
        let actor = &self.archive.actors[i];
        let profile = &self.insight.actors[i];
        let view = self.with_profile(views::actor_view(actor), &actor.name, profile, page);
        ctx.insert_value("actor", view);
        self.snippet_listing(ctx, &actor_path(&actor.slug), &actor.articles, page, |e| {
            let entry = &self.archive.entries[e];
            let k = entry.actors.iter().position(|&(a, _)| a == i)?;
            self.snippets[e].actors[k].as_deref()
        });
        "actor.html"
    }

    fn topic(&self, ctx: &mut Context, i: usize, page: usize) -> &'static str {
        let topic = &self.archive.topics[i];
        let profile = &self.insight.topics[i];
        let view = self.with_profile(views::topic_view(topic), &topic.name, profile, page);
        ctx.insert_value("topic", view);
        self.snippet_listing(ctx, &topic_path(&topic.slug), &topic.articles, page, |e| {
            let entry = &self.archive.entries[e];
            let k = entry.topics.iter().position(|&t| t == i)?;
            self.snippets[e].topics[k].as_deref()
        });
        "topic.html"
    }

    fn article(&self, ctx: &mut Context, i: usize) -> &'static str {
        let entry = &self.archive.entries[i];
        let a = &entry.article;
        let summary = match self.summaries.get(i) {
            Some(kept) => kept.clone(),
            None => views::article_summary(self.archive, entry).0,
        };
        let root = root_of(&article_path(&a.slug));
        let n = self.archive.entries.len();
        let body = reader::linked_body(self.archive, &self.patterns, entry, &root);
        // Newer articles come first in the archive, so "previous" (older) is the next index.
        let page: [(&str, tera::Value); 9] = [
            ("body", body.into()),
            ("related", reader::related(self.archive, &self.insight, i)),
            ("follow", reader::follow(self.archive, i)),
            ("citation", reader::citation(self.archive, entry).into()),
            ("accessed", reader::accessed(entry).into()),
            ("extra", fields_to_template(&a.extra)),
            ("dropped", dropped_view(&a.dropped)),
            ("previous", (i + 1 < n).then(|| self.link(i + 1)).into()),
            ("next", (i > 0).then(|| self.link(i - 1)).into()),
        ];
        // The article's list view, and what only its page shows.
        let mut view = summary.as_map().cloned().unwrap_or_default();
        view.extend(page.map(|(key, value)| (key.into(), value)));
        ctx.insert_value("article", tera::Value::from(view));
        "article.html"
    }

    fn link(&self, i: usize) -> tera::Value {
        let a = &self.archive.entries[i].article;
        views::template_map([
            ("title", a.title.as_str().into()),
            ("path", article_path(&a.slug).into()),
            ("date", a.date.map(|d| d.day.to_string()).into()),
        ])
    }

    fn actors(&self, ctx: &mut Context) -> &'static str {
        let groups: Vec<Value> = ActorKind::ALL
            .iter()
            .map(|&kind| {
                let actors: Vec<Value> = self
                    .archive
                    .actors
                    .iter()
                    .enumerate()
                    .filter(|(_, x)| x.kind == kind)
                    .map(|(i, x)| self.actor_listed(i, x))
                    .collect();
                json!({ "kind": kind.as_str(), "label": kind.plural_label(), "actors": actors })
            })
            .filter(|g| g["actors"].as_array().is_some_and(|a| !a.is_empty()))
            .collect();
        put(ctx, "groups", Value::Array(groups));
        ctx.insert_value("actor_count", self.archive.actors.len().into());
        "actors.html"
    }

    /// An actor on the index, with what its sort controls read: a folded name and the date of
    /// its latest article.
    fn actor_listed(&self, i: usize, actor: &crate::archive::Actor) -> Value {
        let mut v = views::actor_view(actor);
        v["sort_key"] = json!(crate::text::name_key(&actor.name));
        v["last_date"] = json!(
            self.insight.actors[i]
                .last
                .and_then(|e| self.archive.entries[e].article.date)
                .map(|d| d.day.to_string())
        );
        v
    }

    fn archive_index(&self, ctx: &mut Context) -> &'static str {
        let years: Vec<Value> = (0..self.archive.years.len())
            .map(|y| year_view(self.archive, y))
            .collect();
        put(ctx, "years", Value::Array(years));
        ctx.insert_value("undated_count", self.archive.undated.len().into());
        "archive.html"
    }

    /// An Atom feed of the newest `feed_limit` articles of a listing.
    fn feed(&self, ctx: &mut Context, title: &str, page: &str, ids: &[usize]) -> &'static str {
        let shown = &ids[..ids.len().min(self.config.feed_limit)];
        let entries: Vec<&str> = shown.iter().map(|&i| &*self.entries[i]).collect();
        debug_assert!(
            entries.iter().all(|e| !e.is_empty()),
            "every article a feed shows has its entry (see articles_in_feeds)"
        );
        let updated = shown
            .iter()
            .filter_map(|&i| self.archive.entries[i].article.date)
            .map(|d| d.rfc3339())
            .max()
            .unwrap_or_else(|| "1970-01-01T00:00:00Z".to_string());
        let base = &self.config.base_url;
        put(
            ctx,
            "feed",
            json!({ "title": title, "url": format!("{base}{page}feed.xml"), "page_url": format!("{base}{page}"), "updated": updated }),
        );
        ctx.insert_value("entries", tera::Value::from(entries));
        "atom.xml"
    }
}

/// What the cleanup removed from an article, `[{text, reason}]`, for its provenance record.
fn dropped_view(dropped: &[crate::extract::Dropped]) -> tera::Value {
    let items: Vec<tera::Value> = dropped
        .iter()
        .map(|d| {
            views::template_map([
                ("text", d.text.as_str().into()),
                ("reason", d.reason.as_str().into()),
            ])
        })
        .collect();
    items.into()
}

/// Adds a JSON view to the context as a template value.
fn put(ctx: &mut Context, key: &'static str, value: Value) {
    ctx.insert_value(key, into_template(value));
}

/// Which articles some feed shows: the newest `feed_limit` of the whole archive, of each actor
/// and of each topic (the listings [`SiteRender::feed`] is called with).
fn articles_in_feeds(config: &SiteConfig, archive: &Archive) -> Vec<bool> {
    let limit = config.feed_limit;
    let mut shown = vec![false; archive.entries.len()];
    shown.iter_mut().take(limit).for_each(|s| *s = true);
    let listings = archive
        .actors
        .iter()
        .map(|a| &a.articles)
        .chain(archive.topics.iter().map(|t| &t.articles));
    for ids in listings {
        ids.iter().take(limit).for_each(|&i| shown[i] = true);
    }
    shown
}

/// A topic's name and its declared keywords (what snippets look for).
fn topic_names(config: &SiteConfig, archive: &Archive, i: usize) -> Vec<String> {
    let topic = &archive.topics[i];
    let key = crate::text::name_key(&topic.name);
    let keywords = config
        .topics
        .iter()
        .filter(|t| crate::text::name_key(&t.name) == key)
        .flat_map(|t| t.keywords.iter().cloned());
    std::iter::once(topic.name.clone())
        .chain(keywords)
        .collect()
}

/// Which main navigation entry a page belongs to.
fn section_of(spec: PageSpec) -> &'static str {
    match spec {
        PageSpec::Home(_) => "home",
        PageSpec::Article(_) => "articles",
        PageSpec::Actors | PageSpec::Actor(..) | PageSpec::ActorFeed(_) => "actors",
        PageSpec::Topics | PageSpec::Topic(..) | PageSpec::TopicFeed(_) => "topics",
        PageSpec::Sources | PageSpec::Source(..) => "sources",
        PageSpec::Archive | PageSpec::Year(..) | PageSpec::Month(..) | PageSpec::Undated(_) => {
            "archive"
        }
        PageSpec::Search => "search",
        PageSpec::Feed | PageSpec::Sitemap | PageSpec::Robots | PageSpec::NotFound => "none",
    }
}

fn all(n: usize) -> Vec<usize> {
    (0..n).collect()
}

fn paginator(base: &str, current: usize, total: usize, items: usize, per: usize) -> Value {
    let link = |p: usize| (p >= 1 && p <= total).then(|| paged_path(base, p));
    let window: Vec<Value> = (current.saturating_sub(2).max(1)..=(current + 2).min(total))
        .map(|p| json!({ "number": p, "path": paged_path(base, p), "current": p == current }))
        .collect();
    json!({
        "current": current, "total": total, "items": items, "per_page": per,
        "first_item": if items == 0 { 0 } else { (current - 1) * per + 1 },
        "last_item": (current * per).min(items),
        "previous": link(current.wrapping_sub(1)), "next": link(current + 1),
        "first": paged_path(base, 1), "last": paged_path(base, total), "window": window,
    })
}

fn year_path(a: &Archive, y: usize) -> String {
    format!("archive/{:04}/", a.years[y].year)
}

fn month_path(a: &Archive, y: usize, m: usize) -> String {
    format!(
        "archive/{:04}/{:02}/",
        a.years[y].year, a.years[y].months[m].month
    )
}

fn year_view(a: &Archive, y: usize) -> Value {
    let year = &a.years[y];
    let months: Vec<Value> = (0..year.months.len())
        .map(|m| month_view(a, y, m))
        .collect();
    json!({ "year": year.year, "path": year_path(a, y), "count": year.articles.len(), "months": months })
}

fn month_view(a: &Archive, y: usize, m: usize) -> Value {
    let month = &a.years[y].months[m];
    json!({
        "month": month.month, "name": views::MONTHS[(month.month - 1) as usize], "path": month_path(a, y, m),
        "count": month.articles.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_roots() {
        assert_eq!(root_of(""), "");
        assert_eq!(root_of("articles/x/"), "../../");
        assert_eq!(paged_path("actors/x/", 3), "actors/x/page/3/");
        assert_eq!(paged_path("", 1), "");
    }

    #[test]
    fn paginator_links() {
        let p = paginator("topics/t/", 2, 3, 50, 20);
        assert_eq!(p["previous"], "topics/t/");
        assert_eq!(p["next"], "topics/t/page/3/");
        assert_eq!(p["last_item"], 40);
        let p = paginator("", 1, 1, 0, 20);
        assert!(p["previous"].is_null() && p["next"].is_null());
    }
}
