//! Widgets embedded in the article's text, found by their shape: a social-media post quoted
//! in the story ("Name @handle · 19 Mar / its text / 218 reposts 64 likes") and a reader poll
//! ("POLL / Would you use the new line? / Yes — 64% / No — 21% / 1,204 votes"). The post's
//! header, counters and (when it is boxed as an embed) its text, and the whole poll, are the
//! page's, not the story's.

use super::byline;
use super::cleanup::{self, Unit, word_count};
use super::controls::{
    PLAYER_CELLS, REACTION_NOUNS, count_pairs, is_count, is_count_line, is_duration,
};
use super::dates::is_date_line;

/// The drop reason of an embedded post's lines.
const EMBED: &str = "embedded post";

/// How many lines after a post's header its counters may come: the post's text is a
/// paragraph or two.
const POST_LINES: usize = 3;

/// Drops embedded posts: the header line ("Name @handle · date", "Post from @handle"), and
/// the post's text when the embed is boxed, with its reaction counters under it or an
/// "Embedded post" label over it.
pub fn drop_embedded_posts(units: &mut [Unit], body_start: usize) {
    for i in body_start..units.len() {
        if !units[i].kept() || !is_post_header(&units[i].text) {
            continue;
        }
        units[i].drop = Some(EMBED);
        let labelled = i > body_start && is_embed_label(&cleanup::norm(&units[i - 1].text));
        if labelled {
            units[i - 1].drop = Some(EMBED);
        }
        let end = units.len().min(i + 1 + POST_LINES);
        let counters = (i + 1..end).find(|&j| is_reaction_row(&units[j].text));
        let text_end = match counters {
            Some(c) => c + 1,
            // The post's text is the one line under its header.
            None if labelled && i + 1 < units.len() => i + 2,
            None => i + 1,
        };
        for u in &mut units[i + 1..text_end] {
            u.drop = Some(EMBED);
        }
    }
}

/// "Embedded post", "Embedded tweet": a label a page puts over a post it shows.
fn is_embed_label(n: &str) -> bool {
    matches!(
        n,
        "embedded post" | "embedded tweet" | "embedded content" | "embedded video"
    )
}

/// Separators between a post's author and its date.
const META_SEPARATORS: [char; 4] = ['\u{b7}', '|', '\u{2022}', '\u{2014}'];

/// "Harbour Water @HarbourWater · 19 Mar", "Ann Lee @annlee.bsky.social", "Post from
/// @CityAlerts · 2:41 PM": a post's author (a name of a few words, or "Post from") and handle,
/// then nothing or a short date or time.
pub fn is_post_header(line: &str) -> bool {
    if !line.contains('@') || word_count(line) > 12 || byline::has_opener(line) {
        return false;
    }
    let (head, tail) = line.split_once(META_SEPARATORS).unwrap_or((line, ""));
    let mut tokens: Vec<&str> = head.split_whitespace().collect();
    let Some(handle) = tokens.pop() else {
        return false;
    };
    let name_ok = tokens.len() <= 6
        && tokens
            .iter()
            .all(|t| !t.ends_with(['.', ',', '!', '?', ':', ';']) && !t.contains('@'));
    let named = tokens
        .first()
        .is_some_and(|t| t.starts_with(char::is_uppercase));
    let tail = tail.trim();
    let dated =
        tail.is_empty() || (word_count(tail) <= 5 && tail.contains(|c: char| c.is_ascii_digit()));
    is_handle(handle) && name_ok && (named || tokens.is_empty()) && dated
}

/// "@harbour_water", "@ann.bsky.social": a social-media handle.
fn is_handle(token: &str) -> bool {
    token.strip_prefix('@').is_some_and(|h| {
        h.chars().count() >= 2
            && h.chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '-'))
            && !h.ends_with('.')
    })
}

/// Glyphs a post's counters are shown with instead of nouns: "♥ 1.2K  ↻ 318".
const REACTION_GLYPHS: &[char] = &[
    '\u{2665}',
    '\u{2764}',
    '\u{21bb}',
    '\u{1f501}',
    '\u{1f4ac}',
    '\u{1f44d}',
    '\u{2661}',
];

/// "218 reposts 64 likes", "Mar 30, 2026 · 412 likes · 96 reposts", "♥ 1.2K  ↻ 318": the
/// reaction counters under a post, perhaps after its date.
pub fn is_reaction_row(line: &str) -> bool {
    if word_count(line) > 14 {
        return false;
    }
    let mut counts = 0;
    for part in line.split(META_SEPARATORS).map(str::trim) {
        if part.is_empty() || is_date_line(part) {
            continue;
        }
        let Some(n) = counted_part(part) else {
            return false;
        };
        counts += n;
    }
    counts > 0
}

