//! The site selling, not the story: advertisement labels and slots ("Advertisement", "Story
//! continues below", "SPONSORED: …", "Publicidade") and newsletter sign-up boxes ("Sign up for
//! the Morning Brief", "Enter your email", their small print). Lines are given folded by
//! `cleanup::norm`.

use super::cleanup::word_count;

pub(super) fn is_advert(n: &str) -> bool {
    matches!(
        n,
        "advertisement"
            | "advertisements"
            | "ad"
            | "ads"
            | "sponsored"
            | "sponsored content"
            | "paid content"
            | "promoted"
            | "promoted content"
            | "supported by"
            | "presented by"
            | "skip advertisement"
    ) || (n.len() < 60 && is_foreign_ad_label(n))
        || (n.len() < 60
            && (n.starts_with("advertisement")
                || n.contains("continues below")
                || n.contains("continue reading below")))
        // "This advertisement has not loaded yet, but your article continues below."
        || (n.len() < 100
            && (n.contains("article continues below") || n.contains("story continues below")))
        || is_sponsored_label(n)
}

/// The word for an advertisement in other languages, closing the label a slot keeps:
/// "Publicidade", "Continua após a publicidade", "Anzeige".
#[rustfmt::skip]
const FOREIGN_AD_WORDS: &[&str] = &[
    "publicidade", "publicidad", "publicit\u{e9}", "anzeige", "werbung", "pubblicit\u{e0}",
    "reklama", "iklan", "advertentie", "annonce",
];

/// An advertisement's label in another language, a few words ending on the word for it.
fn is_foreign_ad_label(n: &str) -> bool {
    word_count(n) <= 5
        && n.rsplit(' ')
            .next()
            .is_some_and(|w| FOREIGN_AD_WORDS.contains(&w))
}

/// "SPONSORED: Register now for the trade show", "Sponsored whitepaper: …": an advertiser's
/// line, labelled as such before a colon.
fn is_sponsored_label(n: &str) -> bool {
    // The label is a few words at the start: only the line's head is searched for its end.
    let mut head = n.len().min(40);
    while !n.is_char_boundary(head) {
        head -= 1;
    }
    let end = [":", " \u{b7} ", " | ", " \u{2014} "]
        .iter()
        .filter_map(|sep| n[..head].find(sep).map(|at| (at, sep.len())))
        .min();
    let split = end.map(|(at, len)| (&n[..at], &n[at + len..]));
    split.is_some_and(|(label, rest)| {
        word_count(label) <= 3
            && word_count(rest) <= 30
            && [
                "sponsored",
                "promoted",
                "advertorial",
                "paid post",
                "partner content",
            ]
            .iter()
            .any(|w| label.contains(w))
    })
}

pub(super) fn is_newsletter(n: &str, words: usize) -> bool {
    let signup = n.contains("sign up")
        || n.contains("subscribe")
        || n.contains("delivered to your inbox")
        || n.contains("get our")
        || n.contains("in your inbox")
        || n.starts_with("never miss")
        || n.contains("emailed to you");
    // Sites call the same box a newsletter, a digest, a briefing or a bulletin.
    let product = ["newsletter", "digest", "briefing", "bulletin", "inbox"]
        .iter()
        .any(|p| n.contains(p));
    // "Hello, and welcome to the new subscribers…" opens the writer's letter.
    let greeting = GREETINGS.iter().any(|g| n.starts_with(g));
    (product && signup && words <= 45 && !greeting)
        || (words <= 20 && n.contains("emailed to you"))
        || (words <= 4 && (n.ends_with("newsletter") || n.ends_with("newsletters")))
        || (n.starts_with("subscribe") && words <= 20)
        || (words <= 6 && n.starts_with("get the ") && is_periodical(n))
        || (n.starts_with("sign up") && words <= 25)
        || (n.contains("enter your email") || n.contains("email address") && words <= 20)
        || (words <= 4 && n.starts_with("type your email"))
        || (words <= 5 && n.starts_with("your email"))
        || (words <= 25 && n.starts_with("get the ") && product)
        // "Get the day's top stories by email": the box's title.
        || (words <= 12 && n.starts_with("get ") && n.ends_with(" by email"))
        // "after newsletter promotion": the label a page leaves where the box was.
        || (words <= 5 && n.contains("newsletter promotion"))
        || is_small_print(n, words)
}

/// "By signing up you agree to our Terms of Use", "You can unsubscribe at any time", "Your
/// information is handled in accordance with our Privacy Statement": a sign-up box's small
/// print.
fn is_small_print(n: &str, words: usize) -> bool {
    let privacy = n.contains("privacy")
        && (n.contains("newsletter")
            || [
                "your information",
                "your personal information",
                "your email",
            ]
            .iter()
            .any(|p| n.starts_with(p)));
    (words <= 30
        && ["by signing up", "by subscribing", "by providing"]
            .iter()
            .any(|p| n.starts_with(p)))
        || (words <= 30 && privacy && !n.contains(" said"))
        || (words <= 60 && n.contains("unsubscribe at any time"))
}

/// Openings of a newsletter writer's greeting to the readers.
const GREETINGS: &[&str] = &[
    "hello",
    "hi ",
    "hi,",
    "hey ",
    "welcome",
    "good morning",
    "good evening",
    "dear ",
    "kia ora",
    "greetings",
];

/// "get the harbour weekly": a title ending on how often it comes.
fn is_periodical(n: &str) -> bool {
    [
        "weekly",
        "daily",
        "briefing",
        "digest",
        "bulletin",
        "newsletter",
        "brief",
    ]
    .iter()
    .any(|p| n.ends_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sign_up(line: &str) -> bool {
        let n = super::super::cleanup::norm(line);
        is_newsletter(&n, word_count(&n))
    }

    #[test]
    fn sign_up_boxes_and_their_small_print() {
        assert!(sign_up("Get the week's best reads by email"));
        assert!(sign_up("after newsletter promotion"));
        assert!(sign_up(
            "Privacy Notice: Newsletters may carry ads and content from partners."
        ));
        assert!(sign_up(
            "Your information is handled in line with the Example Media Privacy Statement."
        ));
        assert!(sign_up(
            "We use your sign-up to send you news. You can unsubscribe at any time."
        ));
        assert!(!sign_up(
            "Your information was leaked, the privacy commissioner said on Monday."
        ));
        assert!(!sign_up(
            "Get the facts by email, the agency urged residents."
        ));
    }

    #[test]
    fn a_long_slot_label_says_the_article_goes_on() {
        assert!(is_advert(
            "this advertisement has not loaded yet, but your article continues below"
        ));
    }
}
