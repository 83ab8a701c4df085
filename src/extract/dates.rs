//! Reading publication dates out of dateline and byline text: "March 5, 2019", "5 March 2019",
//! "Mar. 5, 2019", "the fifth of March, 2019", "2019-03-05", "03/05/2019" (US order). A date
//! after `today` is rejected: an article cannot be from the future, so such a date belongs to
//! something else on the page.

use jiff::civil::{Date, Weekday};

/// The first valid, non-future date written in `line`.
pub fn find_date(line: &str, today: Date) -> Option<Date> {
    let words = date_words(line);
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

/// The words of a line as dates are read from them: commas, bars, bullets and brackets part them.
fn date_words(line: &str) -> Vec<&str> {
    line.split(|c: char| {
        c.is_whitespace() || matches!(c, ',' | '|' | '\u{2022}' | '\u{00B7}' | '(' | ')')
    })
    .filter(|w| !w.is_empty())
    .collect()
}

/// "04/03/2026": the day-first reading of the slashed or dashed date [`find_date`] read month
/// first on `line`, when nothing on the line (a weekday, an "11h20" time, the future) settled
/// the order and both readings are dates. The page's locale may settle it.
pub fn day_first_reading(line: &str, today: Date) -> Option<Date> {
    let found = find_date(line, today)?;
    let words = date_words(line);
    if words.iter().any(|w| weekday(w).is_some()) {
        return None;
    }
    let (word, read) = words
        .iter()
        .find_map(|w| numeric_date(w).map(|d| (*w, d)))?;
    let swapped = swapped_reading(word, read)?;
    (found == read && swapped <= today).then_some(swapped)
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

/// The same slashed or dashed date ("6/3/2025", "06-03-2025") with day and month exchanged,
/// when both readings are dates.
fn swapped_reading(word: &str, read: Date) -> Option<Date> {
    let sep = if word.contains('/') { '/' } else { '-' };
    let parts: Vec<&str> = word.split(sep).collect();
    let numbers = parts.len() == 3 && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()));
    if !numbers || parts[0].len() > 2 || read.day() > 12 {
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
    let word = word.split('T').next()?.trim_end_matches('\u{65e5}');
    // "2019年3月5日": year, month and day marked with their characters.
    let parts: Vec<&str> = word
        .split(['-', '/', '.', '\u{5e74}', '\u{6708}'])
        .collect();
    let [a, b, c] = parts[..] else { return None };
    // "05-Mar-2019": the month's name between the day and the year.
    if a.len() <= 2 && c.len() == 4 && b.len() >= 3 && b.bytes().all(|x| x.is_ascii_alphabetic()) {
        return make(c.parse().ok()?, month_number(b)?, a.parse().ok()?);
    }
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

/// "March 5, 2019", "Mar. 5 2019", "5 March 2019", "March 5th, 2019", "5th of March 2019",
/// "5 de marzo de 2019" at the start of `words`.
fn named_month_date(words: &[&str]) -> Option<Date> {
    // The day is looked at first: it is a number, which most words are not.
    if let Some(day) = words.get(1).and_then(|w| day_number(w))
        && let Some(month) = month_number(words.first()?)
    {
        let year = year_number(words.get(2)?)?;
        return make(year, month, day);
    }
    let day = day_number(words.first()?)?;
    let rest = after_connector(&words[1..]);
    let month = month_number(rest.first()?)?;
    let rest = after_connector(&rest[1..]);
    let year = year_number(rest.first()?)?;
    make(year, month, day)
}

/// `words` past a connector between a date's parts: "5 de marzo de 2019", "5th of March".
fn after_connector<'a, 'w>(words: &'a [&'w str]) -> &'a [&'w str] {
    match words.first() {
        Some(&("de" | "of" | "del")) => &words[1..],
        _ => words,
    }
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
        .position(|m| *m == w || (w.len() <= 4 && m.starts_with(&w)))
        .or_else(|| foreign_month(&w))?;
    Some(i as i8 + 1)
}

/// Months' full names in the languages of papers that run beside English ones: Spanish,
/// Portuguese, French, Italian and German, one row a month.
#[rustfmt::skip]
const FOREIGN_MONTHS: [&[&str]; 12] = [
    &["enero", "janeiro", "janvier", "gennaio", "januar"],
    &["febrero", "fevereiro", "f\u{e9}vrier", "fevrier", "febbraio", "februar"],
    &["marzo", "mar\u{e7}o", "marco", "mars", "m\u{e4}rz", "maerz"],
    &["abril", "avril", "aprile"],
    &["mayo", "maio", "mai", "maggio"],
    &["junio", "junho", "juin", "giugno", "juni"],
    &["julio", "julho", "juillet", "luglio", "juli"],
    &["agosto", "ao\u{fb}t", "aout"],
    &["septiembre", "setiembre", "setembro", "septembre", "settembre"],
    &["octubre", "outubro", "octobre", "ottobre", "oktober"],
    &["noviembre", "novembro", "novembre"],
    &["diciembre", "dezembro", "d\u{e9}cembre", "decembre", "dicembre", "dezember"],
];

