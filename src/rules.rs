//! The actors and topics declared in site.toml, compiled into one Aho-Corasick matcher over
//! folded text, so that finding every declared name in an article is one pass whatever the
//! number of rules. Matches count only on word boundaries, ignoring case and accents.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, MatchKind};

use crate::config::{ActorKind, SiteConfig};
use crate::error::{Error, Location};
use crate::text::{fold, name_key};

/// A declared actor after `same_as` entries have been merged into their targets.
#[derive(Debug, Clone, PartialEq)]
pub struct ActorDef {
    /// Display name.
    pub name: String,
    /// Kind, if declared.
    pub kind: Option<ActorKind>,
    /// Description, if declared.
    pub description: Option<String>,
    /// Every other spelling that means this actor.
    pub aliases: Vec<String>,
    /// Mentions needed before an article counts as mentioning it.
    pub min_hits: usize,
}

/// A declared topic.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicDef {
    /// Display name.
    pub name: String,
    /// Description, if declared.
    pub description: Option<String>,
    /// Keyword occurrences needed.
    pub min_hits: usize,
}

#[derive(Debug, Clone, Copy)]
enum Target {
    Actor(usize),
    Topic(usize),
}

#[derive(Debug, Clone, Copy)]
struct Pattern {
    target: Target,
    /// A keyword written `word*`: any word starting with it matches.
    prefix: bool,
}

/// Compiled rules.
#[derive(Debug, Clone)]
pub struct Rules {
    /// Declared actors.
    pub actors: Vec<ActorDef>,
    /// Declared topics.
    pub topics: Vec<TopicDef>,
    matcher: Option<AhoCorasick>,
    patterns: Vec<Pattern>,
    actor_keys: HashMap<String, usize>,
    topic_keys: HashMap<String, usize>,
}

/// What one scan of an article finds: `(rule index, hits)` for actors and topics that reached
/// their thresholds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hits {
    /// Actors, with their mention counts.
    pub actors: Vec<(usize, usize)>,
    /// Topics, with their keyword counts.
    pub topics: Vec<(usize, usize)>,
}

impl Rules {
    /// Compiles the rules of a site's configuration.
    pub fn new(config: &SiteConfig) -> Result<Rules, Error> {
        let actors = merge_same_as(config)?;
        let topics = config
            .topics
            .iter()
            .map(|t| TopicDef {
                name: t.name.trim().to_string(),
                description: t.description.clone(),
                min_hits: t.min_hits.unwrap_or(1).max(1),
            })
            .collect();
        let mut rules = Rules {
            actors,
            topics,
            matcher: None,
            patterns: Vec::new(),
            actor_keys: HashMap::new(),
            topic_keys: HashMap::new(),
        };
        let mut texts = Vec::new();
        for (i, a) in rules.actors.iter().enumerate() {
            for name in std::iter::once(&a.name).chain(&a.aliases) {
                rules.actor_keys.entry(name_key(name)).or_insert(i);
                texts.push(normalize_pattern(name));
                rules.patterns.push(Pattern {
                    target: Target::Actor(i),
                    prefix: false,
                });
            }
        }
        for (i, t) in config.topics.iter().enumerate() {
            rules.topic_keys.entry(name_key(&t.name)).or_insert(i);
            let keywords = if t.keywords.is_empty() {
                std::slice::from_ref(&t.name)
            } else {
                &t.keywords[..]
            };
            for k in keywords {
                let prefix = k.trim_end().ends_with('*');
                texts.push(normalize_pattern(k.trim_end().trim_end_matches('*')));
                rules.patterns.push(Pattern {
                    target: Target::Topic(i),
                    prefix,
                });
            }
        }
        let keep: Vec<bool> = texts.iter().map(|t| !t.is_empty()).collect();
        rules.patterns = rules
            .patterns
            .iter()
            .zip(&keep)
            .filter(|(_, k)| **k)
            .map(|(p, _)| *p)
            .collect();
        texts.retain(|t| !t.is_empty());
        if !texts.is_empty() {
            let ac = AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&texts)
                .map_err(|e| Error::Config {
                    at: Location::file(crate::config::CONFIG_FILE),
                    message: format!("actor and topic names: {e}"),
                })?;
            rules.matcher = Some(ac);
        }
        Ok(rules)
    }

    /// The declared actor a name (or alias) refers to.
    pub fn actor_for(&self, name: &str) -> Option<usize> {
        self.actor_keys.get(&name_key(name)).copied()
    }

    /// The declared actor a name key ([`name_key`]) refers to.
    pub fn actor_for_key(&self, key: &str) -> Option<usize> {
        self.actor_keys.get(key).copied()
    }

    /// The declared topic a name key ([`name_key`]) refers to.
    pub fn topic_for_key(&self, key: &str) -> Option<usize> {
        self.topic_keys.get(key).copied()
    }

    /// The declared topic a name refers to.
    pub fn topic_for(&self, name: &str) -> Option<usize> {
        self.topic_keys.get(&name_key(name)).copied()
    }

    /// Whether any topic keyword occurs in `text` at all, whatever the topics' thresholds.
    pub fn touches_topic(&self, text: &str) -> bool {
        let Some(matcher) = &self.matcher else {
            return false;
        };
        let folded = fold_for_matching(text);
        matcher.find_iter(&folded).any(|m| {
            let p = self.patterns[m.pattern().as_usize()];
            matches!(p.target, Target::Topic(_))
                && on_word_boundaries(&folded, m.start(), m.end(), p.prefix)
        })
    }

    /// Finds declared actors and topics in an article's text (title included by the caller).
    pub fn scan(&self, text: &str) -> Hits {
        let Some(matcher) = &self.matcher else {
            return Hits::default();
        };
        let folded = fold_for_matching(text);
        let mut actor_counts = vec![0usize; self.actors.len()];
        let mut topic_counts = vec![0usize; self.topics.len()];
        for m in matcher.find_iter(&folded) {
            let pattern = self.patterns[m.pattern().as_usize()];
            if !on_word_boundaries(&folded, m.start(), m.end(), pattern.prefix) {
                continue;
            }
            match pattern.target {
                Target::Actor(i) => actor_counts[i] += 1,
                Target::Topic(i) => topic_counts[i] += 1,
            }
        }
        let pick = |counts: Vec<usize>, min: &dyn Fn(usize) -> usize| {
            counts
                .into_iter()
                .enumerate()
                .filter(|&(i, n)| n > 0 && n >= min(i))
                .collect::<Vec<_>>()
        };
        Hits {
            actors: pick(actor_counts, &|i| self.actors[i].min_hits),
            topics: pick(topic_counts, &|i| self.topics[i].min_hits),
        }
    }
}

