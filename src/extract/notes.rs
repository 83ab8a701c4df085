//! Notes about the article rather than the article: disclaimers, reporting and contributor
//! credits, follow prompts, calls to action, contact and tip lines, syndication and print
//! notes, tag lists. Lines are given folded by `cleanup::norm`.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind};

use super::cleanup::word_count;

/// Notes about the article rather than the article: disclaimers, reporting credits, follow
/// prompts, calls to action, syndication notes.
pub fn credit_or_note(n: &str, words: usize) -> Option<&'static str> {
    // "Tags :   Courts   Harbour": a label spaced from its colon.
    let spaced;
    let n = if n.contains(" :") {
        spaced = n.replacen(" :", ":", 1);
        &spaced
    } else {
        n
    };
    if is_disclaimer(n) {
        return Some("contributor disclaimer");
    }
    let hits = within_hits(n);
    if let Some(reason) = known(CREDITS, hits[0], n, words) {
        return Some(reason);
    }
    if words <= 16 && is_station_prompt(n) {
        return Some("call to action");
    }
    if words <= 25 && is_follow_prompt(n) {
        return Some("follow prompt");
    }
    if words <= 20 && (is_app_prompt(n) || is_offer(n)) {
        return Some("call to action");
    }
    if words <= 10 && is_page_notice(n) {
        return Some("page chrome");
    }
    if words <= 24 && is_filing_note(n) {
        return Some("contributor note");
    }
    if words <= 40 && is_signed_bio(n) {
        return Some("author bio");
    }
    if let Some(reason) = known(OPENINGS, hits[1], n, words) {
        return Some(reason);
    }
    if words == 1 && is_domain(n) {
        // "examplesentinel.com" alone under the byline: the site, not a paragraph.
        return Some("source credit");
    }
    if words == 2 && is_page_foot(n) {
        return Some("page number");
    }
    // "By Ann Lee | ann@example.com" is a byline that gives an address, not a contact note.
    if words <= 25 && is_contact_note(n) && !super::byline::has_opener(n) {
        return Some("contact note");
    }
    if words <= 12 && n.ends_with("trust principles") {
        return Some("editorial standards");
    }
    known(SYNDICATION, hits[2], n, words)
}

/// "Harbour Expo 2024 \u{b7} Portside \u{b7} 3\u{2013}5 May \u{2014} Register now": an event's or
/// offer's banner, its button after a dash or bar at the end of the line.
pub fn is_promo_banner(n: &str, words: usize) -> bool {
    words <= 25
        && super::boxes::PROMO_BUTTONS.iter().any(|b| {
            n.strip_suffix(b).is_some_and(|head| {
                head.trim_end()
                    .ends_with(['\u{2014}', '\u{2013}', '-', '|', '\u{b7}', '\u{2022}'])
            })
        })
}

/// "Download the Example 11 app for breaking news alerts", "Get our app": the outlet asking
/// readers to install its app.
fn is_app_prompt(n: &str) -> bool {
    ["download ", "get ", "install "]
        .iter()
        .any(|o| n.starts_with(o))
        // "Download the Example 4 First Alert Weather app": the app's name runs long.
        && n.split_whitespace()
            .take(10)
            .any(|w| matches!(w, "app" | "apps"))
        && ![" said", " says", " told "].iter().any(|v| n.contains(v))
}

/// "Support local journalism. Subscribe from just $1 a week.": a sentence of the line that
/// asks the reader to subscribe and names the price.
fn is_offer(n: &str) -> bool {
    n.split(". ").any(|sentence| {
        sentence.starts_with("subscribe ")
            && sentence.contains(['$', '\u{a3}', '\u{20ac}'])
            && sentence.contains(|c: char| c.is_ascii_digit())
    })
}

