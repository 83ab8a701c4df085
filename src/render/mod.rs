//! Rendering: Tera set up with the theme's templates, and one function per page kind that turns
//! the archive into `(output path, bytes)` pairs. Links inside pages are relative (`root` is the
//! way back to the site root from each page), so the output works at any path.

pub mod mentions;
pub mod pages;
pub mod reader;
pub mod theme;
pub mod timeline;
pub mod value;
pub mod views;

use std::path::PathBuf;

use tera::{Context, Tera};

use crate::error::Error;
pub use pages::{Page, PageSpec, SiteRender};
pub use theme::ThemeFiles;

/// Tera loaded with a theme.
pub struct Renderer {
    tera: Tera,
    origins: Vec<(String, PathBuf)>,
    /// The theme's `assets/search.js`, ready to inline in the search page.
    search_script: String,
}

/// Where the search page's script comes from: the theme's static file of that name.
const SEARCH_SCRIPT: &str = "assets/search.js";

/// The theme's search script, ready to inline (empty if the theme has none).
fn search_script_of(theme: &ThemeFiles) -> String {
    theme
        .statics
        .iter()
        .find(|(path, _)| path == SEARCH_SCRIPT)
        .map(|(_, bytes)| inline_script(&String::from_utf8_lossy(bytes)))
        .unwrap_or_default()
}

impl Renderer {
    /// Parses every template of the theme; the first syntax error, or a filter, test or parent
    /// template that does not exist, is reported with its template and line.
    pub fn new(theme: &ThemeFiles) -> Result<Renderer, Error> {
        let mut tera = Tera::new();
        tera.autoescape_on(vec![".html", ".htm", ".xml"]);
        // Tera's own escaper also rewrites `/` as `&#x2F;`, which makes every URL unreadable.
        tera.set_escape_fn(escape);
        let origins = theme.origins.clone();
        let sources: Vec<(&str, &str)> = theme
            .templates
            .iter()
            .map(|(n, s)| (n.as_str(), s.as_str()))
            .collect();
        tera.add_raw_templates(sources)
            .map_err(|e| template_error(&origins, None, &e))?;
        Ok(Renderer {
            tera,
            origins,
            search_script: search_script_of(theme),
        })
    }

    /// Takes the search script from `theme` again, after its static files changed.
    pub fn reload_search_script(&mut self, theme: &ThemeFiles) {
        self.search_script = search_script_of(theme);
    }

    /// The theme's search script as the content of an inline `<script>` element.
    pub fn search_script(&self) -> &str {
        &self.search_script
    }

    /// Renders one template.
    pub fn render(&self, template: &str, context: &Context) -> Result<String, Error> {
        self.tera
            .render(template, context)
            .map_err(|e| template_error(&self.origins, Some(template), &e))
    }
}

/// Tera's message and those of the errors it wraps, one after the other.
fn error_chain(e: &tera::Error) -> String {
    let mut parts = vec![e.to_string()];
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        parts.push(s.to_string());
        source = s.source();
    }
    parts.join("\n")
}

/// Writes `s` escaped for HTML and XML text and attribute values.
fn escape(s: &str, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let bytes = s.as_bytes();
    let mut copied = 0;
    // Every special character is ASCII, so cutting at one never splits a character.
    for (i, b) in bytes.iter().enumerate() {
        let entity: &[u8] = match b {
            b'&' => b"&amp;",
            b'<' => b"&lt;",
            b'>' => b"&gt;",
            b'"' => b"&quot;",
            b'\'' => b"&#39;",
            _ => continue,
        };
        out.write_all(&bytes[copied..i])?;
        out.write_all(entity)?;
        copied = i + 1;
    }
    out.write_all(&bytes[copied..])
}

/// `script` made safe as the content of an inline `<script>` element. The HTML parser ends the
/// element at the first `</script` and treats `<!--` specially; a backslash after the `<` (and
/// before the `!`) changes neither a string, a regular expression nor a comment, the only places
/// script code holds them.
pub fn inline_script(script: &str) -> String {
    script.replace("</", "<\\/").replace("<!--", "<\\!--")
}

/// Tera's error as ours: the template at fault (with its file when it comes from a theme
/// folder), the line Tera points at (`--> name:line:column`), and the message on one line.
/// An error inside a template that another one extends or includes names that template.
fn template_error(origins: &[(String, PathBuf)], template: Option<&str>, e: &tera::Error) -> Error {
    let full = error_chain(e);
    let pointed = full.split("--> ").nth(1).and_then(|rest| {
        let locus = rest.lines().next()?.trim();
        let mut parts = locus.rsplitn(3, ':');
        let (_column, line, name) = (parts.next()?, parts.next()?, parts.next()?);
        Some((name.to_string(), line.parse::<usize>().ok()?))
    });
    let name = pointed
        .as_ref()
        .map(|(name, _)| name.clone())
        .or_else(|| template.map(str::to_string))
        .or_else(|| quoted_name(&full))
        .unwrap_or_else(|| "?".into());
    let shown = match origins.iter().find(|(n, _)| *n == name) {
        Some((_, path)) => format!("{name} ({})", path.display()),
        None => name,
    };
    // The report's first line is the message; what follows quotes the source under carets,
    // which the template and line already point to.
    let message = full
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("-->") && !l.starts_with('|'))
        .filter(|l| !quotes_source(l))
        .map(|l| l.strip_prefix("error: ").unwrap_or(l))
        .collect::<Vec<_>>()
        .join(" ");
    Error::Template {
        template: shown,
        line: pointed.map(|(_, line)| line),
        message,
    }
}

