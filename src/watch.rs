//! Watching a site for changes (`dossier watch`, and the rebuilds behind `dossier serve`).
//!
//! Three layers, each usable alone:
//! - [`classify`]: a pure function from a changed path to what it means for the build
//!   ([`ChangeKind`]), or `None` for files that never matter (editor swap and backup files, the
//!   output folder, `.git`…);
//! - [`SiteWatcher`]: a debounced watcher over the site's sources that turns bursts of file-system
//!   events into one deduplicated batch of changes;
//! - [`watch_loop`]: build once, then rebuild on every batch. It never dies: a failed or even
//!   panicking build is reported and the loop goes on watching.

use std::collections::BTreeSet;
use std::ffi::OsStr;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use notify_debouncer_full::notify::event::{MetadataKind, ModifyKind};
use notify_debouncer_full::notify::{self, EventKind, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, DebouncedEvent, Debouncer, RecommendedCache};

use crate::config::SiteConfig;
use crate::error::Error;

/// The site's configuration file, at the root.
pub const CONFIG_FILE: &str = "site.toml";
/// Folder of themes at the root: `themes/<name>/templates/…` and `themes/<name>/static/…`.
pub const THEMES_DIR: &str = "themes";
/// Folder of static files at the root, copied as they are.
pub const STATIC_DIR: &str = "static";

/// How long a path must stay quiet before its events are delivered. Together with
/// [`SETTLE`] this keeps the delay from the last save to the rebuild under 100 ms.
pub const DEBOUNCE: Duration = Duration::from_millis(50);
/// After a first batch, how long to wait for more: one save burst over several files can straddle
/// two debouncer ticks, and should still cause one rebuild.
const SETTLE: Duration = Duration::from_millis(30);
/// A continuous stream of events (a tool rewriting files in a loop) must not postpone the rebuild
/// forever.
const MAX_SETTLE: Duration = Duration::from_millis(250);
/// How often [`watch_loop`] looks at its stop flag while nothing changes.
const POLL: Duration = Duration::from_millis(200);

/// What a changed path means for the build.
///
/// Paths are relative to the site root (`content/2019/a.md`) and may no longer exist: a deleted
/// or renamed-away article must be removed from the archive along with the pages it produced.
/// A path may also name a folder (created, moved or deleted as a whole): handle everything under
/// it. Files written right after their new folder is created can arrive before the watch on that
/// folder does, so the folder's own change is the only certain news of them.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ChangeKind {
    /// An article, or a folder of articles, was created, edited, deleted or renamed: re-load it
    /// (or drop it) and re-render its page and the pages that list it.
    Content(PathBuf),
    /// A template changed: re-render every page from the articles already in memory, without
    /// re-reading content.
    Template(PathBuf),
    /// A static file or folder (site `static/` or a theme's `static/`) changed: copy it again or
    /// remove its copy.
    Static(PathBuf),
    /// `site.toml` changed: rebuild everything.
    Config,
    /// Everything must be re-read from disk: events were lost, a source folder itself appeared
    /// or vanished, or this is the first build.
    Rescan,
    /// Nothing changed, but the last build left the files made from the whole archive (search
    /// index, data files) out of date for later (see [`BuildOutcome::deferred`]): bring them up
    /// to date. The watch loop sends this on its own once no edit is waiting.
    Deferred,
}

/// Where a site keeps its sources and its output, as the watcher needs to know them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteLayout {
    /// The site root (the folder holding `site.toml`).
    pub root: PathBuf,
    /// Articles folder, relative to the root (`content`).
    pub content_dir: PathBuf,
    /// Output folder, relative to the root when it lies inside it (`public`); never watched.
    pub output_dir: PathBuf,
}

impl SiteLayout {
    /// A layout from explicit folders; `content_dir` and `output_dir` may be relative to `root`
    /// or absolute.
    pub fn new(root: impl Into<PathBuf>, content_dir: &Path, output_dir: &Path) -> SiteLayout {
        let root = root.into();
        let content_dir = normalize(content_dir.strip_prefix(&root).unwrap_or(content_dir));
        let output_dir = normalize(output_dir.strip_prefix(&root).unwrap_or(output_dir));
        SiteLayout {
            root,
            content_dir,
            output_dir,
        }
    }

