//! What a render makes once per article and keeps: each article's card (split where `root` and
//! the listing's slot go) and feed entry, its list view and snippets, and the archive's insight,
//! with the cache that carries them from one render to the next in watch mode. Part of
//! [`super`]; [`SiteRender`](super::SiteRender) builds on it.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use rayon::prelude::*;
use serde_json::Value;
use tera::Context;

use super::super::value::to_template;
use super::super::{Renderer, reader, views};
use super::{ROOT_MARK, SLOT_MARK, topic_names};
use crate::archive::{Archive, Entry};
use crate::config::SiteConfig;
use crate::content::Article;
use crate::error::Error;
use crate::insight::{History, Insight};

/// Cards and feed entries kept from one render to the next, keyed by the hash of the list view
/// they were rendered from, so that watch mode only renders those of changed articles.
///
/// It also keeps each article's list view, keyed by the article's address (the cache holds the
/// article, so the address cannot be reused) and a hash of the actors, topics and source it
/// links to, since building 10,000 of them takes longer than the rest of a small rebuild.
///
/// And it keeps what the reader pages need from the whole archive when that has not changed:
/// the insight (reused while no article's actors, topics or date change) and each article's
/// snippets (reused while the article and the names it is searched for stay the same).
#[derive(Default)]
pub struct Prerendered {
    key: Option<u64>,
    pub(super) items: HashMap<u64, (Arc<Card>, Arc<str>)>,
    insight: Option<(u64, Arc<Insight>)>,
    /// Kept only by [`Prerendered::incremental`]: what the next insight can be updated from.
    history: Option<History>,
    incremental: bool,
    snippets: HashMap<usize, KeptSnippets>,
    summaries: HashMap<usize, Summary>,
}

/// An article's snippets, with the article (so that its address stays taken) and a hash of the
/// names they were found for.
struct KeptSnippets {
    _article: Arc<Article>,
    names: u64,
    snippets: Arc<reader::Snippets>,
}

/// An article's list view and its hash, with what it was built from.
struct Summary {
    article: Arc<Article>,
    links: u64,
    value: tera::Value,
    hash: u64,
}

/// A pre-rendered card, cut at its `root` marks and its first `slot` mark, so that a listing
/// page fills it in one pass (joining the pieces and then searching the result for the slot
/// cost more than rendering some whole pages).
pub(super) struct Card {
    pieces: Vec<Piece>,
}

/// A piece of a [`Card`].
enum Piece {
    Text(Box<str>),
    Root,
    Slot,
}

impl Card {
    pub(super) fn new(html: &str) -> Card {
        let mut pieces = Vec::new();
        let mut slotted = false;
        for (n, part) in html.split(ROOT_MARK).enumerate() {
            if n > 0 {
                pieces.push(Piece::Root);
            }
            match part.split_once(SLOT_MARK).filter(|_| !slotted) {
                Some((before, after)) => {
                    slotted = true;
                    pieces.extend([Piece::text(before), Piece::Slot, Piece::text(after)]);
                }
                None => pieces.push(Piece::text(part)),
            }
        }
        pieces.retain(|p| !matches!(p, Piece::Text(t) if t.is_empty()));
        Card { pieces }
    }

    /// The card with `root` for each root mark and `slot` for the slot mark.
    pub(super) fn with<'a>(&'a self, root: &'a str, slot: &'a str) -> String {
        let fill = |p: &'a Piece| -> &'a str {
            match p {
                Piece::Text(t) => t,
                Piece::Root => root,
                Piece::Slot => slot,
            }
        };
        let mut out = String::with_capacity(self.pieces.iter().map(|p| fill(p).len()).sum());
        for p in &self.pieces {
            out.push_str(fill(p));
        }
        out
    }
}

impl Piece {
    fn text(s: &str) -> Piece {
        Piece::Text(s.into())
    }
}

impl Prerendered {
    /// A cache for a site rendered again and again (watch mode), which also keeps what lets
    /// the insight be updated rather than computed again after a change.
    pub fn incremental() -> Prerendered {
        Prerendered {
            incremental: true,
            ..Prerendered::default()
        }
    }

    /// The archive's insight, recomputed only when what it is computed from changed (and then,
    /// for an incremental cache, only in part when few articles changed).
    pub(super) fn insight(&mut self, archive: &Archive) -> Arc<Insight> {
        let key = insight_key(archive);
        if let Some((k, insight)) = &self.insight
            && *k == key
        {
            if let Some(history) = &mut self.history {
                history.refresh(archive);
            }
            return insight.clone();
        }
        let insight = Arc::new(match &self.history {
            Some(history) => Insight::update(archive, history),
            None => Insight::build(archive),
        });
        self.insight = Some((key, insight.clone()));
        if self.incremental {
            self.history = Some(History::of(archive, insight.clone()));
        }
        insight
    }

    /// Every article's snippets, finding again only those of new or changed articles and of
    /// articles whose actors' or topics' names changed; forgets the others.
    /// `patterns` are the actors' names as matched ([`reader::actor_patterns`]).
    pub(super) fn snippets(
        &mut self,
        config: &SiteConfig,
        archive: &Archive,
        patterns: &[Vec<String>],
    ) -> Vec<Arc<reader::Snippets>> {
        let topic_names: Vec<Vec<String>> = (0..archive.topics.len())
            .map(|t| topic_names(config, archive, t))
            .collect();
        let old = std::mem::take(&mut self.snippets);
        let fresh: Vec<(usize, KeptSnippets)> = archive
            .entries
            .par_iter()
            .map(|e| {
                let key = Arc::as_ptr(&e.article) as usize;
                let names = snippet_names_hash(archive, e, &topic_names);
                let snippets = match old.get(&key).filter(|k| k.names == names) {
                    Some(k) => k.snippets.clone(),
                    None => Arc::new(reader::snippets(e, patterns, &topic_names)),
                };
                let kept = KeptSnippets {
                    _article: e.article.clone(),
                    names,
                    snippets,
                };
                (key, kept)
            })
            .collect();
        let out = fresh.iter().map(|(_, k)| k.snippets.clone()).collect();
        self.snippets = fresh.into_iter().collect();
        out
    }

