//! The sample archive shipped in the repository (content/ + site.toml) builds as the README
//! promises: five article pages, Maduro in all five, Guaidó in four under either spelling.

use std::path::Path;

use crate::util::{assert_xml, broken_links, cards, dossier};

#[test]
fn sample_archive_builds_with_expected_actor_pages() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().unwrap();
    let out_dir = tmp.path().join("public");
    let out = dossier(repo, &["build", "--output", out_dir.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.starts_with("Built 5 articles into "), "{stdout}");

    let articles: Vec<_> = std::fs::read_dir(out_dir.join("articles"))
        .unwrap()
        .collect();
    assert_eq!(articles.len(), 5);
    let read = |rel: &str| std::fs::read_to_string(out_dir.join(rel)).unwrap();
    assert_eq!(cards(&read("actors/nicolas-maduro/index.html")), 5);
    assert_eq!(cards(&read("actors/juan-guaido/index.html")), 4);
    assert!(
        broken_links(&out_dir).is_empty(),
        "{:?}",
        broken_links(&out_dir)
    );
    for xml in ["feed.xml", "sitemap.xml", "actors/nicolas-maduro/feed.xml"] {
        assert_xml(&out_dir.join(xml));
    }
}
