//! The order in which extraction decides things: header (kicker, headline, bylines, dates),
//! page furniture line by line, where the article ends (comments, footers), photo alt text,
//! author bios, and finally the actors named in what is left.

use std::collections::HashSet;

use jiff::civil::Date;

use crate::config::ActorKind;

use super::actors::Resolver;
use super::byline::{self, Byline};
use super::cleanup::{self, Unit};
use super::{Dropped, ExtractOptions, Extracted, comments, gazetteer, header, markers, names};
use crate::text::name_key;

/// How many kept paragraphs must precede a tail marker before it may end the article: a
/// "Comments" line at the very top is navigation, not the end of the story.
const MIN_BODY_BEFORE_TAIL: usize = 2;

/// Runs every stage over one raw article.
pub fn run(text: &str, options: &ExtractOptions) -> Extracted {
    let mut out = Extracted::default();
    let mut units = cleanup::units(text);
    let body_start = read_header(&mut units, options.today, &mut out);
    let mut heading = false;
    for u in units[body_start..].iter_mut().filter(|u| u.kept()) {
        u.drop = cleanup::line_noise(&u.text);
        // "Read more:" alone heads a list of links: the short line after it is one.
        if u.kept() && heading && cleanup::link_text(&u.text) {
            u.drop = Some("related link");
        }
        heading = u.drop == Some("related link") && u.text.trim_end().ends_with(':');
        if u.kept() && u.text == out.title {
            u.drop = Some("duplicate headline");
        } else if u.kept() && u.text.len() < 40 && byline::outlet(&u.text).is_some() {
            // "Associated Press" or "REUTERS" alone on a line: a credit, not a paragraph.
            u.drop = Some("source credit");
        } else if u.kept() {
            u.drop = signature(&u.text, &mut out.authors);
        }
    }
    if let Some((at, reason)) = find_tail(&units, body_start) {
        for u in units[at..].iter_mut().filter(|u| u.kept()) {
            u.drop = Some(reason);
        }
    }
    mark_alt_text(&mut units, body_start);
    read_bios(&mut units, body_start, &mut out.authors);
    if out.source.is_none() {
        let first = units[body_start..].iter().find(|u| u.kept());
        out.source = first.and_then(|u| byline::wire_source(&u.text));
    }
    if out.date.is_none() {
        // The first paragraph's dateline, or the second's under a kept photo caption.
        let mut first = units[body_start..].iter().filter(|u| u.kept()).take(2);
        out.date = first.find_map(|u| byline::dateline_date(&u.text, options.today));
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

/// Reads kicker, headline, bylines and datelines; returns the index of the first body unit.
fn read_header(units: &mut [Unit], today: Date, out: &mut Extracted) -> usize {
    let mut i = skip_masthead(units, today);
    i = skip_header_lines(units, i, today, out);
    if let Some(j) = headline_above_byline(units, i, today) {
        // "Trending / Storm cuts power… / January 29, 2023" above the real headline: another
        // story's teaser, whose date is not this article's.
        for u in &mut units[i..j] {
            u.drop = Some("sidebar teaser");
        }
        i = j;
    }
    if i < units.len() && header::headline_like(&units[i].text) {
        // A kicker needs a headline after it and something after that: two lines alone are a
        // headline and its article.
        let next_is_headline = units.len() > i + 2
            && units.get(i + 1).is_some_and(|n| {
                cleanup::line_noise(&n.text).is_none()
                    && byline::parse(&n.text, today).is_none()
                    && author_line(units, i + 1, today, true).is_none()
                    && header::is_kicker(&units[i].text, &n.text)
            });
        if next_is_headline {
            units[i].drop = Some("kicker");
            i += 1;
        }
        out.title = strip_outlet_suffix(&units[i].text, &mut out.source);
        units[i].drop = Some("headline");
        i += 1;
    }
    skip_header_lines(units, i, today, out)
}

/// Drops the site's masthead above the headline (section paths, a weather widget, the browser
/// title, the site's name and tagline) and the furniture between; returns the first unit after.
fn skip_masthead(units: &mut [Unit], today: Date) -> usize {
    let top: Vec<&str> = units.iter().take(14).map(|u| u.text.as_str()).collect();
    let mut drops = Vec::new();
    for i in 0..top.len().min(6) {
        if let Some(reason) = cleanup::line_noise(top[i]) {
            drops.push(reason);
        } else if byline::parse(top[i], today).is_some() {
            break;
        } else if let Some(reason) = header::masthead(&top, i) {
            drops.push(reason);
        } else {
            break;
        }
    }
    for (u, reason) in units.iter_mut().zip(&drops) {
        u.drop = Some(*reason);
    }
    drops.len()
}

/// The headline when it is not the first line: the line right above a "By NAME" byline, two or
/// more lines below where the page text starts (one line above is a kicker's place).
fn headline_above_byline(units: &[Unit], start: usize, today: Date) -> Option<usize> {
    let stop = (start + 7).min(units.len().saturating_sub(1));
    let j = (start + 1..stop).find(|&j| {
        let by = &units[j + 1].text;
        by.get(..3).is_some_and(|o| o.eq_ignore_ascii_case("by "))
            && byline::parse(by, today).is_some_and(|b| !b.authors.is_empty())
    })?;
    let headline = &units[j].text;
    let plain = cleanup::line_noise(headline).is_none() && byline::parse(headline, today).is_none();
    // Lines between may be a kicker and share buttons; a teaser has text of its own.
    let kept_above = units[start..j]
        .iter()
        .filter(|u| cleanup::line_noise(&u.text).is_none())
        .count();
    // A headline's dek is no teaser: a teaser is dated or under a heading such as "Trending".
    let teaser = units[start..j].iter().any(|u| {
        crate::extract::dates::is_date_line(&u.text) || markers::tail_marker(&u.text).is_some()
    });
    (kept_above >= 2 && teaser && header::headline_like(headline) && plain).then_some(j)
}

/// "Army splits | Reuters", "Army splits - The Guardian": the outlet's name after a separator
/// is not part of the headline; it becomes the source.
fn strip_outlet_suffix(title: &str, source: &mut Option<String>) -> String {
    for sep in [" | ", " - ", " \u{2013} ", " \u{2014} "] {
        if let Some((head, tail)) = title.rsplit_once(sep)
            && let Some(outlet) = byline::outlet(tail.trim())
        {
            source.get_or_insert(outlet);
            return head.trim().to_string();
        }
    }
    title.to_string()
}

/// Consumes furniture, bylines, datelines and a lone author-name line from `i` on.
fn skip_header_lines(units: &mut [Unit], mut i: usize, today: Date, out: &mut Extracted) -> usize {
    let stop = (i + 8).min(units.len());
    let mut dek_seen = out.title.is_empty();
    while i < stop {
        let text = units[i].text.clone();
        // Under the headline, a date with a time is this article's dateline, not a teaser.
        let noise = cleanup::line_noise(&text).filter(|r| *r != "sidebar teaser");
        if let Some(reason) = noise {
            units[i].drop = Some(reason);
        } else if let Some(source) = (text.len() < 60).then(|| byline::outlet(&text)).flatten() {
            // "Associated Press" on its own line under the byline.
            units[i].drop = Some("byline");
            out.source.get_or_insert(source);
        } else if let Some(b) = byline::parse(&text, today) {
            units[i].drop = Some(if b.authors.is_empty() {
                "dateline"
            } else {
                "byline"
            });
            apply_byline(out, b);
        } else if let Some((names, outlet)) = author_line(units, i, today, !out.title.is_empty()) {
            units[i].drop = Some("byline");
            for name in &names {
                push_author(&mut out.authors, name);
            }
            if let Some(o) = outlet {
                out.source.get_or_insert(o);
            }
        } else if !out.authors.is_empty() && header::is_role_line(&text) {
            // "Health reporter" under the author's name.
            units[i].drop = Some("byline");
        } else if cleanup::word_count(&text) <= 5 && title_words(&text) && is_dek(units, i, today) {
            // "The Canadian Press" between the headline and the dateline: the outlet.
            units[i].drop = Some("source credit");
            out.source.get_or_insert(text.clone());
        } else if !dek_seen && is_dek(units, i, today) {
            // A standfirst between the headline and the dateline stays in the body; the
            // dateline under it is still read.
            dek_seen = true;
        } else {
            break;
        }
        i += 1;
    }
    i
}

/// Every word capitalised, nothing after the last: a name, not a sentence.
fn title_words(line: &str) -> bool {
    !line.ends_with(['.', '!', '?'])
        && line
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// A standfirst: a sentence or two under the headline with a byline or dateline right after.
fn is_dek(units: &[Unit], i: usize, today: Date) -> bool {
    cleanup::word_count(&units[i].text) <= 60
        && units.get(i + 1).is_some_and(|n| {
            n.text.len() <= 200
                && (byline::parse(&n.text, today).is_some()
                    || author_line(units, i + 1, today, false).is_some())
        })
}

/// A byline line inside or after the body ("Posted by Ana Ruiz at 3:45 PM"): removed, and its
/// names taken as authors when the header named none. Its date is not used: only the header's
/// dateline dates the article.
fn signature(text: &str, authors: &mut Vec<String>) -> Option<&'static str> {
    // Only the opening words matter: no lowercase copy of whole paragraphs.
    let head: String = text.chars().take(12).collect::<String>().to_lowercase();
    let opener = ["by ", "posted by ", "written by ", "story by "]
        .iter()
        .any(|o| head.starts_with(o));
    if !opener || text.split_whitespace().count() > 12 {
        return None;
    }
    let b = byline::parse(text, Date::constant(2100, 12, 31))?;
    if b.authors.is_empty() || b.authors.iter().any(|a| a.split_whitespace().count() < 2) {
        return None;
    }
    if authors.is_empty() {
        for a in &b.authors {
            push_author(authors, a);
        }
    }
    Some("byline")
}

/// "Ann Lee" alone on a line (or "Ann Lee and Bo Diaz", "Ann Lee · Example Press"), followed
/// by the date, by a job line and the date, or (under the headline) by the first long
/// paragraph: an author line without "By". Returns the names and the outlet beside them.
fn author_line(
    units: &[Unit],
    i: usize,
    today: Date,
    after_title: bool,
) -> Option<(Vec<String>, Option<String>)> {
    // An author line is short; the first paragraph is not searched for separators.
    if units[i].text.len() > 120 {
        return None;
    }
    let (names, outlet) = header::name_and_outlet(&units[i].text)?;
    // "Rhiannon Price Education correspondent": the name, then the job.
    let names = header::strip_role(&names).unwrap_or(names);
    let names: Vec<String> = names
        .split(" and ")
        .flat_map(|n| n.split(" & "))
        .map(|n| byline::strip_place(n.trim()).to_string())
        .collect();
    let person =
        |n: &String| byline::is_person_name(n) && (2..=3).contains(&n.split_whitespace().count());
    if names.len() > 3 || !names.iter().all(person) {
        return None;
    }
    let mut next = units.get(i + 1)?;
    if header::is_role_line(&next.text) {
        next = units.get(i + 2)?;
    }
    let dated = byline::parse(&next.text, today).is_some_and(|b| b.authors.is_empty())
        || cleanup::line_noise(&next.text) == Some("sidebar teaser");
    let first_paragraph = after_title && next.text.split_whitespace().count() >= 25;
    (dated || first_paragraph).then_some((names, outlet))
}

fn apply_byline(out: &mut Extracted, b: Byline) {
    for a in b.authors {
        push_author(&mut out.authors, &a);
    }
    if out.date.is_none() {
        out.date = b.date;
    }
    if out.source.is_none() {
        out.source = b.source;
    }
}

fn push_author(authors: &mut Vec<String>, name: &str) {
    let key = name_key(name);
    if !key.is_empty() && !authors.iter().any(|a| name_key(a) == key) {
        authors.push(display_name(name.trim()));
    }
}

/// Wire bylines shout ("FABIOLA SÁNCHEZ"); names are shown as people write them.
fn display_name(name: &str) -> String {
    if name.chars().any(char::is_lowercase) {
        return name.to_string();
    }
    let word = |w: &str| {
        let mut chars = w.chars();
        chars
            .next()
            .map(|c| c.to_string() + &chars.as_str().to_lowercase())
            .unwrap_or_default()
    };
    name.split(' ').map(word).collect::<Vec<_>>().join(" ")
}

/// Where the article ends, and why: the first comment or footer marker after some body, moved
/// back to where comment-like paragraphs begin when the marker is a commenter's avatar line.
/// With no marker at all, only a clear run of comment-like paragraphs at the end is cut.
fn find_tail(units: &[Unit], body_start: usize) -> Option<(usize, &'static str)> {
    let mut kept = 0;
    for (i, u) in units.iter().enumerate().skip(body_start) {
        if kept >= MIN_BODY_BEFORE_TAIL
            && let Some(reason) = markers::tail_marker(&u.text)
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
    }
    comments::change_point(units, units.len(), 3, true).map(|c| (c, "reader comments"))
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
        if alt.split_whitespace().count() <= 30
            && !alt.contains(['"', '\u{201C}'])
            && (same_subject || at_top)
        {
            units[i - 1].drop = Some("photo alt text");
        }
    }
}

/// Author bios among the last kept paragraphs ("NAME is a …", often after a line with the name
/// alone): removed from the body, the name added to the authors.
fn read_bios(units: &mut [Unit], body_start: usize, authors: &mut Vec<String>) {
    let kept: Vec<usize> = (body_start..units.len())
        .filter(|&i| units[i].kept())
        .collect();
    let last = kept.len().saturating_sub(3);
    for (n, &i) in kept.iter().enumerate().skip(last.max(1)) {
        let previous = kept.get(n.wrapping_sub(1)).map(|&p| units[p].text.clone());
        let Some(name) = header::bio_author(&units[i].text, previous.as_deref()) else {
            continue;
        };
        let key = name_key(&name);
        let earlier = kept[..n.saturating_sub(1)]
            .iter()
            .any(|&e| name_key(&units[e].text).contains(&key));
        if earlier {
            continue;
        }
        units[i].drop = Some("author bio");
        if let Some(&p) = kept.get(n.wrapping_sub(1))
            && name_key(&units[p].text) == key
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
    drop_job_words(&mut mentions, &out.paragraphs);
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

/// "Solicitor Ann Lee", "Councilors Bo Diaz": a three-word name opening a sentence whose first
/// word is a common word, or is written in lowercase elsewhere in the article, starts with a
/// job or a plain noun; the name is what follows.
fn drop_job_words(mentions: &mut [names::Mention], paragraphs: &[String]) {
    let mut text: Option<String> = None;
    let organised =
        |m: &names::Mention| matches!(m.kind, Some(ActorKind::Organization | ActorKind::Place));
    for m in mentions
        .iter_mut()
        .filter(|m| m.opens_sentence && m.words >= 3 && m.role.is_none() && !organised(m))
    {
        let Some((first, rest)) = m.name.split_once(' ') else {
            continue;
        };
        if !rest.starts_with(char::is_uppercase) {
            continue;
        }
        let key = first.to_lowercase();
        let doc = text.get_or_insert_with(|| paragraphs.join("\n"));
        if super::words::is_common(&key)
            || super::words::is_dictionary(&key)
            || written_lowercase(doc, &key)
        {
            m.role = Some(first.to_string());
            m.name = rest.to_string();
            m.words -= 1;
            m.span.0 += 1;
        }
    }
}

/// Whether `word` (lowercase) or its singular occurs as a whole word in `doc`: a common noun
/// is written in lowercase somewhere, a name never is.
fn written_lowercase(doc: &str, word: &str) -> bool {
    let stem = word.strip_suffix('s').unwrap_or(word);
    doc.match_indices(stem).any(|(at, _)| {
        let after = &doc[at + stem.len()..];
        let after = after.strip_prefix('s').unwrap_or(after);
        !doc[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphabetic)
            && !after.chars().next().is_some_and(char::is_alphabetic)
    })
}
