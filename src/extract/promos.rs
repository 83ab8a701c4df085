//! The site selling, not the story: advertisement labels and slots ("Advertisement", "Story
//! continues below", "SPONSORED: …", "Publicidade") and newsletter sign-up boxes ("Sign up for
//! the Morning Brief", "Enter your email", their small print). Lines are given folded by
//! `cleanup::norm`.

use super::cleanup::{self, Unit, word_count};

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
            | "partner content"
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
        // "Story continues after advertisement", "Scroll to continue with content".
        || (n.len() < 50
            && (n.ends_with("continues after advertisement")
                || n.ends_with("continues after this ad")
                || n.ends_with("continues after the ad")
                || n.starts_with("scroll to continue")))
        || is_sponsored_label(n)
        || is_sponsor_line(n)
}

/// "This week's issue is supported by Example Analytics", "Today's newsletter is brought to
/// you by …": a newsletter naming its sponsor over the advertisement, no sentence.
pub(super) fn is_sponsor_line(n: &str) -> bool {
    n.len() <= 100
        && word_count(n) <= 12
        && [
            " is supported by ",
            " is sponsored by ",
            " is brought to you by ",
        ]
        .iter()
        .any(|p| n.contains(p))
        && ["issue", "newsletter", "edition", "episode", "email"]
            .iter()
            .any(|w| n.split(" is ").next().is_some_and(|head| head.contains(w)))
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
        || (words <= 8 && (n.starts_with("thank you for signing up") || n.starts_with("thanks for signing up")))
        || is_small_print(n, words)
}

/// "By signing up you agree to our Terms of Use", "You can unsubscribe at any time", "Your
/// information is handled in accordance with our Privacy Statement": a sign-up box's small
/// print.
fn is_small_print(n: &str, words: usize) -> bool {
    let privacy = || {
        n.contains("privacy")
            && (n.contains("newsletter")
                || [
                    "your information",
                    "your personal information",
                    "your email",
                ]
                .iter()
                .any(|p| n.starts_with(p)))
    };
    (words <= 30
        && [
            "by signing up",
            "by subscribing",
            "by providing",
            "by clicking",
        ]
        .iter()
        .any(|p| n.starts_with(p)))
        || (words <= 30 && privacy() && !n.contains(" said"))
        || (words <= 60 && n.contains("unsubscribe at any time"))
}

/// The drop reason of a newsletter sign-up box's lines.
const SIGN_UP: &str = "newsletter sign-up";

/// The most lines between two lines of one sign-up box: its blurb and small print.
const SIGN_UP_GAP: usize = 2;

/// The longest line of a sign-up box's blurb, in words.
const BLURB_WORDS: usize = 30;

/// "Politics Brief / The day's news, in your inbox every evening. / Enter email address /
/// Sign up": a sign-up box as one block of lines. The lines between two of its known lines
/// (a blurb, a privacy note) are the box's too, and so is a title naming a periodical over
/// it. Pages scraped without blank lines are one block, so the box is found by its lines, not
/// by the block.
pub fn drop_sign_up_boxes(units: &mut [Unit], body_start: usize) {
    let mut i = body_start;
    while i < units.len() {
        if units[i].drop != Some(SIGN_UP) {
            i += 1;
            continue;
        }
        let mut last = i;
        let reach = units.len().min(i + 2 + SIGN_UP_GAP * 4);
        for (j, u) in units.iter().enumerate().take(reach).skip(i + 1) {
            if u.blank_before || j > last + SIGN_UP_GAP + 1 || (u.kept() && !is_blurb(&u.text)) {
                break;
            }
            if u.drop == Some(SIGN_UP) {
                last = j;
            }
        }
        for u in units[i..last].iter_mut().filter(|u| u.kept()) {
            u.drop = Some(SIGN_UP);
        }
        let title = i > body_start
            && !units[i].blank_before
            && units[i - 1].kept()
            && is_box_title(&units[i - 1].text);
        if last > i && title {
            units[i - 1].drop = Some(SIGN_UP);
        }
        i = last + 1;
    }
}

/// A sign-up box's blurb: a short line that quotes and reports nobody.
fn is_blurb(line: &str) -> bool {
    word_count(line) <= BLURB_WORDS
        && !line.contains(['"', '\u{201C}'])
        && ![" said", " says", " told"].iter().any(|v| line.contains(v))
}

/// "Politics Brief", "The Harbour Weekly": a periodical's name alone, a title over its box.
fn is_box_title(line: &str) -> bool {
    let t = line.trim_end();
    word_count(t) <= 4 && !t.ends_with(['.', '!', '?', ':']) && is_periodical(&cleanup::norm(t))
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
    fn a_sign_up_box_without_blank_lines_goes_with_its_blurb_and_title() {
        let mut units = cleanup::units(
            "The bill passed on Tuesday.\nHarbour Brief\nThe week's port news, in your inbox every Friday.\nEnter email address\nSign up\nThe vote was close.",
        );
        for u in &mut units {
            u.drop = cleanup::line_noise(&u.text);
        }
        drop_sign_up_boxes(&mut units, 0);
        let kept = cleanup::kept_texts(&units);
        assert_eq!(kept, ["The bill passed on Tuesday.", "The vote was close."]);
    }

    #[test]
    fn a_sponsors_line_is_an_advertisement() {
        assert!(is_advert(
            "this week's issue is supported by example analytics"
        ));
        assert!(!is_advert("the festival is supported by the city council"));
    }

    #[test]
    fn a_long_slot_label_says_the_article_goes_on() {
        assert!(is_advert(
            "this advertisement has not loaded yet, but your article continues below"
        ));
    }
}
