//! Markdown to HTML with pulldown-cmark: tables, footnotes, strikethrough and smart punctuation,
//! heading anchors, a summary, the plain text (for matching and search), and the local files the
//! article refers to. Raw HTML is escaped unless the site opts in, and script URLs are defused.

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};

use crate::text::{UniqueNames, escape_html, slugify};

/// The marker that ends an explicit summary.
pub const MORE_MARKER: &str = "<!-- more -->";

/// What rendering one Markdown body produces.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rendered {
    /// The body as HTML.
    pub html: String,
    /// The summary as HTML: everything before `<!-- more -->`, else the first paragraph.
    pub summary_html: String,
    /// The text without markup, paragraphs separated by blank lines.
    pub text: String,
    /// Relative link and image targets that may be local files (to be copied with the page).
    pub local_refs: Vec<String>,
}

/// Rendering settings.
#[derive(Debug, Clone, Copy, Default)]
pub struct MarkdownOptions {
    /// Let raw HTML through instead of escaping it.
    pub allow_html: bool,
}

fn parser_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Renders Markdown. `rewrite` maps a local reference to the URL it will have in the output
/// (e.g. `../img/a.png` → `a.png`); return `None` to leave the link as written.
pub fn render(
    src: &str,
    options: MarkdownOptions,
    rewrite: &dyn Fn(&str) -> Option<String>,
) -> Rendered {
    let mut events: Vec<Event> = Parser::new_ext(src, parser_options()).collect();
    let mut out = Rendered::default();
    add_heading_ids(&mut events);
    let mut more_at = None;
    for (i, event) in events.iter_mut().enumerate() {
        match event {
            Event::Html(raw) | Event::InlineHtml(raw) => {
                if raw.trim() == MORE_MARKER && more_at.is_none() {
                    more_at = Some(i);
                    *event = Event::Html(CowStr::Borrowed(""));
                } else if !options.allow_html {
                    *event = Event::Text(raw.clone());
                }
            }
            Event::Start(Tag::Link { dest_url, .. })
            | Event::Start(Tag::Image { dest_url, .. }) => {
                fix_url(dest_url, &mut out.local_refs, rewrite);
            }
            _ => {}
        }
    }
    out.text = plain_text(&events);
    let summary_end = more_at.or_else(|| first_paragraph_end(&events));
    if let Some(end) = summary_end {
        html::push_html(&mut out.summary_html, events[..end].iter().cloned());
    }
    let mut body = String::with_capacity(src.len() * 3 / 2);
    html::push_html(&mut body, with_anchor_links(events));
    out.html = body;
    // Every article's HTML and text stay in memory for the whole build: spare capacity
    // would be a third of it.
    out.html.shrink_to_fit();
    out.text.shrink_to_fit();
    out
}

/// Defuses script URLs and records (and possibly rewrites) local references.
fn fix_url<'a>(
    url: &mut CowStr<'a>,
    refs: &mut Vec<String>,
    rewrite: &dyn Fn(&str) -> Option<String>,
) {
    if is_script_url(url) {
        *url = CowStr::Borrowed("#");
        return;
    }
    if is_local_ref(url) {
        let target = url.split(['#', '?']).next().unwrap_or("").to_string();
        if let Some(new) = rewrite(&target) {
            let suffix = &url[target.len()..];
            *url = CowStr::from(format!("{new}{suffix}"));
        }
        refs.push(target);
    }
}

/// Whether a URL would run script when followed (`javascript:`, `vbscript:`, `data:` except images).
pub fn is_script_url(url: &str) -> bool {
    let squeezed: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect();
    let lower = squeezed.to_ascii_lowercase();
    lower.starts_with("javascript:")
        || lower.starts_with("vbscript:")
        || (lower.starts_with("data:") && !lower.starts_with("data:image/")
            || lower.starts_with("data:image/svg"))
}

/// A relative URL with no scheme, host or fragment-only form: possibly a file beside the article.
fn is_local_ref(url: &str) -> bool {
    !(url.is_empty()
        || url.starts_with('#')
        || url.starts_with('/')
        || url.starts_with("//")
        || url.contains(':') && url.split(':').next().is_some_and(|s| !s.contains('/')))
}

/// Gives every heading without an explicit `{#id}` a unique slug id.
fn add_heading_ids(events: &mut [Event]) {
    let mut used = UniqueNames::new();
    let mut i = 0;
    while i < events.len() {
        if let Event::Start(Tag::Heading { id, .. }) = &events[i] {
            let explicit = id.as_ref().map(|s| s.to_string());
            let base = explicit.unwrap_or_else(|| slugify(&heading_text(&events[i + 1..])));
            let candidate = used.claim(&base);
            if let Event::Start(Tag::Heading { id, .. }) = &mut events[i] {
                *id = Some(CowStr::from(candidate));
            }
        }
        i += 1;
    }
}

