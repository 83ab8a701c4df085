//! Finding actor names in article text, ignoring case and accents: snippets around the first
//! mention (for actor and topic pages) and links on the first mention of each actor in a
//! rendered article body. Both work on folded text with a map back to the original bytes, and
//! escape everything they copy from content.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use crate::text::{escape_html, fold_char};

/// Text folded for matching, with the original byte offset of every folded byte.
struct Folded {
    text: String,
    /// The original offset of each byte of `text`; empty when the text was all ASCII, where
    /// folding is lowercasing and every offset is its own (most text nodes of most bodies).
    origin: Vec<usize>,
}

impl Folded {
    fn new(s: &str) -> Folded {
        let mut folded = Folded {
            text: String::with_capacity(s.len()),
            origin: Vec::new(),
        };
        folded.refill(s);
        folded
    }

    /// Replaces the folded text with that of `s`, reusing the buffers.
    fn refill(&mut self, s: &str) {
        let Folded { text, origin } = self;
        text.clear();
        origin.clear();
        if s.is_ascii() {
            text.push_str(s);
            text.make_ascii_lowercase();
            return;
        }
        origin.reserve(s.len());
        let mut rest = s;
        let mut off = 0;
        while !rest.is_empty() {
            // Most text is ASCII: fold runs of it a byte at a time.
            let ascii = rest.bytes().take_while(u8::is_ascii).count();
            let start = text.len();
            text.push_str(&rest[..ascii]);
            text.as_mut_str()[start..].make_ascii_lowercase();
            origin.extend(off..off + ascii);
            off += ascii;
            rest = &rest[ascii..];
            let Some(c) = rest.chars().next() else { break };
            let before = text.len();
            fold_char(c, text);
            origin.extend(std::iter::repeat_n(off, text.len() - before));
            off += c.len_utf8();
            rest = &rest[c.len_utf8()..];
        }
    }

    /// The original byte range of folded range `start..end` (whole characters).
    fn original(&self, src: &str, start: usize, end: usize) -> (usize, usize) {
        if self.origin.is_empty() {
            return (start, end);
        }
        let last = self.origin[end - 1];
        let width = src[last..].chars().next().map_or(0, char::len_utf8);
        (self.origin[start], last + width)
    }

    /// Whether `start..end` sits on word boundaries and not inside an HTML entity.
    fn on_word(&self, start: usize, end: usize) -> bool {
        self.starts_word(start)
            && !self
                .text
                .as_bytes()
                .get(end)
                .is_some_and(u8::is_ascii_alphanumeric)
    }

    /// Whether `start` begins a word (and not an HTML entity's name).
    fn starts_word(&self, start: usize) -> bool {
        let before = start.checked_sub(1).map(|i| self.text.as_bytes()[i]);
        !before.is_some_and(|c| c.is_ascii_alphanumeric() || c == b'&' || c == b'#')
    }
}

/// A name as matched: folded, whitespace collapsed.
pub fn pattern(name: &str) -> String {
    let mut out = String::new();
    for c in name
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
    {
        fold_char(c, &mut out);
    }
    out
}

/// Plain text around the first mention of any of `names` in `text`, HTML-escaped, with the
/// mention wrapped in `<mark>`. A name ending in `*` matches any word it starts (`protest*`
/// finds "protesters", marking the whole word). `None` when no name occurs.
pub fn snippet(text: &str, names: &[&str]) -> Option<String> {
    Folded::new(text).snippet(text, names)
}

/// A text folded once, to look for several names in it.
pub struct FoldedText {
    folded: Folded,
}

impl FoldedText {
    /// Folds `text`.
    pub fn new(text: &str) -> FoldedText {
        FoldedText {
            folded: Folded::new(text),
        }
    }

    /// [`snippet`] for the text this was made from.
    pub fn snippet(&self, text: &str, names: &[&str]) -> Option<String> {
        self.folded.snippet(text, names)
    }

    /// [`snippet`] for names already folded by [`pattern`] (none of them a prefix).
    pub fn snippet_of_patterns(&self, text: &str, patterns: &[String]) -> Option<String> {
        let (s, e) = earliest(&self.folded, patterns.iter().map(|p| (p.as_str(), false)))?;
        let (start, end) = self.folded.original(text, s, e);
        Some(around(text, start, end))
    }
}

impl Folded {
    fn snippet(&self, text: &str, names: &[&str]) -> Option<String> {
        let (s, e) = first_mention(self, names)?;
        let (start, end) = self.original(text, s, e);
        Some(around(text, start, end))
    }
}

