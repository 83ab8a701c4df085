//! The `kill -9` test of issue 6: a build killed at any moment leaves `public/` exactly as the
//! previous build wrote it or exactly as the new one does, never a mix, never missing; and the
//! next build clears what the killed one left behind.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

use crate::util::output_tree;

/// Enough articles that a debug build takes a few seconds, so kills land in every phase.
const ARTICLES: usize = 1500;
/// Kills per run, spread evenly over the build's duration with a little jitter.
const KILLS: usize = 8;

fn write_site(root: &Path) {
    std::fs::create_dir_all(root.join("content")).unwrap();
    std::fs::write(
        root.join("site.toml"),
        "title = \"Killed\"\nbase_url = \"https://example.org/\"\n",
    )
    .unwrap();
    for i in 0..ARTICLES {
        let text = format!(
            "+++\ntitle = \"Article {i}\"\ndate = 2019-{:02}-{:02}\nactors = [\"Person {}\"]\n+++\nBody {i}.\n",
            i % 12 + 1,
            i % 28 + 1,
            i % 40
        );
        std::fs::write(root.join(format!("content/a{i:05}.md")), text).unwrap();
    }
}

fn build(root: &Path, extra: &[&str]) -> Duration {
    let started = Instant::now();
    let out = crate::util::dossier(root, &[&["build"], extra].concat());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    started.elapsed()
}

fn leftovers(root: &Path) -> Vec<String> {
    std::fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".public.dossier-"))
        // The staging folder (the build before last, updated in place by the next build) and
        // the lock file are kept on purpose, and so are the manifests of the two folders (named
        // by inode); anything else is debris of a killed build.
        .filter(|n| n != ".public.dossier-stage" && n != ".public.dossier-lock")
        .filter(|n| {
            let inode = n.strip_prefix(".public.dossier-manifest-").unwrap_or("");
            inode.is_empty() || !inode.bytes().all(|b| b.is_ascii_digit())
        })
        .collect()
}

/// A little jitter from the clock: the test needs spread, not reproducible randomness.
fn jitter(max: Duration) -> Duration {
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    max.mul_f64(f64::from(nanos % 1000) / 1000.0)
}

/// Starts a build and SIGKILLs it after `delay`; `true` when it had already finished.
fn kill_after(root: &Path, delay: Duration) -> bool {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .arg("build")
        .current_dir(root)
        .env_clear()
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(delay);
    let finished = child.try_wait().unwrap().is_some();
    // On Unix, Child::kill sends SIGKILL: no destructor, no cleanup, like `kill -9`.
    let _ = child.kill();
    let _ = child.wait();
    finished
}

#[test]
fn a_killed_build_never_leaves_a_mixed_output() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    write_site(&root);
    build(&root, &[]);
    let previous = output_tree(&root.join("public"));

    // The next build differs: one title changed, one article added.
    let first = root.join("content/a00000.md");
    let text = std::fs::read_to_string(&first).unwrap();
    std::fs::write(&first, text.replace("Article 0\"", "Article zero\"")).unwrap();
    std::fs::write(
        root.join("content/new.md"),
        "+++\ntitle = \"New\"\n+++\nNew.\n",
    )
    .unwrap();
    let reference = tmp.path().join("reference");
    let took = build(&root, &["--output", reference.to_str().unwrap()]);
    let next = output_tree(&reference);
    assert_ne!(previous, next);

    // Spread from early loading to past the expected end: a loaded machine runs slower.
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    let step = took.mul_f64(1.6 / KILLS as f64);
    for i in 0..KILLS {
        let delay = took.mul_f64(0.1) + step * i as u32 + jitter(step);
        let finished = kill_after(&root, delay);
        let now = output_tree(&root.join("public"));
        let state = match (now == previous, now == next, finished) {
            (true, _, _) => "previous",
            (_, true, false) => "new (killed)",
            (_, true, true) => "new (finished)",
            _ => panic!(
                "kill {i} after {delay:?}: public/ is neither the previous build nor the new one ({} files)",
                now.len()
            ),
        };
        *seen.entry(state).or_default() += 1;
    }
    eprintln!("kill -9 outcomes over a {took:?} build: {seen:?}");

    build(&root, &[]);
    assert_eq!(output_tree(&root.join("public")), next);
    assert!(leftovers(&root).is_empty(), "{:?}", leftovers(&root));
}
