//! Lines of the page's own controls that sit above the headline: the reader's account links
//! ("Sign in · Subscribe · e-Edition"), a consent banner's heading and buttons ("We value your
//! privacy", "ACCEPT ALL   REJECT ALL"), a forwarded newsletter's note ("Forwarded this email?
//! Subscribe here") and its contents on one line, a breaking-news bar linking to another
//! story, a search box's placeholder, a menu row split by slashes and a link to the story in
//! another language. None is the article's text, nor its headline.

/// The buttons of a reader's account, as normalised.
pub(super) const ACCOUNT_BUTTONS: [&str; 10] = [
    "sign in",
    "sign out",
    "sign up",
    "log in",
    "login",
    "log out",
    "register",
    "subscribe",
    "my account",
    "create account",
];

/// The other items of an account or subscription row, as normalised.
const SUBSCRIPTION_ITEMS: [&str; 10] = [
    "subscribe now",
    "account",
    "e-edition",
    "e-paper",
    "epaper",
    "digital edition",
    "today's paper",
    "newsletters",
    "donate",
    "search",
];

/// "Sign in · Subscribe · e-Edition", "Log in | Register": two or more account links and
/// nothing else.
pub fn is_account_row(line: &str) -> bool {
    let items: Vec<String> = line
        .split(['\u{b7}', '|', '\u{2022}'])
        .flat_map(|part| part.split("  "))
        .map(super::cleanup::norm)
        .filter(|item| !item.is_empty())
        .collect();
    items.len() >= 2
        && items.iter().all(|i| {
            ACCOUNT_BUTTONS.contains(&i.as_str()) || SUBSCRIPTION_ITEMS.contains(&i.as_str())
        })
}

/// Headings of a consent banner, as normalised.
const CONSENT_HEADINGS: &[&str] = &[
    "we value your privacy",
    "your privacy matters",
    "your privacy matters to us",
    "we care about your privacy",
    "your privacy choices",
    "your privacy, your choice",
    "privacy preferences",
    "manage your privacy",
];

/// Buttons of a consent banner, as normalised words.
const CONSENT_BUTTONS: &[&str] = &[
    "accept",
    "reject",
    "agree",
    "decline",
    "manage",
    "preferences",
];

/// "We value your privacy", "ACCEPT ALL   REJECT ALL   MANAGE PREFERENCES": a consent
/// banner's heading, or its row of buttons (two or more of accept, reject, manage…).
pub fn is_consent_line(n: &str, words: usize) -> bool {
    if words > 8 {
        return false;
    }
    let buttons = n
        .split_whitespace()
        .filter(|w| CONSENT_BUTTONS.contains(w))
        .count();
    CONSENT_HEADINGS.contains(&n) || (buttons >= 2 && n.contains("accept"))
}

/// "Forwarded this email? Subscribe here for more.", "View this email in your browser": the
/// notes an email newsletter carries above its masthead.
pub fn is_email_note(n: &str, words: usize) -> bool {
    words <= 14
        && (n.starts_with("forwarded this email")
            || n.starts_with("was this email forwarded")
            || n.starts_with("view this email in")
            || n.starts_with("view in browser")
            || n.starts_with("view online"))
}

/// Openings of a link to the article in another language: "Read in Spanish", "Leia em
/// português", "Lire en français", "Leer en español".
const LANGUAGE_LINKS: [&str; 5] = [
    "read in ",
    "read this in ",
    "leia em ",
    "lire en ",
    "leer en ",
];

/// "Leia em português": a link to the article's other edition, three words at most.
pub fn is_language_link(n: &str, words: usize) -> bool {
    words <= 4 && LANGUAGE_LINKS.iter().any(|l| n.starts_with(l))
}

/// "Search the archive...", "Search…": a search box's placeholder text.
pub fn is_search_box(n: &str, line: &str, words: usize) -> bool {
    let end = line.trim_end();
    words <= 5 && n.starts_with("search") && (end.ends_with("...") || end.ends_with('\u{2026}'))
}

