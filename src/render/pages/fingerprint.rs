//! Fingerprints of what each page is rendered from, so that watch mode can tell which pages an
//! edit changes without rendering them. A fingerprint covers everything [`SiteRender::render`]
//! reads for a page except the templates themselves, which the generation in `site_hash`
//! stands for: equal fingerprints mean equal bytes.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use serde_json::Value;

use super::{PageSpec, SiteRender, all, month_view, page_count, views, year_view};

/// The hash of any hashable value.
pub fn of<T: Hash + ?Sized>(value: &T) -> u64 {
    let mut h = DefaultHasher::new();
    value.hash(&mut h);
    h.finish()
}

/// The hash of a JSON value (serde_json's `Value` has no `Hash` of its own).
pub fn of_value(value: &Value) -> u64 {
    let mut h = DefaultHasher::new();
    hash_value(value, &mut h);
    h.finish()
}

fn hash_value(value: &Value, h: &mut DefaultHasher) {
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

impl SiteRender<'_> {
    /// The fingerprint of one page. `bodies[i]` is a hash of the parts of article `i` that only
    /// its own page shows (body, extra fields, dropped lines).
    pub fn fingerprint(&self, spec: PageSpec, bodies: &[u64]) -> u64 {
        let mut h = DefaultHasher::new();
        (
            self.site_hash,
            std::mem::discriminant(&spec),
            self.path_of(spec),
        )
            .hash(&mut h);
        let a = self.archive;
        if matches!(
            spec,
            PageSpec::Article(_)
                | PageSpec::Actors
                | PageSpec::Actor(..)
                | PageSpec::Topics
                | PageSpec::Topic(..)
        ) {
            self.reader_hash.hash(&mut h);
        }
        match spec {
            PageSpec::Home(p) => self.hash_listing(&mut h, &all(a.entries.len()), p),
            PageSpec::Article(i) => {
                let near = |j: Option<usize>| j.filter(|&j| j < a.entries.len());
                let links = [near(i.checked_sub(1)), near(Some(i + 1))];
                let links = links.map(|j| j.map(|j| self.hashes[j]));
                (self.hashes[i], bodies[i], links).hash(&mut h);
            }
            PageSpec::Actors => a.actors.iter().for_each(|x| {
                hash_value(&views::actor_view(x), &mut h);
            }),
            PageSpec::Actor(i, p) => {
                hash_value(&views::actor_view(&a.actors[i]), &mut h);
                self.hash_listing(&mut h, &a.actors[i].articles, p);
            }
            PageSpec::ActorFeed(i) => {
                self.hash_feed(&mut h, &a.actors[i].name, &a.actors[i].articles)
            }
            PageSpec::Topics => a.topics.iter().for_each(|x| {
                hash_value(&views::topic_view(x), &mut h);
            }),
            PageSpec::Topic(i, p) => {
                hash_value(&views::topic_view(&a.topics[i]), &mut h);
                self.hash_listing(&mut h, &a.topics[i].articles, p);
            }
            PageSpec::TopicFeed(i) => {
                self.hash_feed(&mut h, &a.topics[i].name, &a.topics[i].articles)
            }
            PageSpec::Sources => a.sources.iter().for_each(|x| {
                hash_value(&views::source_view(x), &mut h);
            }),
            PageSpec::Source(i, p) => {
                hash_value(&views::source_view(&a.sources[i]), &mut h);
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
            PageSpec::Robots | PageSpec::NotFound | PageSpec::Search => {}
        }
        h.finish()
    }

    /// What page `page` of a listing of `ids` shows: its paginator and its cards.
    fn hash_listing(&self, h: &mut DefaultHasher, ids: &[usize], page: usize) {
        let per = self.config.paginate;
        (ids.len(), per, page_count(ids.len(), per)).hash(h);
        for &i in ids.iter().skip((page - 1) * per).take(per) {
            self.hashes[i].hash(h);
        }
    }

    /// What a feed shows: its title and its newest entries.
    fn hash_feed(&self, h: &mut DefaultHasher, title: &str, ids: &[usize]) {
        let shown = &ids[..ids.len().min(self.config.feed_limit)];
        (title, self.config.feed_limit).hash(h);
        shown.iter().for_each(|&i| self.hashes[i].hash(h));
    }
}
