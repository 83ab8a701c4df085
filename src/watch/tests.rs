//! Tests for the watcher: `classify` exhaustively (it is pure), then the real debounced watcher
//! and the loop against a temporary site on disk.

use super::*;
use std::fs;
use std::sync::Arc;
use std::sync::atomic::AtomicUsize;

fn layout() -> SiteLayout {
    SiteLayout::new("/site", Path::new("content"), Path::new("public"))
}

fn kind(path: &str) -> Option<ChangeKind> {
    classify(&layout(), Path::new(path))
}

fn content(path: &str) -> Option<ChangeKind> {
    Some(ChangeKind::Content(PathBuf::from(path)))
}

#[test]
fn articles_are_content_changes_relative_to_the_root() {
    assert_eq!(kind("/site/content/a.md"), content("content/a.md"));
    assert_eq!(
        kind("/site/content/2019/01/b.txt"),
        content("content/2019/01/b.txt")
    );
    assert_eq!(kind("content/a.md"), content("content/a.md"));
    assert_eq!(kind("/site/./content/a.md"), content("content/a.md"));
    // A folder of articles (created, deleted, renamed) is a content change too.
    assert_eq!(kind("/site/content/2019"), content("content/2019"));
}

#[test]
fn config_templates_and_static_files() {
    assert_eq!(kind("/site/site.toml"), Some(ChangeKind::Config));
    assert_eq!(
        kind("/site/themes/default/templates/article.html"),
        Some(ChangeKind::Template(PathBuf::from(
            "themes/default/templates/article.html"
        )))
    );
    assert_eq!(
        kind("/site/themes/dark/static/style.css"),
        Some(ChangeKind::Static(PathBuf::from(
            "themes/dark/static/style.css"
        )))
    );
    assert_eq!(
        kind("/site/static/img/logo.png"),
        Some(ChangeKind::Static(PathBuf::from("static/img/logo.png")))
    );
    // A whole theme appearing changes how pages render.
    assert_eq!(
        kind("/site/themes/dark"),
        Some(ChangeKind::Template(PathBuf::from("themes/dark")))
    );
}

#[test]
fn source_folders_themselves_mean_a_rescan() {
    for path in ["/site/content", "/site/themes", "/site/static"] {
        assert_eq!(kind(path), Some(ChangeKind::Rescan), "{path}");
    }
}

#[test]
fn editor_swap_backup_and_temp_files_are_ignored() {
    let ignored = [
        "/site/content/.a.md.swp",
        "/site/content/.a.md.swx",
        "/site/content/.a.md.swo",
        "/site/content/a.md~",
        "/site/content/4913",
        "/site/content/.#a.md",
        "/site/content/#a.md#",
        "/site/content/a.md.tmp",
        "/site/content/a.md.bak",
        "/site/content/a.md___jb_tmp___",
        "/site/content/a.md___jb_old___",
        "/site/content/.DS_Store",
        "/site/themes/default/templates/.base.html.swp",
        "/site/themes/default/templates/base.html~",
        "/site/site.toml~",
        "/site/.site.toml.swp",
        "/site/content/.goutputstream-XYZ123",
    ];
    for path in ignored {
        assert_eq!(kind(path), None, "{path}");
    }
}

#[test]
fn names_that_merely_resemble_temp_files_are_kept() {
    assert_eq!(
        kind("/site/content/#hashtag.md"),
        content("content/#hashtag.md")
    );
    assert_eq!(kind("/site/content/49130.md"), content("content/49130.md"));
    assert_eq!(kind("/site/content/swap.md"), content("content/swap.md"));
}

#[test]
fn output_vcs_and_build_folders_are_ignored() {
    for path in [
        "/site/public",
        "/site/public/index.html",
        "/site/public/content/a/index.html",
        "/site/.git/index",
        "/site/content/.git/HEAD",
        "/site/target/debug/dossier",
        "/site/node_modules/x/index.js",
    ] {
        assert_eq!(kind(path), None, "{path}");
    }
    // `target` is only Cargo's at the root; an article folder may be called that.
    assert_eq!(
        kind("/site/content/target/a.md"),
        content("content/target/a.md")
    );
}

