//! Recognising the parts around an article's text that are not body: a kicker above the
//! headline, the headline itself, and an author bio at the end.

use jiff::civil::Date;

use super::cleanup::{Unit, word_count};
use super::dates::is_date_line;

/// Whether the first units should be read as a kicker + headline: the first is a short label
/// ("The Slatest", "OPINION", at most three words) and the second reads like a headline, not a paragraph.
pub fn is_kicker(first: &str, second: &str) -> bool {
    let w1 = word_count(first);
    let w2 = word_count(second);
    let label = w1 <= 3 && first.len() <= 40 && !first.ends_with(['.', '?', '!', '"', '\u{201D}']);
    let headline = (3..=30).contains(&w2) && (!second.ends_with('.') || title_case(second));
    label && headline && !is_date_line(second)
}

/// Most words of four or more letters capitalised, as headlines are written.
pub fn title_case(line: &str) -> bool {
    let long: Vec<&str> = line
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    let caps = long
        .iter()
        .filter(|w| {
            w.chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_uppercase)
        })
        .count();
    !long.is_empty() && caps * 10 >= long.len() * 7
}

/// Whether a line can be a headline at all (not a paragraph of running text).
pub fn headline_like(line: &str) -> bool {
    let words = word_count(line);
    (1..=35).contains(&words) && line.len() <= 300
}

/// Navigation lines that end a site's masthead: what sits above them is the site's name and
/// tagline, or the browser's page title, never the article's headline.
const NAV_LINES: &[&str] = &[
    "menu",
    "skip to content",
    "skip to main content",
    "search",
    "home",
    "sign in",
    "log in",
];

/// Why `lines[i]`, above the headline, is the site's masthead rather than the article's
/// headline: a section path ("Rugby | Top 14", "World › Africa"), a weather widget, the
/// browser title repeated below ("Headline | Outlet"), a site name in capitals, or a site name
/// and tagline above a navigation line.
pub fn masthead(lines: &[&str], i: usize) -> Option<&'static str> {
    let line = lines[i].trim();
    let words = word_count(line);
    if words <= 6 && line.contains(['\u{b0}', '\u{2103}', '\u{2109}']) {
        return Some("weather widget");
    }
    if is_section_path(line) {
        return Some("breadcrumb");
    }
    if words <= 10 && is_score_line(line) {
        return Some("scoreboard");
    }
    if is_word_menu(line) {
        return Some("navigation links");
    }
    if is_button_row(line) {
        return Some("page chrome");
    }
    let below = &lines[i + 1..lines.len().min(i + 9)];
    for sep in [" | ", " - ", " \u{2013} ", " \u{2014} "] {
        if let Some((head, _)) = line.rsplit_once(sep)
            && below.iter().any(|b| b.trim() == head.trim())
        {
            return Some("page title");
        }
    }
    let next = below.first()?;
    if shouted_name(line) && headline_like(next) {
        return Some("site name");
    }
    // "The Reef Line / Notes on security… / Menu": short lines, then the navigation, a
    // "Menu" button or the menu's row ("Home News Food & Drink Events About").
    let nav = below.iter().take(3).position(|b| {
        NAV_LINES.contains(&b.trim().to_lowercase().as_str()) || is_word_menu(b.trim())
    })?;
    let short = |l: &&str| word_count(l) <= 12 && !l.trim_end().ends_with('.');
    let after_nav = below.get(nav + 1).is_some_and(|l| headline_like(l));
    (short(&line) && below[..nav].iter().all(short) && after_nav).then_some("site name")
}

/// Separators of a breadcrumb that also part a headline's clauses ("Storm - what we know"):
/// a path written with them has three parts or more ("Home - Business - Press Releases").
const WEAK_PATH_SEPARATORS: [&str; 4] = [" - ", " > ", " \u{bb} ", " / "];

