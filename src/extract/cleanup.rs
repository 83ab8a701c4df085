//! Line-level cleanup of scraped text: splitting it into paragraph units, recognising the kinds
//! of page furniture scrapers keep (ads, share buttons, related links, newsletter boxes,
//! copyright lines, photo captions, sidebar teasers, contributor disclaimers, author bios) and the
//! markers after which nothing belongs to the article (comment sections, "Trending on…" footers).
//!
//! Each rule returns a short reason, which ends up in [`super::Dropped`] so that a reader can see
//! why a line is missing.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind};

use super::captions::is_caption;
use super::controls::{
    is_audio_player, is_chrome, is_gallery_counter, is_live_control, is_player_row,
    is_relative_time, is_update_time,
};
use super::dates::{find_date, is_date_line};
pub(super) use super::links::is_menu_row;
pub use super::links::link_text;
use super::links::{
    is_arrow_link, is_hashtag_row, is_link_row, is_post_nav, is_related, is_tweet_attribution,
};
use super::notes::credit_or_note;
use super::promos::{is_advert, is_newsletter};
use super::tickers;
use super::{chrome, share};

/// One paragraph of the raw text and, once decided, why it was removed.
#[derive(Debug, Clone)]
pub struct Unit {
    /// The paragraph text, trimmed, hard-wrapped lines joined.
    pub text: String,
    /// The removal reason; `None` while the unit is body text.
    pub drop: Option<&'static str>,
    /// A blank line separated it from the unit before (lines of one block belong together, as
    /// a photo's alt text and its caption do).
    pub blank_before: bool,
}

impl Unit {
    /// Whether the unit is still body text.
    pub fn kept(&self) -> bool {
        self.drop.is_none()
    }

    /// Whether the unit is a kept paragraph of reporting: a sentence of fifteen words or more.
    pub fn reported(&self) -> bool {
        self.kept()
            && self
                .text
                .trim_end()
                .ends_with(['.', '!', '?', '"', '\u{201D}', '\u{2019}'])
            && has_words(&self.text, 15)
    }
}

/// Whether `text` has `n` words or more: `split_whitespace().nth(n - 1)` without making the
/// slices (the guards of the drop passes ask it of every paragraph, often more than once).
fn has_words(text: &str, n: usize) -> bool {
    let mut words = 0;
    let mut in_word = false;
    for c in text.chars() {
        let space = c.is_whitespace();
        if !space && !in_word {
            words += 1;
            if words == n {
                return true;
            }
        }
        in_word = !space;
    }
    false
}

/// Splits raw text into units: one per non-empty line, except that a line broken in mid-sentence
/// (hard-wrapped text) is joined with the next.
pub fn units(text: &str) -> Vec<Unit> {
    let mut out: Vec<Unit> = Vec::new();
    let mut open = false;
    let mut blank = true;
    let mut list = false;
    let mut item = false;
    let mut prev_len = 0;
    // The line before was a footer's heading alone in its block ("Related stories").
    let mut lone_footer = false;
    // Hard-wrapped text leaves blank lines between its paragraphs: a page with none has one
    // line a paragraph, and a capitalised line there starts a new one.
    let wraps = has_blank_line(text);
    for line in text.lines() {
        let line = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
        if line.is_empty() {
            open = false;
            blank = true;
            continue;
        }
        let lowercase = line.chars().next().is_some_and(char::is_lowercase);
        // Joined when the previous line stopped mid-sentence and this one continues it: a
        // lowercase start, or a line no longer than a wrapped one (a one-line paragraph is
        // longer). Under a list's heading each capitalised line is an item of its own.
        // A list item goes on in lowercase only: "• Up to 60 jobs…" over a capitalised line
        // is one item and the next paragraph.
        let len = line.chars().count();
        let continues =
            lowercase || (wraps && len <= 100 && !list && !item && fits_wrap(prev_len, line));
        prev_len = len;
        match out.last_mut() {
            Some(prev) if open && continues && !stands_alone(line) => {
                prev.text.push(' ');
                prev.text.push_str(line);
            }
            _ => out.push(Unit {
                text: line.to_string(),
                drop: None,
                blank_before: blank,
            }),
        }
        // A box's label ("Summary", "Highlights") heads a list wherever it stands: pages
        // scraped without blank lines have one block, where its items would run together.
        let heading = is_list_heading(line);
        if blank || heading {
            // "Related stories" alone in its block has its headlines in the block below.
            list = heading || lone_footer;
        }
        lone_footer = heading && blank && super::markers::tail_marker(line) == Some("page footer");
        open = is_wrapped(line) || ends_with_title(line);
        item = open && line.starts_with(['\u{2022}', '*', '-', '\u{2013}']);
        blank = false;
    }
    out
}