/// "Lee, an energy economist, writes on Sundays. Follow her on X @leewrites.": a contributor's
/// bio closed by where to follow the contributor.
fn is_signed_bio(n: &str) -> bool {
    let Some((bio, follow)) = n.rsplit_once(". follow ") else {
        return false;
    };
    let person = ["him ", "her ", "them ", "me "]
        .iter()
        .any(|p| follow.starts_with(p));
    person && !bio.contains(['"', '\u{201c}']) && PLATFORMS.iter().any(|p| follow.contains(p))
}

/// "This article is more than 2 years old", "Something went wrong. Please try again.": the
/// page's notices to its reader.
fn is_page_notice(n: &str) -> bool {
    (n.starts_with("this article is more than") && n.ends_with(" old"))
        || n.starts_with("something went wrong")
}

/// "This content is for informational purposes only and does not constitute investment
/// advice": a market page's note under its figures, unless a story reports someone saying so.
fn is_market_disclaimer(n: &str) -> bool {
    [
        "not constitute investment advice",
        "not constitute financial advice",
        "for informational purposes only",
    ]
    .iter()
    .any(|p| n.contains(p))
        && ![" said", " says"].iter().any(|v| n.contains(v))
}

/// "Ann Lee reported from Lakeside. Bo Diaz reported from the capital.": where each reporter
/// filed from, a name and a place a sentence.
fn is_filing_note(n: &str) -> bool {
    n.trim_end_matches('.').split(". ").all(|sentence| {
        sentence
            .split_once(" reported from ")
            .is_some_and(|(name, place)| {
                (1..=5).contains(&word_count(name)) && (1..=4).contains(&word_count(place))
            })
    })
}

/// Where readers are asked to follow or join the outlet.
#[rustfmt::skip]
const PLATFORMS: &[&str] = &[
    "twitter", "@", "facebook", "instagram", "whatsapp", "telegram", "youtube", "tiktok",
    "linkedin", "google news", "threads", "bluesky",
];

/// Where an outlet's programmes and live coverage go out.
const CHANNELS: &[&str] = &[
    " radio",
    " fm",
    "podcast",
    "youtube",
    "channel",
    "live coverage",
    "live blog",
    "live updates",
    "on air",
];

/// "Listen to Example FM for travel news every half hour", "Watch the full interview on our
/// YouTube channel", "Follow our live coverage here": the outlet sending readers to its
/// station, channel or live page. A story's sentence reports who said so.
fn is_station_prompt(n: &str) -> bool {
    [
        "listen to ",
        "listen live",
        "tune in to ",
        "watch ",
        "follow our ",
    ]
    .iter()
    .any(|o| n.starts_with(o))
        && CHANNELS.iter().any(|c| n.contains(c))
        && ![" said", " says", " told"].iter().any(|v| n.contains(v))
}

/// "Follow us on Instagram", "Join the Example Daily WhatsApp channel for breaking news": the
/// outlet asking readers to follow it somewhere.
fn is_follow_prompt(n: &str) -> bool {
    let asks = ["follow ", "join "].iter().any(|o| n.starts_with(o))
        || n.contains("here to follow")
        || n.contains("follow us on");
    asks && PLATFORMS.iter().any(|p| n.contains(p))
}

/// A kind of short note: lines of at most `most` words that open with one of `opens` or hold
/// one of `within` anywhere.
struct Note {
    most: usize,
    opens: &'static [&'static str],
    within: &'static [&'static str],
    reason: &'static str,
}

/// Credits of the reporting, checked first.
const CREDITS: &[Note] = &[
    Note {
        most: 40,
        opens: &[
            "with inputs from",
            "additional reporting by",
            "reporting by",
            "editing by",
            "writing by",
            "with files from",
        ],
        within: &["contributed to this report", "contributed reporting"],
        reason: "contributor note",
    },
    Note {
        // "Edited by Ann Lee" under the story: a credit line, a name and nothing more.
        most: 6,
        opens: &[
            "edited by",
            "copy edited by",
            "fact-checked by",
            "fact checked by",
        ],
        within: &[],
        reason: "contributor note",
    },
];

