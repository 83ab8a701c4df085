//! The in-memory archive: every article, sorted newest first, linked to the actors, topics and
//! source it concerns, plus the indexes that the index pages list (actors by kind, topics,
//! sources, years and months). Built once from loaded articles; rendering only reads it.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

use rayon::prelude::*;

use crate::config::{ActorKind, SiteConfig};
use crate::content::Article;
use crate::error::Error;
use crate::hash::Map;
use crate::rules::{Hits, Rules};
use crate::text::{UniqueNames, has_non_ascii, name_key, slugify};

/// An article with its links into the indexes.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The loaded article, shared with whoever keeps articles between builds (watch mode).
    pub article: Arc<Article>,
    /// Actors it mentions: (index into [`Archive::actors`], mentions), most mentioned first.
    pub actors: Vec<(usize, usize)>,
    /// Topics: indexes into [`Archive::topics`].
    pub topics: Vec<usize>,
    /// Index into [`Archive::sources`].
    pub source: Option<usize>,
}

/// A person, organisation or place followed across the archive.
#[derive(Debug, Clone)]
pub struct Actor {
    /// Display name.
    pub name: String,
    /// ASCII slug of the page.
    pub slug: String,
    /// Kind.
    pub kind: ActorKind,
    /// Description from site.toml.
    pub description: Option<String>,
    /// Other spellings seen or declared.
    pub aliases: Vec<String>,
    /// Articles mentioning it, newest first (indexes into [`Archive::entries`]).
    pub articles: Vec<usize>,
    /// Mentions across the archive.
    pub mentions: usize,
}

/// A subject followed across the archive.
#[derive(Debug, Clone)]
pub struct Topic {
    /// Display name.
    pub name: String,
    /// ASCII slug.
    pub slug: String,
    /// Description from site.toml.
    pub description: Option<String>,
    /// Articles, newest first.
    pub articles: Vec<usize>,
}

/// An outlet.
#[derive(Debug, Clone)]
pub struct Source {
    /// Display name.
    pub name: String,
    /// ASCII slug.
    pub slug: String,
    /// Articles, newest first.
    pub articles: Vec<usize>,
}

/// A month of a year.
#[derive(Debug, Clone)]
pub struct Month {
    /// 1–12.
    pub month: i8,
    /// Articles, newest first.
    pub articles: Vec<usize>,
}

/// A year with its months (newest first).
#[derive(Debug, Clone)]
pub struct Year {
    /// The year.
    pub year: i16,
    /// Months with articles, newest first.
    pub months: Vec<Month>,
    /// All articles of the year, newest first.
    pub articles: Vec<usize>,
}

/// The whole archive.
#[derive(Debug, Clone, Default)]
pub struct Archive {
    /// Articles, newest first; undated ones last.
    pub entries: Vec<Entry>,
    /// Actors, sorted by name.
    pub actors: Vec<Actor>,
    /// Topics, sorted by name.
    pub topics: Vec<Topic>,
    /// Sources, sorted by name.
    pub sources: Vec<Source>,
    /// Years, newest first.
    pub years: Vec<Year>,
    /// Articles without a date.
    pub undated: Vec<usize>,
}

/// An article with the actors and topics it names, ready to go into an archive. Scanning and
/// resolving names are the costly part of indexing, so they run in parallel, once per article,
/// and watch mode keeps the result until the article changes.
#[derive(Debug, Clone)]
pub struct Scanned {
    /// The article.
    pub article: Arc<Article>,
    /// What it names, resolved against the site's rules.
    pub names: Arc<Names>,
}

impl Scanned {
    /// Runs the site's rules over an article and resolves every name it gives.
    pub fn new(article: Arc<Article>, rules: &Rules) -> Scanned {
        let hits = rules.scan(&format!("{}\n{}", article.title, article.text));
        let names = Arc::new(Names::resolve(&article, &hits, rules));
        Scanned { article, names }
    }
}

/// One actor an article names: by a rule's keywords, its front matter or detection.
#[derive(Debug, Clone)]
struct ActorName {
    /// [`name_key`] of the name the actor goes by.
    key: String,
    /// The spelling, with its whitespace collapsed.
    spelling: String,
    kind: Option<ActorKind>,
    /// The site.toml actor it is, if any.
    rule: Option<usize>,
    mentions: usize,
}