/// Whether a blank line stands between two lines of text.
fn has_blank_line(text: &str) -> bool {
    text.trim().lines().any(|l| {
        l.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
            .is_empty()
    })
}

/// Whether `line` can be the next line of text wrapped where a line of `prev_len` characters
/// ended: wrapping moved its first word down because that word did not fit, so the line is
/// no longer than the one above and that word. "Another story's headline / A longer sentence
/// of the story." under a "Read more" link is two lines, not one wrapped.
fn fits_wrap(prev_len: usize, line: &str) -> bool {
    let first = line
        .split_whitespace()
        .next()
        .map_or(0, |w| w.chars().count());
    line.chars().count() <= prev_len + 1 + first
}

/// "Related News", "Key points:": a heading whose block is a list of headlines or points, one
/// a line, however long the lines are.
fn is_list_heading(line: &str) -> bool {
    // Paragraphs are the common case: only the first nine words are counted.
    let words = line.split_whitespace().take(9).count();
    (words <= 4 && (line.ends_with(':') || super::boxes::is_box_label(line)))
        // "Also Read" over two headlines: each a link of its own.
        || (words <= 3 && is_related(&norm(line), words))
        || (words <= 8
            && !line.ends_with('.')
            && super::markers::tail_marker(line) == Some("page footer"))
}

/// A line that is a unit of its own even right under a line that looks wrapped: a headline's
/// byline ("Ann Lee", "Published 10:42 AM EST, Tue January 9, 2024"), a label or a furniture
/// line. Wrapped prose goes on with running text, which these are not.
fn stands_alone(line: &str) -> bool {
    let words = word_count(line);
    let open_end = !line.ends_with(['.', '!', '?', '"', '\u{201D}', ')']);
    (words <= 6 && open_end && !line.chars().next().is_some_and(char::is_lowercase))
        || is_date_line(line)
        || super::byline::parse(line, jiff::civil::Date::constant(2100, 12, 31)).is_some()
        || line_noise(line).is_some()
        || is_names_line(line)
        || super::header::is_name_with_outlet(line)
}

/// "Ann Lee and Bo van der Berg", "Ann Lee, Bo Diaz & Cy Young": co-authors under a headline,
/// names and nothing else, which no sentence continues into.
fn is_names_line(line: &str) -> bool {
    let names = super::byline::name_parts(line);
    (2..=4).contains(&names.len())
        && names
            .iter()
            .all(|n| n.contains(' ') && super::byline::is_person_name(n))
}

/// Abbreviations that a wrapped line may end on without ending its sentence.
const LINE_END_ABBREVIATIONS: [&str; 9] = [
    " a.m.", " p.m.", " Mr.", " Mrs.", " Ms.", " Dr.", " St.", " Sen.", " Rep.",
];

/// "… the storm hit at 8 p.m." or "… said Mr." as a hard-wrapped line: the full stop is the
/// abbreviation's, and the sentence may go on in the line below.
fn ends_with_title(line: &str) -> bool {
    (50..=100).contains(&line.len()) && LINE_END_ABBREVIATIONS.iter().any(|a| line.ends_with(a))
}

/// A long line that stops mid-sentence, as hard-wrapped text does at ~70 columns.
fn is_wrapped(line: &str) -> bool {
    if line.contains("://") || line.contains("pic.twitter.com") {
        return false;
    }
    let len = line.chars().count();
    if !(50..=100).contains(&len)
        || line.ends_with(['.', '!', '?', ':', '"', '\u{201D}', '\u{2019}', ')'])
    {
        return false;
    }
    let words = word_count(line);
    // "Also read: Another story's headline" stops where its link does.
    !is_menu_row(line, words) && !is_link_row(line, words) && !is_related(&norm(line), words)
}