#[test]
fn output_inside_content_is_still_ignored() {
    let layout = SiteLayout::new("/site", Path::new("content"), Path::new("content/out"));
    assert_eq!(
        classify(&layout, Path::new("/site/content/out/index.html")),
        None
    );
    assert!(classify(&layout, Path::new("/site/content/a.md")).is_some());
}

#[test]
fn paths_outside_the_sources_are_ignored() {
    for path in [
        "/elsewhere/content/a.md",
        "/site/README.md",
        "/site/notes/a.md",
        "/site/content/../secret.md",
        "/site",
    ] {
        assert_eq!(kind(path), None, "{path}");
    }
}

#[test]
fn configured_folders_are_honoured() {
    let layout = SiteLayout::new("/site", Path::new("./articles"), Path::new("/site/_site"));
    assert_eq!(layout.output_dir, PathBuf::from("_site"));
    assert_eq!(
        classify(&layout, Path::new("/site/articles/a.md")),
        Some(ChangeKind::Content(PathBuf::from("articles/a.md")))
    );
    assert_eq!(classify(&layout, Path::new("/site/content/a.md")), None);
    assert_eq!(
        classify(&layout, Path::new("/site/_site/a/index.html")),
        None
    );
}

#[test]
fn rescan_and_config_subsume_other_changes() {
    let a = ChangeKind::Content(PathBuf::from("content/a.md"));
    let t = ChangeKind::Template(PathBuf::from("themes/x/templates/a.html"));
    let set = |items: &[ChangeKind]| items.iter().cloned().collect::<BTreeSet<_>>();
    assert_eq!(
        collapse(set(&[a.clone(), ChangeKind::Rescan])),
        vec![ChangeKind::Rescan]
    );
    assert_eq!(
        collapse(set(&[a.clone(), ChangeKind::Config])),
        vec![ChangeKind::Config]
    );
    assert_eq!(
        collapse(set(&[t.clone(), a.clone(), a.clone()])),
        vec![a, t]
    );
}

#[test]
fn plans_say_what_an_incremental_build_must_do() {
    let a = ChangeKind::Content(PathBuf::from("content/a.md"));
    let css = ChangeKind::Static(PathBuf::from("static/a.css"));
    let t = ChangeKind::Template(PathBuf::from("themes/x/templates/a.html"));
    assert_eq!(
        Plan::new(&[a.clone(), css, t.clone()]),
        Plan {
            full: false,
            templates: true,
            content: vec!["content/a.md".into()],
            statics: vec!["static/a.css".into()],
            deferred: false,
        }
    );
    assert!(Plan::new(&[ChangeKind::Deferred]).deferred);
    let full = Plan {
        full: true,
        ..Plan::default()
    };
    assert_eq!(Plan::new(&[a.clone(), ChangeKind::Config]), full);
    assert_eq!(Plan::new(&[ChangeKind::Rescan, t]), full);
    assert_eq!(Plan::new(&[]), Plan::default());
}

#[test]
fn absolute_output_inside_the_root_is_still_ignored() {
    let dir = temp_site();
    let layout = SiteLayout::new(".", Path::new("content"), &dir.path().join("content/out"));
    let layout = SiteLayout {
        root: dir.path().to_path_buf(),
        ..layout
    }
    .canonical()
    .unwrap();
    assert_eq!(layout.output_dir, PathBuf::from("content/out"));
    assert_eq!(
        classify(&layout, &layout.root.join("content/out/index.html")),
        None
    );
}

#[test]
fn describe_keeps_terminal_lines_short() {
    let many: Vec<_> = (0..5)
        .map(|i| ChangeKind::Content(PathBuf::from(format!("content/{i}.md"))))
        .collect();
    assert_eq!(describe(&many), "content/0.md, content/1.md, and 3 more");
    assert_eq!(describe(&[ChangeKind::Config]), "site.toml");
}

