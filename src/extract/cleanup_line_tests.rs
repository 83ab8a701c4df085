//! Tests of the line-level furniture rules in `cleanup.rs`, kept in a file of their own so
//! that the rules read without scrolling past them.

use super::*;

#[test]
fn furniture_lines() {
    for menu in [
        "News  World  Business  Sport  Opinion  e-Paper",
        "Opera \u{b7} Concerts \u{b7} Theatre \u{b7} Visual Arts",
        "#Storm  #Coast  #Floods  #Relief",
        "Courts  |  Jobs  |  Verdicts & Settlements  |  IP & Tech",
    ] {
        assert_eq!(line_noise(menu), Some("navigation links"), "{menu}");
    }
    // Three items, a sentence, or a dateline with double spaces are not menus.
    for not_menu in [
        "Home  News  Sport",
        "He said it.  She agreed.  They left.  Then rain.",
        "Published: May 2, 2025 15:40  Updated: May 3, 2025  Views  Share",
    ] {
        assert_ne!(line_noise(not_menu), Some("navigation links"), "{not_menu}");
    }
    assert_eq!(line_noise("Advertisement"), Some("advertisement"));
    assert_eq!(
        line_noise("This article contains affiliate links. We may earn a small fee."),
        Some("disclosure")
    );
    for widget in [
        "\u{25b6} Play audio",
        "Tap to unmute",
        "POLL: Should the council rebuild the harbour wall?",
        "Your browser does not support the audio element.",
        "Category: Match Reports, Youth",
        "Topic: Regional Football",
        "News provided by",
    ] {
        assert_eq!(line_noise(widget), Some("page chrome"), "{widget}");
    }
    assert_eq!(
        line_noise("You are here: Home - Society - Regions"),
        Some("breadcrumb")
    );
    assert_eq!(
        line_noise("You have 3 free articles remaining this month. Subscribe for full access."),
        Some("paywall notice")
    );
    assert_eq!(
        line_noise("We and our partners store cookies and process personal data."),
        Some("cookie notice")
    );
    assert_eq!(
        line_noise("Share this: Facebook Twitter Email"),
        Some("share buttons")
    );
    assert_eq!(
        line_noise("Related: Troops clash at the border"),
        Some("related link")
    );
    assert_eq!(
        line_noise("Sign up for our daily newsletter"),
        Some("newsletter sign-up")
    );
    assert_eq!(
        line_noise("© 2019 Example Media. All rights reserved."),
        Some("copyright")
    );
    assert_eq!(
        line_noise("Protesters march in Caracas. (AP Photo/Ana Ruiz)"),
        Some("photo caption")
    );
    assert_eq!(
        line_noise("Jo Doe 8:30 AM | December 15, 2024"),
        Some("sidebar teaser")
    );
    assert_eq!(line_noise("4 min read"), Some("page chrome"));
    for chrome in [
        "1x   1.25x   1.5x",
        "Hits: 2,310",
        "LEARN MORE",
        "View in browser",
        "\u{2661} 88 \u{1f4ac} 12 \u{21bb} Share",
        "READ 43 COMMENTS",
        "View 7 replies",
    ] {
        assert_eq!(line_noise(chrome), Some("page chrome"), "{chrome}");
    }
    // A sentence with a figure and a dash is no counter.
    assert_eq!(
        line_noise("Read 3 comments \u{2014} all of them kind."),
        None
    );
    assert_eq!(
        line_noise("Item 2 of 5 Ferry passengers wait at the quay in the rain. EXAMPLE/Ann Lee"),
        Some("photo caption")
    );
    assert_eq!(
        line_noise("[2/5] Ferry passengers wait at the quay in the rain, May 2."),
        Some("photo caption")
    );
    assert_eq!(
        line_noise("The site acknowledges the Traditional Owners of the land on which we work."),
        Some("acknowledgement of country")
    );
    assert_eq!(
        line_noise(
            "This service may include wire material which is copyright and cannot be reproduced."
        ),
        Some("copyright")
    );
    assert_eq!(
        line_noise("Get the day's harbour news emailed to you every morning."),
        Some("newsletter sign-up")
    );
    assert_eq!(
        line_noise("READ | Ferry fares rise again on the island routes"),
        Some("related link")
    );
    assert_eq!(line_noise("Two of the 5 boats sank."), None);
    assert_eq!(line_noise("[Share] [Tweet] [Email]"), Some("share buttons"));
    assert_eq!(
        line_noise("Never miss a story: sign up for our weekly digest."),
        Some("newsletter sign-up")
    );
    assert_eq!(
        line_noise("\u{1f50a} Listen to this story"),
        Some("page chrome")
    );
    assert_eq!(line_noise("Listen \u{b7} 6:12"), Some("page chrome"));
    assert_eq!(line_noise("Updated 2 hours ago"), Some("timestamp"));
    assert_eq!(line_noise("1 / 8"), Some("gallery counter"));
    assert_eq!(line_noise("Photo gallery: 1 of 6"), Some("gallery counter"));
    assert_eq!(line_noise("Photos: Ann Lee"), Some("photo caption"));
    assert_eq!(line_noise("Listen to the people of the valley."), None);
    assert_eq!(
        line_noise("Contact Ann Lee at alee@example.com."),
        Some("contact note")
    );
    assert_eq!(
        line_noise("Have a news tip? Write to the newsroom."),
        Some("contact note")
    );
    assert_eq!(
        line_noise("Download our app for alerts."),
        Some("call to action")
    );
    assert_eq!(
        line_noise("Harbour Expo 2024 \u{b7} Portside \u{b7} 3\u{2013}5 May \u{2014} Register now"),
        Some("call to action")
    );
    assert_eq!(line_noise("Fans were told to book now"), None);
    assert_eq!(
        line_noise("Issue 14 \u{b7} April 2024"),
        Some("page chrome")
    );
    assert_eq!(line_noise("Issue 14 \u{b7} 5 April 2024"), None);
    assert_eq!(line_noise("Loading comments..."), Some("page chrome"));
    assert_eq!(line_noise("close x"), Some("page chrome"));
    assert_eq!(
        line_noise("Your premium period will expire in 0 day(s)"),
        Some("paywall notice")
    );
    assert_eq!(
        line_noise(
            "By providing an email address, I agree to the Terms of Use and the Privacy Policy."
        ),
        Some("newsletter sign-up")
    );
    assert_eq!(
        line_noise(
            "Catch all the Business News, Market News and Latest News Updates on Example Daily. Download the Example Daily App to get Daily Market Updates and Live Business News."
        ),
        Some("call to action")
    );
    assert_eq!(
        line_noise(
            "Share this Story : Ferry fares to rise by a fifth from June, the operator says"
        ),
        Some("share buttons")
    );
    assert_eq!(line_noise("examplesentinel.com"), Some("source credit"));
    assert_eq!(
        line_noise(
            "Reference: Lee A, Diaz B et al. \"Ferries and tides.\" Example Journal (2024)."
        ),
        Some("references")
    );
    assert_eq!(
        line_noise("examplecourier.com.mt     7"),
        Some("page number")
    );
    assert_eq!(
        line_noise("Have a confidential tip for our reporters? Get in touch"),
        Some("contact note")
    );
    assert_eq!(line_noise("Absolutely."), None);
    assert_eq!(line_noise("The @ sign was everywhere."), None);
    assert_eq!(line_noise("One officer hugged a protester."), None);
    assert_eq!(
        line_noise("Share prices fell sharply as the army split."),
        None
    );
}

