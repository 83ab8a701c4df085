//! From mentions to actors: merging the spellings of one actor within an article (accents and
//! case, surname-only mentions, acronyms in parentheses, gazetteer aliases), dropping what cannot
//! be resolved, and counting mentions.
//!
//! Merges are deliberately conservative: a surname joins a full name only when exactly one full
//! name in the article ends with it, so "Padrino López" never swallows "Leopoldo López".
//! Which full name a short one stands for is [`short_names`]' part.

mod short_names;

use std::collections::{HashMap, HashSet};

use self::short_names::{
    given_name_of, initials_match, merge_short_names, surname_index, titled_name_word,
};
use super::DetectedActor;
use super::gazetteer::{Gazetteer, Tier};
use super::names::{Mention, Origin};
use super::words;
use crate::config::ActorKind;
use crate::text::{has_non_ascii, name_key};

/// Everything needed to turn one article's mentions into actors.
pub struct Resolver<'a> {
    /// The built-in gazetteer.
    pub builtin: &'a Gazetteer,
    /// site.toml actors, when any.
    pub configured: Option<&'a Gazetteer>,
    /// Name keys never to report (authors, commenters, site.toml `exclude`).
    pub excluded: &'a HashSet<String>,
    /// Minimum mentions for a detected actor.
    pub min_mentions: usize,
}

#[derive(Debug)]
struct Group {
    kind: Option<ActorKind>,
    spellings: Vec<String>,
    /// A fixed display name (gazetteer and configured actors).
    canonical: Option<String>,
    /// A country, named as the article names it unless it writes only the abbreviation.
    country: bool,
    mentions: usize,
    role: Option<String>,
    first: usize,
    min_hits: usize,
    words: usize,
}

impl Group {
    /// "Britain" is another name for the United Kingdom, not its abbreviation: an article that
    /// never writes the country's full name is reported with the first other name it uses
    /// ("UK" and "U.S." still stand for the full name).
    fn written_country(&self, canonical: &str) -> Option<&str> {
        let abbreviation = |s: &str| !s.chars().any(char::is_lowercase);
        let full = name_key(canonical);
        if !self.country || self.spellings.iter().any(|s| name_key(s) == full) {
            return None;
        }
        self.spellings
            .iter()
            .find(|s| !abbreviation(s))
            .map(String::as_str)
    }

    fn new(m: &Mention, order: usize) -> Group {
        Group {
            kind: m.kind,
            spellings: vec![m.name.clone()],
            canonical: None,
            country: false,
            mentions: 0,
            role: None,
            first: order,
            min_hits: 1,
            words: m.words,
        }
    }

    fn add(&mut self, m: &Mention) {
        self.mentions += 1;
        if !self.spellings.contains(&m.name) {
            self.spellings.push(m.name.clone());
        }
        if self.role.is_none() {
            self.role.clone_from(&m.role);
        }
        if self.kind.is_none() || (m.evidence && self.canonical.is_none() && m.words >= self.words)
        {
            self.kind = m.kind.or(self.kind);
        }
    }

    /// The fullest spelling, preferring accents among spellings of equal length.
    fn display(&self) -> String {
        if let Some(c) = &self.canonical {
            return self.written_country(c).unwrap_or(c).to_string();
        }
        let best = self
            .spellings
            .iter()
            .max_by_key(|s| (crate::text::word_count(s), has_non_ascii(s), s.len()));
        best.cloned().unwrap_or_default()
    }
}

#[derive(Default)]
struct Table {
    groups: Vec<Group>,
    by_key: HashMap<String, usize>,
    by_entry: HashMap<(bool, usize), usize>,
}

impl Table {
    fn group_for_key(&mut self, m: &Mention, order: usize) -> usize {
        let key = name_key(&m.name);
        if let Some(&g) = self.by_key.get(&key) {
            return g;
        }
        self.groups.push(Group::new(m, order));
        self.by_key.insert(key, self.groups.len() - 1);
        self.groups.len() - 1
    }

    fn alias(&mut self, spelling: &str, g: usize) {
        self.by_key.entry(name_key(spelling)).or_insert(g);
    }
}