fn heading_text(events: &[Event]) -> String {
    let mut text = String::new();
    for e in events {
        match e {
            Event::End(TagEnd::Heading(_)) => break,
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            _ => {}
        }
    }
    text
}

/// Appends a `#` link to every heading so a reader can copy its address.
fn with_anchor_links<'a>(events: Vec<Event<'a>>) -> impl Iterator<Item = Event<'a>> {
    let mut current: Option<String> = None;
    events.into_iter().flat_map(move |e| {
        let mut extra = None;
        match &e {
            Event::Start(Tag::Heading { id, level, .. }) if *level != HeadingLevel::H1 || id.is_some() => {
                current = id.as_ref().map(|s| s.to_string());
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some(id) = current.take() {
                    let id = escape_html(&id);
                    extra = Some(Event::InlineHtml(CowStr::from(format!(
                        " <a class=\"anchor\" href=\"#{id}\" aria-label=\"Link to this section\">#</a>"
                    ))));
                }
            }
            _ => {}
        }
        match extra {
            Some(link) => vec![link, e],
            None => vec![e],
        }
    })
}

fn first_paragraph_end(events: &[Event]) -> Option<usize> {
    let start = events
        .iter()
        .position(|e| matches!(e, Event::Start(Tag::Paragraph)))?;
    let mut depth = 0usize;
    for (i, e) in events.iter().enumerate().skip(start) {
        match e {
            Event::Start(_) => depth += 1,
            Event::End(_) => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
    }
    None
}

fn plain_text(events: &[Event]) -> String {
    let mut text = String::new();
    for e in events {
        match e {
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell,
            ) => text.push_str("\n\n"),
            _ => {}
        }
    }
    text.truncate(text.trim_end().len());
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn md(src: &str) -> Rendered {
        render(src, MarkdownOptions::default(), &|_| None)
    }

    #[test]
    fn extensions_are_on() {
        let r = md("| a |\n|---|\n| b |\n\n~~x~~ \"q\"[^1]\n\n[^1]: n\n");
        assert!(r.html.contains("<table>"));
        assert!(r.html.contains("<del>x</del>"));
        assert!(r.html.contains("\u{201c}q\u{201d}"));
        assert!(r.html.contains("footnote"));
    }

    #[test]
    fn headings_get_unique_anchors() {
        let r = md("## Café talk\n\n## Café talk\n");
        assert!(r.html.contains("id=\"cafe-talk\""), "{}", r.html);
        assert!(r.html.contains("id=\"cafe-talk-2\""));
        assert!(r.html.contains("href=\"#cafe-talk\""));
    }

    #[test]
    fn raw_html_is_escaped_unless_allowed() {
        let r = md("<script>alert(1)</script>\n\nhi <b>x</b>");
        assert!(!r.html.contains("<script>"), "{}", r.html);
        assert!(r.html.contains("&lt;b&gt;"));
        let r = render("hi <b>x</b>", MarkdownOptions { allow_html: true }, &|_| {
            None
        });
        assert!(r.html.contains("<b>x</b>"));
    }

    #[test]
    fn script_urls_are_defused() {
        let r = md("[a](javascript:alert(1)) [b]( JaVaScRiPt:x) ![c](data:text/html,x)");
        assert!(!r.html.to_lowercase().contains("javascript:"), "{}", r.html);
        assert!(!r.html.contains("data:text"));
    }

    #[test]
    fn summary_is_first_paragraph_or_more_marker() {
        assert_eq!(md("One.\n\nTwo.").summary_html, "<p>One.</p>\n");
        let r = md("One.\n\nTwo.\n\n<!-- more -->\n\nThree.");
        assert!(r.summary_html.contains("Two."));
        assert!(!r.summary_html.contains("Three."));
        assert!(!r.html.contains("more"));
    }

    #[test]
    fn local_refs_are_collected_and_rewritten() {
        let r = render(
            "![p](../img/a.png) [w](https://x.org/a.png) [s](#top)",
            MarkdownOptions::default(),
            &|t| Some(t.rsplit('/').next().unwrap().to_string()),
        );
        assert_eq!(r.local_refs, vec!["../img/a.png"]);
        assert!(r.html.contains("src=\"a.png\""));
    }

    #[test]
    fn plain_text_has_paragraph_breaks() {
        assert_eq!(md("A *b*\nc.\n\nD.").text, "A b c.\n\nD.");
    }
}
