//! Search (issue 7) end to end: the index from `dossier::search` plus the theme's search page and
//! script, checked in headless Chromium under a subpath (and the sample archive as `dossier
//! build` makes it); and an ignored benchmark over the 10,000-article corpus from
//! `../shared/bench/gen_corpus.py`.

use std::path::{Path, PathBuf};
use std::time::Instant;

use dossier::render::inline_script;
use dossier::search::{Outline, SearchDoc, build_index};

use crate::browser::{StaticServer, chromium, console_errors, dump_dom, dump_dom_and_log};
use crate::util::dossier;

/// The theme directory of this checkout.
fn theme() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default")
}

/// Renders the real `search.html` (through the theme's `base.html`) as the page at `search/`,
/// carrying `outline` and the theme's script as the build gives them.
fn render_search_page(outline: &Outline) -> String {
    let read = |name: &str| std::fs::read_to_string(theme().join("templates").join(name)).unwrap();
    let mut tera = tera::Tera::default();
    tera.add_raw_templates(vec![
        ("base.html", read("base.html")),
        ("search.html", read("search.html")),
    ])
    .unwrap();
    // What the build gives every page (see render/pages.rs on main); the search page uses only
    // `root` and `site.title`, the rest feeds base.html.
    let mut context = tera::Context::new();
    context.insert("root", "../");
    context.insert("path", "search/");
    context.insert("canonical", "https://example.org/search/");
    context.insert("section", "search");
    let site = serde_json::json!({
        "title": "Test <Archive>", "description": "", "language": "en", "article_count": 4,
    });
    context.insert("site", &site);
    context.insert("search_index", &outline.script_json());
    let script = std::fs::read_to_string(theme().join("static/assets/search.js")).unwrap();
    context.insert("search_script", &inline_script(&script));
    tera.render("search.html", &context).unwrap()
}

/// Writes index files, the page and the assets into `out` as `dossier build` would.
fn write_site(out: &Path, docs: &[SearchDoc]) {
    let (files, outline) = build_index(docs);
    write_files(out, &files, &outline);
}

/// Writes the index `files`, the search page for `outline` and its assets under `out`.
fn write_files(out: &Path, files: &[(String, Vec<u8>)], outline: &Outline) {
    for (path, bytes) in files {
        let file = out.join(path);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(file, bytes).unwrap();
    }
    std::fs::write(out.join("search/index.html"), render_search_page(outline)).unwrap();
    std::fs::create_dir_all(out.join("assets")).unwrap();
    for asset in ["search.js", "search.css", "favicon.svg"] {
        std::fs::copy(
            theme().join("static/assets").join(asset),
            out.join("assets").join(asset),
        )
        .unwrap();
    }
}

/// A handful of articles exercising titles, actors, accents, facets and hostile text.
fn sample_docs() -> Vec<SearchDoc<'static>> {
    vec![
        SearchDoc {
            url: "articles/general-defects/",
            title: "Air force general defects",
            date: Some("2019-02-23"),
            source: Some("Reuters"),
            actors: vec!["Francisco Yánez"],
            topics: vec!["Military defection"],
            text: "A senior officer said he no longer recognises the government.",
        },
        SearchDoc {
            url: "articles/guaido-sworn-in/",
            title: "Guaidó declares himself interim president",
            date: Some("2019-01-23"),
            source: Some("Associated Press"),
            actors: vec!["Juan Guaidó"],
            topics: vec!["International recognition"],
            text: "Crowds filled the streets of Caracas as the assembly leader took an oath.",
        },
        SearchDoc {
            url: "articles/oil-talks/",
            title: "<script>alert(1)</script> Oil talks",
            date: Some("2020-05-01"),
            source: Some("El Nacional"),
            actors: vec![],
            topics: vec!["Oil industry"],
            text: "Analysts expect more soldiers to defect as <b>wages</b> collapse & prices rise.",
        },
        SearchDoc {
            url: "articles/blackout/",
            title: "Blackout hits Caracas",
            date: Some("2019-03-08"),
            source: Some("Reuters"),
            actors: vec![],
            topics: vec!["Blackouts"],
            text: "Power failed across the country for days.",
        },
    ]
}

