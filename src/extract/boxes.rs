//! Boxes inside the article's text that are the page's, not the story's, found by their
//! shape: a labelled box ("Key points:", "Synopsis", "Match stats", "SPONSORED") with its lines
//! under the label, a list of tags, another story's teaser (a headline over its own byline and
//! date), and a pull quote repeating a sentence of the story in large type.

use std::collections::HashSet;

use jiff::civil::Date;

use super::byline;
use super::cleanup::{self, Unit, word_count};

/// Labels of boxes whose lines, up to the next blank line, are not the article's paragraphs:
/// summaries, data boxes and sponsored slots.
#[rustfmt::skip]
const BOX_LABELS: &[(&str, &str)] = &[
    ("key points", "summary box"), ("synopsis", "summary box"), ("summary", "summary box"),
    ("in brief", "summary box"), ("at a glance", "summary box"), ("highlights", "summary box"),
    ("story highlights", "summary box"), ("key takeaways", "summary box"),
    ("takeaways", "summary box"), ("in short", "summary box"), ("tl;dr", "summary box"),
    ("fast facts", "fact box"), ("quick facts", "fact box"), ("key facts", "fact box"),
    ("factbox", "fact box"), ("fact box", "fact box"), ("in numbers", "fact box"),
    ("by the numbers", "fact box"), ("match stats", "fact box"), ("match facts", "fact box"),
    ("line-ups", "fact box"), ("lineups", "fact box"),
    ("sponsored", "advertisement"), ("sponsored content", "advertisement"),
    ("promoted", "advertisement"), ("paid content", "advertisement"),
    ("promoted content", "advertisement"), ("promoted stories", "advertisement"),
    ("partner content", "advertisement"), ("paid post", "advertisement"),
    ("a word from our sponsor", "advertisement"), ("from our sponsor", "advertisement"),
    ("upcoming webinar", "advertisement"), ("upcoming event", "advertisement"),
    ("in this issue", "contents box"), ("in this edition", "contents box"),
    ("in this newsletter", "contents box"),
    ("what i'm reading", "reading list"), ("what we're reading", "reading list"),
    ("additional information", "contact box"), ("further information", "contact box"),
    ("for more information", "contact box"), ("media contact", "contact box"),
    ("media contacts", "contact box"), ("press contact", "contact box"),
    ("enquiries", "contact box"), ("inquiries", "contact box"),
    ("media enquiries", "contact box"), ("media inquiries", "contact box"),
    ("for further information, please contact", "contact box"),
    ("for more information, please contact", "contact box"),
    ("for further information contact", "contact box"),
    ("facts", "fact box"), ("key figures", "fact box"), ("key numbers", "fact box"),
    ("the lowdown", "fact box"), ("fact file", "fact box"), ("factfile", "fact box"),
    ("scorecard", "fact box"), ("in today's brief", "contents box"), ("references", "references"),
    ("in today's issue", "contents box"), ("in today's edition", "contents box"),
    ("timeline", "fact box"), ("key dates", "fact box"), ("chronology", "fact box"),
    ("what you need to know", "summary box"),
];

/// Counts a fact box is titled with: "Three numbers", "5 numbers".
#[rustfmt::skip]
const COUNT_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "2", "3", "4", "5",
    "6", "7", "8", "9", "10",
];

/// Why a box labelled `label` (folded) is not body: the label alone ("Key points"), the label
/// before the box's title ("FACT BOX: What are PFAS?", "KEY FIGURES (H1 2026)"), or a count of
/// numbers ("Three numbers").
fn box_reason(label: &str) -> Option<&'static str> {
    let known = |l: &str| BOX_LABELS.iter().find(|(k, _)| *k == l).map(|&(_, r)| r);
    if let Some(reason) = known(label) {
        return Some(reason);
    }
    if let Some((head, _)) = label.split_once([':', '(']) {
        return known(head.trim());
    }
    if SPONSOR_LABELS.iter().any(|l| label.starts_with(l)) {
        return Some("advertisement");
    }
    match label.split_once(' ') {
        Some((count, "numbers")) if COUNT_WORDS.contains(&count) => Some("fact box"),
        _ => None,
    }
}