    /// Every article's list view and its hash, reusing those whose article and links are
    /// unchanged; forgets the others.
    pub(super) fn summaries(&mut self, archive: &Archive) -> (Vec<tera::Value>, Vec<u64>) {
        let old = std::mem::take(&mut self.summaries);
        let fresh: Vec<(usize, Summary)> = archive
            .entries
            .par_iter()
            .map(|e| {
                let key = Arc::as_ptr(&e.article) as usize;
                let links = views::links_hash(archive, e);
                let summary = match old.get(&key).filter(|s| s.links == links) {
                    Some(s) => Summary {
                        article: s.article.clone(),
                        links,
                        value: s.value.clone(),
                        hash: s.hash,
                    },
                    None => summarise(archive, e, links),
                };
                (key, summary)
            })
            .collect();
        let out = fresh.iter().map(|(_, s)| (s.value.clone(), s.hash)).unzip();
        self.summaries = fresh.into_iter().collect();
        out
    }

    /// Renders the cards and entries the cache lacks and forgets those no article needs now.
    pub(super) fn fill(
        &mut self,
        renderer: &Renderer,
        key: u64,
        site: &Value,
        summaries: &[tera::Value],
        hashes: &[u64],
    ) -> Result<(), Error> {
        if self.key != Some(key) {
            self.items.clear();
            self.key = Some(key);
        }
        let mut missing: Vec<usize> = (0..hashes.len())
            .filter(|&i| !self.items.contains_key(&hashes[i]))
            .collect();
        missing.dedup_by_key(|i| hashes[*i]);
        let wanted: Vec<&tera::Value> = missing.iter().map(|&i| &summaries[i]).collect();
        let cards = pre_render(renderer, "card.html", site, &wanted)?;
        let entries = pre_render(renderer, "entry.xml", site, &wanted)?;
        for ((i, card), entry) in missing.into_iter().zip(cards).zip(entries) {
            let value = (Arc::new(Card::new(&card)), Arc::from(entry));
            self.items.insert(hashes[i], value);
        }
        if self.items.len() > hashes.len() {
            let live: HashSet<u64> = hashes.iter().copied().collect();
            self.items.retain(|h, _| live.contains(h));
        }
        Ok(())
    }
}

/// A hash of everything [`Insight::build`] reads: each entry's actors (with mentions), topics
/// and date, and the numbers of actors and topics.
fn insight_key(archive: &Archive) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = crate::hash::hasher();
    (archive.actors.len(), archive.topics.len()).hash(&mut h);
    for e in &archive.entries {
        (&e.actors, &e.topics, e.article.date.map(|d| d.day)).hash(&mut h);
    }
    h.finish()
}

/// A hash of the names an entry's snippets are searched for.
fn snippet_names_hash(archive: &Archive, entry: &Entry, topic_names: &[Vec<String>]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = crate::hash::hasher();
    for &(a, _) in &entry.actors {
        (&archive.actors[a].name, &archive.actors[a].aliases).hash(&mut h);
    }
    for &t in &entry.topics {
        topic_names[t].hash(&mut h);
    }
    h.finish()
}

/// Builds an article's list view.
fn summarise(archive: &Archive, entry: &Entry, links: u64) -> Summary {
    let (value, hash) = views::article_summary(archive, entry);
    Summary {
        article: entry.article.clone(),
        links,
        hash,
        value,
    }
}

/// Renders one template per article, in parallel, with `article` and `site` set, `root` set
/// to [`ROOT_MARK`] and `slot` to [`SLOT_MARK`].
fn pre_render(
    renderer: &Renderer,
    template: &str,
    site: &Value,
    summaries: &[&tera::Value],
) -> Result<Vec<String>, Error> {
    let site = to_template(site);
    summaries
        .par_iter()
        .map(|summary| render_listed(renderer, template, &site, summary))
        .collect()
}

/// Renders `template` for one article's list view `summary`, with `site` set, `root` set to
/// [`ROOT_MARK`] and `slot` to [`SLOT_MARK`].
pub(super) fn render_listed(
    renderer: &Renderer,
    template: &str,
    site: &tera::Value,
    summary: &tera::Value,
) -> Result<String, Error> {
    let mut ctx = Context::new();
    ctx.insert_value("site", site.clone());
    ctx.insert_value("root", ROOT_MARK.into());
    ctx.insert_value("slot", SLOT_MARK.into());
    ctx.insert_value("article", summary.clone());
    renderer.render(template, &ctx)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cards_fill_every_root_and_the_first_slot() {
        let html = format!("<a href=\"{ROOT_MARK}x/\">{SLOT_MARK}</a>{ROOT_MARK}{SLOT_MARK}");
        let card = Card::new(&html);
        assert_eq!(
            card.with("../../", "<p>s</p>"),
            format!("<a href=\"../../x/\"><p>s</p></a>../../{SLOT_MARK}")
        );
        assert_eq!(Card::new("plain").with("../", "s"), "plain");
        assert_eq!(Card::new(SLOT_MARK).with("../", ""), "");
    }
}
