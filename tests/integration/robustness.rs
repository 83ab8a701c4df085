//! Issue 6, "bad input never crashes dossier nor loses anything": one test per case of the issue.
//! Every failing case asserts the exact message shape (`content/x.md:L:C: …`), exit code 1, no
//! panic, and that nothing in the site folder outside `public/` changed; every awkward-but-valid
//! case asserts that the build succeeds in bounded time. Each run is killed (and the test failed)
//! if it takes longer than [`TIMEOUT`], so a hang cannot stall CI.

use std::time::Instant;

use crate::util::{Run, Site, TIMEOUT, output_tree, run_guarded, snapshot};

fn assert_no_panic(run: &Run) {
    assert!(
        !run.stderr.contains("panicked") && !run.stderr.contains("RUST_BACKTRACE"),
        "dossier panicked:\n{}",
        run.stderr
    );
}

/// Builds with `args`, expects exit code 1 with `expected` in the message, no panic, and the
/// site (output included) exactly as it was.
fn assert_fails(site: &Site, args: &[&str], expected: &str) -> Run {
    let before = snapshot(&site.root);
    let output_before = output_tree(&site.public());
    let run = run_guarded(&site.root, args, &[]);
    assert_no_panic(&run);
    assert_eq!(run.code, Some(1), "exit code; stderr:\n{}", run.stderr);
    assert!(
        run.stderr.contains(expected),
        "expected {expected:?} in:\n{}",
        run.stderr
    );
    assert_eq!(
        snapshot(&site.root),
        before,
        "files outside public/ changed"
    );
    assert_eq!(
        output_tree(&site.public()),
        output_before,
        "public/ changed"
    );
    run
}

/// `dossier build` must fail with `expected`.
fn assert_build_fails(site: &Site, expected: &str) -> Run {
    assert_fails(site, &["build"], expected)
}

/// `dossier build` must succeed without touching anything outside `public/`.
fn assert_builds(site: &Site) -> Run {
    let before = snapshot(&site.root);
    let run = run_guarded(&site.root, &["build"], &[]);
    assert_no_panic(&run);
    assert_eq!(run.code, Some(0), "build failed:\n{}", run.stderr);
    assert_eq!(
        snapshot(&site.root),
        before,
        "files outside public/ changed"
    );
    run
}

/// A site with one good article, built once so that a later failure has an output to keep.
fn built_site() -> Site {
    let site = Site::fixture("basic");
    assert_builds(&site);
    site
}

fn write_bytes(site: &Site, rel: &str, bytes: &[u8]) {
    let path = site.root.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
}

/// Points the site at a theme `t` holding one overriding `article.html`.
fn with_article_template(site: &Site, template: &str) {
    let config = std::fs::read_to_string(site.root.join("site.toml")).unwrap();
    site.write("site.toml", &format!("theme = \"t\"\n{config}"));
    site.write("themes/t/templates/article.html", template);
}

// ---------------------------------------------------------------------------------------------
// Data safety
// ---------------------------------------------------------------------------------------------

#[test]
fn failed_build_keeps_previous_output_byte_for_byte() {
    let site = built_site();
    site.write("content/broken.md", "+++\ntitle = \n+++\n");
    assert_build_fails(&site, "content/broken.md:2:");
}

#[test]
fn leftovers_of_a_killed_build_are_cleaned_on_the_next_run() {
    let site = built_site();
    let tmp = site.root.join(".public.dossier-tmp-99999");
    let old = site.root.join(".public.dossier-old-99999");
    for dir in [&tmp, &old] {
        std::fs::create_dir_all(dir.join("articles")).unwrap();
        std::fs::write(dir.join("articles/half.html"), "half").unwrap();
    }
    assert_builds(&site);
    assert!(!tmp.exists() && !old.exists(), "leftovers kept");
    assert!(site.public().join("index.html").is_file());
}