/// Position of `needle` in `dom`, failing with the DOM when it is missing.
fn find(dom: &str, needle: &str) -> usize {
    dom.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in DOM:\n{dom}"))
}

#[test]
fn search_page_finds_ranks_filters_and_escapes_in_a_browser() {
    if chromium().is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    write_site(&dir.path().join("site"), &sample_docs());
    let server = StaticServer::start(dir.path());
    let search = |query: &str| dump_dom(&server.url(&format!("/site/search/?{query}")));

    let dom = search("q=defect");
    let (title_hit, body_hit) = (find(&dom, "Air force general"), find(&dom, "Oil talks"));
    assert!(title_hit < body_hit, "title hit must rank above body hit");
    assert!(!dom.contains("Blackout hits"), "unrelated article listed");
    find(&dom, "href=\"../articles/general-defects/\"");
    find(&dom, "<mark>defects</mark>");
    // The hostile title and body appear only as text.
    find(&dom, "&lt;script&gt;alert(1)&lt;/script&gt;");
    find(&dom, "&lt;b&gt;wages&lt;/b&gt;");
    assert!(!dom.contains("<script>alert"));

    let dom = search("q=Guaido");
    find(&dom, "declares himself interim president");
    assert!(!dom.contains("Air force general"));

    let dom = search("q=defect&source=Reuters");
    find(&dom, "Air force general");
    assert!(
        !dom.contains("Oil talks"),
        "source filter did not narrow results"
    );

    let dom = search("year=2019");
    find(&dom, "Air force general");
    find(&dom, "Blackout hits");
    assert!(
        !dom.contains("Oil talks"),
        "a filter alone lists only its articles"
    );

    let dom = search("q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E");
    assert!(!dom.contains("<img"), "query injected markup:\n{dom}");
    find(&dom, "&lt;img src=x onerror=alert(1)&gt;");
}

/// A theme's own `search.html` may load the script as a file, without the inline outline: the
/// script then reads the outline from `meta.json` first, and everything works as before.
#[test]
fn a_search_page_without_the_inline_outline_reads_it_from_meta() {
    if chromium().is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    write_site(&site, &sample_docs());
    let page = std::fs::read_to_string(site.join("search/index.html")).unwrap();
    let start = page.find("<script id=\"search-index\"").unwrap();
    let script = start + page[start..].find("<script>").unwrap();
    let end = script + page[script..].find("</script>").unwrap() + "</script>".len();
    let external = "<script src=\"../assets/search.js\" async></script>";
    let page = format!("{}{external}{}", &page[..start], &page[end..]);
    std::fs::write(site.join("search/index.html"), page).unwrap();
    let server = StaticServer::start(dir.path());
    let dom = search_clean(&server, "q=defect&source=Reuters");
    find(&dom, "1 result for “defect” (filtered: Reuters).");
    find(&dom, "<mark>defects</mark>");
    assert!(option(&dom, "2019").ends_with(">2019 (1)"));
}

/// The search page at `query` on `server`'s `/site/`, failing on console errors.
fn search_clean(server: &StaticServer, query: &str) -> String {
    let (dom, log) = dump_dom_and_log(&server.url(&format!("/site/search/?{query}")));
    let errors = console_errors(&log);
    assert!(errors.is_empty(), "console errors for ?{query}: {errors:?}");
    dom
}

/// The `<option>` of `value` in the DOM, e.g. `<option value="Reuters">Reuters (1)</option>`.
fn option<'a>(dom: &'a str, value: &str) -> &'a str {
    let start = find(dom, &format!("<option value=\"{value}\""));
    let end = start + dom[start..].find("</option>").unwrap();
    &dom[start..end]
}

