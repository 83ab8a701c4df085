//! Building the `basic` fixture: every page kind exists, links are relative and resolve, feeds
//! and sitemap are well-formed, names merge across spellings, drafts stay out unless asked for.

use crate::util::{Site, assert_xml, broken_links, cards, files};

#[test]
fn every_page_kind_is_written() {
    let site = Site::fixture("basic");
    let out = site.build_ok();
    assert!(String::from_utf8_lossy(&out.stdout).contains("Built 4 articles"));
    let all = files(&site.public());
    for expected in [
        "index.html",
        "page/2/index.html",
        "articles/crowds-gather-in-caracas/index.html",
        "articles/crowds-gather-in-caracas/crowd.png",
        "actors/index.html",
        "actors/nicolas-maduro/index.html",
        "actors/nicolas-maduro/feed.xml",
        "actors/juan-guaido/index.html",
        "topics/index.html",
        "topics/protests/index.html",
        "topics/protests/feed.xml",
        "topics/elections/index.html",
        "sources/index.html",
        "sources/the-daily-wire-service/index.html",
        "archive/index.html",
        "archive/2019/index.html",
        "archive/2019/01/index.html",
        "archive/2019/03/index.html",
        "undated/index.html",
        "feed.xml",
        "sitemap.xml",
        "robots.txt",
        "404.html",
        "assets/style.css",
    ] {
        assert!(
            all.contains(&expected.to_string()),
            "missing {expected}; have {all:#?}"
        );
    }
    assert!(
        !all.iter().any(|f| f.contains("unfinished-draft")),
        "draft published"
    );
}

#[test]
fn internal_links_are_relative_and_resolve() {
    let site = Site::fixture("basic");
    site.build_ok();
    let problems = broken_links(&site.public());
    assert!(problems.is_empty(), "{problems:#?}");
    let article = site.page("articles/crowds-gather-in-caracas/index.html");
    assert!(article.contains("href=\"../../assets/style.css\""));
    assert!(article.contains("<link rel=\"canonical\" href=\"https://example.org/sub/articles/crowds-gather-in-caracas/\">"));
}

#[test]
fn feeds_and_sitemap_are_well_formed_with_absolute_urls() {
    let site = Site::fixture("basic");
    site.build_ok();
    let feed = assert_xml(&site.public().join("feed.xml"));
    assert!(
        feed.contains(
            "<id>https://example.org/sub/articles/guaido-declares-himself-president/</id>"
        ),
        "{feed}"
    );
    assert!(
        feed.contains("<updated>2019-03-02T00:00:00Z</updated>"),
        "{feed}"
    );
    assert_xml(&site.public().join("actors/nicolas-maduro/feed.xml"));
    let sitemap = assert_xml(&site.public().join("sitemap.xml"));
    assert!(sitemap.contains("<loc>https://example.org/sub/actors/caracas/</loc>"));
    assert!(!sitemap.contains("404"));
    assert!(
        site.page("robots.txt")
            .contains("Sitemap: https://example.org/sub/sitemap.xml")
    );
}

#[test]
fn names_merge_across_spelling_case_and_accents() {
    let site = Site::fixture("basic");
    site.build_ok();
    let guaido = site.page("actors/juan-guaido/index.html");
    assert!(
        guaido.contains("<h1>Juan Guaidó</h1>"),
        "accented spelling should win"
    );
    assert_eq!(cards(&guaido), 2);
    let maduro = site.page("actors/nicolas-maduro/index.html");
    // one.md, two.md (alias "Maduro") and scraped.txt mention him; paginate = 2.
    assert!(maduro.contains("Articles 1–2 of 3"), "{maduro}");
    assert!(
        site.page("actors/nicolas-maduro/page/2/index.html")
            .contains("article-card")
    );
}

