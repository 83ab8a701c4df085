//! Splitting a paragraph into word tokens for the name finder: each word with its position, a
//! folded key for matching, and the punctuation facts that decide where a name may start or end
//! (sentence starts, commas, possessives, parentheses, quotes).

use std::borrow::Cow;

use crate::text::fold_char;

/// Abbreviations whose final dot does not end a sentence (keys, without the dot).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sgt", "gen", "sen", "rep", "gov", "lt", "col", "capt", "maj", "adm",
    "st", "jr", "sr", "prof", "rev", "brig", "cpl", "pvt", "cmdr", "mt", "ft", "no", "vs", "inc",
    "corp", "co", "ltd", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "est", "ave", "dept",
    "engr", "atty", "hon", "adv", "fr", "ma",
];

/// Words written after a name with a hyphen that are not part of it ("Bengaluru-based").
const COMPOUND_SUFFIXES: &[&str] = &[
    "based",
    "born",
    "headquartered",
    "backed",
    "led",
    "owned",
    "run",
    "listed",
    "funded",
    "allied",
    "aligned",
    "style",
    "bound",
    "area",
];

/// One word of a paragraph.
#[derive(Debug, Clone)]
pub struct Token<'a> {
    /// The word without surrounding punctuation; abbreviation dots kept ("U.S.", "Sgt.").
    pub text: &'a str,
    /// Folded key: lowercase ASCII letters and digits only ("U.S." → `us`). Borrowed from the
    /// text when the word already is its own key, as most words are.
    pub key: Cow<'a, str>,
    /// Starts with an uppercase letter.
    pub cap: bool,
    /// First word of a sentence (or of the paragraph).
    pub sentence_start: bool,
    /// Punctuation right after the word ends any name running through it.
    pub break_after: bool,
    /// A comma right after the word, as between the items of a list.
    pub comma: bool,
    /// Written with a possessive ending ("Maduro's"), removed from `text`.
    pub possessive: bool,
    /// That ending as written ("'s", "’"), for names that keep it ("Queen's University").
    pub ending: &'a str,
    /// The word was written in parentheses, like an acronym after a name: "(AP)".
    pub parenthesised: bool,
    /// Opening quote or parenthesis right before the word.
    pub opens: bool,
    /// Not a word a name can contain: hashtags, handles, links, bare numbers.
    pub skip: bool,
    /// The lowercase word joined by a hyphen after a name, removed from `text`:
    /// "Bengaluru-based" → `based`, "Kremlin-backed" → `backed`.
    pub compound: &'a str,
    /// Written after a party letter and a hyphen, as US politicians' home towns and states are
    /// ("R-Lima", "D-Calif."): the word is a place, and the letter is removed from `text`.
    pub party_place: bool,
    /// Inside a known place's name in the gazetteer, whether or not that match stands
    /// ("Canada" in "Surveys Canada"); set by the name finder.
    pub place: bool,
    /// Inside a well-known place's name (a country, a capital), not only a town's or region's.
    pub major_place: bool,
}

impl Token<'_> {
    /// Every letter is uppercase and there are at least two: "AP", "NATO", "U.N.".
    pub fn is_acronym(&self) -> bool {
        let letters = self.text.chars().filter(|c| c.is_alphabetic()).count();
        letters >= 2
            && self
                .text
                .chars()
                .all(|c| !c.is_lowercase() && !c.is_ascii_digit())
    }
}

/// Splits `para` into tokens.
pub fn tokenize(para: &str) -> Vec<Token<'_>> {
    let mut out: Vec<Token> = Vec::with_capacity(para.len() / 5);
    let mut sentence_start = true;
    for piece in pieces(para) {
        if let Some(tok) = plain_word(piece, sentence_start) {
            out.push(tok);
            sentence_start = false;
            continue;
        }
        let Some(mut tok) = token(piece, sentence_start) else {
            // A dash between words ("JAKARTA — Oil palm…") ends any name before it; after a
            // dateline in capitals, the story's first sentence starts.
            if let Some(prev) = out.last_mut() {
                let dash = piece.chars().all(|c| is_dash(c) || c == '-');
                prev.break_after |= dash;
                sentence_start |= dash && prev.is_acronym() && prev.text.len() > 3;
            }
            continue;
        };
        // "Ma. Corazon Tibayan": the Filipino short form of Maria, unless a name ends with it.
        if tok.key == "ma" && tok.text.ends_with('.') {
            let surname = out.last().is_some_and(|p| p.cap && !p.break_after);
            if surname {
                tok.text = &tok.text[..2];
                tok.break_after = true;
            }
        }
        // "\- Why …", "• Who …": a list's bullet does not start the sentence, its first word does.
        let bullet = tok.skip && !tok.text.chars().any(char::is_alphanumeric);
        sentence_start = (sentence_start && bullet) || ends_sentence(piece, &tok);
        if tok.opens
            && let Some(prev) = out.last_mut()
        {
            prev.break_after = true;
        }
        out.push(tok);
    }
    out
}