/// Openings of a sponsor's label over its slot: "PRESENTED BY EXAMPLE BANK".
const SPONSOR_LABELS: &[&str] = &["presented by ", "brought to you by ", "sponsored by "];

fn label_is(line: &str, label: &str) -> bool {
    cleanup::norm(line) == label
}

/// Whether `line` is a box's label alone: "Summary", "Key points:".
pub(super) fn is_box_label(line: &str) -> bool {
    let label = cleanup::norm(line);
    BOX_LABELS.iter().any(|(l, _)| *l == label)
}

/// Buttons that close a promotion's block: "Ad line / Learn more".
pub(super) const PROMO_BUTTONS: &[&str] = &[
    "learn more",
    "find out more",
    "register free",
    "register now",
    "register here",
    "book now",
    "try it free",
    "start free trial",
    "shop now",
];

/// The longest line of a promotion's block, in words: a slogan, not a paragraph.
const PROMO_LINE_WORDS: usize = 25;

/// The longest line a labelled box holds, in words: a synopsis is a sentence or two.
const BOX_LINE_WORDS: usize = 60;

/// Drops labelled boxes: the label and the lines under it in the same block.
pub fn drop_labelled_boxes(units: &mut [Unit], body_start: usize) {
    for i in body_start..units.len() {
        // Paragraphs are the common case: neither counted to the end nor folded.
        let reason = if units[i].text.len() > 48
            || units[i].text.split_whitespace().nth(5).is_some()
        {
            // "This issue is supported by Example Analytics" over the sponsor's pitch.
            let long_label = units[i].text.len() <= 100 && units[i].drop == Some("advertisement");
            long_label
                .then(|| super::promos::is_sponsor_line(&cleanup::norm(&units[i].text)))
                .filter(|&s| s)
                .map(|_| "advertisement")
        } else {
            box_reason(&cleanup::norm(&units[i].text))
        };
        let Some(reason) = reason else {
            continue;
        };
        let mut end = box_end(units, i);
        // A label alone in its block is a heading of the article, not a box.
        if end == i + 1 {
            continue;
        }
        if reason == "advertisement" {
            end = end.min(advert_end(units, i));
        }
        // So is a label over more reporting than a box holds: a live page's "Summary" over
        // its entries, scraped with no blank line to end a box.
        if units[i + 1..end].iter().filter(|u| u.reported()).count() > BOX_MAX_REPORTED {
            continue;
        }
        // A press release lists its highlights under its lead paragraph, as part of the
        // announcement; a news page's box of them sits above the story.
        if label_is(&units[i].text, "highlights") && units[body_start..i].iter().any(Unit::reported)
        {
            continue;
        }
        // A box lists points; a paragraph that quotes its speaker is the story, scraped with
        // no blank line after the box.
        if let Some(quote) = (i + 1..end).find(|&j| quotes_speaker(&units[j])) {
            end = quote;
        }
        for u in &mut units[i..end] {
            u.drop.get_or_insert(reason);
        }
    }
}

/// A paragraph of reporting that quotes someone and names the speaker.
fn quotes_speaker(u: &Unit) -> bool {
    u.reported() && u.text.contains(['"', '\u{201C}']) && super::markers::is_attributed(&u.text)
}

/// The most paragraphs of reporting (sentences of fifteen words or more) a labelled box holds:
/// key points and fact boxes are a handful of items.
const BOX_MAX_REPORTED: usize = 6;

/// Where the box labelled at `label` ends: at the next blank line, or at a line too long to be
/// one of its items. Pages scraped without blank lines run the box into the story, and there a
/// paragraph twice as long as every item above it ('Summary / three short bullets / SANTIAGO,
/// June 9 – a 40-word lead') is the story going on.
fn box_end(units: &[Unit], label: usize) -> usize {
    let mut longest = 0;
    for (j, unit) in units.iter().enumerate().skip(label + 1) {
        let words = word_count(&unit.text);
        let paragraph = j > label + 1 && words > BOX_ITEM_WORDS && words > 2 * longest;
        if unit.blank_before || words > BOX_LINE_WORDS || paragraph || is_clock_line(&unit.text) {
            return j;
        }
        longest = longest.max(words);
    }
    units.len()
}

