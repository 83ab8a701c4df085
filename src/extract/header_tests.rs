//! Behaviour tests for finding the headline, the date and the authors on pages scraped one
//! line a paragraph: browser titles, consent banners, tickers, breadcrumbs and teasers above the
//! story. Each page is written for the test.

use jiff::civil::Date;

use super::*;

fn run(text: &str) -> Extracted {
    extract(text, &ExtractOptions::new(Date::constant(2024, 6, 1)))
}

/// Paragraphs of reporting, one a line.
const STORY: [&str; 3] = [
    "The county board voted on Tuesday to close the old bridge over the river for repairs, a decision that will send drivers on a detour of eleven miles for at least a year.",
    "Engineers found last spring that the bridge's steel beams had rusted through in places, and an inspection in the autumn said two of its spans could not carry lorries.",
    "\"We would rather close it now than wait for something to give way,\" the board's chair told the meeting, adding that the repairs would cost about six million.",
];

fn story() -> String {
    STORY.join("\n")
}

#[test]
fn the_browser_title_under_a_skip_link_finds_the_headline_below_the_teasers() {
    let e = run(&format!(
        "Skip to main content\nCounty shuts river bridge for a year of repairs | The Valley Post\nThe Valley Post\nSign in\nBREAKING: Storm warning issued for the coast on Friday; expect delays\nNews > County\nCounty shuts river bridge for a year of repairs\nDrivers face an eleven-mile detour while the rusted spans are replaced, officials said.\nBy Ann Lee and Bo Diaz\nMarch 3, 2024\n{}",
        story()
    ));
    assert_eq!(e.title, "County shuts river bridge for a year of repairs");
    assert_eq!(e.authors, ["Ann Lee", "Bo Diaz"]);
    assert_eq!(e.date, Some(Date::constant(2024, 3, 3)));
}

#[test]
fn a_browser_title_on_the_first_line_is_not_the_headline() {
    let e = run(&format!(
        "County shuts river bridge for a year of repairs \u{2013} The Valley Post\nMonday, March 4, 2024\nHome\nNews\nPolitics\nSport\nCounty shuts river bridge for a year of repairs\nOpinion by Ann Lee\nMarch 3, 2024\n{}",
        story()
    ));
    assert_eq!(e.title, "County shuts river bridge for a year of repairs");
    assert_eq!(e.authors, ["Ann Lee"]);
}

#[test]
fn a_byline_right_above_the_repeated_headline_names_the_author() {
    let e = run(&format!(
        "County shuts river bridge for a year of repairs - The Valley Post\nTHE VALLEY POST\nLog in\nOpinion\nOpinion by Ann Lee\nCounty shuts river bridge for a year of repairs\n{}",
        story()
    ));
    assert_eq!(e.title, "County shuts river bridge for a year of repairs");
    assert_eq!(e.authors, ["Ann Lee"]);
}

#[test]
fn a_consent_banner_one_paragraph_a_line_goes_whole() {
    let e = run(&format!(
        "THE VALLEY POST\n\nHome\n\nNews\n\nSport\n\nOpinion\n\nOur use of cookies\n\nWe use necessary cookies to make the site work, and optional ones to measure how it is used. You can choose which of them we set on your device.\n\nAccept all  |  Reject all  |  Settings\n\nCounty shuts river bridge for a year of repairs\n\nMarch 3, 2024\n\n{}",
        STORY.join("\n\n")
    ));
    assert_eq!(e.title, "County shuts river bridge for a year of repairs");
    assert_eq!(e.date, Some(Date::constant(2024, 3, 3)));
    assert_eq!(e.paragraphs, STORY);
}

#[test]
fn the_edition_date_over_the_masthead_gives_way_to_the_story_dateline() {
    let e = run(&format!(
        "THE COAST DAILY\nNews · Politics · Business · Sport\nGold $2,310 \u{25b2} 0.4% | Oil $81.20 \u{25bc} 1.1% | Euro 1.08\nMonday, March 4, 2024\nSign in\nLIVE\nCounty shuts river bridge for a year of repairs\nCompiled by Ann Lee and Bo Diaz\nMarch 3, 2024\n{}",
        story()
    ));
    assert_eq!(e.title, "County shuts river bridge for a year of repairs");
    assert_eq!(e.authors, ["Ann Lee", "Bo Diaz"]);
    assert_eq!(e.date, Some(Date::constant(2024, 3, 3)));
}

