//! Reading publication dates out of dateline and byline text: "March 5, 2019", "5 March 2019",
//! "Mar. 5, 2019", "2019-03-05", "03/05/2019" (US order). A date after `today` is rejected: an
//! article cannot be from the future, so such a date belongs to something else on the page.

use jiff::civil::{Date, Weekday};

/// The first valid, non-future date written in `line`.
pub fn find_date(line: &str, today: Date) -> Option<Date> {
    let words: Vec<&str> = line
        .split(|c: char| {
            c.is_whitespace() || matches!(c, ',' | '|' | '\u{2022}' | '\u{00B7}' | '(' | ')')
        })
        .filter(|w| !w.is_empty())
        .collect();
    for (i, w) in words.iter().enumerate() {
        // "Issue 14 · April 2026": the number after a label counts issues, not days.
        let counted = i > 0 && is_number_label(words[i - 1]);
        let found = numeric_date(w)
            .map(|d| other_order(w, d, &words, today))
            .or_else(|| (!counted).then(|| named_month_date(&words[i..])).flatten());
        if let Some(d) = found.filter(|d| *d <= today) {
            return Some(d);
        }
    }
    None
}

/// Words that put a number after them: "Issue 14", "Vol. 3", "No. 12".
fn is_number_label(word: &str) -> bool {
    let w = word.trim_end_matches(['.', ':']).to_ascii_lowercase();
    matches!(
        w.as_str(),
        "issue" | "vol" | "volume" | "no" | "number" | "edition" | "episode" | "part" | "round"
    )
}

/// "Thursday, 6/3/2025", "07/05/2025 at 11h20": a slashed date read month first is read day
/// first instead when the line's weekday, a European "11h20" time, or the future says so.
fn other_order(word: &str, read: Date, words: &[&str], today: Date) -> Date {
    let Some(swapped) = swapped_reading(word, read) else {
        return read;
    };
    let weekday = words.iter().find_map(|w| weekday(w));
    let day_first = match weekday {
        Some(wd) => swapped.weekday() == wd && read.weekday() != wd,
        None => read > today || words.iter().any(|w| is_h_time(w)),
    };
    if day_first && swapped <= today {
        swapped
    } else {
        read
    }
}

/// The same slashed date with day and month exchanged, when both readings are dates.
fn swapped_reading(word: &str, read: Date) -> Option<Date> {
    if !word.contains('/') || word.split('/').next()?.len() > 2 || read.day() > 12 {
        return None;
    }
    let swapped = make(read.year(), read.day(), read.month())?;
    (swapped != read).then_some(swapped)
}

/// Weekday names as datelines write them, full or abbreviated.
const WEEKDAYS: [(&str, Weekday); 7] = [
    ("monday", Weekday::Monday),
    ("tuesday", Weekday::Tuesday),
    ("wednesday", Weekday::Wednesday),
    ("thursday", Weekday::Thursday),
    ("friday", Weekday::Friday),
    ("saturday", Weekday::Saturday),
    ("sunday", Weekday::Sunday),
];

fn weekday(word: &str) -> Option<Weekday> {
    let w = word.trim_end_matches('.').to_lowercase();
    WEEKDAYS
        .iter()
        .find(|(name, _)| w == *name || (w.len() == 3 && name.starts_with(w.as_str())))
        .map(|(_, d)| *d)
}

/// "11h20": the hour-h-minute time of French-speaking and other day-first locales.
fn is_h_time(word: &str) -> bool {
    let Some((h, m)) = word.split_once('h') else {
        return false;
    };
    (1..=2).contains(&h.len())
        && m.len() == 2
        && h.bytes().all(|b| b.is_ascii_digit())
        && m.bytes().all(|b| b.is_ascii_digit())
}

/// `2019-03-05`, `2019/03/05`, `03/05/2019` (month first, as US sites write it), `05.03.2019`
/// (day first: dots are the European way of writing dates), also with a time glued on
/// ("2019-03-05T10:00").
fn numeric_date(word: &str) -> Option<Date> {
    let word = word.split('T').next()?;
    let parts: Vec<&str> = word.split(['-', '/', '.']).collect();
    let [a, b, c] = parts[..] else { return None };
    let nums = (
        a.parse::<i16>().ok()?,
        b.parse::<i8>().ok()?,
        c.parse::<i16>().ok()?,
    );
    match (a.len(), c.len()) {
        (4, 1..=2) => make(nums.0, nums.1, nums.2 as i8),
        (1..=2, 4) if word.contains('.') => {
            make(nums.2, nums.1, nums.0 as i8).or_else(|| make(nums.2, nums.0 as i8, nums.1))
        }
        (1..=2, 4) => {
            make(nums.2, nums.0 as i8, nums.1).or_else(|| make(nums.2, nums.1, nums.0 as i8))
        }
        _ => None,
    }
}