/// "15:40", "3.05pm", "09:12 GMT": a live page's entry begins at its time, so a box above the
/// entries ends there.
fn is_clock_line(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    super::controls::is_clock(first) && words.count() <= 1
}

/// Where the advertisement labelled at `label` ends: after its first sentence and the button
/// under it. A slot holds one pitch ("Cut downtime, not corners. Learn more at our stand."),
/// or a column of clickbait headlines, none a sentence; the story's subheading may follow on
/// a page scraped without blank lines.
fn advert_end(units: &[Unit], label: usize) -> usize {
    let sentence = (label + 1..units.len()).find(|&j| {
        units[j]
            .text
            .trim_end()
            .ends_with(['.', '!', '"', '\u{201D}'])
    });
    let Some(at) = sentence else {
        return units.len();
    };
    let button = units
        .get(at + 1)
        .is_some_and(|u| PROMO_BUTTONS.contains(&cleanup::norm(&u.text).as_str()));
    at + 1 + usize::from(button)
}

/// A box's item may be this long, in words, whatever the items above it: past it, a line
/// twice as long as each of them is a paragraph.
const BOX_ITEM_WORDS: usize = 25;

/// Headings over an article's list of tags.
const TAG_LABELS: &[&str] = &[
    "tags",
    "tagged",
    "tagged with",
    "topics",
    "related tags",
    "filed under",
    "keywords",
];

/// "Tags / Courts / Dublin / Fraud": under a tag heading, the column of one- to four-word
/// lines that follows is the article's tags, whatever they say.
pub fn drop_tag_lists(units: &mut [Unit], body_start: usize) {
    let tag = |u: &Unit| {
        word_count(&u.text) <= 4
            && u.text.len() <= 40
            && !u
                .text
                .trim_end()
                .ends_with(['.', '!', '?', '"', '\u{201D}'])
    };
    let mut i = body_start;
    while i < units.len() {
        let heading = units[i].text.len() <= 20
            && TAG_LABELS.contains(&cleanup::norm(&units[i].text).as_str());
        if !heading {
            i += 1;
            continue;
        }
        units[i].drop.get_or_insert("tag list");
        i += 1;
        while i < units.len() && tag(&units[i]) {
            units[i].drop.get_or_insert("tag list");
            i += 1;
        }
    }
}

/// "Before it's news, it's on the Example Terminal. / LEARN MORE", "ADVERTISEMENT / Flats by
/// the sea from €395,000. Call 2123 4567": a block of two or three short lines that ends with
/// a promotion's button, or is an advertisement's label and its one line, is a promotion.
pub fn drop_promo_blocks(units: &mut [Unit], body_start: usize) {
    let mut start = body_start;
    while start < units.len() {
        let end = (start + 1..units.len())
            .find(|&j| units[j].blank_before)
            .unwrap_or(units.len());
        if is_promo_block(&units[start..end]) {
            for u in &mut units[start..end] {
                u.drop.get_or_insert("advertisement");
            }
        }
        start = end;
    }
}

fn is_promo_block(block: &[Unit]) -> bool {
    if !(2..=3).contains(&block.len())
        || block.iter().any(|u| word_count(&u.text) > PROMO_LINE_WORDS)
    {
        return false;
    }
    let button = PROMO_BUTTONS.contains(&cleanup::norm(&block[block.len() - 1].text).as_str());
    let labelled = block.len() == 2
        && cleanup::norm(&block[0].text) == "advertisement"
        && is_sales_pitch(&block[1].text);
    button || labelled
}

/// Words a sales pitch addresses its reader with, or opens on as an order.
#[rustfmt::skip]
const PITCH_WORDS: &[&str] = &[
    "call", "book", "buy", "shop", "order", "get", "save", "visit",
    "discover", "try", "subscribe", "download", "join", "register", "apply", "enquire",
];