#[test]
fn a_sponsored_line_over_a_section_path_is_not_the_headline() {
    let e = run(&format!(
        "Cut your heating bills by a third with a smart thermostat, download the free guide\nRoads \u{203a} Bridges\nCounty shuts river bridge for a year of repairs\nDrivers face an eleven-mile detour while the rusted spans are replaced over the coming year.\nAnn Lee, Correspondent\nLast updated: 03 Mar 2024 09:30 CET\n{}",
        story()
    ));
    assert_eq!(e.title, "County shuts river bridge for a year of repairs");
    assert_eq!(e.authors, ["Ann Lee"]);
}

#[test]
fn a_score_line_under_the_headline_leaves_it_the_headline() {
    let e = run(&format!(
        "Harriers edge Rovers in a late thriller at the park\nHARRIERS 2-24 ROVERS 1-19\nANN LEE at Riverside Park\nSun 3 Mar 2024 | 18:40\n{}",
        story()
    ));
    assert_eq!(
        e.title,
        "Harriers edge Rovers in a late thriller at the park"
    );
}

#[test]
fn a_town_after_the_byline_is_where_the_reporter_filed_from() {
    let e = run(&format!(
        "County shuts river bridge for a year of repairs\nBy Ann Lee, Port Moresby\nMarch 3, 2024\n{}",
        story()
    ));
    assert_eq!(e.authors, ["Ann Lee"]);
}

#[test]
fn bylines_with_a_job_after_a_slash_or_a_ground_after_at() {
    let wrong: Vec<(&str, Vec<String>)> = [
        "Ann Lee/Senior Staff Reporter",
        "ANN LEE at Riverside Park",
        "Ni Ann Lee",
    ]
    .into_iter()
    .map(|byline| {
        let page = format!(
            "County shuts river bridge for a year of repairs\n{byline}\nPublished: March 3, 2024\n{}",
            story()
        );
        (byline, run(&page).authors)
    })
    .filter(|(_, authors)| authors != &["Ann Lee"])
    .collect();
    assert!(wrong.is_empty(), "{wrong:?}");
}

#[test]
fn a_live_page_button_under_the_dateline_is_no_author() {
    let e = run(&format!(
        "County shuts river bridge for a year of repairs\nMarch 3, 2024\nAuto-refresh ON\nKey events\n{}",
        story()
    ));
    assert!(e.authors.is_empty(), "{:?}", e.authors);
}

#[test]
fn the_date_under_two_authors_with_photos_and_jobs_is_read() {
    let e = run(&format!(
        "County shuts river bridge for a year of repairs\nDrivers face an eleven-mile detour while the rusted spans are replaced over the coming year.\nHeadshot of Ann Lee\nAnn Lee\nTransport reporter\nHeadshot of Bo Diaz\nBo Diaz\nData reporter\nPhotography by Cy Young\nMarch 3, 2024\n{}",
        story()
    ));
    assert_eq!(e.authors, ["Ann Lee", "Bo Diaz"]);
    assert_eq!(e.date, Some(Date::constant(2024, 3, 3)));
}

#[test]
fn a_breadcrumb_with_dashes_over_a_release_is_not_its_headline() {
    let e = run(&format!(
        "ValleyBizWire.com\nHome | News | Business | Sport | Opinion | Videos\nHome - Business - Press Releases\nBusiness News of Monday, 4 March 2024\nPress Release\nCounty shuts river bridge for a year of repairs\nListen to Article\nAudio By Example Labs\n{}",
        story()
    ));
    assert_eq!(e.title, "County shuts river bridge for a year of repairs");
    assert!(e.authors.is_empty(), "{:?}", e.authors);
}

#[test]
fn an_obituary_is_signed_under_its_life_dates() {
    for life in [
        "Cy Young: born May 2nd, 1931; died March 1st, 2024",
        "Cy Young: 1931\u{2013}2024",
    ] {
        let e = run(&format!(
            "Cy Young: engineer who kept the river bridge standing\nMarch 3, 2024\n{}\n{life}\nAnn Lee\nMore in Obituaries",
            story()
        ));
        assert_eq!(e.authors, ["Ann Lee"], "{life}");
    }
}

#[test]
fn a_name_between_the_story_and_its_published_line_signs_it() {
    let e = run(&format!(
        "County shuts river bridge for a year of repairs\n{}\nAnn Lee\nPublished: 03/03/2024 07:00\nShare",
        story()
    ));
    assert_eq!(e.authors, ["Ann Lee"]);
}

