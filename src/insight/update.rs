//! Related articles brought up to date after a few articles changed, instead of computed again for
//! the whole archive: at 10,000 articles that computation was most of a watch-mode rebuild after
//! an edit to one article's date or actors.
//!
//! An article's related articles depend on its actors and topics (its most mentioned actors
//! only), each one's weight (from how
//! many articles have it and how many articles there are), the articles within half a window of
//! it in each one's date-ordered list, and the days of those. Unchanged articles keep their order
//! (entries are ordered by date, then file), so an article's lists only differ around the
//! changed articles: only articles within reach of a changed one in a shared list, or sharing an
//! actor or topic whose article count changed, are computed again; the others keep their lists,
//! renumbered. Anything else (articles added or removed, many changes) computes everything.

use std::collections::HashMap;
use std::sync::Arc;

use super::{Insight, RELATED_WINDOW, Related, Weights, related_of};
use crate::archive::{Archive, Entry};
use crate::content::Article;

/// Changed articles beyond which everything is computed again.
const MAX_CHANGED: usize = 16;
/// Positions either side of an article in a list within which a change may reach its window.
const REACH: usize = RELATED_WINDOW / 2 + 1;

/// What an update needs to know of the archive the previous insight was computed for.
pub struct History {
    /// Each entry's article, kept so that its address identifies it.
    articles: Vec<Arc<Article>>,
    /// Actors (`a:` slug) and topics (`t:` slug) by name, numbered.
    features: HashMap<String, usize>,
    /// Each entry's features: its actors, most mentioned first, then its topics.
    entry_features: Vec<Vec<usize>>,
    /// Each feature's articles (entry indexes, date order).
    lists: Vec<Vec<usize>>,
    insight: Arc<Insight>,
}

impl History {
    /// What to keep of `archive` and the insight computed for it.
    pub fn of(archive: &Archive, insight: Arc<Insight>) -> History {
        let mut features = HashMap::new();
        let mut lists = Vec::new();
        let keys = Keys::of(archive);
        for (key, list) in keys.names.iter().zip(keys.lists(archive)) {
            features.insert(key.clone(), lists.len());
            lists.push(list.clone());
        }
        let entry_features = archive
            .entries
            .iter()
            .map(|e| keys.of_entry(e).collect())
            .collect();
        History {
            articles: articles(archive),
            features,
            entry_features,
            lists,
            insight,
        }
    }

    /// The archive's entries are the same, in the same order, with the same actors, topics and
    /// dates (some articles were read again): only their addresses need updating.
    pub fn refresh(&mut self, archive: &Archive) {
        self.articles = articles(archive);
    }

    /// Every entry's related articles, computing again only those a change can reach; `None`
    /// when everything must be computed.
    pub(super) fn related(&self, archive: &Archive) -> Option<Vec<Vec<Related>>> {
        let n = archive.entries.len();
        if n != self.articles.len() {
            return None;
        }
        let keys = Keys::of(archive);
        // New feature numbers to old ones.
        let old_feature: Vec<Option<usize>> = keys
            .names
            .iter()
            .map(|k| self.features.get(k).copied())
            .collect();
        let matches = self.match_entries(archive, &keys, &old_feature)?;
        let affected = self.affected(archive, &keys, &old_feature, &matches);
        let ids: Vec<usize> = (0..n).filter(|&i| affected[i]).collect();
        let mut fresh = related_of(archive, &Weights::of(archive), &ids).into_iter();
        (0..n)
            .map(|i| match (affected[i], matches.old_of_new[i]) {
                (true, _) => fresh.next(),
                (false, Some(o)) => self.insight.related[o]
                    .iter()
                    .map(|r| {
                        let entry = matches.new_of_old[r.entry]?;
                        Some(Related { entry, ..*r })
                    })
                    .collect(),
                (false, None) => None,
            })
            .collect()
    }

