//! The one integration-test binary (STYLE.md habit 9). Placeholder on the `search` branch so
//! its modules can run; the lead's `main.rs` replaces it and keeps these `mod` lines.

mod browser;
mod search;
