//! Bylines and datelines near the headline: "By NAME and NAME, Associated Press",
//! "Posted on DATE by NAME", "Published DATE", "NAME | DATE", a bare date line. The names in
//! them are read by `bynames`; datelines under the story and in its first paragraph by
//! `datelines`.

use jiff::civil::Date;

use super::bynames::{NOT_NAMES, is_town, read_names};
use super::dates::{find_date, is_date_line};

pub use super::bynames::{is_person_name, outlet, strip_place};
pub use super::datelines::{body_dateline, dateline_date, publication_note, wire_source};

/// What a byline or dateline line says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Byline {
    /// Author names, in order.
    pub authors: Vec<String>,
    /// The date, when the line has a valid, non-future one.
    pub date: Option<Date>,
    /// The outlet named alongside the authors ("Associated Press").
    pub source: Option<String>,
    /// The line gives the time of an update ("Updated …", "Last updated …"), not of publication.
    pub updated: bool,
}

/// Line openings that announce a byline or a dateline, besides the [`NAME_LABELS`].
const OPENERS: &[&str] = &[
    "by ",
    "by:",
    "written by ",
    "story by ",
    "words by ",
    // A label, then the author: "Opinion by Ann Lee", "Text by Ann Lee | Photos by Bo Diaz".
    "text by ",
    "opinion by ",
    "analysis by ",
    "commentary by ",
    "column by ",
    "essay by ",
    "article by ",
    "reporting by ",
    "reported by ",
    "compiled by ",
    // A live page's credit line: "Live coverage by Ann Lee, Bo Diaz and Cy Young".
    "live coverage by",
    "coverage by ",
    "interview by ",
    "reviewed by ",
    "posted by ",
    "posted on ",
    "posted ",
    "published ",
    "published:",
    "updated ",
    "updated:",
    "last updated",
    "last modified",
    "modified:",
    "first published",
    "date:",
    "filed ",
];

/// Whether `line` opens as a byline or dateline does ("By", "Posted on", "Published:").
pub fn has_opener(line: &str) -> bool {
    let head: String = line.chars().take(16).collect::<String>().to_lowercase();
    opens(&head)
}

/// Whether lowercased `lower` starts with an opener or a name label.
fn opens(lower: &str) -> bool {
    OPENERS
        .iter()
        .chain(NAME_LABELS.iter())
        .chain(FOREIGN_BY.iter())
        .any(|o| lower.starts_with(o))
        || after_named_by(lower).is_some()
}

/// Bars and bullets that part a byline's fields: "Ann Lee | May 2", "Goma \u{25cf} Fri, May 8".
const BARS: [char; 4] = ['|', '\u{2022}', '\u{b7}', '\u{25cf}'];

/// Reads `line` as a byline or dateline, or `None` when it is neither.
pub fn parse(line: &str, today: Date) -> Option<Byline> {
    if line.len() > 400 {
        return None;
    }
    let words = crate::text::word_count(line);
    let sentence = words > 14 && line.trim_end().ends_with(['.', '"', '\u{201D}']);
    if words == 0 || words > 30 || sentence {
        return None;
    }
    let lower = line.to_lowercase();
    let opener = opens(&lower);
    let piped = words <= 16
        && (line.contains(BARS) || line.contains(" / "))
        && find_date(line, far_future()).is_some();
    if !opener && !piped && !is_date_line(line) {
        // "Associated Press · 2h", "Ann Lee | 5 hours ago": who wrote it and how long ago.
        return aged_credit(line, words);
    }
    let update = ["updated", "last updated", "last modified", "modified"]
        .iter()
        .any(|o| lower.starts_with(o));
    // "Updated March 5, 2026; Published March 3, 2026": the publication's date, wherever it
    // stands on the line.
    // "Updated May 2 - 4:30pm, first published 11:00am": a time alone is of the update's day.
    let published = update
        .then(|| published_after(line, &lower))
        .flatten()
        .filter(|p| find_date(p, far_future()).is_some());
    let mut out = Byline {
        date: find_date(published.unwrap_or(line), today),
        updated: update && published.is_none(),
        ..Byline::default()
    };
    let names = if let Some(at) = by_position(&lower) {
        &line[at..]
    } else if piped {
        // "April 2, 2023 · Ann Lee · 4 Comments", "Ann Lee & Bo Diaz / EXP / May 2": the part
        // that is names.
        line.split(|c| BARS.contains(&c) || c == '/')
            .map(str::trim)
            // "Ann Lee | New Delhi | DATE": the town she filed from is no name.
            .find(|p| all_names(p) && !is_town(p))
            .unwrap_or("")
    } else {
        ""
    };
    let names = dash_joined(names);
    read_names(cut_names(&names), &mut out);
    // "By Reuters": a byline that names only the outlet.
    let found = !out.authors.is_empty()
        || out.date.is_some()
        || (out.source.is_some() && by_position(&lower) == Some(3))
        || is_date_line(line);
    found.then_some(out)
}

