//! Lines after which nothing belongs to the article: the start of a comment section ("12
//! Comments", "Leave a Reply", "NAME's picture", a comment policy) or of a page footer
//! ("Trending on…", "More from…", "Related Articles").

use super::cleanup::{Unit, norm, word_count};
use super::controls::is_count_line;

/// Headings that start a page footer of other stories.
#[rustfmt::skip]
const TAIL_MARKER_FOOTERS: &[&str] = &[
 "trending on", "trending now", "more from", "more stories", "recommended for you",
 "recommended stories", "you may also like", "you might also like", "most popular", "most read",
 "around the web", "from around the web", "sponsored stories", "read next", "up next",
 "what to read next", "related articles", "related posts", "related stories", "related content",
 "related coverage", "latest news", "top stories", "popular posts", "more on this", "keep reading",
 "editor's picks", "share this article", "about the author", "related topics", "more on:",
 "see more", "you may also", "further reading", "explore more", "more about", "most viewed",
 "most shared", "most watched", "most commented", "popular now", "trending stories",
 "suggested topics", "related news", "notes to editors", "note to editors", "notes for editors",
 "mais lidas", "mais lidos", "m\u{e1}s le\u{ed}das", "lo m\u{e1}s le\u{ed}do", "les plus lus",
 "meistgelesen", "i pi\u{f9} letti", "terpopuler",
];

/// Why everything from this line on is not the article, if this line starts a comment section or
/// a page footer.
pub fn tail_marker(line: &str) -> Option<&'static str> {
    // A long line can only be a comment policy, which says "comment".
    if line.len() > 300 && !line.contains("omment") {
        return None;
    }
    let words = word_count(line);
    if words > 90 {
        return None;
    }
    let n = norm(line);
    if is_comment_marker(line, &n, words) {
        return Some("reader comments");
    }
    if words <= 25 && EMAIL_FOOTERS.iter().any(|f| n.starts_with(f)) {
        return Some("email footer");
    }
    if words <= 4 && is_release_end(line, &n) {
        return Some("press release footer");
    }
    let heading = words <= 8 && !line.trim_end().ends_with('.');
    if heading
        && (TAIL_MARKER_FOOTERS.iter().any(|f| n.starts_with(f))
            || is_more_section(&n)
            || is_more_title(line, &n)
            || is_more_in(&n, words)
            || is_related_heading(line, &n)
            || matches!(
                n.as_str(),
                "related" | "recommended" | "trending" | "latest"
            ))
    {
        return Some("page footer");
    }
    None
}

/// "ENDS", "– ENDS –", "-30-", "###": the mark a press office puts under a release's last
/// paragraph. What follows is its boilerplate: "About the company", forward-looking
/// statements, media contacts.
fn is_release_end(line: &str, n: &str) -> bool {
    let bare: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    matches!(
        n,
        "ends" | "end of release" | "end of press release" | "end of statement"
    ) || (n == "end" && line.trim() == line.trim().to_uppercase())
        || matches!(bare.as_str(), "###" | "-30-" | "#30#")
}

/// "Related Press Releases", "RELATED QUOTES": "Related" and a noun or two for what is listed
/// under it, written as a heading (each word capitalised), not a sentence.
fn is_related_heading(line: &str, n: &str) -> bool {
    n.strip_prefix("related ")
        .is_some_and(|rest| (1..=3).contains(&word_count(rest)) && !rest.contains(['.', ',', ';']))
        && line
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || !c.is_alphabetic()))
}

/// Openings of the lines at the foot of a newsletter sent by e-mail.
#[rustfmt::skip]
const EMAIL_FOOTERS: &[&str] = &[
 "forwarded this email", "was this email forwarded", "you're receiving this",
 "you are receiving this", "you received this email", "unsubscribe",
];

/// Sections of a site that a "More …" heading over other stories names.
#[rustfmt::skip]
const SECTIONS: &[&str] = &[
 "news", "opinion", "sport", "sports", "business", "politics", "world", "analysis", "features",
 "reviews", "columns", "commentary", "coverage", "videos", "podcasts", "articles", "culture",
 "entertainment", "lifestyle", "science", "technology", "tech", "travel", "arts", "local news",
 "national news", "environment", "education", "television", "fashion", "motoring",
 "obituaries", "press releases", "stories", "headlines", "health", "climate", "economy",
];

/// "More in Health", "More in this section": the heading over a section's other stories.
fn is_more_in(n: &str, words: usize) -> bool {
    words <= 5 && n.starts_with("more in ")
}

/// "More Opinion", "More sport": a heading over the section's other stories.
fn is_more_section(n: &str) -> bool {
    n.strip_prefix("more ")
        .is_some_and(|s| SECTIONS.contains(&s))
}