/// A site on disk with every source folder and an output folder.
fn temp_site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["content", "themes/default/templates", "static", "public"] {
        fs::create_dir_all(dir.path().join(sub)).unwrap();
    }
    fs::write(dir.path().join("site.toml"), "title = \"t\"\n").unwrap();
    fs::write(dir.path().join("content/a.md"), "a").unwrap();
    dir
}

fn temp_layout(dir: &tempfile::TempDir) -> SiteLayout {
    SiteLayout::new(dir.path(), Path::new("content"), Path::new("public"))
}

/// Generous: the machine running the tests may be busy compiling.
const WAIT: Duration = Duration::from_secs(5);

#[test]
fn watcher_reports_an_edit_once_and_ignores_output_and_swap_files() {
    let dir = temp_site();
    let mut watcher = SiteWatcher::new(temp_layout(&dir)).unwrap();
    fs::write(dir.path().join("public/index.html"), "out").unwrap();
    fs::write(dir.path().join("content/.a.md.swp"), "swap").unwrap();
    assert_eq!(watcher.next_batch(Duration::from_millis(400)), None);
    for i in 0..5 {
        fs::write(dir.path().join("content/a.md"), format!("edit {i}")).unwrap();
    }
    assert_eq!(
        watcher.next_batch(WAIT),
        Some(vec![ChangeKind::Content("content/a.md".into())])
    );
}

#[test]
fn watcher_sees_saves_by_rename_as_one_change_of_the_article() {
    let dir = temp_site();
    let mut watcher = SiteWatcher::new(temp_layout(&dir)).unwrap();
    let article = dir.path().join("content/a.md");
    // The JetBrains way: write a temp file, move the original aside, move the temp in place.
    let tmp = dir.path().join("content/a.md___jb_tmp___");
    let old = dir.path().join("content/a.md___jb_old___");
    fs::write(&tmp, "new").unwrap();
    fs::rename(&article, &old).unwrap();
    fs::rename(&tmp, &article).unwrap();
    fs::remove_file(&old).unwrap();
    assert_eq!(
        watcher.next_batch(WAIT),
        Some(vec![ChangeKind::Content("content/a.md".into())])
    );
}

#[test]
fn watcher_reports_deletes_renames_config_and_templates() {
    let dir = temp_site();
    let mut watcher = SiteWatcher::new(temp_layout(&dir)).unwrap();
    fs::rename(
        dir.path().join("content/a.md"),
        dir.path().join("content/b.md"),
    )
    .unwrap();
    let batch = watcher.next_batch(WAIT).unwrap();
    assert!(
        batch.contains(&ChangeKind::Content("content/a.md".into())),
        "{batch:?}"
    );
    assert!(
        batch.contains(&ChangeKind::Content("content/b.md".into())),
        "{batch:?}"
    );

    fs::remove_file(dir.path().join("content/b.md")).unwrap();
    assert_eq!(
        watcher.next_batch(WAIT),
        Some(vec![ChangeKind::Content("content/b.md".into())])
    );

    fs::write(dir.path().join("themes/default/templates/base.html"), "x").unwrap();
    let template = ChangeKind::Template("themes/default/templates/base.html".into());
    assert_eq!(watcher.next_batch(WAIT), Some(vec![template]));

    fs::write(dir.path().join("site.toml"), "title = \"u\"\n").unwrap();
    assert_eq!(watcher.next_batch(WAIT), Some(vec![ChangeKind::Config]));
}

#[test]
fn watcher_follows_a_content_folder_created_later() {
    let dir = tempfile::tempdir().unwrap();
    let mut watcher = SiteWatcher::new(temp_layout(&dir)).unwrap();
    fs::create_dir(dir.path().join("content")).unwrap();
    assert_eq!(watcher.next_batch(WAIT), Some(vec![ChangeKind::Rescan]));
    fs::write(dir.path().join("content/a.md"), "a").unwrap();
    assert_eq!(
        watcher.next_batch(WAIT),
        Some(vec![ChangeKind::Content("content/a.md".into())])
    );
}

