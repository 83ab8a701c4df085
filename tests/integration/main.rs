//! dossier's one integration-test binary: fixture sites under `tests/fixtures/<case>/` are
//! copied to a temporary folder, built with the real `dossier` binary, and the output checked.
//! Browser checks run in headless Chromium when it is installed.

mod browser;
mod build;
mod cli;
mod errors;
mod escaping;
mod fuzz_regressions;
mod incremental;
mod killed;
mod layout;
mod reader;
mod robustness;
mod sample;
mod search;
mod slugs;
mod util;
