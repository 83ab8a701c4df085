//! Inputs the fuzzers (and the robustness tests) once broke dossier with, replayed through the
//! same harnesses as `fuzz/`: `tests/fixtures/fuzz-regressions/<target>/*`, where `<target>` is
//! one of the cargo-fuzz targets. To keep a new crash, copy the artifact into its folder.

use std::path::Path;
use std::time::{Duration, Instant};

/// A regression input that takes longer than this (in a debug build) is a blow-up coming back.
const SLOW: Duration = Duration::from_secs(20);

fn replay(target: &str, harness: fn(&str)) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/fuzz-regressions")
        .join(target);
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        // libFuzzer only hands the targets valid UTF-8; the loader rejects the rest earlier.
        let text = String::from_utf8_lossy(&bytes);
        let started = Instant::now();
        harness(&text);
        assert!(
            started.elapsed() < SLOW,
            "{} took {:?}",
            path.display(),
            started.elapsed()
        );
        count += 1;
    }
    assert!(count > 0, "no inputs in {}", dir.display());
}

#[test]
fn front_matter_regressions() {
    replay("frontmatter", dossier::fuzzing::front_matter);
}

#[test]
fn extract_regressions() {
    replay("extract", dossier::fuzzing::extract);
}

#[test]
fn markdown_regressions() {
    replay("markdown", dossier::fuzzing::markdown);
}

#[test]
fn article_regressions() {
    replay("article", dossier::fuzzing::article);
}