impl Resolver<'_> {
    /// Merges mentions (in text order) into actors, most mentioned first.
    pub fn resolve(&self, mentions: &[Mention]) -> Vec<DetectedActor> {
        let mut t = Table::default();
        let owned = surnames_of_runs(mentions);
        for (order, m) in mentions.iter().enumerate() {
            match m.origin {
                Origin::Configured(e) => self.add_entry(&mut t, m, order, true, e),
                // "Oxford" after "Linda Oxford": decided with the other one-word names.
                Origin::Known(e, Tier::Strong) if self.owned(m, e, &owned) => {}
                Origin::Known(e, Tier::Strong) => self.add_entry(&mut t, m, order, false, e),
                Origin::Known(_, Tier::Weak) => {}
                Origin::Run if m.words >= 2 && m.kind.is_some() => {
                    let g = t.group_for_key(m, order);
                    t.groups[g].add(m);
                    if let Some(a) = &m.acronym {
                        t.alias(a, g);
                    }
                }
                Origin::Run => {}
            }
        }
        merge_short_names(&mut t);
        self.merge_qualified_orgs(&mut t);
        let surnames = surname_index(&t);
        let mut unresolved: Vec<(usize, &Mention)> = Vec::new();
        for (order, m) in mentions.iter().enumerate() {
            let single = m.words == 1 || matches!(m.origin, Origin::Known(_, Tier::Weak));
            let known = matches!(m.origin, Origin::Configured(_))
                || matches!(m.origin, Origin::Known(e, Tier::Strong) if !self.owned(m, e, &owned));
            if single && !known && !self.add_single(&mut t, &surnames, mentions, order) {
                unresolved.push((order, m));
            }
        }
        add_repeated(&mut t, &unresolved);
        self.finish(t)
    }

    fn add_entry(&self, t: &mut Table, m: &Mention, order: usize, configured: bool, e: usize) {
        let g = match t.by_entry.get(&(configured, e)) {
            Some(&g) => g,
            None => {
                let gaz = if configured {
                    self.configured.unwrap_or(self.builtin)
                } else {
                    self.builtin
                };
                let entry = &gaz.entries[e];
                let mut group = Group::new(m, order);
                group.canonical = Some(entry.name.clone());
                group.country = !configured && entry.country;
                group.min_hits = entry.min_hits;
                group.words = crate::text::word_count(&entry.name);
                t.groups.push(group);
                let g = t.groups.len() - 1;
                t.by_entry.insert((configured, e), g);
                t.alias(&entry.name, g);
                g
            }
        };
        t.groups[g].add(m);
        t.alias(&m.name, g);
        if let Some(a) = &m.acronym {
            t.alias(a, g);
        }
    }

    /// A one-word mention: an acronym or spelling seen before, a surname, a weak place, or a
    /// word whose kind is shown by context; anything else is dropped as unresolved.
    /// Returns false when the mention could not be placed (no evidence of any kind).
    fn add_single(
        &self,
        t: &mut Table,
        surnames: &HashMap<String, Vec<usize>>,
        all: &[Mention],
        order: usize,
    ) -> bool {
        let m = &all[order];
        let key = name_key(&m.name);
        if let Some(&g) = t.by_key.get(&key) {
            t.groups[g].add(m);
            return true;
        }
        // "the National Water Commission, known as Conagua".
        if m.known_as
            && let Some(&g) = order
                .checked_sub(1)
                .and_then(|p| all.get(p))
                .and_then(|p| t.by_key.get(&name_key(&p.name)))
        {
            t.groups[g].add(m);
            t.alias(&m.name, g);
            return true;
        }
        // "Leeds" is the city even where "Leeds Teaching Hospitals" is named.
        // So is "in Leicestershire" where "Leicestershire County Council" is.
        let place = matches!(m.origin, Origin::Known(..))
            || (m.kind == Some(ActorKind::Place) && m.evidence);
        let org = |g: usize| t.groups[g].kind == Some(ActorKind::Organization);
        match surnames.get(&key).map(Vec::as_slice) {
            // "Leeds" stays the city where "Leeds Rhinos" and "Leeds Trust" are named.
            Some(gs) if place && gs.iter().all(|&g| org(g)) => {}
            Some([g]) => {
                t.groups[*g].add(m);
                return true;
            }
            Some(_) => return true, // ambiguous surname: better no actor than the wrong one
            None => {}
        }
        if m.role.is_some()
            && let Some(g) = titled_name_word(t, &key, 0)
        {
            t.groups[g].add(m);
            return true;
        }
        // "Arce" after "Marcelo Arce Villca", "Faizal" after "Mohd Faizal Abdul Rahman": the
        // first of two family names, or a given name after a prefix.
        if matches!(m.origin, Origin::Run)
            && let Some(g) = titled_name_word(t, &key, 1)
        {
            t.groups[g].add(m);
            return true;
        }
        // "Pemba" after "Pemba Dorje Sherpa": a town's name that is the given name of the one
        // person named in full with it, in three words or more ("Dearborn Ledger" may be a
        // paper named after the town).
        let min_words = match m.origin {
            Origin::Run => 2,
            Origin::Known(_, Tier::Weak) => 3,
            _ => usize::MAX,
        };
        if let Some(g) = given_name_of(t, &key, min_words) {
            t.groups[g].add(m);
            return true;
        }
        // "J&J" after "Johnson & Johnson", "NTSB" after "National Transportation Safety Board".
        if let Some(g) = initials_match(t, &m.name) {
            t.groups[g].add(m);
            t.alias(&m.name, g);
            return true;
        }
        if let Origin::Known(e, _) = m.origin {
            self.add_entry(t, m, order, false, e);
            return true;
        }
        if m.kind.is_some() && m.evidence {
            let g = t.group_for_key(m, order);
            t.groups[g].add(m);
            if let Some(a) = &m.acronym {
                t.alias(a, g);
            }
            return true;
        }
        false
    }

    fn finish(&self, t: Table) -> Vec<DetectedActor> {
        let mut out: Vec<(usize, DetectedActor)> = Vec::new();
        for g in t.groups {
            let Some(kind) = g.kind else { continue };
            let name = g.display();
            let banned = g
                .spellings
                .iter()
                .chain(std::iter::once(&name))
                .any(|s| self.excluded.contains(&name_key(s)));
            let configured = g.canonical.is_some() && g.min_hits > 1;
            let min = if configured {
                g.min_hits
            } else {
                self.min_mentions.max(g.min_hits)
            };
            if banned || g.mentions < min {
                continue;
            }
            let aliases = g
                .spellings
                .iter()
                .filter(|s| **s != name)
                .cloned()
                .collect();
            out.push((
                g.first,
                DetectedActor {
                    name,
                    kind,
                    mentions: g.mentions,
                    aliases,
                    role: g.role,
                },
            ));
        }
        out.sort_by(|(fa, a), (fb, b)| b.mentions.cmp(&a.mentions).then(fa.cmp(fb)));
        out.into_iter().map(|(_, a)| a).collect()
    }
}