#[test]
fn a_headline_over_a_longer_sentence_is_no_wrapped_line() {
    let u = units(
        "Read more\nCouncil approves budget after a long night of debate\nThe vote came after eleven hours of debate, the longest sitting since 2019.",
    );
    assert_eq!(u.len(), 3, "{u:?}");
}

#[test]
fn hard_wrapped_lines_join() {
    let u =
        units("This line was wrapped by an old mail client at about\nseventy columns.\n\nNext.");
    assert_eq!(u.len(), 2);
    assert!(u[0].text.ends_with("columns."));
    // A line may end on an abbreviation's full stop mid-sentence.
    let u = units(
        "The engineer put it this way: \"The pumps were all running by 9 p.m.\nyesterday, and they held.\"\n\nNext.",
    );
    assert_eq!(u.len(), 2, "{u:?}");
}

#[test]
fn the_headlines_under_a_lone_footer_heading_stay_apart() {
    let u = units(
        "The storm passed before dawn and crews began clearing the roads.\n\nRelated stories\n\nHarbour wall to be rebuilt after the winter storms, council says\nFerry timetable changes from Monday as crews repair the ramp\nCouncil delays its vote on the new library until next month\n\nThe clean-up is expected to take a week.",
    );
    assert_eq!(u.len(), 6, "{u:?}");
}

