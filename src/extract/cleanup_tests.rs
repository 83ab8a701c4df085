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
fn a_site_name_over_a_menu_row_in_single_bars_is_not_the_headline() {
    let e = run(&format!(
        "Example Valley Herald\nHome | Local | Sport | Business | Contact us\n\nCouncil votes to rebuild the old harbour wall\n\nBy Ann Lee\n\n{LONG}\n\n{LONG} Two.\n"
    ));
    assert_eq!(e.title, "Council votes to rebuild the old harbour wall");
    assert_eq!(e.paragraphs.len(), 2, "{:?}", e.paragraphs);
}

#[test]
fn a_heading_in_capitals_under_the_dateline_is_no_author() {
    let e = run(&format!(
        "Council votes to rebuild the old harbour wall\n\nBy Ann Lee\nPublished May 2, 2024\n\nLATEST UPDATES\n\n{LONG}\n\n{LONG} Two.\n"
    ));
    assert_eq!(e.authors, ["Ann Lee"]);
}

#[test]
fn a_blog_s_links_to_other_posts_and_a_release_label_are_not_the_headline() {
    for above in [
        "\u{ab} Previous post: A dry spring     Next post: Notes on the harvest \u{bb}",
        "NEWS RELEASE \u{2014} FOR IMMEDIATE RELEASE",
    ] {
        let e = run(&format!(
            "{above}\n\nCouncil votes to rebuild the old harbour wall\n\nBy Ann Lee\n\n{LONG}\n\n{LONG} Two.\n"
        ));
        assert_eq!(
            e.title, "Council votes to rebuild the old harbour wall",
            "{above}"
        );
    }
}

#[test]
fn a_bar_menu_is_not_joined_to_the_quote_row_under_it() {
    let e = run(&format!(
        "ExampleBiz\nMarkets | Companies | Commodities | Economy | Indices\nABC Index 7,412.3 \u{25b2}0.6%   XYZ 1,845 \u{25b2}3.4%\n\nCouncil votes to rebuild the old harbour wall\n\nAnn Lee\nMay 2, 2024\n\n{LONG}\n\n{LONG} Two.\n"
    ));
    let menu = "Markets | Companies | Commodities | Economy | Indices";
    assert!(e.dropped.iter().any(|d| d.text == menu), "{:?}", e.dropped);
}

#[test]
fn a_text_credit_at_the_foot_names_the_author() {
    let e = run(&format!(
        "Council votes to rebuild the old harbour wall\n\n{LONG}\n\n{LONG} Two.\n\nText: Ann Lee\n"
    ));
    assert_eq!(e.authors, ["Ann Lee"]);
    assert_eq!(e.paragraphs.len(), 2, "{:?}", e.paragraphs);
}

