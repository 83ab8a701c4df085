//! Fingerprints of what each page is rendered from, so that watch mode can tell which pages an
//! edit changes without rendering them. A fingerprint covers everything [`SiteRender::render`]
//! reads for a page except the templates themselves, which the generation in `site_hash`
//! stands for: equal fingerprints mean equal bytes.

use std::hash::{Hash, Hasher as _};

use crate::hash::{Hasher, hasher};

use serde_json::Value;

use super::{PageSpec, SiteRender, all, month_view, page_count, reader, year_view};

/// The hash of any hashable value.
pub fn of<T: Hash + ?Sized>(value: &T) -> u64 {
    crate::hash::of(value)
}

/// The hash of a JSON value (serde_json's `Value` has no `Hash` of its own).
pub fn of_value(value: &Value) -> u64 {
    let mut h = hasher();
    hash_value(value, &mut h);
    h.finish()
}

fn hash_value(value: &Value, h: &mut Hasher) {
    match value {
        Value::Null => 0u8.hash(h),
        Value::Bool(b) => (1u8, b).hash(h),
        Value::Number(n) => (2u8, n.to_string()).hash(h),
        Value::String(s) => (3u8, s).hash(h),
        Value::Array(items) => {
            (4u8, items.len()).hash(h);
            items.iter().for_each(|v| hash_value(v, h));
        }
        Value::Object(map) => {
            (5u8, map.len()).hash(h);
            for (k, v) in map {
                k.hash(h);
                hash_value(v, h);
            }
        }
    }
}

/// What [`views::actor_view`] shows of an actor.
fn hash_actor(x: &crate::archive::Actor, h: &mut Hasher) {
    let counts = (x.articles.len(), x.mentions);
    (
        &x.name,
        &x.slug,
        x.kind.as_str(),
        &x.description,
        &x.aliases,
        counts,
    )
        .hash(h);
}

/// What [`views::topic_view`] shows of a topic.
fn hash_topic(x: &crate::archive::Topic, h: &mut Hasher) {
    (&x.name, &x.slug, &x.description, x.articles.len()).hash(h);
}

