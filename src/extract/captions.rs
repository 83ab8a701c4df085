//! Photo captions and credits as scrapers keep them: "… Federico Parra/Getty Images",
//! "(AP Photo/Ariana Cubillos)", "Photo: …", "Image credit: …". A caption describes a picture
//! that the text no longer shows, so it is never body.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind};

use super::cleanup::{Unit, word_count};

/// Openings of caption and credit lines.
#[rustfmt::skip]
const CAPTION_STARTS: &[&str] = &[
 "image source", "image caption", "media caption", "photo:", "photo by", "photograph:", "image:",
 "image credit", "photo credit", "credit:", "credit...", "credit\u{2026}", "pictured:", "caption:",
 "file photo", "file - ", "file \u{2013} ", "file \u{2014} ", "above:", "pictured above",
 "photographs by", "photograph by", "photography by", "illustration by", "illustrations by",
 "photos:", "photos by", "pictures:", "pictures by", "alt:", "alt text:",
];

/// Photo credits as they end captions.
#[rustfmt::skip]
const CAPTION_CREDITS: &[&str] = &[
 "getty images", "ap photo", "/ap", "/reuters", "reuters/", "/afp", "afp via", "afp photo", "/epa",
 "epa-efe", "shutterstock", "/bloomberg", "photo by", "photo courtesy", "courtesy of", "file photo",
 "photo:", "image:", "/ap images", "(photo", "photo credit", "image credit", "wikimedia", "/xinhua",
 "/anadolu", "/sipa", "via getty", "/flickr", "/istock", "istockphoto", "credit:", "/alamy",
 "photograph by", "photographs by",
];

/// Labels that close a caption with the photographer's name: "… PHOTO: ANN LEE",
/// "… Photograph: Ann Lee/Agency", "… Picture: Ann Lee".
const CREDIT_LABELS: &[&str] = &[
    "photo:",
    "photograph:",
    "picture:",
    "picture by",
    "photo |",
    "photo /",
    "image:",
    "credit:",
];

/// Credits a picture gets when no photographer is named: "Supplied", "Handout", alone on
/// their line or glued to the caption's full stop.
const CREDIT_WORDS: &[&str] = &[
    "supplied",
    "handout",
    "file",
    "file photo",
    "submitted",
    "submitted photo",
    "contributed",
    "contributed photo",
    "courtesy photo",
    "supplied photo",
];

/// "Workers at the plant in 2024.Handout", "Crews on the bridge.Ann Lee/Example Daily": a
/// caption whose credit the scraper glued to its last full stop, with no space. A sentence
/// glued to the next ("… it said.The company …") goes on in lowercase words; a credit is a
/// word of the credit list, or names written with capitals.
fn glued_credit(line: &str) -> bool {
    let line = line.trim_end();
    if line.len() > 300 || line.ends_with(['.', '!', '?', '"', '\u{201D}', ')']) {
        return false;
    }
    // The glue is a full stop between a lowercase letter or digit and a capital.
    let bytes = line.as_bytes();
    let Some(dot) = (1..bytes.len().saturating_sub(1)).rev().find(|&k| {
        bytes[k] == b'.'
            && (bytes[k - 1].is_ascii_lowercase() || bytes[k - 1].is_ascii_digit())
            && bytes[k + 1].is_ascii_uppercase()
    }) else {
        return false;
    };
    let (before, credit) = (&line[..dot], &line[dot + 1..]);
    let words: Vec<&str> = credit.split_whitespace().collect();
    let capitalised = words.iter().all(|w| {
        w.starts_with(|c: char| c.is_uppercase())
            || matches!(*w, "for" | "of" | "the" | "via" | "and" | "/")
    });
    let named = words.len() >= 2 || credit.contains('/');
    let credit_word = CREDIT_WORDS.contains(&credit.to_lowercase().as_str());
    // "… the St.Louis Cardinals": an abbreviation's full stop, not a sentence's.
    let last = before.rsplit(' ').next().unwrap_or("");
    (1..=6).contains(&words.len())
        && last.chars().count() >= 3
        && capitalised
        && (named || credit_word)
        && (3..=40).contains(&word_count(before))
        && !line.contains(['"', '\u{201C}'])
        && ![" said", " says", " told"].iter().any(|v| line.contains(v))
}