/// Words that give the time of first publication after an update's time on the same line.
const PUBLISHED_WORDS: [&str; 3] = ["published", "posted", "created"];

/// The part of `line` from a [`PUBLISHED_WORDS`] word that follows its opening on: "Updated 5
/// March 2026 | First published 3 March 2026" → "published 3 March 2026".
fn published_after<'l>(line: &'l str, lower: &str) -> Option<&'l str> {
    // Byte offsets in the lowercase copy are the line's when lowercasing kept every length.
    if lower.len() != line.len() {
        return None;
    }
    let at = PUBLISHED_WORDS
        .iter()
        .filter_map(|w| lower.get(1..)?.find(w).map(|i| i + 1))
        .min()?;
    line.get(at..)
}

/// "Associated Press · 2h", "Ann Lee | 3 days ago": an outlet or authors beside the story's
/// age, and nothing else. The age gives no date, but the line is the byline all the same.
fn aged_credit(line: &str, words: usize) -> Option<Byline> {
    if words > 10 || !line.contains(BARS) {
        return None;
    }
    let parts: Vec<&str> = line.split(BARS).map(str::trim).collect();
    if !parts.iter().any(|p| is_age(p)) {
        return None;
    }
    let mut out = Byline::default();
    for part in parts.iter().filter(|p| !is_age(p)) {
        if let Some(source) = outlet(part) {
            out.source.get_or_insert(source);
        } else if all_names(part) {
            read_names(part, &mut out);
        } else {
            return None;
        }
    }
    (out.source.is_some() || !out.authors.is_empty()).then_some(out)
}

/// "2h", "45 min", "3 days ago", "1 hr ago": how long ago a story went up.
fn is_age(part: &str) -> bool {
    let lower = part.to_lowercase();
    let span = lower.strip_suffix(" ago").unwrap_or(&lower).trim();
    let digits = span.trim_end_matches(|c: char| !c.is_ascii_digit());
    let unit = span[digits.len()..].trim().trim_end_matches('s');
    (1..=3).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && matches!(
            unit,
            "m" | "h" | "d" | "w" | "min" | "minute" | "hr" | "hour" | "day" | "week"
        )
}

/// The parts of a list of names: "Ann Lee, Bo Diaz & Cy Young and Di Roe" gives four.
pub(super) fn name_parts(line: &str) -> Vec<&str> {
    line.split([',', '&'])
        .flat_map(|p| p.split(" and "))
        .map(str::trim)
        .collect()
}

/// "Ann Lee", "Ann Lee & Bo Diaz", "Ann Lee and Bo Diaz": one to three people's names, the
/// first of two words or more.
fn all_names(part: &str) -> bool {
    let names = name_parts(part);
    names.len() <= 3 && names[0].contains(' ') && names.iter().all(|n| is_person_name(n))
}

pub(super) fn far_future() -> Date {
    Date::constant(2100, 12, 31)
}

/// Labels that introduce the names right after them: "Text: Ann Lee · Photo: Bo Diaz".
const NAME_LABELS: [&str; 12] = [
    "author:",
    "authors:",
    "reporter:",
    "reporters:",
    "correspondent:",
    "byline:",
    "text:",
    "words:",
    "writer:",
    "writers:",
    "columnist:",
    "reporting:",
];