/// "More Sheffield Shield", "More Local Politics": "More" and a section's or topic's name of one
/// to three words, each capitalised as a link's label is; a sentence ("More rain is due")
/// goes on in lowercase.
fn is_more_title(line: &str, n: &str) -> bool {
    let Some(rest) = line.trim().strip_prefix("More ") else {
        return false;
    };
    n.starts_with("more ")
        && (1..=3).contains(&word_count(rest))
        && rest
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()) || w == "&")
        && !rest.contains(['.', ',', ';', ':', '!', '?', '"'])
}

/// Paragraphs of reporting after a tail marker that show the story goes on below it.
const REPORTING_RUN: usize = 3;

/// Whether a run of the story's reporting follows the line at `at`: three paragraphs of
/// reporting that quote or attribute ("…, she said.", "according to …"). Comments and the
/// teasers of a footer do not read so; a "Comments (38)" button or a "Related" link in the
/// share row above the story, or a box heading in its middle, is then no end of the article.
pub fn reporting_follows(units: &[Unit], at: usize) -> bool {
    units[at + 1..]
        .iter()
        .filter(|u| u.reported() && is_attributed(&u.text))
        .nth(REPORTING_RUN - 1)
        .is_some()
}

/// Whether a paragraph attributes what it reports to someone, as reporting does and a
/// reader's comment seldom does: a quotation with its speaker, or "according to".
pub(super) fn is_attributed(text: &str) -> bool {
    let quoted = text.contains(['"', '\u{201C}']);
    let says = [" said", " says", " told "]
        .iter()
        .any(|v| text.contains(v));
    (quoted && says)
        || text.contains("according to ")
        || text.contains(", said ")
        || text.ends_with(" said.")
}

/// Openings of lines that start a comment section.
#[rustfmt::skip]
const COMMENT_MARKER_STARTS: &[&str] = &[
 "join the conversation", "join the discussion", "leave a reply", "leave a comment",
 "add a comment", "post a comment", "view comments", "show comments", "load comments",
 "view all comments", "read comments", "comments are closed", "you must be logged in",
 "log in to comment", "sign in to comment", "login to comment", "commenting is", "comment policy",
 "comment guidelines", "sort by newest", "sort by oldest", "sort by best", "newest first",
 "oldest first", "start a conversation", "start the conversation", "post comment",
 "post a reply", "guest book", "guestbook", "sign the guest book", "comments have been disabled",
 "comments are disabled", "comments are turned off", "commenting has been disabled",
 "leave a condolence", "leave your condolences", "sign the condolence book", "condolences (",
];

/// "NAME's picture", "12 Comments", "Leave a Reply", "Join the conversation", comment policies.
pub fn is_comment_marker(line: &str, n: &str, words: usize) -> bool {
    if is_handle_line(line) {
        return true;
    }
    if words <= 14 && COMMENT_MARKER_STARTS.iter().any(|s| n.starts_with(s)) {
        return true;
    }
    if matches!(
        n,
        "comments" | "comment" | "responses" | "reader comments" | "discussion" | "conversation"
    ) || is_count_line(n, &["comments", "comment", "responses", "response"])
        || is_counted_heading(n)
        || is_thread_heading(n, words)
        || is_thoughts_heading(n, words)
        || is_comment_meta(line, words)
    {
        return true;
    }
    let invitation = ["leave", "share your", "below", "let us know", "join"]
        .iter()
        .any(|p| n.contains(p));
    if words <= 14 && n.contains("comment") && invitation {
        return true;
    }
    let policy = [
        "tolerance",
        "policy",
        "civil",
        "moderat",
        "guidelines",
        "courteous",
        "respectful",
        "off-topic",
        "abusive",
    ];
    let addressed = n.starts_with("we ")
        || n.starts_with("please")
        || n.contains("thank you")
        || n.contains(" our ");
    n.contains("comment")
        && words <= 90
        && policy.iter().any(|p| n.contains(p))
        && addressed
        && !n.contains(" said")
}

/// "4 thoughts on “Our town lost its bookshop”", "12 responses to …": a blog's comment heading.
fn is_thoughts_heading(n: &str, words: usize) -> bool {
    let mut parts = n.splitn(3, ' ');
    let (Some(count), Some(noun), Some(rest)) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    words <= 30
        && count.chars().all(|c| c.is_ascii_digit())
        && matches!(
            noun,
            "thoughts" | "thought" | "responses" | "response" | "replies" | "comments"
        )
        && (rest.starts_with("on ") || rest.starts_with("to "))
}

