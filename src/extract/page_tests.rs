//! Behaviour tests for page shapes around the story: footer headings in the page's top chrome,
//! bylines and datelines with brackets and bullets, credit lines, score tickers. Each article is
//! written for the test.

use jiff::civil::Date;

use super::*;

fn run(text: &str) -> Extracted {
    extract(text, &ExtractOptions::new(Date::constant(2024, 6, 1)))
}

/// Paragraphs of reporting, long enough that no furniture rule reads them as a teaser.
const STORY: [&str; 4] = [
    "The harbour board voted on Tuesday to close the old ferry pier for repairs, a decision that will send commuters to the northern terminal for at least six months.",
    "Engineers found last year that the pier's timber piles had rotted well below the waterline, and a survey in the spring said two of its spans could not carry vehicles.",
    "\"We would rather close it now than wait for something to give way,\" the board's chair told the meeting, adding that the repairs would cost about four million.",
    "Traders at the market beside the pier said they feared losing customers over the summer and asked the board for a temporary landing stage during the works.",
];

fn story() -> String {
    STORY.join("\n")
}

#[test]
fn a_footer_heading_among_the_share_buttons_keeps_the_story_below() {
    let e = run(&format!(
        "Harbour board shuts the old ferry pier for repairs\n\nCommuters face six months of detours while rotten piles are replaced on the waterfront.\n\nThe board says the northern terminal can take the extra traffic.\n\nShare this article\n\n{}\nRelated articles\nNew ferry timetable starts in June\nMarket traders call for parking review",
        story()
    ));
    assert_eq!(e.paragraphs[2..], STORY, "{:?}", e.dropped);
}

#[test]
fn a_comment_button_in_the_share_row_above_the_story_is_no_comment_thread() {
    // "U.S." in the menu ends with a dot, as a sentence does: it had cut the menu short, the
    // headline was taken from it and the "Comment" button over the story cut the story.
    let e = run(&format!(
        "Skip to main content\nThe Harbour Gazette\nSubscribe\nSign in\nU.S.\nWorld\nBusiness\nOpinion\nSports\nSearch\nLOCAL\nHarbour board shuts the old ferry pier after a two-year dispute, sending it to the state\nThe board says the repairs to the rotten timber piles will take six months and cost about four million\nBy Ann Lee and Tom Reyes\nMay 2, 2024 at 6:10 p.m. EDT\nShare\nComment\n87\nSave\n{}",
        story()
    ));
    assert_eq!(
        e.paragraphs[e.paragraphs.len() - 4..],
        STORY,
        "{:?}",
        e.dropped
    );
    assert!(e.title.starts_with("Harbour board shuts"), "{}", e.title);
    assert_eq!(e.date.map(|d| d.to_string()).as_deref(), Some("2024-05-02"));
}

#[test]
fn a_name_with_its_outlet_in_brackets_and_a_bulleted_dateline() {
    let e = run(&format!(
        "Harbour board shuts the old ferry pier for repairs\nAnn Lee (The Harbour Courier)\nPortside, Eastshire   \u{25cf}   Tue, March 5, 2024   \u{25cf}   09:12 am\n{}",
        story()
    ));
    assert_eq!(e.authors, ["Ann Lee"]);
    assert_eq!(e.date, Some(Date::constant(2024, 3, 5)));
    assert_eq!(e.paragraphs.len(), 4, "{:?}", e.dropped);
}

#[test]
fn a_results_strip_over_the_headline_is_no_headline() {
    let e = run(&format!(
        "Home\nFixtures\nTables\nClubs\nFT: Lions 22 \u{2013} 18 Bears | Hawks 30 \u{2013} 12 Owls | Cats 16 \u{2013} 24 Dogs\nMatch Report\nLions hold off Bears to stay top of the table\nWords by Ann Lee\n3 hours ago \u{b7} Sat 2 Mar 2024, 9:15pm\n{}",
        story()
    ));
    assert_eq!(e.title, "Lions hold off Bears to stay top of the table");
    assert_eq!(e.authors, ["Ann Lee"]);
    assert_eq!(e.date, Some(Date::constant(2024, 3, 2)));
}

#[test]
fn a_live_page_credit_line_under_the_headline_is_its_byline() {
    let e = run(&format!(
        "Live updates: storm floods the harbour road as the tide peaks tonight\nLive coverage by Ann Lee, Bo Diaz and Cy Young\nLast updated: 9:40 PM, Friday, March 1, 2024\n{}",
        story()
    ));
    assert_eq!(
        e.title,
        "Live updates: storm floods the harbour road as the tide peaks tonight"
    );
    assert_eq!(e.authors, ["Ann Lee", "Bo Diaz", "Cy Young"]);
}