/// "Flats by the sea from €395,000. Call 2123 4567", "Get 20% off your first order": the slot's
/// advertisement speaks to the reader, or gives an order in one of its sentences. Scrapers also
/// run the empty slot's label into the next line of the story, a subheading or a paragraph of
/// reporting, which speaks of others or asks its interviewee.
fn is_sales_pitch(line: &str) -> bool {
    let lower = line.to_lowercase();
    // An interviewer's question ("How did that affect you?") speaks to the one interviewed.
    let reported = [" said", " says", " told "]
        .iter()
        .any(|p| lower.contains(p))
        || lower.trim_end().ends_with('?');
    let word = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    let addressed = lower
        .split_whitespace()
        .any(|w| matches!(word(w).as_str(), "you" | "your"));
    let ordered = lower
        .split(['.', '!', '?', '\u{2014}'])
        .filter_map(|s| s.split_whitespace().next())
        .any(|w| PITCH_WORDS.contains(&word(w).as_str()));
    !reported && (addressed || ordered)
}

/// "Another story's headline / Ann Lee · Aug 6, 2025": a block of a headline or two and a
/// byline line with its own date is a teaser for another article.
pub fn drop_teaser_blocks(units: &mut [Unit], body_start: usize, today: Date) {
    let mut start = body_start;
    while start < units.len() {
        let end = (start + 1..units.len())
            .find(|&j| units[j].blank_before)
            .unwrap_or(units.len());
        if is_teaser_block(&units[start..end], today) {
            for u in &mut units[start..end] {
                u.drop.get_or_insert("sidebar teaser");
            }
        }
        start = end;
    }
}

/// Two to four lines, one of them a dated byline, the others headline-length link text.
fn is_teaser_block(block: &[Unit], today: Date) -> bool {
    if !(2..=4).contains(&block.len()) {
        return false;
    }
    let dated = |u: &Unit| {
        (byline::has_opener(&u.text) || u.text.contains(['\u{b7}', '|', '\u{2022}']))
            && byline::parse(&u.text, today).is_some_and(|b| b.date.is_some())
    };
    let meta = block.iter().filter(|u| dated(u)).count();
    let bare_date = |u: &Unit| super::dates::is_date_line(&u.text);
    meta >= 1
        && block
            .iter()
            .any(|u| !dated(u) && !bare_date(u) && cleanup::link_text(&u.text))
        && block.iter().all(|u| {
            dated(u) || bare_date(u) || cleanup::link_text(&u.text) || byline::has_opener(&u.text)
        })
}

/// Drops pull quotes: a short quoted line whose words are almost all in one other paragraph,
/// the sentence it repeats in large type.
pub fn drop_pull_quotes(units: &mut [Unit], body_start: usize) {
    for i in body_start..units.len() {
        if !units[i].kept() || !is_quote_line(&units[i].text) {
            continue;
        }
        // A few words from inside the quote must recur verbatim before the words are compared:
        // most quoted paragraphs repeat nothing, and are not split into words.
        let Some(needle) = inner_phrase(&units[i].text) else {
            continue;
        };
        let finder = memchr::memmem::Finder::new(needle.as_bytes());
        let len = units[i].text.len();
        let repeats = |k: usize, u: &Unit| {
            k != i && u.kept() && u.text.len() > len && finder.find(u.text.as_bytes()).is_some()
        };
        let Some(other) = (body_start..units.len()).find(|&k| repeats(k, &units[k])) else {
            continue;
        };
        let words = word_set(&units[i].text);
        let theirs = word_set(&units[other].text);
        if words.iter().filter(|w| theirs.contains(*w)).count() * 10 >= words.len() * 9 {
            units[i].drop = Some("pull quote");
            // "- Judge Ann Lee" on the line under it names who said it.
            if let Some(next) = units.get_mut(i + 1).filter(|u| is_dash_name(&u.text)) {
                next.drop = Some("pull quote");
            }
        }
    }
}

/// The fewest words of a line taken for a repeat: shorter lines ("Nobody was hurt.") may
/// well be said twice.
const REPEAT_MIN_WORDS: usize = 6;

/// The most words of a pull quote: one or two sentences.
const REPEAT_MAX_WORDS: usize = 40;