    /// The layout a loaded `site.toml` describes.
    pub fn from_config(root: impl Into<PathBuf>, config: &SiteConfig) -> SiteLayout {
        SiteLayout::new(root, &config.content_dir, &config.output_dir)
    }

    /// The output folder as a path usable from the current directory.
    pub fn output_path(&self) -> PathBuf {
        self.root.join(&self.output_dir)
    }

    /// `path` relative to the root, without `.` components; `None` when it lies outside the root
    /// or climbs with `..`.
    fn relative(&self, path: &Path) -> Option<PathBuf> {
        let rel = if path.is_absolute() {
            path.strip_prefix(&self.root).ok()?
        } else {
            path.strip_prefix(&self.root).unwrap_or(path)
        };
        if rel
            .components()
            .any(|c| matches!(c, Component::ParentDir | Component::RootDir))
        {
            return None;
        }
        Some(normalize(rel))
    }

    /// The same layout with an absolute, symlink-free root, as notify reports event paths under
    /// it; an absolute output folder inside the root becomes relative again, so it stays ignored.
    pub fn canonical(&self) -> Result<SiteLayout, Error> {
        let root = self
            .root
            .canonicalize()
            .map_err(|e| Error::io(&self.root, e))?;
        let output = if self.output_dir.is_absolute() {
            self.output_dir
                .canonicalize()
                .unwrap_or_else(|_| self.output_dir.clone())
        } else {
            self.output_dir.clone()
        };
        Ok(SiteLayout::new(root, &self.content_dir, &output))
    }

    /// The folders watched recursively, as absolute-or-root-relative paths.
    fn source_dirs(&self) -> [PathBuf; 3] {
        [
            self.root.join(&self.content_dir),
            self.root.join(THEMES_DIR),
            self.root.join(STATIC_DIR),
        ]
    }
}

/// Drops `.` components so that `./content` and `content` compare equal.
fn normalize(path: &Path) -> PathBuf {
    path.components()
        .filter(|c| !matches!(c, Component::CurDir))
        .collect()
}

/// What a change to `path` means for the build, or `None` when it does not matter.
///
/// Ignored: editor swap, backup and temporary files (see [`is_ignored_file`]), anything under
/// the output folder, `.git` and other tool folders, `target/` at the root, and paths outside
/// `site.toml`, the content folder, `themes/` and `static/`. A source folder itself appearing or
/// vanishing is a [`ChangeKind::Rescan`].
pub fn classify(layout: &SiteLayout, path: &Path) -> Option<ChangeKind> {
    let rel = layout.relative(path)?;
    if is_ignored_file(rel.file_name()?) || is_ignored_dir(layout, &rel) {
        return None;
    }
    if rel == Path::new(CONFIG_FILE) {
        return Some(ChangeKind::Config);
    }
    if rel == layout.content_dir || rel == Path::new(THEMES_DIR) || rel == Path::new(STATIC_DIR) {
        return Some(ChangeKind::Rescan);
    }
    if rel.starts_with(&layout.content_dir) {
        return Some(ChangeKind::Content(rel));
    }
    if rel.starts_with(STATIC_DIR) {
        return Some(ChangeKind::Static(rel));
    }
    if rel.starts_with(THEMES_DIR) {
        return Some(classify_theme(rel));
    }
    None
}

/// `themes/<name>/static/…` is a static file; everything else in a theme is a template (or the
/// theme folder itself, which also means re-rendering).
fn classify_theme(rel: PathBuf) -> ChangeKind {
    let mut parts = rel.components().skip(2);
    if parts.next().is_some_and(|c| c.as_os_str() == STATIC_DIR) && parts.next().is_some() {
        ChangeKind::Static(rel)
    } else {
        ChangeKind::Template(rel)
    }
}

