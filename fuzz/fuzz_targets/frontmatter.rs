//! cargo-fuzz target: `dossier::fuzzing::front_matter` on arbitrary UTF-8 (see that module for the
//! invariants checked). Run: `cargo +nightly fuzz run frontmatter` from the repository root.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| dossier::fuzzing::front_matter(text));