/// "PRESS RELEASE — FOR IMMEDIATE RELEASE": the label a press office puts over its headline.
const RELEASE_LABELS: [&str; 2] = ["for immediate release", "embargoed until"];

/// Lowercase, trimmed of surrounding punctuation and spaces, for comparing short lines.
pub(super) fn norm(line: &str) -> String {
    line.trim()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
        .replace('\u{2019}', "'")
}

/// The texts of the units still kept, for tests of the passes that drop them.
#[cfg(test)]
pub(super) fn kept_texts(units: &[Unit]) -> Vec<&str> {
    units
        .iter()
        .filter(|u| u.kept())
        .map(|u| u.text.as_str())
        .collect()
}

pub(super) use crate::text::word_count;

/// Why `line` is page furniture wherever it appears, if it is.
///
/// The header, page-top and body passes each ask about the same lines: the answers are kept
/// per thread until [`forget_line_noise`] (called for each new article), since working one out
/// takes dozens of phrase searches.
pub fn line_noise(line: &str) -> Option<&'static str> {
    KNOWN_NOISE.with_borrow_mut(|known| {
        if let Some(&reason) = known.get(line) {
            return reason;
        }
        let reason = find_line_noise(line);
        known.insert(line.to_owned(), reason);
        reason
    })
}

thread_local! {
    static KNOWN_NOISE: std::cell::RefCell<crate::hash::Map<String, Option<&'static str>>> =
        std::cell::RefCell::new(crate::hash::Map::default());
}

/// Forgets the lines [`line_noise`] has seen on this thread.
pub fn forget_line_noise() {
    KNOWN_NOISE.with_borrow_mut(|known| known.clear());
}

fn find_line_noise(line: &str) -> Option<&'static str> {
    // Most lines are body paragraphs: a long line without any cue phrase can only be a caption,
    // and is spared the lowercase copy and the dozens of searches below.
    if line.len() > 300 && !long_line_cue(line) {
        return is_caption(line).then_some("photo caption");
    }
    let words = word_count(line);
    if words > 100 {
        return None;
    }
    let n = norm(line);
    if is_advert(&n) {
        return Some("advertisement");
    }
    let phrases = phrases_in(&n);
    if is_cookie_notice(&n, words, phrases) || chrome::is_consent_line(&n, words) {
        return Some("cookie notice");
    }
    if (words <= 12 && chrome::is_account_row(line)) || chrome::is_email_note(&n, words) {
        return Some("page chrome");
    }
    if chrome::is_search_box(&n, line, words) || chrome::is_language_link(&n, words) {
        return Some("page chrome");
    }
    if words <= 16 && chrome::is_slashed_menu(line) {
        return Some("navigation links");
    }
    if chrome::is_contents_line(&n, words) {
        return Some("contents box");
    }
    if chrome::is_alert_bar(&n, words) {
        return Some("alert bar");
    }
    if (words <= 14 && (share::is_share_line(&n) || n == "x")) || share::is_share_label(&n, words) {
        return Some("share buttons");
    }
    if is_related(&n, words) || (words <= 30 && is_arrow_link(line)) {
        return Some("related link");
    }
    if is_newsletter(&n, words) {
        return Some("newsletter sign-up");
    }
    if words <= 40 && phrases & Phrase::Paywall as u8 != 0 {
        return Some("paywall notice");
    }
    if words <= 45 && DISCLOSURES.iter().any(|p| n.contains(p)) {
        return Some("disclosure");
    }
    if line.trim_start().starts_with('\u{a9}')
        || n.starts_with("copyright")
        || n.contains("all rights reserved")
        || (words <= 45 && phrases & Phrase::Rights as u8 != 0)
        || (words <= 30 && ends_with_copyright_year(line))
        || (words <= 45 && REUSE_BANS.iter().any(|p| n.contains(p)))
    {
        return Some("copyright");
    }
    if words <= 45 && is_acknowledgement(&n) {
        return Some("acknowledgement of country");
    }
    if words <= 60 && is_gallery_caption(&n) {
        return Some("photo caption");
    }
    if (words <= 6 && is_chrome(&n))
        || (words <= 10 && (is_audio_player(&n) || is_live_control(&n)))
        || (words <= 20 && is_player_row(&n))
    {
        return Some("page chrome");
    }
    if words <= 30 && is_post_nav(&n) {
        return Some("navigation links");
    }
    if words <= 5 && line.trim_end().ends_with(':') && is_byline_label(&n) {
        return Some("byline label");
    }
    if words <= 20 && (is_issue_line(&n) || (words <= 8 && is_issue_label(&n))) {
        return Some("page chrome");
    }
    if words <= 8 && RELEASE_LABELS.iter().any(|p| n.contains(p)) {
        return Some("page chrome");
    }
    if words <= 6 && (is_relative_time(&n) || is_update_time(&n)) {
        return Some("timestamp");
    }
    if words <= 6 && is_gallery_counter(&n) {
        return Some("gallery counter");
    }
    if (words <= 12 && is_widget(&n)) || (words <= 40 && n.starts_with("poll:")) {
        return Some("page chrome");
    }
    if is_caption(line) {
        return Some("photo caption");
    }
    if super::notes::is_promo_banner(&n, words) {
        return Some("call to action");
    }
    if is_teaser(line, words) {
        return Some("sidebar teaser");
    }
    if words <= 16 && n.starts_with("you are here") {
        return Some("breadcrumb");
    }
    if words <= 12
        && (line.contains(" \u{bb} ") || line.contains(" > ") || line.contains(" / "))
        && !line.ends_with('.')
        // "By: Ann Lee / @annlee" is a byline with the author's handle.
        && !super::byline::has_opener(line)
        // "Updated / 14:32, Tuesday, 21 Jan 2025" is a dateline: a path has no date.
        && !is_date_line(line)
        && find_date(line, jiff::civil::Date::constant(2100, 12, 31)).is_none()
    {
        return Some("breadcrumb");
    }
    if words <= 12 && tickers::is_ticker(line) {
        return Some("stock ticker");
    }
    if words <= 60 && tickers::is_score_strip(line) {
        return Some("score ticker");
    }
    if is_tweet_attribution(line, words) {
        return Some("tweet attribution");
    }
    if is_link_row(line, words) || is_menu_row(line, words) || is_hashtag_row(line, words) {
        return Some("navigation links");
    }
    credit_or_note(&n, words)
}

