//! dossier: a static site generator for news archives.
//!
//! A site is a folder with `site.toml`, `content/` (Markdown articles with front matter, or raw
//! scraped `.txt`) and optionally `themes/`. Building runs one pipeline:
//! **load** (content) → **understand** (extract, actors, topics) → **archive** (indexes) →
//! **render** (Tera) → **write** (atomic publish into `public/`).

pub mod config;
pub mod error;
pub mod extract;
pub mod import;
pub mod text;

pub use config::{ActorKind, SiteConfig};
pub use error::{Error, Location, Result};