/// Drops a quoting line that repeats, sentence for sentence, part of a longer paragraph: a
/// pull quote set in large type with its speaker ("'It is the best feeling,' Reed said."). Sentences are compared by their letters and digits, whatever
/// the quotation marks, so only the longer paragraph, which holds them all, is kept.
pub fn drop_repeated_sentences(units: &mut [Unit], body_start: usize) {
    // A pull quote quotes someone; a paragraph that opens another with the same words is the
    // page's text scraped twice, which the reader sees once either way.
    let candidate = |u: &Unit| {
        u.kept()
            && u.text.contains(['"', '\u{201C}', '\u{201D}', '\u{2018}'])
            && (REPEAT_MIN_WORDS..=REPEAT_MAX_WORDS).contains(&word_count(&u.text))
    };
    // Most pages have none: the paragraphs are hashed only when one is there.
    if !units[body_start.min(units.len())..].iter().any(candidate) {
        return;
    }
    // (sentence hash, unit, sentences in that unit) for the kept paragraphs.
    let mut seen: Vec<(u64, usize, usize)> = Vec::new();
    for (i, u) in units
        .iter()
        .enumerate()
        .skip(body_start)
        .filter(|(_, u)| u.kept())
    {
        let hashes = sentence_hashes(&u.text);
        seen.extend(hashes.iter().map(|&h| (h, i, hashes.len())));
    }
    for i in body_start..units.len() {
        if !candidate(&units[i]) {
            continue;
        }
        let mine = sentence_hashes(&units[i].text);
        // Another paragraph of more sentences that holds every sentence of this one.
        let holder = seen
            .iter()
            .filter(|&&(h, k, n)| k != i && n > mine.len() && h == mine[0])
            .map(|&(_, k, _)| k)
            .find(|&k| {
                units[k].kept()
                    && mine
                        .iter()
                        .all(|m| seen.iter().any(|&(h, o, _)| o == k && h == *m))
            });
        if holder.is_some() {
            units[i].drop = Some("pull quote");
        }
    }
}

/// A hash of each sentence of `text`, by its lowercased letters and digits: sentences end at
/// a full stop, question or exclamation mark before a space or the end.
fn sentence_hashes(text: &str) -> Vec<u64> {
    let mut out = Vec::new();
    // The sentence's letters, hashed once it ends (hashing letter by letter cost more than
    // the rest of the cleanup).
    let mut letters = String::new();
    let mut chars = text.chars().peekable();
    let mut stop = false;
    while let Some(c) = chars.next() {
        if c.is_ascii_alphanumeric() {
            letters.push(c.to_ascii_lowercase());
        } else if c.is_alphanumeric() {
            letters.extend(c.to_lowercase());
        }
        // "… running.\u{201D} He added": the closing quotation mark goes with its sentence.
        stop = matches!(c, '.' | '!' | '?')
            || (stop && matches!(c, '"' | '\u{201D}' | '\u{2019}' | ')'));
        let end = stop && chars.peek().is_none_or(|n| n.is_whitespace());
        if (end || chars.peek().is_none()) && !letters.is_empty() {
            out.push(crate::hash::of(letters.as_str()));
            letters.clear();
        }
    }
    out
}

/// The second to fifth words of a line, as written: a phrase any repetition of the line has,
/// whatever its first word's case and its punctuation at the ends.
fn inner_phrase(text: &str) -> Option<String> {
    let mut words: Vec<&str> = text.split_whitespace().skip(1).take(4).collect();
    // "I just wanted the ball. The boys…" is repeated as "I just wanted the ball," Lee said:
    // the phrase stops before the punctuation that ends a clause.
    if let Some(last) = words.last_mut() {
        *last = last.trim_end_matches(['.', ',', ';', ':', '!', '?']);
    }
    // "was charming, he was": a comma inside the phrase is repeated with it.
    let clean = words.iter().all(|w| {
        let w = w.strip_suffix([',', ';']).unwrap_or(w);
        !w.is_empty() && w.chars().all(|c| c.is_alphanumeric() || c == '\'')
    });
    (words.len() == 4 && clean).then(|| words.join(" "))
}