#[test]
fn a_writer_credited_beside_the_photographer_under_the_standfirst_is_the_author() {
    let e = run(&format!(
        "County shuts river bridge for a year of repairs\nDrivers face an eleven-mile detour while the rusted spans are replaced over the coming year.\nText: Ann Lee \u{b7} Photo: Bo Diaz\n{}",
        story()
    ));
    assert_eq!(e.authors, ["Ann Lee"]);
}

#[test]
fn the_note_at_the_foot_dates_an_undated_story() {
    let e = run(&format!(
        "County shuts river bridge for a year of repairs\n{}\nThis article was first published on 3 March 2024 and updated on 5 March 2024.",
        story()
    ));
    assert_eq!(e.date, Some(Date::constant(2024, 3, 3)));
}

#[test]
fn a_byline_naming_the_outlet_it_was_written_for() {
    let e = run(&format!(
        "County shuts river bridge for a year of repairs\nBy Ann Lee for The Coast Daily\nThursday 3 March 2024 10:00\n{}",
        story()
    ));
    assert_eq!(e.authors, ["Ann Lee"]);
}

#[test]
fn a_note_on_the_writer_set_off_by_a_dash_at_the_foot() {
    let e = run(&format!(
        "County shuts river bridge for a year of repairs\nMarch 3, 2024\n{}\n\u{2014} Ann Lee is the paper's transport reporter.",
        story()
    ));
    assert_eq!(e.authors, ["Ann Lee"]);
    assert_eq!(e.paragraphs, STORY);
}

#[test]
fn a_menu_run_together_with_single_spaces_is_not_the_headline() {
    let e = run(&format!(
        "THE VALLEY POST\nHome News Business Sport Lifestyle Opinion Podcasts Videos\nCounty shuts river bridge for a year of repairs\nDrivers face an eleven-mile detour while the rusted spans are replaced, officials said.\nBy Ann Lee\nMarch 3, 2024\n{}",
        story()
    ));
    assert_eq!(e.title, "County shuts river bridge for a year of repairs");
    assert_eq!(e.date, Some(Date::constant(2024, 3, 3)));
}

#[test]
fn a_match_score_under_the_headline_is_not_the_headline() {
    let units = cleanup::units(
        "Storm warning issued for the coast as winds reach 100mph\nSport \u{203a} League\nHarriers edge Rovers in a late thriller at the park\nHARRIERS 1-24 ROVERS 2-19\nANN LEE at Riverside Park\nSun 3 Mar 2024 | 18:40\nThe county board voted on Tuesday to close the old bridge over the river for repairs, a decision that will send drivers on a detour.",
    );
    let h = anchor::headline_above_block(&units, 0, Date::constant(2024, 6, 1));
    assert_eq!(h, Some(2));
}

#[test]
fn a_blog_name_in_lowercase_over_its_tagline_and_menu_row_is_not_the_headline() {
    let e = run(&format!(
        "the riverside stoop\nbridges, bakeries and backyard gossip from the east bank since 2009\nHome News Eats & Drinks Housing Schools Events Lost & Found About Tips\nCounty shuts river bridge for a year of repairs\nPosted 2 days ago by Ann Lee \u{b7} 12 comments\n{}",
        story()
    ));
    assert_eq!(e.title, "County shuts river bridge for a year of repairs");
    assert_eq!(e.authors, ["Ann Lee"]);
}

#[test]
fn a_portal_credit_with_the_story_age_ends_no_menu_over_the_headline() {
    let e = run(&format!(
        "portalia\nLog in\nInbox\nHome  Money  Sport  Travel  Weather  More\nSearch\nNational\nReuters\nCounty shuts river bridge for a year of repairs\nReuters \u{b7} 4h\nLikes 31\nView comments (8)\nThe bridge in pictures\n0:58\nVideo: Portalia TV\n{}",
        story()
    ));
    assert_eq!(e.title, "County shuts river bridge for a year of repairs");
    assert!(e.authors.is_empty(), "{:?}", e.authors);
}

#[test]
fn a_paywall_label_in_title_case_under_the_dateline_is_no_author() {
    let e = run(&format!(
        "County shuts river bridge for a year of repairs\nValley Wire Service\nPublished March 3, 2024\nUpdated March 4, 2024\nFor Subscribers\nListen to this article\n{}",
        story()
    ));
    assert!(e.authors.is_empty(), "{:?}", e.authors);
    assert_eq!(e.date, Some(Date::constant(2024, 3, 3)));
}