#[test]
fn article_page_shows_metadata_body_and_links() {
    let site = Site::fixture("basic");
    site.build_ok();
    let page = site.page("articles/crowds-gather-in-caracas/index.html");
    assert!(page.contains("<time datetime=\"2019-01-23\">23 January 2019</time>"));
    assert!(page.contains("href=\"https://news.example.com/crowds\""));
    assert!(page.contains("Ana Pérez"));
    assert!(page.contains("id=\"background\""), "heading anchor");
    assert!(
        page.contains("src=\"crowd.png\""),
        "image rewritten next to the page"
    );
    assert!(page.contains("href=\"../../actors/caracas/\""));
    assert!(page.contains("href=\"../../topics/protests/\""));
    // Newest first with two per page: the 23 January article is on page 2.
    let home = site.page("page/2/index.html");
    assert!(
        home.contains("Thousands protested"),
        "summary up to <!-- more -->"
    );
    assert!(
        !home.contains("More text with"),
        "summary stops at the marker"
    );
}

#[test]
fn text_articles_are_cleaned_and_matched() {
    let site = Site::fixture("basic");
    site.build_ok();
    let page = site.page("articles/maduro-faces-pressure-as-protests-grow/index.html");
    // The kept paragraph; its first mention of Caracas now links to the actor (issue 7).
    assert!(page.contains(
        "<p><a class=\"mention\" href=\"../../actors/caracas/\">Caracas</a> was calm by evening.</p>"
    ));
    assert!(!page.contains("<p>Advertisement</p>"));
    assert!(
        page.contains("Provenance"),
        "removed text is recorded on the page"
    );
    assert!(
        site.page("undated/index.html")
            .contains("Maduro faces pressure")
    );
}

#[test]
fn drafts_are_built_on_request() {
    let site = Site::fixture("basic");
    let out = site.run(&["build", "--drafts"]);
    assert!(out.status.success());
    assert!(
        site.public()
            .join("articles/unfinished-draft/index.html")
            .is_file()
    );
}

#[test]
fn base_url_and_output_flags() {
    let site = Site::fixture("basic");
    let out = site.run(&[
        "build",
        "--output",
        "elsewhere",
        "--base-url",
        "https://mirror.example.net/x",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let feed = std::fs::read_to_string(site.root.join("elsewhere/feed.xml")).unwrap();
    assert!(feed.contains("https://mirror.example.net/x/articles/"));
}

#[test]
fn init_creates_a_site_that_builds() {
    let tmp = tempfile::tempdir().unwrap();
    let out = crate::util::dossier(tmp.path(), &["init", "newsite"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = crate::util::dossier(&tmp.path().join("newsite"), &["build"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        tmp.path()
            .join("newsite/public/actors/ada-lovelace/index.html")
            .is_file()
    );
    let again = crate::util::dossier(tmp.path(), &["init", "newsite"]);
    assert_eq!(again.status.code(), Some(1));
}

#[test]
fn theme_overrides_one_template_and_keeps_the_rest() {
    let site = Site::fixture("basic");
    let config = std::fs::read_to_string(site.root.join("site.toml")).unwrap();
    site.write("site.toml", &format!("theme = \"mine\"\n{config}"));
    site.write("themes/mine/templates/article.html", "{% extends \"base.html\" %}{% block content %}<p class=\"mine\">{{ article.title }}</p>{% endblock content %}");
    site.write("themes/mine/static/assets/extra.css", "body{}");
    site.build_ok();
    assert!(
        site.page("articles/crowds-gather-in-caracas/index.html")
            .contains("<p class=\"mine\">Crowds gather in Caracas</p>")
    );
    assert!(
        site.page("index.html").contains("article-card"),
        "other templates come from the default theme"
    );
    assert!(site.public().join("assets/extra.css").is_file());
}

#[test]
fn no_progress_bar_when_piped() {
    let site = Site::fixture("basic");
    let out = site.build_ok();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("rendering") && !stderr.contains('\u{1b}'),
        "{stderr}"
    );
}