#[test]
fn lost_events_and_watcher_errors_mean_a_rescan_and_reads_mean_nothing() {
    use notify::event::{AccessKind, Flag};
    let dir = temp_site();
    let watcher = SiteWatcher::new(temp_layout(&dir)).unwrap();
    let article = watcher.layout().root.join("content/a.md");
    let batch = |events: Vec<notify::Event>| {
        let events = events
            .into_iter()
            .map(|e| DebouncedEvent::new(e, Instant::now()));
        let mut changes = BTreeSet::new();
        watcher.absorb(Ok(events.collect()), &mut changes);
        changes.into_iter().collect::<Vec<_>>()
    };
    let overflow = notify::Event::new(EventKind::Other).set_flag(Flag::Rescan);
    assert_eq!(batch(vec![overflow]), vec![ChangeKind::Rescan]);
    let read = notify::Event::new(EventKind::Access(AccessKind::Any)).add_path(article.clone());
    assert_eq!(batch(vec![read]), vec![]);
    let atime = EventKind::Modify(ModifyKind::Metadata(MetadataKind::AccessTime));
    assert_eq!(
        batch(vec![notify::Event::new(atime).add_path(article)]),
        vec![]
    );

    let mut changes = BTreeSet::new();
    watcher.absorb(
        Err(vec![notify::Error::generic("queue overflow")]),
        &mut changes,
    );
    assert_eq!(
        changes.into_iter().collect::<Vec<_>>(),
        vec![ChangeKind::Rescan]
    );
}