/// Short notes known by how they open.
const OPENINGS: &[Note] = &[
    Note {
        most: 20,
        opens: &[
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
            "get breaking news",
            "support local journalism",
            "support independent journalism",
            "send us your",
        ],
        within: &[],
        reason: "call to action",
    },
    // "If you value it, please consider making a donation", "We can't do this without you":
    // a reader-funded site's appeal under the story.
    Note {
        most: 50,
        opens: &[
            "we can't do this without you",
            "if you value",
            "if you enjoy",
            "if you enjoyed",
            "if you appreciate",
            "our journalism is free",
        ],
        within: &[
            "consider making a donation",
            "please consider supporting",
            "please consider donating",
            "readers like you",
            "buy me a coffee",
            "on patreon",
        ],
        reason: "donation appeal",
    },
    // "Do you have an opinion on the issues raised in this article? … submit a response":
    // the page asking for letters, notices or tips.
    Note {
        most: 50,
        opens: &[
            "do you have an opinion",
            "do you have a notice",
            "do you have a story",
            "got a story",
            "have a story",
        ],
        within: &[],
        reason: "call to action",
    },
    // "The audio version of this article is generated by text-to-speech": the player's note.
    Note {
        most: 30,
        opens: &["the audio version of this"],
        within: &["generated by text-to-speech"],
        reason: "page chrome",
    },
    Note {
        most: 40,
        opens: &[],
        within: &["gamble responsibly", "gambling help", "problem gambling"],
        reason: "gambling notice",
    },
    Note {
        most: 40,
        opens: &[
            "published in the print edition",
            "this story appears in",
            "this article appears in",
            "this story appeared in",
            "this article appeared in",
        ],
        within: &["in the print edition on", "buy the print issue"],
        reason: "print note",
    },
    Note {
        most: 40,
        opens: &["that's all for this", "that's all from me"],
        within: &[],
        reason: "newsletter sign-off",
    },
    Note {
        most: 25,
        opens: &[
            "this article is part of",
            "this story is part of",
            "this piece is part of",
        ],
        within: &[],
        reason: "series note",
    },
    Note {
        most: 40,
        opens: &[],
        within: &[
            "nonprofit newsroom",
            "non-profit newsroom",
            "independent newsroom",
            "nonprofit news organization",
            "does not imply endorsement",
            "is a media release",
        ],
        reason: "outlet note",
    },
    Note {
        most: 16,
        opens: &["issued by"],
        within: &[],
        reason: "press release footer",
    },
    // "Catch all the business news … on Example Daily. Download the app …": a site's
    // closing pitch runs long.
    Note {
        most: 45,
        opens: &["catch all the", "catch the latest"],
        within: &[],
        reason: "call to action",
    },
    Note {
        most: 25,
        opens: &[
            "this story has been updated",
            "this article has been updated",
        ],
        // An interview's note on how it was transcribed.
        within: &[
            "edited and condensed",
            "condensed and edited",
            "edited for length",
            "edited for clarity",
        ],
        reason: "editor's note",
    },
    // "Correction: April 11, 2026" labels the correction under it; the correction itself
    // ("Correction: An earlier version of this story misstated …") tells the reader what the
    // story got wrong, and is part of it.
    Note {
        most: 5,
        opens: &["correction:", "correction ", "corrections:"],
        within: &[],
        reason: "editor's note",
    },
    Note {
        most: 80,
        opens: &["reference:", "references:"],
        within: &[],
        reason: "references",
    },
    Note {
        most: 12,
        opens: &["source:", "sources:"],
        within: &[],
        reason: "source credit",
    },
    Note {
        most: 12,
        opens: &["our standards"],
        within: &[],
        reason: "editorial standards",
    },
    Note {
        most: 40,
        opens: &["filed under", "tagged:", "tags:", "topics:"],
        within: &[],
        reason: "tag list",
    },
];