/// Folders whose contents never feed the build: the output (or every build would trigger the
/// next), version control, editor project folders, and Cargo's `target/` at the root.
fn is_ignored_dir(layout: &SiteLayout, rel: &Path) -> bool {
    const TOOL_DIRS: [&str; 6] = [".git", ".hg", ".svn", ".jj", ".idea", "node_modules"];
    if !layout.output_dir.as_os_str().is_empty() && rel.starts_with(&layout.output_dir) {
        return true;
    }
    if rel.starts_with("target") {
        return true;
    }
    rel.components()
        .any(|c| TOOL_DIRS.iter().any(|d| c.as_os_str() == *d))
}

/// Whether a file name is an editor's swap, backup or temporary file, or OS litter.
///
/// These appear and vanish around every save (vim writes `4913` to probe the folder and keeps
/// `.a.md.swp`; JetBrains saves through `a.md___jb_tmp___` and `a.md___jb_old___`; Emacs locks
/// with `.#a.md` and autosaves to `#a.md#`), so reacting to them would rebuild for nothing or
/// try to load half-written files as articles.
pub fn is_ignored_file(name: &OsStr) -> bool {
    let Some(name) = name.to_str() else {
        return false;
    };
    const SUFFIXES: [&str; 10] = [
        "~",
        ".swp",
        ".swx",
        ".swo",
        ".swn",
        ".tmp",
        ".bak",
        ".kate-swp",
        ".crswap",
        ".part",
    ];
    const NAMES: [&str; 4] = ["4913", ".DS_Store", "Thumbs.db", "desktop.ini"];
    NAMES.contains(&name)
        || SUFFIXES.iter().any(|s| name.ends_with(s))
        || name.starts_with(".#")
        || name.starts_with(".goutputstream-")
        || (name.len() > 1 && name.starts_with('#') && name.ends_with('#'))
        || name.contains("___jb_tmp___")
        || name.contains("___jb_old___")
}

/// Events that say nothing about content: reads (the build itself reads every file) and access
/// time updates.
fn is_noise(event: &DebouncedEvent) -> bool {
    matches!(
        event.kind,
        EventKind::Access(_) | EventKind::Modify(ModifyKind::Metadata(MetadataKind::AccessTime))
    )
}

/// Reduces a set of changes to what the build needs: a rescan or a config change subsumes
/// everything else, since both rebuild from scratch.
fn collapse(changes: BTreeSet<ChangeKind>) -> Vec<ChangeKind> {
    if changes.contains(&ChangeKind::Rescan) {
        vec![ChangeKind::Rescan]
    } else if changes.contains(&ChangeKind::Config) {
        vec![ChangeKind::Config]
    } else {
        changes.into_iter().collect()
    }
}

/// A debounced watcher over a site's sources.
///
/// Watches the root without recursion (for `site.toml` and source folders coming and going) and
/// the content folder, `themes/` and `static/` recursively, so the output folder is never
/// watched at all, wherever it is.
pub struct SiteWatcher {
    layout: SiteLayout,
    debouncer: Debouncer<RecommendedWatcher, RecommendedCache>,
    events: Receiver<DebounceEventResult>,
    watched: Vec<PathBuf>,
}

impl SiteWatcher {
    /// Starts watching `layout.root`. Fails when the root cannot be read or the operating system
    /// refuses a watch.
    pub fn new(layout: SiteLayout) -> Result<SiteWatcher, Error> {
        let layout = layout.canonical()?;
        let (sender, events) = mpsc::channel();
        let debouncer = notify_debouncer_full::new_debouncer(DEBOUNCE, None, sender)
            .map_err(|e| watch_error(&layout.root, &e))?;
        let mut watcher = SiteWatcher {
            layout,
            debouncer,
            events,
            watched: Vec::new(),
        };
        let root = watcher.layout.root.clone();
        watcher
            .debouncer
            .watch(&root, RecursiveMode::NonRecursive)
            .map_err(|e| watch_error(&root, &e))?;
        watcher.rewatch_sources();
        Ok(watcher)
    }

    /// The layout, with the root made absolute.
    pub fn layout(&self) -> &SiteLayout {
        &self.layout
    }

