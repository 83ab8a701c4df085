//! Themes: the default theme's templates and static files are compiled into the binary; a site's
//! `themes/<name>/` overrides them file by file.

use std::path::{Path, PathBuf};

use crate::error::Error;

/// One built-in file: its name relative to the theme folder part and its contents.
pub type Embedded = (&'static str, &'static str);

macro_rules! embed {
    ($dir:literal: $($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("../../themes/default/", $dir, "/", $name)))),*]
    };
}

/// The default theme's templates.
pub const DEFAULT_TEMPLATES: &[Embedded] = embed!("templates":
    "base.html", "list.html", "pager.html", "index.html", "article.html", "actors.html", "actor.html",
    "topics.html", "topic.html", "sources.html", "source.html", "archive.html", "year.html",
    "month.html", "undated.html", "404.html", "search.html", "card.html", "profile.html", "atom.xml", "entry.xml", "sitemap.xml",
    "robots.txt",
);

/// The default theme's static files (copied to the output root).
pub const DEFAULT_STATIC: &[Embedded] = embed!("static":
    "assets/style.css", "assets/search.css", "assets/search.js", "assets/reader.js", "assets/favicon.svg",
);

/// A theme's files after overrides: template sources by name, static files by output path.
#[derive(Debug, Clone, Default)]
pub struct ThemeFiles {
    /// `(name, source)` of every template.
    pub templates: Vec<(String, String)>,
    /// `(output path, bytes)` of every static file.
    pub statics: Vec<(String, Vec<u8>)>,
    /// Where an overriding template came from, for error messages.
    pub origins: Vec<(String, PathBuf)>,
}

/// Collects the default theme, overridden by `themes/<name>/` when the site names a theme.
pub fn load(root: &Path, theme: Option<&str>) -> Result<ThemeFiles, Error> {
    let mut files = ThemeFiles {
        templates: DEFAULT_TEMPLATES
            .iter()
            .map(|(n, s)| (n.to_string(), s.to_string()))
            .collect(),
        statics: DEFAULT_STATIC
            .iter()
            .map(|(n, s)| (n.to_string(), s.as_bytes().to_vec()))
            .collect(),
        origins: Vec::new(),
    };
    if let Some(name) = theme {
        let dir = root.join("themes").join(name);
        if !dir.is_dir() {
            return Err(Error::Config {
                at: crate::error::Location::file(crate::config::CONFIG_FILE),
                message: format!(
                    "theme {name:?} not found: expected a folder {}",
                    dir.display()
                ),
            });
        }
        for (rel, path) in list_files(&dir.join("templates"))? {
            let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
            replace(&mut files.templates, rel.clone(), text);
            files.origins.push((rel, path));
        }
        for (rel, path) in list_files(&dir.join("static"))? {
            let bytes = std::fs::read(&path).map_err(|e| Error::io(&path, e))?;
            replace(&mut files.statics, rel, bytes);
        }
    }
    Ok(files)
}

/// Adds the site's own `static/` folder (copied to the output root as-is).
pub fn add_site_static(files: &mut ThemeFiles, root: &Path) -> Result<(), Error> {
    for (rel, path) in list_files(&root.join("static"))? {
        let bytes = std::fs::read(&path).map_err(|e| Error::io(&path, e))?;
        replace(&mut files.statics, rel, bytes);
    }
    Ok(())
}

fn replace<T>(list: &mut Vec<(String, T)>, name: String, value: T) {
    match list.iter_mut().find(|(n, _)| *n == name) {
        Some(slot) => slot.1 = value,
        None => list.push((name, value)),
    }
}

/// Every file under `dir` as (relative path with `/`, full path); nothing if `dir` is missing.
fn list_files(dir: &Path) -> Result<Vec<(String, PathBuf)>, Error> {
    let mut out = Vec::new();
    if !dir.is_dir() {
        return Ok(out);
    }
    for entry in walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
    {
        let entry = entry.map_err(|e| {
            let path = e.path().unwrap_or(dir).to_path_buf();
            Error::io(
                &path,
                e.into_io_error()
                    .unwrap_or_else(|| std::io::Error::other("symlink loop")),
            )
        })?;
        let name = entry.file_name().to_string_lossy();
        if !entry.file_type().is_file() || crate::content::is_ignored_name(&name) {
            continue;
        }
        let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
        let rel = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        out.push((rel, entry.into_path()));
    }
    Ok(out)
}