/// "Americas | Mexico Elections", "NEWS | LOCAL | OBITUARIES", "Home - Business - Markets":
/// short labels between separators, no sentence.
pub fn is_section_path(line: &str) -> bool {
    let weak = WEAK_PATH_SEPARATORS
        .iter()
        .find(|s| line.matches(**s).count() >= 2);
    let parts: Vec<&str> = match weak {
        Some(sep) => line.split(sep).map(str::trim).collect(),
        None => line
            .split(" | ")
            .flat_map(|p| p.split(" \u{203a} "))
            .map(str::trim)
            .collect(),
    };
    parts.len() >= 2
        && word_count(line) <= 12
        && parts
            .iter()
            .all(|p| (1..=4).contains(&word_count(p)) && !p.ends_with(['.', '?', '!']))
}

/// "Home News Business Sport Opinion Podcasts": a site's menu run together with single spaces,
/// five or more capitalised words, three of them menu entries, and nothing else.
fn is_word_menu(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let menu = words
        .iter()
        .filter(|w| super::pagetop::MENU_WORDS.contains(&w.to_lowercase().as_str()))
        .count();
    (5..=16).contains(&words.len())
        && menu >= 3
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || *w == "&")
}

/// "Submit news    Sign Up    Log In", "Donate | Subscribe | Sign in": a row of the site's
/// buttons, short items set apart by wide spaces or bars, one of them the reader's account.
fn is_button_row(line: &str) -> bool {
    let parts: Vec<&str> = line
        .split("  ")
        .flat_map(|p| p.split(" | "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    (2..=6).contains(&parts.len())
        && parts.iter().all(|p| (1..=3).contains(&word_count(p)))
        && parts
            .iter()
            .any(|p| super::chrome::ACCOUNT_BUTTONS.contains(&p.to_lowercase().as_str()))
}

/// "FT  Toulouse 31 – 17 Clermont": a match score, two numbers around a dash; or "HOME 1-24
/// AWAY 2-19", two teams' scores written as goals and points, with nothing but names around.
pub fn is_score_line(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let number = |w: &str| !w.is_empty() && w.len() <= 3 && w.chars().all(|c| c.is_ascii_digit());
    let spaced = words
        .windows(3)
        .any(|w| number(w[0]) && matches!(w[1], "-" | "\u{2013}" | "\u{2014}") && number(w[2]));
    let score = |w: &str| {
        w.split_once(['-', '\u{2013}'])
            .is_some_and(|(a, b)| number(a) && number(b))
    };
    let scores = words.iter().filter(|w| score(w)).count();
    let named = words
        .iter()
        .all(|w| score(w) || w.starts_with(char::is_uppercase));
    (spaced || (scores >= 2 && named && words.len() <= 10)) && !line.ends_with('.')
}

/// "FINTECH WIRE": a short name in capitals, as a site's logo text reads.
fn shouted_name(line: &str) -> bool {
    let letters = line.chars().filter(|c| c.is_alphabetic()).count();
    (1..=4).contains(&word_count(line))
        && letters >= 4
        && line
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
}

/// Job words of a line under the author's name ("Health reporter", "Senior correspondent").
#[rustfmt::skip]
const ROLE_WORDS: &[&str] = &[
    "reporter", "correspondent", "editor", "writer", "columnist", "contributor", "journalist",
    "producer", "analyst", "staff", "bureau", "chief",
];

/// A short line naming the author's job: "Health reporter", "Staff writer".
pub fn is_role_line(line: &str) -> bool {
    let words = word_count(line);
    (1..=5).contains(&words)
        && !line.ends_with('.')
        && line
            .split_whitespace()
            .any(|w| ROLE_WORDS.contains(&w.to_lowercase().as_str()))
}

/// "Translated by Ann Lee", "Translated from Portuguese by Ann Lee": the translator's credit
/// in the byline block, which names no author.
pub fn is_translator_line(line: &str) -> bool {
    let n = line.trim().to_lowercase();
    word_count(&n) <= 10
        && (n.starts_with("translated by ")
            || (n.starts_with("translated from ") && n.contains(" by ")))
}

/// Alt texts of an author's photo, opening the name they describe.
const HEADSHOT_OPENERS: [&str; 5] = [
    "headshot of ",
    "photo of ",
    "portrait of ",
    "picture of ",
    "avatar of ",
];

/// "Headshot of Ann Lee": the alt text of the author's photo in the byline block, and the
/// author's name in it.
pub fn headshot_name(line: &str) -> Option<&str> {
    let opener = HEADSHOT_OPENERS.iter().find(|o| {
        line.get(..o.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(o))
    })?;
    let name = line[opener.len()..].trim();
    ((2..=4).contains(&word_count(name)) && super::byline::is_person_name(name)).then_some(name)
}

/// "@annlee": the author's social handle alone on a line under the name.
pub fn is_social_handle(line: &str) -> bool {
    line.strip_prefix('@').is_some_and(|h| {
        (2..=30).contains(&h.len()) && h.chars().all(|c| c.is_alphanumeric() || c == '_')
    })
}

/// "Water engineer and former adviser to the ministry": a contributor's credentials under the
/// name, a description in lowercase after its first word and no sentence.
pub fn is_credentials_line(line: &str) -> bool {
    let words = word_count(line);
    let mut w = line.split_whitespace();
    let first = w.next().is_some_and(|f| f.starts_with(char::is_uppercase));
    let described = w.next().is_some_and(|s| s.starts_with(char::is_lowercase));
    (3..=20).contains(&words)
        && first
        && described
        && !line.ends_with(['.', '!', '?', ':', '"', '\u{201D}'])
        && !line.contains(|c: char| c.is_ascii_digit())
}

/// "Ann Lee Education correspondent" → "Ann Lee": a name of two or three words followed by a
/// job.
pub fn strip_role(line: &str) -> Option<String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    (2..=3).filter(|&n| words.len() > n).find_map(|n| {
        let (name, role) = words.split_at(n);
        (is_role_line(&role.join(" ")) && super::byline::is_person_name(&name.join(" ")))
            .then(|| name.join(" "))
    })
}

/// "Ann Lee · Example Press", "Ann Lee | Example Press" or "Ann Lee (Example Press)": a name
/// and the outlet beside it; a line without a separator is all name.
pub fn name_and_outlet(line: &str) -> Option<(String, Option<String>)> {
    let Some((name, rest)) = bracketed(line)
        .or_else(|| line.split_once(" \u{b7} "))
        .or_else(|| line.split_once(" | "))
        .or_else(|| line.split_once(", "))
    else {
        return Some((line.trim().to_string(), None));
    };
    let rest = rest.trim();
    let outlet_like = (1..=5).contains(&word_count(rest))
        && rest
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    outlet_like.then(|| (name.trim().to_string(), Some(rest.to_string())))
}

/// "Ann Lee (Example Courier)" → the name and what the brackets at the end hold.
fn bracketed(line: &str) -> Option<(&str, &str)> {
    line.strip_suffix(')')
        .and_then(|l| l.split_once(" ("))
        .filter(|(_, rest)| !rest.contains(['(', ')']))
}

/// "Ann Lee (Example Courier)": a person's name with the outlet in brackets, a byline of its
/// own that no wrapped line runs on into.
pub fn is_name_with_outlet(line: &str) -> bool {
    bracketed(line).is_some_and(|(name, outlet)| {
        (2..=4).contains(&word_count(name))
            && super::byline::is_person_name(name)
            && (1..=5).contains(&word_count(outlet))
            && outlet
                .split_whitespace()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    })
}

/// If `line` is an author bio ("Brian Brinker is a political consultant…"), the author's name.
pub fn bio_author(line: &str, previous: Option<&str>) -> Option<String> {
    if line.len() > 600 {
        return None;
    }
    // "— Ann Lee is the paper's transport reporter.": a dash sets the note off from the story.
    let line = line
        .trim_start_matches(['\u{2014}', '\u{2013}', '-'])
        .trim_start();
    // "About the writer: Ann Lee is …": the label says what the line is; the name follows it.
    let (line, labelled) = match line.split_once(':') {
        Some((label, rest)) if label.to_lowercase().starts_with("about the ") => {
            (rest.trim(), true)
        }
        _ => (line, false),
    };
    let words: Vec<&str> = line.split_whitespace().take(6).collect();
    let verb = words
        .iter()
        .take(6)
        .position(|w| matches!(*w, "is" | "was" | "writes" | "covers" | "has" | "reports"))?;
    // "ROSA DELGADO / Delgado covers Arizona…" or "Rosa Delgado / Rosa is a…": the name line,
    // then the bio by surname or first name.
    let surname_of_previous = previous.filter(|p| {
        let same = |w: &str| w.to_lowercase() == words[0].to_lowercase();
        verb == 1
            && (2..=3).contains(&word_count(p))
            && super::byline::is_person_name(p.trim())
            && (p.split_whitespace().last().is_some_and(same)
                || p.split_whitespace().next().is_some_and(same))
    });
    if let Some(p) = surname_of_previous {
        return Some(p.trim().to_string());
    }
    if !(2..=4).contains(&verb) {
        return None;
    }
    let name = words[..verb].join(" ");
    if !super::byline::is_person_name(&name) {
        return None;
    }
    let lower = line.to_lowercase();
    const CUES: &[&str] = &[
        "writer",
        "journalist",
        "reporter",
        "columnist",
        "editor",
        "contributor",
        "author of",
        "correspondent",
        "consultant",
        "analyst",
        "fellow",
        "degree",
        "graduate",
        "m.a",
        "ph.d",
        "follow him",
        "follow her",
        "twitter",
        "@",
        "blogger",
        "veteran",
        "producer",
        "host of",
        "writes about",
        "covers",
    ];
    let after_name_line = previous.is_some_and(|p| p.trim() == name);
    (labelled || after_name_line || CUES.iter().any(|c| lower.contains(c))).then_some(name)
}

/// "Ann Lee: born 2 May 1941; died 3 March 2024", "Ann Lee: 1941–2024": the life dates an
/// obituary ends with, over its writer's name.
pub fn is_life_dates(line: &str) -> bool {
    let Some((subject, dates)) = line.split_once(':') else {
        return false;
    };
    let lower = dates.to_lowercase();
    let born_died = lower.contains("born") && lower.contains("died") && word_count(dates) <= 14;
    let years: Vec<&str> = dates
        .trim()
        .split(['\u{2013}', '\u{2014}', '-'])
        .map(str::trim)
        .collect();
    let year = |y: &&str| {
        y.len() == 4
            && (y.starts_with("18") || y.starts_with("19") || y.starts_with("20"))
            && y.bytes().all(|b| b.is_ascii_digit())
    };
    let span = years.len() == 2 && years.iter().all(year);
    (1..=6).contains(&word_count(subject)) && (born_died || span)
}

/// The writer's name alone on a line at the foot of the story, and the line's index: under an
/// obituary's life dates, or between the last paragraph and a "Published" dateline.
pub fn sign_off(units: &[Unit], body_start: usize) -> Option<(usize, String)> {
    (body_start.max(1)..units.len()).find_map(|i| {
        let name = units[i].text.trim();
        // A name is short: paragraphs are not counted word by word.
        let named = name.len() <= 40
            && (2..=3).contains(&word_count(name))
            && super::byline::is_person_name(name)
            && name.chars().any(char::is_lowercase);
        if !named {
            return None;
        }
        let after_life = is_life_dates(&units[i - 1].text);
        let dated_below = units.get(i + 1).is_some_and(|u| {
            super::byline::has_opener(&u.text)
                && super::byline::parse(&u.text, Date::constant(2100, 12, 31))
                    .is_some_and(|b| b.authors.is_empty() && b.date.is_some())
        });
        let after_story = units[i - 1].reported() || after_life;
        (after_life || (after_story && dated_below)).then(|| (i, name.to_string()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kicker_and_bio() {
        assert!(is_kicker(
            "The Slatest",
            "Venezuela’s Opposition Leader Is Calling for a Coup"
        ));
        assert!(!is_kicker(
            "Venezuela in crisis",
            "The army split on Tuesday, officials said, as protests grew across the country and beyond."
        ));
        assert_eq!(
            bio_author("Ann Lee is a reporter covering Latin America.", None).as_deref(),
            Some("Ann Lee")
        );
        assert_eq!(bio_author("Ann Lee is right about this.", None), None);
        assert_eq!(
            bio_author("About the author: Ann Lee is a painter in Lima.", None).as_deref(),
            Some("Ann Lee")
        );
    }
}