/// Whitespace-separated pieces, also split at dashes used as punctuation ("him—just"); each
/// such dash is a piece of its own.
fn pieces(para: &str) -> Pieces<'_> {
    Pieces { text: para, at: 0 }
}

/// The pieces of a paragraph, found in one pass over its bytes without allocating: most are
/// ASCII, and only the other characters are decoded (to find Unicode spaces and dashes).
struct Pieces<'a> {
    text: &'a str,
    at: usize,
}

impl Pieces<'_> {
    /// The character starting at byte `at`, which is not ASCII.
    fn wide_char(&self, at: usize) -> char {
        self.text[at..].chars().next().unwrap_or(' ')
    }
}

fn is_ascii_space(b: u8) -> bool {
    b == b' ' || (b'\t'..=b'\r').contains(&b)
}

impl<'a> Iterator for Pieces<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let bytes = self.text.as_bytes();
        let mut at = self.at;
        while let Some(&b) = bytes.get(at) {
            if b < 0x80 {
                if !is_ascii_space(b) {
                    break;
                }
                at += 1;
            } else {
                let c = self.wide_char(at);
                if is_dash(c) {
                    self.at = at + c.len_utf8();
                    return Some(&self.text[at..self.at]);
                }
                if !c.is_whitespace() {
                    break;
                }
                at += c.len_utf8();
            }
        }
        let start = at;
        while let Some(&b) = bytes.get(at) {
            if b < 0x80 {
                if is_ascii_space(b) {
                    break;
                }
                at += 1;
            } else {
                let c = self.wide_char(at);
                if c.is_whitespace() || is_dash(c) {
                    break;
                }
                at += c.len_utf8();
            }
        }
        self.at = at;
        (at > start).then(|| &self.text[start..at])
    }
}

fn is_dash(c: char) -> bool {
    c == '\u{2014}' || c == '\u{2013}'
}

fn is_lead(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '\u{201C}'
            | '\u{2018}'
            | '('
            | '['
            | '{'
            | '\u{AB}'
            | '\u{BF}'
            | '\u{A1}'
            | '*'
            | '_'
    )
}

fn is_trail(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '\u{201D}'
            | '\u{2019}'
            | ')'
            | ']'
            | '}'
            | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '.'
            | '\u{BB}'
            | '\u{2026}'
            | '*'
            | '_'
    )
}

/// The token of a piece made only of ASCII letters and digits, as most words are: it has no
/// punctuation to weigh, so it is built in one pass over its bytes.
fn plain_word(piece: &str, sentence_start: bool) -> Option<Token<'_>> {
    let (mut upper, mut letter, mut digit) = (false, false, false);
    for &b in piece.as_bytes() {
        match b {
            b'a'..=b'z' => letter = true,
            b'A'..=b'Z' => (letter, upper) = (true, true),
            b'0'..=b'9' => digit = true,
            _ => return None,
        }
    }
    let key = if upper {
        Cow::Owned(piece.to_ascii_lowercase())
    } else {
        Cow::Borrowed(piece)
    };
    Some(Token {
        text: piece,
        key,
        cap: piece.as_bytes().first().is_some_and(u8::is_ascii_uppercase),
        sentence_start,
        break_after: false,
        comma: false,
        possessive: false,
        ending: "",
        parenthesised: false,
        opens: false,
        skip: !letter || (digit && amount_or_period(piece)),
        compound: "",
        party_place: false,
        place: false,
        major_place: false,
    })
}

