//! The names in a byline: splitting "Ann Lee and Bo Diaz, Associated Press" into people and
//! an outlet, and taking off what is no part of a name (a job before it, a title such as
//! "Dr.", the town the reporter filed from).

use super::byline::Byline;
use super::gazetteer;
use super::tokens::phrase_key;

/// Words that make a byline part an outlet or a job, not a person.
pub(super) const NOT_NAMES: &[&str] = &[
    "press",
    "reuters",
    "news",
    "staff",
    "correspondent",
    "writer",
    "editor",
    "reporter",
    "contributor",
    "contributing",
    "columnist",
    "associated",
    "agency",
    "wire",
    "wires",
    "desk",
    "team",
    // "Ann Lee, University Communications": the office that put the release out.
    "communications",
    "office",
    "bureau",
    "the",
    "senior",
    "special",
    "opinion",
    "guest",
    "media",
    "times",
    "post",
    // Nouns papers are named with: "Central Valley Bulletin / 08:15 PM June 2, 2025".
    "bulletin",
    "gazette",
    "herald",
    "tribune",
    "chronicle",
    "journal",
    // Box and player labels that a byline block's neighbours are made of.
    "video",
    "feedback",
    "figures",
    "highlights",
    "facts",
    "comments",
    // Company suffixes: "Example Photonics Corp." issued the release; it did not write it.
    "corp",
    "inc",
    "ltd",
    "llc",
    "plc",
    // A paywall's label in title case: "For Subscribers", "Members Only", "Premium".
    "for",
    "with",
    "from",
    "of",
    "our",
    "your",
    "subscribers",
    "subscriber",
    "members",
    "premium",
    "exclusive",
    // A desk's name run on after the writer's: "Local Democracy Reporting Service".
    "reporting",
    "service",
];

/// Splits "Ann Lee and Bo Diaz, Associated Press" into authors and an outlet.
pub(super) fn read_names(names: &str, out: &mut Byline) {
    for part in names
        .split([',', ';', '&', '/'])
        // "Por Ana Ruiz y Bo Diaz", "Par Ana Ruiz et Bo Diaz", "Von Ana Ruiz und Bo Diaz".
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| {
            CONJUNCTIONS
                .iter()
                .fold(vec![p], |parts, c| split_all(parts, c))
        })
        // "By Ann Lee with Bo Diaz": a second writer who helped.
        .flat_map(|p| p.split(" with "))
    {
        let part = strip_honorific(strip_job(strip_place(part.trim())));
        let part = without_office(part);
        if part.is_empty() {
            continue;
        }
        if let Some(source) = outlet(part) {
            out.source.get_or_insert(source);
            continue;
        }
        // "Ann Lee, Tbilisi", "Ann Lee, Port Moresby": a word after a full name, or a town,
        // is where she filed from.
        let place = !out.authors.is_empty() && (!part.contains(' ') || is_town(part));
        if is_person_name(part) && !place {
            out.authors.push(part.to_string());
        }
    }
}

/// "Ann Lee Local Democracy Reporting Service" → "Ann Lee": a name run on into the office or
/// desk it writes for, in capitals, with no comma between.
fn without_office(part: &str) -> &str {
    let words: Vec<&str> = part.split_whitespace().collect();
    if words.len() < 4 || is_person_name(part) {
        return part;
    }
    (2..=3)
        .filter(|&n| words.len() >= n + 2)
        .find_map(|n| {
            let (name, office) = words.split_at(n);
            let capitals = office.iter().all(|w| w.starts_with(char::is_uppercase));
            let desk = office
                .iter()
                .any(|w| NOT_NAMES.contains(&w.to_lowercase().as_str()));
            let last = name[n - 1];
            let name_end = last.as_ptr() as usize - part.as_ptr() as usize + last.len();
            (capitals && desk && is_person_name(&part[..name_end])).then(|| &part[..name_end])
        })
        .unwrap_or(part)
}

/// "And" in the languages whose "by" [`FOREIGN_BY`] and [`NAMED_BY`] read.
const CONJUNCTIONS: [&str; 4] = [" y ", " e ", " et ", " und "];

