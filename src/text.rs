//! Text helpers shared by every stage: accent- and case-folding for matching names, ASCII slugs,
//! and HTML escaping for the few places that build markup outside templates.

use std::collections::{HashMap, HashSet};

use deunicode::deunicode_char;

/// Folds one character for matching: ASCII lowercase, accents stripped, typographic quotes and
/// dashes mapped to their ASCII forms. Characters without a transliteration are kept as-is
/// (lowercased) so that the folded text never loses a character.
pub fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    match c {
        '\u{2018}' | '\u{2019}' | '\u{02BC}' => out.push('\''),
        '\u{201C}' | '\u{201D}' => out.push('"'),
        '\u{00A0}' => out.push(' '),
        _ => {
            if !push_transliterated(c, out) {
                // Some capitals have no transliteration but their small letter has ("Ƛ", "ƛ" →
                // "l"): try it, so that folding twice gives what folding once does (found by the
                // slug property tests).
                for lower in c.to_lowercase() {
                    if !push_transliterated(lower, out) {
                        out.push(lower);
                    }
                }
            }
        }
    }
}

/// Pushes the ASCII letters or digits `c` transliterates to, if it does to nothing else.
fn push_transliterated(c: char, out: &mut String) -> bool {
    match deunicode_char(c) {
        Some(t) if !t.is_empty() && t.chars().all(|t| t.is_ascii_alphanumeric()) => {
            out.extend(t.chars().map(|t| t.to_ascii_lowercase()));
            true
        }
        _ => false,
    }
}

/// Folds a whole string: see [`fold_char`].
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while !rest.is_empty() {
        // Most text is ASCII: copy and lower runs of it at once.
        let ascii = rest.bytes().take_while(u8::is_ascii).count();
        let start = out.len();
        out.push_str(&rest[..ascii]);
        out.as_mut_str()[start..].make_ascii_lowercase();
        rest = &rest[ascii..];
        if let Some(c) = rest.chars().next() {
            fold_char(c, &mut out);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

/// The key under which names merge: folded, with runs of whitespace and punctuation between
/// words collapsed to one space ("Juan  Guaidó" and "JUAN GUAIDO" share `juan guaido`).
pub fn name_key(s: &str) -> String {
    let folded = fold(s);
    let mut key = String::with_capacity(folded.len());
    for word in folded.split(|c: char| !c.is_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(word);
    }
    key
}

/// Longest slug we produce, in bytes; long headlines are cut at a word boundary.
pub const MAX_SLUG_LEN: usize = 80;

/// An ASCII slug: lowercase letters, digits and single hyphens, never empty (`"untitled"`),
/// at most [`MAX_SLUG_LEN`] bytes. "Juan Guaidó se proclama" → `juan-guaido-se-proclama`.
pub fn slugify(s: &str) -> String {
    let key = name_key(s);
    let mut slug = String::with_capacity(key.len());
    for word in key.split(' ') {
        let word: String = word.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
        if word.is_empty() {
            continue;
        }
        if !slug.is_empty() {
            if slug.len() + 1 + word.len() > MAX_SLUG_LEN {
                break;
            }
            slug.push('-');
        } else if word.len() > MAX_SLUG_LEN {
            slug.push_str(&word[..MAX_SLUG_LEN]);
            break;
        }
        slug.push_str(&word);
    }
    if slug.is_empty() {
        slug.push_str("untitled");
    }
    slug
}

/// Hands out distinct names: the first claim of a base gets it as written, later ones `base-2`,
/// `base-3`… skipping any name already taken. The next suffix is remembered per base, so N claims
/// of one base cost O(N) rather than O(N²): a page of 25 000 empty headings (all `untitled`) once
/// took minutes to render. Results are the same as always taking the smallest free suffix,
/// because a name, once taken, is never released.
#[derive(Debug, Default)]
pub struct UniqueNames {
    taken: HashSet<String>,
    next: HashMap<String, usize>,
}

impl UniqueNames {
    /// An empty set of names.
    pub fn new() -> UniqueNames {
        UniqueNames::default()
    }

    /// Takes `name` exactly as written; `false` when it was already taken.
    pub fn reserve(&mut self, name: &str) -> bool {
        self.taken.insert(name.to_string())
    }

    /// Whether `name` is taken.
    pub fn contains(&self, name: &str) -> bool {
        self.taken.contains(name)
    }

    /// Takes `base`, or the first free `base-N` (N ≥ 2), and returns the name taken.
    pub fn claim(&mut self, base: &str) -> String {
        if self.reserve(base) {
            return base.to_string();
        }
        let next = self.next.entry(base.to_string()).or_insert(2);
        loop {
            let candidate = format!("{base}-{next}");
            *next += 1;
            if self.taken.insert(candidate.clone()) {
                return candidate;
            }
        }
    }
}

/// Escapes text for HTML element content and attribute values.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut copied = 0;
    // Every special character is ASCII, so scanning bytes never splits a character.
    for (i, b) in s.bytes().enumerate() {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&s[copied..i]);
        out.push_str(entity);
        copied = i + 1;
    }
    out.push_str(&s[copied..]);
    out
}

