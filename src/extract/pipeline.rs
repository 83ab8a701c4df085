//! The order in which extraction decides things: header (kicker, headline, bylines, dates),
//! page furniture line by line, where the article ends (comments, footers), photo alt text,
//! author bios, and finally the actors named in what is left.

use std::collections::{HashMap, HashSet};

use super::actors::Resolver;
use super::authors::{push_author, reporting_credit, signature};
use super::byline;
use super::captions;
use super::cleanup::{self, Unit};
use super::headline::read_header;
use super::{
    Dropped, ExtractOptions, Extracted, boxes, cards, comments, datelines, dates, gazetteer,
    header, markers, names, pagetop, promos, teasers, widgets,
};
use crate::text::name_key;

/// How many kept paragraphs must precede a tail marker before it may end the article: a
/// "Comments" line at the very top is navigation, not the end of the story.
const MIN_BODY_BEFORE_TAIL: usize = 2;

/// A day no page is dated after: dates are read whatever they are.
const FAR_FUTURE: jiff::civil::Date = jiff::civil::Date::constant(2100, 12, 31);

/// The drop reason of a box of links to other stories inside the article.
const SIDEBAR_BOX: &str = "sidebar box";

/// Runs every stage over one raw article.
pub fn run(text: &str, options: &ExtractOptions) -> Extracted {
    let mut out = Extracted::default();
    cleanup::forget_line_noise();
    let mut units = cleanup::units(text);
    let body_start = read_header(&mut units, options.today, &mut out);
    let mut heading = false;
    let mut chained = false;
    let mut late_date = None;
    // "By Reuters" over the story: its reporters are named at its foot.
    let agency_byline =
        out.authors.is_empty() && units[..body_start].iter().any(|u| u.drop == Some("byline"));
    // Byline lines in the body, by unit, with the names they give.
    let mut signed: Vec<(usize, Vec<String>)> = Vec::new();
    for (at, u) in units.iter_mut().enumerate().skip(body_start) {
        if !u.kept() {
            continue;
        }
        if let Some(date) = byline::body_dateline(&u.text, options.today) {
            // "Published Jan 27, 2026 4:12 PM ET" under the story: its own dateline, which
            // dates it when the header did not.
            u.drop = Some("dateline");
            late_date = late_date.or(date);
            continue;
        }
        u.drop = cleanup::line_noise(&u.text);
        if agency_byline && u.drop == Some("contributor note") {
            reporting_credit(&u.text, &mut out.authors);
        }
        // "Read more:" alone heads a list of links: the short line after it is one.
        let linked =
            u.kept() && heading && (!chained || !u.blank_before) && cleanup::link_text(&u.text);
        if linked {
            u.drop = Some("related link");
        }
        // "READ MORE" alone, too, heads the link under it, and a headline-long link the next
        // line of its block.
        chained = linked && cleanup::word_count(&u.text) >= 6;
        heading = u.drop == Some("related link")
            && (u.text.trim_end().ends_with(':') || cleanup::word_count(&u.text) <= 3 || chained);
        if u.kept() && u.text == out.title {
            u.drop = Some("duplicate headline");
        } else if u.kept() && u.text.len() < 40 && byline::outlet(&u.text).is_some() {
            // "Associated Press" or "REUTERS" alone on a line: a credit, not a paragraph.
            u.drop = Some("source credit");
        } else if u.kept() {
            let mut names = Vec::new();
            u.drop = signature(&u.text, &mut names);
            signed.push((at, names));
        }
    }
    drop_lead_box(&mut units, body_start);
    drop_repeated_labels(&mut units, body_start);
    boxes::drop_labelled_boxes(&mut units, body_start);
    boxes::drop_tag_lists(&mut units, body_start);
    boxes::drop_promo_blocks(&mut units, body_start);
    boxes::drop_teaser_blocks(&mut units, body_start, options.today);
    widgets::drop_embedded_posts(&mut units, body_start);
    widgets::drop_polls(&mut units, body_start);
    widgets::drop_player_titles(&mut units, body_start);
    widgets::drop_tables(&mut units, body_start);
    captions::drop_credited_lines(&mut units, body_start);
    captions::drop_bare_captions(&mut units, body_start);
    promos::drop_sign_up_boxes(&mut units, body_start);
    drop_furniture_blocks(&mut units, body_start);
    mark_sidebar_boxes(&mut units, body_start);
    let mut end = units.len();
    if let Some((at, reason)) = find_tail(&units, body_start) {
        for u in units[at..].iter_mut().filter(|u| u.kept()) {
            u.drop = Some(reason);
        }
        end = at;
    }
    comments::drop_signed_thread(&mut units, body_start);
    if let Some(at) = pagetop::footer_menu(&units, body_start, options.today) {
        for u in units[at..].iter_mut().filter(|u| u.kept()) {
            u.drop = Some("page footer");
        }
        end = end.min(at);
    }
    // "By Ann Lee · 21/04/2026" under a teaser in the footer signs another story; "Published
    // by Ann Lee" over her bio there signs this one.
    let teaser = |at: usize| at >= end && dates::find_date(&units[at].text, FAR_FUTURE).is_some();
    if out.authors.is_empty()
        && let Some((_, names)) = signed
            .into_iter()
            .find(|(at, n)| !n.is_empty() && !teaser(*at))
    {
        out.authors = names;
    }
    if out.authors.is_empty()
        && let Some((at, name)) = header::sign_off(&units, body_start)
    {
        // "… she said. / Ann Lee / Published 3 May": the writer named at the foot.
        units[at].drop = Some("byline");
        push_author(&mut out.authors, &name);
    }
    mark_alt_text(&mut units, body_start);
    boxes::drop_pull_quotes(&mut units, body_start);
    boxes::drop_repeated_sentences(&mut units, body_start);
    read_bios(&mut units, body_start, &mut out.authors);
    // After the bios: "ROSA DELGADO" in capitals over hers names their author.
    boxes::drop_caps_labels(&mut units, body_start);
    boxes::drop_sign_off(&mut units, body_start);
    cards::drop_author_cards(&mut units, body_start, &out.authors);
    teasers::drop_footer_headlines(&mut units, body_start);
    if out.source.is_none() {
        let first = units[body_start..].iter().find(|u| u.kept());
        out.source = first.and_then(|u| byline::wire_source(&u.text));
    }
    if out.date.is_none() {
        // The first paragraph's dateline, or the second's under a kept photo caption.
        let mut first = units[body_start..].iter().filter(|u| u.kept()).take(2);
        out.date = first.find_map(|u| byline::dateline_date(&u.text, options.today));
    }
    out.date = out.date.or(late_date).or_else(|| {
        // "This article was first published on 3 April 2024": the note at the foot.
        let mut notes = units[body_start..].iter().rev();
        notes.find_map(|u| byline::publication_note(&u.text, options.today))
    });
    if out.date.is_none()
        && let Some((at, date)) = datelines::foot_date(&units, body_start, options.today)
    {
        // "… the work is done. / 3 March 2026": the page's only date, at its foot.
        units[at].drop = Some("dateline");
        out.date = Some(date);
    }
    let handles: Vec<String> = units
        .iter()
        .filter_map(|u| markers::handle_of(&u.text))
        .map(name_key)
        .collect();
    for u in units {
        match u.drop {
            None => out.paragraphs.push(u.text),
            Some("headline") => {}
            Some(reason) => out.dropped.push(Dropped {
                text: u.text,
                reason: reason.to_string(),
            }),
        }
    }
    if options.detect_actors {
        out.actors = find_actors(&out, &handles, options);
    }
    out
}

