//! Reading the top of an article: the site's masthead above the headline (site name, section
//! path, widgets), a kicker, the headline itself, and the bylines, datelines and standfirst
//! under it. Author lines without "By" are read by `authors`.

use jiff::civil::Date;

use super::authors::{author_line, push_author, reporting_credit};
use super::byline::{self, Byline};
use super::cleanup::{self, Unit};
use super::titles::{headline_below, strip_outlet_suffix};
use super::{Extracted, anchor, dates, header, locale, markers, pagetop};
use crate::text::name_key;

/// Reads kicker, headline, bylines and datelines; returns the index of the first body unit.
pub(super) fn read_header(units: &mut [Unit], today: Date, out: &mut Extracted) -> usize {
    let mut i = skip_masthead(units, today);
    i = skip_header_lines(units, i, today, out);
    if let Some((t, j)) = page_title_below(units, i) {
        units[t].drop.get_or_insert("page title");
        // Whatever stands between the browser's title and its repeat is the page's top, but
        // for a byline right above the headline ("Opinion by Ann Lee").
        for (k, u) in units[i..j].iter_mut().enumerate() {
            if i + k + 3 >= j
                && let Some(b) = byline::parse(&u.text, today)
                && !b.authors.is_empty()
            {
                u.drop = Some("byline");
                apply_byline(out, b);
            }
            u.drop.get_or_insert("page chrome");
        }
        i = j;
    } else if let Some(j) = headline_above_byline(units, i, today) {
        // "Trending / Storm cuts power… / January 29, 2023" above the real headline: another
        // story's teaser, whose date is not this article's.
        for u in &mut units[i..j] {
            u.drop = Some("sidebar teaser");
            // "Issue #87 · March 5, 2026" over a newsletter's contents: the issue's date.
            if let Some(date) = issue_date(&u.text, today) {
                u.drop = Some("dateline");
                out.date.get_or_insert(date);
            }
        }
        i = j;
    } else if let Some(h) = headline_over_dek(units, i, today) {
        for u in &mut units[i..h] {
            u.drop = Some("site name");
        }
        i = h;
    }
    i = skip_section_labels(units, i, today);
    // The edition's date over the page ("Monday, March 4 / Sign in / Headline") gives way to
    // the story's own dateline under the headline.
    let date_above = out.date.take();
    if let Some(h) = anchor::headline_above_block(units, i, today) {
        // A ticker, teaser or sponsored line was taken for the headline.
        for u in &mut units[i..h] {
            u.drop.get_or_insert("page chrome");
        }
        i = h;
    }
    if i + 1 < units.len() && headline_below(units, i, today) {
        // "Bridge closure: county shuts crossing | Example Clarion / County shuts bridge…":
        // the browser's title over the page's own headline.
        units[i].drop = Some("page title");
        i += 1;
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
    let body_start = skip_header_lines(units, i, today, out);
    out.date = out
        .date
        .or(date_above)
        .map(|d| page_order(units, body_start, d, today));
    body_start
}

/// `date` as the page writes it: read again day first when the header line that gave it
/// ("04/03/2026 09:15") could be read either way and the page writes dates day first.
fn page_order(units: &[Unit], end: usize, date: Date, today: Date) -> Date {
    let line = units[..end].iter().find(|u| {
        u.drop.is_some() && u.text.len() <= 200 && dates::find_date(&u.text, today) == Some(date)
    });
    line.map_or(date, |u| locale::in_page_order(&u.text, date, units, today))
}

/// Separators between a page's headline and the outlet or section in the browser's title.
const TITLE_SEPARATORS: [&str; 4] = [" | ", " - ", " \u{2013} ", " \u{2014} "];

/// How far below the browser's title its headline is looked for, in units.
const TITLE_REACH: usize = 60;

/// "Headline | Outlet" or "Headline | Section | Outlet" among the page's first lines (above or
/// below "Skip to main content"), its headline repeated as a line below: that line is the
/// headline, however many menus, tickers, banners and teasers stand between. Returns the
/// browser title's unit and the headline's.
fn page_title_below(units: &[Unit], start: usize) -> Option<(usize, usize)> {
    (0..units.len().min(3)).find_map(|t| {
        let stop = (t + TITLE_REACH).min(units.len());
        let from = start.max(t + 1);
        title_heads(&units[t].text).find_map(|head| {
            let j = (from..stop).find(|&j| units[j].text.trim() == head)?;
            // A headline repeated under the story, far below its paragraphs, is not the one.
            let prose = units[from..j]
                .iter()
                .filter(|u| u.kept() && u.reported() && cleanup::line_noise(&u.text).is_none())
                .count();
            (prose <= 3).then_some((t, j))
        })
    })
}

/// The parts of a browser title that can be the headline: what stands before each separator
/// ("Headline | Section | Outlet") and after it ("Outlet | Headline"), four words or more.
fn title_heads(title: &str) -> impl Iterator<Item = &str> {
    TITLE_SEPARATORS
        .iter()
        .flat_map(move |sep| title.match_indices(sep).map(move |(at, _)| (at, sep.len())))
        .flat_map(move |(at, len)| [title[..at].trim(), title[at + len..].trim()])
        .filter(|head| cleanup::word_count(head) >= 4)
}

/// Words that open a newsletter's or magazine's issue line.
const ISSUE_WORDS: [&str; 4] = ["issue", "edition", "vol.", "volume"];

/// "Issue #87 · March 5, 2026": the date of the issue a newsletter's article is in.
fn issue_date(line: &str, today: Date) -> Option<Date> {
    let first = line.split_whitespace().next()?.to_lowercase();
    (ISSUE_WORDS.contains(&first.as_str()) && cleanup::word_count(line) <= 8)
        .then(|| super::dates::find_date(line, today))
        .flatten()
}

/// "Business / Economy / Headline": section labels stacked above the headline. All but the last
/// are dropped here; the last is left for the kicker rule, which checks that a headline follows.
fn skip_section_labels(units: &mut [Unit], i: usize, today: Date) -> usize {
    let label = |units: &[Unit], j: usize| {
        units.get(j).is_some_and(|u| {
            let t = u.text.as_str();
            cleanup::word_count(t) <= 3
                && t.len() <= 40
                && !t.ends_with(['.', '?', '!', '"', '\u{201D}'])
                && cleanup::line_noise(t).is_none()
                && byline::parse(t, today).is_none()
                && markers::tail_marker(t).is_none()
                && author_line(units, j, today, false).is_none()
        })
    };
    let end = (i..units.len())
        .find(|&j| !label(units, j))
        .unwrap_or(units.len());
    // "Headline / Example Press / Posted …" is a short headline and its outlet: the labels
    // must be followed by a headline.
    let headline_after = end >= i + 2
        && end + 1 < units.len()
        && header::is_kicker(&units[end - 1].text, &units[end].text)
        && cleanup::line_noise(&units[end].text).is_none()
        && byline::parse(&units[end].text, today).is_none();
    if !headline_after {
        return i;
    }
    for u in &mut units[i..end - 1] {
        u.drop = Some("kicker");
    }
    end - 1
}

/// Drops the site's masthead above the headline (section paths, a weather widget, the browser
/// title, the site's name and tagline) and the furniture between; returns the first unit after.
fn skip_masthead(units: &mut [Unit], today: Date) -> usize {
    let first = pagetop::skip_page_top(units, today);
    let units = &mut units[first..];
    let top: Vec<&str> = units.iter().take(14).map(|u| u.text.as_str()).collect();
    let mut drops = above_section_path(&top, today);
    for i in drops.len()..top.len().min(6) {
        // "Published: 22.10.2024 – 08:15" reads like another story's teaser but is the
        // article's own dateline.
        let noise = cleanup::line_noise(top[i])
            .filter(|r| *r != "sidebar teaser" || !byline::has_opener(top[i]));
        if let Some(reason) = noise {
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
    first + drops.len()
}

/// "Example Daily — English Edition / World › Americas": the section path sits right under
/// the site's name and above the headline, so the short lines above it are the site's name,
/// edition or a ticker, whatever they say.
fn above_section_path(top: &[&str], today: Date) -> Vec<&'static str> {
    // "Ann Lee | Reuters" and "By Ann Lee | May 2, 2024" are bylines, not paths.
    let path = (1..top.len().min(4)).find(|&k| {
        let line = top[k];
        let pipes = line.matches(" | ").count();
        line.len() <= 120
            && (header::is_section_path(line) || cleanup::line_noise(line) == Some("breadcrumb"))
            && (pipes == 0 || pipes >= 2)
            && byline::parse(line, today).is_none()
    });
    // "Site / Tagline / News  World  Sport": the lines above the site's menu row are its
    // masthead, even a tagline or paywall notice written as sentences.
    if let Some(k) = menu_row(top) {
        // A dated "Today's paper | May 2" up there is the edition's date, not a byline.
        let masthead = top[..k]
            .iter()
            .all(|l| cleanup::word_count(l) <= 20 || cleanup::line_noise(l).is_some())
            && !top[..k].iter().any(|l| byline::has_opener(l));
        if masthead {
            return top[..=k]
                .iter()
                .map(|l| cleanup::line_noise(l).unwrap_or("site name"))
                .collect();
        }
    }
    let Some(k) = path else {
        return Vec::new();
    };
    let short = |l: &&str| {
        cleanup::word_count(l) <= 12
            && !l.trim_end().ends_with('.')
            && byline::parse(l, today).is_none()
    };
    if !top[..k].iter().all(short) {
        return Vec::new();
    }
    top[..k]
        .iter()
        .map(|l| cleanup::line_noise(l).unwrap_or("site name"))
        .collect()
}

/// The last menu row among the page's first lines, the site's navigation under its masthead.
fn menu_row(top: &[&str]) -> Option<usize> {
    (1..top.len().min(8)).rev().find(|&k| {
        // "Share  X  Facebook  Email" under a headline is no menu.
        cleanup::line_noise(top[k]) == Some("navigation links") && site_menu(top[k])
    })
}

/// "News  World  Sport  Opinion" or "Home | News | About us | Contact": a row of four or more
/// menu items. A bar needs three of them ("Troops defect | Reuters" is a headline and its
/// outlet), so only a row of menu items in bars counts.
fn site_menu(line: &str) -> bool {
    let words = cleanup::word_count(line);
    cleanup::is_menu_row(line, words)
        || (line.matches(" | ").count() >= 3
            && cleanup::is_menu_row(&line.replace(" | ", "  "), words))
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

/// "Example Sentinel / Your town, your news / Headline / A sentence of standfirst. / Ann Lee /
/// March 3, 2024": short lines above a headline, its standfirst and the byline. The byline
/// block fixes where the headline is; the two or more lines above it are the site's masthead.
fn headline_over_dek(units: &[Unit], start: usize, today: Date) -> Option<usize> {
    let stop = (start + 8).min(units.len());
    let b = (start + 3..stop).find(|&b| {
        byline::parse(&units[b].text, today).is_some_and(|x| !x.authors.is_empty())
            || author_line(units, b, today, false).is_some()
    })?;
    let words = |j: usize| cleanup::word_count(&units[j].text);
    let plain = |j: usize| {
        let t = &units[j].text;
        !t.trim_end().ends_with('.')
            && cleanup::line_noise(t).is_none()
            && byline::parse(t, today).is_none()
    };
    // A standfirst is a sentence, or at least longer than the headline above it.
    let dek = &units[b - 1].text;
    let is_dek = dek.trim_end().ends_with(['.', '!', '?'])
        || (words(b - 1) >= 15 && words(b - 1) > words(b - 2));
    // "Health / Headline / Ann Lee": a one-word label above is no headline with a dek.
    let h = if is_dek && words(b - 2) >= 4 {
        b - 2
    } else {
        b - 1
    };
    let headline = header::headline_like(&units[h].text) && words(h) >= 4 && plain(h);
    let masthead = (start..h).all(|j| words(j) <= 12 && plain(j));
    (h >= start + 2 && headline && masthead).then_some(h)
}

/// How many lines under the headline the byline block may take up.
const HEADER_LINES: usize = 12;

/// Consumes furniture, bylines, datelines and a lone author-name line from `i` on.
fn skip_header_lines(units: &mut [Unit], mut i: usize, today: Date, out: &mut Extracted) -> usize {
    // Two authors, each with a photo, a name and a job, fill eight lines before the date.
    let stop = (i + HEADER_LINES).min(units.len());
    let mut dek_seen = out.title.is_empty();
    // The standfirst, kept as the article's first paragraph.
    let mut dek = None;
    while i < stop {
        let text = units[i].text.clone();
        // Under the headline, a date with a time is this article's dateline, not a teaser;
        // "Text: Ann Lee · Photo: Bo Diaz" credits the writer as well as the photographer.
        let noise = cleanup::line_noise(&text)
            .filter(|r| *r != "sidebar teaser")
            .filter(|r| *r != "photo caption" || !labelled_byline(&text, today));
        let marker = markers::tail_marker(&text);
        if marker == Some("page footer") {
            // "Most Popular" under the headline heads a box of other stories, whose dates
            // are not this article's.
            break;
        }
        if let Some(reason) = noise {
            units[i].drop = Some(reason);
            // "Reporting by Ann Lee; Editing by Bo Diaz" under the headline.
            if reason == "contributor note" {
                reporting_credit(&text, &mut out.authors);
            }
        } else if marker.is_some() && cleanup::word_count(&text) <= 3 {
            // "Comments (3)" under the byline: a link down to the comments, not their start.
            units[i].drop = Some("comment count");
        } else if let Some(source) = (text.len() < 60).then(|| byline::outlet(&text)).flatten() {
            // "Associated Press" on its own line under the byline.
            units[i].drop = Some("byline");
            out.source.get_or_insert(source);
        } else if let Some(mut b) = byline::parse(&text, today) {
            // "By Reuters" names the outlet alone: a byline still.
            let by_outlet = b.source.is_some() && b.date.is_none();
            units[i].drop = Some(if b.authors.is_empty() && !by_outlet {
                "dateline"
            } else {
                "byline"
            });
            if b.updated && published_below(units, i, today) {
                // "Updated March 6 / Published March 5": the article is from the day it was
                // published.
                b.date = None;
            }
            apply_byline(out, b);
        } else if header::is_translator_line(&text) {
            units[i].drop = Some("translator credit");
        } else if let Some(name) = header::headshot_name(&text) {
            // "Headshot of Ann Lee / Ann Lee / Senior Reporter": the author's photo, its name
            // repeated under it.
            units[i].drop = Some("author photo");
            push_author(&mut out.authors, name);
        } else if out.authors.contains(&text) {
            units[i].drop = Some("byline");
        } else if author_bio(&text, &out.authors) {
            units[i].drop = Some("author bio");
        } else if let Some(name) = bio_under_headline(units, i, out) {
            units[i].drop = Some("author bio");
            push_author(&mut out.authors, &name);
        } else if job_under_byline(units, i, out) {
            // "By Ann Lee / Local Democracy Reporter": the job, whose capitals read like a
            // name followed by a job.
            units[i].drop = Some("byline");
        } else if let Some(name) = site_name_again(units, i) {
            // "Ann Lee / Example Ledger-Star / DATE": the site's name from the masthead above,
            // under the author's, is the outlet.
            units[i].drop = Some("source credit");
            out.source.get_or_insert(name);
        } else if let Some((names, outlet)) = author_line(units, i, today, !out.title.is_empty()) {
            units[i].drop = Some("byline");
            for name in &names {
                push_author(&mut out.authors, name);
            }
            if let Some(o) = outlet {
                out.source.get_or_insert(o);
            }
        } else if !out.authors.is_empty()
            && (header::is_role_line(&text)
                || header::is_social_handle(&text)
                || (credentials_below_name(units, i, dek) && header::is_credentials_line(&text)))
        {
            // "Health reporter" under the author's name.
            units[i].drop = Some("byline");
        } else if cleanup::word_count(&text) <= 5 && title_words(&text) && is_dek(units, i, today) {
            // "The Canadian Press" between the headline and the dateline: the outlet.
            units[i].drop = Some("source credit");
            out.source.get_or_insert(text.clone());
        } else if !dek_seen && is_dek(units, i, today) {
            // A standfirst between the headline and the dateline sums the story up: the
            // article's first paragraph, by the outlet (the dateline under it is still read).
            dek = Some(i);
            dek_seen = true;
        } else {
            break;
        }
        i += 1;
    }
    i
}

/// A line opening with a byline's label that names an author: "Text: Ann Lee · Photo: …".
fn labelled_byline(text: &str, today: Date) -> bool {
    byline::has_opener(text) && byline::parse(text, today).is_some_and(|b| !b.authors.is_empty())
}

/// "Ann Lee is a transport economist and …": a sentence about the author named above it, in
/// the byline block (a paragraph of the story comes after the dateline).
fn author_bio(text: &str, authors: &[String]) -> bool {
    cleanup::word_count(text) <= 60
        && authors.iter().any(|a| {
            text.strip_prefix(a.as_str())
                .is_some_and(|rest| rest.starts_with(" is ") || rest.starts_with(" was "))
        })
}

/// Newsroom jobs a writer's one-line bio under the headline names.
const NEWSROOM_JOBS: [&str; 7] = [
    "reporter",
    "correspondent",
    "journalist",
    "editor",
    "writer",
    "columnist",
    "contributor",
];

/// "Ann Lee is a health reporter at the Lakeside Clarion.": one short sentence right under the
/// headline of a page with no byline, saying who wrote it and what her newsroom job is. A
/// story's first paragraph is longer, or says something other than a newsroom job.
fn bio_under_headline(units: &[Unit], i: usize, out: &Extracted) -> Option<String> {
    let text = units[i].text.as_str();
    let placed = out.authors.is_empty() && i > 0 && units[i - 1].drop == Some("headline");
    if !placed || cleanup::word_count(text) > 20 || !text.trim_end().ends_with('.') {
        return None;
    }
    let lower = text.to_lowercase();
    let job = lower
        .split(|c: char| !c.is_alphabetic())
        .any(|w| NEWSROOM_JOBS.contains(&w));
    job.then(|| header::bio_author(text, None)).flatten()
}

/// A job line ("Senior Reporter") right under the byline that named the authors.
fn job_under_byline(units: &[Unit], i: usize, out: &Extracted) -> bool {
    !out.authors.is_empty()
        && i > 0
        && units[i - 1].drop == Some("byline")
        && header::is_role_line(&units[i].text)
}

/// The line at `i` when it repeats a line dropped above the headline as the site's name or
/// masthead: the outlet's name, wherever it turns up again in the header.
fn site_name_again(units: &[Unit], i: usize) -> Option<String> {
    let text = units[i].text.trim();
    if cleanup::word_count(text) > 6 {
        return None;
    }
    let key = name_key(text);
    let headline = units[..i].iter().position(|u| u.drop == Some("headline"))?;
    units[..headline]
        .iter()
        .any(|u| u.drop.is_some() && name_key(&u.text) == key)
        .then(|| text.to_string())
}

/// Whether unit `i` sits between an author line under the headline (or the standfirst `dek`)
/// and the first paragraph, where a columnist's credentials go.
fn credentials_below_name(units: &[Unit], i: usize, dek: Option<usize>) -> bool {
    let after_headline = i >= 2 && units[i - 2].drop == Some("headline");
    let after_dek = i >= 3 && dek == Some(i - 2);
    units[i - 1].drop == Some("byline")
        && (after_headline || after_dek)
        && units
            .get(i + 1)
            .is_some_and(|u| cleanup::word_count(&u.text) >= 25)
}

/// Whether one of the next lines gives a publication date that is not an update's.
fn published_below(units: &[Unit], i: usize, today: Date) -> bool {
    units[i + 1..]
        .iter()
        .take(3)
        .any(|u| byline::parse(&u.text, today).is_some_and(|b| b.date.is_some() && !b.updated))
}

/// Every word capitalised, nothing after the last: a name, not a sentence.
fn title_words(line: &str) -> bool {
    !line.ends_with(['.', '!', '?'])
        && line
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// A standfirst: a sentence or two under the headline with a byline or dateline right after,
/// or after furniture such as an audio player and share buttons.
fn is_dek(units: &[Unit], i: usize, today: Date) -> bool {
    let next = (i + 1..units.len().min(i + 6)).find(|&j| {
        cleanup::line_noise(&units[j].text).is_none_or(|r| r == "sidebar teaser")
            || labelled_byline(&units[j].text, today)
    });
    cleanup::word_count(&units[i].text) <= 60
        && next.is_some_and(|j| {
            units[j].text.len() <= 200
                && (byline::parse(&units[j].text, today).is_some()
                    || header::headshot_name(&units[j].text).is_some()
                    || author_line(units, j, today, true).is_some())
        })
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