#[test]
fn a_row_of_account_buttons_over_the_headline_is_not_the_headline() {
    let e = run(&format!(
        "Harbour Wire\n\nNews in Brief    Money & Markets    Science & Health    Arts & Culture\n\nSubmit a Story    Sign Up    Log In\n\nCounty shuts river bridge for a year of repairs\n\nDrivers face an eleven-mile detour while the rusted spans are replaced over the coming year\n\nMar 03, 2024, 09:00 ET\n\n{}",
        STORY.join("\n\n")
    ));
    assert_eq!(e.title, "County shuts river bridge for a year of repairs");
    assert_eq!(e.date, Some(Date::constant(2024, 3, 3)));
}

#[test]
fn a_writer_note_with_an_address_at_the_foot_names_the_author() {
    let e = run(&format!(
        "County shuts river bridge for a year of repairs\nPosted March 3, 2024 6:00 a.m.\n{}\nAnn Lee covers transport for the Valley Post. Reach her at alee@valleypost.example or 555-0142.\nFollow us on Facebook.",
        story()
    ));
    assert_eq!(e.authors, ["Ann Lee"]);
    assert_eq!(e.paragraphs, STORY);
}

#[test]
fn datelines_in_other_languages_and_spellings_date_the_story() {
    let wrong: Vec<(&str, Option<Date>)> = [
        "Por Ana Ruiz\n3 de marzo de 2024",
        "Par Ana Ruiz\nPubli\u{e9} le 3 mars 2024 \u{e0} 14h20",
        "Por Ana Ruiz\n03 de mar\u{e7}o de 2024 \u{e0}s 14:20",
        "By Ana Ruiz\n03-Mar-2024 14:20",
        "By Ana Ruiz\nPublished on the 3rd of March 2024",
        "By Ana Ruiz\n2024\u{5e74}3\u{6708}3\u{65e5} 14:20",
    ]
    .into_iter()
    .map(|block| {
        let e = run(&format!(
            "County shuts river bridge for a year of repairs\n{block}\n{}",
            story()
        ));
        (block, e.date)
    })
    .filter(|(_, date)| *date != Some(Date::constant(2024, 3, 3)))
    .collect();
    assert!(wrong.is_empty(), "{wrong:?}");
}

#[test]
fn several_writers_however_the_byline_joins_them() {
    let wrong: Vec<(&str, Vec<String>)> = [
        ("Written by Ann Lee and Bo Diaz", vec!["Ann Lee", "Bo Diaz"]),
        (
            "Ann Lee, Bo Diaz and Cy Young",
            vec!["Ann Lee", "Bo Diaz", "Cy Young"],
        ),
        (
            "By Ann Lee, Bo Diaz, and Cy Young",
            vec!["Ann Lee", "Bo Diaz", "Cy Young"],
        ),
        ("By Ann Lee with Bo Diaz", vec!["Ann Lee", "Bo Diaz"]),
        ("By Dr. Ann Lee, Transport Correspondent", vec!["Ann Lee"]),
        ("Von Ann Lee und Bo Diaz", vec!["Ann Lee", "Bo Diaz"]),
    ]
    .into_iter()
    .map(|(byline, want)| {
        let e = run(&format!(
            "County shuts river bridge for a year of repairs\n{byline}\nMarch 3, 2024\n{}",
            story()
        ));
        (byline, want, e.authors)
    })
    .filter(|(_, want, got)| got != want)
    .map(|(byline, _, got)| (byline, got))
    .collect();
    assert!(wrong.is_empty(), "{wrong:?}");
}

#[test]
fn a_browser_title_naming_an_outlet_the_tool_does_not_know_gives_the_headline_alone() {
    let h = "County shuts river bridge for a year of repairs";
    for title in [
        format!("{h} | The Lakeside Clarion"),
        format!("{h} - Lakeside Daily News"),
        format!("{h} \u{2013} lakesideclarion.co.uk"),
    ] {
        let e = run(&format!("{title}\nBy Ann Lee\nMarch 3, 2024\n{}", story()));
        assert_eq!(e.title, h, "{title}");
    }
}

#[test]
fn the_page_headline_under_a_browser_title_worded_for_search_is_the_headline() {
    let e = run(&format!(
        "Bridge closure: county shuts river crossing | The Lakeside Clarion\nCounty shuts river bridge for a year of repairs\nBy Ann Lee\nMarch 3, 2024\n{}",
        story()
    ));
    assert_eq!(e.title, "County shuts river bridge for a year of repairs");
    assert_eq!(e.authors, ["Ann Lee"]);
}

