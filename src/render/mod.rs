//! Rendering: Tera set up with the theme's templates, and one function per page kind that turns
//! the archive into `(output path, bytes)` pairs. Links inside pages are relative (`root` is the
//! way back to the site root from each page), so the output works at any path.

pub mod mentions;
pub mod pages;
pub mod reader;
pub mod theme;
pub mod timeline;
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
}

impl Renderer {
    /// Parses every template of the theme; all syntax errors are reported together.
    pub fn new(theme: &ThemeFiles) -> Result<Renderer, Error> {
        let mut tera = Tera::default();
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
        Ok(Renderer { tera, origins })
    }

    /// Renders one template.
    pub fn render(&self, template: &str, context: &Context) -> Result<String, Error> {
        self.tera
            .render(template, context)
            .map_err(|e| template_error(&self.origins, Some(template), &e))
    }
}

fn escape(s: &str) -> String {
    crate::text::escape_html(s)
}

/// Flattens Tera's error chain into one message naming the template (and its file when it
/// comes from a theme folder) and the line, when Tera gives one.
fn template_error(origins: &[(String, PathBuf)], template: Option<&str>, e: &tera::Error) -> Error {
    let mut parts = vec![e.to_string()];
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        parts.push(s.to_string());
        source = s.source();
    }
    let full = parts.join(": ");
    let name = template
        .map(str::to_string)
        .or_else(|| quoted_name(&full))
        .unwrap_or_else(|| "?".into());
    let line = full
        .split("--> ")
        .nth(1)
        .and_then(|rest| rest.split(':').next())
        .and_then(|n| n.trim().parse().ok());
    let shown = match origins.iter().find(|(n, _)| *n == name) {
        Some((_, path)) => format!("{name} ({})", path.display()),
        None => name,
    };
    let message = full
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    Error::Template {
        template: shown,
        line,
        message,
    }
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
    fn html_is_escaped() {
        let r = Renderer::new(&theme(&[("a.html", "{{ x }}")]))
            .ok()
            .unwrap();
        let mut c = Context::new();
        c.insert("x", "<script>");
        assert_eq!(r.render("a.html", &c).unwrap(), "&lt;script&gt;");
    }
}