/// "Politics / Economy / Business / Society / Culture": the site's sections in a row split by
/// slashes, four or more one- or two-word capitalised items (a breadcrumb path has fewer).
pub fn is_slashed_menu(line: &str) -> bool {
    let items: Vec<&str> = line.split(" / ").map(str::trim).collect();
    items.len() >= 4
        && items.iter().all(|i| {
            (1..=2).contains(&crate::text::word_count(i))
                && i.chars().next().is_some_and(char::is_uppercase)
                && !i.ends_with(['.', '!', '?'])
        })
}

/// Labels of a newsletter's contents, as normalised.
const CONTENTS_LABELS: &[&str] = &[
    "in this issue:",
    "in this edition:",
    "in today's issue:",
    "in today's edition:",
    "in today's brief:",
    "in this newsletter:",
];

/// "In this issue: Gas starts flowing · Who gets it first": a newsletter's contents on one
/// line, the stories it holds rather than one of them.
pub fn is_contents_line(n: &str, words: usize) -> bool {
    words <= 40 && CONTENTS_LABELS.iter().any(|l| n.starts_with(l))
}

/// Labels of a bar that links to the site's top story.
const ALERT_LABELS: &[&str] = &[
    "breaking news:",
    "breaking:",
    "developing:",
    "live updates:",
];

/// "BREAKING NEWS: Evacuation orders expanded — see the full list of zones": the site's alert
/// bar, a link to its top story that ends on a call to follow it.
pub fn is_alert_bar(n: &str, words: usize) -> bool {
    words <= 30
        && ALERT_LABELS.iter().any(|l| n.starts_with(l))
        && ["see ", "read ", "watch ", "follow ", "click "]
            .iter()
            .any(|c| n.contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::cleanup::norm;

    #[test]
    fn account_links_in_a_row() {
        assert!(is_account_row("Log in \u{b7} Register \u{b7} E-Paper"));
        assert!(is_account_row("Subscribe   Sign In"));
        assert!(!is_account_row("Sign in to read the full council report"));
        assert!(!is_account_row("Subscribe"));
    }

    #[test]
    fn a_consent_banner_s_heading_and_buttons() {
        let heading = norm("Your privacy matters");
        assert!(is_consent_line(&heading, 3));
        let buttons = norm("AGREE AND ACCEPT   DECLINE   MANAGE OPTIONS");
        assert!(is_consent_line(&buttons, 6));
        let line = norm("Voters accept the plan");
        assert!(!is_consent_line(&line, 4));
    }

    #[test]
    fn notes_above_a_forwarded_newsletter() {
        let n = norm("Was this email forwarded to you? Sign up here.");
        assert!(is_email_note(&n, 8));
    }

    #[test]
    fn a_newsletter_s_contents_on_one_line() {
        let n = norm("In this issue: Ferries return \u{b7} A new pier \u{b7} Three numbers");
        assert!(is_contents_line(&n, 10));
    }

    #[test]
    fn a_search_box_and_a_slashed_menu() {
        let line = "Search the site\u{2026}";
        assert!(is_search_box(&norm(line), line, 3));
        assert!(!is_search_box(
            "search goes on for missing climber",
            "Search goes on for missing climber.",
            6
        ));
        assert!(is_slashed_menu(
            "News / Sport / Arts / Life Style / Letters"
        ));
        assert!(!is_slashed_menu("Home / News / Courts"));
        assert!(!is_slashed_menu(
            "Either / or / both / neither of them applies"
        ));
    }

    #[test]
    fn a_link_to_the_other_language_edition() {
        assert!(is_language_link(&norm("Lire en français"), 3));
        assert!(!is_language_link(
            &norm("Read in full, the report is damning."),
            7
        ));
    }

    #[test]
    fn an_alert_bar_links_to_another_story() {
        let n = norm(
            "BREAKING: Ferry service halted on the north route \u{2014} see the latest timetable",
        );
        assert!(is_alert_bar(&n, 13));
        let headline = norm("BREAKING: Ferry service halted on the north route");
        assert!(!is_alert_bar(&headline, 8));
    }
}