#[test]
fn co_authors_listed_with_a_comma_under_the_headline() {
    let e = run(&format!(
        "Council votes to rebuild the old harbour wall\n\nAnn Lee, Bo Diaz\nFriday 3 May 2024\n\n{LONG}\n\n{LONG} Two.\n"
    ));
    assert_eq!(e.authors, ["Ann Lee", "Bo Diaz"]);
    let e = run(&format!(
        "Council votes to rebuild the old harbour wall\n\nAnn Lee, New York\nFriday 3 May 2024\n\n{LONG}\n\n{LONG} Two.\n"
    ));
    assert_eq!(e.authors, ["Ann Lee"]);
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

#[test]
fn a_live_pages_authors_with_notes_on_when_they_wrote() {
    let e = run(&format!(
        "Harbour storm live: ferries cancelled as gales hit the coast\n\nAnn Lee in Portsmouth (now) and Bo Diaz (earlier)\nSat 4 May 2024 18.02 BST\n\n{LONG}\n\n{LONG} Two.\n"
    ));
    assert_eq!(e.authors, ["Ann Lee", "Bo Diaz"]);
    let e = run(&format!(
        "Council votes to rebuild the old harbour wall\n\nAnn Lee, New York\nFriday 3 May 2024\n\n{LONG}\n\n{LONG} Two.\n"
    ));
    assert_eq!(e.authors, ["Ann Lee"]);
}

#[test]
fn a_columnists_credentials_under_the_name_are_not_body() {
    let e = run(&format!(
        "Why the harbour wall must be rebuilt before the next storm season\n\nAnn Lee\nCoastal engineer and former adviser to the ports authority\n\n{LONG}\n\n{LONG} Two.\n"
    ));
    assert_eq!(e.authors, ["Ann Lee"]);
    assert_eq!(e.paragraphs.len(), 2, "{:?}", e.paragraphs);
}

#[test]
fn a_name_with_its_job_after_a_comma_over_a_handle() {
    let e = run(&format!(
        "Council votes to rebuild the old harbour wall\n\nAnn Lee, Portsmouth reporter\n@annlee\n\n{LONG}\n\n{LONG} Two.\n"
    ));
    assert_eq!(e.authors, ["Ann Lee"]);
    assert_eq!(e.paragraphs.len(), 2, "{:?}", e.paragraphs);
}

#[test]
fn a_byline_at_the_foot_names_the_author() {
    for foot in ["Writer: Ann Lee & Bo Diaz", "Published by Ann Lee"] {
        let e = run(&format!(
            "Council votes to rebuild the old harbour wall\n\n{LONG}\n\n{LONG} Two.\n\n{foot}\n"
        ));
        assert!(
            !e.authors.is_empty() && e.authors[0] == "Ann Lee",
            "{foot}: {:?}",
            e.authors
        );
        assert_eq!(e.paragraphs.len(), 2, "{:?}", e.paragraphs);
    }
}

#[test]
fn page_furniture_of_news_sites_is_known_by_its_shape() {
    for (line, reason) in [
        (
            "SPONSORED: Register now for the Harbour Expo, 3-5 May",
            "advertisement",
        ),
        (
            "MARKET INDEX 1,204.55 \u{25b2} 3.10 (0.26%)",
            "stock ticker",
        ),
        ("Stock of the day: ABC 612.40 \u{25bc} 1.8%", "stock ticker"),
        ("FacebookXViberMessengerCopy link", "share buttons"),
        ("Kindly share this story:", "share buttons"),
        ("Link copied", "share buttons"),
        ("Save", "share buttons"),
        ("Author of the article:", "byline label"),
        ("From the June 2025 issue", "page chrome"),
        (
            "This article is for subscribers. Already a subscriber? Log in.",
            "paywall notice",
        ),
        (
            "This interview has been edited and condensed for clarity.",
            "editor's note",
        ),
        (
            "Ann Lee in the yard of her home, which flooded in June. (Bo Diaz | Example Sentinel)",
            "photo caption",
        ),
    ] {
        assert_eq!(cleanup::line_noise(line), Some(reason), "{line}");
    }
    for text in [
        "Save the date.",
        "The copy was late.",
        "She was sponsored by her employer: it paid for the course.",
    ] {
        assert_eq!(cleanup::line_noise(text), None, "{text}");
    }
}

#[test]
fn co_authors_under_a_long_headline_are_no_wrapped_line() {
    let e = run(&format!(
        "High Court sets aside the harbour tender and orders an inquiry into the bid committee\nAnn Lee and Bo van der Berg\nMay 3, 2024\n{LONG}\n"
    ));
    assert!(e.title.ends_with("bid committee"), "{}", e.title);
    assert_eq!(e.authors, ["Ann Lee", "Bo van der Berg"]);
}

#[test]
fn a_list_item_does_not_run_into_the_next_paragraph() {
    let units = cleanup::units(
        "\u{2022} up to sixty jobs a year in restoration work, with a focus on local people\n\"The river is a treasure,\" she said.",
    );
    assert_eq!(units.len(), 2);
}

#[test]
fn a_label_between_every_paragraph_goes() {
    let e = run(&format!(
        "Headline of the story here\n\n{LONG}\n\nStory continues\n\n{LONG} Two.\n\nStory continues\n\n{LONG} Three.\n\nStory continues\n\n{LONG} Four.\n"
    ));
    assert_eq!(e.paragraphs.len(), 4, "{:?}", e.paragraphs);
}

#[test]
fn a_pull_quote_with_its_speaker_after_a_dash_goes() {
    let e = run(&format!(
        "Headline of the story here\n\n{LONG}\n\n\"I just wanted the ball, and the boys earned it,\" Lee said after the match. \"At 18-6 nobody in the sheds was panicking.\"\n\n\"I just wanted the ball, and the boys earned it.\" \u{2014} Ann Lee\n\n{LONG} Two.\n"
    ));
    assert_eq!(e.paragraphs.len(), 3, "{:?}", e.paragraphs);
}

#[test]
fn a_page_without_blank_lines_has_one_line_a_paragraph() {
    let headline = "Obituary: Ruth Amsel, ferry captain who became the voice of the island's crews";
    let facts = "Ruth Amsel, captain. Born: 2 May 1941; Died: 3 March 2024";
    assert_eq!(cleanup::units(&format!("{headline}\n{facts}\n")).len(), 2);
    // Hard-wrapped text has blank lines between its paragraphs, and is joined.
    let wrapped = "The ferry crews had asked for a new pier for a decade before the\nCouncil agreed to pay for one.\n\nNext paragraph.";
    assert_eq!(cleanup::units(wrapped).len(), 2);
}

#[test]
fn the_browser_title_repeated_below_the_section_label_is_the_headline() {
    let e = run(&format!(
        "Harbour board backs a second ferry pier for the island | The Example Post\nTHE EXAMPLE POST\nNews \u{b7} Sport \u{b7} Business \u{b7} Life\nYou have 3 free articles left this month.\nCITY NEWS  |  TRANSPORT\nHarbour board backs a second ferry pier for the island\nMay 3, 2024\n{LONG}\n"
    ));
    assert_eq!(
        e.title,
        "Harbour board backs a second ferry pier for the island"
    );
}

#[test]
fn an_author_block_with_headshots_names_and_jobs() {
    let e = run(&format!(
        "THE EXAMPLE POST\nNews | Sport | Business | Life | Opinion\nHarbour board backs a second ferry pier for the island\nThe vote ends a decade of argument over where the new berth should go\nHeadshot of Ann Lee\nAnn Lee\nTransport Reporter\nHeadshot of Bo Diaz\nBo Diaz\nAnn Lee is a transport writer and the author of a book on ferries.\nMon 3 May 2024 09.15 BST\n{LONG}\n"
    ));
    assert_eq!(e.authors, ["Ann Lee", "Bo Diaz"]);
    assert_eq!(e.date, Some(Date::constant(2024, 5, 3)));
    // The standfirst and the story.
    assert_eq!(e.paragraphs.len(), 2, "{:?}", e.paragraphs);
    assert!(e.paragraphs[0].starts_with("The vote ends"));
}

#[test]
fn a_translator_s_credit_under_the_byline_names_no_author() {
    let e = run(&format!(
        "THE EXAMPLE POST\nNews | Sport | Business | Life | Opinion\nHarbour board backs a second ferry pier for the island\nBy Ann Lee, in Porto\nTranslated from Portuguese by Bo Diaz\n03/05/2024 09h15\n{LONG}\n"
    ));
    assert_eq!(e.authors, ["Ann Lee"]);
    assert_eq!(e.date, Some(Date::constant(2024, 5, 3)));
}

#[test]
fn an_ad_label_run_into_the_next_line_takes_only_a_sales_pitch() {
    let e = run(&format!(
        "Headline here\n\n{LONG}\n\nAdvertisement\nWhere the money goes\n\n{LONG} Two.\n\nAdvertisement\nThe mayor said the works would start in May and finish by the end of next year.\n\nADVERTISEMENT\nSea-view flats from €250,000. Call 555 0101 today\n\n{LONG} Three.\n"
    ));
    assert!(
        e.paragraphs.iter().any(|p| p == "Where the money goes"),
        "{:?}",
        e.paragraphs
    );
    assert!(e.paragraphs.iter().any(|p| p.starts_with("The mayor said")));
    assert!(e.paragraphs.iter().all(|p| !p.starts_with("Sea-view")));
}

#[test]
fn a_press_release_ends_at_its_end_mark() {
    let e = run(&format!(
        "Headline here\n\n{LONG}\n\n{LONG} Two.\n\n{LONG} Three.\n\n- ENDS -\n\nAbout Example Holdings\nExample Holdings is a listed company that builds ferries and port cranes in four countries.\n\nMedia: Ann Lee, +44 20 5550 0101\n"
    ));
    assert_eq!(e.paragraphs.len(), 3, "{:?}", e.paragraphs);
}

#[test]
fn a_contact_box_under_enquiries_is_not_body() {
    let e = run(&format!(
        "Headline here\n\n{LONG}\n\n{LONG} Two.\n\nEnquiries:\nAnn Lee, spokesperson\nCell: 055 555 0101\n"
    ));
    assert_eq!(e.paragraphs.len(), 2, "{:?}", e.paragraphs);
}

#[test]
fn a_credit_over_one_line_in_its_own_block_is_a_caption() {
    let e = run(&format!(
        "Headline here\n\n{LONG}\n\nPhoto: Example Radio / Ann Lee\nA crew repairs a burst pipe on the high street in March.\n\n{LONG} Two.\n"
    ));
    assert_eq!(e.paragraphs.len(), 2, "{:?}", e.paragraphs);
}

#[test]
fn a_related_box_of_dropped_links_in_the_story_does_not_end_it() {
    let e = run(&format!(
        "Headline here\n\n{LONG}\n\n{LONG} Two.\n\n{LONG} Three.\n\n{LONG} Three again.\n\nRelated\nFerry fares rise again on the island route\nHarbour board backs a second pier\n\n{LONG} Four.\n\n{LONG} Five.\n\n{LONG} Six.\n"
    ));
    assert_eq!(e.paragraphs.len(), 7, "{:?}", e.paragraphs);
}

#[test]
fn embedded_posts_and_polls_are_not_body() {
    let e = run(&format!(
        "Headline here\n\n{LONG}\n\nHarbour Water @HarbourWater \u{b7} 19 Mar\nTankers are on their way to the north side. Keep containers ready.\n31 reposts 9 likes\n\n{LONG} Two.\n\nPOLL\nShould the pier be rebuilt?\nYes \u{2014} 61%\nNo \u{2014} 39%\n2,004 votes\nWhat comes next\n\n{LONG} Three.\n"
    ));
    assert_eq!(e.paragraphs.len(), 4, "{:?}", e.paragraphs);
    assert!(e.paragraphs.iter().any(|p| p == "What comes next"));
}

#[test]
fn fact_boxes_labelled_with_a_title_or_a_count_are_not_body() {
    for label in [
        "FACT BOX: What is brine?",
        "KEY FIGURES (2025)",
        "Four numbers",
        "FACTS: Brine",
    ] {
        let e = run(&format!(
            "Headline here\n\n{LONG}\n\n{label}\nOutput: 3 million tonnes (+4%)\nStaff: 1,200\n\n{LONG} Two.\n"
        ));
        assert_eq!(e.paragraphs.len(), 2, "{label}: {:?}", e.paragraphs);
    }
}

#[test]
fn a_pull_quote_with_commas_and_its_attribution_are_not_body() {
    let e = run(&format!(
        "Headline here\n\n{LONG}\n\n\"She was patient, she was kind, and she was never late.\"\n- Judge Ann Lee\n\n{LONG} Two.\n\nThe judge added: \"She was patient, she was kind, and she was never late.\"\n"
    ));
    assert_eq!(e.paragraphs.len(), 3, "{:?}", e.paragraphs);
}

#[test]
fn a_sponsored_slot_ends_after_its_pitch_and_a_chumbox_runs_on() {
    let e = run(&format!(
        "Headline here\n\n{LONG}\nSponsored content\nFaster cranes for older quays. See us at the port fair in May.\nWhat the board decided\n{LONG} Two.\nPROMOTED CONTENT\nDoctors Hate This One Odd Trick\nTen Islands You Have Never Heard Of\n\n{LONG} Three.\n\nPRESENTED BY EXAMPLE BANK\nExample Bank moves money across borders for small firms. Open an account in minutes.\nThe second part\n{LONG} Four.\n"
    ));
    assert_eq!(e.paragraphs.len(), 6, "{:?}", e.paragraphs);
    assert!(e.paragraphs.iter().any(|p| p == "What the board decided"));
    assert!(e.paragraphs.iter().any(|p| p == "The second part"));
}

#[test]
fn a_references_box_is_not_body() {
    let e = run(&format!(
        "Headline here\n\n{LONG}\n\n{LONG} Two.\n\nReferences\n1. Lee A, Diaz B. Salt in harbour mud. J Coastal Sci 2024.\n"
    ));
    assert_eq!(e.paragraphs.len(), 2, "{:?}", e.paragraphs);
}

#[test]
fn a_league_table_and_its_label_are_not_body() {
    let e = run(&format!(
        "Headline here\n\n{LONG}\nGroup B table\nClub P W D L Pts\nHarbour Rovers 3 3 0 0 9\nLakeside United 3 1 1 1 4\nPortside 3 0 1 2 1\n{LONG} Two.\n"
    ));
    assert_eq!(e.paragraphs.len(), 2, "{:?}", e.paragraphs);
}

#[test]
fn highlights_under_a_release_lead_are_the_release() {
    let e = run(&format!(
        "Headline here\n\n{LONG}\nHighlights\n\u{2022} Ten new cranes for the east quay\n\u{2022} Work starts in May\n{LONG} Two.\n"
    ));
    assert_eq!(e.paragraphs.len(), 5, "{:?}", e.paragraphs);
}

#[test]
fn a_newsletter_section_label_in_capitals_and_a_dash_sign_off_are_not_body() {
    let e = run(&format!(
        "Headline here\n\n{LONG}\n\nTHE MAIN STORY\n\n{LONG} Two.\n\nWhat comes next\n\n{LONG} Three.\n\n\u{2014} Ann Lee\n"
    ));
    assert_eq!(e.paragraphs.len(), 4, "{:?}", e.paragraphs);
    assert!(e.paragraphs.iter().any(|p| p == "What comes next"));
}

#[test]
fn headlines_under_an_also_read_heading_are_links_not_one_wrapped_line() {
    let e = run(&format!(
        "Headline here\n\n{LONG}\n\nAlso Read\nHarbour budget 2026: new money for the east quay and its cranes\nFerry operator to add two boats for the summer\n{LONG} Two.\n"
    ));
    assert_eq!(e.paragraphs.len(), 2, "{:?}", e.paragraphs);
}

#[test]
fn a_question_subheading_under_a_call_to_action_is_the_story() {
    let e = run(&format!(
        "Headline here\n\n{LONG}\n\nThanks for reading Harbour Notes! Subscribe for free to get new posts.\nWhy now?\n\n{LONG} Two.\n"
    ));
    assert!(
        e.paragraphs.iter().any(|p| p == "Why now?"),
        "{:?}",
        e.paragraphs
    );
}

#[test]
fn a_summary_label_over_a_live_pages_entries_is_a_heading_not_a_box() {
    // Scraped with no blank lines: nothing ends a box but its size.
    let entries: Vec<String> = (1..=9)
        .map(|n| format!("{n}.05pm: The harbour board heard from the {n}th speaker of the evening, who said the ferry pier should stay open while the repairs are planned."))
        .collect();
    let e = run(&format!(
        "Harbour board debates the old ferry pier: live\n{LONG}\nSummary\n{}\n",
        entries.join("\n")
    ));
    assert_eq!(e.paragraphs.len(), 11, "{:?}", e.dropped);
}

#[test]
fn a_read_more_box_loses_all_its_headlines_not_just_the_first() {
    let e = run(&format!(
        "Headline here\n{LONG}\nRead More\nFerry crews walk out over new rosters at the port\nHarbour pub wins award for its fish and chips again\nThe court heard the man had been drinking all afternoon.\n{LONG} Two.\n"
    ));
    assert_eq!(e.paragraphs.len(), 3, "{:?}", e.paragraphs);
    assert!(e.paragraphs[1].starts_with("The court heard"));
}
