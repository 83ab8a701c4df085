//! `dossier import` and `dossier suggest` from the command line, run as a user would.

use std::path::Path;

use crate::util::{Site, dossier};

fn import_fixtures() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import")
}

#[test]
fn import_json_prints_one_object_per_article_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = import_fixtures();
    let out = dossier(tmp.path(), &["import", "--json", dir.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let txts = std::fs::read_dir(&dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "txt")
        })
        .count();
    assert_eq!(lines.len(), txts);
    for v in &lines {
        for key in [
            "file", "title", "date", "authors", "body", "dropped", "actors", "topics",
        ] {
            assert!(v.get(key).is_some(), "missing {key} in {v}");
        }
        for a in v["actors"].as_array().unwrap() {
            assert!(["person", "organization", "place"].contains(&a["kind"].as_str().unwrap()));
        }
    }
    assert_eq!(
        std::fs::read_dir(tmp.path()).unwrap().count(),
        0,
        "--json writes nothing"
    );
}

#[test]
fn import_writes_markdown_that_builds_and_never_overwrites() {
    let site = Site::fixture("basic");
    let src = import_fixtures();
    let out = site.run(&[
        "import",
        src.to_str().unwrap(),
        "--into",
        "content/imported",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let written: Vec<_> = std::fs::read_dir(site.root.join("content/imported"))
        .unwrap()
        .collect();
    assert!(!written.is_empty());
    let first = written[0].as_ref().unwrap().path();
    let text = std::fs::read_to_string(&first).unwrap();
    assert!(text.starts_with("+++\ntitle = "), "{text}");
    site.build_ok();
    let again = site.run(&[
        "import",
        src.to_str().unwrap(),
        "--into",
        "content/imported",
    ]);
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("--force"));
    assert!(
        site.run(&[
            "import",
            src.to_str().unwrap(),
            "--into",
            "content/imported",
            "--force"
        ])
        .status
        .success()
    );
}

#[test]
fn suggest_prints_toml_ready_to_paste() {
    let site = Site::fixture("basic");
    for what in ["actors", "topics"] {
        let out = site.run(&["suggest", what]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8_lossy(&out.stdout);
        text.parse::<toml::Table>()
            .unwrap_or_else(|e| panic!("{what}: {e}\n{text}"));
    }
    let actors = String::from_utf8_lossy(&site.run(&["suggest", "actors"]).stdout).into_owned();
    assert!(
        actors.contains("Juan Guaid"),
        "front matter actor not declared in site.toml: {actors}"
    );
    assert!(
        !actors.contains("name = \"Caracas\""),
        "declared actors are not suggested: {actors}"
    );
}

#[test]
fn build_timings_name_every_stage_and_split_loading() {
    let site = Site::fixture("basic");
    let out = site.run(&["build", "--timings"]);
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    let ms_of = |label: &str| -> f64 {
        let at = stdout
            .find(label)
            .unwrap_or_else(|| panic!("no {label:?} in:\n{stdout}"));
        let rest = stdout[at + label.len()..].trim_start();
        let number: String = rest
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        number.parse().unwrap()
    };
    for stage in ["setup", "load", "index", "render", "write"] {
        ms_of(&format!("  {stage} "));
    }
    // The fixture has Markdown articles and a raw .txt one: both kinds of loading took time.
    assert!(ms_of("extract") > 0.0 || ms_of("markdown") > 0.0);
    assert!(
        stdout.contains("read ") && stdout.contains("extract ") && stdout.contains("markdown ")
    );
}