#[test]
fn files_changed_or_added_by_hand_in_the_output_are_put_right() {
    let site = built_site();
    assert_builds(&site);
    let clean = output_tree(&site.public());
    // Both the output and the staging folder now carry a manifest. Tamper with the output,
    // keeping each file's length, so that only the bytes tell.
    let index = site.public().join("index.html");
    let len = std::fs::metadata(&index).unwrap().len() as usize;
    std::fs::write(&index, "x".repeat(len)).unwrap();
    std::fs::write(site.public().join("stray.html"), "stray").unwrap();
    let article = std::fs::read_dir(site.public().join("articles"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.is_dir())
        .unwrap();
    std::fs::write(article.join("stray.html"), "stray").unwrap();
    std::fs::create_dir_all(site.public().join("stray/deeper")).unwrap();
    // The tampered folder is the staging folder of the build after next.
    assert_builds(&site);
    assert_builds(&site);
    assert_eq!(output_tree(&site.public()), clean);
    assert_builds(&site);
    assert_eq!(output_tree(&site.public()), clean);
}

#[test]
fn output_moved_aside_by_a_killed_swap_is_put_back_then_replaced() {
    let site = built_site();
    let old = site.root.join(".public.dossier-old-99999");
    std::fs::rename(site.public(), &old).unwrap();
    assert_builds(&site);
    assert!(!old.exists());
    assert!(site.public().join("index.html").is_file());
}

#[test]
fn dangerous_output_folders_are_refused_before_anything_is_deleted() {
    let site = built_site();
    std::fs::create_dir_all(site.root.join("themes/t")).unwrap();
    let cases = [
        (".", "it is the site's basic folder"),
        ("content", "it is the site's content folder"),
        ("content/2019/..", "it is the site's content folder"),
        ("themes", "it is the site's themes folder"),
        ("..", "it contains the site's"),
        ("/", "it is the file system root"),
    ];
    for (output, reason) in cases {
        let run = assert_fails(&site, &["build", "--output", output], "refusing to use ");
        assert!(run.stderr.contains(reason), "{output}: {}", run.stderr);
    }
}

#[test]
fn the_home_folder_is_refused_as_output() {
    let site = built_site();
    let home = site.root.parent().unwrap().join("home");
    std::fs::create_dir_all(&home).unwrap();
    std::fs::write(home.join(".profile"), "keep me").unwrap();
    let args = ["build", "--output", home.to_str().unwrap()];
    let run = run_guarded(&site.root, &args, &[("HOME", &home)]);
    assert_no_panic(&run);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr.contains("it is your home folder"),
        "{}",
        run.stderr
    );
    assert_eq!(
        std::fs::read_to_string(home.join(".profile")).unwrap(),
        "keep me"
    );
}

#[test]
fn unsafe_slugs_are_rejected_with_their_position() {
    let long = "x".repeat(300);
    let cases = [
        ("../../outside", "may not contain slashes"),
        ("/etc/passwd", "may not contain slashes"),
        ("a\\\\b", "may not contain slashes, backslashes"),
        ("a\\u0000b", "control characters"),
        ("..", "be . or .."),
        (long.as_str(), "the limit is 200"),
        ("", "`slug` is empty"),
    ];
    let site = built_site();
    for (slug, why) in cases {
        site.write(
            "content/evil.md",
            &format!("+++\nslug = \"{slug}\"\n+++\nBody\n"),
        );
        let run = assert_build_fails(&site, "error: content/evil.md:2:8: `slug`");
        assert!(run.stderr.contains(why), "{slug}: {}", run.stderr);
        assert!(!site.root.parent().unwrap().join("outside").exists());
    }
}

#[test]
fn two_articles_wanting_one_page_are_an_error_naming_both() {
    let site = built_site();
    site.write(
        "content/a.md",
        "+++\ntitle = \"A\"\nslug = \"same\"\n+++\nA\n",
    );
    site.write(
        "content/b.md",
        "+++\ntitle = \"B\"\nslug = \"same\"\n+++\nB\n",
    );
    assert_build_fails(
        &site,
        "error: content/a.md and content/b.md both want the page articles/same/",
    );
}

