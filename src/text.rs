//! Text helpers shared by every stage: accent- and case-folding for matching names, ASCII slugs,
//! and HTML escaping for the few places that build markup outside templates.

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
        _ => match deunicode_char(c) {
            Some(t) if !t.is_empty() && t.chars().all(|t| t.is_ascii_alphanumeric()) => {
                out.extend(t.chars().map(|t| t.to_ascii_lowercase()));
            }
            _ => out.extend(c.to_lowercase()),
        },
    }
}

/// Folds a whole string: see [`fold_char`].
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
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

/// Escapes text for HTML element content and attribute values.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
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
    fn escapes_markup() {
        assert_eq!(
            escape_html("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }
}