/// Whether a string contains a character outside ASCII (used to prefer accented spellings).
pub fn has_non_ascii(s: &str) -> bool {
    !s.is_ascii()
}

/// How many words `s` has, exactly as `s.split_whitespace().count()` counts them, eight bytes
/// at a time: the line rules ask this of every paragraph, and decoding each character of a long
/// paragraph to test it for whitespace cost a fifth of all extraction. Runs of ASCII are read a
/// machine word at a time; only the lead bytes of Unicode's few whitespace characters outside
/// ASCII need a closer look.
pub fn word_count(s: &str) -> usize {
    let bytes = s.as_bytes();
    let (mut count, mut i) = (0, 0);
    // Whether the byte before `i` ends a word (the start of the text does).
    let mut after_space = true;
    while i < bytes.len() {
        if let Some(chunk) = bytes.get(i..i + 8)
            && let Ok(chunk) = <[u8; 8]>::try_from(chunk)
            && u64::from_le_bytes(chunk) & HIGH_BITS == 0
        {
            let space = ascii_space_mask(u64::from_le_bytes(chunk));
            let before = (space << 8) | u64::from(after_space) << 7;
            count += (!space & HIGH_BITS & before).count_ones() as usize;
            after_space = space >> 63 == 1;
            i += 8;
            continue;
        }
        let space = match bytes[i] {
            b' ' | b'\t'..=b'\r' => 1,
            0xC2 | 0xE1..=0xE3 => unicode_space(&bytes[i..]),
            _ => 0,
        };
        if space > 0 {
            after_space = true;
            i += space;
        } else {
            count += usize::from(after_space);
            after_space = false;
            i += 1;
        }
    }
    count
}

/// The high bit of each byte of a `u64`.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// For eight ASCII bytes, the high bit of each byte that is ASCII whitespace (space, or tab to
/// carriage return), no other bit set. No byte's sum carries into the next: every byte is
/// below 0x80 and nothing added exceeds 0x7F.
fn ascii_space_mask(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let low = !HIGH_BITS;
    let not_blank = ((x ^ (ONES * 0x20)) + low) & HIGH_BITS;
    let blank = !not_blank & HIGH_BITS;
    let from_tab = (x + ONES * (0x80 - 0x09)) & HIGH_BITS;
    let from_shift_out = (x + ONES * (0x80 - 0x0E)) & HIGH_BITS;
    blank | (from_tab & !from_shift_out)
}