/// One topic an article belongs to: its key, display name and site.toml rule.
#[derive(Debug, Clone)]
struct TopicName {
    key: String,
    name: String,
    rule: Option<usize>,
}

/// Every actor and topic one article names, each already matched to the site's rules.
#[derive(Debug, Clone, Default)]
pub struct Names {
    actors: Vec<ActorName>,
    topics: Vec<TopicName>,
}

impl Names {
    fn resolve(article: &Article, hits: &Hits, rules: &Rules) -> Names {
        let mut names = Names::default();
        let declared = |i: usize, mentions: usize| {
            let def = &rules.actors[i];
            ActorName::new(&def.name, def.kind, Some(i), mentions)
        };
        for &(i, n) in &hits.actors {
            names.actors.push(declared(i, n));
        }
        for name in &article.actor_names {
            names
                .actors
                .push(match rules.actor_for_key(&name_key(name)) {
                    Some(i) => declared(i, 0),
                    None => ActorName::new(name, None, None, 0),
                });
        }
        for d in &article.detected {
            let rule = std::iter::once(&d.name)
                .chain(&d.aliases)
                .find_map(|n| rules.actor_for_key(&name_key(n)));
            names.actors.push(match rule {
                Some(i) => declared(i, d.mentions),
                None => ActorName::new(&d.name, Some(d.kind), None, d.mentions),
            });
        }
        let topic = |name: &str, rule: Option<usize>| TopicName {
            key: name_key(name),
            name: name.trim().to_string(),
            rule,
        };
        for &(i, _) in &hits.topics {
            names.topics.push(topic(&rules.topics[i].name, Some(i)));
        }
        for name in &article.topic_names {
            names
                .topics
                .push(match rules.topic_for_key(&name_key(name)) {
                    Some(i) => topic(&rules.topics[i].name, Some(i)),
                    None => topic(name, None),
                });
        }
        names
    }
}

impl ActorName {
    fn new(name: &str, kind: Option<ActorKind>, rule: Option<usize>, mentions: usize) -> Self {
        ActorName {
            key: name_key(name),
            spelling: name.split_whitespace().collect::<Vec<_>>().join(" "),
            kind,
            rule,
            mentions,
        }
    }
}

/// The archive-wide actors and topics as articles are added, before sorting and slugs.
#[derive(Default)]
struct Accumulator {
    excluded: HashSet<String>,
    actor_ids: Map<String, usize>,
    actors: Vec<ActorAcc>,
    topic_ids: Map<String, usize>,
    topics: Vec<(String, Option<usize>)>,
}

impl Accumulator {
    /// Adds an article's names; returns its (actor, mentions) pairs, in the order named
    /// (`finish_actors` sorts them once the actors' final ids are known), and its topics, in the
    /// order named.
    fn add(&mut self, names: &Names) -> (Vec<(usize, usize)>, Vec<usize>) {
        let mut mentions: Vec<(usize, usize)> = Vec::with_capacity(names.actors.len());
        for a in &names.actors {
            if a.key.is_empty() || self.excluded.contains(&a.key) {
                continue;
            }
            let id = id_of(&mut self.actor_ids, &a.key, || {
                self.actors.push(ActorAcc::default());
                self.actors.len() - 1
            });
            let acc = &mut self.actors[id];
            acc.rule = acc.rule.or(a.rule);
            match acc.spellings.get_mut(&a.spelling) {
                Some(n) => *n += a.mentions.max(1),
                None => {
                    acc.spellings.insert(a.spelling.clone(), a.mentions.max(1));
                }
            }
            if let Some(k) = a.kind {
                *acc.kinds.entry(k).or_default() += 1;
            }
            match mentions.iter_mut().find(|(x, _)| *x == id) {
                Some((_, n)) => *n += a.mentions,
                None => mentions.push((id, a.mentions)),
            }
        }
        let mut topics: Vec<usize> = Vec::new();
        for t in names.topics.iter().filter(|t| !t.key.is_empty()) {
            let id = id_of(&mut self.topic_ids, &t.key, || {
                self.topics.push((t.name.clone(), t.rule));
                self.topics.len() - 1
            });
            if !topics.contains(&id) {
                topics.push(id);
            }
        }
        (mentions, topics)
    }
}