/// Photo captions and credits: "… Federico Parra/Getty Images", "(AP Photo/Ariana Cubillos)",
/// "Photo: …", "Image credit: …".
pub fn is_caption(line: &str) -> bool {
    if matches!(
        line.as_bytes().first(),
        Some(b'P' | b'p' | b'I' | b'i' | b'C' | b'c' | b'F' | b'f' | b'A' | b'a')
    ) {
        let head: String = line.chars().take(20).collect::<String>().to_lowercase();
        if CAPTION_STARTS.iter().any(|s| head.starts_with(s)) {
            return true;
        }
    }
    if line.ends_with(')') && trailing_credit(line) {
        return true;
    }
    if names_positions(line) || closing_credit(line) || glued_credit(line) {
        return true;
    }
    if line.len() <= 16 && CREDIT_WORDS.contains(&line.trim().to_lowercase().as_str()) {
        return true;
    }
    // Credits sit at the end: only the last 100 bytes are searched, and only when they hold
    // a character every credit in CAPTION_CREDITS has (a slash, "photo", "image", "getty"…).
    let mut tail_start = line.len().saturating_sub(100);
    while !line.is_char_boundary(tail_start) {
        tail_start += 1;
    }
    let raw_tail = &line[tail_start..];
    let hint = [
        "/",
        "hoto",
        "mage",
        "etty",
        "ourtesy",
        "redit",
        "hutterstock",
        "ikimedia",
        "EPA",
        "AFP",
        "PHOTO",
        "icture",
    ];
    if !hint.iter().any(|h| raw_tail.contains(h)) {
        return false;
    }
    let tail = raw_tail.to_lowercase();
    if credit_label_ends(&tail) {
        return true;
    }
    // "Words by Ann Lee | Photographs by Bo Diaz" credits the whole story: a byline.
    CAPTION_CREDITS.iter().any(|c| tail.contains(c))
        && word_count(line) <= 80
        && !line.contains(" said")
        && !super::byline::has_opener(line)
}

/// Whether a lowercased line ends with a credit label and one to five words of name after
/// it: the caption's own credit, so the line is a caption even when it quotes someone.
fn credit_label_ends(tail: &str) -> bool {
    CREDIT_LABELS.iter().any(|label| {
        tail.rfind(label).is_some_and(|at| {
            let name = tail[at + label.len()..].trim();
            (1..=5).contains(&word_count(name)) && !name.ends_with(['.', '"', '\u{201d}'])
        })
    })
}

/// "Photo: Ann Lee/Example Agency": a credit line and nothing else, which credits the line
/// above it.
pub fn is_bare_credit(line: &str) -> bool {
    let head: String = line.chars().take(20).collect::<String>().to_lowercase();
    word_count(line) <= 8
        && CAPTION_STARTS.iter().any(|s| head.starts_with(s))
        && !line.trim_end().ends_with('.')
}

/// "A dam under construction. (Example Power)", "(Foto: Ana Ruiz/Agencia Sur)": a short
/// description closed by a credit in parentheses, the credit's words all capitalised, after a
/// full stop or naming photographer and agency with a slash.
fn trailing_credit(line: &str) -> bool {
    let Some(open) = line.rfind('(') else {
        return false;
    };
    let (before, inner) = (line[..open].trim_end(), &line[open + 1..line.len() - 1]);
    // "(Ann Lee | Example Daily)": a bar between photographer and outlet, as a slash.
    let words: Vec<&str> = inner
        .split([' ', '/', '|'])
        .filter(|w| !w.is_empty())
        .collect();
    // "(Example Daily via AP, File)": names, and the words credits join them with.
    // "(Ann Lee / AP, 2024)": the year the picture was taken closes the credit.
    let year = |w: &str| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit());
    let credit_word = |w: &&str| {
        w.chars().next().is_some_and(char::is_uppercase)
            || year(w)
            || matches!(
                *w,
                "via" | "for" | "of" | "photo" | "photos" | "file" | "handout"
            )
    };
    let credit = (1..=8).contains(&words.len())
        && words.iter().all(credit_word)
        && (before.ends_with('.') || inner.contains(['/', '|']));
    credit
        && !before.is_empty()
        && word_count(line) <= 45
        && !line.contains(['"', '\u{201C}'])
        && ![" said", " says", " told"].iter().any(|v| line.contains(v))
}

/// Where a caption places the people in its picture: "Ann Lee, centre, at the signing".
const POSITIONS: &[&str] = &[
    ", centre,",
    ", center,",
    ", left,",
    ", right,",
    ", second left,",
    ", second right,",
    ", far left,",
    ", far right,",
    "(centre)",
    "(center)",
    "(left)",
    "(right)",
    "(second left)",
    "(second right)",
    "(far left)",
    "(far right)",
];

/// "Ann Lee, chair of the board, centre, at the signing on Tuesday.": a sentence that places
/// people in a picture, and quotes and reports nothing.
fn names_positions(line: &str) -> bool {
    static FINDER: OnceLock<AhoCorasick> = OnceLock::new();
    let positions = FINDER.get_or_init(|| {
        AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::DFA))
            .build(POSITIONS)
            .expect("valid position phrases")
    });
    line.len() < 300
        && positions.is_match(line)
        && word_count(line) <= 40
        && !line.contains(['"', '\u{201C}'])
        && ![" said", " says", " told"].iter().any(|v| line.contains(v))
}