/// Where the article was published first, checked last.
const SYNDICATION: &[Note] = &[Note {
    most: 40,
    opens: &[
        "this article originally appeared",
        "this story originally appeared",
        "this article was originally published",
        "this story was originally published",
        "this article was first published",
        "this story was first published",
        "a version of this",
        "this report by",
        "originally published at",
        "originally published on",
    ],
    // "The post Harbour wall rebuilt appeared first on Example Daily.": a blog feed's footer.
    within: &[
        "was first published",
        "produced in partnership with",
        "appeared first on",
    ],
    reason: "syndication note",
}];

/// The reason of the first of `notes` that a line of `words` words matches; `within` has a
/// bit set for each note whose inner phrases the line holds.
fn known(notes: &[Note], within: u64, n: &str, words: usize) -> Option<&'static str> {
    notes
        .iter()
        .enumerate()
        .find(|(k, note)| {
            words <= note.most
                && (within & (1 << k) != 0 || note.opens.iter().any(|p| n.starts_with(p)))
        })
        .map(|(_, note)| note.reason)
}

/// The note tables, in the order `credit_or_note` asks them.
const TABLES: [&[Note]; 3] = [CREDITS, OPENINGS, SYNDICATION];

/// For each of `TABLES`, one bit per note whose inner phrases the line holds: every note's
/// phrases are found in one automaton pass rather than a search each.
fn within_hits(n: &str) -> [u64; 3] {
    static FINDER: OnceLock<(AhoCorasick, Vec<(usize, usize)>)> = OnceLock::new();
    let (ac, owners) = FINDER.get_or_init(|| {
        let mut phrases = Vec::new();
        let mut owners = Vec::new();
        for (t, table) in TABLES.iter().enumerate() {
            for (k, note) in table.iter().enumerate() {
                for p in note.within {
                    phrases.push(*p);
                    owners.push((t, k));
                }
            }
        }
        let ac = AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::DFA))
            .build(phrases)
            .expect("valid note phrases");
        (ac, owners)
    });
    let mut hits = [0u64; 3];
    // Notes' phrases do not overlap: the plain search finds each that is there.
    for m in ac.find_iter(n) {
        let (t, k) = owners[m.pattern().as_usize()];
        hits[t] |= 1 << k;
    }
    hits
}

/// "examplecourier.com.mt      5": a printed page's foot, the site's address and the page.
fn is_page_foot(n: &str) -> bool {
    n.split_once(char::is_whitespace)
        .is_some_and(|(site, page)| {
            let page = page.trim();
            is_domain(site) && page.len() <= 3 && page.chars().all(|c| c.is_ascii_digit())
        })
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
            "have a confidential tip",
            "got a tip",
            "got a news tip",
            "emergency helpline",
            "helpline:",
            "hotline:",
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
        || is_market_disclaimer(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn note(line: &str) -> Option<&'static str> {
        let n = super::super::cleanup::norm(line);
        credit_or_note(&n, crate::text::word_count(&n))
    }

    #[test]
    fn credits_offers_and_signed_bios() {
        assert_eq!(note("Edited by Bo Diaz"), Some("contributor note"));
        assert_eq!(
            note("Ann Lee reported from Lakeside. Bo Diaz reported from the capital."),
            Some("contributor note")
        );
        assert_eq!(
            note("The agency reported from the scene that nine people had died."),
            None
        );
        assert_eq!(note("Edited by hand, the tapes ran for hours."), None);
        assert_eq!(
            note("Local news matters. Subscribe from just $2 a week."),
            Some("call to action")
        );
        assert_eq!(
            note("Customers who subscribe for $5 a month get the faster line, it said."),
            None
        );
        assert_eq!(
            note("Download the Harbour 9 Storm Tracker Weather app for alerts."),
            Some("call to action")
        );
        assert_eq!(
            note(
                "Lee, a water engineer, writes every second week. Follow him on Bluesky @leewater."
            ),
            Some("author bio")
        );
        assert_eq!(
            note("Quotes are delayed. This page is for informational purposes only."),
            Some("contributor disclaimer")
        );
    }
}