impl SiteRender<'_> {
    /// The fingerprint of one page. `bodies[i]` is a hash of the parts of article `i` that only
    /// its own page shows (body, extra fields, dropped lines).
    pub fn fingerprint(&self, spec: PageSpec, bodies: &[u64]) -> u64 {
        let mut h = hasher();
        (
            self.site_hash,
            std::mem::discriminant(&spec),
            self.path_of(spec),
        )
            .hash(&mut h);
        let a = self.archive;
        match spec {
            PageSpec::Home(p) => self.hash_listing(&mut h, &all(a.entries.len()), p),
            PageSpec::Article(i) => {
                let near = |j: Option<usize>| j.filter(|&j| j < a.entries.len());
                let links = [near(i.checked_sub(1)), near(Some(i + 1))];
                let links = links.map(|j| j.map(|j| self.hashes[j]));
                (self.hashes[i], bodies[i], links).hash(&mut h);
                self.hash_article_reader(&mut h, i);
            }
            PageSpec::Actors => a.actors.iter().enumerate().for_each(|(i, x)| {
                hash_actor(x, &mut h);
                let last = self.insight.actors[i].last;
                last.and_then(|e| a.entries[e].article.date)
                    .map(|d| d.day)
                    .hash(&mut h);
            }),
            PageSpec::Actor(i, p) => {
                hash_actor(&a.actors[i], &mut h);
                self.hash_listing(&mut h, &a.actors[i].articles, p);
                if p == 1 {
                    self.hash_profile(&mut h, &self.insight.actors[i]);
                }
                for &e in self.shown(&a.actors[i].articles, p) {
                    let k = a.entries[e].actors.iter().position(|&(x, _)| x == i);
                    k.map(|k| (k, self.snippets[e].hash)).hash(&mut h);
                }
            }
            PageSpec::ActorFeed(i) => {
                self.hash_feed(&mut h, &a.actors[i].name, &a.actors[i].articles)
            }
            PageSpec::Topics => a.topics.iter().for_each(|x| {
                hash_topic(x, &mut h);
            }),
            PageSpec::Topic(i, p) => {
                hash_topic(&a.topics[i], &mut h);
                self.hash_listing(&mut h, &a.topics[i].articles, p);
                if p == 1 {
                    self.hash_profile(&mut h, &self.insight.topics[i]);
                }
                for &e in self.shown(&a.topics[i].articles, p) {
                    let k = a.entries[e].topics.iter().position(|&x| x == i);
                    k.map(|k| (k, self.snippets[e].hash)).hash(&mut h);
                }
            }
            PageSpec::TopicFeed(i) => {
                self.hash_feed(&mut h, &a.topics[i].name, &a.topics[i].articles)
            }
            PageSpec::Sources => a.sources.iter().for_each(|x| {
                (&x.name, &x.slug, x.articles.len()).hash(&mut h);
            }),
            PageSpec::Source(i, p) => {
                {
                    let x = &a.sources[i];
                    (&x.name, &x.slug, x.articles.len()).hash(&mut h);
                }
                self.hash_listing(&mut h, &a.sources[i].articles, p);
            }
            PageSpec::Archive => {
                (0..a.years.len()).for_each(|y| hash_value(&year_view(a, y), &mut h));
                a.undated.len().hash(&mut h);
            }
            PageSpec::Year(y, p) => {
                hash_value(&year_view(a, y), &mut h);
                self.hash_listing(&mut h, &a.years[y].articles, p);
            }
            PageSpec::Month(y, m, p) => {
                hash_value(&year_view(a, y), &mut h);
                hash_value(&month_view(a, y, m), &mut h);
                self.hash_listing(&mut h, &a.years[y].months[m].articles, p);
            }
            PageSpec::Undated(p) => self.hash_listing(&mut h, &a.undated, p),
            PageSpec::Feed => self.hash_feed(&mut h, &self.config.title, &all(a.entries.len())),
            PageSpec::Sitemap => self
                .specs()
                .into_iter()
                .filter_map(|s| self.sitemap_entry(s))
                .for_each(|url| url.hash(&mut h)),
            // The search page carries the theme's search script inline.
            PageSpec::Search => self.renderer.search_script().hash(&mut h),
            PageSpec::Robots | PageSpec::NotFound => {}
        }
        h.finish()
    }

    /// What an article page's reader blocks show besides the article itself: the names its
    /// mentions are linked by, its related articles and its "follow this story" neighbours.
    fn hash_article_reader(&self, h: &mut Hasher, i: usize) {
        let a = self.archive;
        let entry = &a.entries[i];
        for &(x, _) in &entry.actors {
            self.pattern_hashes[x].hash(h);
        }
        for r in &self.insight.related[i] {
            (r.entry, self.hashes[r.entry]).hash(h);
            // Names, not indices: a new actor renumbers those after it in name order.
            reader::shared(a, entry, &a.entries[r.entry]).hash(h);
        }
        let threads = entry
            .actors
            .iter()
            .take(reader::FOLLOW_ACTORS)
            .map(|&(x, _)| &a.actors[x].articles);
        let topics = entry
            .topics
            .iter()
            .take(reader::FOLLOW_TOPICS)
            .map(|&t| &a.topics[t].articles);
        for list in threads.chain(topics) {
            let at = list.binary_search(&i).ok();
            let near = at.map(|at| {
                [
                    at.checked_sub(1).and_then(|k| list.get(k)),
                    list.get(at + 1),
                ]
            });
            let near = near.map(|n| n.map(|j| j.map(|&j| self.hashes[j])));
            (list.len(), at, near).hash(h);
        }
    }

    /// What the profile on an actor's or topic's first page shows.
    fn hash_profile(&self, h: &mut Hasher, p: &crate::insight::Profile) {
        let a = self.archive;
        (p.first, p.last, &p.months).hash(h);
        for e in [p.first, p.last].into_iter().flatten() {
            self.hashes[e].hash(h);
        }
        for r in &p.actors {
            let x = &a.actors[r.id];
            (&x.name, &x.slug, x.kind.as_str(), r.count).hash(h);
        }
        for r in &p.topics {
            let x = &a.topics[r.id];
            (&x.name, &x.slug, r.count).hash(h);
        }
    }

    /// What page `page` of a listing of `ids` shows: its paginator and its cards.
    fn hash_listing(&self, h: &mut Hasher, ids: &[usize], page: usize) {
        let per = self.config.paginate;
        (ids.len(), per, page_count(ids.len(), per)).hash(h);
        for &i in ids.iter().skip((page - 1) * per).take(per) {
            self.hashes[i].hash(h);
        }
    }

    /// What a feed shows: its title and its newest entries.
    fn hash_feed(&self, h: &mut Hasher, title: &str, ids: &[usize]) {
        let shown = &ids[..ids.len().min(self.config.feed_limit)];
        (title, self.config.feed_limit).hash(h);
        shown.iter().for_each(|&i| self.hashes[i].hash(h));
    }
}