/// The month (from 0) a foreign month's name in lowercase names.
fn foreign_month(w: &str) -> Option<usize> {
    FOREIGN_MONTHS.iter().position(|names| names.contains(&w))
}

fn day_number(word: &str) -> Option<i8> {
    let w = word.trim_end_matches(['.', ',']);
    if w.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return ordinal_day(w);
    }
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") || digits.is_empty() || digits.len() > 2 {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

/// Days written as ordinals in words, as a formal or spoken dateline has them ("the third of
/// March, 2026", "March twenty-first, 2026").
#[rustfmt::skip]
const ORDINAL_DAYS: [&str; 31] = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second",
    "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh",
    "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first",
];

/// "third" → 3, "Twenty-First" → 21.
fn ordinal_day(word: &str) -> Option<i8> {
    if !(5..=13).contains(&word.len()) {
        return None;
    }
    let day = ORDINAL_DAYS
        .iter()
        .position(|o| o.eq_ignore_ascii_case(word))?;
    Some(day as i8 + 1)
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
    let words = crate::text::word_count(line);
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

/// Words a bare date line may have besides the date's own: "Posted on 3 March 2026 at 9:15 am".
#[rustfmt::skip]
const DATE_LINE_WORDS: [&str; 12] = [
    "on", "at", "am", "pm", "a.m", "p.m", "posted", "published", "updated", "date", "the", "of",
];

/// "3 March 2026", "Tuesday, March 3, 2026 · 9:15 AM GMT": a line that is a date and nothing
/// else (a weekday, a time, a zone, a "Posted" label), of no more than eight words. An event's
/// line ("Concert: Saturday, 14 March 2026") says what is on that day.
pub fn is_bare_date(line: &str, today: Date) -> bool {
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '\u{b7}' | '\u{2022}'))
        .map(|w| w.trim_matches(|c: char| matches!(c, '.' | ':' | '(' | ')' | '-' | '\u{2013}')))
        .filter(|w| !w.is_empty())
        .collect();
    let plain = |w: &&str| {
        let lower = w.to_lowercase();
        w.contains(|c: char| c.is_ascii_digit())
            || month_number(w).is_some()
            || ordinal_day(w).is_some()
            || weekday(w).is_some()
            || DATE_LINE_WORDS.contains(&lower.as_str())
            || (w.len() <= 5 && w.chars().all(|c| c.is_ascii_uppercase()))
    };
    (1..=8).contains(&words.len()) && words.iter().all(plain) && find_date(line, today).is_some()
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
    fn other_languages_and_spellings() {
        let d = Date::constant(2019, 3, 5);
        assert_eq!(find_date("5 de marzo de 2019, 14:20", TODAY), Some(d));
        assert_eq!(
            find_date("Publi\u{e9} le 5 mars 2019 \u{e0} 14h20", TODAY),
            Some(d)
        );
        assert_eq!(
            find_date("05 de mar\u{e7}o de 2019 \u{e0}s 14:20", TODAY),
            Some(d)
        );
        assert_eq!(find_date("5. M\u{e4}rz 2019", TODAY), Some(d));
        assert_eq!(find_date("5th of March 2019", TODAY), Some(d));
        assert_eq!(find_date("05-Mar-2019", TODAY), Some(d));
        assert_eq!(find_date("2019\u{5e74}3\u{6708}5\u{65e5}", TODAY), Some(d));
        assert_eq!(find_date("5 de la tarde", TODAY), None);
        assert_eq!(find_date("the fifth of March, 2019", TODAY), Some(d));
        assert_eq!(find_date("March Fifth, 2019", TODAY), Some(d));
        assert_eq!(
            find_date("the twenty-first of March 2019", TODAY),
            Some(Date::constant(2019, 3, 21))
        );
        assert_eq!(find_date("the first of many in 2019", TODAY), None);
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
    fn a_bare_date_line_is_a_date_and_nothing_else() {
        for line in [
            "5 March 2019",
            "Tuesday, March 5, 2019 \u{b7} 9:15 AM GMT",
            "Posted on 05.03.2019 at 09:15",
            "the fifth of March, 2019",
        ] {
            assert!(is_bare_date(line, TODAY), "{line}");
        }
        for line in [
            "Concert: Tuesday, 5 March 2019",
            "Issue 14 \u{b7} 5 March 2019",
            "March 2019",
        ] {
            assert!(!is_bare_date(line, TODAY), "{line}");
        }
    }

    #[test]
    fn future_and_nonsense_rejected() {
        assert_eq!(find_date("December 15, 2024", TODAY), None, "after today");
        assert_eq!(find_date("May the force be with you in 2019", TODAY), None);
        assert_eq!(find_date("February 30, 2019", TODAY), None);
    }
}