/// The fewest short lines between the header and the first paragraph that make a box.
const LEAD_BOX_LINES: usize = 3;

/// "Key events / Red warning extended to 9pm / Shannon flights diverted / What we know so
/// far": a live page's box of links or points between the header and the first paragraph.
/// Three or more short lines, none a sentence, before any prose (buttons among them) are the
/// page's, not the story's: a story opens with a paragraph.
fn drop_lead_box(units: &mut [Unit], body_start: usize) {
    let prose = |u: &Unit| {
        cleanup::word_count(&u.text) > 12 || u.text.trim_end().ends_with(['.', '!', '?'])
    };
    let Some(first) = (body_start..units.len()).find(|&i| units[i].kept() && prose(&units[i]))
    else {
        return;
    };
    // Buttons dropped on their own ("Save", "Listen 4:12") are lines of the box too.
    let lead = first - body_start;
    if lead >= LEAD_BOX_LINES {
        for u in units[body_start..first].iter_mut().filter(|u| u.kept()) {
            u.drop = Some("lead box");
        }
    }
}

/// How often a short line must recur in one article to be the page's label, not its text.
const LABEL_REPEATS: usize = 3;

/// "Article content" between every two paragraphs: a short line of two or more words that
/// recurs three times or more is a label the page repeats, whatever it says. A column of
/// people's names (a transcript's speakers) is the article's.
fn drop_repeated_labels(units: &mut [Unit], body_start: usize) {
    let label = |u: &Unit| {
        let t = u.text.trim_end();
        u.kept()
            && (2..=4).contains(&cleanup::word_count(t))
            && t.len() <= 40
            && !t.ends_with(['.', '!', '?', ':', '"', '\u{201D}'])
            && !byline::is_person_name(t)
    };
    let mut counts: HashMap<String, usize> = HashMap::new();
    for u in units[body_start..].iter().filter(|u| label(u)) {
        *counts.entry(cleanup::norm(&u.text)).or_default() += 1;
    }
    counts.retain(|_, n| *n >= LABEL_REPEATS);
    if counts.is_empty() {
        return;
    }
    for u in units[body_start..].iter_mut() {
        if label(u) && counts.contains_key(&cleanup::norm(&u.text)) {
            u.drop = Some("repeated label");
        }
    }
}