#[test]
fn a_dateline_with_its_update_and_an_issue_line_and_event_banner_above_the_headline() {
    let e = run(&format!(
        "Harbour Expo 2024 \u{b7} Portside \u{b7} 3\u{2013}5 May \u{2014} Register now\nIssue 14 \u{b7} April 2024\nHarbour board shuts the old ferry pier for repairs\nAnn Lee and Bo Diaz\nTue Mar 5, 2024 09:00 AM Last update on: Tue Mar 5, 2024 11:25 AM\n{}",
        story()
    ));
    assert_eq!(
        e.title,
        "Harbour board shuts the old ferry pier for repairs"
    );
    assert_eq!(e.authors, ["Ann Lee", "Bo Diaz"]);
    assert_eq!(e.date, Some(Date::constant(2024, 3, 5)));
}

#[test]
fn an_agency_byline_and_the_reporters_credited_at_the_foot() {
    let e = run(&format!(
        "Harbour board shuts the old ferry pier for repairs\nMarch 5, 2024 10:42 AM\nBy Reuters\n{}\nReporting by Ann Lee and Bo Diaz; Editing by Cy Young",
        story()
    ));
    assert_eq!(e.authors, ["Ann Lee", "Bo Diaz"]);
    assert_eq!(e.paragraphs[..], STORY, "{:?}", e.dropped);
}

#[test]
fn without_a_byline_the_reporters_credited_at_the_foot_are_no_authors() {
    let e = run(&format!(
        "Harbour board shuts the old ferry pier for repairs\nMarch 5, 2024 10:42 AM\n{}\nReporting by Ann Lee and Bo Diaz; Editing by Cy Young",
        story()
    ));
    assert!(e.authors.is_empty(), "{:?}", e.authors);
}

#[test]
fn a_teaser_byline_in_the_footer_signs_another_story() {
    let e = run(&format!(
        "Harbour board shuts the old ferry pier for repairs\n\nMarch 5, 2024\n\n{}\n\nMore from Harbour News\n\nNew ferry timetable starts in June\nBy Dan Ortiz \u{b7} 03/03/2024\n\nMarket traders call for parking review\nBy Eve Stone \u{b7} 01/03/2024",
        STORY.join("\n\n")
    ));
    assert!(e.authors.is_empty(), "{:?}", e.authors);
    let e = run(&format!(
        "A quiet play about a loud family\n\nReviewed by Ann Lee, Arts Editor\n\n05/03/2024 06:00\n\n{}\n\nMore from Arts\n\nNew gallery opens\nBy Dan Ortiz \u{b7} 03/03/2024",
        STORY.join("\n\n")
    ));
    assert_eq!(e.authors, ["Ann Lee"]);
    // Under the related links, a blog's author box still signs the post.
    let e = run(&format!(
        "Harbour board shuts the old ferry pier for repairs\n\nMarch 5, 2024\n\n{}\n\nRelated\n\nNew ferry timetable starts in June\n\nPublished by Dan Ortiz\n\nBoatman and writer. View all posts by Dan Ortiz",
        STORY.join("\n\n")
    ));
    assert_eq!(e.authors, ["Dan Ortiz"]);
}

#[test]
fn a_photo_credit_under_the_byline_and_a_section_footer_of_dated_headlines() {
    let e = run(&format!(
        "The last boatbuilder on the quay\n\nInterview by Ann Lee\nPhotos: Bo Diaz\n\n{}\n\nMore Entertainment\n\nFestival line-up announced\nFeb 10, 2024\n\nBand to reunite for one night\nFeb 8, 2024",
        STORY.join("\n\n")
    ));
    assert_eq!(e.paragraphs[..], STORY, "{:?}", e.dropped);
}

#[test]
fn the_tags_under_a_tag_heading() {
    let e = run(&format!(
        "Harbour board shuts the old ferry pier for repairs\nMarch 5, 2024\n{}\nTags\nFerries\nPortside\nHarbour Board\nInfrastructure",
        story()
    ));
    assert_eq!(e.paragraphs[..], STORY, "{:?}", e.dropped);
    assert!(e.actors.iter().all(|a| a.name != "Harbour Board"));
}

#[test]
fn a_related_box_in_one_block_ends_before_the_next_subheading() {
    let e = run(&format!(
        "Harbour board shuts the old ferry pier for repairs\n\nMarch 5, 2024\n\n{}\n\n{}\n\nRELATED NEWS\nNew ferry timetable starts in June\nMarch 1, 2024\n\n'We will miss the old pier'\n\n{}\n\n{}",
        STORY[0], STORY[1], STORY[2], STORY[3]
    ));
    assert!(
        e.paragraphs
            .iter()
            .any(|p| p == "'We will miss the old pier'"),
        "{:?}",
        e.dropped
    );
}

#[test]
fn a_caption_without_credit_under_the_byline_or_between_paragraphs() {
    let e = run(&format!(
        "Harbour board shuts the old ferry pier for repairs\nBy Ann Lee\nMarch 5, 2024\nThe old ferry pier at low tide\n{}\n{}\nGulls gather on the rotten timber piles beside the closed gangway\n{}\n{}",
        STORY[0], STORY[1], STORY[2], STORY[3]
    ));
    assert_eq!(e.paragraphs[..], STORY, "{:?}", e.dropped);
}