/// A line of 5 to 40 words in quotation marks with no speaker named after the quote, or only
/// a name after a dash ("… — Ann Lee"): how pull quotes look.
fn is_quote_line(text: &str) -> bool {
    let t = text.trim();
    let Some(inner) = t.strip_prefix(['"', '\u{201C}']) else {
        return false;
    };
    let after_quote = inner
        .rfind(['"', '\u{201D}'])
        .map_or("", |at| inner[at..].trim_start_matches(['"', '\u{201D}']));
    let attribution = after_quote
        .trim_start()
        .strip_prefix(['\u{2014}', '\u{2013}'])
        .is_some_and(|name| (1..=4).contains(&word_count(name)));
    (5..=40).contains(&word_count(t))
        && (attribution || !after_quote.chars().any(char::is_alphabetic))
}

/// "THE BIG STORY", "ALSO WORTH YOUR TIME": a newsletter's or magazine's section label in
/// capitals inside the body, no subheading of the story (those are written in sentence case).
pub fn drop_caps_labels(units: &mut [Unit], body_start: usize) {
    for u in units[body_start..].iter_mut().filter(|u| u.kept()) {
        if is_caps_label(&u.text) {
            u.drop = Some("section label");
        }
    }
}

/// Two to six words in capitals, with no figures and no sentence's end.
fn is_caps_label(text: &str) -> bool {
    let t = text.trim();
    t.len() <= 60
        && (2..=6).contains(&word_count(t))
        && t.chars().any(char::is_alphabetic)
        && t.chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '\'' | '\u{2019}' | '&' | '-' | ':'))
}

/// "— Ann Lee" as the last line of the story: the writer's sign-off, not a paragraph.
pub fn drop_sign_off(units: &mut [Unit], body_start: usize) {
    let last = units[body_start..].iter_mut().rev().find(|u| u.kept());
    if let Some(u) = last.filter(|u| is_dash_name(&u.text)) {
        u.drop = Some("sign-off");
    }
}

/// "- Judge Ann Lee", "— Ann Lee": a name of one to six words after a dash, alone on its line.
fn is_dash_name(text: &str) -> bool {
    text.trim()
        .strip_prefix(['-', '\u{2013}', '\u{2014}'])
        .map(str::trim)
        .is_some_and(|name| {
            (1..=6).contains(&word_count(name))
                && name.starts_with(char::is_uppercase)
                && !name.ends_with(['.', '!', '?'])
        })
}