impl Resolver<'_> {
    /// Merges a known organisation into the one longer name in the article that is it
    /// qualified by a place or nationality ("Senate" into "Philippine Senate", "Red Cross"
    /// into "Kenya Red Cross Society"). A longer name that starts with it is another body
    /// ("Senate Agriculture Committee", "United Nations Children's Fund").
    fn merge_qualified_orgs(&self, t: &mut Table) {
        let orgs: Vec<usize> = (0..t.groups.len())
            .filter(|&g| {
                t.groups[g].kind == Some(ActorKind::Organization) && t.groups[g].mentions > 0
            })
            .collect();
        let known: Vec<usize> = orgs
            .iter()
            .copied()
            .filter(|&g| t.groups[g].canonical.is_some())
            .collect();
        for short in known {
            let key = format!(" {} ", name_key(&t.groups[short].display()));
            let longer: Vec<usize> = orgs
                .iter()
                .copied()
                .filter(|&g| g != short && t.groups[g].canonical.is_none())
                .filter(|&g| {
                    let long = format!(" {} ", name_key(&t.groups[g].display()));
                    long.find(&key)
                        .is_some_and(|at| at > 0 && self.is_qualifier(long[..at].trim()))
                })
                .collect();
            if let [long] = longer[..] {
                move_group(t, short, long);
                t.by_entry
                    .values_mut()
                    .filter(|g| **g == short)
                    .for_each(|g| *g = long);
            }
        }
    }

    /// Words that say where a body is: a known place or a nationality ("Kenya", "Philippine").
    fn is_qualifier(&self, key: &str) -> bool {
        words::is_demonym(key)
            || self
                .builtin
                .lookup(key)
                .is_some_and(|e| self.builtin.entries[e].kind == Some(ActorKind::Place))
    }
}