#[test]
fn a_deck_above_the_byline_and_a_live_entry_title_under_its_time_stay() {
    let deck = "Commuters face six months of detours while the piles are replaced";
    let e = run(&format!(
        "Harbour board shuts the old ferry pier for repairs\n{deck}\nBy Ann Lee\nMarch 5, 2024\n{}\n{}",
        STORY[0], STORY[1]
    ));
    let caption = |d: &Dropped| d.text == deck && d.reason == "photo caption";
    assert!(!e.dropped.iter().any(caption), "{:?}", e.dropped);
    assert_eq!(
        e.paragraphs[e.paragraphs.len() - 2..],
        STORY[..2],
        "{:?}",
        e.dropped
    );
    let title = "Harbour board chair says the repairs cannot wait any longer";
    let e = run(&format!(
        "Live: harbour board votes on the old ferry pier\nBy Ann Lee\nMarch 5, 2024\n{}\n10:42am\n{title}\n{}",
        STORY[0], STORY[2]
    ));
    assert!(e.paragraphs.iter().any(|p| p == title), "{:?}", e.dropped);
}

#[test]
fn a_correction_is_part_of_the_story_and_its_date_label_is_not() {
    let correction = "Correction: An earlier version of this story gave the wrong cost of the repairs. It is four million.";
    let e = run(&format!(
        "Harbour board shuts the old ferry pier for repairs\nBy Ann Lee\nMarch 5, 2024\n{}\nCorrection: March 6, 2024\n{correction}",
        story()
    ));
    assert_eq!(
        e.paragraphs.last().map(String::as_str),
        Some(correction),
        "{:?}",
        e.dropped
    );
    assert!(
        e.paragraphs
            .iter()
            .all(|p| p != "Correction: March 6, 2024")
    );
}

#[test]
fn a_pull_quote_with_its_speaker_repeats_a_sentence_of_the_story() {
    let quoted = "\u{201c}We would rather close it now than wait for something to give way,\u{201d} the chair said. \u{201c}Nobody wants to see the pier fall into the harbour.\u{201d}";
    let pull = "\u{201c}We would rather close it now than wait for something to give way,\u{201d} the chair said.";
    let e = run(&format!(
        "Harbour board shuts the old ferry pier for repairs\nBy Ann Lee\nMarch 5, 2024\n{}\n{}\n{pull}\n{quoted}\n{}",
        STORY[0], STORY[1], STORY[3]
    ));
    assert_eq!(
        e.paragraphs[..],
        [STORY[0], STORY[1], quoted, STORY[3]],
        "{:?}",
        e.dropped
    );
}

#[test]
fn a_comment_button_under_the_first_paragraphs_does_not_cut_the_reporting_below_it() {
    let quoted = [
        "Engineers found last year that the pier's timber piles had rotted well below the waterline, according to a survey the board published in the spring.",
        "\"We would rather close it now than wait for something to give way,\" the board's chair told the meeting, adding that the repairs would cost about four million.",
        "\"Nobody wants to lose the summer trade,\" said Bo Diaz, who runs a cafe on the quay and has asked the board for a temporary landing stage during the works.",
    ];
    let e = run(&format!(
        "Harbour board shuts the old ferry pier for repairs\nBy Ann Lee\nMarch 5, 2024\n{}\n{}\nComments (38)\n{}",
        STORY[0],
        STORY[3],
        quoted.join("\n")
    ));
    assert_eq!(
        e.paragraphs[e.paragraphs.len() - 3..],
        quoted,
        "{:?}",
        e.dropped
    );
}

#[test]
fn signed_and_dated_entries_under_any_heading_are_a_thread() {
    let e = run(&format!(
        "Harbour board shuts the old ferry pier for repairs\nBy Ann Lee\nMarch 5, 2024\n\n{}\n\nMemories of the pier\n\nJo P., Portside\nMarch 6, 2024\nAbout time. My husband nearly went through those boards last winter.\nRob Hale\nMarch 6, 2024\nFour million for a pier? Fix the roads first, honestly.\nK. Marsh\nMarch 7, 2024\nWell done to the board for acting before anyone was hurt on it.",
        STORY.join("\n\n")
    ));
    assert_eq!(e.paragraphs[..], STORY, "{:?}", e.dropped);
}

#[test]
fn a_chronology_of_dated_entries_is_not_a_thread() {
    let entries = [
        "How the pier failed",
        "March 2022",
        "Divers report soft timber on two piles under the landing stage.",
        "June 2023",
        "The board closes the landing stage to vehicles after a survey.",
    ];
    let e = run(&format!(
        "Harbour board shuts the old ferry pier for repairs\nBy Ann Lee\nMarch 5, 2024\n\n{}\n\n{}",
        STORY.join("\n\n"),
        entries.join("\n")
    ));
    let kept: Vec<&str> = e.paragraphs.iter().map(String::as_str).collect();
    assert!(
        kept.contains(&entries[2]) && kept.contains(&entries[4]),
        "{:?}",
        e.dropped
    );
}
