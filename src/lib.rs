//! dossier: a static site generator for news archives.
//!
//! A site is a folder with `site.toml`, `content/` (Markdown articles with front matter, or raw
//! scraped `.txt`) and optionally `themes/`. Building runs one pipeline:
//! **load** ([`content`]) → **understand** ([`extract`], [`rules`]) → **archive** ([`archive`]) →
//! **render** ([`render`]) → **write** ([`output`]), driven once by [`build()`] or on every change by
//! [`watch_loop`] and [`serve()`].

pub mod archive;
pub mod build;
pub mod config;
pub mod content;
pub mod error;
pub mod export;
pub mod extract;
pub mod hash;
pub mod import;
pub mod init;
pub mod insight;
pub mod output;
pub mod render;
pub mod rules;
pub mod search;
pub mod serve;
pub mod session;
pub mod text;
pub mod watch;

pub use build::{BuildOptions, BuildReport, build};
pub use config::{ActorKind, SiteConfig};
pub use error::{Error, Location, Result};
pub use serve::{ServeOptions, serve};
pub use session::Session;
pub use watch::{BuildOutcome, ChangeKind, Plan, SiteLayout, watch_loop};

#[doc(hidden)]
pub mod fuzzing;
pub mod suggest;
