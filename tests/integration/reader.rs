//! Reader features (issue 7): actor and topic profiles with timelines, co-occurring actors and
//! snippets; first-mention links, related articles, "follow this story" and citations on
//! article pages; the research data files; the actors index controls in a real browser.

use std::process::Command;

use crate::browser::{StaticServer, chromium};
use crate::util::Site;

fn built() -> Site {
    let site = Site::fixture("basic");
    site.build_ok();
    site
}

#[test]
fn actor_page_shows_profile_timeline_co_actors_and_snippets() {
    let site = built();
    let page = site.page("actors/nicolas-maduro/index.html");
    assert!(page.contains("Also written as <span class=\"alias\">Maduro</span>"));
    assert!(page.contains("First seen <a href=\"../../articles/crowds-gather-in-caracas/\"><time datetime=\"2019-01-23\">"));
    assert!(page.contains("last seen <a href=\"../../articles/guaido-declares-himself-president/\"><time datetime=\"2019-01-24\">"));
    // Two dated articles in January 2019 (the third mention is undated).
    assert!(page.contains("<svg class=\"timeline-chart\" viewBox=\"0 0 720 150\" role=\"img\""));
    assert!(page.contains("<title>January 2019: 2</title>"));
    assert!(page.contains("<th scope=\"row\">January 2019</th><td>2</td>"));
    assert_eq!(page.matches("<rect class=\"bar\"").count(), 1);
    // Co-occurring actors with counts, and topics.
    let co = section(&page, "class=\"co-actors\"");
    assert!(
        co.contains("Caracas <span class=\"count\" title=\"2 shared articles\">2</span>"),
        "{co}"
    );
    assert!(co.contains("Juan Guaidó <span class=\"count\" title=\"2 shared articles\">2</span>"));
    assert!(
        section(&page, "class=\"co-topics\"")
            .contains("Protests <span class=\"count\" title=\"3 articles\">3</span>")
    );
    // Snippets around the mention, name marked, on the cards of this page.
    assert!(page.contains("<p class=\"snippet\">JUAN GUAIDÓ spoke to protesters. <mark>Maduro</mark> did not answer.</p>"), "{page}");
    assert!(page.contains("Atom feed for Nicolás Maduro"));
}

/// Regression: Juan Guaidó is named only in front matter in the basic fixture, whose texts are
/// not counted for him, and his page said "Mentioned 0 times in 2 articles".
#[test]
fn an_actor_named_only_in_front_matter_is_not_mentioned_zero_times() {
    let site = built();
    let page = site.page("actors/juan-guaido/index.html");
    assert!(!page.contains("Mentioned 0 times"), "{page}");
    assert!(
        page.contains("<p class=\"muted sans\">In 2 articles · "),
        "{page}"
    );
    let maduro = site.page("actors/nicolas-maduro/index.html");
    assert!(
        maduro.contains("<p class=\"muted sans\">Mentioned "),
        "{maduro}"
    );
}

#[test]
fn topic_page_has_timeline_actors_and_keyword_snippets() {
    let site = built();
    let page = site.page("topics/protests/index.html");
    assert!(page.contains("role=\"img\""));
    assert!(section(&page, "class=\"co-actors\"").contains("Nicolás Maduro"));
    // `protest*` marks the whole word.
    assert!(
        page.contains("<mark>protested</mark>") || page.contains("<mark>protesters</mark>"),
        "{page}"
    );
    assert!(page.contains("Atom feed for Protests"));
}

