//! Finding name mentions in one paragraph: gazetteer matches first, then runs of capitalised
//! words, with sentence-initial common words, titles and nationality adjectives stripped, and a
//! first guess at each mention's kind from head words, titles and context.
//!
//! Merging mentions into actors (surnames, acronyms, accents) is [`super::actors`]' job.
//!
//! The work is split by step: [`hits`] decides which gazetteer matches stand, [`runs`] where a
//! run of capitals ends, [`classify`] what is left of it once titles and noise are stripped, and
//! [`kind`] what it is.

mod classify;
mod hits;
mod jobs;
mod kind;
mod lone;
mod runs;
mod shared;

use self::classify::{classify, weekday_before_date};
use self::hits::{hit_mention, mark_places, merged_hits, starts_person_name, title_before_hit};
pub use self::jobs::strip_job_words;
use self::runs::run_end;
use self::shared::shared_heads;
use super::cues::{kinds_in_lists, shouted_dateline};
use super::gazetteer::{Gazetteer, Tier};
use super::tokens::{Token, tokenize};
use crate::config::ActorKind;

/// Where a mention came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// A site.toml actor (index into the configured gazetteer).
    Configured(usize),
    /// A built-in gazetteer entry.
    Known(usize, Tier),
    /// A run of capitalised words.
    Run,
}

/// One name as written in the text.
#[derive(Debug, Clone)]
pub struct Mention {
    /// The name without titles ("Nicolás Maduro").
    pub name: String,
    /// Number of words in the name (particles included).
    pub words: usize,
    /// The kind, when anything shows it.
    pub kind: Option<ActorKind>,
    /// Whether the kind rests on evidence (a title, a head word, a verb of speech, a cue)
    /// rather than on the default that two capitalised words are a person.
    pub evidence: bool,
    /// A title written before the name.
    pub role: Option<String>,
    /// An acronym in parentheses right after the name: "(AP)".
    pub acronym: Option<String>,
    /// A one-word name at the start of a sentence, where capitals prove nothing.
    pub sentence_start: bool,
    /// Written after "the" ("the Kremlin", "the Telegraph"): not how people are named.
    pub after_the: bool,
    /// Where it came from.
    pub origin: Origin,
    /// Tokens `span.0..span.1` of the paragraph.
    pub span: (usize, usize),
    /// Written right after "known as" or "dubbed": another name of the mention before it.
    pub known_as: bool,
    /// Its first word opens a sentence, where a capital proves nothing ("Solicitor Ann Lee").
    pub opens_sentence: bool,
}

/// Every mention in `para`, in order.
pub fn find(para: &str, builtin: &Gazetteer, configured: Option<&Gazetteer>) -> Vec<Mention> {
    let mut tokens = tokenize(para);
    let found = builtin.find(&tokens);
    mark_places(&mut tokens, &found, builtin);
    let hits = merged_hits(&tokens, &found, builtin, configured);
    let mut out = Vec::new();
    let mut next_hit = 0;
    let mut i = 0;
    if let Some(m) = shouted_dateline(&tokens, &hits) {
        i = m.span.1;
        out.push(m);
    }
    while i < tokens.len() {
        while next_hit < hits.len() && hits[next_hit].0.start < i {
            next_hit += 1;
        }
        if let Some(&(hit, origin)) = hits.get(next_hit).filter(|(h, _)| h.start == i)
            && !starts_person_name(&tokens, &hit, origin)
        {
            // "Mon 3 Mar": a weekday's short form that a place is also called.
            if weekday_before_date(&tokens, hit.start, hit.end) {
                i = hit.end;
                continue;
            }
            let mut m = hit_mention(&tokens, &hit, origin, builtin, configured);
            i = take_acronym(&tokens, hit.end, &mut m);
            out.push(m);
            continue;
        }
        let t = &tokens[i];
        if !t.cap || t.skip {
            i += 1;
            continue;
        }
        let end = run_end(&tokens, i, &hits[next_hit..]);
        if title_before_hit(&tokens, end, &hits[next_hit..]) {
            i = end;
            continue;
        }
        match classify(&tokens, i, end) {
            Some(mut m) => {
                i = take_acronym(&tokens, end, &mut m);
                out.push(m);
            }
            None => i = end,
        }
    }
    out.retain(|m| !staff_credit(&tokens, m));
    shared_heads(&tokens, &mut out);
    kinds_in_lists(&tokens, &mut out);
    for m in &mut out {
        let before = |n: usize| m.span.0.checked_sub(n).map(|i| tokens[i].key.as_ref());
        m.known_as = matches!((before(2), before(1)), (Some("known"), Some("as")))
            || matches!(before(1), Some("dubbed" | "nicknamed" | "aka"));
    }
    out
}