#[test]
fn a_linked_file_named_like_a_page_cannot_replace_it() {
    let site = built_site();
    site.write("content/2019/index.html", "<p>not the article</p>");
    site.write(
        "content/2019/links.md",
        "+++\ntitle = \"Links\"\n+++\n[see](index.html)\n",
    );
    assert_build_fails(
        &site,
        "error: content/2019/index.html: linked from an article, it would replace the page articles/links/index.html",
    );
}

#[test]
fn two_linked_files_with_one_name_both_survive() {
    let site = built_site();
    site.write("content/a/pic.png", "first");
    site.write("content/b/pic.png", "second");
    site.write(
        "content/two-pics.md",
        "+++\ntitle = \"Two pics\"\n+++\n![a](a/pic.png) ![b](b/pic.png) ![a again](a/pic.png)\n",
    );
    assert_builds(&site);
    let page = site.page("articles/two-pics/index.html");
    assert!(
        page.contains("src=\"pic.png\"") && page.contains("src=\"pic-2.png\""),
        "{page}"
    );
    assert_eq!(site.page("articles/two-pics/pic.png"), "first");
    assert_eq!(site.page("articles/two-pics/pic-2.png"), "second");
}

// ---------------------------------------------------------------------------------------------
// Clear errors, no panics
// ---------------------------------------------------------------------------------------------

#[test]
fn malformed_toml_front_matter() {
    let site = built_site();
    site.write(
        "content/x.md",
        "+++\ntitle = \"ok\"\ndate = 2019-01-01\nauthors = [\"A\",\n+++\nBody\n",
    );
    assert_build_fails(
        &site,
        "error: content/x.md:4:16: invalid TOML front matter: unclosed array",
    );
}

#[test]
fn malformed_yaml_front_matter() {
    let site = built_site();
    site.write(
        "content/x.md",
        "---\ntitle: ok\nauthors: [A, B\n---\nBody\n",
    );
    assert_build_fails(
        &site,
        "error: content/x.md:3:10: invalid YAML front matter: unclosed bracket",
    );
}

#[test]
fn missing_closing_delimiter() {
    let site = built_site();
    site.write("content/x.md", "---\ntitle: never closed\nBody\n");
    assert_build_fails(
        &site,
        "error: content/x.md:1:1: front matter opened with `---` is never closed",
    );
}

#[test]
fn invalid_utf8() {
    let site = built_site();
    write_bytes(
        &site,
        "content/x.md",
        b"+++\ntitle = \"x\"\n+++\nab\xffcd\n",
    );
    assert_build_fails(&site, "error: content/x.md:4:3: not valid UTF-8 text");
}

#[test]
fn bad_date() {
    let site = built_site();
    site.write(
        "content/x.md",
        "---\ntitle: x\ndate: 2019-13-45\n---\nBody\n",
    );
    assert_build_fails(
        &site,
        "error: content/x.md:3:7: invalid date \"2019-13-45\"",
    );
}

#[test]
fn unknown_site_toml_key_is_named() {
    let site = built_site();
    site.write("site.toml", "title = \"x\"\npaginatte = 3\n");
    let run = assert_build_fails(&site, "site.toml:2:1: unknown field `paginatte`");
    assert!(run.stderr.starts_with("error: "), "{}", run.stderr);
}

#[test]
fn template_syntax_error_names_template_and_line() {
    let site = built_site();
    with_article_template(
        &site,
        "{% extends \"base.html\" %}\n{% block content %}\n{% if %}\n{% endblock content %}\n",
    );
    assert_build_fails(&site, "error: template article.html (");
    let run = assert_build_fails(&site, "themes/t/templates/article.html):3: ");
    assert!(
        run.stderr.lines().count() <= 3,
        "one clear message:\n{}",
        run.stderr
    );
}

#[test]
fn unknown_filter_names_template_line_and_filter() {
    let site = built_site();
    with_article_template(
        &site,
        "{% extends \"base.html\" %}\n{% block content %}\n{{ article.title | nosuchfilter }}\n{% endblock content %}\n",
    );
    let run = assert_build_fails(&site, "themes/t/templates/article.html):3: ");
    assert!(run.stderr.contains("nosuchfilter"), "{}", run.stderr);
}

