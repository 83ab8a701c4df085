//! Short lines of a page's own controls and counters, which no article says: buttons and
//! labels ("Skip to main content", "Load earlier updates"), players ("Listen to this article",
//! "1x 1.25x 1.5x", "2:41"), time stamps with no date ("Updated 2 hours ago"), slideshow
//! positions, and counters of views, replies and reactions. `cleanup` asks these of each line
//! already folded by its `norm`.

use super::cleanup::word_count;

/// A control's label that every page has: "Skip to main content", "Menu", "Search", an
/// edition switch.
pub(super) fn is_chrome(n: &str) -> bool {
    matches!(
        n,
        "skip to content"
            | "skip to main content"
            | "menu"
            | "search"
            | "home"
            | "loading"
            | "close"
            | "close x"
            | "x close"
            | "previous"
            | "next"
            | "previous article"
            | "next article"
            | "back to top"
            | "print this article"
            | "gift this article"
            | "save this article"
            | "save article"
            | "save for later"
            | "reuse this content"
            | "ad feedback"
            | "explore more on these topics"
            | "email the author"
            | "listen now"
            | "hot topics"
            | "close menu"
            | "open menu"
            | "search for"
            | "advertise with us"
            | "terms of use"
            | "terms of service"
            | "privacy policy"
            | "contact us"
            | "about us"
            | "follow the topics in this article"
            | "listen to article"
            | "listen to this article"
            | "click here"
            | "follow us"
            | "image"
            | "photo"
            | "video"
            | "reply"
            | "report"
            | "like"
            | "flag"
            | "permalink"
            | "upvote"
            | "downvote"
            | "report abuse"
            | "log in to reply"
            | "login to reply"
            | "log in"
            | "login"
            | "sign in"
            | "register"
            | "more"
            | "show more"
            | "load more"
            | "expand"
            | "collapse"
            | "top"
            | "tags"
            | "topics"
            | "categories"
            | "opinion"
            | "analysis"
            | "like this"
            | "like loading"
            | "related"
            | "live feed"
            | "learn more"
            | "find out more"
            | "story continues"
            | "report a typo"
            | "report an error"
            | "report a correction"
            | "loading video"
            | "now playing"
            | "cc"
            | "aa"
            | "view gallery"
            | "embedded post"
            | "pinned"
            | "pinned post"
            | "print subscriptions"
            | "search jobs"
            | "support us"
            | "premium"
            | "bookmark"
            | "gift article"
            | "open this photo in gallery"
            // A live page's labels over an entry ("Key event", "Pinned"), and an interview's
            // speaker labels alone on their line.
            | "key event"
            | "key events"
            | "breaking"
            | "breaking news"
            | "q"
            | "a"
            // Players and their transcripts.
            | "transcript"
            | "show transcript"
            | "hide transcript"
            | "view transcript"
            | "read transcript"
            | "read the transcript"
            | "read the full transcript"
            | "expand transcript"
            | "play video"
            | "watch video"
            // Picture and reading-list buttons.
            | "enlarge this image"
            | "toggle caption"
            | "hide caption"
            | "show caption"
            | "expand image"
            | "open in app"
            | "open in the app"
            | "save to reading list"
            | "add to reading list"
            | "link copied"
            | "link copied to clipboard"
            | "top of page"
            | "restack"
            | "paid partnership"
            // An institution's page foot.
            | "accessibility statement"
            | "report a problem with this page"
    ) || (n.starts_with("skip to ") && word_count(n) <= 4)
        || (n.ends_with(" edition") && word_count(n) == 2)
        // "More by Ann Lee", "View all posts by Ann Lee": links to the author's page.
        || n.starts_with("more by ")
        || n.starts_with("view all posts by ")
        || n.starts_with("sort by")
        || n.ends_with(" min read")
        || n.starts_with("loading comments")
        || n.starts_with("continue reading the main story")
        || n.ends_with(" minute read")
        || n.starts_with("reading time")
        || n.starts_with("tags:")
        || n.starts_with("filed under")
        || n.starts_with("categories:")
        || n.starts_with("posted in ")
        || n.starts_with("follow us on")
        || n.starts_with("like us on")
        || n.starts_with("follow @")
        || n.starts_with("font size")
        || n.starts_with("text size")
        // "Was this page helpful? Yes No", "Last reviewed: 3 March 2025": a council's or
        // university's page foot.
        || n.starts_with("was this page helpful")
        || n.starts_with("was this article helpful")
        || n.starts_with("last reviewed")
        || n.starts_with("page last updated")
        || n.starts_with("page last reviewed")
        || (n.starts_with("duration ") && n.contains(|c: char| c.is_ascii_digit()))
        || n.chars().all(|c| c.is_ascii_digit() || c == ' ')
        || is_duration(n)
        || is_count_row(n)
        || is_speed_row(n)
        || is_view_count(n)
        || is_icon_counters(n)
        || is_comments_button(n)
}