/// Moves every spelling and mention of group `from` into group `to`.
fn move_group(t: &mut Table, from: usize, to: usize) {
    let moved = std::mem::take(&mut t.groups[from].spellings);
    let count = std::mem::take(&mut t.groups[from].mentions);
    t.groups[from].kind = None;
    t.groups[to].mentions += count;
    for s in moved {
        t.by_key.insert(name_key(&s), to);
        if !t.groups[to].spellings.contains(&s) {
            t.groups[to].spellings.push(s);
        }
    }
    if let Some(c) = t.groups[from].canonical.take() {
        t.by_key.insert(name_key(&c), to);
    }
}

/// Last words of the people's names found as runs ("Linda Oxford" → `oxford`).
fn surnames_of_runs(mentions: &[Mention]) -> HashSet<String> {
    mentions
        .iter()
        .filter(|m| {
            matches!(m.origin, Origin::Run) && m.words >= 2 && m.kind == Some(ActorKind::Person)
        })
        .filter_map(|m| m.name.rsplit(' ').next().map(name_key))
        .collect()
}

impl Resolver<'_> {
    /// A one-word known name (not a country) that is also the surname of a person named in
    /// full in the article.
    fn owned(&self, m: &Mention, entry: usize, owned: &HashSet<String>) -> bool {
        m.words == 1
            && !owned.is_empty()
            && !self.builtin.entries[entry].country
            && owned.contains(&name_key(&m.name))
    }
}

/// One-word names with no other evidence that recur mid-sentence ("… until Maduro is gone",
/// "… alongside Maduro"): a capitalised word written twice where no sentence starts is a name,
/// and in news text most such names are people. A word written before its actor was known
/// ("from Nuuk", then "in Nuuk") joins that actor.
fn add_repeated(t: &mut Table, unresolved: &[(usize, &Mention)]) {
    let mut by_key: HashMap<String, Vec<(usize, &Mention)>> = HashMap::new();
    for &(order, m) in unresolved {
        if let Some(&g) = t.by_key.get(&name_key(&m.name))
            && t.groups[g].kind.is_some()
        {
            t.groups[g].add(m);
            continue;
        }
        by_key
            .entry(name_key(&m.name))
            .or_default()
            .push((order, m));
    }
    // "Stage 4 … Stage 2": an ordinary word written with a capital is a label, not a name;
    // a plural one may name a team or a group ("Renegades").
    let mut repeated: Vec<(usize, Vec<&Mention>)> = by_key
        .into_iter()
        .filter(|(key, _)| key.ends_with('s') || !words::is_dictionary(key))
        .map(|(_, ms)| ms)
        .filter(|ms| ms.len() >= 2 && ms.iter().filter(|(_, m)| !m.sentence_start).count() >= 2)
        .filter(|ms| !ms.iter().any(|(_, m)| m.after_the))
        .map(|ms| (ms[0].0, ms.into_iter().map(|(_, m)| m).collect()))
        .collect();
    repeated.sort_by_key(|(order, _)| *order);
    for (order, ms) in repeated {
        let g = t.group_for_key(ms[0], order);
        // "from Nuuk … in Nuuk": an actor a later mention placed keeps the kind it showed.
        t.groups[g].kind.get_or_insert(ActorKind::Person);
        for m in ms {
            t.groups[g].add(m);
        }
    }
}