#[test]
fn player_live_page_and_foreign_ad_lines() {
    for chrome in [
        "Loading video...",
        "Now Playing",
        "CC",
        "Story continues",
        "Report a typo",
        "Embedded post",
        "Load earlier updates",
        "Refresh for updates  |  Auto-refresh ON",
    ] {
        assert_eq!(line_noise(chrome), Some("page chrome"), "{chrome}");
    }
    assert_eq!(line_noise("Last updated 4:05 PM"), Some("timestamp"));
    assert_eq!(line_noise("Updated: 14:05 GMT"), Some("timestamp"));
    assert_eq!(line_noise("Updated figures show 14:05 rates"), None);
    assert_eq!(line_noise("Updated at 16.42 BST"), Some("timestamp"));
    assert_eq!(
        line_noise("WATCH  2:05  \u{25b6} Play  Crews clear the harbour road"),
        Some("page chrome")
    );
    assert_eq!(
        line_noise("Video  Crews clear the harbour road  Share"),
        None
    );
    assert_eq!(line_noise("Updated 2.5 million"), None);
    for ad in ["Publicidad", "Continua depois da publicidade", "Anzeige"] {
        assert_eq!(line_noise(ad), Some("advertisement"), "{ad}");
    }
    assert_eq!(line_noise("Publicidad engañosa fue multada"), None);
    assert_eq!(
        line_noise("Up next: Ferry fares rise again on the island route"),
        Some("related link")
    );
    assert_eq!(
        line_noise(
            "POLL: Should the harbour wall be rebuilt before winter storms? Yes 60% No 40% (2,110 votes)"
        ),
        Some("page chrome")
    );
    assert_eq!(line_noise("Share this live blog"), Some("share buttons"));
    assert_eq!(
        line_noise("\u{2192} Ferry fares rise again on the island route"),
        Some("related link")
    );
    assert_eq!(
        line_noise("SPONSORED \u{b7} Need a faster boat? Book a test ride today."),
        Some("advertisement")
    );
    assert_eq!(
        line_noise("Exemplo Hoje \u{a9} 2025 \u{2013} Todos os direitos reservados."),
        Some("copyright")
    );
}

#[test]
fn appeals_and_notes_under_the_story() {
    for (line, reason) in [
        (
            "Download the Example 9 app for weather alerts on your phone.",
            "call to action",
        ),
        (
            "If you value our reporting, please consider making a donation today.",
            "donation appeal",
        ),
        (
            "Our journalism is free to read because readers like you pay for it.",
            "donation appeal",
        ),
        (
            "If you like these columns, buy me a coffee or join on Patreon.",
            "donation appeal",
        ),
        (
            "Do you have an opinion on this story? Email letters@example.com.",
            "call to action",
        ),
        (
            "Got a story? Call the newsroom on 0800 555 000.",
            "call to action",
        ),
        (
            "18+ Gamble responsibly. Call the helpline for support.",
            "gambling notice",
        ),
        (
            "Published in the print edition on May 3, 2025, on page 4.",
            "print note",
        ),
        (
            "This story was originally published in Spanish on May 2.",
            "syndication note",
        ),
        (
            "Issued by: Ministry of Example Affairs",
            "press release footer",
        ),
    ] {
        assert_eq!(line_noise(line), Some(reason), "{line}");
    }
    // Reporting that mentions apps or donations is body.
    for body in [
        "Get ready for the app launch, the minister told reporters on Monday in the capital.",
        "The charity said donations had fallen by a third since the storm.",
    ] {
        assert_eq!(line_noise(body), None, "{body}");
    }
}

#[test]
fn consent_edition_and_outlet_lines() {
    for (line, reason) in [
        ("Skip to navigation", "page chrome"),
        ("Asia edition", "page chrome"),
        ("Print subscriptions", "page chrome"),
        (
            "With your permission we and our partners may process your data. You may consent or object to such processing.",
            "cookie notice",
        ),
        (
            "We use necessary cookies to make the site work and optional ones to improve it.",
            "cookie notice",
        ),
        (
            "Example Press is published with help from the arts council. \u{a9} 2024",
            "copyright",
        ),
        (
            "Unlock premium stories for $2 a month. Cancel anytime.",
            "paywall notice",
        ),
        ("Get The Harbour Weekly", "newsletter sign-up"),
        (
            "This article is part of our Coastal Towns series.",
            "series note",
        ),
        (
            "Example Ledger is an independent, nonprofit newsroom covering the islands.",
            "outlet note",
        ),
        ("(With inputs from agencies)", "contributor note"),
        (
            "EMERGENCY HELPLINE: 112 \u{2014} storm warnings and shelters",
            "contact note",
        ),
        (
            "Breaking news alerts. Click here to follow Example Daily on WhatsApp",
            "follow prompt",
        ),
        (
            "Share: in \u{b7} X \u{b7} f \u{b7} \u{2709}",
            "share buttons",
        ),
        (
            "That's all for this week. See you on Friday.",
            "newsletter sign-off",
        ),
    ] {
        assert_eq!(line_noise(line), Some(reason), "{line}");
    }
    // A writer greeting new subscribers is not asking anyone to subscribe.
    assert_eq!(
        line_noise(
            "Welcome to the new subscribers who found this newsletter after last week's post on the pier."
        ),
        None
    );
    assert_eq!(
        line_noise("The council said processing of personal data needed consent."),
        None
    );
}