/// The id of `key`, made by `new` the first time the key is seen.
fn id_of(ids: &mut Map<String, usize>, key: &str, new: impl FnOnce() -> usize) -> usize {
    if let Some(&id) = ids.get(key) {
        return id;
    }
    let id = new();
    ids.insert(key.to_string(), id);
    id
}

/// Accumulates every spelling and kind seen for one actor key.
#[derive(Default)]
struct ActorAcc {
    rule: Option<usize>,
    spellings: Map<String, usize>,
    kinds: Map<ActorKind, usize>,
}

impl Archive {
    /// Builds the archive. Fails when two articles would write the same page.
    pub fn build(
        articles: Vec<Article>,
        config: &SiteConfig,
        rules: &Rules,
    ) -> Result<Archive, Error> {
        let scanned = articles
            .into_par_iter()
            .map(|a| Scanned::new(Arc::new(a), rules))
            .collect();
        Archive::from_scanned(scanned, config, rules)
    }

    /// Builds the archive from articles already scanned with `rules`.
    pub fn from_scanned(
        mut articles: Vec<Scanned>,
        config: &SiteConfig,
        rules: &Rules,
    ) -> Result<Archive, Error> {
        assign_slugs(&mut articles)?;
        sort_newest_first(&mut articles);
        let mut acc = Accumulator {
            excluded: config.detect.exclude.iter().map(|n| name_key(n)).collect(),
            ..Accumulator::default()
        };
        let entries: Vec<Entry> = articles
            .into_iter()
            .map(|Scanned { article, names }| {
                let (actors, topics) = acc.add(&names);
                Entry {
                    article,
                    actors,
                    topics,
                    source: None,
                }
            })
            .collect();
        let mut archive = Archive {
            entries,
            ..Archive::default()
        };
        archive.actors = finish_actors(acc.actors, rules, &mut archive.entries);
        archive.topics = finish_topics(acc.topics, rules, &mut archive.entries);
        archive.sources = index_sources(&mut archive.entries);
        archive.index_dates();
        Ok(archive)
    }

    fn index_dates(&mut self) {
        let mut years: BTreeMap<i16, BTreeMap<i8, Vec<usize>>> = BTreeMap::new();
        for (i, e) in self.entries.iter().enumerate() {
            match e.article.date {
                Some(d) => years
                    .entry(d.day.year())
                    .or_default()
                    .entry(d.day.month())
                    .or_default()
                    .push(i),
                None => self.undated.push(i),
            }
        }
        self.years = years
            .into_iter()
            .rev()
            .map(|(year, months)| {
                let months: Vec<Month> = months
                    .into_iter()
                    .rev()
                    .map(|(month, articles)| Month { month, articles })
                    .collect();
                let articles = months
                    .iter()
                    .flat_map(|m| m.articles.iter().copied())
                    .collect();
                Year {
                    year,
                    months,
                    articles,
                }
            })
            .collect();
    }
}

/// Derived slugs that collide get `-2`, `-3`… in file order; an explicit slug that collides with
/// anything is an error naming both files.
fn assign_slugs(articles: &mut [Scanned]) -> Result<(), Error> {
    articles.sort_by(|a, b| a.article.file.cmp(&b.article.file));
    let mut owner: HashMap<String, usize> = HashMap::new();
    let mut names = UniqueNames::new();
    let mut errors = Vec::new();
    for i in (0..articles.len()).filter(|&i| articles[i].article.slug_explicit) {
        if let Some(&j) = owner.get(&articles[i].article.slug) {
            errors.push(collision(&articles[j].article, &articles[i].article));
        } else {
            owner.insert(articles[i].article.slug.clone(), i);
            names.reserve(&articles[i].article.slug);
        }
    }
    for scanned in articles.iter_mut().filter(|a| !a.article.slug_explicit) {
        let slug = names.claim(&scanned.article.slug);
        if slug != scanned.article.slug {
            // Copies only the rare colliding article: the caller's copy keeps its own slug.
            Arc::make_mut(&mut scanned.article).slug = slug;
        }
    }
    Error::from_list(errors).map_or(Ok(()), Err)
}