    /// Pairs the entries that are the same article with the same features; `None` when too
    /// many changed.
    fn match_entries(
        &self,
        archive: &Archive,
        keys: &Keys,
        old_feature: &[Option<usize>],
    ) -> Option<Matches> {
        let n = archive.entries.len();
        let by_address: HashMap<*const Article, usize> = self
            .articles
            .iter()
            .enumerate()
            .map(|(o, a)| (Arc::as_ptr(a), o))
            .collect();
        let mut m = Matches {
            old_of_new: vec![None; n],
            new_of_old: vec![None; n],
            changed_new: Vec::new(),
        };
        for (i, e) in archive.entries.iter().enumerate() {
            let same = by_address
                .get(&Arc::as_ptr(&e.article))
                .copied()
                .filter(|&o| {
                    let now = keys.of_entry(e).map(|f| old_feature[f]);
                    now.eq(self.entry_features[o].iter().map(|&f| Some(f)))
                });
            match same {
                Some(o) => {
                    m.old_of_new[i] = Some(o);
                    m.new_of_old[o] = Some(i);
                }
                None => m.changed_new.push(i),
            }
        }
        (m.changed_new.len() <= MAX_CHANGED).then_some(m)
    }

    /// The entries whose related articles may differ from before.
    fn affected(
        &self,
        archive: &Archive,
        keys: &Keys,
        old_feature: &[Option<usize>],
        m: &Matches,
    ) -> Vec<bool> {
        let n = archive.entries.len();
        let mut affected = vec![false; n];
        let lists = keys.lists(archive);
        // Near a changed article in any of its lists, before or after the change.
        for &i in &m.changed_new {
            affected[i] = true;
            for f in keys.of_entry(&archive.entries[i]) {
                mark_near(lists[f], i, |j| affected[j] = true);
            }
        }
        for o in (0..n).filter(|&o| m.new_of_old[o].is_none()) {
            for &f in &self.entry_features[o] {
                mark_near(&self.lists[f], o, |j| {
                    if let Some(i) = m.new_of_old[j] {
                        affected[i] = true;
                    }
                });
            }
        }
        // A feature whose article count changed weighs differently in all of its articles.
        // (One that is gone was had only by changed articles, which are marked already.)
        for (f, list) in lists.iter().enumerate() {
            if old_feature[f].map(|o| self.lists[o].len()) != Some(list.len()) {
                list.iter().for_each(|&j| affected[j] = true);
            }
        }
        affected
    }
}

/// How this archive's entries correspond to the previous one's.
struct Matches {
    old_of_new: Vec<Option<usize>>,
    new_of_old: Vec<Option<usize>>,
    /// Entries new, read again, or whose features changed.
    changed_new: Vec<usize>,
}

/// An archive's actors and topics named so that they can be found again in another build, where
/// their numbers differ: actor `i` is feature `i`, topic `t` is feature `actors + t`.
struct Keys {
    names: Vec<String>,
    actors: usize,
}

impl Keys {
    fn of(archive: &Archive) -> Keys {
        let actors = archive.actors.iter().map(|a| format!("a:{}", a.slug));
        let topics = archive.topics.iter().map(|t| format!("t:{}", t.slug));
        Keys {
            names: actors.chain(topics).collect(),
            actors: archive.actors.len(),
        }
    }

    /// Each feature's articles, by feature number.
    fn lists<'a>(&self, archive: &'a Archive) -> Vec<&'a Vec<usize>> {
        let actors = archive.actors.iter().map(|a| &a.articles);
        actors
            .chain(archive.topics.iter().map(|t| &t.articles))
            .collect()
    }

    /// An entry's features: its actors, most mentioned first (related articles are scored by
    /// the first few, in this order), then its topics.
    fn of_entry<'e>(&self, e: &'e Entry) -> impl Iterator<Item = usize> + 'e {
        let actors = self.actors;
        e.actors
            .iter()
            .map(|&(a, _)| a)
            .chain(e.topics.iter().map(move |&t| actors + t))
    }
}

/// Calls `mark` for every entry within [`REACH`] of `entry` in `list` (which holds it).
fn mark_near(list: &[usize], entry: usize, mut mark: impl FnMut(usize)) {
    let at = list.binary_search(&entry).unwrap_or_else(|p| p);
    let lo = at.saturating_sub(REACH);
    let hi = (at + REACH + 1).min(list.len());
    list[lo..hi].iter().for_each(|&j| mark(j));
}

