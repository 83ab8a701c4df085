//! Other stories' headlines under the story: a heading the phrase lists do not know ("Also in
//! Business", "Readers also viewed", "From the archive") over a column of headlines, after the
//! story's last paragraph. Found by shape, not by the heading's words: reporting ends in
//! sentences, and a headline is no sentence.

use super::cleanup::{Unit, word_count};
use super::dates::is_date_line;

/// The longest heading over a column of headlines, in words.
const HEADING_WORDS: usize = 6;

/// The longest headline, in words.
const HEADLINE_WORDS: usize = 20;

/// The fewest headlines under the heading that make a column of them.
const MIN_HEADLINES: usize = 2;

/// Drops a column of other stories' headlines at the foot of the page: after the last
/// paragraph of reporting, a short heading and two or more headlines (each a capitalised
/// phrase with no sentence's end), perhaps with their dates, and nothing else kept below them.
/// A story that ends on a list ends it under a line closed by a colon, or its items start in
/// lowercase or with a bullet, and is left alone.
pub fn drop_footer_headlines(units: &mut [Unit], body_start: usize) {
    let Some(last) = (body_start..units.len())
        .rev()
        .find(|&i| units[i].reported())
    else {
        return;
    };
    if units[last].text.trim_end().ends_with(':') {
        return;
    }
    let below: Vec<usize> = (last + 1..units.len())
        .filter(|&i| units[i].kept())
        .collect();
    let Some(&first) = below.first() else {
        return;
    };
    // "Also read" over the first headline, dropped as a link already, heads the rest.
    let linked = units[last + 1..first]
        .iter()
        .any(|u| matches!(u.drop, Some("related link" | "page footer")));
    let rest = if linked { &below[..] } else { &below[1..] };
    let headlines = rest.iter().filter(|&&i| !is_date_line(&units[i].text));
    let count = headlines.clone().count();
    if !(linked || is_heading(&units[first].text))
        || count < MIN_HEADLINES
        || !headlines.clone().all(|&i| is_headline(&units[i].text))
    {
        return;
    }
    for &i in &below {
        units[i].drop = Some("page footer");
    }
}

/// A heading: a few words, capitalised, with no sentence's end and no colon over a list.
fn is_heading(text: &str) -> bool {
    let t = text.trim();
    (1..=HEADING_WORDS).contains(&word_count(t))
        && t.starts_with(|c: char| c.is_uppercase())
        && !t.ends_with(['.', '!', ':', ';', ',', '"', '\u{201D}'])
}

/// A headline: a capitalised phrase of up to twenty words that does not end as a sentence.
fn is_headline(text: &str) -> bool {
    let t = text.trim();
    (2..=HEADLINE_WORDS).contains(&word_count(t))
        && t.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == '\'')
        && !t.ends_with(['.', '!', ':', ';', ','])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::cleanup;

    const LAST: &str = "The council will vote on the plan in May, and work could start on the new wall before the end of next year.";

    fn kept(text: &str) -> Vec<String> {
        let mut units = cleanup::units(text);
        drop_footer_headlines(&mut units, 0);
        cleanup::kept_texts(&units)
            .into_iter()
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn headlines_under_an_unknown_heading_at_the_foot() {
        let text = format!(
            "{LAST}\n\nAlso in Harbour News\n\nFerry fares rise from April as fuel costs bite\n\nMarch 3, 2025\n\nNew lifeboat station opens on the quay\n"
        );
        assert_eq!(kept(&text), [LAST]);
    }

    #[test]
    fn headlines_under_a_dropped_link_heading() {
        let mut units = cleanup::units(&format!(
            "{LAST}\n\nAlso read\n\nFerry fares rise from April as fuel costs bite\n\nNew lifeboat station opens on the quay\n"
        ));
        units[1].drop = Some("related link");
        drop_footer_headlines(&mut units, 0);
        assert_eq!(cleanup::kept_texts(&units), [LAST]);
    }

    #[test]
    fn a_list_or_a_closing_line_at_the_foot_stays() {
        let list = format!(
            "The plan, in short:\n\nA wall along the river\n\nA pumping station by the mill\n\n{LAST}"
        );
        assert_eq!(kept(&list).len(), 4);
        let colon = "The council listed what the money pays for, and residents will be asked for their views at three meetings:\n\nWhat the money pays for\n\nA wall along the river\n\nA pumping station by the mill";
        assert_eq!(kept(colon).len(), 4);
        let sign_off = format!("{LAST}\n\nThanks for reading.\n\nSee you next week\n\nAnn");
        assert_eq!(kept(&sign_off).len(), 4);
    }
}