#[test]
fn snippets_come_from_deep_in_the_article_with_the_terms_marked() {
    if chromium().is_none() {
        return;
    }
    // The only mention of the word sits 3,000 characters in, far past any excerpt of the start.
    let text = format!(
        "{} Late in the report a zebra crossed the square. {}",
        "Filler words about other things. ".repeat(90),
        "More filler after it. ".repeat(20)
    );
    let docs = [SearchDoc {
        url: "articles/deep/",
        title: "A long report",
        date: Some("2021-06-01"),
        text: &text,
        ..SearchDoc::default()
    }];
    let dir = tempfile::tempdir().unwrap();
    write_site(&dir.path().join("site"), &docs);
    let server = StaticServer::start(dir.path());
    let dom = search_clean(&server, "q=zebra");
    find(&dom, "1 result for “zebra”.");
    // The filters show (from the outline, before any result) but for kinds without values.
    find(
        &dom,
        "<fieldset id=\"search-filters\" class=\"search-filters\">",
    );
    find(&dom, "<label hidden=\"\">Source <select name=\"source\">");
    find(&dom, "<label>Year <select name=\"year\">");
    let snippet = &dom[find(&dom, "class=\"search-result-snippet\"")..];
    let snippet = &snippet[..snippet.find("</p>").unwrap()];
    assert!(snippet.contains("<mark>zebra</mark> crossed"), "{snippet}");
    assert!(
        snippet.contains(">… "),
        "a deep passage starts with an ellipsis: {snippet}"
    );
}

/// Snippets find their terms with indexOf on a folded copy of the text that keeps every
/// position (accents and curly quotes fold to one character each), and word by word where
/// folding changes the length (ß is "ss"): both must mark the same words as the query folds.
#[test]
fn snippets_mark_accented_and_spelled_out_words_deep_in_the_text() {
    if chromium().is_none() {
        return;
    }
    let filler = "Filler words about “other” things. ".repeat(90);
    let accented = format!("{filler} Late on, Guaidó’s aides spoke. Guaidosa is no match.");
    let spelled = format!("{filler} A march down the Straße ended; Strasse was closed. undefended");
    let docs = [
        SearchDoc {
            url: "articles/accented/",
            title: "Accented",
            date: Some("2021-06-02"),
            text: &accented,
            ..SearchDoc::default()
        },
        SearchDoc {
            url: "articles/spelled/",
            title: "Spelled out",
            date: Some("2021-06-01"),
            text: &spelled,
            ..SearchDoc::default()
        },
    ];
    let dir = tempfile::tempdir().unwrap();
    write_site(&dir.path().join("site"), &docs);
    let server = StaticServer::start(dir.path());
    let snippet = |dom: &str| {
        let at = find(dom, "class=\"search-result-snippet\"");
        dom[at..at + dom[at..].find("</p>").unwrap()].to_owned()
    };
    let dom = search_clean(&server, "q=Guaido");
    let text = snippet(&dom);
    assert!(text.contains("<mark>Guaidó</mark>’s aides"), "{text}");
    assert!(
        text.contains("<mark>Guaidosa</mark>"),
        "a prefix match: {text}"
    );
    assert!(text.contains(">… "), "{text}");
    let dom = search_clean(&server, "q=strasse");
    let text = snippet(&dom);
    assert!(
        text.contains("the <mark>Straße</mark> ended; <mark>Strasse</mark> was"),
        "{text}"
    );
    // "fended" starts no word, so the end of "undefended" is no hit.
    let dom = search_clean(&server, "q=fended");
    find(&dom, "No results for “fended”.");
}

/// The first five results are shown as soon as their doc files are in, and only then are the
/// next five requested: the page still ends up listing ten, with the button for more.
#[test]
fn a_page_lists_ten_results_after_the_first_five_and_offers_more() {
    if chromium().is_none() {
        return;
    }
    let texts: Vec<String> = (0..12)
        .map(|i| format!("Zebra sighting number {i}."))
        .collect();
    let urls: Vec<String> = (0..12).map(|i| format!("articles/zebra-{i}/")).collect();
    let docs: Vec<SearchDoc> = (0..12)
        .map(|i| SearchDoc {
            url: &urls[i],
            title: "Zebra",
            date: Some("2021-06-01"),
            text: &texts[i],
            ..SearchDoc::default()
        })
        .collect();
    let dir = tempfile::tempdir().unwrap();
    write_site(&dir.path().join("site"), &docs);
    let server = StaticServer::start(dir.path());
    let dom = search_clean(&server, "q=zebra");
    find(&dom, "12 results for “zebra”.");
    assert_eq!(
        dom.matches("<li class=\"search-result\">").count(),
        10,
        "{dom}"
    );
    find(
        &dom,
        "<button id=\"search-more\" class=\"search-more\" type=\"button\">",
    );
}