#[test]
fn unknown_variable_names_template_line_and_variable() {
    let site = built_site();
    with_article_template(
        &site,
        "{% extends \"base.html\" %}\n{% block content %}\n{{ article.no_such_field }}\n{% endblock content %}\n",
    );
    let run = assert_build_fails(&site, "themes/t/templates/article.html):3: ");
    assert!(run.stderr.contains("no_such_field"), "{}", run.stderr);
}

#[test]
fn template_that_extends_itself() {
    let site = built_site();
    with_article_template(
        &site,
        "{% extends \"article.html\" %}\n{% block content %}x{% endblock content %}\n",
    );
    let run = assert_build_fails(&site, "error: template article.html");
    assert!(
        run.stderr.to_lowercase().contains("circular"),
        "{}",
        run.stderr
    );
}

// ---------------------------------------------------------------------------------------------
// Awkward but valid input builds
// ---------------------------------------------------------------------------------------------

#[test]
fn bom_crlf_and_empty_bodies_build() {
    let site = built_site();
    site.write(
        "content/bom.md",
        "\u{feff}+++\r\ntitle = \"With BOM\"\r\n+++\r\nLine one\r\nline two\r\n",
    );
    site.write(
        "content/crlf.md",
        "---\r\ntitle: CRLF yaml\r\ndate: 2019-05-01\r\n---\r\nBody\r\n",
    );
    site.write(
        "content/empty-body.md",
        "+++\ntitle = \"Nothing inside\"\n+++\n",
    );
    site.write("content/empty-file.md", "");
    site.write(
        "content/bom.txt",
        "\u{feff}Raw headline\r\n\r\nA paragraph.\r\n",
    );
    assert_builds(&site);
    assert!(
        site.page("articles/with-bom/index.html")
            .contains("<h1>With BOM</h1>")
            || site
                .page("articles/with-bom/index.html")
                .contains("With BOM")
    );
    assert!(
        site.page("articles/crlf-yaml/index.html")
            .contains("2019-05-01")
    );
    assert!(
        site.public()
            .join("articles/nothing-inside/index.html")
            .is_file()
    );
    assert!(
        site.public()
            .join("articles/empty-file/index.html")
            .is_file()
    );
    assert!(
        site.page("articles/raw-headline/index.html")
            .contains("A paragraph.")
    );
}

#[test]
fn binary_files_in_content_are_copied_when_referenced_and_skipped_otherwise() {
    let site = built_site();
    let binary: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
    write_bytes(&site, "content/2019/chart.bin", &binary);
    write_bytes(&site, "content/stray.pdf", &binary);
    site.write(
        "content/2019/with-chart.md",
        "+++\ntitle = \"With chart\"\n+++\n[data](chart.bin)\n",
    );
    let run = assert_builds(&site);
    let copied = std::fs::read(site.public().join("articles/with-chart/chart.bin")).unwrap();
    assert_eq!(copied, binary);
    assert!(
        run.stderr.contains("content/stray.pdf"),
        "stray file not reported:\n{}",
        run.stderr
    );
    assert!(
        !crate::util::files(&site.public())
            .iter()
            .any(|f| f.ends_with("stray.pdf"))
    );
}