/// "Workers on the site in May. © Example Mirror / Ann Lee", "A mother and her son at home.
/// Ann Lee for Example Daily": a description closed by a credit after its last full stop, a
/// copyright sign or a photographer working for the outlet.
fn closing_credit(line: &str) -> bool {
    // The credit is a few words at the end: only the line's last 100 bytes are searched, and
    // only when it does not end as sentences do.
    let line = line.trim_end();
    if line.ends_with(['.', '!', '?', '"', '\u{201D}', ')']) {
        return false;
    }
    let mut tail = line.len().saturating_sub(100);
    while !line.is_char_boundary(tail) {
        tail += 1;
    }
    let Some(at) = line[tail..].rfind(". ") else {
        return false;
    };
    let (before, credit) = (&line[..tail + at], &line[tail + at + 2..]);
    let words: Vec<&str> = credit.split_whitespace().collect();
    let capitalised = words.iter().all(|w| {
        w.starts_with(|c: char| c.is_uppercase() || !c.is_alphanumeric())
            || matches!(*w, "for" | "of" | "the" | "via" | "and")
    });
    let signed = credit.starts_with('\u{a9}') || words.contains(&"for");
    (2..=8).contains(&words.len())
        && capitalised
        && signed
        && !credit.ends_with(['.', '!', '?', '"', '\u{201D}'])
        && word_count(before) >= 4
        && word_count(line) <= 60
        && !line.contains(['"', '\u{201C}'])
        && ![" said", " says", " told"].iter().any(|v| line.contains(v))
}

/// "Photo: Ann Lee / Example Radio" over one line in a block of their own: the credit and the
/// caption it credits ("A crew repairs a burst main in March."), which is no paragraph.
pub fn drop_credited_lines(units: &mut [Unit], body_start: usize) {
    for i in body_start..units.len().saturating_sub(1) {
        let alone = i + 2 == units.len() || units[i + 2].blank_before;
        let caption = &units[i + 1];
        if units[i].blank_before
            && !caption.blank_before
            && alone
            && caption.kept()
            && is_bare_credit(&units[i].text)
            && word_count(&caption.text) <= 40
            && !caption.text.contains(['"', '\u{201C}'])
            && ![" said", " says", " told"]
                .iter()
                .any(|v| caption.text.contains(v))
        {
            units[i + 1].drop = Some("photo caption");
        }
    }
}

/// Reasons of the header's lines that a picture's caption follows: the byline and the date.
const ABOVE_PICTURE: &[&str] = &["byline", "dateline"];

/// Reasons of the buttons that may stand between the header and the picture.
const BESIDE_PICTURE: &[&str] = &[
    "share buttons",
    "page chrome",
    "advertisement",
    "navigation links",
];

/// The most words of a caption with no credit: a scene, not a lead paragraph.
const BARE_CAPTION_WORDS: usize = 16;

/// Captions scraped without their credit: under the byline, or between two paragraphs.
///
/// "By Ann Lee / 4 March 2025 / The riverside promenade at dusk / The council voted…": the
/// picture under the byline, scraped as its caption alone with no credit. A story opens with
/// its lead, a paragraph of reporting; a short line of one sentence between the byline or date
/// and that lead, saying nothing and quoting no one, describes the picture. A deck or
/// standfirst comes above the byline, and a live page's entry title under its entry's time,
/// so neither is taken.
pub fn drop_bare_captions(units: &mut [Unit], body_start: usize) {
    let Some(i) = (body_start..units.len()).find(|&i| units[i].kept()) else {
        return;
    };
    let header = units[..i]
        .iter()
        .rev()
        .find(|u| !u.drop.is_some_and(|r| BESIDE_PICTURE.contains(&r)));
    let under_byline = header.is_some_and(|u| u.drop.is_some_and(|r| ABOVE_PICTURE.contains(&r)));
    let lead = units[i + 1..].iter().find(|u| u.kept());
    let longer = lead.is_some_and(|l| l.reported() && l.text.len() > 2 * units[i].text.len());
    if under_byline && longer && is_bare_caption(&units[i].text) {
        units[i].drop = Some("photo caption");
    }
    drop_captions_between(units, i + 1);
}

/// The fewest words of a caption with no credit between two paragraphs: a subheading of the
/// story is shorter ("A long dispute", "From the lab to the shoreline").
const BETWEEN_CAPTION_WORDS: usize = 8;