/// "Author of the article:", "Written by:": a label alone on its line over the author's name.
fn is_byline_label(n: &str) -> bool {
    n.starts_with("author")
        || matches!(
            n,
            "by" | "written by" | "words by" | "story by" | "reporter" | "reporters" | "writer"
        )
}

/// "Issue 14 \u{b7} April 2024", "Vol. 3 No. 12": the number of the issue a newsletter's or
/// magazine's story is in. With a full date it dates the story, and the header reads it.
fn is_issue_label(n: &str) -> bool {
    let mut words = n.split_whitespace();
    let label = words.next().is_some_and(|w| {
        matches!(
            w.trim_end_matches('.'),
            "issue" | "vol" | "volume" | "edition"
        )
    });
    let number = words.next().is_some_and(|w| {
        w.trim_start_matches('#')
            .starts_with(|c: char| c.is_ascii_digit())
    });
    label && number && find_date(n, jiff::civil::Date::constant(2100, 12, 31)).is_none()
}

/// "From the March 2024 issue", "This article appears in the May issue": a magazine's note
/// of the print issue a story ran in, above or below it.
fn is_issue_line(n: &str) -> bool {
    let issue = n.ends_with(" issue") || n.ends_with(" edition") || n.contains(" issue of ");
    issue
        && (n.starts_with("from the ")
            || n.starts_with("from issue ")
            || n.contains("appears in the")
            || n.contains("appeared in the"))
}