/// Builds the token for one piece, or `None` for pure punctuation.
fn token(piece: &str, sentence_start: bool) -> Option<Token<'_>> {
    let lead_len: usize = piece
        .chars()
        .take_while(|&c| is_lead(c))
        .map(char::len_utf8)
        .sum();
    let rest = &piece[lead_len..];
    let core_end = rest.trim_end_matches(is_trail).len();
    let mut core = &rest[..core_end];
    let mut trail = &rest[core_end..];
    if core.is_empty() {
        return None;
    }
    let mut possessive = false;
    let mut ending = "";
    for suffix in ["'s", "\u{2019}s", "'", "\u{2019}"] {
        if let Some(stem) = core.strip_suffix(suffix)
            && !stem.is_empty()
        {
            ending = &core[stem.len()..];
            core = stem;
            possessive = true;
            break;
        }
    }
    // "Thomas' College", "Farmers' Union": a plural's possessive is the bare apostrophe.
    if !possessive && core.ends_with('s') && matches!(trail, "'" | "\u{2019}") {
        possessive = true;
        ending = trail;
        trail = "";
    }
    let mut compound = "";
    if core.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
        && let Some((stem, suffix)) = core.rsplit_once('-')
        && COMPOUND_SUFFIXES.contains(&suffix)
        && stem.chars().next().is_some_and(char::is_uppercase)
    {
        core = stem;
        compound = suffix;
    }
    let party_place = party_place(core);
    if party_place {
        core = &core[2..];
    }
    let keeps_dot = !possessive && trail.starts_with('.') && is_abbreviation(core);
    let text = if keeps_dot {
        &rest[if party_place { 2 } else { 0 }..core_end + 1]
    } else {
        core
    };
    let trail_rest = if keeps_dot { &trail[1..] } else { trail };
    let key = if text
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(key_of(text))
    };
    let first = text.chars().next().unwrap_or(' ');
    let lead = &piece[..lead_len];
    Some(Token {
        text,
        // "d'Ivoire", "l'Aquila": an elided article before a capital is part of a name.
        cap: first.is_uppercase() || elided_capital(text),
        sentence_start,
        break_after: possessive || !compound.is_empty() || !trail_rest.is_empty(),
        comma: trail_rest.starts_with(','),
        possessive,
        ending,
        parenthesised: lead.contains('(') && trail.contains(')'),
        opens: !lead.is_empty(),
        skip: first == '#' || first == '@' || no_name_word(text),
        key,
        compound,
        party_place,
        place: false,
        major_place: false,
    })
}

/// Links, credits, numbers and sums: words no name contains.
fn no_name_word(text: &str) -> bool {
    let (mut colon, mut slash, mut digit, mut letter) = (false, false, false, false);
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b':' => colon = true,
            b'/' if i > 0 && i + 1 < bytes.len() => slash = true,
            b'0'..=b'9' => digit = true,
            b'a'..=b'z' | b'A'..=b'Z' => letter = true,
            _ => {}
        }
    }
    if !letter && !text.is_ascii() {
        letter = text.chars().any(char::is_alphabetic);
    }
    (colon && text.contains("://"))
        // "Gustavo Lemos/Agência Mineira": a photographer and agency credit, no name.
        || (slash && text.len() > 3)
        || (!letter && text != "&")
        || (digit && amount_or_period(text))
}

/// "Sh2", "R740m", "Rs500", "Q2", "H1", "FY27": a sum in a currency written with letters, or
/// a quarter, half or fiscal year, is no word of a name ("G7" and "TVN24" are names).
fn amount_or_period(text: &str) -> bool {
    let Some(digits_at) = text.find(|c: char| c.is_ascii_digit()) else {
        return false;
    };
    let (prefix, rest) = text.split_at(digits_at);
    let prefix_ok =
        (1..=3).contains(&prefix.len()) && prefix.chars().all(|c| c.is_ascii_alphabetic());
    let number_end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(rest.len());
    let suffix = &rest[number_end..];
    if !prefix_ok || !prefix.starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    let mixed_case = prefix.len() > 1 && prefix[1..].chars().all(|c| c.is_ascii_lowercase());
    let magnitude = matches!(suffix, "m" | "bn" | "b" | "k" | "tn" | "mn" | "trn");
    let period = matches!(prefix, "Q" | "H" | "FY") && suffix.is_empty() && number_end <= 4;
    (mixed_case && matches!(suffix, "" | "m" | "bn" | "k" | "tn" | "mn")) || magnitude || period
}

/// "D-Cleveland", "R-Lima", "I-Vt.": a party's letter, a hyphen and a capitalised place.
fn party_place(core: &str) -> bool {
    let b = core.as_bytes();
    b.len() >= 4
        && matches!(b[0], b'D' | b'R' | b'I')
        && b[1] == b'-'
        && b[2].is_ascii_uppercase()
        && core[3..].chars().all(|c| c.is_alphabetic() || c == '.')
}

/// "d'Ivoire", "d’Azur", "l'Aquila", "al-Burhan", "el-Sisi", "t-Saoir": an elided or Arabic
/// article, or a Gaelic mutation, before a capital.
fn elided_capital(text: &str) -> bool {
    // Most words are plain: their second byte is a letter other than 'l'.
    if !matches!(text.as_bytes().get(1), Some(b'\'' | b'-' | b'l' | 0xE2)) {
        return false;
    }
    let mut chars = text.chars();
    match (chars.next(), chars.next(), chars.next(), chars.next()) {
        (Some('d' | 'l'), Some('\'' | '\u{2019}'), Some(c), _) => c.is_uppercase(),
        (Some('a' | 'e'), Some('l'), Some('-'), Some(c)) => c.is_uppercase(),
        // Irish and Scottish Gaelic mutations: "t-Saoir", "n-Éireann", "h-Alba".
        (Some('t' | 'n' | 'h'), Some('-'), Some(c), _) => c.is_uppercase(),
        _ => false,
    }
}