/// Whether a line of Tera's report quotes the template ("12 | <h1>…").
fn quotes_source(line: &str) -> bool {
    line.split_once(" |")
        .is_some_and(|(n, _)| n.trim().parse::<usize>().is_ok())
}

/// The first `'name'` quoted in Tera's message, which names the template at fault.
fn quoted_name(message: &str) -> Option<String> {
    let start = message.find('\'')? + 1;
    let len = message[start..].find('\'')?;
    Some(message[start..start + len].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn theme(templates: &[(&str, &str)]) -> ThemeFiles {
        ThemeFiles {
            templates: templates
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect(),
            ..ThemeFiles::default()
        }
    }

    #[test]
    fn syntax_errors_name_template_and_line() {
        let err = Renderer::new(&theme(&[("a.html", "ok\n{% if %}\n")]))
            .err()
            .unwrap()
            .to_string();
        assert!(err.starts_with("template a.html:2:"), "{err}");
    }

    #[test]
    fn unknown_variables_name_the_template() {
        let r = Renderer::new(&theme(&[("a.html", "{{ nope }}")]))
            .ok()
            .unwrap();
        let err = r.render("a.html", &Context::new()).unwrap_err().to_string();
        assert!(err.contains("a.html") && err.contains("nope"), "{err}");
    }

    #[test]
    fn unknown_filters_are_found_when_the_theme_loads() {
        let base = "<html>\n{% block body %}{% endblock body %}\n";
        let child = "{% extends \"base.html\" %}\n{% block body %}\n{{ x | upper | nosuch }}\n{% endblock body %}";
        let err = Renderer::new(&theme(&[("base.html", base), ("a.html", child)]))
            .err()
            .unwrap()
            .to_string();
        assert!(err.starts_with("template a.html:3: "), "{err}");
        assert!(err.contains("nosuch"), "{err}");
    }

    #[test]
    fn render_errors_get_the_line_of_the_missing_name() {
        let base = "<html>\n{% block body %}{% endblock body %}\n{{ site_title }}\n";
        let r = Renderer::new(&theme(&[
            ("base.html", base),
            ("a.html", "{% extends \"base.html\" %}"),
        ]))
        .ok()
        .unwrap();
        let err = r.render("a.html", &Context::new()).unwrap_err().to_string();
        assert!(err.starts_with("template base.html:3: "), "{err}");
        assert!(err.contains("site_title"), "{err}");
        let child =
            "{% extends \"base.html\" %}\n{% block body %}\n\n{{ page.title }}{% endblock body %}";
        let r = Renderer::new(&theme(&[("base.html", base), ("a.html", child)]))
            .ok()
            .unwrap();
        let mut c = Context::new();
        c.insert("page", &serde_json::json!({ "name": "x" }));
        let err = r.render("a.html", &c).unwrap_err().to_string();
        assert!(err.starts_with("template a.html:4: "), "{err}");
        assert!(err.contains("title"), "{err}");
    }

    #[test]
    fn html_is_escaped() {
        let r = Renderer::new(&theme(&[("a.html", "{{ x }}")]))
            .ok()
            .unwrap();
        let mut c = Context::new();
        c.insert("x", "<script>");
        assert_eq!(r.render("a.html", &c).unwrap(), "&lt;script&gt;");
    }

    #[test]
    fn inline_scripts_cannot_close_their_element() {
        let script = "var a = '</script><!-- x'; var b = /<\\/SCRIPT>/i; // </Script>";
        let safe = inline_script(script);
        assert!(!safe.to_lowercase().contains("</script"), "{safe}");
        assert!(!safe.contains("<!--"), "{safe}");
        assert_eq!(
            safe,
            "var a = '<\\/script><\\!-- x'; var b = /<\\/SCRIPT>/i; // <\\/Script>"
        );
    }

    #[test]
    fn the_theme_search_script_is_kept_inline_ready() {
        let mut files = theme(&[("a.html", "")]);
        files.statics = vec![("assets/search.js".into(), b"a('</p>')".to_vec())];
        let r = Renderer::new(&files).ok().unwrap();
        assert_eq!(r.search_script(), "a('<\\/p>')");
    }
}