/// How many counters one part of a counters row holds ("412 likes 96 reposts" → 2), if it is
/// made of nothing else.
fn counted_part(part: &str) -> Option<usize> {
    let lower = part.to_lowercase();
    if let Some(pairs) = count_pairs(&lower, REACTION_NOUNS) {
        return Some(pairs);
    }
    let tokens: Vec<&str> = lower.split_whitespace().collect();
    let glyphs = tokens
        .iter()
        .filter(|t| t.chars().all(|c| REACTION_GLYPHS.contains(&c)))
        .count();
    let numbers = tokens.iter().filter(|t| is_count(t)).count();
    (glyphs > 0 && glyphs + numbers == tokens.len() && numbers > 0).then_some(numbers)
}

/// "Now playing / 2:14 / Mayor concedes: 'We lost'": a player's label and running time over
/// the title of the video it shows, which is the player's, not a line of the story.
pub fn drop_player_titles(units: &mut [Unit], body_start: usize) {
    // The label and time may close the page's top, over the body's first line.
    for i in body_start.max(2) - 1..units.len().saturating_sub(1) {
        let timed = !units[i].kept() && is_duration(units[i].text.trim());
        let title = &units[i + 1];
        if timed
            && PLAYER_CELLS.contains(&cleanup::norm(&units[i - 1].text).as_str())
            && title.kept()
            && !title.blank_before
            && cleanup::link_text(&title.text)
        {
            units[i + 1].drop = Some("video title");
        }
    }
}

/// Labels over a reader poll.
const POLL_LABELS: &[&str] = &[
    "poll",
    "quick poll",
    "reader poll",
    "our poll",
    "daily poll",
];

/// Drops reader polls: the label, the question under it and the answers, buttons and vote
/// count that follow.
pub fn drop_polls(units: &mut [Unit], body_start: usize) {
    let mut i = body_start;
    while i + 1 < units.len() {
        let label = units[i].text.len() <= 20
            && POLL_LABELS.contains(&cleanup::norm(&units[i].text).as_str());
        if !label || !units[i + 1].text.trim_end().ends_with('?') {
            i += 1;
            continue;
        }
        let options = poll_options(&units[i + 2..]);
        for u in &mut units[i..i + 2 + options] {
            u.drop = Some("poll");
        }
        i += 2 + options;
    }
}

/// The most answers a poll offers.
const POLL_ANSWERS: usize = 8;

/// How many of `units`, under a poll's question, are its answers and buttons: lines that are
/// a poll's whatever they say ("Yes — 64%", "View results"), or short answers of the poll's
/// own ("Yes, badly", "A little") when such a line (a button, a vote count) closes them.
fn poll_options(units: &[Unit]) -> usize {
    let known = units.iter().take_while(|u| is_poll_option(&u.text)).count();
    let run = units
        .iter()
        .take(POLL_ANSWERS)
        .take_while(|u| is_poll_option(&u.text) || is_short_answer(&u.text))
        .count();
    let closed = (0..run).rev().find(|&k| is_poll_option(&units[k].text));
    closed.map_or(known, |k| known.max(k + 1))
}

/// "Yes, badly", "Only on weekends": an answer of a few words, no sentence.
fn is_short_answer(line: &str) -> bool {
    let t = line.trim_end();
    (1..=6).contains(&word_count(t)) && !t.ends_with(['.', '?', '!', ':', '"', '\u{201D}'])
}

/// Buttons and answers that need no more to be a poll's: "Yes", "Don't know", "View results".
#[rustfmt::skip]
const POLL_WORDS: &[&str] = &[
    "yes", "no", "maybe", "not sure", "don't know", "unsure", "undecided", "other", "vote",
    "submit", "view results", "see results", "show results", "results",
];

/// Radio buttons a scraped poll keeps before its answers.
const RADIO: &[char] = &[
    '\u{25ef}',
    '\u{25cb}',
    '\u{25cf}',
    '\u{25c9}',
    '\u{2610}',
    '\u{2611}',
    '\u{26aa}',
    '\u{1f518}',
];

/// One line of a poll under its question: a radio button's answer, an answer with its share
/// ("Yes — 64%"), a common answer or button, or the count of votes.
fn is_poll_option(line: &str) -> bool {
    let t = line.trim();
    let n = cleanup::norm(t);
    let share = t
        .trim_end_matches(|c: char| c == ')' || c.is_whitespace())
        .ends_with('%');
    // "Vote   View results": the poll's buttons in one row.
    let buttons = t
        .split("  ")
        .filter(|b| !b.trim().is_empty())
        .all(|b| POLL_WORDS.contains(&cleanup::norm(b).as_str()));
    word_count(t) <= 10
        && (t.starts_with(RADIO)
            || share
            || buttons
            || is_count_line(&n, &["votes", "vote", "responses"]))
}

