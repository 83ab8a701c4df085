//! A session's output folder: what every file in it was made from (a fingerprint per path),
//! and bringing it up to date after a change by rendering and writing only the files whose
//! fingerprints changed, then removing the files no page produces any more.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::State;
use crate::archive::Archive;
use crate::build::{archive_files, asset_copies, search_index};
use crate::error::Error;
use crate::hash::Map;
use crate::output::{self, Copy};
use crate::render::pages::hash_of;
use crate::render::{Page, PageSpec, SiteRender};
use crate::watch::BuildOutcome;

/// What the output folder holds.
pub(super) struct Written {
    /// Fingerprint of every file, by output path.
    files: Map<String, u64>,
    /// The fingerprint of the search index's input, and its files.
    search: (u64, Vec<(String, u64)>),
}

/// Where a file's bytes come from.
enum Source<'a> {
    Spec(PageSpec),
    Bytes(&'a [u8]),
    CopyOf(&'a Path),
}

/// One file the output should hold.
struct Want<'a> {
    path: String,
    fingerprint: u64,
    source: Source<'a>,
}

/// A file ready to write.
enum Ready {
    Bytes(Vec<u8>),
    CopyOf(PathBuf),
}

/// Renders and writes what changed since the last update, or everything (published atomically,
/// as a clean build is) when the output's state is unknown. With `global` false, an update in
/// place leaves the search index and data files as they are, and the outcome says whether they
/// are now out of date.
pub(super) fn update(
    state: &mut State,
    archive: &Archive,
    bodies: &[u64],
    global: bool,
) -> Result<BuildOutcome, Error> {
    let site = SiteRender::reusing(
        &state.config,
        archive,
        &state.renderer,
        state.generation,
        &mut state.cards,
    )?;
    let copies = asset_copies(archive);
    let mut wants = page_wants(&site, bodies);
    wants.extend(state.theme.statics.iter().map(|(path, bytes)| Want {
        path: path.clone(),
        fingerprint: hash_of(bytes),
        source: Source::Bytes(bytes),
    }));
    wants.extend(copies.iter().map(copy_want));
    // The search page carries the index's outline, so it is made with the index (and its
    // templates and site values count as the index's input).
    let search_page = site.fingerprint(PageSpec::Search, bodies);
    let search = hash_of(&(site.list_hashes(), bodies, search_page));
    let (written, count, rendered) = match state.written.take() {
        None => publish_all(&state.output, &site, archive, &wants, &copies, search)?,
        Some(previous) => {
            let search = Search {
                hash: search,
                now: global,
            };
            update_in_place(&state.output, &site, archive, &wants, previous, search)?
        }
    };
    let deferred = written.search.0 != search;
    state.written = Some(written);
    Ok(BuildOutcome {
        pages_written: count,
        pages_rendered: rendered,
        deferred,
    })
}

/// Every page with the fingerprint of its inputs.
fn page_wants<'a>(site: &SiteRender, bodies: &[u64]) -> Vec<Want<'a>> {
    site.specs()
        .into_par_iter()
        .map(|spec| Want {
            path: site.path_of(spec),
            fingerprint: site.fingerprint(spec, bodies),
            source: Source::Spec(spec),
        })
        .collect()
}

/// An asset, fingerprinted by its source's path, size and modification time.
fn copy_want(copy: &Copy) -> Want<'_> {
    let meta = std::fs::metadata(&copy.from).ok();
    let stamp = meta.map(|m| (m.len(), m.modified().ok()));
    Want {
        path: copy.to.clone(),
        fingerprint: hash_of(&(&copy.from, stamp)),
        source: Source::CopyOf(&copy.from),
    }
}

/// Renders everything and publishes it through the staging folder, like a clean build. Returns
/// the record, how many files changed on disk and how many were rendered.
fn publish_all(
    out: &Path,
    site: &SiteRender,
    archive: &Archive,
    wants: &[Want],
    copies: &[Copy],
    search: u64,
) -> Result<(Written, usize, usize), Error> {
    let ready = produce(
        site,
        wants
            .iter()
            .filter(|w| !matches!(w.source, Source::CopyOf(_))),
    )?;
    let mut pages: Vec<Page> = ready
        .into_iter()
        .filter_map(|(path, r)| match r {
            Ready::Bytes(bytes) => Some(Page { path, bytes }),
            Ready::CopyOf(_) => None,
        })
        .collect();
    let index = search_index(site, archive)?;
    let listed = fingerprints(&index);
    // Same order as `build::render_site`: when paths clash, the last one wins in both.
    let statics = pages.split_off(pages.len() - statics_count(wants));
    pages.extend(index);
    pages.extend(statics);
    let published = output::publish(out, &pages, copies)?;
    Ok((
        written(wants, search, listed),
        published.written,
        wants.len(),
    ))
}

/// How many of `wants` are static files (they come after the pages).
fn statics_count(wants: &[Want]) -> usize {
    wants
        .iter()
        .filter(|w| matches!(w.source, Source::Bytes(_)))
        .count()
}

