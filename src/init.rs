//! `dossier init DIR`: a new site that builds at once, with a site.toml that shows the main keys
//! and one example article that shows the front matter fields.

use std::path::Path;

use crate::error::Error;

const SITE_TOML: &str = r#"# dossier site configuration. Every key is optional; see the README for all of them.
title = "My news archive"
description = "Coverage of one story, followed across outlets and time."
# Absolute address the site will be served from (used for feeds, the sitemap and canonical links).
base_url = "http://localhost:8000/"
paginate = 20

# Actors are attached to every article that mentions their name or an alias
# (ignoring case and accents).
[[actors]]
name = "Ada Lovelace"
kind = "person"            # person | organization | place
aliases = ["Lovelace", "Countess of Lovelace"]
description = "Mathematician, the first to publish an algorithm for a machine."

[[topics]]
name = "Computing"
keywords = ["computer*", "algorithm*", "engine"]
"#;

const EXAMPLE_ARTICLE: &str = r#"+++
title = "An engine that could weave algebra"
date = 1843-09-01
source = "Taylor's Scientific Memoirs"
url = "https://en.wikipedia.org/wiki/Ada_Lovelace"
authors = ["A. A. L."]
topics = ["History of science"]
+++

Ada Lovelace's notes on the Analytical Engine describe how it could compute Bernoulli numbers.

<!-- more -->

Replace this file with your own articles: Markdown with front matter like this one, or raw
`.txt` files exactly as a scraper saved them.
"#;

/// Creates a new site in `dir`, which must not already hold a site.toml or content/.
pub fn init(dir: &Path) -> Result<(), Error> {
    let config = dir.join(crate::config::CONFIG_FILE);
    let content = dir.join("content");
    for existing in [&config, &content] {
        if existing.exists() {
            return Err(Error::BadOutput {
                path: existing.clone(),
                reason: "it already exists; dossier init only creates new sites".into(),
            });
        }
    }
    std::fs::create_dir_all(&content).map_err(|e| Error::io(&content, e))?;
    std::fs::write(&config, SITE_TOML).map_err(|e| Error::io(&config, e))?;
    let article = content.join("an-engine-that-could-weave-algebra.md");
    std::fs::write(&article, EXAMPLE_ARTICLE).map_err(|e| Error::io(&article, e))?;
    Ok(())
}