/// Whether a dot after `core` belongs to it: initials ("H.R"), single capitals, known short forms.
fn is_abbreviation(core: &str) -> bool {
    if core.contains('.') {
        return true;
    }
    let mut chars = core.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_uppercase();
    }
    ABBREVIATIONS.contains(&key_of(core).as_str())
}

/// Whether the next token starts a sentence.
fn ends_sentence(piece: &str, tok: &Token) -> bool {
    let tail = piece.trim_end_matches(['"', '\'', '\u{201D}', '\u{2019}', ')', ']']);
    if tail.ends_with('?')
        || tail.ends_with('!')
        || tail.ends_with('\u{2026}')
        || tail.ends_with(':')
    {
        return true;
    }
    tail.ends_with('.') && !tok.text.ends_with('.')
}

/// The folded matching key of a word: lowercase ASCII letters and digits only.
pub fn key_of(word: &str) -> String {
    if word.is_ascii() {
        let mut key = String::with_capacity(word.len());
        for b in word.bytes().filter(u8::is_ascii_alphanumeric) {
            key.push(char::from(b.to_ascii_lowercase()));
        }
        return key;
    }
    let mut folded = String::with_capacity(word.len());
    for c in word.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                folded.push(c.to_ascii_lowercase());
            }
        } else {
            fold_char(c, &mut folded);
        }
    }
    folded.retain(|c| c.is_ascii_alphanumeric());
    folded
}

/// Keys of every word in a short phrase, joined by single spaces ("Sgt. José Gómez" →
/// `sgt jose gomez`).
pub fn phrase_key(phrase: &str) -> String {
    tokenize(phrase)
        .iter()
        .map(|t| t.key.as_ref())
        .filter(|k| !k.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_and_periods_are_no_name_words() {
        for w in [
            "Sh2",
            "R740m",
            "Rs500",
            "Q2",
            "H1",
            "FY27",
            "Ksh21.4bn",
            "N5bn",
        ] {
            assert!(amount_or_period(w), "{w}");
        }
        for w in ["G7", "G20", "TVN24", "B52", "Rolls", "A380"] {
            assert!(!amount_or_period(w), "{w}");
        }
    }

    #[test]
    fn plain_words_take_the_short_way_to_the_same_token() {
        for word in [
            "said", "Maduro", "NATO", "G7", "2024", "R740m", "FY27", "iPhone", "x",
        ] {
            for start in [false, true] {
                let fast = plain_word(word, start).expect("a plain word");
                let full = token(word, start).expect("a word");
                assert_eq!(format!("{fast:?}"), format!("{full:?}"), "{word}");
            }
        }
        for word in [
            "U.S.",
            "Trump's",
            "Kremlin-backed",
            "Gómez",
            "(AP)",
            "said,",
        ] {
            assert!(plain_word(word, false).is_none(), "{word}");
        }
    }

    #[test]
    fn pieces_split_at_any_space_and_at_dashes() {
        let text = "Oil\u{a0}palm \u{2014}just  him\u{2014}now\t\u{2013} end\u{3000}x";
        let got: Vec<_> = pieces(text).collect();
        assert_eq!(
            got,
            [
                "Oil", "palm", "\u{2014}", "just", "him", "\u{2014}", "now", "\u{2013}", "end", "x"
            ]
        );
        assert_eq!(pieces("  \n ").count(), 0);
    }

    #[test]
    fn keeps_abbreviation_dots_and_marks_breaks() {
        let t = tokenize("U.S. President Donald Trump's adviser, H.R. McMaster.");
        let texts: Vec<_> = t.iter().map(|t| t.text).collect();
        assert_eq!(
            texts,
            [
                "U.S.",
                "President",
                "Donald",
                "Trump",
                "adviser",
                "H.R.",
                "McMaster"
            ]
        );
        assert!(t[3].break_after, "possessive ends a name");
        assert!(t[4].break_after, "comma ends a name");
        assert!(!t[0].break_after);
        assert_eq!(t[0].key, "us");
    }

    #[test]
    fn sentence_starts_and_parentheses() {
        let t = tokenize("He met the Associated Press (AP). Maduro left? Yes.");
        assert!(t[0].sentence_start);
        assert!(t[5].parenthesised && t[5].is_acronym());
        assert!(t[4].break_after, "a parenthesis after a word ends the name");
        assert!(t[6].sentence_start, "after a full stop");
        assert!(t[8].sentence_start, "after a question mark");
    }

    #[test]
    fn titles_with_dots_do_not_end_sentences() {
        let t = tokenize("Sen. Marco Rubio and Mr. Maduro");
        assert!(!t[1].sentence_start);
        assert!(!t[4].sentence_start);
        assert_eq!(key_of("Gómez"), "gomez");
    }
}