/// Where the article ends, and why: the first comment or footer marker after some body, moved
/// back to where comment-like paragraphs begin when the marker is a commenter's avatar line.
/// With no marker at all, only a clear run of comment-like paragraphs at the end is cut.
fn find_tail(units: &[Unit], body_start: usize) -> Option<(usize, &'static str)> {
    let mut kept = 0;
    let prose: Vec<bool> = units.iter().map(Unit::reported).collect();
    let mut prose_after = prose[body_start..].iter().filter(|&&p| p).count();
    let mut prose_before = 0;
    for (i, u) in units.iter().enumerate().skip(body_start) {
        if prose[i] {
            prose_after -= 1;
        }
        if u.drop == Some(SIDEBAR_BOX) {
            continue;
        }
        if kept >= MIN_BODY_BEFORE_TAIL
            && let Some(reason) = markers::tail_marker(&u.text)
            && match reason {
                "reader comments" => comments_end_story(prose_before, prose_after),
                _ => footer_ends_story(prose_before, prose_after),
            }
            && !markers::reporting_follows(units, i)
        {
            if markers::is_handle_line(&u.text) {
                let cut = comments::change_point(units, i, 3, false).unwrap_or(i);
                return Some((cut, reason));
            }
            return Some((i, reason));
        }
        if u.kept() {
            kept += 1;
        }
        if prose[i] {
            prose_before += 1;
        }
    }
    comments::change_point(units, units.len(), 3, true).map(|c| (c, "reader comments"))
}

/// Whether a footer heading ("Share this article", "Related articles") with `before` paragraphs
/// of reporting above it and `after` below ends the story. Under a footer come headlines, not
/// reporting: a heading in the page's top chrome, with the story below it, never takes the
/// body, which must be at least as long as what the heading would cut.
fn footer_ends_story(before: usize, after: usize) -> bool {
    after < 3 || before >= after
}

/// Whether a comment heading ("Comments", "Comment" with its count) with `before` paragraphs of
/// reporting above it and `after` below starts the readers' thread. Comments come after the
/// story: a "Comment" button in the share row over the headline's story, with no reporting
/// above it yet, is no thread. Comments are sentences as long as reporting, so, unlike a
/// footer's, the heading may cut more than it keeps.
fn comments_end_story(before: usize, after: usize) -> bool {
    before > 0 || after < 3
}

/// Reasons that make a whole block of short lines furniture when one of its lines has them.
const BLOCK_FURNITURE: &[&str] = &[
    "newsletter sign-up",
    "related link",
    "sidebar teaser",
    "timestamp",
    "call to action",
    "share buttons",
    "page chrome",
    "navigation links",
];

/// "Newsletter / The Morning Brief / Top stories, every weekday. / Enter your email / Sign up":
/// in a block of lines with no blank line between them, short lines between two furniture
/// lines, and labels just before or after them, are part of the same box. A sentence before or
/// after the box is the article's own line run on, and stays.
fn drop_furniture_blocks(units: &mut [Unit], body_start: usize) {
    let mut start = body_start;
    while start < units.len() {
        let end = (start + 1..units.len())
            .find(|&j| units[j].blank_before)
            .unwrap_or(units.len());
        let furniture = |u: &Unit| u.drop.is_some_and(|r| BLOCK_FURNITURE.contains(&r));
        let first = (start..end).find(|&j| furniture(&units[j]));
        let last = (start..end).rev().find(|&j| furniture(&units[j]));
        if let (Some(first), Some(last)) = (first, last) {
            drop_box(units, start, end, first, last);
        }
        start = end;
    }
}

