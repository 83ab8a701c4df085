//! Behaviour tests for where furniture boxes end, on small articles written for the test. Kept
//! apart from `tests.rs`, which the name-finding work extends.

use jiff::civil::Date;

use super::*;

const LONG: &str = "The defence ministry said on Friday that troops had been sent to the border region, where officials reported clashes with smugglers and protesters over the past week.";

fn run(text: &str) -> Extracted {
    extract(text, &ExtractOptions::new(Date::constant(2024, 6, 1)))
}

#[test]
fn a_footer_heading_over_an_ad_or_comments_still_ends_the_article() {
    for between in ["Advertisement", "Join the conversation as a member"] {
        let e = run(&format!(
            "Headline here\n\n{LONG}\n\n{LONG} Two.\n\nTrending on Example Videos\n\n{between}\n\n{LONG} Three.\n\n{LONG} Four.\n"
        ));
        assert_eq!(e.paragraphs.len(), 2, "{between}: {:?}", e.paragraphs);
    }
}

#[test]
fn a_box_of_teasers_inside_the_article_does_not_end_it() {
    let e = run(&format!(
        "Headline here\n\n{LONG}\n\nMost Popular\nTroops return to barracks\nPrices rise again in the capital\n\n{LONG} {LONG}\n\n{LONG} Again, {LONG}\n"
    ));
    assert_eq!(e.paragraphs.len(), 3, "{:?}", e.paragraphs);
    assert!(e.dropped.iter().all(|d| d.reason == "sidebar box"));
}

#[test]
fn the_lines_above_a_menu_row_are_the_masthead_not_the_headline() {
    let e = run(&format!(
        "Example Ledger\nFree. Local. Reader-funded.\nNews  World  Sport  Opinion  e-Paper\n\nCouncil votes to rebuild the old harbour wall\n\nBy Ann Lee\n\n{LONG}\n\n{LONG} Two.\n"
    ));
    assert_eq!(e.title, "Council votes to rebuild the old harbour wall");
    assert_eq!(e.paragraphs.len(), 2, "{:?}", e.paragraphs);
}

#[test]
fn a_long_menu_row_is_not_joined_to_the_line_under_it() {
    let e = run(&format!(
        "Example Ledger\nNews  World  Business  Sport  Opinion  Culture  Science  e-Paper\nWeekend edition\n\nCouncil votes to rebuild the old harbour wall\n\n{LONG}\n\n{LONG} Two.\n"
    ));
    assert_eq!(e.title, "Council votes to rebuild the old harbour wall");
    assert_eq!(e.paragraphs.len(), 2, "{:?}", e.paragraphs);
}

#[test]
fn a_paywall_notice_and_a_bar_menu_above_the_masthead_and_a_byline_with_contacts() {
    let e = run(&format!(
        "You have 2 free articles remaining this month. Subscribe for full access.\nTHE EXAMPLE DISPATCH\nCourts  |  Jobs  |  Verdicts & Settlements  |  IP & Tech\n\nCouncil votes to rebuild the old harbour wall\n\nBy Ann Lee  |  ann@example.com  |  @annlee\n\n{LONG}\n\n{LONG} Two.\n"
    ));
    assert_eq!(e.title, "Council votes to rebuild the old harbour wall");
    assert_eq!(e.authors, ["Ann Lee"]);
    assert_eq!(e.paragraphs.len(), 2, "{:?}", e.paragraphs);
}
