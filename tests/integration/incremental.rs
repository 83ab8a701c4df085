//! Incremental rebuilds (issues 4 and 5): a [`Session`] driven through a sequence of edits must
//! leave, after every step, exactly the output a clean build of the same files produces, while
//! rewriting only the pages an edit touches. Also checked through the real `dossier serve`.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use dossier::{BuildOptions, ChangeKind, Session};

use crate::util::{Site, files};

const BASE_URL: &str = "http://127.0.0.1:1/";

fn options(root: &Path, output: Option<PathBuf>) -> BuildOptions {
    BuildOptions {
        root: root.to_path_buf(),
        output,
        base_url: Some(BASE_URL.into()),
        drafts: false,
        today: Some(jiff::civil::date(2026, 1, 15)),
    }
}

/// Every file of an output folder with its bytes.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    files(dir)
        .into_iter()
        .map(|f| {
            let bytes = std::fs::read(dir.join(&f)).unwrap();
            (f, bytes)
        })
        .collect()
}

/// A session over a fixture copy, and a counter for the clean builds it is compared with.
struct Edits {
    site: Site,
    session: Session,
    step: usize,
}

impl Edits {
    fn new() -> Edits {
        let site = Site::fixture("basic");
        let session = Session::new(options(&site.root, None));
        Edits {
            site,
            session,
            step: 0,
        }
    }

    /// Rebuilds after `changes`, checks the output against a clean build, and returns how many
    /// files the rebuild wrote.
    fn step(&mut self, changes: &[ChangeKind]) -> usize {
        self.step_outcome(changes).pages_written
    }

    fn step_outcome(&mut self, changes: &[ChangeKind]) -> dossier::BuildOutcome {
        let outcome = self
            .session
            .rebuild(changes)
            .unwrap_or_else(|e| panic!("{e}"));
        self.assert_clean();
        outcome
    }

    fn assert_clean(&mut self) {
        self.step += 1;
        let clean = self.site._tmp.path().join(format!("clean-{}", self.step));
        dossier::build(&options(&self.site.root, Some(clean.clone()))).unwrap();
        let (got, want) = (tree(&self.site.public()), tree(&clean));
        let names = |t: &BTreeMap<String, Vec<u8>>| t.keys().cloned().collect::<Vec<_>>();
        assert_eq!(names(&got), names(&want), "files after step {}", self.step);
        for (path, bytes) in &want {
            assert!(
                got[path] == *bytes,
                "step {}: {path} differs from a clean build:\n--- incremental\n{}\n--- clean\n{}",
                self.step,
                String::from_utf8_lossy(&got[path]),
                String::from_utf8_lossy(bytes)
            );
        }
    }

    fn write(&self, rel: &str, text: &str) {
        self.site.write(rel, text);
    }

    fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.site.root.join(rel)).unwrap()
    }
}

fn content(rel: &str) -> ChangeKind {
    ChangeKind::Content(PathBuf::from(rel))
}

#[test]
fn every_step_of_an_edit_sequence_matches_a_clean_build() {
    let mut e = Edits::new();
    e.step(&[ChangeKind::Rescan]);

    let one = "content/2019/one.md";
    let text = e
        .read(one)
        .replace("Crowds gather in Caracas", "Crowds fill Caracas");
    e.write(
        one,
        &text.replace("Thousands protested", "Many thousands protested"),
    );
    let written = e.step(&[content(one)]);
    assert!(
        (1..=30).contains(&written),
        "one edit wrote {written} files"
    );
    let page = e.site.page("articles/crowds-fill-caracas/index.html");
    assert!(page.contains("Many thousands"));
    assert!(
        !e.site
            .public()
            .join("articles/crowds-gather-in-caracas")
            .exists()
    );

    e.write(
        "content/2019/four.md",
        "+++\ntitle = \"Fourth\"\ndate = 2019-02-10\nsource = \"Other Outlet\"\n+++\nMaduro again.\n",
    );
    e.step(&[content("content/2019/four.md")]);

    std::fs::remove_file(e.site.root.join("content/2019/three.md")).unwrap();
    e.step(&[content("content/2019/three.md")]);

    std::fs::rename(
        e.site.root.join("content/2019/four.md"),
        e.site.root.join("content/2019/five.md"),
    )
    .unwrap();
    e.step(&[
        content("content/2019/four.md"),
        content("content/2019/five.md"),
    ]);

    std::fs::create_dir_all(e.site.root.join("content/2020")).unwrap();
    std::fs::rename(
        e.site.root.join("content/2019/two.md"),
        e.site.root.join("content/2020/two.md"),
    )
    .unwrap();
    e.step(&[content("content/2019/two.md"), content("content/2020")]);

    let text = e
        .read(one)
        .replace("date = 2019-01-23", "date = 2020-06-01");
    e.write(one, &text);
    e.step(&[content(one)]);

    let text = e
        .read(one)
        .replace("[\"Juan Guaido\"]", "[\"Juan Guaido\", \"Leopoldo López\"]");
    e.write(one, &text);
    e.step(&[content(one)]);

    let draft = e
        .read("content/draft.md")
        .replace("draft = true", "draft = false");
    e.write("content/draft.md", &draft);
    e.step(&[content("content/draft.md")]);

    std::fs::write(e.site.root.join("content/img/crowd.png"), b"other image").unwrap();
    e.step(&[content("content/img/crowd.png")]);

    e.write("static/extra.css", "body { color: red }\n");
    e.step(&[ChangeKind::Static(PathBuf::from("static/extra.css"))]);
}

