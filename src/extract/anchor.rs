//! Finding the headline from below: the byline or dateline under a story's headline is easier
//! to recognise than the headline itself, which on a page scraped one line a paragraph has
//! tickers, teasers, language links and sponsored lines of the same shape above it. The line
//! just above the byline block (past a standfirst) is the headline when the line the top-down
//! rules chose is cut off from it by lines that are neither.

use jiff::civil::Date;

use super::authors::author_line;
use super::byline;
use super::cleanup::{self, Unit, word_count};
use super::dates::is_date_line;
use super::header;

/// How far below the chosen line the byline block is looked for, in units.
const REACH: usize = 25;

/// The headline above the first byline or dateline below `chosen`, when it is not `chosen`
/// itself and is cut off from it: a breadcrumb, a label or a teaser stands between, and no
/// paragraph (which would make `chosen` the headline and the block below another story's).
pub(super) fn headline_above_block(units: &[Unit], chosen: usize, today: Date) -> Option<usize> {
    // A label is the kicker rule's to read: "NEWS / Headline / Second deck / By Ann Lee".
    let chosen_text = &units.get(chosen)?.text;
    if word_count(chosen_text) < 4 || sentence(chosen_text) {
        return None;
    }
    let block = find_block(units, chosen, today)?;
    let h = line_above_block(units, chosen, block, today)?;
    let between = &units[chosen + 1..h];
    let cut_off = between.iter().any(heads_a_story);
    let story_between = between.iter().any(|u| u.kept() && sentence(&u.text));
    (cut_off && !story_between).then_some(h)
}

/// The first line under `chosen` that opens a byline block after a line that heads a story
/// (without one the block is `chosen`'s own), looked for until two paragraphs (a standfirst
/// may be one) show that the story has begun. Most pages have their byline right under the
/// headline and are not read further.
fn find_block(units: &[Unit], chosen: usize, today: Date) -> Option<usize> {
    let stop = units.len().min(chosen + REACH);
    let mut paragraphs = 0;
    let mut headed = false;
    for j in chosen + 1..stop {
        if units[j].kept() && sentence(&units[j].text) {
            paragraphs += 1;
            if paragraphs >= 2 {
                return None;
            }
        } else if headed && opens_block(units, j, today) {
            return Some(j);
        } else if heads_a_story(&units[j]) {
            headed = true;
        } else if !headed && plain_block(&units[j].text) {
            // "By Ann Lee" or the date right under `chosen`: its own byline block.
            return None;
        }
    }
    None
}

/// A line that stands over a headline, never under one: a section path ("Business › Ports"),
/// a breadcrumb, or a label of three words or fewer ("LIVE", "Premium").
fn heads_a_story(u: &Unit) -> bool {
    let t = u.text.trim_end();
    if t.len() > 120 {
        return false;
    }
    // "By Ann Lee" and "March 3, 2024" are as short, but open the block under a headline.
    let label = u.kept()
        && word_count(t) <= 3
        && !t.ends_with(['.', '!', '?', '"', '\u{201D}'])
        && !t.contains(|c: char| c.is_ascii_digit())
        && !byline::has_opener(t);
    label || header::is_section_path(t) || cleanup::line_noise(t) == Some("breadcrumb")
}

/// Whether unit `j` opens the byline block under a headline: a byline naming someone, an
/// author's name over the date, or a date line.
fn opens_block(units: &[Unit], j: usize, today: Date) -> bool {
    let text = &units[j].text;
    if text.len() > 160 {
        return false;
    }
    let named = byline::parse(text, today).is_some_and(|b| !b.authors.is_empty());
    named || is_date_line(text) || author_line(units, j, today, true).is_some()
}

/// A byline or dateline known without reading it as one: it opens as a byline does, or is a
/// short line with a date.
fn plain_block(text: &str) -> bool {
    byline::has_opener(text) || (text.len() <= 80 && is_date_line(text))
}

/// The headline over the byline block at `block`: the nearest line above it that is no
/// furniture, or the line above that when the nearest is a standfirst.
fn line_above_block(units: &[Unit], chosen: usize, block: usize, today: Date) -> Option<usize> {
    let mut above = (chosen + 1..block).rev().filter(|&k| {
        let t = &units[k].text;
        // "Ann Lee / Translated by Bo Diaz / DATE": the block's own lines are passed over.
        !noise(&units[k])
            && !header::is_translator_line(t)
            && !byline::is_person_name(t)
            && header::headshot_name(t).is_none()
            && !header::is_role_line(t)
    });
    let nearest = above.next()?;
    let h = if dek_of(units, nearest, above.clone().next()) {
        above.next()?
    } else {
        nearest
    };
    let text = &units[h].text;
    let plain = byline::parse(text, today).is_none() && !text.trim_end().ends_with([':', '.']);
    (headline_shape(text) && plain).then_some(h)
}

/// Whether the line at `k` is a standfirst under the headline at `above`: a sentence, a line
/// longer than the headline over it, or a match's score.
fn dek_of(units: &[Unit], k: usize, above: Option<usize>) -> bool {
    let Some(a) = above else {
        return false;
    };
    let (dek, head) = (&units[k].text, &units[a].text);
    let sentence_like = dek.trim_end().ends_with(['.', '!', '?']) && word_count(dek) >= 8;
    let longer = word_count(dek) >= 15 && word_count(dek) > word_count(head);
    // "Headline / HOME 1-24 AWAY 2-19 / Ann Lee": a match report's score under its headline.
    let score = header::is_score_line(dek);
    (sentence_like || longer || score) && headline_shape(head)
}

/// Four to thirty words, and not the section path or menu a headline sits under.
fn headline_shape(text: &str) -> bool {
    (4..=30).contains(&word_count(text))
        && header::headline_like(text)
        && !header::is_section_path(text)
        && !text.trim_end().ends_with(':')
}

/// A line already dropped, or one the line rules know as furniture.
fn noise(u: &Unit) -> bool {
    !u.kept() || cleanup::line_noise(&u.text).is_some_and(|r| r != "sidebar teaser")
}

/// A sentence of a paragraph's length: reporting, not a label or a teaser's headline.
fn sentence(text: &str) -> bool {
    text.trim_end().ends_with(['.', '!', '?', '"', '\u{201D}']) && word_count(text) >= 15
}