/// "By" in languages whose papers run English editions: Filipino "Ni", Spanish and Portuguese
/// "Por", French "Par", Malay and Indonesian "Oleh". None opens an English sentence.
const FOREIGN_BY: [&str; 4] = ["ni ", "por ", "par ", "oleh "];

/// "By" in German ("Von") and Italian ("Di"), which also open names ("Von Miller", "Di
/// Roe"): read as "by" only before a name of two words or more.
const NAMED_BY: [&str; 2] = ["von ", "di "];

/// The rest of `lower` after a [`NAMED_BY`] opener followed by a name of two words or more.
fn after_named_by(lower: &str) -> Option<&str> {
    NAMED_BY
        .iter()
        .find_map(|b| lower.strip_prefix(b))
        .filter(|rest| {
            rest.split([',', '|', '\u{b7}'])
                .next()
                .is_some_and(|n| crate::text::word_count(n) >= 2)
        })
}

/// Byte offset just after the "by " that introduces names, if any.
fn by_position(lower: &str) -> Option<usize> {
    if let Some(rest) = lower
        .strip_prefix("by ")
        .or_else(|| lower.strip_prefix("by:"))
        .or_else(|| FOREIGN_BY.iter().find_map(|b| lower.strip_prefix(b)))
        .or_else(|| after_named_by(lower))
    {
        return Some(lower.len() - rest.len());
    }
    for marker in NAME_LABELS {
        if let Some(rest) = lower.strip_prefix(marker) {
            return Some(lower.len() - rest.len());
        }
    }
    lower.find(" by ").map(|i| i + 4)
}

/// "Ann Lee – Bo Diaz": a dash between two names joins co-authors, where a dash before a
/// job or an outlet ("Ann Lee – Special correspondent") ends the names.
fn dash_joined(tail: &str) -> std::borrow::Cow<'_, str> {
    for dash in [" \u{2013} ", " \u{2014} ", " - "] {
        if let Some((head, rest)) = tail.split_once(dash) {
            let next = cut_names(rest);
            let job = next
                .split_whitespace()
                .any(|w| NOT_NAMES.contains(&w.to_lowercase().as_str()));
            if next.contains(' ') && !job && is_person_name(next) && is_person_name(head.trim()) {
                return format!("{}, {rest}", head.trim()).into();
            }
            break;
        }
    }
    tail.into()
}

