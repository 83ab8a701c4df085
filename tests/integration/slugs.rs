//! Property tests for slugs (issue 6): always safe, stable, and distinct articles stay distinct.
//!
//! "Distinct names stay distinct" deliberately does not apply to [`slugify`] itself: it folds
//! case, accents and punctuation ("A.B." and "A B" both give `a-b`), which is what makes slugs
//! readable and stable across spellings. The guarantee is the archive's: after de-duplication
//! (`-2`, `-3`… for derived slugs; an error for explicit ones), no two articles share a page.
//! So that property is tested through `Archive::build` on articles loaded the real way.

use std::path::Path;

use dossier::archive::Archive;
use dossier::content::{self, LoadOptions, check_slug};
use dossier::output::is_safe_relative;
use dossier::render::views::article_path;
use dossier::rules::Rules;
use dossier::text::{MAX_SLUG_LEN, UniqueNames, name_key, slugify};
use dossier::{Error, SiteConfig};
use proptest::prelude::*;

/// Any text, weighted towards what headlines contain: letters, accents, punctuation, path tricks.
fn headline() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-zA-Zéñüß0-9 .,:;!?'\"/\\\\-]{0,40}",
        "(\\.\\./|/|\\\\|%2e|\u{0}|\u{202e}|[A-Za-z]){0,12}",
    ]
}

fn assert_safe(slug: &str) {
    assert!(!slug.is_empty() && slug.len() <= MAX_SLUG_LEN, "{slug:?}");
    assert!(
        slug.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
        "{slug:?}"
    );
    assert!(
        !slug.starts_with('-') && !slug.ends_with('-') && !slug.contains("--"),
        "{slug:?}"
    );
    assert!(
        check_slug(slug).is_ok() && is_safe_relative(&format!("{}index.html", article_path(slug))),
        "{slug:?}"
    );
}

proptest! {
    #[test]
    fn slugify_is_always_safe(title in headline()) {
        assert_safe(&slugify(&title));
    }

    #[test]
    fn slugify_is_stable(title in headline()) {
        let slug = slugify(&title);
        prop_assert_eq!(slugify(&slug), slug.clone(), "slugifying a slug changes nothing");
        // Unicode case mapping does not round-trip ("ΐ" upper-cases to three characters), so
        // case-insensitivity is promised for ASCII letters.
        prop_assert_eq!(slugify(&title.to_ascii_uppercase()), slugify(&title.to_ascii_lowercase()));
        // Names that merge as one actor get one page.
        prop_assert_eq!(slugify(&name_key(&title)), slug);
    }

    #[test]
    fn claimed_names_are_distinct(bases in prop::collection::vec("[ab]{1,2}(-[23])?", 0..60)) {
        let mut names = UniqueNames::new();
        let claimed: Vec<String> = bases.iter().map(|b| names.claim(b)).collect();
        let mut sorted = claimed.clone();
        sorted.sort();
        sorted.dedup();
        prop_assert_eq!(sorted.len(), claimed.len(), "{:?}", claimed);
        for (base, name) in bases.iter().zip(&claimed) {
            prop_assert!(name.starts_with(base.as_str()));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn distinct_articles_never_share_a_page(
        titles in prop::collection::vec("[aA .é-]{0,4}", 1..24),
        explicit in prop::collection::vec(prop::option::weighted(0.3, "[ab]{1,2}"), 24),
    ) {
        let articles = titles.iter().zip(&explicit).enumerate().map(|(i, (title, slug))| {
            let slug_line = slug.as_ref().map(|s| format!("slug = \"{s}\"\n")).unwrap_or_default();
            let text = format!("+++\ntitle = {title:?}\n{slug_line}+++\nBody.\n");
            let file = format!("content/{i:02}.md");
            content::parse_article(Path::new(&file), Path::new(&file), &text, &options()).unwrap()
        });
        let articles: Vec<_> = articles.collect();
        let config = SiteConfig::default();
        let explicit_slugs: Vec<&String> = explicit.iter().take(titles.len()).flatten().collect();
        let mut unique = explicit_slugs.clone();
        unique.sort();
        unique.dedup();
        match Archive::build(articles, &config, &Rules::new(&config).unwrap()) {
            Ok(archive) => {
                prop_assert_eq!(unique.len(), explicit_slugs.len(), "explicit duplicates must fail");
                let mut slugs: Vec<&str> = archive.entries.iter().map(|e| e.article.slug.as_str()).collect();
                slugs.sort();
                let before = slugs.len();
                slugs.dedup();
                prop_assert_eq!(slugs.len(), before, "two articles share a page");
            }
            Err(Error::Collision { .. } | Error::Many { .. }) => {
                prop_assert!(unique.len() < explicit_slugs.len(), "only explicit duplicates may fail");
            }
            Err(e) => prop_assert!(false, "unexpected error {}", e),
        }
    }
}

fn options() -> LoadOptions {
    LoadOptions::new(
        Path::new("/nonexistent"),
        &SiteConfig::default(),
        jiff::civil::Date::constant(2026, 1, 1),
    )
}
