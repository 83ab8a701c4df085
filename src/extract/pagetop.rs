//! The very top of a scraped page, above everything the masthead rules read: a consent banner
//! ("We value your privacy / … cookies … / Accept All / Manage Preferences") and the site's menu
//! ("Home / News / Sport / Weather / More"), with the site's name and tagline above the menu,
//! and a web cache's or archive's banner over a saved copy ("This is a cached copy of URL. It
//! is a snapshot of the page as it appeared on DATE. / View source").
//!
//! Both are blocks: lines with no blank line between them. A banner is known by its cookie
//! notice, a menu by its shape (a column of one- to four-word links), so neither needs to
//! know the site.

use jiff::civil::Date;

use super::cleanup::{self, Unit, word_count};
use super::dates::is_date_line;
use super::{byline, header};

/// How far down the page a menu is looked for, in units.
const TOP: usize = 24;

/// Menu entries that show a short column of links is the site's menu, not a list of names.
#[rustfmt::skip]
pub(super) const MENU_WORDS: &[&str] = &[
    "home", "news", "sport", "sports", "search", "menu", "subscribe", "about", "contact",
    "opinion", "business", "world", "more", "weather", "archive", "video", "podcasts",
];

/// Drops the consent banner, the menus and the site name above them; returns the first unit
/// after them (0 when the page opens with none of them).
pub fn skip_page_top(units: &mut [Unit], today: Date) -> usize {
    let banner = drop_consent_lines(units);
    let blocks = blocks(units);
    let mut first = 0;
    for (n, &(start, end)) in blocks.iter().enumerate() {
        if start >= TOP {
            break;
        }
        if let Some(reason) = block_kind(&units[start..end], today) {
            // Short lines above the first menu are the site's name and tagline.
            for u in &mut units[first..start] {
                u.drop.get_or_insert("site name");
            }
            for u in &mut units[start..end] {
                u.drop.get_or_insert(reason);
            }
            first = end;
        } else if !site_name_block(&units[start..end], today) || n >= 4 {
            break;
        }
    }
    if let Some((start, end)) = banner
        && start <= first + 3
        && end > first
        && units[first.min(start)..start]
            .iter()
            .all(|u| short(&u.text, 20))
    {
        // "Site name / We value your privacy / … / Manage cookies": the banner and the lines
        // above it open the page.
        for u in &mut units[first.min(start)..start] {
            u.drop.get_or_insert("site name");
        }
        first = end;
    }
    skip_menu_lines(units, first, today)
}

/// How far down the page a consent banner's heading is looked for, in units.
const BANNER_TOP: usize = 30;

/// Words every consent banner's notice or heading has one of, without their first letter so
/// that "Cookies" and "cookies" both match with no lowercase copy of the line.
const CONSENT_WORDS: [&str; 4] = ["ookie", "rivacy", "onsent", "ccept"];

/// The most lines a consent banner spans, from its heading to its last button.
const BANNER_SPAN: usize = 10;

/// "We value your privacy / We and our partners store … / With your permission we … / Yes,
/// I'm happy / Manage or reject cookies": a consent banner scraped one paragraph a line, where
/// only some of its lines say what they are. From a cookie notice near the top to the last
/// short button within reach that names cookies or consent, every line is the banner's.
/// Returns the banner's unit range.
fn drop_consent_lines(units: &mut [Unit]) -> Option<(usize, usize)> {
    // Only a line that names cookies, privacy or consent is read by the line rules here.
    let notice = |u: &Unit| {
        CONSENT_WORDS.iter().any(|w| u.text.contains(w))
            && cleanup::line_noise(&u.text) == Some("cookie notice")
    };
    let start = (0..units.len().min(BANNER_TOP)).find(|&i| notice(&units[i]))?;
    let reach = units.len().min(start + BANNER_SPAN);
    let button = |u: &Unit| {
        let lower = u.text.to_lowercase();
        short(&u.text, 8) && (lower.contains("cookie") || lower.contains("consent") || notice(u))
    };
    let last = (start + 1..reach).rev().find(|&j| button(&units[j]))?;
    // The lines between are the banner's prose, not a headline and its story.
    let prose = |u: &Unit| u.text.to_lowercase().contains("cookie") || notice(u);
    let between = &units[start + 1..last];
    if between.iter().filter(|u| !prose(u)).count() > 3 {
        return None;
    }
    for u in &mut units[start..=last] {
        u.drop.get_or_insert("cookie notice");
    }
    Some((start, last + 1))
}