/// "This website uses cookies… Accept": a consent banner.
fn is_cookie_notice(n: &str, words: usize, phrases: u8) -> bool {
    static COOKIE: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    let cookie = COOKIE.get_or_init(|| memchr::memmem::Finder::new("cookie"));
    // The consent framework's banner runs to 90 words or so.
    (words <= 60 || (words <= 100 && n.contains("our partners")))
        && cookie.find(n.as_bytes()).is_some()
        && [
            "accept",
            "consent",
            "uses cookies",
            "use of cookies",
            "cookie policy",
            "cookie settings",
            // The consent framework's banner: "We and our partners store … personal data".
            "our partners",
            "personal data",
            "necessary cookies",
            "optional cookies",
            "analytics cookies",
        ]
        .iter()
        .any(|p| n.contains(p))
        || (phrases & Phrase::Consent as u8 != 0 && is_data_consent(n, words))
}

/// "With your permission we and our partners may use precise geolocation data…", "Please note
/// that some processing of your personal data may not require your consent": a consent
/// framework's text that never says "cookie".
fn is_data_consent(n: &str, words: usize) -> bool {
    words <= 100 && (n.contains("consent") || n.contains("object to"))
}

/// Lines of players, polls and label rows around an article, whole or by their opening.
const WIDGET_LINES: [&str; 9] = [
    "tap to unmute",
    "video ad feedback",
    "play audio",
    "download mp3",
    "you may like",
    "vote now",
    "republish this article",
    "support the blog",
    "news provided by",
];
const WIDGET_OPENINGS: [&str; 16] = [
    "poll:",
    "topic:",
    "view in browser",
    "view this email in",
    "view the non-amp",
    "please turn on javascript",
    "please enable javascript",
    "purchase licensing rights",
    "rate this article",
    "audio duration",
    "your browser does not support",
    "photo gallery",
    "gallery (",
    "category:",
    "section:",
    "have your say",
];

/// "Tap to unmute", "POLL: …", "Audio duration 4′ 32″", "Category: Sport": a widget's line.
fn is_widget(n: &str) -> bool {
    WIDGET_LINES.contains(&n) || WIDGET_OPENINGS.iter().any(|o| n.starts_with(o))
}

/// Phrases of the standard notes on how an article may be reused or earns money.
const DISCLOSURES: [&str; 3] = [
    "contains affiliate links",
    "may earn a commission",
    "under a creative commons",
];

/// "… is published with support from the research councils. © 2025": a footer closed by the
/// copyright sign and a year.
fn ends_with_copyright_year(line: &str) -> bool {
    line.trim_end()
        .rsplit_once('\u{a9}')
        .is_some_and(|(_, year)| {
            let year = year.trim();
            year.len() == 4 && year.chars().all(|c| c.is_ascii_digit())
        })
}

/// Kinds of phrase that mark a footer's, a paywall's or a consent banner's line.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Phrase {
    /// "All rights reserved" in another language.
    Rights = 1,
    /// A consent framework's words for the reader's data.
    Consent = 2,
    /// A metered paywall's notice.
    Paywall = 4,
}

/// "All rights reserved" in the languages of sites scraped with English stories, and the
/// words of a consent framework that never says "cookie".
#[rustfmt::skip]
const FOOTER_PHRASES: [(&str, Phrase); 8] = [
    ("direitos reservados", Phrase::Rights), ("derechos reservados", Phrase::Rights),
    ("droits r\u{e9}serv\u{e9}s", Phrase::Rights), ("rechte vorbehalten", Phrase::Rights),
    ("diritti riservati", Phrase::Rights), ("hak cipta dilindungi", Phrase::Rights),
    ("we and our partners", Phrase::Consent), ("your personal data", Phrase::Consent),
];

/// The kinds of phrase a folded line holds, as bits of [`Phrase`], found in one automaton pass
/// over the line rather than a search per phrase.
fn phrases_in(n: &str) -> u8 {
    static FINDER: OnceLock<(AhoCorasick, Vec<Phrase>)> = OnceLock::new();
    let (ac, kinds) = FINDER.get_or_init(|| {
        let all = FOOTER_PHRASES
            .iter()
            .copied()
            .chain(PAYWALL.iter().map(|p| (*p, Phrase::Paywall)));
        let (patterns, kinds): (Vec<&str>, Vec<Phrase>) = all.unzip();
        let ac = AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::DFA))
            .build(patterns)
            .expect("valid line phrases");
        (ac, kinds)
    });
    ac.find_iter(n)
        .fold(0, |bits, m| bits | kinds[m.pattern().as_usize()] as u8)
}