fn collision(first: &Article, second: &Article) -> Error {
    Error::Collision {
        url: format!("articles/{}/", second.slug),
        first: first.file.clone(),
        second: second.file.clone(),
    }
}

/// Newest first; undated last; ties broken by file, so the order is stable and editing a
/// headline does not move its article among the day's others (which would renumber the
/// entries and make a watch-mode rebuild compute every article's related articles again).
fn sort_newest_first(articles: &mut [Scanned]) {
    articles.sort_by(|a, b| {
        let (a, b) = (&a.article, &b.article);
        let key = |x: &Article| x.date.map(|d| (d.day, d.instant));
        match (key(a), key(b)) {
            (Some(x), Some(y)) => y.cmp(&x),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        }
        .then_with(|| a.file.cmp(&b.file))
    });
}

/// Picks each actor's name (declared, else most common spelling, accented preferred), kind and
/// slug, sorts them by name and rewrites the entries' actor ids to the sorted order.
fn finish_actors(accs: Vec<ActorAcc>, rules: &Rules, entries: &mut [Entry]) -> Vec<Actor> {
    let actors: Vec<Actor> = accs
        .into_iter()
        .map(|acc| {
            let def = acc.rule.map(|i| &rules.actors[i]);
            let name = def
                .map(|d| d.name.clone())
                .unwrap_or_else(|| best_spelling(&acc.spellings));
            let key = name_key(&name);
            let mut aliases: Vec<String> = acc
                .spellings
                .keys()
                .filter(|s| **s != name && name_key(s) != key)
                .cloned()
                .collect();
            if let Some(d) = def {
                aliases.extend(d.aliases.iter().cloned());
            }
            aliases.sort();
            aliases.dedup();
            let kind = def
                .and_then(|d| d.kind)
                .or_else(|| majority(&acc.kinds))
                .unwrap_or(ActorKind::Person);
            Actor {
                slug: slugify(&name),
                name,
                kind,
                description: def.and_then(|d| d.description.clone()),
                aliases,
                articles: Vec::new(),
                mentions: 0,
            }
        })
        .collect();
    let order = sorted_order(&actors, |a| (name_key(&a.name), a.name.clone()));
    let remap = inverse(&order);
    let mut actors: Vec<Actor> = order.iter().map(|&i| actors[i].clone()).collect();
    dedupe_slugs(actors.iter_mut().map(|a| &mut a.slug));
    for (ei, e) in entries.iter_mut().enumerate() {
        for (id, n) in e.actors.iter_mut() {
            *id = remap[*id];
            actors[*id].articles.push(ei);
            actors[*id].mentions += *n;
        }
        // Ties in mentions go to name order, not to the order the archive first saw the actors
        // in: that order depends on other articles, and an edit to one would reorder (and change
        // the capped actors of) untouched articles, which watch mode must then compute again.
        e.actors.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    }
    actors
}

fn finish_topics(
    acc: Vec<(String, Option<usize>)>,
    rules: &Rules,
    entries: &mut [Entry],
) -> Vec<Topic> {
    let topics: Vec<Topic> = acc
        .into_iter()
        .map(|(name, rule)| Topic {
            slug: slugify(&name),
            description: rule.and_then(|i| rules.topics[i].description.clone()),
            name,
            articles: Vec::new(),
        })
        .collect();
    let order = sorted_order(&topics, |t| (name_key(&t.name), t.name.clone()));
    let remap = inverse(&order);
    let mut topics: Vec<Topic> = order.iter().map(|&i| topics[i].clone()).collect();
    dedupe_slugs(topics.iter_mut().map(|t| &mut t.slug));
    for (ei, e) in entries.iter_mut().enumerate() {
        for id in e.topics.iter_mut() {
            *id = remap[*id];
            topics[*id].articles.push(ei);
        }
        e.topics
            .sort_by(|a, b| topics[*a].name.cmp(&topics[*b].name));
    }
    topics
}