#[test]
fn a_date_line_alone_at_the_foot_dates_a_story_that_gave_none_above() {
    for foot in ["3 March 2024", "Tuesday, March 3, 2024 \u{b7} 9:15 AM"] {
        let e = run(&format!(
            "County shuts river bridge for a year of repairs\n{}\n{foot}\nTags: Bridges, County",
            story()
        ));
        assert_eq!(e.date, Some(Date::constant(2024, 3, 3)), "{foot}");
        assert_eq!(e.paragraphs, STORY);
    }
    // An event's day at the foot says when it is on, not when the story ran.
    let e = run(&format!(
        "County shuts river bridge for a year of repairs\n{}\nPublic meeting: Tuesday, 3 March 2024",
        story()
    ));
    assert_eq!(e.date, None);
}

#[test]
fn the_first_publication_wins_over_an_update_on_the_same_line() {
    for line in [
        "Updated March 5, 2024, 9:00 AM; Published March 3, 2024, 7:00 AM",
        "Last updated 5 March 2024 | First published 3 March 2024",
        "Published on the third of March, 2024",
    ] {
        let e = run(&format!(
            "County shuts river bridge for a year of repairs\nBy Ann Lee\n{line}\n{}",
            story()
        ));
        assert_eq!(e.date, Some(Date::constant(2024, 3, 3)), "{line}");
    }
}

#[test]
fn a_numeric_date_either_way_round_is_read_as_the_page_writes_dates() {
    let british = format!(
        "{}\nThe work is part of a programme of repairs that the county's transport centre expects to cost \u{a3}6m.",
        story()
    );
    let e = run(&format!(
        "County shuts river bridge for a year of repairs\nBy Ann Lee\n04/03/2024 09:15\n{british}"
    ));
    assert_eq!(e.date, Some(Date::constant(2024, 3, 4)));
    // "ET" beside the time: an American page, month first.
    let e = run(&format!(
        "County shuts river bridge for a year of repairs\nBy Ann Lee\n04/03/2024 9:15 AM ET\n{british}"
    ));
    assert_eq!(e.date, Some(Date::constant(2024, 4, 3)));
}

#[test]
fn a_wire_credit_names_its_reporters_not_its_editors() {
    let e = run(&format!(
        "County shuts river bridge for a year of repairs\nReporting by Ann Lee and Bo Diaz; Editing by Cy Young\nMarch 3, 2024\n{}",
        story()
    ));
    assert_eq!(e.authors, ["Ann Lee", "Bo Diaz"]);
    let e = run(&format!(
        "County shuts river bridge for a year of repairs\nBy Reuters\nMarch 3, 2024\n{}\n(Reporting by Ann Lee in Lagos; Additional reporting by Bo Diaz; Editing by Cy Young)",
        story()
    ));
    assert_eq!(e.authors, ["Ann Lee"]);
}

#[test]
fn a_byline_with_the_town_the_paper_or_the_desk_beside_the_name() {
    let wrong: Vec<(&str, Vec<String>)> = [
        "Written by Ann Lee\nPort Moresby | Updated: March 3, 2024 09:15",
        "Ann Lee, Special to the Lakeside Clarion",
        "By Ann Lee Local Democracy Reporting Service",
    ]
    .into_iter()
    .map(|byline| {
        let e = run(&format!(
            "County shuts river bridge for a year of repairs\n{byline}\nMarch 3, 2024\n{}",
            story()
        ));
        (byline, e.authors)
    })
    .filter(|(_, got)| got != &["Ann Lee"])
    .collect();
    assert!(wrong.is_empty(), "{wrong:?}");
}

#[test]
fn a_one_line_bio_under_the_headline_names_the_writer() {
    let e = run(&format!(
        "County shuts river bridge for a year of repairs\nAnn Lee is a transport reporter at the Lakeside Clarion.\nMarch 3, 2024\n{}",
        story()
    ));
    assert_eq!(e.authors, ["Ann Lee"]);
    assert_eq!(e.paragraphs, STORY);
    // A story that opens on a person is no bio.
    let e = run(&format!(
        "County shuts river bridge for a year of repairs\nAnn Lee is a driver who crosses the bridge twice a day.\n{}",
        story()
    ));
    assert!(e.authors.is_empty());
}

#[test]
fn a_name_with_its_job_after_a_dash_and_the_paper_under_it() {
    let e = run(&format!(
        "County shuts river bridge for a year of repairs\nAnn Lee - Reporter\nThe Lakeside Star\nMarch 3, 2024 | 12:00am\n{}",
        story()
    ));
    assert_eq!(e.authors, ["Ann Lee"]);
    assert_eq!(e.date, Some(Date::constant(2024, 3, 3)));
    assert_eq!(e.paragraphs, STORY);
}
