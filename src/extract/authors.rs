//! Who wrote an article, where no "By" says so: an author's name alone on a line under the
//! headline ("Ann Lee", "Ann Lee, Bo Diaz and Cy Young", "Ann Lee · Example Press"), and
//! byline-shaped lines in and after the body ("Posted by …", "Reporting by …; Editing by …").
//! Also the authors list itself: names kept once each, as people write them.

use jiff::civil::Date;

use super::byline;
use super::cleanup::{self, Unit};
use super::tokens::phrase_key;
use super::{gazetteer, header, markers, words};
use crate::text::name_key;

/// "Ann Lee, Bo Diaz": co-authors listed with commas, joined with "and" for the name rules.
/// Each part is a two- or three-word name that no gazetteer entry or common word accounts for:
/// "Ann Lee, New York" is a name and a place.
fn co_authors(line: &str) -> Option<String> {
    // "Ann Lee, Bo Diaz and Cy Young", "Ann Lee, Bo Diaz, and Cy Young": the last joined with
    // "and".
    let parts: Vec<&str> = line
        .split(", ")
        .flat_map(|p| p.split(" and "))
        .map(|p| p.trim().trim_start_matches("and "))
        .collect();
    if !line.contains(", ") {
        return None;
    }
    let name = |p: &&str| {
        byline::is_person_name(p)
            && (2..=3).contains(&name_words(p))
            && gazetteer::builtin().lookup(&phrase_key(p)).is_none()
            && !p
                .split_whitespace()
                .any(|w| words::is_dictionary(&w.to_lowercase()))
    };
    ((2..=4).contains(&parts.len()) && parts.iter().all(name)).then(|| parts.join(" and "))
}

/// Openings of a byline line below the headline block: "Posted by", "Writer:" at the foot,
/// a blog's "Published by NAME" over the author's bio, a university's "Text: NAME" under its
/// news story.
const SIGNATURE_OPENERS: [&str; 8] = [
    "by ",
    "posted by ",
    "written by ",
    "story by ",
    "published by",
    "writer:",
    "writers:",
    "text:",
];

/// A byline line inside or after the body ("Posted by Ana Ruiz at 3:45 PM"): removed, and its
/// names taken as authors when the header named none. Its date is not used: only the header's
/// dateline dates the article.
pub(super) fn signature(text: &str, authors: &mut Vec<String>) -> Option<&'static str> {
    // Only the opening words matter: no lowercase copy of whole paragraphs.
    let head: String = text.chars().take(12).collect::<String>().to_lowercase();
    let opener = SIGNATURE_OPENERS.iter().any(|o| head.starts_with(o));
    if !opener || crate::text::word_count(text) > 12 {
        return None;
    }
    let b = byline::parse(text, Date::constant(2100, 12, 31))?;
    if b.authors.is_empty() || b.authors.iter().any(|a| crate::text::word_count(a) < 2) {
        return None;
    }
    if authors.is_empty() {
        for a in &b.authors {
            push_author(authors, a);
        }
    }
    Some("byline")
}

/// "Reporting by Ann Lee and Bo Diaz; Editing by Cy Young" at the foot of a wire story whose
/// header named only the agency, or under its headline: the reporters are its authors, the
/// editors and those who added reporting are not.
pub(super) fn reporting_credit(text: &str, authors: &mut Vec<String>) {
    let text = text.trim_start_matches('(').trim_end_matches(')');
    let Some(names) = text
        .get(..13)
        .filter(|h| h.eq_ignore_ascii_case("reporting by "))
        .map(|_| text.split([';', '.']).next().unwrap_or(text))
    else {
        return;
    };
    let Some(b) = byline::parse(names, Date::constant(2100, 12, 31)) else {
        return;
    };
    if authors.is_empty() && b.authors.iter().all(|a| a.contains(' ')) {
        for a in &b.authors {
            push_author(authors, a);
        }
    }
}