/// "♡ 142 💬 37 ↻ Share": counters drawn with icons, under a post or a comment.
fn is_icon_counters(n: &str) -> bool {
    let (mut counts, mut icons) = (0, 0);
    let all = n.split_whitespace().all(|t| {
        if is_count(t) {
            counts += 1;
        } else if !t.is_ascii() && !t.contains(char::is_alphanumeric) {
            // Icons are drawn with symbols: a slash or a bar is a gallery's or a menu's.
            icons += 1;
        } else {
            return matches!(
                t,
                "share" | "reply" | "comment" | "like" | "restack" | "save"
            );
        }
        true
    });
    all && counts >= 1 && icons >= 1
}

/// "READ 127 COMMENTS", "View 12 comments": the button that opens the comment thread.
fn is_comments_button(n: &str) -> bool {
    ["read ", "view ", "see ", "show ", "load "]
        .iter()
        .any(|verb| {
            n.strip_prefix(verb)
                .is_some_and(|rest| is_count_line(rest, &["comments", "comment", "replies"]))
        })
}

/// "Load earlier updates", "Refresh for new updates | Auto-refresh ON": a live page's buttons.
pub(super) fn is_live_control(n: &str) -> bool {
    n.contains("auto-refresh")
        || [
            "load earlier",
            "load more updates",
            "show earlier",
            "load newer",
            "show newer",
        ]
        .iter()
        .any(|p| n.starts_with(p))
}

/// "Last updated 6:12 PM", "Updated: 14:05 GMT": a live page's time stamp without a date.
pub(super) fn is_update_time(n: &str) -> bool {
    let Some(rest) = n
        .strip_prefix("last updated")
        .or_else(|| n.strip_prefix("updated"))
    else {
        return false;
    };
    // "Updated at 17.58 GMT": a live page's entry, its clock written with a dot.
    let rest = rest.trim_start_matches([':', ' ']);
    let mut words = rest.strip_prefix("at ").unwrap_or(rest).split_whitespace();
    words.next().is_some_and(is_clock) && words.count() <= 2
}

/// "6:12", "17.58", "3.05pm": a time of day.
pub(super) fn is_clock(w: &str) -> bool {
    w.split_once([':', '.']).is_some_and(|(h, m)| {
        (1..=2).contains(&h.len())
            && h.chars().all(|c| c.is_ascii_digit())
            && m.chars().take(2).filter(char::is_ascii_digit).count() == 2
    })
}

/// "1x  1.25x  1.5x": an audio player's playback speeds.
fn is_speed_row(n: &str) -> bool {
    n.split_whitespace().all(|w| {
        w.strip_suffix('x').is_some_and(|num| {
            !num.is_empty() && num.chars().all(|c| c.is_ascii_digit() || c == '.')
        })
    })
}

/// "Hits: 1,486", "Views: 3,412": a page's visit counter.
fn is_view_count(n: &str) -> bool {
    n.split_once(": ").is_some_and(|(label, count)| {
        matches!(label, "hits" | "views" | "reads" | "page views")
            && count.chars().all(|c| c.is_ascii_digit() || c == ',')
    })
}

/// "Listen to this article", "Listen to this story · 5 min", "Listen · 6:12": an audio player's
/// button.
pub(super) fn is_audio_player(n: &str) -> bool {
    n.starts_with("listen to this")
        || n.strip_prefix("listen").is_some_and(|rest| {
            // "Listen duration 3′ 41″": the player's running time.
            let rest = rest.trim_start().strip_prefix("duration").unwrap_or(rest);
            rest.split_whitespace()
                .all(|w| !w.chars().any(char::is_alphabetic) || w.starts_with("min"))
        })
}

