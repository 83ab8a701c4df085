//! Figures for incremental rebuilds (issues 4 and 5): how long a [`Session`] takes to rebuild a
//! large site after one article is edited. The site is copied first, since articles get edited.
//!
//! Run: `cargo run --release --example incremental_edit -- SITE [EDITS [KIND]]`, with SITE a site folder
//! such as the corpus from `python3 ../shared/bench/gen_corpus.py /tmp/corpus 10000`
//! (`/tmp/corpus/dossier`).

use std::path::{Path, PathBuf};
use std::time::Instant;

use dossier::{BuildOptions, ChangeKind, Session};

/// The allocator the `dossier` binary uses, so that the figures are the ones `serve` gets.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let mut args = std::env::args().skip(1);
    let site = PathBuf::from(args.next().expect("usage: incremental_edit SITE [EDITS]"));
    let edits: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(8);
    // A third argument (body, title, date or actors) repeats one kind of edit, for profiling.
    let only = args.next();
    let tmp = tempfile::tempdir().expect("temp dir");
    let root = tmp.path().join("site");
    copy_dir(&site, &root);
    let mut session = Session::new(BuildOptions {
        root: root.clone(),
        output: Some(tmp.path().join("public")),
        base_url: None,
        drafts: false,
        today: None,
    });
    // As `dossier serve` and `dossier watch` do: pages first, the global files after.
    session.defer_global_files(true);
    let started = Instant::now();
    let first = session.rebuild(&[ChangeKind::Rescan]).expect("first build");
    println!(
        "first build: {:?}, {} files written",
        started.elapsed(),
        first.pages_written
    );
    let article = first_article(&root.join("content"));
    let rel = article.strip_prefix(&root).unwrap().to_path_buf();
    for n in 1..=edits {
        let kind = only.as_deref().unwrap_or(kind(n));
        edit(&article, n, kind);
        let (started, cpu) = (Instant::now(), cpu_ms());
        let outcome = session
            .rebuild(&[ChangeKind::Content(rel.clone())])
            .expect("rebuild");
        println!(
            "edit {n} ({}): pages in {:?} wall, {} ms CPU, {} files written",
            kind,
            started.elapsed(),
            cpu_ms() - cpu,
            outcome.pages_written
        );
        // NOFOLLOW=1 leaves the global files out of date, to time (or profile) pages alone.
        if outcome.deferred && std::env::var_os("NOFOLLOW").is_none() {
            let (started, cpu) = (Instant::now(), cpu_ms());
            let later = session.rebuild(&[ChangeKind::Deferred]).expect("deferred");
            println!(
                "        then search index and data files in {:?} wall, {} ms CPU, {} files written",
                started.elapsed(),
                cpu_ms() - cpu,
                later.pages_written
            );
        }
    }
}

/// CPU time used by this process so far (user + system, all threads), in milliseconds: on a
/// shared machine it says more than wall time. Linux only; 0 elsewhere.
fn cpu_ms() -> u64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<u64> = after
        .split_whitespace()
        .skip(11)
        .take(2)
        .filter_map(|f| f.parse().ok())
        .collect();
    // Clock ticks are 1/100 s on Linux.
    fields.iter().sum::<u64>() * 10
}

/// What edit `n` changes, in turn: a word of the body (the search index must follow), the
/// title, the date (the article moves in every date-ordered list), the actors (every profile
/// and related list may change).
fn kind(n: usize) -> &'static str {
    ["body", "title", "date", "actors"][(n - 1) % 4]
}

fn edit(article: &Path, n: usize, kind: &str) {
    let text = std::fs::read_to_string(article).expect("read article");
    let text = match kind {
        "body" => format!("{text}\nEdit number {n}.\n"),
        "title" => text.replacen("title = \"", &format!("title = \"Edit {n} "), 1),
        "date" => shift_date(&text),
        _ => text.replacen("actors = [", &format!("actors = [\"Edit Person {n}\", "), 1),
    };
    std::fs::write(article, text).expect("write article");
}

/// Moves the front matter's `date = YYYY-MM-DD` one day on (within the month, wrapping to 1).
fn shift_date(text: &str) -> String {
    let Some(at) = text.find("date = ") else {
        return text.to_string();
    };
    let day_at = at + "date = YYYY-MM-".len();
    let day: u32 = text[day_at..day_at + 2].parse().expect("a day");
    let next = if day >= 28 { 1 } else { day + 1 };
    format!("{}{next:02}{}", &text[..day_at], &text[day_at + 2..])
}

fn first_article(dir: &Path) -> PathBuf {
    let mut files: Vec<PathBuf> = walk(dir)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    files.sort();
    files.into_iter().next().expect("an article")
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create dir");
    for entry in std::fs::read_dir(from).expect("read dir").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else if entry.file_name() != "public" {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}