fn articles(archive: &Archive) -> Vec<Arc<Article>> {
    archive.entries.iter().map(|e| e.article.clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::archive::Scanned;
    use crate::config::SiteConfig;
    use crate::content::{LoadOptions, parse_article};
    use crate::rules::Rules;
    use std::path::Path;

    /// A site of `n` articles over a few months, each naming two of five people (so that each
    /// person's list is longer than a related-articles window) and one of three topics.
    struct Site {
        config: SiteConfig,
        rules: Rules,
        articles: Vec<Arc<Article>>,
    }

    impl Site {
        fn new(n: usize) -> Site {
            let config = SiteConfig::default();
            let rules = Rules::new(&config).unwrap();
            let mut site = Site {
                config,
                rules,
                articles: Vec::new(),
            };
            for i in 0..n {
                let people = [i % 5, (i * 7 + 3) % 5];
                let actors = format!("\"Person {}\", \"Person {}\"", people[0], people[1]);
                let day = (i * 37) % 180;
                site.articles.push(site.article(i, day, &actors));
            }
            site
        }

        fn article(&self, i: usize, day: usize, actors: &str) -> Arc<Article> {
            let date = jiff::civil::date(2024, 1, 1) + jiff::Span::new().days(day as i64);
            let text = format!(
                "+++\ntitle = \"Story {i}\"\ndate = {date}\nactors = [{actors}]\n\
                 topics = [\"Topic {}\"]\n+++\nText {i}.\n",
                i % 3
            );
            let opts = LoadOptions::new(Path::new("/x"), &self.config, date);
            let name = format!("a{i:04}.md");
            Arc::new(parse_article(Path::new(&name), Path::new(&name), &text, &opts).unwrap())
        }

        fn archive(&self) -> Archive {
            let scanned = self
                .articles
                .iter()
                .map(|a| Scanned::new(a.clone(), &self.rules))
                .collect();
            Archive::from_scanned(scanned, &self.config, &self.rules).unwrap()
        }
    }

    /// Updates from `before`'s archive to the site's, checks the result against computing
    /// everything, and returns how many entries were computed again.
    fn check(before: &Archive, site: &Site) -> usize {
        let history = History::of(before, Arc::new(Insight::build(before)));
        let after = site.archive();
        let keys = Keys::of(&after);
        let old_feature: Vec<Option<usize>> = keys
            .names
            .iter()
            .map(|k| history.features.get(k).copied())
            .collect();
        let matches = history
            .match_entries(&after, &keys, &old_feature)
            .expect("few changes");
        let affected = history.affected(&after, &keys, &old_feature, &matches);
        let updated = Insight::update(&after, &history);
        assert_eq!(updated.related, Insight::build(&after).related);
        affected.iter().filter(|&&a| a).count()
    }

    #[test]
    fn an_updated_insight_equals_one_computed_whole() {
        let mut site = Site::new(2000);
        let n = site.articles.len();
        // One article moved in time: only its neighbours are computed again.
        let before = site.archive();
        site.articles[10] = site.article(10, 170, "\"Person 0\", \"Person 3\"");
        let again = check(&before, &site);
        assert!(again < n / 2, "{again} of {n} computed again");
        // A new actor (renumbering the others), then one taken away again.
        let before = site.archive();
        site.articles[20] = site.article(20, 5, "\"Aaron Alba\", \"Person 0\", \"Person 1\"");
        check(&before, &site);
        let before = site.archive();
        site.articles[20] = site.article(20, 5, "\"Person 1\"");
        check(&before, &site);
        // Several at once, dates swapped far apart.
        let before = site.archive();
        site.articles[30] = site.article(30, 0, "\"Person 2\", \"Person 4\"");
        site.articles[31] = site.article(31, 179, "\"Person 2\", \"Person 4\"");
        site.articles[1400] = site.article(1400, 90, "\"Person 3\"");
        check(&before, &site);
    }

    /// A fixed-seed linear congruential generator: the randomized test below is the same on
    /// every run, so a failure can be replayed.
    struct Lcg(u64);

    impl Lcg {
        fn below(&mut self, n: usize) -> usize {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((self.0 >> 33) as usize) % n.max(1)
        }

        fn chance(&mut self, percent: usize) -> bool {
            self.below(100) < percent
        }
    }

    /// One generated article: what its front matter, body and detection give.
    #[derive(Clone)]
    struct Spec {
        day: Option<usize>,
        /// Detected actors and their mentions (ties are common).
        detected: Vec<(String, usize)>,
        /// Front-matter actors (no mentions).
        declared: Vec<String>,
        topics: Vec<String>,
        /// Times the body names the site.toml actor, which counts its mentions.
        keyword: usize,
    }

    /// Names drawn so that a few actors are everywhere, some spellings merge, some slugs
    /// collide ("Wang", "Wang 王") and some actors appear in one article only.
    fn random_name(rng: &mut Lcg, unique: &mut usize) -> String {
        match rng.below(20) {
            0 => ["Juan Guaido", "Juan Guaidó", "JUAN GUAIDO"][rng.below(3)].to_string(),
            1 => ["Wang", "Wang 王"][rng.below(2)].to_string(),
            2 => {
                *unique += 1;
                format!("Solo {unique}")
            }
            _ => {
                let spread = rng.below(60) + 1;
                format!("Person {}", rng.below(spread))
            }
        }
    }

    fn random_spec(rng: &mut Lcg, unique: &mut usize) -> Spec {
        let actors = if rng.chance(8) {
            25 + rng.below(10)
        } else {
            rng.below(5)
        };
        let mut spec = Spec {
            day: random_day(rng, None),
            detected: Vec::new(),
            declared: Vec::new(),
            topics: Vec::new(),
            keyword: if rng.chance(20) { 1 + rng.below(4) } else { 0 },
        };
        for _ in 0..actors {
            let name = random_name(rng, unique);
            match rng.chance(80) {
                true => spec.detected.push((name, 1 + rng.below(3))),
                false => spec.declared.push(name),
            }
        }
        for _ in 0..rng.below(3) {
            spec.topics.push(format!("Topic {}", rng.below(6)));
        }
        spec
    }

    /// A day over a year (many articles share one), near `from` if given, or none.
    fn random_day(rng: &mut Lcg, from: Option<usize>) -> Option<usize> {
        match (rng.chance(6), from) {
            (true, _) => None,
            (false, Some(d)) if rng.chance(60) => Some((d + 360 + rng.below(7)).saturating_sub(3)),
            _ => Some(rng.below(365)),
        }
    }

    /// The site's rules name one actor found by keyword, so body edits change its mentions.
    fn keyword_config() -> SiteConfig {
        let mut config = SiteConfig::default();
        config.actors.push(crate::config::ActorRule {
            name: "Keyword Alpha".to_string(),
            aliases: vec!["Alphaword".to_string()],
            ..Default::default()
        });
        config
    }

    fn spec_article(config: &SiteConfig, i: usize, spec: &Spec) -> Arc<Article> {
        let quoted = |v: &[String]| {
            let q: Vec<String> = v.iter().map(|s| format!("{s:?}")).collect();
            q.join(", ")
        };
        let date = spec
            .day
            .map(|d| jiff::civil::date(2024, 1, 1) + jiff::Span::new().days(d as i64));
        let date_line = date.map(|d| format!("date = {d}\n")).unwrap_or_default();
        let text = format!(
            "+++\ntitle = \"Story {i}\"\n{date_line}actors = [{}]\ntopics = [{}]\n+++\nText {i}.{}\n",
            quoted(&spec.declared),
            quoted(&spec.topics),
            " Alphaword.".repeat(spec.keyword),
        );
        let opts = LoadOptions::new(Path::new("/x"), config, jiff::civil::date(2025, 1, 1));
        let name = format!("a{i:04}.md");
        let mut article = parse_article(Path::new(&name), Path::new(&name), &text, &opts).unwrap();
        article.detected = spec
            .detected
            .iter()
            .map(|(name, mentions)| crate::extract::DetectedActor {
                name: name.clone(),
                kind: crate::config::ActorKind::Person,
                mentions: *mentions,
                aliases: Vec::new(),
                role: None,
            })
            .collect();
        Arc::new(article)
    }

    /// Changes one article the way an edit might.
    fn edit(rng: &mut Lcg, spec: &mut Spec, unique: &mut usize) {
        match rng.below(9) {
            0 | 1 => spec.day = random_day(rng, spec.day),
            2 => spec
                .detected
                .push((random_name(rng, unique), 1 + rng.below(3))),
            3 if !spec.detected.is_empty() => {
                spec.detected.remove(rng.below(spec.detected.len()));
            }
            4 if !spec.detected.is_empty() => {
                let k = rng.below(spec.detected.len());
                spec.detected[k].1 = 1 + rng.below(4);
            }
            5 => spec.keyword = rng.below(5),
            6 => spec.topics = vec![format!("Topic {}", rng.below(7))],
            7 => spec.declared.push(random_name(rng, unique)),
            _ => {} // Read again, unchanged.
        }
    }

    fn archive_of(config: &SiteConfig, rules: &Rules, articles: &[Arc<Article>]) -> Archive {
        let scanned = articles
            .iter()
            .map(|a| Scanned::new(a.clone(), rules))
            .collect();
        Archive::from_scanned(scanned, config, rules).unwrap()
    }

    /// Asserts that two lists of related articles are the same, scores to the bit.
    fn assert_same(updated: &[Vec<Related>], built: &[Vec<Related>], what: &str) {
        assert_eq!(updated.len(), built.len(), "{what}");
        for (i, (u, b)) in updated.iter().zip(built).enumerate() {
            let bits = |v: &[Related]| -> Vec<(usize, u32)> {
                v.iter().map(|r| (r.entry, r.score.to_bits())).collect()
            };
            assert_eq!(bits(u), bits(b), "{what}: entry {i}");
        }
    }

    /// Random archives and random edits to them, one to beyond [`MAX_CHANGED`] articles at a
    /// time: every update equals the insight computed whole.
    #[test]
    fn random_edits_update_as_computing_everything_would() {
        let config = keyword_config();
        let rules = Rules::new(&config).unwrap();
        let mut rng = Lcg(0x5eed_d055_01e7);
        let (mut partial, mut steps) = (0, 0);
        for (n, edits) in [(300, 12), (700, 7), (1500, 3)] {
            let mut unique = 0;
            let mut specs: Vec<Spec> = (0..n).map(|_| random_spec(&mut rng, &mut unique)).collect();
            let mut articles: Vec<Arc<Article>> = (0..n)
                .map(|i| spec_article(&config, i, &specs[i]))
                .collect();
            let mut archive = archive_of(&config, &rules, &articles);
            let mut history = History::of(&archive, Arc::new(Insight::build(&archive)));
            for step in 0..edits {
                let changed = match rng.below(10) {
                    0 => MAX_CHANGED + rng.below(6) - 2,
                    1..=3 => 2 + rng.below(6),
                    _ => 1,
                };
                for _ in 0..changed {
                    let i = rng.below(n);
                    edit(&mut rng, &mut specs[i], &mut unique);
                    articles[i] = spec_article(&config, i, &specs[i]);
                }
                archive = archive_of(&config, &rules, &articles);
                partial += usize::from(history.related(&archive).is_some());
                steps += 1;
                let updated = Insight::update(&archive, &history);
                let built = Insight::build(&archive);
                let what = format!("{n} articles, step {step}, {changed} changed");
                assert_same(&updated.related, &built.related, &what);
                history = History::of(&archive, Arc::new(updated));
            }
        }
        // Most edits must have gone through the partial path, or the test proves little (only
        // those beyond MAX_CHANGED, or renaming many untouched articles' features, may not).
        assert!(
            partial * 4 >= steps * 3,
            "{partial} of {steps} updated in part"
        );
    }

    #[test]
    fn added_or_removed_articles_compute_everything() {
        let mut site = Site::new(50);
        let before = site.archive();
        let history = History::of(&before, Arc::new(Insight::build(&before)));
        site.articles.pop();
        assert!(history.related(&site.archive()).is_none());
    }
}