    /// Waits up to `timeout` for changes and returns them as one deduplicated batch, or `None`
    /// when nothing that matters happened.
    pub fn next_batch(&mut self, timeout: Duration) -> Option<Vec<ChangeKind>> {
        let first = match self.events.recv_timeout(timeout) {
            Ok(first) => first,
            Err(RecvTimeoutError::Timeout) => return None,
            Err(RecvTimeoutError::Disconnected) => {
                // The debouncer thread is gone; avoid a busy loop and let the caller go on.
                std::thread::sleep(timeout);
                return None;
            }
        };
        let mut changes = BTreeSet::new();
        self.absorb(first, &mut changes);
        let started = Instant::now();
        while started.elapsed() < MAX_SETTLE {
            match self.events.recv_timeout(SETTLE) {
                Ok(more) => self.absorb(more, &mut changes),
                Err(_) => break,
            }
        }
        if changes.contains(&ChangeKind::Rescan) {
            // A source folder may have been replaced (git checkout, a sync tool): its old watch
            // died with it.
            self.rewatch_sources();
        }
        (!changes.is_empty()).then(|| collapse(changes))
    }

    /// Adds what one debouncer delivery means to `changes`.
    fn absorb(&self, delivery: DebounceEventResult, changes: &mut BTreeSet<ChangeKind>) {
        match delivery {
            Ok(events) => {
                for event in events.iter().filter(|e| !is_noise(e)) {
                    if event.need_rescan() {
                        changes.insert(ChangeKind::Rescan);
                    }
                    changes.extend(event.paths.iter().filter_map(|p| classify(&self.layout, p)));
                }
            }
            Err(errors) => {
                for error in errors {
                    eprintln!("warning: {}", watch_error(&self.layout.root, &error));
                }
                // After a watcher error some events may be lost: only a full rebuild is safe.
                changes.insert(ChangeKind::Rescan);
            }
        }
    }

    /// (Re)establishes the recursive watches on the source folders that exist now.
    fn rewatch_sources(&mut self) {
        for dir in std::mem::take(&mut self.watched) {
            // Fails when the folder vanished, which already removed the watch.
            let _ = self.debouncer.unwatch(&dir);
        }
        for dir in self.layout.source_dirs() {
            if !dir.is_dir() {
                continue;
            }
            match self.debouncer.watch(&dir, RecursiveMode::Recursive) {
                Ok(()) => self.watched.push(dir),
                Err(e) => eprintln!("warning: {}", watch_error(&dir, &e)),
            }
        }
    }
}

/// A notify error as the library's error, with a hint for the usual Linux limit.
fn watch_error(path: &Path, error: &notify::Error) -> Error {
    let mut message = error.to_string();
    if matches!(error.kind, notify::ErrorKind::MaxFilesWatch) {
        message.push_str(" (raise fs.inotify.max_user_watches)");
    }
    Error::Watch {
        path: path.to_path_buf(),
        message,
    }
}

/// A batch of changes digested into the work an incremental build has to do.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    /// Re-read everything (configuration, templates, content) as a clean build does.
    pub full: bool,
    /// Re-load the templates and re-render every page from the articles in memory.
    pub templates: bool,
    /// Content paths to re-load (files or folders; gone ones drop their articles), after which
    /// their pages and every page that lists them are re-rendered.
    pub content: Vec<PathBuf>,
    /// Static files or folders to copy again, or to remove from the output when gone.
    pub statics: Vec<PathBuf>,
    /// Bring deferred files up to date ([`ChangeKind::Deferred`]).
    pub deferred: bool,
}

impl Plan {
    /// The plan for one batch from [`SiteWatcher::next_batch`] (or `[Rescan]` for a first build).
    pub fn new(changes: &[ChangeKind]) -> Plan {
        let mut plan = Plan::default();
        for change in changes {
            match change {
                ChangeKind::Rescan | ChangeKind::Config => plan.full = true,
                ChangeKind::Template(_) => plan.templates = true,
                ChangeKind::Content(path) => plan.content.push(path.clone()),
                ChangeKind::Static(path) => plan.statics.push(path.clone()),
                ChangeKind::Deferred => plan.deferred = true,
            }
        }
        if plan.full {
            return Plan {
                full: true,
                ..Plan::default()
            };
        }
        plan
    }
}