/// The snippet for the mention at `start..end` of `text`.
fn around(text: &str, start: usize, end: usize) -> String {
    let (head, head_cut) = window_before(&text[..start], 90);
    let (tail, tail_cut) = window_after(&text[end..], 150);
    format!(
        "{}{}<mark>{}</mark>{}{}",
        if head_cut { "…" } else { "" },
        escape_html(&flatten(head)),
        escape_html(&flatten(&text[start..end])),
        escape_html(&flatten(tail)),
        if tail_cut { "…" } else { "" },
    )
}

/// The folded range of the earliest mention of any of `names` (the longest on a tie).
fn first_mention(folded: &Folded, names: &[&str]) -> Option<(usize, usize)> {
    let patterns: Vec<(String, bool)> = names
        .iter()
        .map(|n| (pattern(n.trim_end_matches('*')), n.ends_with('*')))
        .collect();
    earliest(
        folded,
        patterns.iter().map(|(p, prefix)| (p.as_str(), *prefix)),
    )
}

/// The folded range of the earliest mention of any of `patterns` (folded names, each with
/// whether it is a prefix), the longest on a tie.
fn earliest<'p>(
    folded: &Folded,
    patterns: impl Iterator<Item = (&'p str, bool)>,
) -> Option<(usize, usize)> {
    patterns
        .filter(|(p, _)| !p.is_empty())
        .filter_map(|(p, prefix)| {
            memchr::memmem::find_iter(folded.text.as_bytes(), p.as_bytes())
                .map(|s| (s, s + p.len()))
                .map(|(s, e)| (s, if prefix { word_end(&folded.text, e) } else { e }))
                .find(|&(s, e)| folded.on_word(s, e))
        })
        .min_by_key(|&(s, e)| (s, usize::MAX - e))
}

/// The end of the word running through byte `at`.
fn word_end(text: &str, at: usize) -> usize {
    at + text.as_bytes()[at..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count()
}

/// Runs of whitespace (line breaks included) become one space; edges are kept.
fn flatten(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !c.is_whitespace() {
            out.push(c);
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out
}

/// The last `max` characters of `s` within its paragraph, starting at a word; and whether the
/// paragraph was cut.
fn window_before(s: &str, max: usize) -> (&str, bool) {
    let s = s.rsplit_once("\n\n").map_or(s, |(_, p)| p);
    let n = s.chars().count();
    if n <= max {
        return (s.trim_start(), false);
    }
    let cut = s.char_indices().nth(n - max).map_or(0, |(i, _)| i);
    let rest = &s[cut..];
    (rest.find(' ').map_or(rest, |i| &rest[i + 1..]), true)
}

/// The first `max` characters of `s` within its paragraph, ending at a word; and whether the
/// paragraph was cut.
fn window_after(s: &str, max: usize) -> (&str, bool) {
    let s = s.split_once("\n\n").map_or(s, |(p, _)| p);
    match s.char_indices().nth(max) {
        None => (s.trim_end(), false),
        Some((cut, _)) => (
            s[..cut].rsplit_once(' ').map_or(&s[..cut], |(h, _)| h),
            true,
        ),
    }
}

/// An actor to link in a body: the names it goes by and where its page is.
pub struct Target<'a> {
    /// Folded names (see [`pattern`]).
    pub patterns: &'a [String],
    /// The link's `href`, already relative to the page.
    pub href: String,
}

/// Elements whose text never gets a link: links themselves, headings, code and the like.
const SKIP: [&str; 13] = [
    "a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "script", "style", "textarea", "button",
];

/// Links the first mention of each target in the text nodes of `html`, never inside a tag, an
/// attribute or a [`SKIP`] element.
pub fn link_first_mentions(html: &str, targets: &[Target<'_>]) -> String {
    let mut owner = Vec::new();
    let mut patterns = Vec::new();
    for (t, target) in targets.iter().enumerate() {
        for p in target.patterns.iter().filter(|p| !p.is_empty()) {
            owner.push(t);
            patterns.push(p.as_str());
        }
    }
    // One small automaton per article, searched over a few kilobytes: building a DFA would
    // cost more than it saves.
    let Ok(ac) = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::NoncontiguousNFA))
        .build(&patterns)
    else {
        return html.to_string();
    };
    if patterns.is_empty() {
        return html.to_string();
    }
    let mut done = vec![false; targets.len()];
    let mut folded = Folded::new("");
    let mut out = String::with_capacity(html.len() + 256);
    let mut depth = 0usize;
    let mut rest = html;
    while !rest.is_empty() {
        let lt = rest.find('<').unwrap_or(rest.len());
        let text = &rest[..lt];
        if depth == 0 && done.iter().any(|d| !d) {
            folded.refill(text);
            link_text(text, &folded, &ac, &owner, targets, &mut done, &mut out);
        } else {
            out.push_str(text);
        }
        rest = &rest[lt..];
        if rest.is_empty() {
            break;
        }
        let end = tag_end(rest);
        let tag = &rest[..end];
        depth = track(tag, depth);
        out.push_str(tag);
        rest = &rest[end..];
    }
    out
}

