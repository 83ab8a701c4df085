//! `dossier suggest actors` and `dossier suggest topics`: what the archive mentions most that no
//! site.toml rule covers yet, printed as TOML blocks ready to paste into site.toml.

use std::collections::{HashMap, HashSet};

use crate::archive::Archive;
use crate::rules::Rules;
use crate::text::name_key;

/// Actors found in the archive (detected in raw texts or named in front matter) that site.toml
/// does not declare, most widespread first, as `[[actors]]` blocks.
pub fn actors(archive: &Archive, rules: &Rules, limit: usize) -> String {
    let mut found: Vec<_> = archive
        .actors
        .iter()
        .filter(|a| rules.actor_for(&a.name).is_none())
        .collect();
    found.sort_by(|a, b| {
        (b.articles.len(), b.mentions)
            .cmp(&(a.articles.len(), a.mentions))
            .then_with(|| a.name.cmp(&b.name))
    });
    let mut out = String::new();
    for a in found.into_iter().take(limit) {
        out.push_str(&format!(
            "# in {} article{}, {} mention{}\n[[actors]]\nname = {}\nkind = {}\n",
            a.articles.len(),
            plural(a.articles.len()),
            a.mentions,
            plural(a.mentions),
            quote(&a.name),
            quote(a.kind.as_str())
        ));
        if !a.aliases.is_empty() {
            let aliases: Vec<String> = a.aliases.iter().map(|s| quote(s)).collect();
            out.push_str(&format!("aliases = [{}]\n", aliases.join(", ")));
        }
        out.push('\n');
    }
    out
}

/// Words and two-word phrases that many articles share, that are not names of actors and that no
/// topic's keywords already match, as `[[topics]]` blocks.
pub fn topics(archive: &Archive, rules: &Rules, limit: usize) -> String {
    let names = actor_words(archive);
    let mut df: HashMap<String, usize> = HashMap::new();
    for e in &archive.entries {
        let words = words(&format!("{}\n{}", e.article.title, e.article.text));
        let mut seen: HashSet<String> = HashSet::new();
        for w in words.windows(2) {
            if candidate(&w[0], &names) && candidate(&w[1], &names) {
                seen.insert(format!("{} {}", w[0], w[1]));
            }
        }
        seen.extend(words.iter().filter(|w| candidate(w, &names)).cloned());
        for term in seen {
            *df.entry(term).or_default() += 1;
        }
    }
    let total = archive.entries.len().max(1);
    let min = if total >= 10 { 3 } else { 2 };
    let mut ranked: Vec<(String, f64, usize)> = df
        .into_iter()
        .filter(|(t, n)| *n >= min && *n * 10 <= total * 9 && !rules.touches_topic(t))
        .map(|(t, n)| {
            let bonus = if t.contains(' ') { 1.6 } else { 1.0 };
            (t, n as f64 * bonus, n)
        })
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let mut out = String::new();
    for (term, _, n) in ranked.into_iter().take(limit) {
        out.push_str(&format!(
            "# in {n} of {total} articles\n[[topics]]\nname = {}\nkeywords = [{}]\n\n",
            quote(&capitalize(&term)),
            quote(&term)
        ));
    }
    out
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// A TOML string literal, quoted and escaped by the toml crate.
fn quote(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// Lowercase words of a text, accents kept (so suggestions read naturally).
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .map(|w| w.trim_matches(|c| c == '\'' || c == '’').to_lowercase())
        .map(
            |w| match w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")) {
                Some(stem) => stem.to_string(),
                None => w,
            },
        )
        .filter(|w| !w.is_empty())
        .collect()
}