/// "Ann Lee" alone on a line (or "Ann Lee and Bo Diaz", "Ann Lee · Example Press"), followed
/// by the date, by a job line and the date, or (under the headline) by the first long
/// paragraph: an author line without "By". Returns the names and the outlet beside them.
pub(super) fn author_line(
    units: &[Unit],
    i: usize,
    today: Date,
    after_title: bool,
) -> Option<(Vec<String>, Option<String>)> {
    // An author line is short; the first paragraph is not searched for separators.
    if units[i].text.len() > 120 || markers::tail_marker(&units[i].text).is_some() {
        return None;
    }
    let line = without_notes(without_chrome(&units[i].text));
    // "Ann Lee, Wellington reporter", "Ann Lee/Senior Staff Reporter": the job after a comma
    // or a slash.
    let line = match line
        .split_once(", ")
        .or_else(|| line.split_once('/'))
        .or_else(|| line.split_once(" - "))
    {
        Some((name, job)) if header::is_role_line(job.trim()) || special_to(job) => {
            name.trim().to_string().into()
        }
        _ => line,
    };
    let (names, outlet) = match co_authors(&line) {
        Some(names) => (names, None),
        None => header::name_and_outlet(&line)?,
    };
    // "Rhiannon Price Education correspondent": the name, then the job.
    let names = header::strip_role(&names).unwrap_or(names);
    // "From Ann Lee, Abuja": some papers open the byline with "From".
    let names = names.strip_prefix("From ").unwrap_or(&names);
    let names: Vec<String> = names
        .split(" and ")
        .flat_map(|n| n.split(" & "))
        .map(|n| byline::strip_place(n.trim()).to_string())
        .collect();
    // "KEY UPDATES" under a dateline is a heading in capitals: a name in capitals has no word
    // that is only ever a common noun.
    // "Auto-refresh ON": a button's state in capitals is no part of a name.
    let button = |n: &String| {
        n.split_whitespace().any(|w| {
            w.len() <= 3
                && !w.chars().any(char::is_lowercase)
                && words::is_common(&w.to_lowercase())
        })
    };
    let person = |n: &String| {
        byline::is_person_name(n)
            && !button(n)
            && (2..=3).contains(&name_words(n))
            && !(n.chars().all(|c| !c.is_lowercase())
                && n.split_whitespace()
                    .any(|w| words::is_dictionary(&w.to_lowercase())))
    };
    if names.len() > 3 || !names.iter().all(person) {
        return None;
    }
    // "Ann Lee / Health reporter / DATE", "Ann Lee / Bo Diaz / DATE": a job line or the next
    // author's name may come between, and furniture ("2 hours ago", "Social Sharing").
    let mut next = units.get(i + 1)?;
    for j in i + 2..i + 8 {
        let t = next.text.as_str();
        let name = cleanup::word_count(t) <= 3 && byline::is_person_name(t) && t.contains(' ');
        let furniture = cleanup::line_noise(t).is_some_and(|r| r != "sidebar teaser")
            || header::is_social_handle(t);
        // "Water engineer and former adviser to the ministry" under a columnist's name.
        let credentials = after_title && j == i + 2 && header::is_credentials_line(t);
        // "Ann Lee - Reporter / The Lakeside Star / DATE": the paper's name under hers.
        let paper = j <= i + 3 && cleanup::word_count(t) <= 4 && super::titles::is_outlet_name(t);
        if !header::is_role_line(t) && !name && !furniture && !credentials && !paper {
            break;
        }
        next = units.get(j)?;
    }
    // "Published DATE / Ann Lee": the dateline may come first.
    let dated_above = i > 0 && units[i - 1].drop == Some("dateline");
    let dated = byline::parse(&next.text, today).is_some_and(|b| b.authors.is_empty())
        || cleanup::line_noise(&next.text) == Some("sidebar teaser")
        || (after_title && dated_above);
    let first_paragraph = after_title && crate::text::word_count(&next.text) >= 25;
    (dated || first_paragraph).then_some((names, outlet))
}

/// "Special to the Lakeside Clarion", "Special for Example News": a contributor's credit after
/// the name, saying which paper she wrote for.
fn special_to(job: &str) -> bool {
    let job = job.trim();
    ["Special to ", "Special for ", "special to "]
        .iter()
        .any(|s| job.starts_with(s))
        && cleanup::word_count(job) <= 8
}

/// Words of a name without its particles: "Marisol de la Cruz" has two.
fn name_words(name: &str) -> usize {
    name.split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count()
}

/// "Ann Lee, Example Press • 5 min read" → "Ann Lee, Example Press": a reading time or other
/// furniture after a bullet, or a social handle, is not part of an author line.
fn without_chrome(line: &str) -> &str {
    let line = match line.split_once(['\u{2022}', '\u{b7}']) {
        Some((head, tail)) if cleanup::line_noise(tail.trim()).is_some() => head.trim_end(),
        _ => line,
    };
    // "Ann Lee @annlee": the social handle beside the name.
    match line.rsplit_once(" @") {
        Some((head, handle)) if !handle.is_empty() && !handle.contains(' ') => head.trim_end(),
        _ => line,
    }
}

/// "Ann Lee (now) and Bo Diaz (earlier)": a live page's notes on who wrote when, in lowercase
/// in brackets, are not part of the names.
fn without_notes(line: &str) -> std::borrow::Cow<'_, str> {
    if !line.contains(" (") {
        return line.into();
    }
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find(" (") {
        let close = rest[open..].find(')').map(|c| open + c);
        let Some(close) = close else { break };
        let note = &rest[open + 2..close];
        let lowercase = !note.is_empty()
            && crate::text::word_count(note) <= 2
            && note.chars().all(|c| c.is_lowercase() || c == ' ');
        out.push_str(&rest[..if lowercase { open } else { close + 1 }]);
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out.into()
}

pub(super) fn push_author(authors: &mut Vec<String>, name: &str) {
    let key = name_key(name);
    if !key.is_empty() && !authors.iter().any(|a| name_key(a) == key) {
        authors.push(display_name(name.trim()));
    }
}

/// Wire bylines shout ("FABIOLA SÁNCHEZ"); names are shown as people write them.
fn display_name(name: &str) -> String {
    if name.chars().any(char::is_lowercase) {
        return name.to_string();
    }
    let word = |w: &str| {
        let mut chars = w.chars();
        chars
            .next()
            .map(|c| c.to_string() + &chars.as_str().to_lowercase())
            .unwrap_or_default()
    };
    name.split(' ').map(word).collect::<Vec<_>>().join(" ")
}
