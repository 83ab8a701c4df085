//! Lines that are rows of links, not text: a site's menu ("News  World  Sport  Opinion"), a
//! row of links split by bars, a link to a related story ("Read more: …", "→ …"), a blog's
//! links to the posts either side, and the attribution under an embedded tweet. `cleanup`
//! asks these of each line; the related-link openings are given folded by its `norm`.

use super::cleanup::word_count;
use super::dates::find_date;

/// "Corrections | Submit a news tip | Report error": a row of short links, none a sentence.
pub(super) fn is_link_row(line: &str, words: usize) -> bool {
    // "By Ann Lee | ann@example.com | @annlee" is a byline with contacts.
    if words > 24 || !line.contains('|') || super::byline::has_opener(line) {
        return false;
    }
    // Two parts can be a headline and its outlet ("Troops defect | Reuters"); three are a row.
    let parts = line.matches(" | ").count() + 1;
    let about = line
        .split(" | ")
        .any(|p| p.trim_start().starts_with("About "));
    words <= 24
        && (parts >= 3 || (parts == 2 && about))
        && line.split(" | ").all(|part| {
            let part = part.trim();
            (1..=6).contains(&word_count(part))
                && !part.ends_with(['.', '!', '?'])
                && find_date(part, jiff::civil::Date::constant(2100, 12, 31)).is_none()
        })
}

/// Separators a site's menu puts between its items; "|" is `is_link_row`'s.
const MENU_SEPARATORS: [&str; 5] = ["  ", " \u{b7} ", " \u{2022} ", " \u{25b8} ", " \u{203a} "];

/// "News  World  Sport  Opinion", "Opera · Concerts · Books", "#Storm  #Coast": a menu row of
/// four or more short items, each capitalised and none a sentence or a date.
pub(super) fn is_menu_row(line: &str, words: usize) -> bool {
    if words > 24 {
        return false;
    }
    if !MENU_SEPARATORS.iter().any(|s| line.contains(*s)) {
        return false;
    }
    // "Courts  |  Jobs": a bar padded with spaces still separates items.
    let line = line.replace(" | ", "  ");
    let Some(sep) = MENU_SEPARATORS.iter().find(|s| line.contains(**s)) else {
        return false;
    };
    let parts: Vec<&str> = line
        .trim()
        .split(sep)
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    // "e-Paper": one item in four may start in lower case.
    let capitalised = parts.iter().filter(|p| starts_capital(p)).count();
    parts.len() >= 4 && capitalised * 4 >= parts.len() * 3 && parts.iter().all(|p| is_menu_item(p))
}

fn starts_capital(part: &str) -> bool {
    part.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '#')
}

/// One item of a menu row: one to four words, none a sentence or a date.
fn is_menu_item(part: &str) -> bool {
    (1..=4).contains(&word_count(part))
        && !part.ends_with(['.', '!', '?', ':', ','])
        && find_date(part, jiff::civil::Date::constant(2100, 12, 31)).is_none()
}

/// The line under an embedded tweet: "— Ana Ruiz (@anaruiz) April 30, 2019".
pub(super) fn is_tweet_attribution(line: &str, words: usize) -> bool {
    let t = line.trim_start();
    words <= 14
        && t.starts_with(['\u{2014}', '-', '\u{2013}'])
        && t.contains("(@")
        && t.contains(')')
}

/// Openings of related-article links.
#[rustfmt::skip]
const RELATED_OPENERS: &[&str] = &[
 "related:", "related -", "read more:", "read also:", "see also:", "also read:", "also see:",
 "more:", "recommended:", "watch:", "listen:", "read:", "must read:", "don't miss:",
 "read the full story", "click here to read", "read more at", "read the rest", "watch |", "read |",
 "video:", "watch now", "also read", "read also", "see also", "listen |", "gallery:",
 "up next:", "next up:", "also watch:", "watch also:", "document:", "leia tamb\u{e9}m:",
 "lea tambi\u{e9}n:", "lire aussi", "\u{e0} lire aussi",
];

/// "→ Jakarta's new sea wall tender, explained": a newsletter's link to another story, an
/// arrow before it.
/// "← Previous: Notes from the conference", "Next: Why I moved →": a blog's links to the
/// posts either side, their arrows pointing the way.
pub(super) fn is_arrow_link(line: &str) -> bool {
    let t = line.trim();
    t.starts_with([
        '\u{2192}', '\u{27a4}', '\u{2794}', '\u{25ba}', '\u{27a1}', '\u{2190}',
    ]) || t.ends_with(['\u{2192}', '\u{27a1}'])
}

/// "#security #python #opensource": a post's tags, each a hashtag.
pub(super) fn is_hashtag_row(line: &str, words: usize) -> bool {
    (2..=15).contains(&words)
        && line.split_whitespace().all(|w| {
            w.strip_prefix('#')
                .is_some_and(|tag| tag.starts_with(char::is_alphabetic))
        })
}

pub(super) fn is_related(n: &str, words: usize) -> bool {
    let n_colon = n.replace(" :", ":");
    (RELATED_OPENERS.iter().any(|o| n_colon.starts_with(o)) || is_related_label(&n_colon))
        && words <= 30
        || matches!(
            n,
            "read more"
                | "read next"
                | "continue reading"
                | "read full article"
                | "read the full article"
                | "read full story"
        )
}

/// "Related coverage: …", "Related story: …": a label of "Related" and a word or two before
/// the colon.
fn is_related_label(n: &str) -> bool {
    n.starts_with("related ")
        && n.split_once(':')
            .is_some_and(|(label, _)| word_count(label) <= 3)
}

/// A line that can be a link's text: a headline-length line that is not a sentence.
pub fn link_text(line: &str) -> bool {
    (2..=20).contains(&word_count(line)) && !line.trim_end().ends_with(['.', '"', '\u{201D}'])
}

/// A blog's links to the posts either side: "« Previous post: Title   Next post: Title »".
const POST_NAV: [&str; 6] = [
    "previous post",
    "next post",
    "older post",
    "newer post",
    "previous story:",
    "next story:",
];

pub(super) fn is_post_nav(n: &str) -> bool {
    POST_NAV.iter().any(|p| n.starts_with(p))
}