/// The fewest rows that make a table: two teams' lines, or three finishers'.
const TABLE_ROWS: usize = 3;

/// Drops tables kept as lines: a league table ("Team P W D L Pts / Lions 4 4 0 0 8 / …") or
/// a race's results ("1. Ann Lee (Harbour AC) 10.79 PB / 2. …"), three rows or more, and the
/// short label over them ("Division 1 table", "WOMEN'S 100m FINAL").
pub fn drop_tables(units: &mut [Unit], body_start: usize) {
    let mut i = body_start;
    while i < units.len() {
        let run = units[i..]
            .iter()
            .take_while(|u| is_table_row(&u.text))
            .count();
        if run < TABLE_ROWS {
            i += run.max(1);
            continue;
        }
        for u in &mut units[i..i + run] {
            u.drop = Some("results table");
        }
        if i > body_start && is_table_label(&units[i - 1].text, TABLE_LABEL_WORDS) {
            units[i - 1].drop = Some("results table");
        }
        i += run;
    }
    drop_cell_tables(units, body_start);
}

/// The longest label over a table of league rows, in words.
const TABLE_LABEL_WORDS: usize = 6;

/// The longest label over a table of cells, in words: "RESULTS  Harbour ward (98% counted)".
const CELL_LABEL_WORDS: usize = 10;

/// Drops tables kept as rows of cells split by bars or wide spaces ("Company | Revenue | EPS",
/// "Ann Lee  IND  4,102  51.2%"): three rows or more with the same number of cells, one of
/// them holding a figure, and the short label over them.
fn drop_cell_tables(units: &mut [Unit], body_start: usize) {
    let mut i = body_start;
    while i < units.len() {
        let cells = row_cells(&units[i].text);
        let run = units[i..]
            .iter()
            .take_while(|u| cells > 0 && row_cells(&u.text) == cells)
            .count();
        let figures = units[i..i + run]
            .iter()
            .any(|u| u.text.contains(|c: char| c.is_ascii_digit()));
        if run < TABLE_ROWS || !figures {
            i += run.max(1);
            continue;
        }
        for u in &mut units[i..i + run] {
            u.drop = Some("results table");
        }
        if i > body_start
            && units[i - 1].kept()
            && is_table_label(&units[i - 1].text, CELL_LABEL_WORDS)
        {
            units[i - 1].drop = Some("results table");
        }
        i += run;
    }
}

/// The number of cells in a table's row, or 0 when the line is no row: three to twelve cells
/// split by " | " or by two spaces or more, each a few words, as no sentence is.
fn row_cells(text: &str) -> usize {
    // Paragraphs are the common case: a row is short, and split.
    if text.len() > 200 || !(text.contains(" | ") || text.contains("  ")) {
        return 0;
    }
    let cells: Vec<&str> = if text.contains(" | ") {
        text.split(" | ").collect()
    } else {
        text.split("  ").filter(|c| !c.trim().is_empty()).collect()
    };
    let short = cells
        .iter()
        .all(|c| (1..=5).contains(&word_count(c)) && !c.trim_end().ends_with([',', ';']));
    if (3..=12).contains(&cells.len()) && short {
        cells.len()
    } else {
        0
    }
}

/// A table's title: at most `most` words, no sentence.
fn is_table_label(text: &str, most: usize) -> bool {
    let t = text.trim_end();
    word_count(t) <= most && !t.ends_with(['.', '!', '?', '"', '\u{201D}', ','])
}

/// One row of a table: a name and three or more numbers ("Lions 4 4 0 0 8"), the heading row
/// of column letters ("Team P W D L Pts"), or a placed finisher and a time or mark ("2. Ann
/// Lee (Harbour AC) 10.84 SB").
fn is_table_row(text: &str) -> bool {
    // Paragraphs are the common case: a row is short and ends on a figure or a capital, or
    // is a short heading row ("Team P W D L Pts").
    let last = text.trim_end().chars().next_back();
    let ends = last.is_some_and(|c| c.is_ascii_digit() || c.is_uppercase());
    if text.len() > 120 || !(ends || text.len() <= 40) {
        return false;
    }
    let tokens: Vec<&str> = text.split_whitespace().collect();
    if tokens.is_empty() || tokens.len() > 12 {
        return false;
    }
    let number = |t: &str| {
        let t = t.trim_start_matches(['+', '-', '\u{2212}']);
        !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || c == '.')
    };
    let numbers = tokens.iter().rev().take_while(|t| number(t)).count();
    let name = &tokens[..tokens.len() - numbers];
    let named = !name.is_empty()
        && name.len() <= 4
        && name[0].starts_with(char::is_uppercase)
        && name.iter().all(|w| {
            let proper = w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || matches!(*w, "&" | "and" | "of" | "de");
            proper && !w.ends_with(['.', ',', ':', ';'])
        });
    let columns = tokens.len() >= 5
        && tokens.iter().filter(|t| t.len() == 1).count() >= 3
        && tokens
            .iter()
            .all(|t| t.len() <= 4 && t.starts_with(char::is_uppercase));
    (named && numbers >= 3) || columns || is_placing(&tokens)
}