/// The lowercased words of a line, without punctuation.
fn word_set(text: &str) -> HashSet<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn drops(text: &str, f: impl Fn(&mut [Unit])) -> Vec<Option<&'static str>> {
        let mut units = cleanup::units(text);
        f(&mut units);
        units.iter().map(|u| u.drop).collect()
    }

    #[test]
    fn a_repeated_sentence_goes_and_the_paragraph_holding_it_stays() {
        let text = "\"The pier will close for good,\" the chair said.\n\"The pier will close for good,\" the chair said. \"We have no choice.\"\n\"Go,\" he said.\n\"Go,\" he said. The pier was empty.";
        let d = drops(text, |u| drop_repeated_sentences(u, 0));
        // "'Go,' he said." is too short to be taken for a repeat.
        assert_eq!(d, [Some("pull quote"), None, None, None]);
    }

    #[test]
    fn labelled_box_goes_with_its_lines_but_a_lone_heading_stays() {
        let d = drops(
            "Key points:\nThe river peaked at dawn\nSchools are shut\n\nBody.",
            |u| drop_labelled_boxes(u, 0),
        );
        assert_eq!(
            d,
            [Some("summary box"); 3]
                .into_iter()
                .chain([None])
                .collect::<Vec<_>>()
        );
        let d = drops("Summary\n\nBody.", |u| drop_labelled_boxes(u, 0));
        assert_eq!(d, [None, None]);
        let d = drops(
            "TIMELINE: How the bridge failed\n2 May \u{2013} Crack found\n9 May \u{2013} Bridge shut\n\nBody.",
            |u| drop_labelled_boxes(u, 0),
        );
        assert_eq!(
            d,
            [Some("fact box"), Some("fact box"), Some("fact box"), None]
        );
    }

    #[test]
    fn a_box_without_blank_lines_ends_at_a_live_entrys_time() {
        let d = drops(
            "Key points\nThe dam held overnight, engineers said.\n09:15\nCrews reopened the bridge at dawn and traffic moved again.\n",
            |u| drop_labelled_boxes(u, 0),
        );
        assert_eq!(d[..2], [Some("summary box"); 2]);
        assert_eq!(d[2..], [None, None]);
    }

    #[test]
    fn a_box_without_blank_lines_ends_at_the_first_quote() {
        let d = drops(
            "Key points\nThe bridge shuts in May\nA ferry will run instead\n\"We had no choice but to close the old bridge before the winter storms,\" the mayor said.\nThe council voted on Monday after engineers found cracks in two of the old piers.",
            |u| drop_labelled_boxes(u, 0),
        );
        assert_eq!(d[..3], [Some("summary box"); 3]);
        assert_eq!(d[3..], [None, None]);
    }

    #[test]
    fn a_box_without_blank_lines_ends_at_the_first_paragraph() {
        let d = drops(
            "Summary\nThe council votes to close the old swing bridge for good\nRepairs would have cost more than building a new crossing\nHARBORTON, May 2 - The town council voted on Monday to close the old swing bridge for good, after engineers found that its piers had cracked and that repairs would cost more than a new crossing.\nThe vote was unanimous.",
            |u| drop_labelled_boxes(u, 0),
        );
        let s = Some("summary box");
        assert_eq!(d, [s, s, s, None, None]);
    }

    #[test]
    fn a_promotion_ends_with_its_button_or_follows_its_label() {
        let d = drops(
            "Body.\n\nEvery fare, first, on the Example app.\nLearn more\n\nADVERTISEMENT\nSea-view flats from \u{20ac}300,000. Call 2100 0000\n\nMore body.",
            |u| drop_promo_blocks(u, 0),
        );
        let ad = Some("advertisement");
        assert_eq!(d, [None, ad, ad, ad, ad, None]);
        let d = drops("Body.\n\nAdvertisement\n\nMore body.", |u| {
            drop_promo_blocks(u, 0)
        });
        assert_eq!(d, [None, None, None]);
    }

    #[test]
    fn a_sponsors_line_heads_the_sponsors_pitch() {
        let mut units = cleanup::units(
            "This week's issue is supported by Example Analytics\nForecasts for every node on the grid. Start a free trial today.\n\nThe grid held up.",
        );
        units[0].drop = cleanup::line_noise(&units[0].text);
        drop_labelled_boxes(&mut units, 0);
        let kept = cleanup::kept_texts(&units);
        assert_eq!(kept, ["The grid held up."]);
    }

    #[test]
    fn newsletter_boxes_go_with_their_lines() {
        let d = drops(
            "A WORD FROM OUR SPONSOR\nBoots tested on the ice. Readers get 10% off.\n\nWHAT I'M READING\n- A long read on ferries\n- Why the port is busy\n\nBody.",
            |u| drop_labelled_boxes(u, 0),
        );
        assert_eq!(d.iter().filter(|r| r.is_some()).count(), 5, "{d:?}");
    }

    #[test]
    fn teaser_with_its_own_byline_and_date() {
        let today = Date::constant(2025, 12, 1);
        let d = drops(
            "Body para.\n\nTalks stall again, sources say\nAnn Lee \u{b7} Aug 6, 2025\n",
            |u| drop_teaser_blocks(u, 0, today),
        );
        assert_eq!(d, [None, Some("sidebar teaser"), Some("sidebar teaser")]);
    }

    #[test]
    fn pull_quote_repeats_a_sentence() {
        let d = drops(
            "\u{201C}We never wanted this,\u{201D} she said. \u{201C}It is the only real choice we had left.\u{201D}\n\n\u{201C}It is the only real choice we had left.\u{201D}\n\n\u{201C}Nobody asked us about any of it.\u{201D}",
            |u| drop_pull_quotes(u, 0),
        );
        assert_eq!(d, [None, Some("pull quote"), None]);
    }
}