/// Forty articles sharing actors and a topic, so that each has related articles.
fn write_wide_archive(e: &Edits) {
    for i in 0..40 {
        let text = format!(
            "+++\ntitle = \"Wide {i}\"\ndate = 2020-01-{:02}\nsource = \"Wide Outlet\"\n\
             actors = [\"Common Person\", \"Person {}\"]\ntopics = [\"Shared Topic\"]\n+++\n\
             Common Person met Person {} on day {i}.\n",
            i % 28 + 1,
            i % 5,
            i % 5,
        );
        e.write(&format!("content/wide/a{i:02}.md"), &text);
    }
}

#[test]
fn a_new_actor_renders_only_the_pages_that_show_its_article() {
    let mut e = Edits::new();
    write_wide_archive(&e);
    let everything = e.step_outcome(&[ChangeKind::Rescan]).pages_rendered;
    // A name that sorts before every other actor renumbers them all; pages that show articles
    // by other actors must not be rendered again for that.
    let rel = "content/wide/a07.md";
    let text = e
        .read(rel)
        .replace("actors = [", "actors = [\"Aaron Alba\", ");
    e.write(rel, &text);
    let outcome = e.step_outcome(&[content(rel)]);
    assert!(outcome.pages_written > 0);
    assert!(
        outcome.pages_rendered < 40,
        "an actor added to one article rendered {} of {everything} files",
        outcome.pages_rendered
    );
}

#[test]
fn deferred_global_files_catch_up_in_a_follow_up_rebuild() {
    let mut e = Edits::new();
    e.session.defer_global_files(true);
    e.step(&[ChangeKind::Rescan]);
    let before = tree(&e.site.public());
    let one = "content/2019/one.md";
    let text = e
        .read(one)
        .replace("Thousands protested", "Zanzibarian crowds protested");
    e.write(one, &text);
    let outcome = e.session.rebuild(&[content(one)]).unwrap();
    assert!(
        outcome.deferred,
        "an edit to the body left the index as it was"
    );
    let page = e.site.page("articles/crowds-gather-in-caracas/index.html");
    assert!(
        page.contains("Zanzibarian"),
        "the edited page is written at once"
    );
    let now = tree(&e.site.public());
    let global = |p: &str| p.starts_with("search/") || p.starts_with("data/");
    let stale: Vec<_> = now.keys().filter(|p| global(p)).collect();
    assert!(!stale.is_empty());
    for path in stale {
        assert!(
            now[path] == before[path],
            "{path} was rewritten before the follow-up"
        );
    }
    let outcome = e.session.rebuild(&[ChangeKind::Deferred]).unwrap();
    assert!(!outcome.deferred && outcome.pages_written > 0);
    e.assert_clean();
    // Nothing left to catch up: a second follow-up writes nothing.
    let outcome = e.session.rebuild(&[ChangeKind::Deferred]).unwrap();
    assert_eq!((outcome.pages_written, outcome.deferred), (0, false));
}

