//! A site kept across rebuilds: `dossier watch` and `dossier serve` hold one [`Session`] and ask
//! it to rebuild after every batch of changes the watcher reports.

use crate::build::{BuildOptions, build};
use crate::error::Error;
use crate::watch::{BuildOutcome, ChangeKind};

/// The state of a site between rebuilds.
pub struct Session {
    options: BuildOptions,
}

impl Session {
    /// A session for a site; nothing is read until the first rebuild.
    pub fn new(options: BuildOptions) -> Session {
        Session { options }
    }

    /// Rebuilds after `changes`. The output only changes when the whole build succeeds, and then
    /// only the files whose bytes differ are rewritten.
    pub fn rebuild(&mut self, _changes: &[ChangeKind]) -> Result<BuildOutcome, Error> {
        let report = build(&self.options)?;
        Ok(BuildOutcome {
            pages_written: report.written,
        })
    }
}