/// "Edited by Ann Lee", "Picture by Bo Diaz", "Pictures: Bo Diaz": the staff who edited or
/// illustrated the page, named in its credits, are no actors of the story.
fn staff_credit(tokens: &[Token], m: &Mention) -> bool {
    let before = |n: usize| m.span.0.checked_sub(n).map(|i| &tokens[i]);
    let credit = |t: &Token| {
        matches!(
            t.key.as_ref(),
            "edited"
                | "reporting"
                | "photo"
                | "photos"
                | "picture"
                | "pictures"
                | "photographs"
                | "illustration"
                | "illustrations"
                | "graphics"
                | "video"
        )
    };
    let by = before(1).is_some_and(|t| t.key == "by") && before(2).is_some_and(credit);
    let labelled = before(1).is_some_and(|t| credit(t) && t.cap && t.break_after && !t.comma);
    let person = matches!(m.kind, None | Some(ActorKind::Person));
    matches!(m.origin, Origin::Run) && person && (by || labelled)
}

/// Whether the word before position `at` is "the".
pub(super) fn after_the(tokens: &[Token], at: usize) -> bool {
    at > 0 && tokens[at - 1].key == "the"
}

/// If an all-capitals word in parentheses follows at `at`, records it as the mention's acronym
/// and returns the position after it; otherwise returns `at`.
fn take_acronym(tokens: &[Token], at: usize, m: &mut Mention) -> usize {
    match tokens.get(at) {
        // Only a name of several words can be abbreviated: "Venezuela (AP)" is a dateline.
        Some(t)
            if t.parenthesised
                && (t.is_acronym()
                    || initials_of(t.text, &m.name)
                    || syllabic(t, &m.name)
                    || spoken_initials(t.text, &m.name))
                && !t.skip
                && m.words >= 2
                && m.kind != Some(ActorKind::Place) =>
        {
            // People are not known by a word made of their name's syllables; bodies are.
            if syllabic(t, &m.name) && !t.is_acronym() && !m.evidence {
                m.kind = Some(ActorKind::Organization);
                m.evidence = true;
            }
            m.acronym = Some(t.text.to_string());
            at + 1
        }
        _ => at,
    }
}

/// "Pamalakaya" for "Pambansang Lakas ng Kilusang Mamamalakaya", "Conagua" for "Comisión
/// Nacional del Agua": a short name built from syllables of a long name of three words or more
/// starts as it does.
fn syllabic(t: &Token, name: &str) -> bool {
    let first = |s: &str| s.chars().next();
    t.cap
        && crate::text::word_count(name) >= 3
        && t.text.chars().count() >= 5
        && t.text.chars().all(char::is_alphabetic)
        && first(t.text) == first(name)
}

/// "BoM" for "Bureau of Meteorology", "MoD" for "Ministry of Defence": an abbreviation in
/// mixed case whose capitals are the initials of the name's capitalised words.
fn initials_of(abbreviation: &str, name: &str) -> bool {
    let capitals: String = abbreviation.chars().filter(|c| c.is_uppercase()).collect();
    let initials: String = name
        .split_whitespace()
        .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
        .collect();
    capitals.chars().count() >= 2
        && abbreviation.len() <= 6
        && abbreviation.chars().all(char::is_alphabetic)
        && capitals == initials
}

