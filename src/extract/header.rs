//! Recognising the parts around an article's text that are not body: a kicker above the
//! headline, the headline itself, and an author bio at the end.

use super::cleanup::word_count;
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

/// If `line` is an author bio ("Brian Brinker is a political consultant…"), the author's name.
pub fn bio_author(line: &str, previous: Option<&str>) -> Option<String> {
    if line.len() > 600 {
        return None;
    }
    let words: Vec<&str> = line.split_whitespace().take(6).collect();
    let verb = words
        .iter()
        .take(6)
        .position(|w| matches!(*w, "is" | "was" | "writes" | "covers" | "has" | "reports"))?;
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
    (after_name_line || CUES.iter().any(|c| lower.contains(c))).then_some(name)
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
    }
}
