//! Datelines away from the byline block: a "Published …" line under the story, a bare date
//! line at its foot, the note there that says when it first ran ("This article was first
//! published on …"), and the wire dateline opening its first paragraph ("CARACAS, Venezuela
//! (AP) —").

use jiff::civil::Date;

use super::byline::{far_future, outlet, parse};
use super::cleanup::Unit;
use super::dates::{find_date, is_bare_date};
use super::locale;

/// A dateline line below the headline block ("Posted Mon 3 Mar 2025 07.15 AEDT, updated …",
/// "Published Jan 27, 2026 4:12 PM ET"): `Some` with the publication date it gives, if any
/// (an update's time does not date the article). A sentence or a byline with names is none.
pub fn body_dateline(line: &str, today: Date) -> Option<Option<Date>> {
    if !line.starts_with(['P', 'p', 'U', 'u', 'L', 'l', 'F', 'f']) || line.len() > 160 {
        return None;
    }
    let head: String = line.chars().take(16).collect::<String>().to_lowercase();
    let published = ["published", "posted", "first published"]
        .iter()
        .any(|o| head.starts_with(o));
    let opener = published || head.starts_with("updated") || head.starts_with("last updated");
    if !opener || crate::text::word_count(line) > 20 || line.trim_end().ends_with('.') {
        return None;
    }
    let b = parse(line, far_future())?;
    // "Updated March 5; Published March 3" gives the publication's date after the update's.
    let first_run = published || !b.updated;
    (b.authors.is_empty() && b.date.is_some())
        .then(|| first_run.then(|| parse(line, today)?.date).flatten())
}

/// How many lines after the story's last paragraph a date line at its foot may come.
const FOOT_REACH: usize = 3;

/// "… downstream until the work is done. / 3 March 2026": a date line alone right under the
/// story's last paragraph (a sign-off's name may come between), which dates a page that gave
/// no date above. Returns the line's unit and its date.
pub fn foot_date(units: &[Unit], body_start: usize, today: Date) -> Option<(usize, Date)> {
    let last = (body_start..units.len())
        .rev()
        .find(|&i| units[i].reported())?;
    let signed = |u: &Unit| matches!(u.drop, Some("byline" | "author bio"));
    let at = (last + 1..units.len().min(last + 1 + FOOT_REACH)).find(|&j| !signed(&units[j]))?;
    let line = &units[at].text;
    is_bare_date(line, today)
        .then(|| find_date(line, today))
        .flatten()
        .map(|d| (at, locale::in_page_order(line, d, units, today)))
}

/// Openings of the note under a story that says when it first ran.
const PUBLISHED_NOTES: [&str; 4] = [
    "this article was first published",
    "this article was originally published",
    "this story was first published",
    "this story was originally published",
];

/// "This article was first published on 3 April 2024 and updated on 7 April 2024": the date
/// the note under a story gives for its first publication.
pub fn publication_note(line: &str, today: Date) -> Option<Date> {
    if line.len() > 300 || !line.starts_with(['T', 't']) {
        return None;
    }
    let head: String = line.chars().take(40).collect::<String>().to_lowercase();
    let note = PUBLISHED_NOTES.iter().find(|n| head.starts_with(**n))?;
    // The first date after "published" is the publication's; an update's comes after it.
    find_date(&line[note.len()..], today)
}

/// The outlet in a wire dateline opening a paragraph: "CARACAS, Venezuela (AP) — …" → AP's name.
pub fn wire_source(para: &str) -> Option<String> {
    let head: String = para.chars().take(80).collect();
    let dash = head.find(['\u{2014}', '\u{2013}', '-'])?;
    let open = head[..dash].rfind('(')?;
    let close = head[open..dash].find(')')? + open;
    if !shouted_place(&head) {
        return None;
    }
    outlet(&head[open + 1..close])
}

/// The date in a wire dateline opening a paragraph: "NAKURU, Kenya, Mar 12 2025 (GSW) – …".
pub fn dateline_date(para: &str, today: Date) -> Option<Date> {
    let head: String = para.chars().take(80).collect();
    let dash = head.find(['\u{2014}', '\u{2013}', '-'])?;
    (shouted_place(&head) || dated_place(&head[..dash])).then(|| find_date(&head[..dash], today))?
}

/// "Amman, 5 October 2026 — ": a press release's dateline, a place in title case and the full
/// date with its year before the dash. Without capitals the year must be there: a sentence's
/// opening clause is not a dateline.
fn dated_place(before_dash: &str) -> bool {
    let Some((place, date)) = before_dash.split_once(", ") else {
        return false;
    };
    let year = date
        .split(|c: char| !c.is_ascii_digit())
        .any(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")));
    (1..=3).contains(&crate::text::word_count(place))
        && place
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && (2..=5).contains(&crate::text::word_count(date))
        && year
}

/// Whether a paragraph opens with a place in capitals ("CARACAS,"), as wire datelines do.
fn shouted_place(head: &str) -> bool {
    let first = head.split([',', ' ']).next().unwrap_or("");
    first
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase)
        && first.len() >= 3
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: Date = Date::constant(2024, 1, 1);

    #[test]
    fn a_press_release_dateline_in_title_case() {
        let para = "Lakeside, 5 October 2023 \u{2014} The council today opened a new library.";
        assert_eq!(
            dateline_date(para, TODAY),
            Some(Date::constant(2023, 10, 5))
        );
        let para = "Later, in the spring of 2023 \u{2014} or so they said \u{2014} it rained.";
        assert_eq!(dateline_date(para, TODAY), None);
    }

    #[test]
    fn wire_dateline_source() {
        assert_eq!(
            wire_source("CARACAS, Venezuela (AP) \u{2014} Troops fired."),
            Some("Associated Press".into())
        );
        assert_eq!(wire_source("Caracas (AP) - no"), None);
    }
}