#[test]
fn loop_survives_failing_and_panicking_builds() {
    let dir = temp_site();
    let stop = Arc::new(AtomicBool::new(false));
    let calls = Arc::new(AtomicUsize::new(0));
    let results = Arc::new(std::sync::Mutex::new(Vec::new()));
    let handle = {
        let (stop, calls, results) = (stop.clone(), calls.clone(), results.clone());
        let layout = temp_layout(&dir);
        std::thread::spawn(move || {
            let rebuild = |_: &[ChangeKind]| match calls.fetch_add(1, Ordering::SeqCst) {
                0 => Err(Error::Serve {
                    message: "first build broken".into(),
                }),
                1 => panic!("bug in the pipeline"),
                n => Ok(BuildOutcome {
                    pages_written: n,
                    pages_rendered: n,
                    deferred: false,
                }),
            };
            let record = |c: &[ChangeKind], r: &Result<BuildOutcome, Error>| {
                results.lock().unwrap().push((c.to_vec(), r.is_ok()));
            };
            watch_loop(layout, &stop, rebuild, record)
        })
    };
    let wait_for = |n: usize| {
        let started = Instant::now();
        while calls.load(Ordering::SeqCst) < n && started.elapsed() < WAIT {
            std::thread::sleep(Duration::from_millis(20));
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    wait_for(1);
    fs::write(dir.path().join("content/a.md"), "panic now").unwrap();
    wait_for(2);
    fs::write(dir.path().join("content/a.md"), "fine again").unwrap();
    wait_for(3);
    stop.store(true, Ordering::SeqCst);
    handle.join().unwrap().unwrap();
    let results = results.lock().unwrap();
    let a = vec![ChangeKind::Content("content/a.md".into())];
    assert_eq!(
        *results,
        vec![
            (vec![ChangeKind::Rescan], false),
            (a.clone(), false),
            (a, true)
        ]
    );
}

/// A toy incremental site builder, to check that the watcher's batches carry everything an
/// incremental build needs: each `content/**/*.md` becomes `<out>/<path>.html` through the one
/// template, `index.html` lists every article, static files are copied, and `site.toml`'s text
/// goes into every page.
struct ToySite {
    root: PathBuf,
    out: PathBuf,
    config: String,
    template: String,
    articles: std::collections::BTreeMap<PathBuf, String>,
}

const TOY_TEMPLATE: &str = "themes/t/templates/page.html";

impl ToySite {
    fn new(root: &Path, out: &Path) -> ToySite {
        let (root, out) = (root.to_path_buf(), out.to_path_buf());
        let (config, template) = (String::new(), String::new());
        ToySite {
            root,
            out,
            config,
            template,
            articles: Default::default(),
        }
    }

    fn apply(&mut self, changes: &[ChangeKind]) {
        let plan = Plan::new(changes);
        if plan.full {
            return self.full();
        }
        if plan.templates {
            self.template = self.read(Path::new(TOY_TEMPLATE));
        }
        let mut touched = Vec::new();
        for rel in &plan.content {
            touched.extend(self.reload(rel));
        }
        for rel in &plan.statics {
            self.copy_static(rel);
        }
        if plan.templates {
            touched = self.articles.keys().cloned().collect();
        }
        for rel in touched {
            self.render(&rel);
        }
        self.render_index();
    }

    /// A clean build: forget everything, read everything.
    fn full(&mut self) {
        let _ = fs::remove_dir_all(&self.out);
        self.config = self.read(Path::new(CONFIG_FILE));
        self.template = self.read(Path::new(TOY_TEMPLATE));
        self.articles.clear();
        let touched = self.reload(Path::new("content"));
        for rel in touched {
            self.render(&rel);
        }
        for entry in walkdir::WalkDir::new(self.root.join(STATIC_DIR))
            .into_iter()
            .flatten()
        {
            let rel = entry.path().strip_prefix(&self.root).unwrap().to_path_buf();
            self.copy_static(&rel);
        }
        self.render_index();
    }

    fn read(&self, rel: &Path) -> String {
        fs::read_to_string(self.root.join(rel)).unwrap_or_default()
    }

    /// Re-reads a changed content path (a file, a folder, or something now gone) and returns the
    /// articles whose pages must be rendered; pages of vanished articles are removed.
    fn reload(&mut self, rel: &Path) -> Vec<PathBuf> {
        let gone: Vec<PathBuf> = self
            .articles
            .keys()
            .filter(|a| a.starts_with(rel))
            .cloned()
            .collect();
        for article in gone {
            self.articles.remove(&article);
            let _ = fs::remove_file(self.page(&article));
        }
        let mut touched = Vec::new();
        for entry in walkdir::WalkDir::new(self.root.join(rel))
            .into_iter()
            .flatten()
        {
            let path = entry.path();
            let is_article = path.extension().is_some_and(|e| e == "md");
            if entry.file_type().is_file() && is_article && !is_ignored_file(entry.file_name()) {
                let article = path.strip_prefix(&self.root).unwrap().to_path_buf();
                self.articles
                    .insert(article.clone(), fs::read_to_string(path).unwrap());
                touched.push(article);
            }
        }
        touched
    }

    fn page(&self, article: &Path) -> PathBuf {
        self.out.join(article.with_extension("html"))
    }

    fn render(&self, article: &Path) {
        let body = format!("{}|{}", self.config.trim(), self.articles[article].trim());
        let page = self.page(article);
        fs::create_dir_all(page.parent().unwrap()).unwrap();
        fs::write(page, self.template.replace("BODY", &body)).unwrap();
    }

    fn render_index(&self) {
        let names: Vec<String> = self
            .articles
            .keys()
            .map(|a| a.display().to_string())
            .collect();
        fs::create_dir_all(&self.out).unwrap();
        fs::write(self.out.join("index.html"), names.join("\n")).unwrap();
    }

    /// Copies a static file, or a whole folder: files created right after their folder can
    /// come before the watch on the new folder, so only the folder's event is certain.
    fn copy_static(&self, rel: &Path) {
        let _ = fs::remove_file(self.out.join(rel));
        let _ = fs::remove_dir_all(self.out.join(rel));
        for entry in walkdir::WalkDir::new(self.root.join(rel))
            .into_iter()
            .flatten()
        {
            let rel = entry.path().strip_prefix(&self.root).unwrap();
            let to = self.out.join(rel);
            if entry.file_type().is_file() && !is_ignored_file(entry.file_name()) {
                fs::create_dir_all(to.parent().unwrap()).unwrap();
                fs::copy(entry.path(), to).unwrap();
            }
        }
    }
}

/// Every file under `dir` with its bytes.
fn snapshot(dir: &Path) -> std::collections::BTreeMap<PathBuf, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path().strip_prefix(dir).unwrap().to_path_buf(),
                fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

/// Applies the watcher's batches until it has been quiet for a while.
fn drain(watcher: &mut SiteWatcher, site: &mut ToySite) {
    while let Some(batch) = watcher.next_batch(Duration::from_millis(600)) {
        site.apply(&batch);
    }
}

#[test]
fn incremental_output_after_many_edits_equals_a_clean_build() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    let write = |rel: &str, text: &str| {
        let path = root.join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    };
    write("site.toml", "title = 1");
    write(TOY_TEMPLATE, "<main>BODY</main>");
    write("content/a.md", "a");
    write("content/x/in-x.md", "x");
    write("static/style.css", "css");
    let layout = SiteLayout::new(&root, Path::new("content"), Path::new("public"));
    let mut watcher = SiteWatcher::new(layout).unwrap();
    let mut site = ToySite::new(&root, &root.join("public"));
    site.full();

    let edits: Vec<Box<dyn Fn()>> = vec![
        Box::new(|| write("content/a.md", "a, edited")),
        Box::new(|| {
            write("content/2020/b.md", "b");
            write("content/2020/c.md", "c");
        }),
        Box::new(|| fs::rename(root.join("content/a.md"), root.join("content/d.md")).unwrap()),
        // vim: back up by rename, write anew, drop the backup; swap file and probe file around.
        Box::new(|| {
            write("content/2020/.b.md.swp", "swap");
            write("content/2020/4913", "");
            fs::remove_file(root.join("content/2020/4913")).unwrap();
            fs::rename(
                root.join("content/2020/b.md"),
                root.join("content/2020/b.md~"),
            )
            .unwrap();
            write("content/2020/b.md", "b, saved by vim");
            fs::remove_file(root.join("content/2020/b.md~")).unwrap();
            fs::remove_file(root.join("content/2020/.b.md.swp")).unwrap();
        }),
        // JetBrains: temp file, original moved aside, temp moved in place.
        Box::new(|| {
            write("content/2020/c.md___jb_tmp___", "c, saved by JetBrains");
            let (c, old) = (
                root.join("content/2020/c.md"),
                root.join("content/2020/c.md___jb_old___"),
            );
            fs::rename(&c, &old).unwrap();
            fs::rename(root.join("content/2020/c.md___jb_tmp___"), &c).unwrap();
            fs::remove_file(old).unwrap();
        }),
        Box::new(|| fs::rename(root.join("content/x"), root.join("content/y")).unwrap()),
        Box::new(|| write(TOY_TEMPLATE, "<article>BODY</article>")),
        Box::new(|| {
            write("static/img/logo.svg", "<svg/>");
            fs::remove_file(root.join("static/style.css")).unwrap();
        }),
        Box::new(|| fs::remove_dir_all(root.join("content/2020")).unwrap()),
        Box::new(|| write("site.toml", "title = 2")),
        Box::new(|| {
            // A burst over several files, then a new article in a new folder.
            for i in 0..5 {
                write("content/d.md", &format!("d {i}"));
                write("content/y/in-x.md", &format!("y {i}"));
            }
            write("content/2021/05/e.md", "e");
        }),
    ];
    for (step, edit) in edits.iter().enumerate() {
        edit();
        let mut clean = ToySite::new(&root, &dir.path().join("clean"));
        clean.full();
        // On a loaded machine events can come after a quiet spell: wait for more before failing.
        let deadline = std::time::Instant::now() + 2 * WAIT;
        drain(&mut watcher, &mut site);
        while snapshot(&site.out) != snapshot(&clean.out) && std::time::Instant::now() < deadline {
            drain(&mut watcher, &mut site);
        }
        assert_eq!(
            snapshot(&site.out),
            snapshot(&clean.out),
            "after edit {step}"
        );
    }
}
