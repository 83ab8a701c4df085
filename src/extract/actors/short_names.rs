//! Short names within one article: which one-word mention or shorter name stands for which
//! full name. A person's surname, a given name, a titled name word, the first word of a name
//! written family name first, an organisation's first word or initials; and shorter person
//! names merged into the one longer name that contains them.
//!
//! Each lookup answers only when exactly one actor fits: an ambiguous short name is better
//! left out than given to the wrong actor.

use std::collections::{HashMap, HashSet};

use super::{Group, Table};
use crate::config::ActorKind;
use crate::extract::words;
use crate::text::name_key;

/// Merges person names of two words or more into a longer name ending with the same words
/// ("Padrino López" into "Vladimir Padrino López", "Chávez de Baca" into "Rosa Chávez de
/// Baca"), starting with them (a second family name left out: "Rosa Chávez" into "Rosa
/// Chávez Baca") or sharing its first and last words, when exactly one such name exists.
pub(super) fn merge_short_names(t: &mut Table) {
    let people: Vec<usize> = (0..t.groups.len())
        .filter(|&g| is_person(&t.groups[g]))
        .collect();
    for &short in &people {
        if t.groups[short].words < 2 {
            continue;
        }
        let tail = name_key(&t.groups[short].display());
        let longer: Vec<usize> = people
            .iter()
            .copied()
            .filter(|&g| {
                let long = name_key(&t.groups[g].display());
                g != short
                    && t.groups[g].words > t.groups[short].words
                    && (long.ends_with(&format!(" {tail}"))
                        || long.starts_with(&format!("{tail} "))
                        || middle_left_out(&tail, &long))
            })
            .collect();
        if let [long] = longer[..] {
            let moved = std::mem::take(&mut t.groups[short].spellings);
            let count = std::mem::take(&mut t.groups[short].mentions);
            t.groups[short].kind = None;
            t.groups[long].mentions += count;
            for s in moved {
                t.alias(&s, long);
                t.by_key.insert(name_key(&s), long);
                if !t.groups[long].spellings.contains(&s) {
                    t.groups[long].spellings.push(s);
                }
            }
        }
    }
}

/// "Ana Quispe" for "Ana Lucía Quispe": a two-word name that is a longer one's first and
/// last words, the middle names left out.
fn middle_left_out(short: &str, long: &str) -> bool {
    let (Some((first, last)), Some((long_first, rest))) =
        (short.split_once(' '), long.split_once(' '))
    else {
        return false;
    };
    !last.contains(' ') && first == long_first && rest.ends_with(&format!(" {last}"))
}

/// "Madam Khoo" after "Khoo Swee Lan", "Mr Hafiz" after "Muhammad Hafiz bin Rahmat": a
/// titled one-word mention is the one person of three or more words with that word in their
/// name (written family name first, or called by a given name). From `skip` on: an untitled
/// mention is only matched past the first word.
pub(super) fn titled_name_word(t: &Table, key: &str, skip: usize) -> Option<usize> {
    let mut found = (0..t.groups.len()).filter(|&g| {
        let group = &t.groups[g];
        // Most groups are no person of three words: asked first, before building the name.
        if !is_person(group) || group.spellings.iter().all(|s| s.split(' ').count() < 3) {
            return false;
        }
        let name = group.display();
        let words: Vec<&str> = name.split_whitespace().collect();
        words.len() >= 3
            && words[skip..words.len() - 1]
                .iter()
                .any(|w| w.chars().next().is_some_and(char::is_uppercase) && name_key(w) == key)
    });
    let g = found.next()?;
    found.next().is_none().then_some(g)
}

/// "Malene said" after "Malene Egede-Lund": a one-word mention that is the first word of
/// exactly one person's full name in the article (and no one's surname, which was tried
/// first) is that person, called by the given name as features and interviews do. The name
/// has `min_words` words or more.
pub(super) fn given_name_of(t: &Table, key: &str, min_words: usize) -> Option<usize> {
    if words::is_common(key) || words::is_dictionary(key) || words::is_title(key) {
        return None;
    }
    let mut found = (0..t.groups.len()).filter(|&g| {
        let group = &t.groups[g];
        is_person(group)
            && group.spellings.iter().any(|s| {
                let first = s.split_whitespace().next();
                first.is_some_and(|first| name_key(first) == key)
                    && crate::text::word_count(s) >= min_words
            })
    });
    let g = found.next()?;
    found.next().is_none().then_some(g)
}

/// The organisation whose capitalised words' initials spell `acronym`, when exactly one does.
pub(super) fn initials_match(t: &Table, acronym: &str) -> Option<usize> {
    let letters: String = acronym.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.chars().count() < 2 || letters.chars().any(char::is_lowercase) {
        return None;
    }
    let initials = |name: &str| -> String {
        name.split_whitespace()
            .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
            .collect()
    };
    let mut found = (0..t.groups.len()).filter(|&g| {
        let group = &t.groups[g];
        group.kind == Some(ActorKind::Organization)
            && group.words >= 2
            && initials(&group.display()) == letters
    });
    let g = found.next()?;
    found.next().is_none().then_some(g)
}