/// What the search index and data files are made from (as a hash), and whether to make them
/// now or leave them for a later update.
struct Search {
    hash: u64,
    now: bool,
}

/// Renders and writes the files whose fingerprints changed, then the search index if its input
/// did and `search.now` allows, then removes what is no longer wanted. Returns the record, how
/// many files changed on disk and how many were rendered.
fn update_in_place(
    out: &Path,
    site: &SiteRender,
    archive: &Archive,
    wants: &[Want],
    previous: Written,
    search: Search,
) -> Result<(Written, usize, usize), Error> {
    let changed = wants
        .iter()
        .filter(|w| previous.files.get(&w.path) != Some(&w.fingerprint));
    let ready = produce(site, changed)?;
    let rendered = ready.len();
    let mut count = write_all(out, &ready)?;
    let (search, listed) = if previous.search.0 == search.hash || !search.now {
        previous.search.clone()
    } else {
        let (wrote, listed) = write_archive_files(out, site, archive)?;
        count += wrote;
        (search.hash, listed)
    };
    let now = written(wants, search, listed);
    for path in previous
        .files
        .keys()
        .filter(|p| !now.files.contains_key(*p))
    {
        output::remove_file(out, path)?;
        count += 1;
    }
    Ok((now, count, rendered))
}

/// The bytes of each wanted file, rendered in parallel; template errors are collected, each
/// message once.
fn produce<'a>(
    site: &SiteRender,
    wants: impl Iterator<Item = &'a Want<'a>>,
) -> Result<Vec<(String, Ready)>, Error> {
    let wants: Vec<&Want> = wants.collect();
    let results: Vec<Result<(String, Ready), Error>> = wants
        .par_iter()
        .map(|w| {
            let ready = match w.source {
                Source::Spec(spec) => Ready::Bytes(site.render(spec)?.bytes),
                Source::Bytes(bytes) => Ready::Bytes(bytes.to_vec()),
                Source::CopyOf(from) => Ready::CopyOf(from.to_path_buf()),
            };
            Ok((w.path.clone(), ready))
        })
        .collect();
    let mut ready = Vec::with_capacity(results.len());
    let mut errors: Vec<Error> = Vec::new();
    for r in results {
        match r {
            Ok(item) => ready.push(item),
            Err(e) if errors.iter().all(|x| x.to_string() != e.to_string()) => errors.push(e),
            Err(_) => {}
        }
    }
    Error::from_list(errors).map_or(Ok(ready), Err)
}

/// Writes the search page and index and the data files into the live output folder as they are
/// made (the index has one file per article: ~60 MB at 10,000 articles, never held at once);
/// returns how many changed on disk and every file's path and hash.
fn write_archive_files(
    out: &Path,
    site: &SiteRender,
    archive: &Archive,
) -> Result<(usize, Vec<(String, u64)>), Error> {
    let write = |path: String, bytes: Vec<u8>| {
        let wrote = output::replace_file(out, &path, &bytes)?;
        Ok((usize::from(wrote), (path, hash_of(&bytes))))
    };
    let (mut results, outline) = archive_files(archive, site.base_url(), write);
    results.push(
        site.render_search(&outline)
            .and_then(|p| write(p.path, p.bytes)),
    );
    let mut listed = Vec::with_capacity(results.len());
    let mut count = 0;
    for r in results {
        let (wrote, file): (usize, (String, u64)) = r?;
        count += wrote;
        listed.push(file);
    }
    listed.sort_unstable();
    Ok((count, listed))
}

/// Writes files into the live output folder; returns how many changed on disk.
fn write_all(out: &Path, ready: &[(String, Ready)]) -> Result<usize, Error> {
    ready
        .par_iter()
        .map(|(path, r)| {
            let wrote = match r {
                Ready::Bytes(bytes) => output::replace_file(out, path, bytes)?,
                Ready::CopyOf(from) => {
                    let bytes = std::fs::read(from).map_err(|e| Error::io(from, e))?;
                    output::replace_file(out, path, &bytes)?
                }
            };
            Ok(usize::from(wrote))
        })
        .try_reduce(|| 0, |a, b| Ok(a + b))
}

/// Output paths and hashes of generated files.
fn fingerprints(pages: &[Page]) -> Vec<(String, u64)> {
    pages
        .iter()
        .map(|p| (p.path.clone(), hash_of(&p.bytes)))
        .collect()
}

/// The record of an output holding `wants` and the search index `listed`.
fn written(wants: &[Want], search: u64, listed: Vec<(String, u64)>) -> Written {
    let mut files: Map<String, u64> = listed.iter().cloned().collect();
    let statics: HashSet<&str> = wants.iter().map(|w| w.path.as_str()).collect();
    files.retain(|p, _| !statics.contains(p.as_str()));
    files.extend(wants.iter().map(|w| (w.path.clone(), w.fingerprint)));
    Written {
        files,
        search: (search, listed),
    }
}