#[test]
fn filter_counts_follow_the_query_and_the_other_filters() {
    if chromium().is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    write_site(&dir.path().join("site"), &sample_docs());
    let server = StaticServer::start(dir.path());

    // Without a query the options count the whole archive.
    let dom = search_clean(&server, "");
    assert!(option(&dom, "Reuters").ends_with(">Reuters (2)"), "{dom}");
    assert!(option(&dom, "2019").ends_with(">2019 (3)"));

    // "defect" matches one Reuters article (2019) and one El Nacional article (2020).
    let dom = search_clean(&server, "q=defect");
    assert!(option(&dom, "Reuters").ends_with(">Reuters (1)"));
    assert!(option(&dom, "El Nacional").ends_with(">El Nacional (1)"));
    let ap = option(&dom, "Associated Press");
    assert!(
        ap.contains("disabled") && ap.contains("hidden") && ap.ends_with("(0)"),
        "{ap}"
    );
    find(&dom, ">Any source (2)</option>");

    // A source filter narrows the years, not the other sources (choosing another one is still
    // worth its count).
    let dom = search_clean(&server, "q=defect&source=Reuters");
    find(&dom, "1 result for “defect” (filtered: Reuters).");
    assert!(option(&dom, "2019").ends_with(">2019 (1)"));
    assert!(option(&dom, "2020").ends_with(">2020 (0)"));
    assert!(option(&dom, "El Nacional").ends_with(">El Nacional (1)"));
}

#[test]
fn markup_in_queries_names_and_text_stays_text() {
    if chromium().is_none() {
        return;
    }
    let hostile = "<img src=x onerror=alert(1)>";
    let docs = [SearchDoc {
        url: "articles/hostile/",
        title: "Hostile <b>title</b>",
        date: Some("2020-01-01"),
        source: Some("<i>Source</i>"),
        actors: vec![hostile],
        topics: vec!["<script>alert(2)</script>"],
        text: "Body with <script>alert(3)</script> and <a href=javascript:alert(4)>a link</a>.",
    }];
    let dir = tempfile::tempdir().unwrap();
    write_site(&dir.path().join("site"), &docs);
    let server = StaticServer::start(dir.path());
    for query in [
        "q=hostile",
        "q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
        "q=script&actor=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
    ] {
        let dom = search_clean(&server, query);
        let main = &dom[find(&dom, "<main")..];
        for tag in ["<img", "<b>", "<i>", "<script", "<a href=\"javascript"] {
            assert!(!main.contains(tag), "{tag} injected by ?{query}:\n{main}");
        }
        find(main, "&lt;img src=x onerror=alert(1)&gt;");
    }
    let dom = search_clean(&server, "q=hostile");
    find(&dom, "<mark>Hostile</mark> &lt;b&gt;title&lt;/b&gt;");
    find(&dom, "&lt;script&gt;alert(3)&lt;/script&gt;");
}

#[test]
fn sample_archive_search_works_under_a_subpath() {
    if chromium().is_none() {
        return;
    }
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    let built = dossier(repo, &["build", "--output", out.to_str().unwrap()]);
    assert!(built.status.success(), "{built:?}");
    let server = StaticServer::start(dir.path());

    // Every sample article is about defections; the ones saying so in the title rank first.
    let dom = search_clean(&server, "q=defect");
    find(&dom, "5 results for “defect”.");
    // (The page's inline script names the class too, unquoted.)
    let first = &dom[find(&dom, "class=\"search-result-title\"")..];
    assert!(
        first[..300].to_lowercase().contains("<mark>defect"),
        "{first}"
    );
    let dom = search_clean(&server, "q=Guaido");
    find(&dom, "4 results for “Guaido”.");
    find(&dom, "<mark>Guaidó</mark>");
    // Results link to the pages relative to the search page, so they work under /site/.
    let href = &dom[find(&dom, "href=\"../articles/")..];
    let href = &href[6..href[6..].find('"').unwrap() + 6];
    assert!(out.join(&href[3..]).join("index.html").is_file(), "{href}");

    let dom = search_clean(&server, "q=Guaido&topic=Coup%20attempt");
    find(&dom, "results for “Guaido” (filtered: Coup attempt).");
    assert!(
        !dom.contains("4 results"),
        "the topic filter did not narrow"
    );
}