/// How many units the page's chrome may take up before the last menu line, counted from where
/// the line-level search starts.
const LINE_TOP: usize = 40;

/// "Site / Sign in / Subscribe / News / Sport / What's On / Local News / Headline": a menu
/// scraped one item a line, with or without blank lines between, so that no block shows it.
/// The last run of menu items above the article's first sentence or byline ends the page's
/// chrome: it and every line above it (the site's name, tagline, a banner, the edition's date)
/// go. Returns the first unit after it (`from` when there is none).
fn skip_menu_lines(units: &mut [Unit], from: usize, today: Date) -> usize {
    let window = units.len().min(from + 2 * LINE_TOP);
    let (end, menu, lines) = last_menu_run(&units[from..window], today);
    let Some(mut end) = end else {
        return from;
    };
    // "News / Sport / Weather / Storm hits coast / By Ann Lee": a short headline right above
    // its byline ends the run of short lines but is no menu item.
    if from + end < units.len() && end > 0 && byline_next(units, from + end, today) {
        end -= 1;
    }
    for (k, u) in units[from..from + end].iter_mut().enumerate() {
        let reason = if k >= menu && lines[k].entry {
            "navigation links"
        } else {
            "site name"
        };
        u.drop.get_or_insert(lines[k].noise.unwrap_or(reason));
    }
    from + end
}

/// The search of [`skip_menu_lines`] over the lines it may look at: where the last run of menu
/// lines ends, where the first one starts, and each line's reading as far as the search went.
fn last_menu_run(units: &[Unit], today: Date) -> (Option<usize>, usize, Vec<Line>) {
    let mut lines = Lines {
        units,
        today,
        read: Vec::new(),
    };
    let count = units.len();
    let top = count.min(LINE_TOP);
    let mut i = 0;
    let mut end = None;
    let mut menu = count;
    while i < top {
        let run = (i..count).find(|&j| !lines.entry(j)).unwrap_or(count);
        if run > i {
            if is_menu_run(&units[i..run], &lines.read[i..run]) {
                end = Some(run);
                menu = menu.min(i);
            }
            i = run;
        } else if header_date(units, &lines.read, i, end.is_some()) {
            break;
        } else if above_article(&units[i].text, lines.read[i].noise, today) {
            i += 1;
        } else {
            break;
        }
    }
    (end, menu, lines.read)
}

/// Each line's [`Line`], worked out only as far down as the search reads: most pages have no
/// menu, and the search stops at their first lines.
struct Lines<'u> {
    units: &'u [Unit],
    today: Date,
    read: Vec<Line>,
}

impl Lines<'_> {
    /// Whether line `j` can be a menu line (reading every line down to it).
    fn entry(&mut self, j: usize) -> bool {
        while self.read.len() <= j {
            let unit = &self.units[self.read.len()];
            // A line already known for furniture (a consent banner's prose) is read as such.
            let noise = unit.drop.or_else(|| cleanup::line_noise(&unit.text));
            let line = Line::new(&unit.text, noise, self.today);
            self.read.push(line);
        }
        self.read[j].entry
    }
}

/// What the menu rules read of a line: why it is furniture, if it is, and whether it can be
/// one line of a menu.
struct Line {
    noise: Option<&'static str>,
    entry: bool,
}

impl Line {
    /// A line of the page's menu is a one- to four-word link that is not a sentence, a date
    /// or a byline, or a line of furniture (a "Sign in" button, a ticker, a breadcrumb path).
    fn new(text: &str, noise: Option<&'static str>, today: Date) -> Self {
        let entry = noise.is_some_and(|r| r != "sidebar teaser") || link_shape(text, today);
        Line { noise, entry }
    }
}

