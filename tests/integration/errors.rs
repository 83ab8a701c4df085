//! Bad input: every broken article is reported with its path, line and column, the exit code
//! is 1, and the previous output is left exactly as it was.

use crate::util::{Site, files};

#[test]
fn every_error_is_listed_with_file_line_and_column() {
    let site = Site::fixture("broken");
    let out = site.run(&["build"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("content/bad-toml.md:4:12: invalid TOML front matter: unclosed array"),
        "{stderr}"
    );
    assert!(
        stderr.contains("content/bad-date.md:3:7: invalid date \"2019-02-30\""),
        "{stderr}"
    );
    assert!(
        stderr.contains("content/unclosed.md:1:1: front matter opened with `+++` is never closed"),
        "{stderr}"
    );
    assert!(
        stderr.contains("3 errors; nothing was written."),
        "{stderr}"
    );
    assert!(!site.public().exists());
}

#[test]
fn a_failed_build_keeps_the_previous_output() {
    let site = Site::fixture("basic");
    site.build_ok();
    let before = files(&site.public());
    let home = site.page("index.html");
    site.write("content/broken.md", "+++\ntitle = \n+++\n");
    let out = site.run(&["build"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("content/broken.md:2:"));
    assert_eq!(files(&site.public()), before);
    assert_eq!(site.page("index.html"), home);
}

#[test]
fn unknown_config_key_is_named() {
    let site = Site::fixture("basic");
    site.write("site.toml", "title = \"x\"\npaginatte = 3\n");
    let out = site.run(&["build"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("site.toml:2:1:") && stderr.contains("paginatte"),
        "{stderr}"
    );
}

#[test]
fn template_errors_name_the_template_and_line() {
    let site = Site::fixture("basic");
    let config = std::fs::read_to_string(site.root.join("site.toml")).unwrap();
    site.write("site.toml", &format!("theme = \"t\"\n{config}"));
    site.write("themes/t/templates/article.html", "{% extends \"base.html\" %}\n{% block content %}\n{{ article.title | nosuchfilter }}\n{% endblock content %}\n");
    let out = site.run(&["build"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("template article.html"), "{stderr}");
    assert!(stderr.contains("nosuchfilter"), "{stderr}");
}

#[test]
fn usage_errors_exit_2() {
    let site = Site::fixture("basic");
    assert_eq!(
        site.run(&["build", "--no-such-flag"]).status.code(),
        Some(2)
    );
    assert_eq!(site.run(&["frobnicate"]).status.code(), Some(2));
    assert!(site.run(&["build", "--help"]).status.success());
}

#[test]
fn dangerous_output_folders_are_refused() {
    let site = Site::fixture("basic");
    for bad in [".", "content", ".."] {
        let out = site.run(&["build", "--output", bad]);
        assert_eq!(out.status.code(), Some(1), "{bad}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("refusing to use"),
            "{bad}"
        );
    }
    assert!(site.root.join("content/2019/one.md").is_file());
}