#[test]
fn prefix_queries_gather_words_across_shard_boundaries_in_a_browser() {
    if chromium().is_none() {
        return;
    }
    // 600 articles over 3,000 distinct words ("term0"…"term2999") make several shards.
    let texts: Vec<String> = (0..600)
        .map(|i| {
            (0..50)
                .map(|j| format!("term{}", (i * 7 + j * 13) % 3000))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    let urls: Vec<String> = (0..600).map(|i| format!("articles/a{i}/")).collect();
    let docs: Vec<SearchDoc> = texts
        .iter()
        .zip(&urls)
        .map(|(text, url)| SearchDoc {
            url,
            title: "Numbered",
            date: Some("2020-01-01"),
            text,
            ..SearchDoc::default()
        })
        .collect();
    let (files, outline) = build_index(&docs);
    let prefix = straddling_prefix(&files);
    let expected = texts
        .iter()
        .filter(|t| t.split(' ').any(|w| w.starts_with(&prefix)))
        .count();
    let dir = tempfile::tempdir().unwrap();
    write_files(&dir.path().join("site"), &files, &outline);
    let server = StaticServer::start(dir.path());
    let dom = dump_dom(&server.url(&format!("/site/search/?q={prefix}")));
    find(&dom, &format!("{expected} results for “{prefix}”."));
}

/// A query prefix whose words start in one shard and continue in the next: the second shard's
/// first term minus its last letter, when the first shard's last term shares it.
fn straddling_prefix(files: &[(String, Vec<u8>)]) -> String {
    let json = |path: &str| -> serde_json::Value {
        serde_json::from_slice(&files.iter().find(|(p, _)| p == path).unwrap().1).unwrap()
    };
    let meta = json("search/meta.json");
    let keys: Vec<&str> = meta["shards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k.as_str().unwrap())
        .collect();
    assert!(keys.len() > 2, "expected several shards, got {keys:?}");
    for i in 1..keys.len() {
        let prefix = &keys[i][..keys[i].len() - 1];
        let previous = json(&format!("search/shards/{}.json", i - 1));
        let last = previous.as_object().unwrap().keys().max().unwrap().clone();
        if prefix.len() >= 3 && last.starts_with(prefix) {
            return prefix.to_owned();
        }
    }
    panic!("no shard boundary falls inside a prefix: {keys:?}");
}

/// Crude front matter and Markdown stripping, enough to feed the corpus to the index.
struct Parsed {
    url: String,
    title: String,
    date: Option<String>,
    source: Option<String>,
    actors: Vec<String>,
    topics: Vec<String>,
    text: String,
}

/// Splits one generated article into its front matter fields and plain-ish body.
fn parse_article(path: &Path) -> Parsed {
    let raw = std::fs::read_to_string(path).unwrap();
    let rest = raw.trim_start_matches("+++\n");
    let (front, body) = rest.split_once("\n+++\n").unwrap_or(("", rest));
    let field = |key: &str| {
        front
            .lines()
            .find_map(|l| l.strip_prefix(key)?.trim_start().strip_prefix('='))
            .map(str::trim)
    };
    let string = |key: &str| field(key).map(|v| v.trim_matches('"').trim().to_owned());
    let list = |key: &str| {
        let v = field(key).unwrap_or("[]").trim_matches(['[', ']']);
        v.split("\", \"")
            .map(|s| s.trim_matches('"').to_owned())
            .filter(|s| !s.is_empty())
            .collect()
    };
    let slug = path.file_stem().unwrap().to_string_lossy();
    let text: String = body
        .chars()
        .filter(|c| !matches!(c, '#' | '*' | '_' | '>' | '`'))
        .collect();
    Parsed {
        url: format!("articles/{slug}/"),
        title: string("title ").unwrap_or_default(),
        date: field("date ").map(str::to_owned),
        source: string("source "),
        actors: list("actors "),
        topics: list("topics "),
        text,
    }
}

/// Bytes a first query for `term` downloads, as search.js fetches them: meta, the shard holding
/// the term and the following ones whose first term extends it, the facet table, and the doc
/// files of the first page (10 results, counted at the average doc size).
fn first_query_bytes(files: &[(String, Vec<u8>)], term: &str) -> usize {
    let size = |path: &str| {
        files
            .iter()
            .find(|(p, _)| p == path)
            .map_or(0, |(_, b)| b.len())
    };
    let meta: serde_json::Value = serde_json::from_slice(
        &files
            .iter()
            .find(|(p, _)| p == "search/meta.json")
            .unwrap()
            .1,
    )
    .unwrap();
    let keys: Vec<&str> = meta["shards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k.as_str().unwrap())
        .collect();
    let after = keys.partition_point(|k| *k <= term);
    let extra = keys[after..]
        .iter()
        .take_while(|k| k.starts_with(term))
        .count();
    let shards: usize = (after.saturating_sub(1)..after + extra)
        .map(|i| size(&format!("search/shards/{i}.json")))
        .sum();
    let docs: Vec<usize> = files
        .iter()
        .filter(|(p, _)| p.starts_with("search/docs/"))
        .map(|(_, b)| b.len())
        .collect();
    let doc_avg = docs.iter().sum::<usize>() / docs.len().max(1);
    size("search/meta.json") + size("search/facets.json") + shards + 10 * doc_avg
}

/// CPU time (user + system) this process has used so far, in ms, from /proc (Linux only; 0
/// elsewhere). Clock ticks are assumed to be the usual 100 per second.
fn cpu_ms() -> u64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // After the parenthesised command name come state, ppid, …; utime and stime are 11 and 12.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<u64>().ok())
            .unwrap_or(0)
    };
    (ticks(11) + ticks(12)) * 10
}

/// `cargo test --release --test integration -- --ignored --nocapture search_index_10k`
/// after `python3 ../shared/bench/gen_corpus.py /tmp/corpus 10000`; `DOSSIER_CORPUS` overrides
/// the articles folder. Prints build time, index size and first-query transfer.
#[test]
#[ignore = "benchmark: needs the generated 10k corpus and a release build"]
fn search_index_10k() {
    let dir =
        std::env::var("DOSSIER_CORPUS").unwrap_or("/tmp/corpus/dossier/content/articles".into());
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    let parsed: Vec<Parsed> = paths.iter().map(|p| parse_article(p)).collect();
    let docs: Vec<SearchDoc> = parsed
        .iter()
        .map(|p| SearchDoc {
            url: &p.url,
            title: &p.title,
            date: p.date.as_deref(),
            source: p.source.as_deref(),
            actors: p.actors.iter().map(String::as_str).collect(),
            topics: p.topics.iter().map(String::as_str).collect(),
            text: &p.text,
        })
        .collect();
    let input: usize = docs.iter().map(|d| d.text.len()).sum();
    let (mut wall, mut cpu) = (Vec::new(), Vec::new());
    let mut files = Vec::new();
    for _ in 0..5 {
        let (start, cpu_start) = (Instant::now(), cpu_ms());
        files = build_index(&docs).0;
        wall.push(start.elapsed().as_millis());
        cpu.push(cpu_ms() - cpu_start);
    }
    let total: usize = files.iter().map(|(_, b)| b.len()).sum();
    println!("docs {} ({} MB of text)", docs.len(), input >> 20);
    // The machine is shared: wall time varies with the neighbours, CPU time much less.
    println!("build_index wall ms {wall:?}, process CPU ms {cpu:?}");
    println!("index: {} files, {} KB total", files.len(), total >> 10);
    for term in ["defect", "guaido", "maduro", "the"] {
        println!(
            "first query {term:?}: ~{} KB",
            first_query_bytes(&files, term) >> 10
        );
    }
    // To try the page on the full corpus: DOSSIER_SEARCH_OUT=/tmp/demo/site, then serve /tmp/demo.
    if let Ok(out) = std::env::var("DOSSIER_SEARCH_OUT") {
        write_files(Path::new(&out), &files, &build_index(&docs).1);
    }
}
