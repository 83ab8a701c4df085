//! dossier's one integration-test binary: fixture sites under `tests/fixtures/<case>/` are
//! copied to a temporary folder, built with the real `dossier` binary, and the output checked.

mod build;
mod errors;
mod escaping;
mod fuzz_regressions;
mod killed;
mod robustness;
mod sample;
mod slugs;
mod util;