/// Phrases of a site's note that its material may not be reused.
const REUSE_BANS: [&str; 2] = ["cannot be reproduced", "may not be reproduced"];

/// Nouns for the land's first peoples in the acknowledgement some sites print in their
/// footer ("We acknowledge the Traditional Custodians of the lands where we work").
const FIRST_PEOPLES: [&str; 3] = [
    "traditional custodians",
    "traditional owners",
    "first peoples",
];

/// A site's standing acknowledgement of the land's traditional owners: a footer, not news.
fn is_acknowledgement(n: &str) -> bool {
    n.contains("acknowledge") && FIRST_PEOPLES.iter().any(|p| n.contains(p))
}

/// "Item 1 of 2 A man walks past…", "[1/2] A man walks past…": a slideshow's caption, opened
/// by the picture's position.
fn is_gallery_caption(n: &str) -> bool {
    let rest = n.strip_prefix("item ").unwrap_or(n);
    let mut words = rest.split_whitespace();
    let number = |w: &str| !w.is_empty() && w.len() <= 3 && w.chars().all(|c| c.is_ascii_digit());
    let of = matches!(
        (words.next(), words.next(), words.next()),
        (Some(a), Some("of"), Some(b)) if number(a) && number(b) && rest.len() < n.len()
    );
    // norm dropped the opening bracket: "1/2] A man…".
    let slashed = n.split_once("] ").is_some_and(|(pos, _)| {
        pos.split_once('/')
            .is_some_and(|(a, b)| number(a) && number(b))
    });
    (of || slashed) && word_count(n) >= 6
}

/// Phrases of a metered paywall's notice ("You have 2 free articles left this month").
const PAYWALL: [&str; 23] = [
    "already a subscriber",
    "already have an account",
    "create a free account to read",
    "create a free account to keep reading",
    "create a free account to continue",
    "subscribe to continue reading",
    "in to continue reading",
    "register to continue reading",
    "enjoy unlimited access",
    "get unlimited access",
    "premium period will expire",
    "subscription will expire",
    "this article is for subscribers",
    "subscriber exclusive",
    "free articles remaining",
    "free articles left",
    "free article remaining",
    "subscribe for full access",
    "subscribers only",
    "unlock premium",
    "cancel anytime",
    "try 1 month free",
    "try one month free",
];

/// Whether a long line contains a phrase that long furniture is made of (disclaimers, comment
/// policies, copyright and contributor notes), found in one automaton pass, any case.
fn long_line_cue(line: &str) -> bool {
    static CUES: OnceLock<AhoCorasick> = OnceLock::new();
    let m = CUES.get_or_init(|| {
        let phrases = [
            "expressed",
            "necessarily",
            "their own",
            "rights reserved",
            "contributed",
            "comment",
            "newsletter",
            "copyright",
            "subscribe",
            "sign up",
            "originally appeared",
            "originally published",
            "cookie",
            "consent",
        ];
        let b = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .kind(Some(AhoCorasickKind::DFA))
            .build(phrases);
        b.expect("valid cue phrases")
    });
    // Such phrases open or close the furniture; the middle of a long paragraph is not searched.
    let (mut head, mut tail) = (line.len().min(200), line.len().saturating_sub(200));
    while !line.is_char_boundary(head) {
        head += 1;
    }
    while !line.is_char_boundary(tail) {
        tail += 1;
    }
    m.is_match(&line[..head]) || (tail > head && m.is_match(&line[tail..]))
}

/// Another article's teaser: "Stephen Moore 8:30 AM | December 15, 2024".
fn is_teaser(line: &str, words: usize) -> bool {
    if words > 16 || !line.contains(':') {
        return false;
    }
    let has_time = line.split_whitespace().any(|w| {
        let mut p = w.split(':');
        matches!((p.next(), p.next()), (Some(h), Some(m)) if !h.is_empty() && h.len() <= 2 && h.chars().all(|c| c.is_ascii_digit()) && m.len() == 2 && m.chars().all(|c| c.is_ascii_digit()))
    });
    has_time && find_date(line, jiff::civil::Date::constant(2100, 12, 31)).is_some()
}

#[cfg(test)]
#[path = "cleanup_line_tests.rs"]
mod tests;
