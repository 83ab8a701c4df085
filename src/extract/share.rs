//! Share buttons as scrapers keep them: a row of the buttons' labels ("Share  Tweet  Email",
//! "facebookxvibermessengercopy" run together) and a share label followed by the headline it
//! would share ("Share this story: HEADLINE"). Lines are given folded by `cleanup::norm`.

/// Words share-button rows are made of.
#[rustfmt::skip]
const SHARE_LINE_SHARE: &[&str] = &[
 "share", "shares", "tweet", "email", "e-mail", "print", "facebook", "twitter", "whatsapp",
 "pinterest", "linkedin", "reddit", "messenger", "copy", "link", "save", "flipboard", "telegram",
 "sms", "this", "article", "story", "on", "x", "via", "click", "to", "opens", "in", "new", "window",
 "the", "post", "page", "url", "gab", "parler", "mail", "|", "\u{2022}", "comment", "pin",
 "bluesky", "threads", "mastodon", "buffer", "tumblr", "vk", "social", "sharing", "full",
 "viber", "copied", "kindly", "please", "your", "network", "networks", "live", "blog", "f",
 "\u{b7}", "\u{2709}",
];

/// At least one of these must be present for a row to be share buttons.
#[rustfmt::skip]
const SHARE_LINE_STRONG: &[&str] = &[
 "share", "tweet", "facebook", "twitter", "email", "pinterest", "whatsapp", "linkedin", "print",
 "reddit", "sharing", "copy", "copied", "save",
];

/// Share-button rows: "Share", "Tweet", "Facebook Twitter Email", "Share this article".
pub fn is_share_line(n: &str) -> bool {
    let words: Vec<&str> = n
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | ':' | '[' | ']'))
        .filter(|w| !w.is_empty())
        .collect();
    !words.is_empty()
        && words.iter().all(|w| {
            SHARE_LINE_SHARE.contains(w)
                || w.chars().all(|c| c.is_ascii_digit() || c == 'k')
                || run_together(w)
        })
        && words
            .iter()
            .any(|w| SHARE_LINE_STRONG.contains(w) || run_together(w))
}

/// "facebookxvibermessengercopy": the buttons' labels scraped with no space between them, two
/// or more share words and nothing else.
fn run_together(w: &str) -> bool {
    fn rest(w: &str, depth: usize) -> bool {
        w.is_empty()
            || (depth < 12
                && SHARE_LINE_SHARE
                    .iter()
                    .any(|s| s.len() >= 2 && w.strip_prefix(s).is_some_and(|r| rest(r, depth + 1))))
            || (depth > 0 && w.strip_prefix('x').is_some_and(|r| rest(r, depth + 1)))
    }
    w.len() >= 10 && SHARE_LINE_STRONG.iter().any(|s| w.starts_with(s)) && rest(w, 0)
}

/// "Share this story : Storm floods the harbour road": a share button's label with the
/// headline it shares after the colon.
pub fn is_share_label(n: &str, words: usize) -> bool {
    words <= 40
        && n.starts_with("share this")
        && n.split_once(':')
            .is_some_and(|(label, _)| crate::text::word_count(label) <= 3 && is_share_line(label))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn share_rows_and_labels() {
        assert!(is_share_line("share  tweet  email"));
        assert!(is_share_line("facebookxvibermessengercopy"));
        assert!(is_share_label(
            "share this story : storm floods the harbour road as the tide peaks",
            12
        ));
        assert!(!is_share_label("share this view: the harbour is full", 7));
    }
}