/// The part of a byline tail that holds names: up to a date, a separator or "on DATE".
fn cut_names(tail: &str) -> &str {
    let mut end = tail.len();
    for sep in [
        "|",
        "\u{2022}",
        "\u{b7}",
        "\u{25cf}",
        " - ",
        " \u{2014} ",
        " \u{2013} ",
        " on ",
        " at ",
        // "By Ann Lee for The Coast Daily": the outlet she wrote it for.
        " for ",
        " Published",
        " Updated",
        " posted",
        " (",
        "\n",
    ] {
        if let Some(i) = tail.find(sep) {
            end = end.min(i);
        }
    }
    tail[..end].trim().trim_end_matches(['.', ','])
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: Date = Date::constant(2024, 1, 1);

    #[test]
    fn wire_byline_with_outlet() {
        let b = parse("By Ann Lee and Bo Díaz, Associated Press", TODAY).unwrap();
        assert_eq!(b.authors, ["Ann Lee", "Bo Díaz"]);
        assert_eq!(b.source.as_deref(), Some("Associated Press"));
    }

    #[test]
    fn blog_and_site_shapes() {
        let b = parse("Posted on March 5, 2019 by Carla Ruiz", TODAY).unwrap();
        assert_eq!(
            (b.authors, b.date),
            (
                vec!["Carla Ruiz".to_string()],
                Some(Date::constant(2019, 3, 5))
            )
        );
        let b = parse("Published 2019-03-05 | Updated 2019-03-06", TODAY).unwrap();
        assert_eq!(b.date, Some(Date::constant(2019, 3, 5)));
        for line in [
            "Updated 2019-03-06 | First published 2019-03-05",
            "Updated: March 6, 2019, 9:15 AM; Published: March 5, 2019, 7:00 AM",
            "Last updated 6 Mar 2019, posted 5 Mar 2019",
        ] {
            let b = parse(line, TODAY).expect(line);
            assert_eq!(
                (b.date, b.updated),
                (Some(Date::constant(2019, 3, 5)), false)
            );
        }
        let b = parse("Dan Ortiz | April 30, 2019", TODAY).unwrap();
        assert_eq!(b.authors, ["Dan Ortiz"]);
        assert!(parse("By the way, the army is split.", TODAY).is_none());
        assert!(
            parse(
                "Published reports say the army is split over the plan.",
                TODAY
            )
            .is_none()
        );
    }

    #[test]
    fn labelled_and_dash_joined_bylines() {
        let cases: [(&str, &[&str]); 22] = [
            ("Text: Ann Lee \u{b7} Photo: Bo Diaz", &["Ann Lee"]),
            ("Writer: Ann Lee & Bo Diaz", &["Ann Lee", "Bo Diaz"]),
            ("Words: Ann Lee", &["Ann Lee"]),
            ("Reporter: Ann Lee", &["Ann Lee"]),
            ("Columnist: Ann Lee-Diaz", &["Ann Lee-Diaz"]),
            ("By Ann Lee, Example Photonics Corp.", &["Ann Lee"]),
            ("Interview by Ann Lee", &["Ann Lee"]),
            ("Reviewed by Ann Lee, Arts Editor", &["Ann Lee"]),
            (
                "Live coverage by Ann Lee, Bo Diaz and Cy Young",
                &["Ann Lee", "Bo Diaz", "Cy Young"],
            ),
            ("Reported by Ann Lee in Goma", &["Ann Lee"]),
            (
                "Posted by Ann Lee  \u{b7}  2 days ago  \u{b7}  Views: 3,412",
                &["Ann Lee"],
            ),
            ("By Ann Lee \u{2013} Bo Diaz", &["Ann Lee", "Bo Diaz"]),
            ("By Ann Lee with Bo Diaz", &["Ann Lee", "Bo Diaz"]),
            ("By Dr. Ann Lee and Prof. Bo Diaz", &["Ann Lee", "Bo Diaz"]),
            ("Von Anna Lehmann", &["Anna Lehmann"]),
            ("Di Anna Rossi", &["Anna Rossi"]),
            (
                "Reporting: Ann Lee, Goma  |  Editing: Bo Diaz",
                &["Ann Lee"],
            ),
            (
                "By Ann Lee \u{2013} Special correspondent in Goma",
                &["Ann Lee"],
            ),
            ("By: Ann Lee - Correspondent / @annlee_exp", &["Ann Lee"]),
            ("Author: Ann Lee, Faculty Communications", &["Ann Lee"]),
            (
                "By health reporter Ann Lee and Bo Diaz",
                &["Ann Lee", "Bo Diaz"],
            ),
            (
                "Ann Lee & Bo P. Diaz / EXP / Updated: Feb 3, 2023, 07:12 IST",
                &["Ann Lee", "Bo P. Diaz"],
            ),
        ];
        for (line, authors) in cases {
            let b = parse(line, TODAY).expect(line);
            assert_eq!(b.authors, authors, "{line}");
        }
    }

    #[test]
    fn an_outlet_or_author_beside_the_story_age() {
        let b = parse("Associated Press \u{b7} 3h", TODAY).unwrap();
        assert_eq!(b.source.as_deref(), Some("Associated Press"));
        let b = parse("Ann Lee | 5 hours ago", TODAY).unwrap();
        assert_eq!(b.authors, ["Ann Lee"]);
        assert!(parse("Storm closes the coast road \u{b7} 3h", TODAY).is_none());
        assert!(parse("Tickets \u{b7} 2 days", TODAY).is_none());
    }

    #[test]
    fn a_name_opening_with_von_or_di_is_no_foreign_by() {
        assert!(parse("Von Miller", TODAY).is_none());
        assert!(parse("Di Roe", TODAY).is_none());
    }

    #[test]
    fn future_dateline_gives_no_date() {
        let b = parse("Posted on December 15, 2030 by Carla Ruiz", TODAY).unwrap();
        assert_eq!(b.date, None);
    }
}