/// "Updated 2 hours ago", "3 days ago": a page's relative time stamp, which says nothing
/// about the date and nothing to the reader of an archive.
pub(super) fn is_relative_time(n: &str) -> bool {
    let Some(rest) = n.strip_suffix(" ago") else {
        return false;
    };
    let mut words = rest.split_whitespace().rev();
    let (Some(unit), Some(count)) = (words.next(), words.next()) else {
        return false;
    };
    let unit = unit.trim_end_matches('s');
    matches!(
        unit,
        "second" | "minute" | "min" | "hour" | "hr" | "day" | "week" | "month" | "year"
    ) && (count.chars().all(|c| c.is_ascii_digit()) || matches!(count, "a" | "an"))
}

/// "1 / 8", "Photo gallery: 1 of 6", "Image 3 of 12": a slideshow's position.
pub(super) fn is_gallery_counter(n: &str) -> bool {
    let rest = n.trim_start_matches(|c: char| c.is_alphabetic() || c == ' ' || c == ':');
    let label = &n[..n.len() - rest.len()];
    let label_ok = label.split([' ', ':']).filter(|w| !w.is_empty()).all(|w| {
        matches!(
            w,
            "photo" | "photos" | "gallery" | "image" | "images" | "picture" | "slide"
        )
    });
    let parts: Vec<&str> = rest.split_whitespace().collect();
    let number = |w: &str| !w.is_empty() && w.len() <= 3 && w.chars().all(|c| c.is_ascii_digit());
    label_ok && matches!(parts[..], [a, "/" | "of", b] if number(a) && number(b))
}

/// Labels and buttons of a media player's bar.
pub(super) const PLAYER_CELLS: &[&str] =
    &["video", "play", "watch", "audio", "listen", "now playing"];

/// "VIDEO  4:12  ▶ Play  Highlights: Day 3": a player's bar in one row, its cells split by
/// wide spaces, a running time and a player's label or button among them.
pub(super) fn is_player_row(n: &str) -> bool {
    if !n.contains("  ") {
        return false;
    }
    let cells = n
        .split("  ")
        .map(|c| c.trim().trim_start_matches(|c: char| !c.is_alphanumeric()))
        .filter(|c| !c.is_empty());
    let (mut timed, mut labelled, mut count) = (false, false, 0);
    for cell in cells {
        timed |= is_duration(cell);
        labelled |= PLAYER_CELLS.contains(&cell);
        count += 1;
    }
    count >= 3 && timed && labelled
}

/// "2:41", "1:02:30": a video's running time left by the player.
pub(super) fn is_duration(n: &str) -> bool {
    n.len() <= 8 && n.contains(':') && n.chars().all(|c| c.is_ascii_digit() || c == ':')
}

/// Nouns of the reaction counters under a post or a comment.
#[rustfmt::skip]
pub(super) const REACTION_NOUNS: &[&str] = &[
    "likes", "like", "replies", "reply", "points", "votes", "shares", "views", "restacks",
    "restack", "reposts", "repost", "reactions", "claps", "retweets", "retweet", "comments",
    "quotes", "bookmarks", "hearts",
];

/// "3 likes", "214 Likes · 9 Restacks": a row of reaction counters.
fn is_count_row(n: &str) -> bool {
    n.split(['\u{b7}', '|', '\u{2022}'])
        .all(|part| is_count_line(part.trim(), REACTION_NOUNS))
}

/// "12 replies", "3 likes".
pub(super) fn is_count_line(n: &str, nouns: &[&str]) -> bool {
    count_pairs(n, nouns) == Some(1)
}

/// How many counters (a count and one of `nouns`) the folded `n` is made of, if it is made of
/// nothing else: "412 likes 96 reposts" → 2.
pub(super) fn count_pairs(n: &str, nouns: &[&str]) -> Option<usize> {
    // Most lines asked are short labels: the words are read once, with no list built.
    let mut words = n.split_whitespace();
    let mut pairs = 0;
    while let Some(count) = words.next() {
        let noun = words.next()?;
        if !is_count(count) || !nouns.contains(&noun) {
            return None;
        }
        pairs += 1;
    }
    (pairs > 0).then_some(pairs)
}

/// "412", "1,204", "1.2k": a counter's figure.
pub(super) fn is_count(t: &str) -> bool {
    let t = t.trim_end_matches(['k', 'm']);
    !t.is_empty()
        && t.chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
}
