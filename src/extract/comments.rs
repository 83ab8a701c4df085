//! Finding where reader comments begin when the page gives no clean marker at that point.
//!
//! Scrapes often keep comments whose first entries lost their "NAME's picture" line, so the
//! first marker comes well after the comments started. Each paragraph gets a "comment-likeness"
//! score from surface cues (short, lowercase start, first/second person, shouting, ellipses,
//! repeated lines, no reporting), and the cut is put where the cost of calling everything before
//! it article and everything after it comments is lowest: a one-change-point segmentation.

use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

use super::cleanup::Unit;

/// How comment-like a paragraph reads, from 0 (reported prose) to 1 (a reader's quip).
pub fn score(text: &str, previous: Option<&str>) -> f32 {
    let len = text.chars().count();
    let mut s: f32 = 0.25;
    if len < 60 {
        s += 0.3;
    } else if len < 140 {
        s += 0.15;
    } else if len > 320 {
        s -= 0.3;
    }
    if text.chars().next().is_some_and(char::is_lowercase) {
        s += 0.3;
    }
    let cues = cues(text);
    if cues.personal {
        s += 0.15;
    }
    if text.contains("....")
        || text.contains("...") && !text.contains(" ... ")
        || text.contains('\u{2026}')
        || text.contains("??")
        || text.contains("!!")
    {
        s += 0.2;
    }
    if cues.informal {
        s += 0.3;
    }
    if len < 150 && !names_something(text) {
        s += 0.1;
    }
    if shouts(text) {
        s += 0.2;
    }
    if !text
        .trim_end()
        .ends_with(['.', '!', '?', '"', '\u{201D}', ')', '\u{2019}', ':'])
    {
        s += 0.15;
    }
    if previous.is_some_and(|p| p == text) {
        s += 0.5;
    }
    if cues.reporting {
        s -= 0.3;
    }
    if (text.contains('\u{201C}') || text.contains('"')) && len > 80 {
        s -= 0.1;
    }
    s.clamp(0.0, 1.0)
}

/// Which kinds of cue words a paragraph contains.
#[derive(Default)]
struct Cues {
    personal: bool,
    informal: bool,
    reporting: bool,
}

/// Finds every cue word in one pass (an Aho-Corasick automaton over all three lists, matched
/// ASCII-case-insensitively on the text padded with spaces).
fn cues(text: &str) -> Cues {
    static MATCHER: OnceLock<AhoCorasick> = OnceLock::new();
    let m = MATCHER.get_or_init(|| {
        let patterns = PERSONAL.iter().chain(INFORMAL).chain(REPORTING);
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(patterns)
            .expect("cue words are valid patterns")
    });
    let mut found = Cues::default();
    let padded = format!(" {text} ");
    for hit in m.find_overlapping_iter(&padded) {
        let id = hit.pattern().as_usize();
        if id < PERSONAL.len() {
            found.personal = true;
        } else if id < PERSONAL.len() + INFORMAL.len() {
            found.informal = true;
        } else {
            found.reporting = true;
        }
    }
    found
}

/// First and second person, as readers write to each other.
const PERSONAL: &[&str] = &[
    " i ", "i'm", "i've", "i'd", " my ", " you ", "your ", " we ", " us ", "lol", "imho", " u ",
];

/// Signs of reported prose.
const REPORTING: &[&str] = &[
    " said",
    " says",
    "according to",
    " reported",
    " told ",
    "officials",
    "percent",
    "spokesman",
    "statement",
];

/// Words and spellings of chat, not of edited prose.
const INFORMAL: &[&str] = &[
    " hey ", " hey,", "gettin'", "gonna", "wanna", " lol", "lmao", "rofl", " yeah", " yep",
    " nope", " dude", "idiot", "moron", "fuck", "shit", "damn", " crap", "libtard", "sheeple",
    " ur ", " u ", " cause ", " tho ", " imo", " btw", " smh", " omg", "!!!", " ha ", "haha",
];

