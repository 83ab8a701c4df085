//! One build, start to finish: load → understand → archive → render → write. Every error of a
//! build is collected and reported together; nothing is written unless the whole build succeeds.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::archive::Archive;
use crate::config::SiteConfig;
use crate::content::{self, Article, LoadOptions};
use crate::error::{Error, Location};
use crate::output::{self, Copy, Protected};
use crate::render::{Page, Renderer, SiteRender, theme};
use crate::rules::Rules;

/// What to build and how.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// The site root (folder of site.toml).
    pub root: PathBuf,
    /// Output folder; defaults to site.toml's `output_dir` under the root.
    pub output: Option<PathBuf>,
    /// Replaces site.toml's `base_url`.
    pub base_url: Option<String>,
    /// Include drafts.
    pub drafts: bool,
}

/// What a successful build did.
#[derive(Debug, Clone)]
pub struct BuildReport {
    /// Articles published.
    pub articles: usize,
    /// Pages rendered (HTML, feeds, sitemap…).
    pub pages: usize,
    /// Files written in total, static files and images included.
    pub files: usize,
    /// Where the site went.
    pub output: PathBuf,
    /// Non-fatal problems.
    pub warnings: Vec<String>,
    /// Wall time.
    pub elapsed: Duration,
}

/// Everything a build renders, before it is written.
pub struct Rendered {
    /// Pages from templates.
    pub pages: Vec<Page>,
    /// Files copied as they are.
    pub copies: Vec<Copy>,
    /// Articles published.
    pub articles: usize,
    /// Non-fatal problems.
    pub warnings: Vec<String>,
}

/// Reads the site's configuration with command-line overrides applied.
pub fn load_config(options: &BuildOptions) -> Result<SiteConfig, Error> {
    let mut config = SiteConfig::load(&options.root)?;
    if let Some(url) = &options.base_url {
        config.set_base_url(url);
    }
    Ok(config)
}

/// The output folder a build writes to.
pub fn output_dir(options: &BuildOptions, config: &SiteConfig) -> PathBuf {
    options
        .output
        .clone()
        .unwrap_or_else(|| options.root.join(&config.output_dir))
}

/// Builds the site and publishes it.
pub fn build(options: &BuildOptions) -> Result<BuildReport, Error> {
    let started = Instant::now();
    let config = load_config(options)?;
    let output = output_dir(options, &config);
    output::check_output_dir(&output, &protected(&options.root, &config))?;
    let rendered = render_site(options, &config)?;
    let files = output::publish(&output, &rendered.pages, &rendered.copies)?;
    Ok(BuildReport {
        articles: rendered.articles,
        pages: rendered.pages.len(),
        files,
        output,
        warnings: rendered.warnings,
        elapsed: started.elapsed(),
    })
}

/// The folders no output may replace.
pub fn protected(root: &Path, config: &SiteConfig) -> Protected {
    Protected {
        dirs: vec![
            root.to_path_buf(),
            root.join(&config.content_dir),
            root.join("themes"),
            root.join("static"),
            root.join(crate::config::CONFIG_FILE),
        ],
    }
}

/// Loads, understands and renders the whole site in memory.
pub fn render_site(options: &BuildOptions, config: &SiteConfig) -> Result<Rendered, Error> {
    let root = &options.root;
    let mut errors = Vec::new();
    let rules = Rules::new(config)?;
    let mut theme_files = theme::load(root, config.theme.as_deref())?;
    theme::add_site_static(&mut theme_files, root)?;
    let renderer = Renderer::new(&theme_files).map_err(|e| errors.push(e)).ok();
    let today = jiff::Zoned::now().date();
    let loaded = content::load_all(&LoadOptions::new(root, config, today));
    errors.extend(loaded.errors);
    let renderer = match (renderer, Error::from_list(errors)) {
        (Some(renderer), None) => renderer,
        (_, Some(e)) => return Err(e),
        (None, None) => unreachable!("a failed renderer always records its error"),
    };
    let articles: Vec<Article> = loaded
        .articles
        .into_iter()
        .filter(|a| options.drafts || !a.draft)
        .collect();
    let archive = Archive::build(articles, config, &rules)?;
    let pages = render_pages(&archive, config, &renderer)?;
    let mut pages = pages;
    pages.extend(theme_files.statics.iter().map(|(path, bytes)| Page {
        path: path.clone(),
        bytes: bytes.clone(),
    }));
    let copies = asset_copies(&archive);
    check_destinations(root, &pages, &copies)?;
    Ok(Rendered {
        copies,
        pages,
        articles: archive.entries.len(),
        warnings: loaded.warnings,
    })
}

/// Renders every page in parallel; all template errors are collected (once per message).
pub fn render_pages(
    archive: &Archive,
    config: &SiteConfig,
    renderer: &Renderer,
) -> Result<Vec<Page>, Error> {
    let site = SiteRender::new(config, archive, renderer);
    let specs = site.specs();
    let results: Vec<Result<Page, Error>> = specs.par_iter().map(|s| site.render(*s)).collect();
    let mut pages = Vec::with_capacity(results.len());
    let mut errors: Vec<Error> = Vec::new();
    for r in results {
        match r {
            Ok(p) => pages.push(p),
            Err(e) => {
                if !errors.iter().any(|x| x.to_string() == e.to_string()) {
                    errors.push(e);
                }
            }
        }
    }
    Error::from_list(errors).map_or(Ok(pages), Err)
}

/// A file beside an article named like a page (`index.html`) would silently replace that page:
/// an error naming the file instead (issue 6: never a silent overwrite).
fn check_destinations(root: &Path, pages: &[Page], copies: &[Copy]) -> Result<(), Error> {
    let pages: std::collections::HashSet<&str> = pages.iter().map(|p| p.path.as_str()).collect();
    let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let errors = copies
        .iter()
        .filter(|c| pages.contains(c.to.as_str()))
        .map(|c| Error::UnsafePath {
            at: Location::file(content::display_path(&root, &c.from)),
            message: format!("linked from an article, it would replace the page {}", c.to),
        })
        .collect();
    Error::from_list(errors).map_or(Ok(()), Err)
}

/// Images and other files articles refer to, copied next to their pages.
fn asset_copies(archive: &Archive) -> Vec<Copy> {
    archive
        .entries
        .iter()
        .flat_map(|e| {
            e.article.assets.iter().map(move |a| Copy {
                to: format!(
                    "{}{}",
                    crate::render::views::article_path(&e.article.slug),
                    a.name
                ),
                from: a.from.clone(),
            })
        })
        .collect()
}