/// What a build reports back to the watch loop.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BuildOutcome {
    /// Pages (and other files) written by this build; 0 when nothing changed.
    pub pages_written: usize,
    /// Pages (and other files) rendered again because their inputs changed, whether or not
    /// their bytes did: what an incremental rebuild costs.
    pub pages_rendered: usize,
    /// The build brought the pages up to date but left the files made from the whole archive
    /// (search index, data files) for a follow-up build of `[ChangeKind::Deferred]`, so that
    /// the edited page is served as soon as possible.
    pub deferred: bool,
}

/// Builds once, then rebuilds on every batch of changes until `stop` is set.
///
/// The first call to `rebuild` gets `[ChangeKind::Rescan]`; the watcher is already running then,
/// so edits made during the first build are not lost. Every result is printed (errors with their
/// file, line and column) and handed to `on_result`, which the server uses to reload browsers or
/// show the error. A failing or panicking build never ends the loop; only a watcher that cannot
/// start returns an error.
pub fn watch_loop<R, F>(
    layout: SiteLayout,
    stop: &AtomicBool,
    mut rebuild: R,
    mut on_result: F,
) -> Result<(), Error>
where
    R: FnMut(&[ChangeKind]) -> Result<BuildOutcome, Error>,
    F: FnMut(&[ChangeKind], &Result<BuildOutcome, Error>),
{
    let mut watcher = SiteWatcher::new(layout)?;
    let mut changes = vec![ChangeKind::Rescan];
    loop {
        let started = Instant::now();
        let result = run_guarded(&mut rebuild, &changes);
        report(&changes, &result, started.elapsed());
        on_result(&changes, &result);
        // Deferred work waits for the next edit, if one is already on its way; never longer.
        let mut deferred = matches!(result, Ok(BuildOutcome { deferred: true, .. }));
        changes = loop {
            if stop.load(Ordering::Relaxed) {
                return Ok(());
            }
            let wait = if deferred { Duration::ZERO } else { POLL };
            if let Some(batch) = watcher.next_batch(wait) {
                break batch;
            }
            if std::mem::take(&mut deferred) {
                break vec![ChangeKind::Deferred];
            }
        };
    }
}

/// Runs one build, turning a panic into an error so that the loop survives bugs in the pipeline.
fn run_guarded<R>(rebuild: &mut R, changes: &[ChangeKind]) -> Result<BuildOutcome, Error>
where
    R: FnMut(&[ChangeKind]) -> Result<BuildOutcome, Error>,
{
    panic::catch_unwind(AssertUnwindSafe(|| rebuild(changes))).unwrap_or_else(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown cause".to_string());
        Err(Error::Panic { message })
    })
}

/// Prints one build's result for the terminal.
fn report(changes: &[ChangeKind], result: &Result<BuildOutcome, Error>, elapsed: Duration) {
    let what = describe(changes);
    let ms = elapsed.as_millis();
    match result {
        Ok(outcome) => eprintln!(
            "built ({what}) in {ms} ms: {} files written",
            outcome.pages_written
        ),
        Err(error) => {
            eprintln!("error: build ({what}) failed after {ms} ms:");
            eprintln!("{error}");
            eprintln!("still watching; the last good build stays in place");
        }
    }
}

/// A short description of a batch for the terminal: the first paths, then a count.
fn describe(changes: &[ChangeKind]) -> String {
    let names: Vec<String> = changes
        .iter()
        .map(|c| match c {
            ChangeKind::Content(p) | ChangeKind::Template(p) | ChangeKind::Static(p) => {
                p.display().to_string()
            }
            ChangeKind::Config => CONFIG_FILE.to_string(),
            ChangeKind::Rescan => "everything".to_string(),
            ChangeKind::Deferred => "search index and data files".to_string(),
        })
        .collect();
    match names.len() {
        0..=3 => names.join(", "),
        n => format!("{}, and {} more", names[..2].join(", "), n - 2),
    }
}

#[cfg(test)]
mod tests;
