//! Job words and plain nouns written before a name with a capital ("Registrar Ilse Marrow",
//! "Co-author Ana Pita", "Solicitor Ann Lee", "Gogo Sithole"): taken off once the article
//! shows they are no part of the name. One pass over the mentions, three ways to show it.

use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};

use super::{Mention, Origin};
use crate::config::ActorKind;
use crate::extract::tokens::key_of;
use crate::extract::words;
use crate::text::name_key;

/// Takes the job words and plain nouns off the front of the article's names, keeping them as
/// the role:
///
/// - "Solicitor Ann Lee", "Councilors Bo Diaz": a name of three words or more opening a
///   sentence whose first word is a common word, or is written in lowercase elsewhere in the
///   article;
/// - "Gogo Sithole" beside "Martha Sithole": a word of the article's lowercase text before a
///   surname that another name shares is a form of address;
/// - "Advocate Ayanda Dube": a person's name of three words or more that opens with ordinary
///   words and then two name words or more, when the article shows the name is a person's (a
///   verb of speech after it, or its last word written alone elsewhere: "Dube said").
pub fn strip_job_words(mentions: &mut [Mention], paragraphs: &[String]) {
    let text = OnceCell::new();
    let doc = || text.get_or_init(|| paragraphs.join("\n")).as_str();
    // "Ms Tan" elsewhere shows that "Tan Wei Ling" opens with a name, not a noun.
    let titled = one_word_keys(mentions, |m| m.role.is_some());
    for m in mentions.iter_mut().filter(|m| opens_with_noun(m, &titled)) {
        let key = m.name.split(' ').next().unwrap_or("").to_lowercase();
        if words::is_common(&key) || ordinary(&key) || written_lowercase(doc(), &key) {
            take_role(m, 1);
        }
    }
    let shared = shared_surnames(mentions);
    for m in mentions
        .iter_mut()
        .filter(|m| m.words == 2 && m.role.is_none())
    {
        let Some((first, rest)) = m.name.split_once(' ') else {
            continue;
        };
        let others = shared.get(&name_key(rest));
        if others.is_some_and(|o| o.iter().any(|f| *f != name_key(first)))
            && written_lowercase(doc(), &first.to_lowercase())
        {
            take_role(m, 1);
        }
    }
    let singles = one_word_keys(mentions, |_| true);
    for m in mentions.iter_mut() {
        if let Some(job) = leading_job(m, &singles) {
            take_role(m, job);
        }
    }
}

/// A name of three words or more, no body's or place's, opening a sentence with a word that
/// may be a noun: not one the article writes alone after a title.
fn opens_with_noun(m: &Mention, titled: &HashSet<String>) -> bool {
    let organised = matches!(m.kind, Some(ActorKind::Organization | ActorKind::Place));
    m.opens_sentence
        && m.words >= 3
        && m.role.is_none()
        && !organised
        && m.name.split_once(' ').is_some_and(|(first, rest)| {
            rest.starts_with(char::is_uppercase) && !titled.contains(&name_key(first))
        })
}

/// Keys of the one-word mentions that `pick` accepts.
fn one_word_keys(mentions: &[Mention], pick: impl Fn(&Mention) -> bool) -> HashSet<String> {
    mentions
        .iter()
        .filter(|m| m.words == 1 && pick(m))
        .map(|m| name_key(&m.name))
        .collect()
}

/// How many ordinary words open a person's name of three words or more that two name words
/// or more end, when the article shows the name is a person's: a verb of speech after it, or
/// its last word among the one-word mentions `singles`.
fn leading_job(m: &Mention, singles: &HashSet<String>) -> Option<usize> {
    if !matches!(m.origin, Origin::Run)
        || m.kind != Some(ActorKind::Person)
        || m.role.is_some()
        || m.words < 3
    {
        return None;
    }
    let parts: Vec<&str> = m.name.split(' ').collect();
    let job = parts
        .iter()
        .take_while(|w| ordinary(&w.to_lowercase()))
        .count();
    let rest = &parts[job..];
    let last = rest.last().map(|w| name_key(w)).unwrap_or_default();
    let shown = m.evidence || singles.contains(&last);
    (job > 0 && rest.len() >= 2 && rest.iter().all(|w| name_word(w)) && shown).then_some(job)
}

/// An ordinary English word (lowercase): in the dictionary, or a compound of one after a
/// prefix ("co-defendant", "ex-minister", "vice-chair").
fn ordinary(word: &str) -> bool {
    let compound = word.split_once('-').is_some_and(|(prefix, rest)| {
        matches!(
            prefix,
            "co" | "ex" | "vice" | "non" | "self" | "anti" | "pro" | "sub"
        ) && words::is_dictionary(&key_of(rest))
    });
    words::is_dictionary(&key_of(word)) || compound
}

/// Moves the first `n` words of the mention's name into its role.
fn take_role(m: &mut Mention, n: usize) {
    let Some((at, _)) = m.name.match_indices(' ').nth(n - 1) else {
        return;
    };
    m.role = Some(m.name[..at].to_string());
    m.name = m.name[at + 1..].to_string();
    m.words -= n;
    m.span.0 += n;
}

/// A capitalised word that is no ordinary word, or a particle inside a name.
fn name_word(w: &str) -> bool {
    let key = key_of(w);
    if words::is_particle(&key) && !w.starts_with(char::is_uppercase) {
        return true;
    }
    w.starts_with(char::is_uppercase)
        && !words::is_english(w, &key)
        && !words::is_org_word(&key)
        && !words::is_org_suffix(&key)
        && !words::is_place_suffix(&key)
}

/// Surnames that people's names of two words with different first words end with → those
/// first words ("sithole" → "martha", "gogo").
fn shared_surnames(mentions: &[Mention]) -> HashMap<String, Vec<String>> {
    let mut firsts: HashMap<String, Vec<String>> = HashMap::new();
    let people = mentions
        .iter()
        .filter(|m| m.words == 2 && m.kind == Some(ActorKind::Person));
    for m in people {
        if let Some((first, last)) = m.name.split_once(' ') {
            let list = firsts.entry(name_key(last)).or_default();
            let first = name_key(first);
            if !list.contains(&first) {
                list.push(first);
            }
        }
    }
    firsts.retain(|_, f| f.len() >= 2);
    firsts
}

/// Whether `word` (lowercase) or its singular occurs as a whole word in `doc`: a common noun
/// is written in lowercase somewhere, a name never is.
fn written_lowercase(doc: &str, word: &str) -> bool {
    let stem = word.strip_suffix('s').unwrap_or(word);
    doc.match_indices(stem).any(|(at, _)| {
        let after = &doc[at + stem.len()..];
        let after = after.strip_prefix('s').unwrap_or(after);
        !doc[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphabetic)
            && !after.chars().next().is_some_and(char::is_alphabetic)
    })
}
