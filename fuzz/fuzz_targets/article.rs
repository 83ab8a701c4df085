//! cargo-fuzz target: `dossier::fuzzing::article` on arbitrary UTF-8 (see that module for the
//! invariants checked). Run: `cargo +nightly fuzz run article` from the repository root.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| dossier::fuzzing::article(text));
