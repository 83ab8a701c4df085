//! A site kept across rebuilds: `dossier watch` and `dossier serve` hold one [`Session`] and ask
//! it to rebuild after every batch of changes the watcher reports.
//!
//! The session keeps what a build reads (configuration, rules, theme, every article with what
//! the rules found in it) and what it wrote (a fingerprint per output file), so a rebuild only
//! re-reads the files that changed and only renders and writes the pages whose inputs changed:
//! - `site.toml` or a rescan: everything is read again and published atomically, as by
//!   [`build()`](crate::build::build);
//! - a template: the theme is read again and every page re-rendered, without reading content;
//! - articles: only those files are read again (a folder or any other file under content/, which
//!   may be an image an article shows, re-reads all content);
//! - static files: the theme's and the site's static files are read again.
//!
//! Incremental results are written into the output folder file by file (each one atomically),
//! and must be byte-identical to a clean build of the same files (the integration tests check
//! this after every step of a long sequence of edits).

mod outputs;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::archive::{Archive, Scanned};
use crate::build::{BuildOptions, load_config, output_dir, protected};
use crate::config::SiteConfig;
use crate::content::{self, Article, LoadOptions};
use crate::error::Error;
use crate::hash::Map;
use crate::render::pages::{Prerendered, hash_of};
use crate::render::{Renderer, ThemeFiles, theme};
use crate::rules::Rules;
use crate::watch::{BuildOutcome, ChangeKind, Plan};

/// The state of a site between rebuilds.
pub struct Session {
    options: BuildOptions,
    /// `None` until a full load gets through configuration and theme (and again after either
    /// fails), which makes the next rebuild a full one.
    state: Option<State>,
    /// See [`Session::defer_global_files`].
    defer: bool,
}

/// Everything read from the site, and what the output folder holds.
struct State {
    config: SiteConfig,
    output: PathBuf,
    rules: Rules,
    theme: ThemeFiles,
    renderer: Renderer,
    /// Bumped whenever the templates may have changed, invalidating every page.
    generation: u64,
    load: LoadOptions,
    /// Articles by file, relative to the site root.
    articles: BTreeMap<PathBuf, Kept>,
    /// Article files that failed to load: the build fails until they are fixed or gone.
    broken: BTreeSet<PathBuf>,
    cards: Prerendered,
    /// What the output folder holds; `None` when unknown, so the next render publishes it whole.
    written: Option<outputs::Written>,
}

/// A loaded article, its rule hits, and a hash of the parts only its own page shows.
struct Kept {
    scanned: Scanned,
    body: u64,
}

impl Session {
    /// A session for a site; nothing is read until the first rebuild.
    pub fn new(options: BuildOptions) -> Session {
        Session {
            options,
            state: None,
            defer: false,
        }
    }

    /// Lets incremental rebuilds leave the files made from the whole archive (search index,
    /// data files) for a follow-up `[ChangeKind::Deferred]` rebuild, which the watch loop sends
    /// once no edit is waiting: the edited pages are then served sooner. Off by default, so
    /// that every rebuild leaves a complete output.
    ///
    /// [`ChangeKind::Deferred`]: crate::watch::ChangeKind::Deferred
    pub fn defer_global_files(&mut self, defer: bool) {
        self.defer = defer;
    }

    /// Rebuilds after `changes`. On error the output is left as it was (or, if writing itself
    /// failed, the next rebuild rewrites it whole).
    pub fn rebuild(&mut self, changes: &[ChangeKind]) -> Result<BuildOutcome, Error> {
        let plan = Plan::new(changes);
        let Some(state) = self.state.as_mut().filter(|_| !plan.full) else {
            return self.full();
        };
        let root = &self.options.root;
        if plan.templates || !plan.statics.is_empty() {
            let reloaded = state.reload_theme(root, plan.templates);
            if let Err(e) = reloaded {
                self.state = None;
                return Err(e);
            }
        }
        if !plan.content.is_empty() {
            state.reload_content(root, &plan.content);
        }
        state.render(&self.options, plan.deferred || !self.defer)
    }

    /// Reads everything again, then renders and publishes the whole site.
    fn full(&mut self) -> Result<BuildOutcome, Error> {
        self.state = None;
        let state = State::load(&self.options)?;
        self.state.insert(state).render(&self.options, true)
    }
}

impl State {
    /// Reads configuration, rules, theme and every article.
    fn load(options: &BuildOptions) -> Result<State, Error> {
        let config = load_config(options)?;
        let output = output_dir(options, &config);
        crate::output::check_output_dir(&output, &protected(&options.root, &config))?;
        let rules = Rules::new(&config)?;
        let theme = read_theme(&options.root, &config)?;
        let renderer = Renderer::new(&theme)?;
        let load = LoadOptions::new(&options.root, &config, options.today());
        let mut state = State {
            config,
            output,
            rules,
            theme,
            renderer,
            generation: 0,
            load,
            articles: BTreeMap::new(),
            broken: BTreeSet::new(),
            cards: Prerendered::incremental(),
            written: None,
        };
        state.reload_all_content(&options.root);
        Ok(state)
    }