/// "2. Ann Lee (Harbour AC) 10.84 SB": a place, a name, and a time or mark with a decimal
/// point, perhaps followed by a record's letters.
fn is_placing(tokens: &[&str]) -> bool {
    let placed = tokens[0]
        .strip_suffix('.')
        .is_some_and(|p| !p.is_empty() && p.len() <= 2 && p.chars().all(|c| c.is_ascii_digit()));
    let record = |t: &&str| t.len() <= 3 && t.chars().all(|c| c.is_ascii_uppercase() || c == '=');
    let mark = tokens.iter().rev().find(|t| !record(t)).is_some_and(|t| {
        t.contains(['.', ':'])
            && t.chars().any(|c| c.is_ascii_digit())
            && t.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '.' | ':'))
    });
    placed && mark && tokens.len() >= 3
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn post_headers() {
        assert!(is_post_header("Harbour Water @HarbourWater \u{b7} 19 Mar"));
        assert!(is_post_header("Ann Lee @annlee.bsky.social"));
        assert!(is_post_header("Post from @CityAlerts \u{b7} 2:41 PM"));
        assert!(!is_post_header("By Ann Lee @annlee"));
        assert!(!is_post_header("Write to the desk at news@example.com"));
        assert!(!is_post_header(
            "He told @CityAlerts followers to stay home."
        ));
    }

    #[test]
    fn reaction_rows() {
        assert!(is_reaction_row("31 reposts 9 likes"));
        assert!(is_reaction_row(
            "Apr 2, 2025 \u{b7} 80 likes \u{b7} 12 reposts"
        ));
        assert!(is_reaction_row("\u{2665} 2.4K  \u{21bb} 97"));
        assert!(!is_reaction_row("The 31 reposts drew 9 likes"));
        assert!(!is_reaction_row("Lions 22 \u{b7} Bears 18"));
    }

    #[test]
    fn table_rows() {
        assert!(is_table_row("Harbour Rovers 5 4 1 0 13"));
        assert!(is_table_row("Club P W D L Pts"));
        assert!(is_table_row("3. Bo Diaz (Lakeside AC) 2:03.41 PB"));
        assert!(!is_table_row("The vote was 11 5 2"));
        assert!(!is_table_row("1. What happens next?"));
        assert!(!is_table_row("Warning issued"));
    }

    #[test]
    fn tables_of_cells() {
        let mut units = cleanup::units(
            "The firm beat forecasts.\n\nRESULTS  Quarter ended June (unaudited)\nSegment  Sales  Change\nShips  $4.1M  +3%\nRail  $2.2M  -1%\n\nThe shares rose.",
        );
        drop_tables(&mut units, 0);
        let kept = cleanup::kept_texts(&units);
        assert_eq!(kept, ["The firm beat forecasts.", "The shares rose."]);
        assert_eq!(row_cells("Ann Lee | 4,102 | 51.2%"), 3);
        assert_eq!(
            row_cells("He said it.  She agreed, then left the room in a hurry.  Then rain."),
            0
        );
    }

    #[test]
    fn a_players_title_goes_with_its_label_and_time() {
        let mut units = cleanup::units(
            "Now playing\n1:48\nHarbour master: 'We were lucky'\n\nThe storm passed at dawn.",
        );
        for u in &mut units {
            u.drop = cleanup::line_noise(&u.text);
        }
        drop_player_titles(&mut units, 0);
        let kept = cleanup::kept_texts(&units);
        assert_eq!(kept, ["The storm passed at dawn."]);
    }

    #[test]
    fn a_polls_own_answers_go_when_a_button_closes_them() {
        let mut units = cleanup::units(
            "Poll\nWill you take the new ferry?\nYes, daily\nOnly at weekends\nVote   View results\nThe service starts in May.",
        );
        drop_polls(&mut units, 0);
        let kept = cleanup::kept_texts(&units);
        assert_eq!(kept, ["The service starts in May."]);
    }

    #[test]
    fn poll_options() {
        assert!(is_poll_option("\u{25ef} Only on weekends"));
        assert!(is_poll_option("Not at all \u{2014} 12%"));
        assert!(is_poll_option("2,311 votes"));
        assert!(!is_poll_option("Funding questions"));
    }
}