#[cfg(unix)]
#[test]
fn symlink_loops_are_reported_without_hanging() {
    let site = built_site();
    std::os::unix::fs::symlink("..", site.root.join("content/2019/loop")).unwrap();
    std::os::unix::fs::symlink("self", site.root.join("content/self")).unwrap();
    let run = assert_builds(&site);
    assert!(
        run.stderr.contains("warning: ") && run.stderr.contains("content/2019/loop"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_ten_megabyte_article_builds() {
    let site = built_site();
    let paragraph =
        "Lorem ipsum *dolor* sit amet, [consectetur](https://example.org) adipiscing elit.\n\n";
    let body = paragraph.repeat(10 * 1024 * 1024 / paragraph.len() + 1);
    site.write(
        "content/huge.md",
        &format!("+++\ntitle = \"Huge\"\n+++\n{body}"),
    );
    site.write(
        "content/huge.txt",
        &format!(
            "Huge raw\n\n{}",
            // 1 MB: raw-text cleanup is linear, but this binary is a debug build.
            "A line of scraped text.\n".repeat(40_000)
        ),
    );
    assert_builds(&site);
    assert!(
        std::fs::metadata(site.public().join("articles/huge/index.html"))
            .unwrap()
            .len()
            > 10_000_000
    );
}

#[test]
fn pathological_markdown_builds_in_bounded_time() {
    let site = built_site();
    let n = 50_000;
    let cases = [
        ("quotes", ">".repeat(n)),
        (
            "lists",
            (0..2_000)
                .map(|i| format!("{}- x\n", "  ".repeat(i)))
                .collect(),
        ),
        ("emphasis", "*a **b ".repeat(n / 4)),
        ("underscores", "_".repeat(n)),
        ("brackets", "[".repeat(n)),
        ("closing", "]".repeat(n) + &"(".repeat(n)),
        ("links", "[a](".repeat(n / 4)),
        ("images", "![".repeat(n / 2)),
        ("backticks", "`".repeat(n) + "x" + &"``".repeat(n / 4)),
        ("html", "<a ".repeat(n / 2)),
        ("entities", "&#".repeat(n / 2)),
        (
            "table",
            format!("|{}\n|{}\n", "a|".repeat(5_000), "-|".repeat(5_000)) + &"|x".repeat(n),
        ),
        (
            "footnotes",
            (0..5_000)
                .map(|i| format!("[^{i}]: [^{}]\n", i + 1))
                .collect(),
        ),
        ("headings", "# ".repeat(n / 2) + "\n" + &"#\n".repeat(n / 2)),
    ];
    for (name, body) in &cases {
        site.write(
            &format!("content/patho/{name}.md"),
            &format!("+++\ntitle = \"{name}\"\n+++\n{body}\n"),
        );
    }
    let started = Instant::now();
    assert_builds(&site);
    assert!(started.elapsed() < TIMEOUT);
}

// ---------------------------------------------------------------------------------------------
// Readers' safety
// ---------------------------------------------------------------------------------------------

/// What a browser would run: the attribute value with tabs, newlines, spaces and controls gone,
/// lowercased (browsers ignore all of those inside a scheme).
fn runs_script(url: &str) -> bool {
    let squeezed: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect();
    let lower = squeezed.to_ascii_lowercase();
    [
        "javascript:",
        "vbscript:",
        "data:text/html",
        "data:image/svg",
    ]
    .iter()
    .any(|s| lower.starts_with(s))
}

#[test]
fn script_urls_are_neutralised_in_every_spelling() {
    let site = built_site();
    let spellings = [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "  javascript:alert(1)",
        "java\\tscript:alert(1)",
        "java\\nscript:alert(1)",
        "\\u0001javascript:alert(1)",
        "&#106;avascript:alert(1)",
        "jav&#x09;ascript:alert(1)",
        "javascript&colon;alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html,<script>alert(1)</script>",
        "data:image/svg+xml,<svg onload=alert(1)>",
    ];
    for (i, url) in spellings.iter().enumerate() {
        let link = url
            .replace("\\t", "&#9;")
            .replace("\\n", "&#10;")
            .replace("\\u0001", "");
        site.write(
            &format!("content/url{i}.md"),
            &format!("+++\ntitle = \"Url {i}\"\nsource = \"S\"\nurl = \"{url}\"\n+++\n[a]({link}) ![b]({link}) <{link}>\n\n[r][r]\n\n[r]: {link}\n"),
        );
    }
    assert_builds(&site);
    for i in 0..spellings.len() {
        let page = site.page(&format!("articles/url-{i}/index.html"));
        for link in crate::util::links(&page) {
            assert!(
                !runs_script(&link),
                "url{i}.md: {link:?} survives in\n{page}"
            );
        }
        // The theme's own script (the citation copy button) is the only script on the page.
        let own = "<script src=\"../../assets/reader.js\" defer></script>";
        let page = page.replace(own, "");
        assert!(!page.to_ascii_lowercase().contains("<script"), "url{i}.md");
    }
}