fn split_all<'a>(parts: Vec<&'a str>, sep: &str) -> Vec<&'a str> {
    parts.into_iter().flat_map(|p| p.split(sep)).collect()
}

/// Titles a byline may put before a writer's name, which are no part of it.
const HONORIFICS: [&str; 6] = ["Dr. ", "Dr ", "Prof. ", "Prof ", "Professor ", "Rev. "];

/// "Dr. Ann Lee" → "Ann Lee".
fn strip_honorific(part: &str) -> &str {
    HONORIFICS
        .iter()
        .find_map(|h| part.strip_prefix(h))
        .filter(|rest| rest.contains(' '))
        .unwrap_or(part)
}

/// "state political reporter Ann Lee" → "Ann Lee": a job written in lowercase before the
/// name is not part of it.
fn strip_job(part: &str) -> &str {
    let Some(at) = part.rfind(|c: char| c.is_whitespace()) else {
        return part;
    };
    // The job is the lowercase words before the first capitalised one.
    let start = part
        .split_whitespace()
        .take_while(|w| w.starts_with(char::is_lowercase))
        .map(|w| w.len() + 1)
        .sum::<usize>();
    let job = &part[..start.min(part.len())];
    let is_job = job
        .split_whitespace()
        .any(|w| NOT_NAMES.contains(&w) && w != "the");
    if start == 0 || start > at || !is_job {
        return part;
    }
    part[start..].trim_start()
}

/// "Amani Bisimwa in Goma" → "Amani Bisimwa", "Ann Lee at Riverside Park" → "Ann Lee": where
/// the reporter filed from is not part of the name.
pub fn strip_place(part: &str) -> &str {
    // "ANN LEE at Riverside Park": a sports reporter's byline names the ground.
    match part.split_once(" in ").or_else(|| part.split_once(" at ")) {
        Some((name, place))
            if (1..=3).contains(&crate::text::word_count(place))
                && place
                    .split_whitespace()
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase)) =>
        {
            name.trim()
        }
        _ => part,
    }
}

/// Whether a byline part is exactly a place the gazetteer knows ("Port Moresby").
pub(super) fn is_town(part: &str) -> bool {
    let g = gazetteer::builtin();
    g.lookup(&phrase_key(part))
        .is_some_and(|id| g.entries[id].kind == Some(crate::config::ActorKind::Place))
}

/// The gazetteer organisation a byline part names exactly ("Associated Press", "AP").
pub fn outlet(part: &str) -> Option<String> {
    let g = gazetteer::builtin();
    let id = g
        .lookup(&phrase_key(part))
        .or_else(|| g.lookup(&phrase_key(part.trim_start_matches("The "))))?;
    let entry = &g.entries[id];
    (entry.kind == Some(crate::config::ActorKind::Organization)).then(|| entry.name.clone())
}

/// One to four capitalised words (name particles allowed), none of them a job or outlet word.
pub fn is_person_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty() || words.len() > 4 {
        return false;
    }
    let caps = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    let particles = words
        .iter()
        .filter(|w| {
            matches!(
                **w,
                "de" | "del"
                    | "la"
                    | "van"
                    | "von"
                    | "da"
                    | "dos"
                    | "bin"
                    | "al"
                    | "den"
                    | "der"
                    | "du"
                    | "di"
                    | "le"
                    | "ter"
                    | "ten"
                    | "binti"
                    | "ibn"
            )
        })
        .count();
    // "Audio By Example Labs", "Powered By …": a credit, whose "By" no name has.
    caps >= 1
        && caps + particles == words.len()
        && !words.iter().any(|w| w.eq_ignore_ascii_case("by"))
        && !words
            .iter()
            .any(|w| crate::extract::words::is_calendar(&w.to_lowercase()))
        && !words.iter().any(|w| {
            NOT_NAMES.contains(&w.to_lowercase().trim_matches(|c: char| !c.is_alphabetic()))
        })
        && s.chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '-' | '\'' | '\u{2019}'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_credit_with_by_is_no_name() {
        assert!(is_person_name("Ann Lee"));
        assert!(!is_person_name("Audio By Example"));
    }
}