/// How many lines after the article's last sentence are searched for the footer's menu.
const FOOTER_LINES: usize = 60;

/// "Support us / About / Contributors / Submissions / Contact": the site's menu repeated in
/// its footer, after the article's last sentence. Returns where the page's tail of short lines
/// that holds it starts: nothing after the last paragraph of prose is the article's then.
pub fn footer_menu(units: &[Unit], body_start: usize, today: Date) -> Option<usize> {
    let last = (body_start..units.len())
        .rev()
        .find(|&i| units[i].reported())?;
    let tail = &units[last + 1..units.len().min(last + 1 + FOOTER_LINES)];
    if tail.iter().all(|u| !u.kept()) {
        return None;
    }
    // A kept line passed the furniture checks; a dropped one may have gone with the footer
    // for no reason of its own, and is read again.
    let noise = |u: &Unit| u.drop.and_then(|_| cleanup::line_noise(&u.text));
    let lines: Vec<Line> = tail
        .iter()
        .map(|u| Line::new(&u.text, noise(u), today))
        .collect();
    let mut i = 0;
    while i < lines.len() {
        let run = (i..lines.len())
            .find(|&j| !lines[j].entry)
            .unwrap_or(lines.len());
        if run > i && is_menu_run(&tail[i..run], &lines[i..run]) {
            // "Next year: the north. Probably.": short sentences right after the last long
            // paragraph close the story; the footer starts after them.
            let closing = tail[..i].iter().take_while(|u| sentence(u)).count();
            return Some(last + 1 + closing);
        }
        i = run.max(i + 1);
    }
    None
}

/// A kept line of four or more words that ends as a sentence does.
fn sentence(u: &Unit) -> bool {
    u.kept() && word_count(&u.text) >= 4 && u.text.trim_end().ends_with(['.', '!', '?'])
}

/// A link's shape: one to four words, not a sentence, a date or a byline. A final dot that
/// closes an initialism ("U.S.", "Washington, D.C.") ends no sentence.
fn link_shape(line: &str, today: Date) -> bool {
    (1..=4).contains(&word_count(line))
        && line.chars().count() <= 32
        && line.chars().any(char::is_alphabetic)
        && (!line.ends_with(['.', '!', '?', ':', '"', '\u{201D}']) || ends_with_initialism(line))
        && !is_date_line(line)
        && byline::parse(line, today).is_none()
}

/// "U.S.", "D.C.": the last word is capital letters each followed by a dot.
fn ends_with_initialism(line: &str) -> bool {
    let last = line.rsplit(' ').next().unwrap_or("");
    let letters = last.chars().filter(|c| c.is_uppercase()).count();
    letters >= 2 && last.chars().all(|c| c.is_uppercase() || c == '.') && last.len() == 2 * letters
}

/// A run of menu lines that is a site's menu: four or more links that are no furniture of
/// their own (three when one is a menu word), and not a column of people's names.
fn is_menu_run(run: &[Unit], lines: &[Line]) -> bool {
    let links: Vec<&str> = run
        .iter()
        .zip(lines)
        .filter(|(_, l)| l.noise.is_none())
        .map(|(u, _)| u.text.as_str())
        .collect();
    if links.len() < 3 {
        return false;
    }
    let menu_word = links
        .iter()
        .any(|t| MENU_WORDS.contains(&cleanup::norm(t).as_str()));
    let names = links
        .iter()
        // "Headshot of Ann Lee / Ann Lee": authors' photos and names stacked under a headline.
        .filter(|t| {
            (byline::is_person_name(t) && t.contains(' ')) || header::headshot_name(t).is_some()
        })
        .count();
    (links.len() >= 4 || menu_word) && names * 2 < links.len()
}