/// Whether a capitalised word appears after the first word: reported prose names people and
/// places; quips often name nothing.
fn names_something(text: &str) -> bool {
    text.split_whitespace()
        .skip(1)
        .any(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// A word of four or more capital letters that is not an acronym in a name.
fn shouts(text: &str) -> bool {
    text.split_whitespace().any(|w| {
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        letters.len() >= 5 && letters.iter().all(|c| c.is_uppercase())
    })
}

/// Where comments start among the kept units before `limit`, never before the `min_body`-th
/// kept unit. With `strict`, a cut is only made when the tail reads clearly as comments (used
/// when no marker proves that comments exist at all).
pub fn change_point(units: &[Unit], limit: usize, min_body: usize, strict: bool) -> Option<usize> {
    let kept: Vec<usize> = (0..limit).filter(|&i| units[i].kept()).collect();
    if kept.len() <= min_body {
        return None;
    }
    if strict {
        // Cheap tests first: a comment tail ends in comment-like paragraphs.
        if kept.last().is_some_and(|&i| units[i].text.len() > 400) {
            return None;
        }
        let last: Vec<f32> = kept
            .iter()
            .rev()
            .take(4)
            .map(|&i| score(&units[i].text, None))
            .collect();
        if last.iter().sum::<f32>() / (last.len() as f32) < 0.5 {
            return None;
        }
    }
    let mut scores = Vec::with_capacity(kept.len());
    let mut previous: Option<&str> = None;
    for &i in &kept {
        scores.push(score(&units[i].text, previous));
        previous = Some(&units[i].text);
    }
    // cost(c) = Σ_{j<c} s_j + Σ_{j≥c} (1 − s_j); compute for every c by a running sum.
    let mut cost: f32 = scores.iter().map(|s| 1.0 - s).sum();
    let mut best = (cost, 0);
    for (c, s) in scores.iter().enumerate() {
        cost += s - (1.0 - s);
        if cost <= best.0 + 1e-6 {
            best = (cost, c + 1);
        }
    }
    let cut = best.1.max(min_body);
    if cut >= kept.len() {
        return None;
    }
    let tail = &scores[cut..];
    let mean = tail.iter().sum::<f32>() / tail.len() as f32;
    if strict && (tail.len() < 5 || mean < 0.7) {
        return None;
    }
    Some(kept[cut])
}

/// The fewest signed and dated entries under a heading that make a thread of them.
const THREAD_DATES: usize = 2;

/// The longest entry of a thread, in words: a reader's few sentences.
const ENTRY_WORDS: usize = 80;

/// Drops a thread of signed, dated entries under a heading at the foot of the page, whatever
/// the heading says ("Tributes (23)", "What readers are saying", "Memories and tributes"): from
/// a short heading after the story to the end, two or more lines that are dates alone, short
/// lines (the writers' names) and entries no longer than a reader writes, none of them
/// reporting that quotes or attributes. The story's own paragraphs come before the heading.
pub fn drop_signed_thread(units: &mut [Unit], body_start: usize) {
    if units[body_start..]
        .iter()
        .filter(|u| u.reported())
        .nth(1)
        .is_none()
    {
        return;
    }
    let mut seen = 0;
    for h in body_start..units.len() {
        if units[h].reported() {
            seen += 1;
        }
        if seen < 2 || !units[h].kept() || !is_thread_heading(&units[h].text) {
            continue;
        }
        if is_thread(&units[h + 1..]) {
            for u in units[h..].iter_mut().filter(|u| u.kept()) {
                u.drop = Some("reader comments");
            }
            return;
        }
    }
}

/// A heading: a few words with no sentence's end.
fn is_thread_heading(text: &str) -> bool {
    let t = text.trim();
    (1..=5).contains(&crate::text::word_count(t))
        && t.starts_with(|c: char| c.is_uppercase())
        && !t.ends_with(['.', '!', '?', ':', '"', '\u{201D}'])
}

/// Whether the kept units are a thread: entries signed by their writers (short lines that are
/// not dates alone: "Rob Hale", "Ann Lee, Portside \u{2014} Jan. 27, 2026") and dated, two or
/// more of each, and none longer than a reader writes or reporting with attribution. A
/// chronology's dates head its entries with no one signing them.
fn is_thread(units: &[Unit]) -> bool {
    let far = jiff::civil::Date::constant(2100, 12, 31);
    let (mut dates, mut names) = (0, 0);
    for u in units.iter().filter(|u| u.kept()) {
        let t = u.text.trim();
        let short = t.split_whitespace().nth(8).is_none() && !t.ends_with(['.', '!', '?']);
        // Checked before the dates, which cost more: a short line is neither.
        if !short
            && (t.split_whitespace().nth(ENTRY_WORDS).is_some()
                || (u.reported() && super::markers::is_attributed(t)))
        {
            return false;
        }
        let date_alone = super::dates::is_date_line(t);
        if date_alone || (short && super::dates::find_date(t, far).is_some()) {
            dates += 1;
        }
        if short && !date_alone {
            names += 1;
        }
    }
    dates >= THREAD_DATES && names >= THREAD_DATES
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(text: &str) -> Unit {
        Unit {
            text: text.to_string(),
            drop: None,
            blank_before: true,
        }
    }

    #[test]
    fn scores_separate_prose_from_quips() {
        let prose = "The defence minister said on Friday that the armed forces remained loyal to the government, according to a statement read on state television.";
        assert!(score(prose, None) < 0.3);
        assert!(score("lol they should have used more socialism....", None) > 0.7);
    }

    #[test]
    fn cut_falls_where_the_quips_begin() {
        let prose = "The defence minister said on Friday that the armed forces remained loyal to the government, according to a statement read on state television and radio.";
        let mut units: Vec<Unit> = (0..5).map(|_| unit(prose)).collect();
        for quip in [
            "this is what socialism gets you",
            "lol....",
            "Who will save them?",
            "i bet they run out of TP soon",
            "govt s take note",
        ] {
            units.push(unit(quip));
        }
        assert_eq!(change_point(&units, units.len(), 2, true), Some(5));
        let only_prose: Vec<Unit> = (0..6).map(|_| unit(prose)).collect();
        assert_eq!(change_point(&only_prose, 6, 2, true), None);
    }
}