fn index_sources(entries: &mut [Entry]) -> Vec<Source> {
    // Few outlets write many articles: each distinct name is folded once.
    let mut key_of: Map<&str, String> = Map::default();
    let mut by_key: BTreeMap<String, Source> = BTreeMap::new();
    let mut keys: Vec<Option<String>> = Vec::with_capacity(entries.len());
    for (i, e) in entries.iter().enumerate() {
        let Some(name) = e.article.source.as_deref() else {
            keys.push(None);
            continue;
        };
        let key = match key_of.get(name) {
            Some(k) => k.clone(),
            None => key_of.entry(name).or_insert(name_key(name)).clone(),
        };
        if key.is_empty() {
            keys.push(None);
            continue;
        }
        let s = by_key.entry(key.clone()).or_insert_with(|| Source {
            name: name.trim().to_string(),
            slug: slugify(name),
            articles: Vec::new(),
        });
        s.articles.push(i);
        keys.push(Some(key));
    }
    let ids: HashMap<String, usize> = by_key
        .keys()
        .enumerate()
        .map(|(i, k)| (k.clone(), i))
        .collect();
    let mut sources: Vec<Source> = by_key.into_values().collect();
    dedupe_slugs(sources.iter_mut().map(|s| &mut s.slug));
    for (e, key) in entries.iter_mut().zip(keys) {
        e.source = key.and_then(|k| ids.get(&k).copied());
    }
    sources
}

/// The most frequent spelling; ties go to accented spellings, then to ones not in capitals, then
/// alphabetical order.
fn best_spelling(spellings: &Map<String, usize>) -> String {
    let mut all: Vec<(&String, &usize)> = spellings.iter().collect();
    let calm = |s: &str| s.chars().any(char::is_lowercase);
    all.sort_by(|a, b| {
        b.1.cmp(a.1)
            .then(has_non_ascii(b.0).cmp(&has_non_ascii(a.0)))
            .then(calm(b.0).cmp(&calm(a.0)))
            .then(a.0.cmp(b.0))
    });
    all.first().map(|(s, _)| (*s).clone()).unwrap_or_default()
}

fn majority(kinds: &Map<ActorKind, usize>) -> Option<ActorKind> {
    kinds
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
        .map(|(k, _)| *k)
}

fn sorted_order<T, K: Ord>(items: &[T], key: impl Fn(&T) -> K) -> Vec<usize> {
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by_key(|&i| key(&items[i]));
    order
}

fn inverse(order: &[usize]) -> Vec<usize> {
    let mut inv = vec![0; order.len()];
    for (new, &old) in order.iter().enumerate() {
        inv[old] = new;
    }
    inv
}

