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

#[cfg(test)]
mod tests {
    use super::*;

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