/// The length in bytes of the Unicode whitespace character (White_Space, as
/// `char::is_whitespace` reads it) that `bytes` starts with, or 0 when it starts with none.
fn unicode_space(bytes: &[u8]) -> usize {
    match bytes {
        // U+0085 (next line), U+00A0 (no-break space)
        [0xC2, 0x85 | 0xA0, ..] => 2,
        // U+1680 (ogham space mark)
        [0xE1, 0x9A, 0x80, ..] => 3,
        // U+2000..=U+200A, U+2028, U+2029, U+202F, U+205F
        [0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF, ..] | [0xE2, 0x81, 0x9F, ..] => 3,
        // U+3000 (ideographic space)
        [0xE3, 0x80, 0x80, ..] => 3,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_count_agrees_with_split_whitespace() {
        let samples = [
            "",
            "   ",
            "one",
            " two  words ",
            "tab\tand\nnewline\r\x0bvt\x0cff",
            "no\u{a0}break\u{85}next",
            "ogham\u{1680}mark",
            "en\u{2002}em\u{2003}hair\u{200a}zero\u{200b}width",
            "line\u{2028}para\u{2029}narrow\u{202f}math\u{205f}ideo\u{3000}end",
            "Guaidó’s “quote” — dash · dot ↻ ♡ 142 💬 37",
            "\u{1c}\u{1d} unit separators are no whitespace",
            "ᚠ\u{1680}ᚢ ㄱ\u{3000}ㄴ \u{e2}",
        ];
        for s in samples {
            assert_eq!(word_count(s), s.split_whitespace().count(), "{s:?}");
        }
        // Runs longer than a machine word, whitespace at every offset of one.
        for n in 0..40 {
            for ws in [" ", "\t", "\u{a0}", "\u{3000}", "  \n "] {
                let s: String = (0..n).map(|k| if k % 3 == 0 { ws } else { "ab" }).collect();
                assert_eq!(word_count(&s), s.split_whitespace().count(), "{s:?}");
                let s = format!("{}é{s}x", "w".repeat(n % 9));
                assert_eq!(word_count(&s), s.split_whitespace().count(), "{s:?}");
            }
        }
        // Every character from U+0000 to U+3100 between two letters.
        for c in (0..0x3100).filter_map(char::from_u32) {
            let s = format!("a{c}b {c}");
            assert_eq!(word_count(&s), s.split_whitespace().count(), "{:?}", c);
        }
    }

    #[test]
    fn folds_accents_case_and_quotes() {
        assert_eq!(fold("Juan GUAIDÓ’s"), "juan guaido's");
        assert_eq!(fold("Nicolás"), "nicolas");
    }

    #[test]
    fn name_keys_ignore_spacing_and_punctuation() {
        assert_eq!(name_key("  Juan   Guaidó "), name_key("JUAN GUAIDO"));
        assert_ne!(name_key("Padrino Lopez"), name_key("Leopoldo López"));
    }

    #[test]
    fn slugs_are_ascii_and_bounded() {
        assert_eq!(
            slugify("Juan Guaidó se proclama"),
            "juan-guaido-se-proclama"
        );
        assert_eq!(slugify("Nicolás Maduro"), "nicolas-maduro");
        assert_eq!(slugify("¿¡!?"), "untitled");
        assert_eq!(slugify("../../etc/passwd"), "etc-passwd");
        let long = "word ".repeat(100);
        assert!(slugify(&long).len() <= MAX_SLUG_LEN);
    }

    #[test]
    fn unique_names_suffix_in_order_and_skip_taken_ones() {
        let mut names = UniqueNames::new();
        assert!(names.reserve("a-3"));
        let got: Vec<String> = (0..4).map(|_| names.claim("a")).collect();
        assert_eq!(got, ["a", "a-2", "a-4", "a-5"]);
        assert_eq!(names.claim("a-2"), "a-2-2");
    }

    #[test]
    fn many_equal_names_are_fast() {
        let mut names = UniqueNames::new();
        for _ in 0..50_000 {
            names.claim("untitled");
        }
        assert!(names.contains("untitled-50000"));
    }

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape_html("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }
}