#[test]
fn paywall_offers_are_read_as_phrases_not_parts_of_words() {
    assert_eq!(
        line_noise("Example Premium: deeper coverage of the islands. Try 1 month free."),
        Some("paywall notice")
    );
    assert_eq!(
        line_noise("A twelve-month freedom march ended in the capital on Sunday."),
        None
    );
}

#[test]
fn a_briefing_offer_and_its_email_box() {
    assert_eq!(
        line_noise("Get the Harbour Briefing \u{2014} the week's top stories, every Friday."),
        Some("newsletter sign-up")
    );
    assert_eq!(
        line_noise("Your email  [Subscribe]"),
        Some("newsletter sign-up")
    );
    assert_eq!(
        line_noise("Get the ferry timetable from the harbour office, the council said."),
        None
    );
}

#[test]
fn tags_and_links_to_other_posts() {
    assert_eq!(
        line_noise("#harbour #ferries #localnews"),
        Some("navigation links")
    );
    assert_eq!(line_noise("#1 seed wins again"), None);
    assert_eq!(
        line_noise("\u{2190} Previous: What the tide tables hide"),
        Some("related link")
    );
    assert_eq!(
        line_noise("Next: A week on the night ferry \u{2192}"),
        Some("related link")
    );
    assert_eq!(
        line_noise("Related coverage: The harbour's long fight over dredging"),
        Some("related link")
    );
}

#[test]
fn paywall_slot_and_feed_lines() {
    for line in [
        "Already have an account? Sign in",
        "Create a free account to keep reading this story and others",
        "Story continues after advertisement",
        "Scroll to continue with content",
        "Save for later",
        "Something went wrong. Please try again.",
        "Thanks for signing up!",
        "By clicking Subscribe, you agree to our Terms.",
        "The post Ferry fares rise again appeared first on Example Island News.",
        "Originally published at example.org",
        "This article is more than 3 years old",
        "Read full article",
        "More by Ann Lee",
        "View all posts by Ann Lee",
        "Sort by: Newest",
        "Partner content",
        "Terms of use",
        "Search for:",
    ] {
        assert!(line_noise(line).is_some(), "{line}");
    }
    for line in [
        "She urged her pupils to continue reading over the summer.",
        "Residents can create a free account on the council's website.",
        "The trial continues after lunch",
        "The figures are for informational purposes only, the regulator said.",
    ] {
        assert_eq!(line_noise(line), None, "{line}");
    }
}

#[test]
fn player_and_gallery_buttons() {
    for button in [
        "Bookmark",
        "Gift Article",
        "Open this photo in gallery:",
        "Listen duration 4\u{2032} 12\u{2033}",
    ] {
        assert!(line_noise(button).is_some(), "{button}");
    }
    assert_eq!(
        line_noise("Tags :   Harbour Board   Dredging   Ferries"),
        Some("tag list")
    );
    assert_eq!(
        line_noise("The audio version of this article is generated by text-to-speech software."),
        Some("page chrome")
    );
}

#[test]
fn live_labels_transcripts_station_prompts_and_institution_feet() {
    for chrome in [
        "Key event",
        "Q:",
        "Read the full transcript",
        "Play video",
        "Duration 3:07",
        "toggle caption",
        "Open in app",
        "Restack",
        "Was this page helpful? Yes No",
        "Last reviewed: 12 May 2024",
        "Report a problem with this page",
    ] {
        assert_eq!(line_noise(chrome), Some("page chrome"), "{chrome}");
    }
    for prompt in [
        "Listen to Harbour FM for travel news every half hour",
        "Watch the full interview on our YouTube channel",
        "Follow our live coverage of the harbour vote here",
        "Want more stories like this? Follow us on Google News",
        "Send us your photos of the storm",
    ] {
        assert!(line_noise(prompt).is_some(), "{prompt}");
    }
    for story in [
        "Listen to the harbour master, the board was told, and close the pier.",
        "Residents should listen to local radio for updates, the fire service said.",
        "Q: What happens to the ferry timetable now?",
        "Correction: An earlier version of this story gave the wrong cost of the repairs.",
    ] {
        assert_eq!(line_noise(story), None, "{story}");
    }
}