/// Whether the date line at `i` is the article's, under its headline, below which no menu
/// is looked for: a date after a menu, or under a line of five or more words (the edition's
/// date sits under the site's short name, above the menu).
fn header_date(units: &[Unit], lines: &[Line], i: usize, menu_seen: bool) -> bool {
    if !is_date_line(&units[i].text) {
        return false;
    }
    let above = (0..i).rev().find(|&j| lines[j].noise.is_none());
    menu_seen || above.is_some_and(|j| word_count(&units[j].text) >= 5)
}

/// A line that may stand between menus at the top of a page: a site's name or tagline, a
/// banner, the edition's date. A sentence or a byline with a name is the article's.
fn above_article(line: &str, noise: Option<&'static str>, today: Date) -> bool {
    if byline::parse(line, today).is_some_and(|b| !b.authors.is_empty()) {
        return false;
    }
    noise.is_some()
        || is_date_line(line)
        || (word_count(line) <= 20 && !line.trim_end().ends_with(['.', '!', '?']))
}

/// Whether the line at `at` is a byline or dateline, so that the line above it is a headline.
fn byline_next(units: &[Unit], at: usize, today: Date) -> bool {
    byline::parse(&units[at].text, today).is_some()
}

/// The page's blocks as `(start, end)` unit ranges.
fn blocks(units: &[Unit]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..=units.len() {
        if i == units.len() || units[i].blank_before {
            out.push((start, i));
            start = i;
        }
    }
    out
}

/// Phrases of the banner a web cache or archive puts over its saved copy of a page.
const ARCHIVE_BANNER: &[&str] = &[
    "snapshot of the page",
    "cached copy of",
    "'s cache of",
    "as it appeared on",
    "this page was archived",
    "archived copy of",
];

/// The most lines a consent banner's block has (heading, notice, buttons, links).
const BANNER_LINES: usize = 10;

/// Why a whole block is page furniture: a consent banner, a cache's banner or a menu.
fn block_kind(block: &[Unit], today: Date) -> Option<&'static str> {
    if is_archive_banner(block) {
        return Some("archive banner");
    }
    // A banner is a short block: "Cookie settings" among a footer's links at the end of a
    // page scraped without blank lines is no banner over the whole page.
    let banner = block
        .iter()
        .any(|u| cleanup::line_noise(&u.text) == Some("cookie notice"));
    if banner && block.len() <= BANNER_LINES && block.iter().all(|u| short(&u.text, 60)) {
        return Some("cookie notice");
    }
    is_menu(block, today).then_some("navigation links")
}

/// A block that opens by saying the page is a saved copy: the cache's notes under it ("The
/// current page could have changed", "View source") go with it.
fn is_archive_banner(block: &[Unit]) -> bool {
    let first = block[0].text.to_lowercase().replace('\u{2019}', "'");
    word_count(&first) <= 60
        && ARCHIVE_BANNER.iter().any(|p| first.contains(p))
        && block.len() <= 6
        && block.iter().all(|u| short(&u.text, 40))
}

/// A column of links: four or more one- to four-word lines (three when one is a menu word),
/// none a sentence, a date, a byline or a person's name as stacked author lines are.
fn is_menu(block: &[Unit], today: Date) -> bool {
    let entry = |t: &str| {
        (1..=4).contains(&word_count(t))
            && !t.ends_with(['.', '!', '?', ':', '"', '\u{201D}'])
            && !is_date_line(t)
            && byline::parse(t, today).is_none()
    };
    let menu_word = block
        .iter()
        .any(|u| MENU_WORDS.contains(&cleanup::norm(&u.text).as_str()));
    let names = block
        .iter()
        .filter(|u| byline::is_person_name(&u.text) && u.text.contains(' '))
        .count();
    (block.len() >= 4 || (block.len() == 3 && menu_word))
        && block.iter().all(|u| entry(&u.text))
        && names * 2 < block.len()
}

/// A site's name and tagline: one or two short lines that are not a sentence or a byline.
fn site_name_block(block: &[Unit], today: Date) -> bool {
    block.len() <= 2
        && block.iter().all(|u| {
            short(&u.text, 12)
                && !u.text.trim_end().ends_with(['.', '?', '!'])
                && byline::parse(&u.text, today).is_none()
        })
}