/// "… the rail bridge. / Sandbags stacked outside a shop on Mill Street / The government …":
/// a picture's caption with no credit between two paragraphs of reporting, right after the
/// one and right before the other. A phrase of eight words or more that does not end as a
/// sentence does is neither paragraph nor subheading. A live page's entry title follows its
/// entry's time, not a paragraph, and is never taken.
fn drop_captions_between(units: &mut [Unit], from: usize) {
    for i in from.max(1)..units.len().saturating_sub(1) {
        let text = units[i].text.trim_end();
        let open_end = text.ends_with(|c: char| c.is_alphanumeric());
        if !units[i].kept()
            || !open_end
            || word_count(text) < BETWEEN_CAPTION_WORDS
            || !units[i - 1].reported()
            || !is_bare_caption(text)
        {
            continue;
        }
        if units[i + 1..]
            .iter()
            .find(|u| u.kept())
            .is_some_and(Unit::reported)
        {
            units[i].drop = Some("photo caption");
        }
    }
}

/// One short sentence or phrase that says, asks and quotes nothing: no attribution, no
/// quotation marks, no first or second person, no colon or dash of a dateline or label.
fn is_bare_caption(text: &str) -> bool {
    let t = text.trim();
    let words = word_count(t);
    let body = t.strip_suffix('.').unwrap_or(t);
    (1..=BARE_CAPTION_WORDS).contains(&words)
        && !body.contains([
            '.', '!', '?', ':', ';', '"', '\u{201C}', '\u{201D}', '\u{2014}', '\u{2013}', '(',
            '\u{2022}',
        ])
        && !body.contains(" - ")
        && !t.starts_with(['-', '*', '\''])
        && t.starts_with(|c: char| c.is_uppercase())
        && !t.split_whitespace().any(|w| {
            matches!(
                w.trim_matches(|c: char| !c.is_alphanumeric()),
                "said" | "says" | "told" | "I" | "we" | "We" | "you" | "You" | "my" | "our" | "Our"
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credits_in_parentheses() {
        assert!(is_caption(
            "A dam under construction near the river, in an artist's drawing. (Example Power)"
        ));
        assert!(is_caption(
            "Fans cheer at the stadium. (Foto: Ana Ruiz/Agencia Sur)"
        ));
        assert!(!is_caption(
            "The plan, he said, was approved. (Example Power)"
        ));
        assert!(is_caption(
            "Crews at the site on Monday. (Example Daily via AP, File)"
        ));
        assert!(is_caption("Credit...Ann Lee for Example Daily"));
        assert!(is_caption(
            "FILE - Crews at the site on Monday, May 6, 2024."
        ));
        assert!(!is_caption(
            "The National Assembly approved the plan (NA) on Monday."
        ));
        assert!(is_caption(
            "The board said the bank was shut. PHOTO: EXAMPLE FILE"
        ));
        assert!(is_caption("Students march in the capital. PHOTO | ANN LEE"));
        assert!(is_caption(
            "Smoke over the village on Saturday. Picture: Bo Diaz"
        ));
        assert!(!is_caption("He said the picture: grim, and getting worse."));
        assert!(is_caption(
            "Ann Lee with her prize-winning quilt at the show. Picture by Bo Diaz"
        ));
        assert!(is_caption(
            "FLOODED. Farmers wade through a field on Monday. EXAMPLE HERALD PHOTO / BO DIAZ"
        ));
        assert!(is_caption(
            "A judge hears the case in the capital. (Ann Lee / Example Wire, 2023)"
        ));
    }

    #[test]
    fn credits_glued_to_the_caption_or_alone() {
        assert!(is_caption("Workers at the depot in 2024.Handout"));
        assert!(is_caption(
            "Crews clear the harbour road on Monday.Ann Lee/Example Daily"
        ));
        assert!(is_caption("Ann Lee at home in Portside.Bo Diaz"));
        assert!(is_caption("Supplied"));
        // A sentence glued to the next goes on in lowercase; an abbreviation is no full stop.
        assert!(!is_caption("The board met on Monday.The vote was close"));
        assert!(!is_caption("Fans travelled to see the St.Louis Cardinals"));
        assert!(!is_caption("\"We are ready,\" she said.Ann Lee"));
    }

    #[test]
    fn captions_by_position_or_closing_credit() {
        assert!(is_caption(
            "Ann Lee, head of the port authority, centre, at the opening on Monday."
        ));
        assert!(!is_caption(
            "The ministers, left, said the talks would resume on Monday."
        ));
        assert!(is_caption(
            "Fishermen mend nets on the quay in June. \u{a9} Example Mirror / Bo Diaz"
        ));
        assert!(is_caption(
            "A nurse checks a patient at the clinic. Bo Diaz for Example Daily"
        ));
        assert!(!is_caption(
            "The clinic will close in May. Patients will travel to Lakeside for care."
        ));
        assert!(is_caption("Alt: A fisherman mends his nets."));
        assert!(is_caption(
            "Farmers unload sacks of rice at the depot on Monday. (Example Ngayon photo)"
        ));
    }
}