/// "Discussion about this post", "Comments on this article": a heading over the readers'
/// thread that names the page it hangs under.
fn is_thread_heading(n: &str, words: usize) -> bool {
    let Some((noun, rest)) = n.split_once(' ') else {
        return false;
    };
    let page = rest
        .strip_prefix("about this ")
        .or_else(|| rest.strip_prefix("on this "))
        .or_else(|| rest.strip_prefix("for this "));
    words <= 5
        && matches!(
            noun,
            "discussion" | "comments" | "conversation" | "responses"
        )
        && page.is_some_and(|p| matches!(p, "post" | "article" | "story" | "page" | "episode"))
}

/// "Comments (12)", "Responses (3)".
fn is_counted_heading(n: &str) -> bool {
    if n.len() > 20 || !n.starts_with(['c', 'r']) {
        return false;
    }
    let Some((head, count)) = n.split_once(" (") else {
        return false;
    };
    matches!(head, "comments" | "comment" | "responses" | "replies")
        && count.chars().all(|c| c.is_ascii_digit())
}

/// A commenter's name and the age of the comment: "Kari N. · 1 day ago", "jk_toronto | 2 hours
/// ago".
fn is_comment_meta(line: &str, words: usize) -> bool {
    let t = line.trim_end();
    words <= 8
        && t.ends_with(" ago")
        && t.contains(['\u{b7}', '|', '\u{2022}'])
        && t.split_whitespace().rev().nth(1).is_some_and(|unit| {
            let u = unit.trim_end_matches('s');
            matches!(
                u,
                "second" | "minute" | "hour" | "day" | "week" | "month" | "year" | "min" | "hr"
            )
        })
}

/// A commenter's avatar line as scrapers keep it: "techpriest's picture".
pub fn is_handle_line(line: &str) -> bool {
    let t = line.trim();
    let stem = t
        .strip_suffix("'s picture")
        .or_else(|| t.strip_suffix("\u{2019}s picture"))
        .or_else(|| t.strip_suffix("' picture"));
    stem.is_some_and(|s| !s.is_empty() && word_count(s) <= 5)
}

/// The handle in a handle line ("techpriest's picture" → "techpriest").
pub fn handle_of(line: &str) -> Option<&str> {
    let t = line.trim();
    t.strip_suffix("'s picture")
        .or_else(|| t.strip_suffix("\u{2019}s picture"))
        .filter(|_| is_handle_line(line))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tails() {
        assert_eq!(tail_marker("37 Comments"), Some("reader comments"));
        assert_eq!(tail_marker("techpriest's picture"), Some("reader comments"));
        assert_eq!(
            tail_marker("Trending on Example Videos"),
            Some("page footer")
        );
        assert_eq!(tail_marker("More Opinion"), Some("page footer"));
        assert_eq!(tail_marker("More Entertainment"), Some("page footer"));
        assert_eq!(tail_marker("More teachers for schools"), None);
        assert_eq!(tail_marker("Start a Conversation"), Some("reader comments"));
        assert_eq!(tail_marker("More delays"), None);
        assert_eq!(tail_marker("More Harbour Cricket"), Some("page footer"));
        assert_eq!(tail_marker("More Local Politics"), Some("page footer"));
        assert_eq!(tail_marker("More Rain Expected Tonight Here"), None);
        assert_eq!(
            tail_marker("You're receiving this because you signed up for Harbour Notes."),
            Some("email footer")
        );
        assert_eq!(tail_marker("The discussion in Congress went on."), None);
        assert_eq!(
            tail_marker("Discussion about this post"),
            Some("reader comments")
        );
        assert_eq!(
            tail_marker("Comments on this article"),
            Some("reader comments")
        );
        assert_eq!(tail_marker("Discussion about this plan"), None);
    }

    #[test]
    fn press_release_ends_and_list_headings() {
        for end in ["ENDS", "\u{2013} ENDS \u{2013}", "-30-", "###", "END"] {
            assert_eq!(tail_marker(end), Some("press release footer"), "{end}");
        }
        assert_eq!(tail_marker("The end"), None);
        assert_eq!(tail_marker("Related Company Filings"), Some("page footer"));
        assert_eq!(tail_marker("Related risks grew"), None);
        assert_eq!(tail_marker("More in Science"), Some("page footer"));
        assert_eq!(tail_marker("MORE OBITUARIES"), Some("page footer"));
        assert_eq!(
            tail_marker("Comments have been disabled on this story."),
            Some("reader comments")
        );
        assert_eq!(tail_marker("Leave a condolence"), Some("reader comments"));
        assert_eq!(tail_marker("Mais lidas"), Some("page footer"));
    }
}