    /// Reads the theme again: the renderer too when templates changed, and otherwise the search
    /// script it inlines in the search page, which is a static file.
    fn reload_theme(&mut self, root: &Path, templates: bool) -> Result<(), Error> {
        let theme = read_theme(root, &self.config)?;
        if templates {
            self.renderer = Renderer::new(&theme)?;
            self.generation += 1;
        } else {
            self.renderer.reload_search_script(&theme);
        }
        self.theme = theme;
        Ok(())
    }

    /// Re-reads the named content paths; anything but article files re-reads all content, since
    /// a folder may hold many articles and any other file may be an image an article shows.
    fn reload_content(&mut self, root: &Path, paths: &[PathBuf]) {
        let mut files = Vec::new();
        for rel in paths {
            let key = normalize(rel);
            let path = root.join(&key);
            if !content::is_article(&path) || path.is_dir() {
                return self.reload_all_content(root);
            }
            self.articles.remove(&key);
            self.broken.remove(&key);
            if path.is_file() && !self.is_ignored(&key) {
                files.push(path);
            }
        }
        self.load_files(root, &files);
    }

    /// Forgets every article and reads the content folder again.
    fn reload_all_content(&mut self, root: &Path) {
        self.articles.clear();
        self.broken.clear();
        let files = if self.load.content_dir.is_dir() {
            content::walk(&self.load, &mut Vec::new())
        } else {
            Vec::new()
        };
        self.load_files(root, &files);
    }

    /// Loads and scans article files in parallel.
    fn load_files(&mut self, root: &Path, files: &[PathBuf]) {
        let loaded: Vec<(PathBuf, Option<Kept>)> = files
            .par_iter()
            .map(|f| {
                let key = normalize(&content::display_path(root, f));
                let kept = content::load_file(f, &self.load).ok();
                (key, kept.map(|a| keep(a, &self.rules)))
            })
            .collect();
        for (key, kept) in loaded {
            match kept {
                Some(kept) => drop(self.articles.insert(key, kept)),
                None => drop(self.broken.insert(key)),
            }
        }
    }

    /// Whether a content path lies in a folder or file the content walk skips.
    fn is_ignored(&self, key: &Path) -> bool {
        let content = normalize(&self.config.content_dir);
        key.strip_prefix(&content)
            .unwrap_or(key)
            .components()
            .any(|c| content::is_ignored_name(&c.as_os_str().to_string_lossy()))
    }

    /// The errors of the broken articles, read again so they say what is wrong now.
    fn load_errors(&self, root: &Path) -> Option<Error> {
        let errors = self
            .broken
            .iter()
            .filter_map(|key| content::load_file(&root.join(key), &self.load).err())
            .collect();
        Error::from_list(errors)
    }

    /// Builds the archive from the articles in memory, then renders and writes what changed;
    /// `global`: the search index and data files too.
    fn render(&mut self, options: &BuildOptions, global: bool) -> Result<BuildOutcome, Error> {
        if let Some(e) = self.load_errors(&options.root) {
            return Err(e);
        }
        let scanned: Vec<Scanned> = self
            .articles
            .values()
            .filter(|k| options.drafts || !k.scanned.article.draft)
            .map(|k| k.scanned.clone())
            .collect();
        let archive = Archive::from_scanned(scanned, &self.config, &self.rules)?;
        // By the article's address: looking 10,000 paths up took a tenth of an edit's rebuild.
        // An article whose slug was changed for a clash is a copy, found by its path.
        let by_article: Map<*const Article, u64> = self
            .articles
            .values()
            .map(|k| (Arc::as_ptr(&k.scanned.article), k.body))
            .collect();
        let bodies: Vec<u64> = archive
            .entries
            .iter()
            .map(|e| match by_article.get(&Arc::as_ptr(&e.article)) {
                Some(&body) => body,
                None => self
                    .articles
                    .get(&normalize(&e.article.file))
                    .map_or(0, |k| k.body),
            })
            .collect();
        outputs::update(self, &archive, &bodies, global)
    }
}

/// The site's theme with its static files and the site's own.
fn read_theme(root: &Path, config: &SiteConfig) -> Result<ThemeFiles, Error> {
    let mut files = theme::load(root, config.theme.as_deref())?;
    theme::add_site_static(&mut files, root)?;
    Ok(files)
}

/// Scans a freshly loaded article and hashes what only its own page shows.
fn keep(article: Article, rules: &Rules) -> Kept {
    let body = hash_of(&(
        &article.body_html,
        &article.text,
        format!("{:?}", article.extra),
        format!("{:?}", article.dropped),
    ));
    Kept {
        scanned: Scanned::new(Arc::new(article), rules),
        body,
    }
}

/// Drops `.` components, so that `./content/a.md` and `content/a.md` are one key.
fn normalize(path: &Path) -> PathBuf {
    path.components()
        .filter(|c| !matches!(c, Component::CurDir))
        .collect()
}