/// Drops the box between furniture lines `first` and `last` of the block `start..end`, with
/// the labels right before and after it.
fn drop_box(units: &mut [Unit], start: usize, end: usize, first: usize, last: usize) {
    let label = |u: &Unit| {
        let t = u.text.trim_end();
        cleanup::word_count(t) <= 12 && !t.ends_with(['.', '!', '?', '"', '\u{201D}'])
    };
    let inside = units[first..last]
        .iter()
        .all(|u| !u.kept() || cleanup::word_count(&u.text) <= 15);
    if !inside || last - first > 10 {
        return;
    }
    let mut from = first;
    // Lines already dropped for their own reason ("By Ann Lee") do not end the box.
    let boxed = |u: &Unit| !u.kept() || label(u);
    while from > start && boxed(&units[from - 1]) {
        from -= 1;
    }
    let mut to = last + 1;
    while to < end && boxed(&units[to]) {
        to += 1;
    }
    // "Subscribe to The Daily / Get the news that matters, every weekday.": a block that
    // opens with the box is the box, its short blurb included.
    // "Why now?" under the box is the story's subheading asking what its next part answers.
    let blurb = (to..end).all(|j| {
        cleanup::word_count(&units[j].text) <= 20 && !units[j].text.trim_end().ends_with('?')
    });
    // A related link is one line: the sentence under "Also read: …" is the story going on.
    let link = first == last && units[first].drop == Some("related link");
    if from == start && end - to <= 2 && blurb && !link {
        to = end;
    }
    let reason = units[first].drop;
    for u in units[from..to].iter_mut().filter(|u| u.kept()) {
        u.drop = reason;
    }
}

/// "Most Popular / three headlines / the story goes on": a box of links to other stories in
/// the middle of the page. Its heading is a footer marker, but reported prose after the links
/// shows that the article has not ended: the heading and links are dropped, and the end of the
/// article is looked for after them.
fn mark_sidebar_boxes(units: &mut [Unit], body_start: usize) {
    let mut i = body_start;
    while i < units.len() {
        // A footer heading is a few words: long paragraphs are not folded and searched.
        let short = units[i].text.len() <= 80;
        // "Related" alone is also a button's label, dropped as chrome before it is read here.
        let open = units[i].kept() || units[i].drop == Some("page chrome");
        if !open || !short || markers::tail_marker(&units[i].text) != Some("page footer") {
            i += 1;
            continue;
        }
        // "RELATED NEWS / Headline / Date" as one block: the box ends with its block, and the
        // subheading after the blank line is the story's. A heading alone in its block has
        // its links in the blocks below.
        let block = (i + 1..units.len())
            .find(|&j| units[j].blank_before)
            .unwrap_or(units.len());
        let reach = if block > i + 1 { block } else { units.len() };
        let links = units[i + 1..reach]
            .iter()
            .take_while(|u| {
                !u.kept()
                    || (cleanup::link_text(&u.text) && markers::tail_marker(&u.text).is_none())
            })
            .count();
        let end = i + 1 + links;
        // An advertisement after the heading is no list of stories: a box has a teaser.
        // Its links may already be dropped as a box of chrome lines.
        let teaser =
            |u: &Unit| u.kept() || (u.drop != Some("advertisement") && cleanup::link_text(&u.text));
        let teasers = units[i + 1..end].iter().filter(|u| teaser(u)).count();
        // A subheading of the story may come first.
        let subheading = units[end..]
            .iter()
            .find(|u| u.kept())
            .is_some_and(|u| u.blank_before && cleanup::word_count(&u.text) <= 12);
        let mut after = units[end..]
            .iter()
            .filter(|u| u.kept())
            .skip(usize::from(subheading))
            .take(2);
        let prose = |u: &Unit| {
            cleanup::word_count(&u.text) >= 8
                && u.text.trim_end().ends_with(['.', '"', '\u{201D}'])
                && markers::tail_marker(&u.text).is_none()
                && comments::score(&u.text, None) < 0.5
        };
        // Two paragraphs of reporting: sentences, together as long as a paragraph or two.
        let words: usize = after.clone().map(|u| cleanup::word_count(&u.text)).sum();
        if teasers > 0 && after.clone().count() == 2 && words >= 40 && after.all(prose) {
            for u in units[i..end].iter_mut().filter(|u| u.kept()) {
                u.drop = Some(SIDEBAR_BOX);
            }
            units[i].drop = Some(SIDEBAR_BOX);
        }
        i = end;
    }
}

