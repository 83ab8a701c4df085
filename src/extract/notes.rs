//! Notes about the article rather than the article: disclaimers, reporting and contributor
//! credits, follow prompts, calls to action, contact and tip lines, syndication and print
//! notes, tag lists. Lines are given folded by `cleanup::norm`.

/// Notes about the article rather than the article: disclaimers, reporting credits, follow
/// prompts, calls to action, syndication notes.
pub fn credit_or_note(n: &str, words: usize) -> Option<&'static str> {
    if is_disclaimer(n) {
        return Some("contributor disclaimer");
    }
    if words <= 40
        && (n.contains("contributed to this report")
            || n.contains("contributed reporting")
            || n.starts_with("additional reporting by")
            || n.starts_with("reporting by")
            || n.starts_with("editing by")
            || n.starts_with("writing by")
            || n.starts_with("with files from"))
    {
        return Some("contributor note");
    }
    if words <= 25 && is_follow_prompt(n) {
        return Some("follow prompt");
    }
    if let Some(reason) = by_opening(n, words) {
        return Some(reason);
    }
    if words == 1 && is_domain(n) {
        // "examplesentinel.com" alone under the byline: the site, not a paragraph.
        return Some("source credit");
    }
    // "By Ann Lee | ann@example.com" is a byline that gives an address, not a contact note.
    if words <= 25 && is_contact_note(n) && !super::byline::has_opener(n) {
        return Some("contact note");
    }
    if words <= 12 && n.ends_with("trust principles") {
        return Some("editorial standards");
    }
    if words <= 40
        && (n.starts_with("this article originally appeared")
            || n.starts_with("this story originally appeared")
            || n.starts_with("this article was originally published")
            || n.starts_with("a version of this")
            || n.starts_with("this report by")
            || n.contains("was first published")
            || n.contains("produced in partnership with"))
    {
        return Some("syndication note");
    }
    None
}

/// Where readers are asked to follow or join the outlet.
#[rustfmt::skip]
const PLATFORMS: &[&str] = &[
    "twitter", "@", "facebook", "instagram", "whatsapp", "telegram", "youtube", "tiktok",
    "linkedin", "google news", "threads", "bluesky",
];

/// "Follow us on Instagram", "Join the Example Daily WhatsApp channel for breaking news": the
/// outlet asking readers to follow it somewhere.
fn is_follow_prompt(n: &str) -> bool {
    ["follow ", "join "].iter().any(|o| n.starts_with(o)) && PLATFORMS.iter().any(|p| n.contains(p))
}

/// Short notes known by how they open: (longest in words, openings, reason).
const OPENINGS: &[(usize, &[&str], &str)] = &[
    (
        20,
        &[
            "click here",
            "support our journalism",
            "donate",
            "become a member",
            "become a patron",
            "download our app",
            "download the app",
            "get the app",
            "save articles",
            "save this story",
            "thanks for reading",
            "catch all the",
            "catch the latest",
        ],
        "call to action",
    ),
    (
        25,
        &[
            "this story has been updated",
            "this article has been updated",
            "correction:",
            "an earlier version of this",
        ],
        "editor's note",
    ),
    (12, &["source:", "sources:"], "source credit"),
    (12, &["our standards"], "editorial standards"),
    (
        40,
        &["filed under", "tagged:", "tags:", "topics:"],
        "tag list",
    ),
];

/// The reason of the first [`OPENINGS`] rule a line of `words` words matches.
fn by_opening(n: &str, words: usize) -> Option<&'static str> {
    OPENINGS
        .iter()
        .find(|(most, openings, _)| words <= *most && openings.iter().any(|p| n.starts_with(p)))
        .map(|(_, _, reason)| *reason)
}

/// "example.com", "www.example.co.uk": a bare web address.
fn is_domain(n: &str) -> bool {
    let Some((name, tld)) = n.rsplit_once('.') else {
        return false;
    };
    !name.is_empty()
        && (2..=6).contains(&tld.len())
        && tld.chars().all(|c| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'))
}

/// "Contact Ann Lee at alee@example.com", "Have a news tip? Email us at …": how to reach the
/// newsroom, not the story. Reached by an e-mail address or a tip line's opening.
fn is_contact_note(n: &str) -> bool {
    let email = n.split_whitespace().any(|w| {
        let w = w.trim_end_matches(['.', ',', ')', ';']);
        w.split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
    });
    email
        || [
            "have a news tip",
            "have a tip",
            "got a tip",
            "got a news tip",
        ]
        .iter()
        .any(|p| n.starts_with(p))
}

fn is_disclaimer(n: &str) -> bool {
    n.starts_with("disclaimer")
        || [
            "opinions expressed",
            "views expressed",
            "do not necessarily reflect",
            "does not necessarily reflect",
            "not necessarily the views",
            "are their own and",
        ]
        .iter()
        .any(|p| n.contains(p))
}