/// Every folded word of every actor's name and aliases: those are actors, not topics.
fn actor_words(archive: &Archive) -> HashSet<String> {
    archive
        .actors
        .iter()
        .flat_map(|a| std::iter::once(&a.name).chain(&a.aliases))
        .flat_map(|n| {
            name_key(n)
                .split(' ')
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect()
}

fn candidate(word: &str, names: &HashSet<String>) -> bool {
    word.chars().count() >= 4
        && !word.chars().all(|c| c.is_ascii_digit())
        && !STOPWORDS.contains(&word)
        && !names.contains(&name_key(word))
}

/// Common English words that never make a topic on their own.
#[rustfmt::skip]
const STOPWORDS: &[&str] = &[
    "about", "above", "according", "across", "after", "again", "against", "all", "almost", "also",
    "although", "always", "among", "another", "any", "anyone", "anything", "around", "away", "back",
    "became", "because", "become", "been", "before", "began", "behind", "being", "believe", "below",
    "best", "better", "between", "both", "came", "cannot", "could", "days", "despite", "didn't",
    "does", "doesn't", "doing", "don't", "down", "during", "each", "early", "either", "else",
    "enough", "even", "ever", "every", "first", "following", "from", "further", "gave", "gets",
    "getting", "give", "given", "going", "good", "great", "had", "hasn't", "have", "having", "he's",
    "hence", "here", "herself", "himself", "however", "i'm", "into", "isn't", "it's", "itself",
    "just", "keep", "know", "known", "last", "later", "least", "less", "like", "likely", "little",
    "long", "made", "make", "making", "many", "might", "more", "most", "much", "must", "myself",
    "near", "need", "never", "next", "none", "nothing", "often", "once", "only", "other", "others",
    "otherwise", "ours", "over", "part", "perhaps", "point", "really", "recent", "recently", "said",
    "same", "says", "seem", "seems", "seen", "several", "shall", "she's", "should", "show", "since",
    "some", "something", "still", "such", "take", "taken", "than", "that", "that's", "their",
    "theirs", "them", "themselves", "then", "there", "there's", "these", "they", "they're", "thing",
    "things", "think", "this", "those", "though", "three", "through", "thus", "time", "times",
    "today", "together", "told", "took", "toward", "towards", "under", "until", "upon", "used",
    "very", "want", "wants", "wasn't", "week", "weeks", "well", "went", "were", "we're", "what",
    "whatever", "when", "where", "whether", "which", "while", "whom", "whose", "will", "with",
    "within", "without", "won't", "would", "year", "years", "your", "yours", "yourself", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "june", "july", "august", "september", "october", "november", "december",
    "people", "including", "world", "according", "report", "reported", "reports", "called", "says",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::SiteConfig;
    use crate::content::{LoadOptions, parse_article};
    use std::path::Path;

    fn archive(config: &str, texts: &[&str]) -> (Archive, Rules) {
        let config = SiteConfig::parse(config, Path::new("site.toml")).unwrap();
        let rules = Rules::new(&config).unwrap();
        let opts = LoadOptions::new(
            Path::new("/x"),
            &config,
            jiff::civil::Date::constant(2026, 1, 1),
        );
        let articles = texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let name = format!("a{i}.md");
                parse_article(Path::new(&name), Path::new(&name), t, &opts).unwrap()
            })
            .collect();
        (Archive::build(articles, &config, &rules).unwrap(), rules)
    }

    #[test]
    fn suggests_undeclared_actors_as_pasteable_toml() {
        let (a, rules) = archive(
            "[[actors]]\nname = \"Known Person\"\n",
            &[
                "+++\nactors = [\"Ana \\\"Q\\\" Pérez\", \"Known Person\"]\n+++\nx",
                "+++\nactors = [\"Ana \\\"Q\\\" Pérez\"]\n+++\ny",
            ],
        );
        let out = actors(&a, &rules, 10);
        assert!(out.contains("Ana \"Q\" Pérez"), "{out}");
        assert!(!out.contains("Known Person"));
        let parsed: toml::Table = out.parse().unwrap();
        let listed = parsed["actors"].as_array().unwrap();
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0]["name"].as_str(), Some("Ana \"Q\" Pérez"));
    }

    #[test]
    fn suggests_shared_phrases_not_yet_covered() {
        let texts = [
            "Fuel shortages grew as the blackout spread.",
            "The blackout and fuel shortages hit hospitals.",
            "Another blackout: fuel shortages again.",
            "Unrelated sports story about football.",
        ];
        let (a, rules) = archive(
            "[[topics]]\nname = \"Power\"\nkeywords = [\"blackout*\"]\n",
            &texts,
        );
        let out = topics(&a, &rules, 5);
        assert!(out.contains("keywords = [\"fuel shortages\"]"), "{out}");
        assert!(
            !out.contains("\"blackout\""),
            "already covered by a rule: {out}"
        );
        out.parse::<toml::Table>().unwrap();
    }
}