#[test]
fn first_mentions_link_once_and_never_inside_headings_or_links() {
    let site = Site::fixture("basic");
    site.write(
        "content/2019/four.md",
        "+++\ntitle = \"Maduro again\"\ndate = 2019-02-01\n+++\n\n## Maduro in a heading\n\nSee [Maduro's site](https://example.com).\n\nThen Nicolás Maduro spoke, and MADURO spoke again.\n",
    );
    site.build_ok();
    let page = site.page("articles/maduro-again/index.html");
    let body = section(&page, "class=\"article-body\"");
    let link = "<a class=\"mention\" href=\"../../actors/nicolas-maduro/\">";
    assert_eq!(body.matches(link).count(), 1, "{body}");
    assert!(
        body.contains(&format!("{link}Nicolás Maduro</a> spoke")),
        "{body}"
    );
    assert!(
        body.contains("<a href=\"https://example.com\">Maduro’s site</a>")
            || body.contains("<a href=\"https://example.com\">Maduro's site</a>"),
        "{body}"
    );
    let heading = body
        .split("<h2")
        .nth(1)
        .unwrap()
        .split("</h2>")
        .next()
        .unwrap();
    assert!(!heading.contains("mention"), "{heading}");
    let two = site.page("articles/guaido-declares-himself-president/index.html");
    assert!(
        two.contains("<a class=\"mention\" href=\"../../actors/juan-guaido/\">JUAN GUAIDÓ</a>"),
        "{two}"
    );
}

#[test]
fn article_page_lists_related_follow_and_citation() {
    let site = built();
    let page = site.page("articles/crowds-gather-in-caracas/index.html");
    let related = section(&page, "class=\"related\"");
    assert!(
        related.contains("href=\"../../articles/guaido-declares-himself-president/\""),
        "{related}"
    );
    assert!(
        !related.contains("a-quiet-day-in-march"),
        "articles sharing nothing are not related"
    );
    let follow = section(&page, "class=\"follow\"");
    assert!(
        follow.contains("Nicolás Maduro</a> <span class=\"muted\">article 2 of 3</span>"),
        "{follow}"
    );
    assert!(follow.contains("Later →</span> Guaidó declares himself president"));
    let cite = section(&page, "class=\"cite\"");
    assert!(cite.contains("Ana Pérez. “Crowds gather in Caracas.” The Daily Wire Service, 23 January 2019. https://news.example.com/crowds."), "{cite}");
    assert!(cite.contains("<textarea id=\"citation-text\" class=\"citation\" readonly"));
    assert!(cite.contains("<dt>Original</dt><dd><a href=\"https://news.example.com/crowds\""));
    assert!(
        site.page("articles/maduro-faces-pressure-as-protests-grow/index.html")
            .contains("class=\"provenance\"")
    );
}

#[test]
fn accessed_date_comes_from_front_matter() {
    let site = Site::fixture("basic");
    site.write(
        "content/2019/five.md",
        "+++\ntitle = \"Cited\"\ndate = 2019-02-01\naccessed = \"2 March 2024\"\n+++\nText.\n",
    );
    site.build_ok();
    let page = site.page("articles/cited/index.html");
    assert!(page.contains("<dt>Accessed</dt><dd>2 March 2024</dd>"));
    assert!(
        page.contains("1 February 2019. Accessed 2 March 2024.</textarea>"),
        "{page}"
    );
}

#[test]
fn data_files_are_written_and_parse() {
    let site = built();
    let json: serde_json::Value = serde_json::from_str(&site.page("data/articles.json")).unwrap();
    let articles = json.as_array().unwrap();
    assert_eq!(articles.len(), 4);
    let crowds = articles
        .iter()
        .find(|a| a["slug"] == "crowds-gather-in-caracas")
        .unwrap();
    assert_eq!(
        crowds["url"],
        "https://example.org/sub/articles/crowds-gather-in-caracas/"
    );
    assert_eq!(crowds["date"], "2019-01-23");
    assert_eq!(crowds["source"], "The Daily Wire Service");
    assert_eq!(crowds["authors"][0], "Ana Pérez");
    assert_eq!(crowds["topics"][0], "Protests");
    let caracas = &crowds["actors"][0];
    assert_eq!(
        (
            caracas["name"].as_str(),
            caracas["kind"].as_str(),
            caracas["mentions"].as_u64()
        ),
        (Some("Caracas"), Some("place"), Some(2))
    );
    let csv = site.page("data/mentions.csv");
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows[0], "article,actor,kind,count");
    assert!(
        rows.contains(&"crowds-gather-in-caracas,Caracas,place,2"),
        "{csv}"
    );
    let expected: usize = articles
        .iter()
        .map(|a| a["actors"].as_array().unwrap().len())
        .sum();
    assert_eq!(rows.len() - 1, expected);
    assert!(
        site.page("index.html")
            .contains("href=\"data/articles.json\"")
    );
    // Same input, same bytes.
    let again = built();
    assert_eq!(
        again.page("data/articles.json"),
        site.page("data/articles.json")
    );
}

