//! Which way round a page writes its numeric dates. "04/03/2026" is the 3rd of April in the
//! United States and the 4th of March nearly everywhere else; the line rarely says which, but
//! the page does: a time zone beside the date ("GMT", "EST"), the spelling of its prose
//! ("centre", "organised", "per cent" against "center", "organized", "percent") and the money
//! it counts in (pounds, euros, rupees, naira, shillings).
//!
//! Only read when a date is ambiguous, so the page's text is gone through rarely.

use jiff::civil::Date;

use super::cleanup::Unit;
use super::dates::day_first_reading;

/// Time zones of countries that write the day first.
#[rustfmt::skip]
const DAY_FIRST_ZONES: &[&str] = &[
    "gmt", "bst", "wat", "cat", "eat", "sast", "ist", "pkt", "aest", "aedt", "acst", "acdt",
    "awst", "nzst", "nzdt", "cet", "cest", "eet", "eest", "wib", "myt", "sgt", "hkt", "gst",
    "ict", "npt",
];

/// Time zones of the United States, which writes the month first.
#[rustfmt::skip]
const MONTH_FIRST_ZONES: &[&str] = &[
    "est", "edt", "cst", "cdt", "pst", "pdt", "mst", "mdt", "et", "pt", "ct", "akst", "hst",
];

/// British and Commonwealth spellings and money, written by day-first countries.
#[rustfmt::skip]
const DAY_FIRST_WORDS: &[&str] = &[
    "colour", "colours", "favour", "favourite", "honour", "labour", "neighbour", "neighbours",
    "neighbourhood", "behaviour", "harbour", "rumours", "centre", "centres", "theatre", "metres",
    "kilometres", "litres", "epicentre", "organise", "organised", "organisation", "organisations",
    "recognise", "recognised", "realise", "realised", "criticise", "criticised", "apologised",
    "prioritise", "programme", "programmes", "defence", "travelled", "cancelled", "jewellery",
    "tyres", "aluminium", "cheque", "analyse", "analysed", "instalment", "whilst", "fulfil",
    "enrolment", "mobilise", "mobilised", "authorised", "utilise", "licence",
    "euros", "rupees", "naira", "shillings", "cedis", "ringgit", "dirhams",
];

/// American spellings.
#[rustfmt::skip]
const MONTH_FIRST_WORDS: &[&str] = &[
    "color", "colors", "favor", "favorite", "honor", "neighbor", "neighbors", "neighborhood",
    "behavior", "center", "centers", "theater", "kilometers", "liters", "epicenter", "organize",
    "organized", "organization", "organizations", "recognize", "recognized", "realize",
    "realized", "criticize", "criticized", "apologized", "prioritize", "defense", "traveled",
    "canceled", "jewelry", "aluminum", "analyze", "analyzed", "installment", "fulfill",
    "enrollment", "mobilize", "mobilized", "authorized", "utilize",
];

/// Currency signs of day-first countries: pound, euro, rupee, naira, cedi.
const DAY_FIRST_SIGNS: [char; 5] = ['\u{a3}', '\u{20ac}', '\u{20b9}', '\u{20a6}', '\u{20b5}'];

/// Whether the page that `line` dates writes the day first: `Some(true)` or `Some(false)` when
/// the line's time zone or the page's spelling and money say so, `None` when nothing does.
pub fn day_first(line: &str, page: &[Unit]) -> Option<bool> {
    if let Some(zone) = zone_says(line) {
        return Some(zone);
    }
    let (mut day, mut month) = (0usize, 0usize);
    for u in page {
        day += u
            .text
            .chars()
            .filter(|c| DAY_FIRST_SIGNS.contains(c))
            .count();
        for w in u.text.split(|c: char| !c.is_alphabetic()) {
            if !(3..=14).contains(&w.len()) {
                continue;
            }
            let w = w.to_lowercase();
            day += usize::from(DAY_FIRST_WORDS.contains(&w.as_str()));
            month += usize::from(MONTH_FIRST_WORDS.contains(&w.as_str()));
        }
        let lower = u.text.to_lowercase();
        day += lower.matches("per cent").count();
        month += lower.matches("percent").count();
    }
    (day != month).then_some(day > month)
}

/// `date`, read from `line` month first, read again day first when the line could be read
/// either way and the page writes dates day first.
pub fn in_page_order(line: &str, date: Date, page: &[Unit], today: Date) -> Date {
    match day_first_reading(line, today) {
        Some(other) if day_first(line, page) == Some(true) => other,
        _ => date,
    }
}

/// The order the line's time zone ("09:15 GMT", "4:12 PM ET") says dates are written in.
fn zone_says(line: &str) -> Option<bool> {
    line.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| (2..=4).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase()))
        .find_map(|w| {
            let w = w.to_ascii_lowercase();
            if DAY_FIRST_ZONES.contains(&w.as_str()) {
                Some(true)
            } else {
                MONTH_FIRST_ZONES.contains(&w.as_str()).then_some(false)
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::cleanup;

    #[test]
    fn the_zone_then_the_spelling_and_money_say_which_way_round() {
        let page = |t: &str| cleanup::units(t);
        let british = page(
            "The council's programme of repairs will cost \u{a3}6m, or 4 per cent of its budget.",
        );
        let american = page(
            "The city's program of repairs will cost $6m, or 4 percent of its budget, the center said.",
        );
        assert_eq!(day_first("04/03/2026 09:15", &british), Some(true));
        assert_eq!(day_first("04/03/2026 09:15", &american), Some(false));
        assert_eq!(day_first("04/03/2026 09:15 GMT", &american), Some(true));
        assert_eq!(day_first("04/03/2026 4:12 PM ET", &british), Some(false));
        assert_eq!(day_first("04/03/2026", &page("Rain fell.")), None);
    }
}
