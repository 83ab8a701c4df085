//! dossier's one integration-test binary: fixture sites under `tests/fixtures/<case>/` are
//! copied to a temporary folder, built with the real `dossier` binary, and the output checked.
//! Browser checks run in headless Chromium when it is installed.

mod browser;
mod build;
mod errors;
mod escaping;
mod reader;
mod sample;
mod search;
mod util;