fn short(line: &str, most: usize) -> bool {
    word_count(line) <= most
}

#[cfg(test)]
mod tests {
    use super::*;

    fn top(text: &str) -> (usize, Vec<Option<&'static str>>) {
        let mut units = cleanup::units(text);
        let i = skip_page_top(&mut units, Date::constant(2024, 6, 1));
        (i, units.iter().map(|u| u.drop).collect())
    }

    #[test]
    fn banner_menu_and_site_name_go() {
        let (i, drops) = top(
            "We value your privacy\nWe use cookies to improve the site. You can accept or manage them.\nAccept All\nManage Preferences\n\nThe Valley Echo\n\nHome\nNews\nSport\nWhat's On\n\nHeadline of the story here\n\nBody.",
        );
        assert_eq!(i, 9);
        assert_eq!(drops[0], Some("cookie notice"));
        assert_eq!(drops[4], Some("site name"));
        assert_eq!(drops[8], Some("navigation links"));
    }

    #[test]
    fn a_cache_banner_goes_with_its_notes() {
        let (i, drops) = top(
            "This is the archive's cached copy of https://example.org/a. It is a snapshot of the page as it appeared on 2 May 2024.\nThe live page may have changed since.\nFull page   Plain text\n\nHeadline of the story here\n\nBody.",
        );
        assert_eq!(i, 3);
        assert_eq!(drops[..3], [Some("archive banner"); 3]);
    }

    #[test]
    fn stacked_authors_under_a_headline_are_no_menu() {
        let (i, _) = top(
            "Headline of the story here\n\nAnn Lee\nBo Diaz\nCy Young\nDan Ortiz\n\nMarch 3, 2024\n\nBody.",
        );
        assert_eq!(i, 0);
    }

    #[test]
    fn a_menu_one_item_a_line_goes_with_the_site_name_above() {
        // No blank lines: the whole page is one block, so only the lines' shape shows the menu.
        let (i, drops) = top(
            "Skip to content\nThe Harbour Gazette\nYour coast, your news\nHome\nNews\nHarbour\nSport\nSign in\nHarbour\nFerry fares to rise by a fifth from June\nBy Ann Lee\nMarch 3, 2024\nThe ferry company said on Monday that fares would rise.",
        );
        assert_eq!(i, 9);
        assert!(drops[..9].iter().all(Option::is_some), "{drops:?}");
        assert_eq!(drops[4], Some("navigation links"));
        assert_eq!(drops[9], None);
    }

    #[test]
    fn a_short_headline_under_the_menu_stays() {
        let (i, drops) = top(
            "The Harbour Gazette\n\nNews\n\nSport\n\nWeather\n\nOpinion\n\nFerry fares rise\n\nBy Ann Lee\n\nThe ferry company said on Monday that fares would rise.",
        );
        assert_eq!(i, 5);
        assert_eq!(drops[5], None);
    }

    #[test]
    fn a_short_closing_sentence_stays_above_the_footer_menu() {
        let mut units = cleanup::units(
            "Ferry fares rise\n\nThe ferry company said on Monday that fares would rise by a fifth from June, blaming fuel.\n\nSee you on the water. Maybe.\n\nAbout\nContact\nAdvertise\nPrivacy",
        );
        let at = footer_menu(&units, 1, Date::constant(2024, 6, 1));
        assert_eq!(at, Some(3));
        units.truncate(3);
        assert_eq!(units[2].text, "See you on the water. Maybe.");
    }

    #[test]
    fn the_edition_date_under_the_site_name_goes() {
        let (i, drops) = top(
            "THE HARBOUR GAZETTE\nWednesday, March 6, 2024\nHome\nNews\nPolitics\nBusiness\nSport\nFerry fares to rise by a fifth from June\nAnn Lee and Bo Diaz\nPublished 5th March 2024\nThe ferry company said on Monday that fares would rise.",
        );
        assert_eq!(i, 7);
        assert_eq!(drops[1], Some("site name"));
    }
}