/// "Busa" for "Business Unity South Africa", "Nice" for "National Institute for Health and
/// Care Excellence": an abbreviation said as a word is written with one capital, its letters
/// the initials of the name's capitalised words, in order, a few perhaps left out.
fn spoken_initials(abbreviation: &str, name: &str) -> bool {
    let mut letters = abbreviation.chars();
    let title_case = letters.next().is_some_and(char::is_uppercase)
        && letters.all(|c| c.is_ascii_lowercase())
        && (3..=6).contains(&abbreviation.len());
    let initials: Vec<char> = name
        .split_whitespace()
        .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
        .collect();
    let mut rest = initials.iter();
    title_case
        && initials.first() == abbreviation.chars().next().as_ref()
        && abbreviation
            .chars()
            .all(|c| rest.any(|i| i.to_lowercase().eq(c.to_lowercase())))
}

/// The words of a span as written, with the commas of a list inside a name ("Ministry of
/// Trade, Industry and Energy") and the possessives within it ("Queen's University").
pub(super) fn join(span: &[Token]) -> String {
    let mut out = String::with_capacity(span.len() * 8);
    for (i, t) in span.iter().enumerate() {
        if i > 0 {
            if span[i - 1].comma {
                out.push(',');
            }
            out.push(' ');
        }
        out.push_str(t.text);
        if i + 1 < span.len() {
            out.push_str(t.ending);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::gazetteer::builtin;

    fn found(text: &str) -> Vec<(String, Option<ActorKind>, Option<String>)> {
        find(text, builtin(), None)
            .into_iter()
            .map(|m| (m.name, m.kind, m.role))
            .collect()
    }

    #[test]
    fn titles_become_roles() {
        let f = found("Sen. Marco Rubio met President Nicolás Maduro and Gen. Rafael Montilla.");
        assert_eq!(
            f[0],
            (
                "Marco Rubio".into(),
                Some(ActorKind::Person),
                Some("Sen.".into())
            )
        );
        assert_eq!(f[1].0, "Nicolás Maduro");
        assert_eq!(f[2].2.as_deref(), Some("Gen."));
        let f = found("U.S. Secretary of State Mike Pompeo spoke.");
        assert_eq!(f[0].0, "U.S.");
        assert_eq!(
            f[1],
            (
                "Mike Pompeo".into(),
                Some(ActorKind::Person),
                Some("Secretary of State".into())
            )
        );
    }

    #[test]
    fn sentence_initial_common_words_are_not_names() {
        let f =
            found("Meanwhile, the army waited. Still, Maduro stayed. In March, nothing happened.");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].0, "Maduro");
    }

    #[test]
    fn organisations_by_head_word_and_acronyms() {
        let f = found(
            "Thor Halvorsen of the Human Rights Foundation spoke to the Office of the Press Secretary.",
        );
        assert_eq!(f[0].0, "Thor Halvorsen");
        assert_eq!(f[1].0, "Human Rights Foundation");
        assert_eq!(
            f[2],
            (
                "Office of the Press Secretary".into(),
                Some(ActorKind::Organization),
                None
            )
        );
        let m = find("the Bureau of Weather Studies (BoWS) said", builtin(), None);
        assert_eq!(m[0].acronym.as_deref(), Some("BoWS"));
        let m = find("the Bolivarian National Guard (GNB) fired", builtin(), None);
        // The adjective is part of an organisation's name, as people write it in full.
        assert_eq!(m[0].name, "Bolivarian National Guard");
        assert_eq!(m[0].acronym.as_deref(), Some("GNB"));
    }

    #[test]
    fn place_cue_and_speech_verbs() {
        let f = found("in the northwestern city of Barquisimeto, where Gomez said hello");
        assert_eq!(f[0].1, Some(ActorKind::Place));
        assert_eq!(f[1].1, Some(ActorKind::Person));
    }
}