/// "March 5, 2019", "Mar. 5 2019", "5 March 2019", "March 5th, 2019" at the start of `words`.
fn named_month_date(words: &[&str]) -> Option<Date> {
    if let Some(month) = month_number(words.first()?) {
        let day = day_number(words.get(1)?)?;
        let year = year_number(words.get(2)?)?;
        return make(year, month, day);
    }
    let day = day_number(words.first()?)?;
    let month = month_number(words.get(1)?)?;
    let year = year_number(words.get(2)?)?;
    make(year, month, day)
}

fn make(year: i16, month: i8, day: i8) -> Option<Date> {
    if !(1900..=2100).contains(&year) {
        return None;
    }
    Date::new(year, month, day).ok()
}

fn month_number(word: &str) -> Option<i8> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    if w.len() < 3 {
        return None;
    }
    let i = MONTHS
        .iter()
        .position(|m| *m == w || (w.len() <= 4 && m.starts_with(&w)))?;
    Some(i as i8 + 1)
}

fn day_number(word: &str) -> Option<i8> {
    let w = word.trim_end_matches(['.', ',']);
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") || digits.is_empty() || digits.len() > 2 {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn year_number(word: &str) -> Option<i16> {
    let w = word.trim_end_matches(['.', ',', ';', ':']);
    if w.len() != 4 {
        return None;
    }
    w.parse().ok()
}

/// Whether a line is little more than a date (with weekday, time, or "Updated" around it),
/// future or not: such a line is a dateline or a teaser's, not body text.
pub fn is_date_line(line: &str) -> bool {
    let words = line.split_whitespace().count();
    if words > 6 && line.trim_end().ends_with('.') {
        return false;
    }
    // "Sat Jan 17, 2026 12:00 AM Last update on: Sat Jan 17, 2026 01:25 AM": two datelines on
    // one line, the publication's first.
    if (13..=24).contains(&words)
        && let Some(head) = before_update(line)
    {
        return is_date_line(head);
    }
    words <= 12 && find_date(line, Date::constant(2100, 12, 31)).is_some()
}

/// The part of `line` before an "Updated", "Last update" or "Last modified" that does not
/// open it.
fn before_update(line: &str) -> Option<&str> {
    let update = |w: &str| {
        w.get(..5).is_some_and(|h| h.eq_ignore_ascii_case("updat"))
            || w.get(..6).is_some_and(|h| h.eq_ignore_ascii_case("modifi"))
    };
    let mut words = line.split_whitespace().peekable();
    let mut at = 0;
    while let Some(w) = words.next() {
        let start = w.as_ptr() as usize - line.as_ptr() as usize;
        let last = w.eq_ignore_ascii_case("last") && words.peek().is_some_and(|n| update(n));
        if update(w) || last {
            at = start;
            break;
        }
    }
    let head = line[..at].trim_end_matches([' ', '|', '\u{b7}', '\u{2022}', ',', '-']);
    (at > 0 && !head.is_empty()).then_some(head)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: Date = Date::constant(2024, 1, 1);

    #[test]
    fn common_spellings() {
        let d = Date::constant(2019, 3, 5);
        assert_eq!(find_date("March 5, 2019", TODAY), Some(d));
        assert_eq!(
            find_date("Posted on Tue, Mar. 5th, 2019 by Ann", TODAY),
            Some(d)
        );
        assert_eq!(find_date("5 March 2019 10:00 GMT", TODAY), Some(d));
        assert_eq!(find_date("Published 2019-03-05T10:00:00Z", TODAY), Some(d));
        assert_eq!(find_date("03/05/2019", TODAY), Some(d));
        // The weekday or a day-first "11h20" time turns a slashed date round.
        assert_eq!(find_date("Tuesday, 5/3/2019 | 08:14", TODAY), Some(d));
        assert_eq!(
            find_date("Published on 05/03/2019 at 11h20", TODAY),
            Some(d)
        );
        assert_eq!(find_date("Monday, 03/05/2019", TODAY), Some(d));
        assert_eq!(find_date("05.03.2019", TODAY), Some(d), "dots: day first");
        assert_eq!(find_date("Issue 14 \u{b7} March 2019", TODAY), None);
        assert_eq!(find_date("Issue 14 \u{b7} 5 March 2019", TODAY), Some(d));
    }

    #[test]
    fn a_dateline_with_its_update() {
        let line = "Tue Mar 5, 2019 09:00 AM Last update on: Tue Mar 5, 2019 11:25 AM";
        assert!(is_date_line(line));
        let line = "Tue 5 Mar 2019 09.00 CET Last modified on Wed 6 Mar 2019 11.25 CET";
        assert!(is_date_line(line));
        assert!(!is_date_line(
            "The council updated its plans on March 5, 2019 after a long meeting with residents."
        ));
    }

    #[test]
    fn future_and_nonsense_rejected() {
        assert_eq!(find_date("December 15, 2024", TODAY), None, "after today");
        assert_eq!(find_date("May the force be with you in 2019", TODAY), None);
        assert_eq!(find_date("February 30, 2019", TODAY), None);
    }
}