/// Length of the tag or comment at the start of `s` (which starts with `<`).
fn tag_end(s: &str) -> usize {
    if s.starts_with("<!--") {
        return s.find("-->").map_or(s.len(), |i| i + 3);
    }
    s.find('>').map_or(s.len(), |i| i + 1)
}

/// The skip depth after `tag`.
fn track(tag: &str, depth: usize) -> usize {
    let inner = tag.trim_start_matches('<');
    let closing = inner.starts_with('/');
    let name = inner.trim_start_matches('/');
    let name = &name[..name
        .bytes()
        .position(|b| !b.is_ascii_alphanumeric())
        .unwrap_or(name.len())];
    if !SKIP.iter().any(|s| s.eq_ignore_ascii_case(name)) || tag.ends_with("/>") {
        return depth;
    }
    if closing {
        depth.saturating_sub(1)
    } else {
        depth + 1
    }
}

fn link_text(
    text: &str,
    folded: &Folded,
    ac: &AhoCorasick,
    owner: &[usize],
    targets: &[Target<'_>],
    done: &mut [bool],
    out: &mut String,
) {
    let mut copied = 0;
    for m in ac.find_iter(&folded.text) {
        let t = owner[m.pattern().as_usize()];
        if done[t] || !folded.on_word(m.start(), m.end()) {
            continue;
        }
        let (start, end) = folded.original(text, m.start(), m.end());
        done[t] = true;
        out.push_str(&text[copied..start]);
        out.push_str("<a class=\"mention\" href=\"");
        out.push_str(&escape_html(&targets[t].href));
        out.push_str("\">");
        out.push_str(&text[start..end]);
        out.push_str("</a>");
        copied = end;
    }
    out.push_str(&text[copied..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target<'a>(names: &'a [String], href: &str) -> Target<'a> {
        Target {
            patterns: names,
            href: href.into(),
        }
    }

    fn pats(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| pattern(n)).collect()
    }

    #[test]
    fn links_first_mention_only_outside_headings_and_links() {
        let html = "<h2>Maduro</h2><p>Mr <a href=\"x\">Maduro</a> and MADURO met maduro.</p>";
        let got = link_first_mentions(
            html,
            &[target(&pats(&["Nicolás Maduro", "Maduro"]), "../m/")],
        );
        assert_eq!(
            got,
            "<h2>Maduro</h2><p>Mr <a href=\"x\">Maduro</a> and <a class=\"mention\" href=\"../m/\">MADURO</a> met maduro.</p>"
        );
    }

    #[test]
    fn accents_and_word_boundaries() {
        let got = link_first_mentions(
            "<p>Guaidós, then Guaidó spoke; &amp;guaido</p>",
            &[target(&pats(&["Guaido"]), "g/")],
        );
        assert_eq!(
            got,
            "<p>Guaidós, then <a class=\"mention\" href=\"g/\">Guaidó</a> spoke; &amp;guaido</p>"
        );
        assert_eq!(
            link_first_mentions(
                "<p title=\"Guaido\">x</p>",
                &[target(&pats(&["Guaido"]), "g/")]
            ),
            "<p title=\"Guaido\">x</p>"
        );
    }

    #[test]
    fn snippets_mark_and_escape() {
        let s = snippet("Before <b> text. Then JUAN GUAIDÓ spoke.", &["Juan Guaido"]).unwrap();
        assert_eq!(
            s,
            "Before &lt;b&gt; text. Then <mark>JUAN GUAIDÓ</mark> spoke."
        );
        assert!(snippet("nothing", &["Juan"]).is_none());
        let long = format!("{} Maduro {}", "word ".repeat(100), "more ".repeat(100));
        let s = snippet(&long, &["Maduro"]).unwrap();
        assert!(s.starts_with('…') && s.ends_with('…') && s.contains("<mark>Maduro</mark>"));
        let far = format!("{} Maduros. Maduro {}", "word ".repeat(2000), "end");
        assert!(
            snippet(&far, &["Maduro"])
                .unwrap()
                .contains("<mark>Maduro</mark> end")
        );
    }
}