#[test]
fn broken_front_matter_fails_and_leaves_the_output_until_fixed() {
    let mut e = Edits::new();
    e.step(&[ChangeKind::Rescan]);
    let before = tree(&e.site.public());
    let one = "content/2019/one.md";
    let good = e.read(one);
    e.write(one, &good.replace("date = 2019-01-23", "date = 2019-13-45"));
    let err = e.session.rebuild(&[content(one)]).unwrap_err().to_string();
    assert!(err.contains("content/2019/one.md:3:8"), "{err}");
    assert!(
        tree(&e.site.public()) == before,
        "a failed rebuild changed the output"
    );
    // Still failing after an unrelated edit, as a clean build would.
    let three = "content/2019/three.md";
    e.write(three, &e.read(three).replace("quiet", "calm"));
    assert!(e.session.rebuild(&[content(three)]).is_err());
    e.write(one, &good.replace("Crowds", "Masses"));
    e.step(&[content(one)]);
}

#[test]
fn theme_and_config_changes_match_a_clean_build() {
    let mut e = Edits::new();
    e.step(&[ChangeKind::Rescan]);
    let config = format!("theme = \"mine\"\n{}", e.read("site.toml"));
    let card = "themes/mine/templates/card.html";
    let default_card = include_str!("../../themes/default/templates/card.html");
    e.write(
        card,
        &default_card.replace("article-card", "article-card mine"),
    );
    e.write("site.toml", &config);
    e.step(&[ChangeKind::Config]);
    assert!(e.site.page("index.html").contains("article-card mine"));

    e.write(
        card,
        &default_card.replace("article-card", "article-card yours"),
    );
    e.step(&[ChangeKind::Template(PathBuf::from(card))]);
    assert!(e.site.page("index.html").contains("article-card yours"));

    e.write("site.toml", &config.replace("paginate = 2", "paginate = 1"));
    e.step(&[ChangeKind::Config]);

    // The search page carries the theme's search script inline: a new script is a new page.
    let script = "themes/mine/static/assets/search.js";
    let default_script = include_str!("../../themes/default/static/assets/search.js");
    e.write(script, &format!("// mine\n{default_script}"));
    e.step(&[ChangeKind::Static(PathBuf::from(script))]);
    assert!(e.site.page("search/index.html").contains("<script>// mine"));
}

/// A free port on the loopback interface (free when this returns, at least).
fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

/// GET `path` from the server; `None` while it is not answering.
fn get(port: u16, path: &str) -> Option<String> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    let request = format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).ok()?;
    Some(response)
}

/// The first bytes of the event stream, read until `want` shows up or the time runs out.
fn events_contain(port: u16, want: &str, timeout: Duration) -> bool {
    let Ok(mut stream) = TcpStream::connect(("127.0.0.1", port)) else {
        return false;
    };
    let request = "GET /__dossier/events HTTP/1.1\r\nHost: localhost\r\n\r\n";
    stream.write_all(request.as_bytes()).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_millis(200)))
        .unwrap();
    let started = Instant::now();
    let mut seen = Vec::new();
    let mut buf = [0u8; 4096];
    while started.elapsed() < timeout {
        if let Ok(n) = stream.read(&mut buf) {
            seen.extend_from_slice(&buf[..n]);
            if String::from_utf8_lossy(&seen).contains(want) {
                return true;
            }
        }
    }
    false
}

/// Polls until `check` passes or 20 s have gone by.
fn eventually(what: &str, mut check: impl FnMut() -> bool) {
    let started = Instant::now();
    while !check() {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "timed out: {what}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Kills the server even when an assertion fails.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn serve_shows_an_edit_and_keeps_the_last_good_page_on_error() {
    let site = Site::fixture("basic");
    let port = free_port();
    let child = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["serve", "--port", &port.to_string()])
        .current_dir(&site.root)
        .env_clear()
        .env("HOME", &site.root)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let _server = Server(child);
    let page = "/articles/crowds-gather-in-caracas/";
    eventually("first page", || {
        get(port, page).is_some_and(|r| r.contains("Crowds gather in Caracas"))
    });

    let one = "content/2019/one.md";
    let good = std::fs::read_to_string(site.root.join(one)).unwrap();
    let edited = good.replace(
        "title = \"Crowds gather in Caracas\"",
        "title = \"Crowds gather in Caracas\"\nslug = \"crowds-gather-in-caracas\"",
    );
    site.write(
        one,
        &edited.replace("Thousands protested", "Edited text protested"),
    );
    eventually("edited page", || {
        get(port, page).is_some_and(|r| r.contains("Edited text protested"))
    });

    site.write(one, &good.replace("date = 2019-01-23", "date = 2019-13-45"));
    eventually("error event", || {
        events_contain(port, "content/2019/one.md:3:8", Duration::from_secs(2))
    });
    let response = get(port, page).unwrap();
    assert!(response.contains("Edited text protested"), "{response}");
}
