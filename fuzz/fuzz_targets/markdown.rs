//! cargo-fuzz target: `dossier::fuzzing::markdown` on arbitrary UTF-8 (see that module for the
//! invariants checked). Run: `cargo +nightly fuzz run markdown` from the repository root.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| dossier::fuzzing::markdown(text));
