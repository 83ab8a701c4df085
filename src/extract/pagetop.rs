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

use super::byline;
use super::cleanup::{self, Unit, word_count};
use super::dates::is_date_line;

/// How far down the page a menu is looked for, in units.
const TOP: usize = 24;

/// Menu entries that show a short column of links is the site's menu, not a list of names.
#[rustfmt::skip]
const MENU_WORDS: &[&str] = &[
    "home", "news", "sport", "sports", "search", "menu", "subscribe", "about", "contact",
    "opinion", "business", "world", "more", "weather", "archive", "video", "podcasts",
];

/// Drops the consent banner, the menus and the site name above them; returns the first unit
/// after them (0 when the page opens with none of them).
pub fn skip_page_top(units: &mut [Unit], today: Date) -> usize {
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
    first
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

/// Why a whole block is page furniture: a consent banner, a cache's banner or a menu.
fn block_kind(block: &[Unit], today: Date) -> Option<&'static str> {
    if is_archive_banner(block) {
        return Some("archive banner");
    }
    let banner = block
        .iter()
        .any(|u| cleanup::line_noise(&u.text) == Some("cookie notice"));
    if banner && block.iter().all(|u| short(&u.text, 60)) {
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
}
