//! One build, start to finish: load → understand → archive → render → write. Every error of a
//! build is collected and reported together; nothing is written unless the whole build succeeds.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::archive::Archive;
use crate::config::SiteConfig;
use crate::content::{self, Article, LoadCpu, LoadOptions};
use crate::error::{Error, Location};
use crate::output::{self, Copy, Protected, Stage};
use crate::render::{Page, Renderer, SiteRender, theme};
use crate::rules::Rules;
use crate::search::{Outline, SearchDoc, write_index};

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
    /// The date taken as today when reading dates like "yesterday" in raw texts; `None` for the
    /// real one. Tests pin it so that two builds of the same files agree.
    pub today: Option<jiff::civil::Date>,
}

impl BuildOptions {
    /// The date this build takes as today.
    pub fn today(&self) -> jiff::civil::Date {
        self.today.unwrap_or_else(|| jiff::Zoned::now().date())
    }
}

/// What a successful build did.
#[derive(Debug, Clone)]
pub struct BuildReport {
    /// Articles published.
    pub articles: usize,
    /// Pages rendered (HTML, feeds, sitemap…).
    pub pages: usize,
    /// Files in the output, static files and images included.
    pub files: usize,
    /// Files whose bytes changed and were written.
    pub written: usize,
    /// Where the site went.
    pub output: PathBuf,
    /// Non-fatal problems.
    pub warnings: Vec<String>,
    /// Wall time.
    pub elapsed: Duration,
    /// Where the time went.
    pub timings: Timings,
}

/// Wall time per pipeline stage (for `--timings`).
#[derive(Debug, Clone, Default)]
pub struct Timings {
    /// Reading config, theme and templates.
    pub setup: Duration,
    /// Reading, parsing and rendering articles' Markdown / extracting raw texts.
    pub load: Duration,
    /// How `load` divides between reading, extraction and Markdown, in CPU time summed over
    /// the threads that share the work.
    pub load_cpu: LoadCpu,
    /// Matching actors and topics, building indexes.
    pub index: Duration,
    /// Rendering pages through templates.
    pub render: Duration,
    /// Writing files and swapping the output in.
    pub write: Duration,
}