/// The one word a multi-word name is shortened to: see [`surname_index`].
fn short_form(name: &str, org: bool) -> Option<String> {
    let first = name.split_whitespace().next()?;
    // "Ferdinand Marcos Jr." is "Marcos" for short.
    let last = name
        .split_whitespace()
        .rev()
        .find(|w| !matches!(w.trim_end_matches('.'), "Jr" | "Sr" | "II" | "III" | "IV"))?;
    let family_first = last
        .split_once('-')
        .is_some_and(|(_, given)| given.chars().next().is_some_and(char::is_lowercase));
    // "ASM Clermont Auvergne" is "Clermont", "SK Hynix" is "Hynix": a club's or company's
    // leading acronym is dropped in short.
    let words: Vec<&str> = name.split_whitespace().collect();
    let acronym = |w: &str| w.len() <= 4 && w.chars().all(|c| c.is_ascii_uppercase());
    if org && words.len() >= 2 && acronym(words[0]) && !acronym(words[1]) {
        return Some(name_key(words[1]));
    }
    if org || family_first {
        let key = name_key(first);
        if !generic(&key) && first.chars().any(char::is_lowercase) {
            return Some(key);
        }
        // "Banorte" for "Grupo Financiero Banorte", "Telefónica" for "Fundación Telefónica":
        // after a body's generic words, its own name comes last.
        let own = name_key(last);
        let proper = !generic(&own)
            && !words::is_dictionary(&own)
            && !words::is_org_suffix(&own)
            && !words::is_place_suffix(&own);
        let all_capitals = words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
        return (org && words.len() >= 2 && all_capitals && proper).then_some(own);
    }
    Some(name_key(last))
}

/// A word many bodies' names start with, which stands for none of them.
fn generic(key: &str) -> bool {
    words::is_org_word(key)
        || words::is_org_suffix(key)
        || words::is_demonym(key)
        || words::is_common(key)
        || words::is_place_prefix(key)
        || words::is_title(key)
}

/// "Schäfer" is written "Schaefer" where umlauts are not at hand: the key of that spelling of
/// a name's last word, when it has an umlaut or "ß".
fn umlaut_surname(name: &str) -> Option<String> {
    let last = name.split_whitespace().next_back()?;
    if !last.contains(['ä', 'ö', 'ü', 'ß']) {
        return None;
    }
    let spelled: String = last
        .chars()
        .map(|c| match c {
            'ä' => "ae".to_string(),
            'ö' => "oe".to_string(),
            'ü' => "ue".to_string(),
            'ß' => "ss".to_string(),
            c => c.to_string(),
        })
        .collect();
    Some(name_key(&spelled))
}

fn is_person(g: &Group) -> bool {
    g.kind == Some(ActorKind::Person) && g.canonical.is_none()
}

/// The word a one-word mention may stand for → the names it may shorten: the last word of
/// every multi-word person name, the first of a name written family name first ("Kim
/// Soo-hyun"), and the first of an organisation's ("Samsung" for "Samsung Electronics").
pub(super) fn surname_index(t: &Table) -> HashMap<String, Vec<usize>> {
    let mut index: HashMap<String, Vec<usize>> = HashMap::new();
    for (g, group) in t.groups.iter().enumerate() {
        let org = group.kind == Some(ActorKind::Organization);
        if !(is_person(group) || org) || group.words < 2 {
            continue;
        }
        let keys: HashSet<String> = group
            .spellings
            .iter()
            .filter(|s| crate::text::word_count(s) >= 2)
            .filter_map(|s| short_form(s, org).map(|k| (k, umlaut_surname(s))))
            .flat_map(|(k, umlaut)| {
                // "al-Burhan" is written "Burhan" too.
                let bare = ["al-", "el-", "al ", "el "]
                    .iter()
                    .find_map(|p| k.strip_prefix(p).filter(|rest| rest.len() > 2))
                    .map(str::to_string);
                std::iter::once(k).chain(bare).chain(umlaut)
            })
            .chain(group.spellings.iter().filter_map(|s| team_nickname(s, org)))
            .collect();
        for k in keys {
            let list = index.entry(k).or_default();
            if !list.contains(&g) {
                list.push(g);
            }
        }
    }
    index
}

/// "Raiders" for "Canberra Raiders", "Sea Eagles" … "Eagles": a team is called by the plural
/// noun its name ends with.
fn team_nickname(name: &str, org: bool) -> Option<String> {
    let last = name.split_whitespace().next_back()?;
    let key = name_key(last);
    let plural = key.ends_with('s') && !key.ends_with("ss") && words::is_english(last, &key);
    (org && plural && !words::is_org_suffix(&key) && crate::text::word_count(name) >= 2)
        .then_some(key)
}