#[test]
fn hostile_actor_names_are_escaped_in_timeline_snippet_and_csv() {
    let site = Site::fixture("basic");
    let evil = "Evil <svg onload=alert(1)> & \"Co\", Ltd";
    site.write(
        "site.toml",
        &format!(
            "{}\n[[actors]]\nname = '{evil}'\nkind = \"organization\"\n",
            std::fs::read_to_string(site.root.join("site.toml")).unwrap()
        ),
    );
    site.write(
        "content/2019/evil.md",
        &format!("+++\ntitle = \"Hostile\"\ndate = 2019-02-01\nactors = ['{evil}']\n+++\nThey said {evil} was here.\n"),
    );
    site.build_ok();
    let slug = "evil-svg-onload-alert-1-co-ltd";
    let page = site.page(&format!("actors/{slug}/index.html"));
    assert!(!page.contains("<svg onload"), "{page}");
    assert!(page.contains("Articles per month mentioning Evil &lt;svg onload=alert(1)&gt; &amp; &quot;Co&quot;, Ltd"), "{page}");
    let csv = site.page("data/mentions.csv");
    assert!(
        csv.contains("hostile,\"Evil <svg onload=alert(1)> & \"\"Co\"\", Ltd\",organization,"),
        "{csv}"
    );
    let article = site.page("articles/hostile/index.html");
    assert!(!article.contains("<svg onload"), "{article}");
}

#[test]
fn actors_index_sorts_and_filters_in_a_browser_without_errors() {
    let Some(chromium) = chromium() else { return };
    let site = built();
    let server = StaticServer::start(site.public());
    let url = server.url("/actors/?kind=person&sort=count");
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new(chromium)
        .args(crate::browser::HEADLESS)
        .args([
            "--enable-logging=stderr",
            "--v=0",
            "--virtual-time-budget=3000",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(&url)
        .output()
        .unwrap();
    let dom = String::from_utf8_lossy(&out.stdout);
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(!log.contains("Uncaught"), "{log}");
    // The controls are shown, places are hidden, people are sorted by article count.
    assert!(
        dom.contains("<form class=\"actor-controls sans\" id=\"actor-controls\">"),
        "{dom}"
    );
    assert!(
        dom.contains("id=\"place\" data-kind=\"place\" aria-labelledby=\"h-place\" hidden"),
        "{dom}"
    );
    let maduro = dom.find("Nicolás Maduro").unwrap();
    let guaido = dom.find("Juan Guaidó").unwrap();
    assert!(
        maduro < guaido,
        "sorted by count: Maduro (3) before Guaidó (2)"
    );
    assert!(
        dom.contains("role=\"status\" id=\"actor-status\">2 shown"),
        "{dom}"
    );
}

/// The part of `page` from the element holding `marker` to the end of its section.
fn section<'a>(page: &'a str, marker: &str) -> &'a str {
    let start = page
        .find(marker)
        .unwrap_or_else(|| panic!("{marker} missing"));
    let rest = &page[start..];
    let end = ["</section>", "</div>\n  <footer"]
        .iter()
        .filter_map(|e| rest.find(e))
        .min()
        .unwrap_or(rest.len());
    &rest[..end]
}
