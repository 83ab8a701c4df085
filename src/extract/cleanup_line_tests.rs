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
    ] {
        assert_eq!(line_noise(chrome), Some("page chrome"), "{chrome}");
    }
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
}
