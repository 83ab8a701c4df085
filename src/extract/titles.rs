//! The browser's page title at the top of a scraped page: "Headline | Outlet", "Headline -
//! Outlet", "Headline – outlet.com". The outlet after the separator is no part of the headline,
//! whether or not the tool knows it; and when the page's own headline stands right under the
//! browser's title (worded for the page, not for search engines), that line is the headline.

use jiff::civil::Date;

use super::cleanup::{self, Unit, word_count};
use super::{byline, dates};

/// Separators between a page's headline and the outlet in the browser's title.
const SEPARATORS: [&str; 4] = [" | ", " - ", " \u{2013} ", " \u{2014} "];

/// Nouns that papers, broadcasters and sites are named with: "The Riverbend Clarion", "Lakeside
/// News", "Coast FM". A title-case tail after a dash with one of them is an outlet's name, where
/// a headline's own clause after a dash ("Storm hits coast – What We Know") has none.
#[rustfmt::skip]
const OUTLET_NOUNS: &[&str] = &[
    "news", "times", "post", "daily", "herald", "tribune", "gazette", "star", "sun", "mail",
    "journal", "chronicle", "observer", "guardian", "express", "standard", "mirror", "telegraph",
    "record", "courier", "press", "weekly", "online", "today", "tv", "radio", "fm", "network",
    "magazine", "monitor", "nation", "inquirer", "bulletin", "echo", "argus", "advertiser",
    "examiner", "sentinel", "clarion", "dispatch", "leader", "register", "independent", "insider",
    "wire", "media", "voice", "reporter", "citizen", "globe", "gleaner", "recorder",
    "enquirer", "statesman", "punch", "vanguard", "tribune", "patriot", "pioneer", "digest",
    "hub", "blog", "group", "agency", "broadcasting", "channel",
];

/// "Headline | Riverbend Clarion" → ("Headline", "Riverbend Clarion"): the headline and the
/// outlet after the last separator. After a bar any short name in capitals is the outlet; after
/// a dash, which also parts a headline's clauses, the name must be a site's address or hold a
/// word outlets are named with.
pub fn outlet_tail(title: &str) -> Option<(&str, &str)> {
    SEPARATORS.iter().find_map(|sep| {
        let (head, tail) = title.rsplit_once(sep)?;
        let (head, tail) = (head.trim(), tail.trim());
        let named = if *sep == " | " {
            is_name(tail, 5)
        } else {
            is_domain(tail) || (is_name(tail, 4) && has_outlet_noun(tail))
        };
        (named && word_count(head) >= 3 && !head.ends_with(':')).then_some((head, tail))
    })
}

/// One to `most` words, each capitalised (or "&", "of", "the", "and" between), no digits and
/// nothing that ends a sentence: a name as a masthead writes it.
fn is_name(tail: &str, most: usize) -> bool {
    let words: Vec<&str> = tail.split_whitespace().collect();
    (1..=most).contains(&words.len())
        && words[0].starts_with(char::is_uppercase)
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase) || matches!(*w, "&" | "of" | "the" | "and" | "de")
        })
        && !tail.contains(|c: char| c.is_ascii_digit() || matches!(c, '?' | '!' | ':' | '"'))
}

/// "riverbendclarion.com", "Clarion.co.ke": a site's address.
fn is_domain(tail: &str) -> bool {
    let lower = tail.to_ascii_lowercase();
    !lower.contains(' ')
        && lower.contains('.')
        && lower
            .split('.')
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        && lower.rsplit('.').next().is_some_and(|tld| {
            (2..=4).contains(&tld.len()) && tld.chars().all(|c| c.is_ascii_alphabetic())
        })
}

/// "The Lakeside Star": a short name in capitals holding a word outlets are named with.
pub fn is_outlet_name(line: &str) -> bool {
    is_name(line.trim(), 4) && has_outlet_noun(line)
}

fn has_outlet_noun(tail: &str) -> bool {
    tail.split_whitespace()
        .any(|w| OUTLET_NOUNS.contains(&w.to_lowercase().as_str()))
}

/// "Army splits | Reuters", "Army splits - The Guardian", "Army splits | Riverbend Clarion": the
/// outlet's name after a separator is not part of the headline; a name the gazetteer knows
/// becomes the source.
pub fn strip_outlet_suffix(title: &str, source: &mut Option<String>) -> String {
    // "Opinion | Headline": the section's name before a bar is a kicker on the same line.
    if let Some((label, rest)) = title.split_once(" | ")
        && word_count(label) <= 2
        && word_count(rest) >= 4
        && !rest.contains(" | ")
        && label.chars().next().is_some_and(char::is_uppercase)
    {
        return strip_outlet_suffix(rest.trim(), source);
    }
    for sep in SEPARATORS {
        if let Some((head, tail)) = title.rsplit_once(sep)
            && let Some(outlet) = byline::outlet(tail.trim())
        {
            source.get_or_insert(outlet);
            return head.trim().to_string();
        }
    }
    match outlet_tail(title) {
        // "Headline | Section | Outlet": the section goes with the outlet.
        Some((head, _)) => strip_outlet_suffix(head, source),
        None => title.to_string(),
    }
}

/// Whether the browser's title at `i` ("Bridge closure: county shuts crossing | Riverbend
/// Clarion") has the page's own headline right under it: a line of four to 25 words that is
/// no sentence, byline, date or furniture and shares most of its words with the title.
pub fn headline_below(units: &[Unit], i: usize, today: Date) -> bool {
    let Some((head, _)) = outlet_tail(&units[i].text) else {
        return false;
    };
    let Some(next) = units.get(i + 1).map(|u| u.text.as_str()) else {
        return false;
    };
    let headline = (4..=25).contains(&word_count(next))
        && !next.trim_end().ends_with(['.', ':'])
        && cleanup::line_noise(next).is_none()
        && byline::parse(next, today).is_none()
        && !dates::is_date_line(next);
    headline && shared_words(head, next) * 2 >= content_words(head).count()
}

/// Words of four letters or more, lowercased: what two wordings of a headline share.
fn content_words(line: &str) -> impl Iterator<Item = String> + '_ {
    line.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_lowercase)
}

fn shared_words(a: &str, b: &str) -> usize {
    let theirs: Vec<String> = content_words(b).collect();
    content_words(a).filter(|w| theirs.contains(w)).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_outlet_after_a_bar_or_a_dash() {
        let strip = |t: &str| strip_outlet_suffix(t, &mut None);
        let h = "County shuts river bridge for repairs";
        assert_eq!(strip(&format!("{h} | Lakeside Clarion")), h);
        assert_eq!(strip(&format!("{h} - Lakeside Daily News")), h);
        assert_eq!(strip(&format!("{h} \u{2013} lakesideclarion.co.uk")), h);
        assert_eq!(strip(&format!("{h} | Local | Lakeside Clarion")), h);
        // A headline's own clause after a dash stays.
        for t in [
            "Storm hits the coast \u{2013} What We Know",
            "Storm hits the coast - here is what we know",
            "Harriers beat Rovers - Premier Division",
            "Why the bridge closed \u{2013} Part 2",
        ] {
            assert_eq!(strip(t), t);
        }
    }
}