/// Resolves `same_as`: an entry pointing at another actor becomes aliases of that actor.
fn merge_same_as(config: &SiteConfig) -> Result<Vec<ActorDef>, Error> {
    let mut defs: Vec<ActorDef> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let (merged, primary): (Vec<_>, Vec<_>) =
        config.actors.iter().partition(|a| a.same_as.is_some());
    for a in primary {
        let key = name_key(&a.name);
        if let Some(&i) = index.get(&key) {
            defs[i].aliases.extend(a.aliases.iter().cloned());
            continue;
        }
        index.insert(key, defs.len());
        defs.push(ActorDef {
            name: a.name.trim().to_string(),
            kind: a.kind,
            description: a.description.clone(),
            aliases: a.aliases.clone(),
            min_hits: a.min_hits.unwrap_or(1).max(1),
        });
    }
    for a in merged {
        let target = a.same_as.as_deref().unwrap_or_default();
        let Some(&i) = index.get(&name_key(target)) else {
            return Err(Error::Config {
                at: Location::file(crate::config::CONFIG_FILE),
                message: format!(
                    "actor {:?} is `same_as` {:?}, which is not declared",
                    a.name, target
                ),
            });
        };
        defs[i].aliases.push(a.name.clone());
        defs[i].aliases.extend(a.aliases.iter().cloned());
    }
    Ok(defs)
}

fn normalize_pattern(s: &str) -> String {
    let folded = fold_for_matching(s.trim());
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Folds text and turns every whitespace run into single spaces, so names split across lines
/// still match.
pub fn fold_for_matching(s: &str) -> String {
    let folded = fold(s);
    let mut out = String::with_capacity(folded.len());
    let mut space = false;
    for c in folded.chars() {
        if c.is_whitespace() {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.push(c);
            space = false;
        }
    }
    out
}

/// Whether a match stands on word boundaries (a prefix keyword needs only the left one).
pub fn on_word_boundaries(text: &str, start: usize, end: usize, prefix: bool) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    !is_word(before) && (prefix || !is_word(after))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn rules(toml: &str) -> Rules {
        Rules::new(&SiteConfig::parse(toml, Path::new("site.toml")).unwrap()).unwrap()
    }

    #[test]
    fn names_match_ignoring_case_and_accents_on_word_boundaries() {
        let r = rules("[[actors]]\nname = \"Juan Guaidó\"\naliases = [\"Guaido\"]\n");
        assert_eq!(r.scan("JUAN GUAIDO met Guaidó's aide").actors, vec![(0, 2)]);
        assert_eq!(r.scan("Guaidoism is not a name").actors, vec![]);
    }

    #[test]
    fn topic_keywords_with_prefix_and_threshold() {
        let r =
            rules("[[topics]]\nname = \"Defections\"\nkeywords = [\"defect*\"]\nmin_hits = 2\n");
        assert_eq!(r.scan("a defection").topics, vec![]);
        assert_eq!(r.scan("a defection; they defected").topics, vec![(0, 2)]);
        assert_eq!(r.scan("undefected").topics, vec![]);
    }

    #[test]
    fn same_as_merges_into_aliases() {
        let r = rules(
            "[[actors]]\nname = \"AP\"\nsame_as = \"Associated Press\"\n[[actors]]\nname = \"Associated Press\"\n",
        );
        assert_eq!(r.actors.len(), 1);
        assert_eq!(r.actor_for("ap"), Some(0));
        let bad = SiteConfig::parse(
            "[[actors]]\nname = \"X\"\nsame_as = \"Y\"\n",
            Path::new("site.toml"),
        )
        .unwrap();
        assert!(
            Rules::new(&bad)
                .unwrap_err()
                .to_string()
                .contains("not declared")
        );
    }

    #[test]
    fn names_split_across_lines_match() {
        let r = rules("[[actors]]\nname = \"Nicolás Maduro\"\n");
        assert_eq!(r.scan("President Nicolas\nMaduro").actors, vec![(0, 1)]);
    }
}