/// Makes slugs unique in order: a later duplicate gets `-2`, `-3`…
fn dedupe_slugs<'a>(slugs: impl Iterator<Item = &'a mut String>) {
    let mut names = UniqueNames::new();
    for slug in slugs {
        *slug = names.claim(slug);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{LoadOptions, parse_article};
    use std::path::Path;

    fn article(name: &str, text: &str) -> Article {
        let opts = LoadOptions::new(
            Path::new("/x"),
            &SiteConfig::default(),
            jiff::civil::Date::constant(2026, 1, 1),
        );
        parse_article(Path::new(name), Path::new(name), text, &opts).unwrap()
    }

    fn build(config: &str, articles: Vec<Article>) -> Result<Archive, Error> {
        let config = SiteConfig::parse(config, Path::new("site.toml")).unwrap();
        Archive::build(articles, &config, &Rules::new(&config).unwrap())
    }

    #[test]
    fn names_merge_and_prefer_accented_spelling() {
        let a = build(
            "",
            vec![
                article("a.md", "+++\nactors = [\"Juan Guaido\"]\n+++\nx"),
                article("b.md", "+++\nactors = [\"Juan Guaidó\"]\n+++\nx"),
                article("c.md", "+++\nactors = [\"JUAN  GUAIDÓ\"]\n+++\nx"),
            ],
        )
        .unwrap();
        assert_eq!(a.actors.len(), 1);
        assert_eq!(a.actors[0].name, "Juan Guaidó");
        assert_eq!(a.actors[0].slug, "juan-guaido");
        assert_eq!(a.actors[0].articles.len(), 3);
    }

    #[test]
    fn an_articles_tied_actors_keep_their_order_when_another_article_moves() {
        // Front-matter actors have no mentions: every one ties. "x.md" names them in the
        // opposite order; moving it before or after "y.md" must not reorder y's actors.
        let names_of_y = |x_date: &str| {
            let x = format!("+++\ndate = {x_date}\nactors = [\"Zed Zorn\", \"Amy Alba\"]\n+++\nx");
            let y = "+++\ndate = 2024-06-01\nactors = [\"Amy Alba\", \"Zed Zorn\"]\n+++\ny";
            let a = build("", vec![article("x.md", &x), article("y.md", y)]).unwrap();
            let e = a
                .entries
                .iter()
                .find(|e| e.article.text.contains('y'))
                .unwrap();
            let names: Vec<String> = e
                .actors
                .iter()
                .map(|&(id, _)| a.actors[id].name.clone())
                .collect();
            names
        };
        assert_eq!(names_of_y("2024-07-01"), names_of_y("2024-05-01"));
        assert_eq!(names_of_y("2024-07-01"), ["Amy Alba", "Zed Zorn"]);
    }

    #[test]
    fn declared_actor_found_in_text_under_alias() {
        let a = build(
            "[[actors]]\nname = \"Nicolás Maduro\"\nkind = \"person\"\naliases = [\"Maduro\"]\n",
            vec![
                article("a.md", "Mr Maduro spoke."),
                article("b.md", "Nobody here."),
            ],
        )
        .unwrap();
        assert_eq!(a.actors[0].name, "Nicolás Maduro");
        assert_eq!(a.actors[0].articles.len(), 1);
    }

    #[test]
    fn a_new_headline_does_not_move_an_article_among_the_days_others() {
        let day = |file: &str, title: &str| {
            article(
                file,
                &format!("+++\ntitle = \"{title}\"\ndate = 2024-05-02\n+++\nx"),
            )
        };
        let order = |titles: [&str; 3]| {
            let a = build(
                "",
                vec![
                    day("c.md", titles[2]),
                    day("a.md", titles[0]),
                    day("b.md", titles[1]),
                ],
            )
            .unwrap();
            a.entries
                .iter()
                .map(|e| e.article.file.display().to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(order(["Zinc", "Mango", "Apple"]), ["a.md", "b.md", "c.md"]);
        assert_eq!(order(["Apple", "Zinc", "Mango"]), ["a.md", "b.md", "c.md"]);
    }

    #[test]
    fn newest_first_with_undated_last_and_date_index() {
        let a = build(
            "",
            vec![
                article("a.md", "+++\ntitle = \"A\"\ndate = 2019-01-02\n+++\n"),
                article("b.md", "+++\ntitle = \"B\"\n+++\n"),
                article("c.md", "+++\ntitle = \"C\"\ndate = 2019-03-01\n+++\n"),
            ],
        )
        .unwrap();
        let titles: Vec<&str> = a.entries.iter().map(|e| e.article.title.as_str()).collect();
        assert_eq!(titles, ["C", "A", "B"]);
        assert_eq!(
            a.years[0]
                .months
                .iter()
                .map(|m| m.month)
                .collect::<Vec<_>>(),
            [3, 1]
        );
        assert_eq!(a.undated, vec![2]);
    }

    #[test]
    fn derived_slugs_are_disambiguated_explicit_ones_collide() {
        let a = build(
            "",
            vec![
                article("a.md", "+++\ntitle = \"Same\"\n+++\n"),
                article("b.md", "+++\ntitle = \"Same\"\n+++\n"),
            ],
        )
        .unwrap();
        let mut slugs: Vec<&str> = a.entries.iter().map(|e| e.article.slug.as_str()).collect();
        slugs.sort();
        assert_eq!(slugs, ["same", "same-2"]);
        let e = build(
            "",
            vec![
                article("a.md", "+++\nslug = \"s\"\n+++\n"),
                article("b.md", "+++\nslug = \"s\"\n+++\n"),
            ],
        )
        .unwrap_err();
        assert_eq!(
            e.to_string(),
            "a.md and b.md both want the page articles/s/"
        );
    }
}