/// Photo alt text: the line just before a caption that describes the same picture, or a short
/// descriptive line in the same block as a caption at the top of the body.
fn mark_alt_text(units: &mut [Unit], body_start: usize) {
    for i in body_start + 1..units.len() {
        if units[i].drop != Some("photo caption") || !units[i - 1].kept() {
            continue;
        }
        let alt = &units[i - 1].text;
        let first_words = |s: &str| {
            s.split_whitespace()
                .take(2)
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
        };
        let same_subject = first_words(alt) == first_words(&units[i].text);
        let at_top = !units[body_start..i - 1].iter().any(Unit::kept) && !units[i].blank_before;
        // "A line describing the picture / Photo: Ann Lee/Agency" as a block of its own: the
        // credit line names no subject, so the line above is the caption it credits.
        let credited = captions::is_bare_credit(&units[i].text)
            && units[i - 1].blank_before
            && !units[i].blank_before;
        if credited && crate::text::word_count(alt) <= 40 && !alt.contains(['"', '\u{201C}']) {
            units[i - 1].drop = Some("photo caption");
        } else if crate::text::word_count(alt) <= 30
            && !alt.contains(['"', '\u{201C}'])
            && (same_subject || at_top)
        {
            units[i - 1].drop = Some("photo alt text");
        }
    }
}

/// Author bios among the last kept paragraphs ("NAME is a …", often after a line with the name
/// alone): removed from the body, the name added to the authors. A bio that gives the
/// writer's address ("… Reach her at …") was dropped as a contact note, and one closed by
/// where to follow the writer was dropped by the line rules: both are read too.
fn read_bios(units: &mut [Unit], body_start: usize, authors: &mut Vec<String>) {
    let kept: Vec<usize> = (body_start..units.len())
        .filter(|&i| {
            units[i].kept() || matches!(units[i].drop, Some("contact note" | "author bio"))
        })
        .collect();
    let last = kept.len().saturating_sub(3);
    for (n, &i) in kept.iter().enumerate().skip(last.max(1)) {
        // "About Ann Lee" over the bio names its subject as a bare name line does.
        let name_line = |t: &str| t.strip_prefix("About ").unwrap_or(t).to_string();
        let previous = kept
            .get(n.wrapping_sub(1))
            .map(|&p| name_line(&units[p].text));
        let Some(name) = header::bio_author(&units[i].text, previous.as_deref()) else {
            continue;
        };
        let key = name_key(&name);
        // A contact note ("Contact Ann Lee at …") names the writer, not a person in the story.
        let earlier = kept[..n.saturating_sub(1)]
            .iter()
            .any(|&e| units[e].kept() && name_key(&units[e].text).contains(&key));
        if earlier {
            continue;
        }
        units[i].drop = Some("author bio");
        if let Some(&p) = kept.get(n.wrapping_sub(1))
            && name_key(&name_line(&units[p].text)) == key
        {
            units[p].drop = Some("author bio");
        }
        push_author(authors, &name);
    }
}

/// Actors named in the body, minus authors, commenters and excluded names.
fn find_actors(
    out: &Extracted,
    handles: &[String],
    options: &ExtractOptions,
) -> Vec<super::DetectedActor> {
    let builtin = gazetteer::builtin();
    let configured = options.actors.0.as_deref();
    let mut mentions = Vec::new();
    for p in &out.paragraphs {
        mentions.extend(names::find(p, builtin, configured));
    }
    names::strip_job_words(&mut mentions, &out.paragraphs);
    let mut excluded: HashSet<String> = options.exclude.iter().map(|e| name_key(e)).collect();
    excluded.extend(out.authors.iter().map(|a| name_key(a)));
    excluded.extend(handles.iter().cloned());
    let resolver = Resolver {
        builtin,
        configured,
        excluded: &excluded,
        min_mentions: options.min_mentions,
    };
    resolver.resolve(&mentions)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_comment_heading_above_all_reporting_starts_no_thread() {
        let story = "The harbour board voted on Tuesday to close the old ferry pier for repairs, a decision that sends commuters north for six months.";
        let mut lines = vec![
            "Harbour board shuts the old ferry pier",
            "Six months of detours for the town's commuters",
            "Comment",
        ];
        lines.extend([story; 4]);
        // One line a unit: the page has no blank lines.
        let units = cleanup::units(&lines.join("\n"));
        assert_eq!(units.len(), 7);
        assert_eq!(find_tail(&units, 0), None);
    }
}