impl Timings {
    /// `(stage, duration)` pairs in pipeline order.
    pub fn stages(&self) -> [(&'static str, Duration); 5] {
        [
            ("setup", self.setup),
            ("load", self.load),
            ("index", self.index),
            ("render", self.render),
            ("write", self.write),
        ]
    }
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
    /// Where the time went so far.
    pub timings: Timings,
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
    build_with_progress(options, &Progress::default())
}

/// How far a build has got, for a progress display on another thread.
#[derive(Debug, Default)]
pub struct Progress {
    /// 0 while loading articles, 1 while rendering pages, 2 once writing is done.
    pub stage: AtomicUsize,
    /// Pages rendered so far.
    pub done: AtomicUsize,
    /// Pages to render (known once rendering starts).
    pub total: AtomicUsize,
}

/// [`build`], reporting progress as it goes.
pub fn build_with_progress(
    options: &BuildOptions,
    progress: &Progress,
) -> Result<BuildReport, Error> {
    let started = Instant::now();
    let config = load_config(options)?;
    let output = output_dir(options, &config);
    output::check_output_dir(&output, &protected(&options.root, &config))?;
    let mut prepared = prepare(options, &config)?;
    let render_started = Instant::now();
    let stage = Stage::open(&output)?;
    progress.stage.store(1, Ordering::Relaxed);
    let (mut paths, mut written) = render_into(&stage, &prepared, &config, progress)?;
    progress.stage.store(2, Ordering::Relaxed);
    let pages = paths.len();
    let mut timings = prepared.timings.clone();
    timings.render = render_started.elapsed();
    let write_started = Instant::now();
    let copies = asset_copies(&prepared.archive);
    check_destinations(
        &options.root,
        &paths.iter().map(String::as_str).collect::<Vec<_>>(),
        &copies,
    )?;
    for c in &copies {
        written += usize::from(stage.copy(&c.to, &c.from)?);
        paths.push(c.to.clone());
    }
    stage.finish(&paths.iter().map(String::as_str).collect::<Vec<_>>())?;
    timings.write = write_started.elapsed();
    let report = BuildReport {
        timings,
        written,
        articles: prepared.archive.entries.len(),
        pages,
        files: paths.len(),
        output,
        warnings: std::mem::take(&mut prepared.warnings),
        elapsed: started.elapsed(),
    };
    drop_in_background((prepared, paths));
    Ok(report)
}

/// Frees `value` on a thread of its own. The loaded archive is every article's text and HTML in
/// many small allocations: freeing it took ~90 ms after a 10,000-article build, and a command-line
/// build exits as soon as it returns (the thread dies with the process, which frees it all at once).
pub(crate) fn drop_in_background<T: Send + 'static>(value: T) {
    // Where no thread can be made, the value is freed here, as usual.
    let _ = std::thread::Builder::new().spawn(move || drop(value));
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

/// A site loaded, understood and indexed: everything rendering needs.
pub struct Prepared {
    /// Templates.
    pub renderer: Renderer,
    /// The theme's and the site's static files.
    pub theme: theme::ThemeFiles,
    /// Articles and indexes.
    pub archive: Archive,
    /// Non-fatal problems.
    pub warnings: Vec<String>,
    /// Time spent so far.
    pub timings: Timings,
}

/// Reads templates and articles and builds the archive; every error of these stages is reported
/// together.
pub fn prepare(options: &BuildOptions, config: &SiteConfig) -> Result<Prepared, Error> {
    let root = &options.root;
    let mut timings = Timings::default();
    let mut clock = Instant::now();
    let mut lap = |slot: &mut Duration| {
        *slot = clock.elapsed();
        clock = Instant::now();
    };
    let mut errors = Vec::new();
    let rules = Rules::new(config)?;
    let mut theme_files = theme::load(root, config.theme.as_deref())?;
    theme::add_site_static(&mut theme_files, root)?;
    let renderer = Renderer::new(&theme_files).map_err(|e| errors.push(e)).ok();
    lap(&mut timings.setup);
    let loaded = content::load_all(&LoadOptions::new(root, config, options.today()));
    errors.extend(loaded.errors);
    timings.load_cpu = loaded.cpu;
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
    lap(&mut timings.load);
    let archive = Archive::build(articles, config, &rules)?;
    lap(&mut timings.index);
    Ok(Prepared {
        renderer,
        theme: theme_files,
        archive,
        warnings: loaded.warnings,
        timings,
    })
}

/// Loads, understands and renders the whole site in memory.
pub fn render_site(options: &BuildOptions, config: &SiteConfig) -> Result<Rendered, Error> {
    let Prepared {
        renderer,
        theme: theme_files,
        archive,
        warnings,
        mut timings,
    } = prepare(options, config)?;
    let started = Instant::now();
    let site = SiteRender::new(config, &archive, &renderer)?;
    let (pages, index) = rayon::join(|| render_pages(&site), || search_index(&site, &archive));
    let mut pages = pages?;
    pages.extend(index?);
    timings.render = started.elapsed();
    pages.extend(theme_files.statics.iter().map(|(path, bytes)| Page {
        path: path.clone(),
        bytes: bytes.clone(),
    }));
    let copies = asset_copies(&archive);
    let paths: Vec<&str> = pages.iter().map(|p| p.path.as_str()).collect();
    check_destinations(&options.root, &paths, &copies)?;
    Ok(Rendered {
        copies,
        pages,
        articles: archive.entries.len(),
        warnings,
        timings,
    })
}

/// Up to this many articles, the search index is built while pages render (faster); above it,
/// after them (less memory: at 100,000 articles, a few hundred megabytes less at the peak).
const OVERLAP_LIMIT: usize = 40_000;

/// Renders every page and writes it into the staging folder at once, so pages never pile up in
/// memory; returns the paths written (all of them, changed or not) and how many changed.
fn render_into(
    stage: &Stage,
    prepared: &Prepared,
    config: &SiteConfig,
    progress: &Progress,
) -> Result<(Vec<String>, usize), Error> {
    let archive = &prepared.archive;
    let write = |page: Page| {
        progress.done.fetch_add(1, Ordering::Relaxed);
        stage.write(&page.path, &page.bytes).map(|w| (page.path, w))
    };
    let pages = || -> Result<_, Error> {
        let site = SiteRender::new(config, archive, &prepared.renderer)?;
        let specs = site.specs();
        progress.total.store(specs.len() + 1, Ordering::Relaxed);
        let written: Vec<_> = specs
            .par_iter()
            .map(|s| site.render(*s).and_then(write))
            .collect();
        Ok((site, written))
    };
    let index = || {
        archive_files(archive, &config.base_url, |path, bytes| {
            write(Page { path, bytes })
        })
    };
    // The search page carries the index's outline, so it is rendered last, with the views.
    let with_search = |(site, written): (SiteRender, Vec<_>), outline: &Outline| {
        let search = site.render_search(outline).and_then(write);
        // Freeing the views, cards and snippets took ~0.1 s at 10,000 articles, with nothing
        // else running.
        drop_in_background(site.into_made());
        (written, search)
    };
    // The search index and data files need only the archive: building them beside the page
    // views keeps both cores busy through the views' serial stretches. A large archive makes
    // the index first and the views after it, so that the memory of both is never needed at
    // once (the views are dropped as soon as the search page is rendered).
    let (rendered, index) = if archive.entries.len() <= OVERLAP_LIMIT {
        let (rendered, (index, outline)) = rayon::join(pages, index);
        (rendered.map(|r| with_search(r, &outline)), index)
    } else {
        let (index, outline) = index();
        (pages().map(|r| with_search(r, &outline)), index)
    };
    let (rendered, search_page) = rendered?;
    let statics = prepared
        .theme
        .statics
        .par_iter()
        .map(|(path, bytes)| stage.write(path, bytes).map(|w| (path.clone(), w)));
    let results: Vec<Result<(String, bool), Error>> = rendered
        .into_iter()
        .chain(index)
        .chain([search_page])
        .chain(statics.collect::<Vec<_>>())
        .collect();
    let mut paths = Vec::with_capacity(results.len());
    let mut written = 0;
    let mut errors: Vec<Error> = Vec::new();
    for r in results {
        match r {
            Ok((path, w)) => {
                written += usize::from(w);
                paths.push(path);
            }
            Err(e) if !errors.iter().any(|x| x.to_string() == e.to_string()) => errors.push(e),
            Err(_) => {}
        }
    }
    Error::from_list(errors).map_or(Ok((paths, written)), Err)
}

/// Loads and indexes the archive without rendering (for `dossier suggest`).
pub fn load_archive(options: &BuildOptions) -> Result<(Rules, Archive), Error> {
    let config = load_config(options)?;
    let rules = Rules::new(&config)?;
    let loaded = content::load_all(&LoadOptions::new(
        &options.root,
        &config,
        jiff::Zoned::now().date(),
    ));
    if let Some(e) = Error::from_list(loaded.errors) {
        return Err(e);
    }
    let articles = loaded
        .articles
        .into_iter()
        .filter(|a| options.drafts || !a.draft)
        .collect();
    let archive = Archive::build(articles, &config, &rules)?;
    Ok((rules, archive))
}

/// Renders every page but the search page in parallel; all template errors are collected (once
/// per message).
pub fn render_pages(site: &SiteRender) -> Result<Vec<Page>, Error> {
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

/// The files built from the whole archive at once: the search page with its static index
/// (`search/…`) and the researchers' data files (`data/articles.json`, `data/mentions.csv`),
/// sorted by path.
pub fn search_index(site: &SiteRender, archive: &Archive) -> Result<Vec<Page>, Error> {
    let (mut files, outline) =
        archive_files(archive, site.base_url(), |path, bytes| Page { path, bytes });
    files.push(site.render_search(&outline)?);
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// Makes the files of [`search_index`] but the search page and hands each to `sink(path,
/// bytes)` as soon as it is made, so a build can write the search index's one file per article
/// without holding them all; returns the sink's results and the index's outline, which the
/// search page carries (see [`SiteRender::render_search`]).
pub fn archive_files<T: Send>(
    archive: &Archive,
    base_url: &str,
    sink: impl Fn(String, Vec<u8>) -> T + Sync,
) -> (Vec<T>, Outline) {
    let urls: Vec<String> = archive
        .entries
        .iter()
        .map(|e| crate::render::views::article_path(&e.article.slug))
        .collect();
    let dates: Vec<Option<String>> = archive
        .entries
        .iter()
        .map(|e| e.article.date.map(|d| d.day.to_string()))
        .collect();
    let docs: Vec<SearchDoc> = archive
        .entries
        .iter()
        .enumerate()
        .map(|(i, e)| SearchDoc {
            url: &urls[i],
            title: &e.article.title,
            date: dates[i].as_deref(),
            source: e.source.map(|s| archive.sources[s].name.as_str()),
            actors: e
                .actors
                .iter()
                .map(|&(a, _)| archive.actors[a].name.as_str())
                .collect(),
            topics: e
                .topics
                .iter()
                .map(|&t| archive.topics[t].name.as_str())
                .collect(),
            text: &e.article.text,
        })
        .collect();
    let (mut out, outline) = write_index(&docs, &sink);
    out.extend(
        crate::export::data_files(archive, base_url)
            .into_iter()
            .map(|(path, bytes)| sink(path, bytes)),
    );
    (out, outline)
}

/// A file beside an article named like a page (`index.html`) would silently replace that page:
/// an error naming the file instead (issue 6: never a silent overwrite).
fn check_destinations(root: &Path, pages: &[&str], copies: &[Copy]) -> Result<(), Error> {
    let pages: std::collections::HashSet<&str> = pages.iter().copied().collect();
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
pub fn asset_copies(archive: &Archive) -> Vec<Copy> {
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
