//! What a build left in a folder, so that the next build into it can tell unchanged files without
//! reading them back. A 10,000-article site is about 27,000 files and 570 MB; comparing each
//! new page with the file already there cost more system time than anything else in the build.
//!
//! For each file the manifest keeps its length, a hash of its bytes, and the modification time
//! and inode it had once written. A file still matches its record when a `stat` finds the same
//! length, time and inode: anything that rewrote it since (watch mode, an editor, a deploy tool)
//! changes at least the time, and the build then falls back to reading it. For each folder it
//! keeps the folder's own time and inode: a folder whose time is unchanged still holds exactly
//! the entries recorded under it (adding, removing or renaming an entry changes the time), so
//! pruning stale files need not list it. The records only ever save work; a missing, stale or
//! damaged manifest just means files are read and folders listed as before.
//!
//! Manifests live beside the output, never inside it (where a static server would publish them),
//! one per folder, named by the folder's inode: the output and staging folders trade places on
//! every build, and an inode follows its folder through the rename.

use std::fmt::Write as _;
use std::fs::Metadata;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::hash::Map;

/// The first line of every manifest; a different one means another format.
const HEADER: &str = "dossier-manifest 2";

/// What one file held when a build wrote or checked it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Record {
    /// Hash of the bytes ([`crate::hash::of`]).
    pub hash: u64,
    len: u64,
    stamp: Stamp,
}

/// The parts of a file's or folder's metadata that any rewrite changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    secs: i64,
    nanos: u32,
    inode: u64,
}

impl Stamp {
    /// The stamp of a file or folder with this metadata.
    #[cfg(unix)]
    pub fn of(meta: &Metadata) -> Stamp {
        use std::os::unix::fs::MetadataExt;
        Stamp {
            secs: meta.mtime(),
            nanos: meta.mtime_nsec().clamp(0, 999_999_999) as u32,
            inode: meta.ino(),
        }
    }

    /// The stamp of a file or folder with this metadata.
    #[cfg(not(unix))]
    pub fn of(meta: &Metadata) -> Stamp {
        let since = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .unwrap_or_default();
        Stamp {
            secs: since.as_secs() as i64,
            nanos: since.subsec_nanos(),
            inode: 0,
        }
    }

    /// Whether the thing with this metadata is unchanged since the stamp was taken. A time
    /// with no fraction of a second is never trusted: on a file system that keeps whole
    /// seconds, a change within the same second would look like no change.
    fn still(&self, meta: &Metadata) -> bool {
        self.nanos != 0 && Stamp::of(meta) == *self
    }
}

impl Record {
    /// The record of a file with this metadata whose bytes hash to `hash`.
    pub fn new(meta: &Metadata, hash: u64) -> Record {
        Record {
            hash,
            len: meta.len(),
            stamp: Stamp::of(meta),
        }
    }

    /// Whether a file with this metadata is still the one recorded (so its bytes still hash to
    /// [`Record::hash`]).
    pub fn matches(&self, meta: &Metadata) -> bool {
        meta.is_file() && meta.len() == self.len && self.stamp.still(meta)
    }
}

/// The records of one folder's files and subfolders, by path relative to the folder (with `/`
/// separators; the folder itself is `""`).
#[derive(Debug, Default)]
pub struct Manifest {
    records: Map<String, Record>,
    folders: Map<String, Stamp>,
    /// The files and folders in each folder.
    entries: Map<String, Vec<String>>,
}

impl Manifest {
    /// The manifest of `folder`, or an empty one when there is none or it cannot be read.
    pub fn load(folder: &Path) -> Manifest {
        let Some(path) = path_for(folder) else {
            return Manifest::default();
        };
        let text = std::fs::read_to_string(path).unwrap_or_default();
        Manifest::parse(&text).unwrap_or_default()
    }

    fn parse(text: &str) -> Option<Manifest> {
        let mut lines = text.lines();
        if lines.next()? != HEADER {
            return None;
        }
        let mut manifest = Manifest::default();
        for line in lines {
            match line.split_once(' ')? {
                ("f", rest) => {
                    let (rel, record) = parse_file(rest)?;
                    manifest.records.insert(rel.to_string(), record);
                }
                ("d", rest) => {
                    let (rel, stamp) = parse_folder(rest)?;
                    manifest.folders.insert(rel.to_string(), stamp);
                }
                _ => return None,
            }
        }
        let files = manifest.records.keys();
        let folders = manifest.folders.keys().filter(|f| !f.is_empty());
        for rel in files.chain(folders) {
            let entries = manifest.entries.entry(parent(rel).to_string());
            entries.or_default().push(rel.clone());
        }
        Some(manifest)
    }

    /// The record of a file, if the manifest has one.
    pub fn get(&self, rel: &str) -> Option<&Record> {
        self.records.get(rel)
    }

    /// The entries of a folder (as paths relative to the manifest's folder) when the folder with
    /// this metadata is unchanged since it was recorded; `None` when it must be listed.
    pub fn entries(&self, rel: &str, meta: &Metadata) -> Option<Vec<&str>> {
        if !self.folders.get(rel)?.still(meta) {
            return None;
        }
        let entries = self.entries.get(rel).map(Vec::as_slice).unwrap_or_default();
        Some(entries.iter().map(String::as_str).collect())
    }

    /// Writes the manifest of `folder` (whole or not at all), and removes the manifests of
    /// folders that no longer exist beside it, other than `keep`.
    pub fn save<'a>(
        folder: &Path,
        keep: &Path,
        records: impl Iterator<Item = (&'a str, Record)>,
        folders: impl Iterator<Item = (&'a str, Stamp)>,
    ) -> std::io::Result<()> {
        let Some(path) = path_for(folder) else {
            return Ok(());
        };
        let mut text = String::with_capacity(64 * 1024);
        text.push_str(HEADER);
        text.push('\n');
        let plain = |rel: &str| !rel.contains(['\n', '\r']);
        for (rel, r) in records.filter(|(rel, _)| plain(rel)) {
            let s = r.stamp;
            let _ = writeln!(
                text,
                "f {:016x} {} {} {} {} {rel}",
                r.hash, r.len, s.secs, s.nanos, s.inode
            );
        }
        for (rel, s) in folders.filter(|(rel, _)| plain(rel)) {
            let _ = writeln!(text, "d {} {} {} /{rel}", s.secs, s.nanos, s.inode);
        }
        let temp = path.with_extension("new");
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(text.as_bytes())?;
        drop(file);
        std::fs::rename(&temp, &path)?;
        remove_others(&path, path_for(keep).as_deref());
        Ok(())
    }
}

/// `HASH LEN SECS NANOS INODE PATH`.
fn parse_file(line: &str) -> Option<(&str, Record)> {
    let (hash, rest) = line.split_once(' ')?;
    let (len, rest) = rest.split_once(' ')?;
    let (rel, stamp) = parse_stamped(rest)?;
    let hash = u64::from_str_radix(hash, 16).ok()?;
    let len = len.parse().ok()?;
    if rel.is_empty() {
        return None;
    }
    Some((rel, Record { hash, len, stamp }))
}

/// `SECS NANOS INODE /PATH` (the folder itself is `/`).
fn parse_folder(line: &str) -> Option<(&str, Stamp)> {
    let (rel, stamp) = parse_stamped(line)?;
    Some((rel.strip_prefix('/')?, stamp))
}

/// `SECS NANOS INODE REST`.
fn parse_stamped(line: &str) -> Option<(&str, Stamp)> {
    let mut fields = line.splitn(4, ' ');
    let secs = fields.next()?.parse().ok()?;
    let nanos = fields.next()?.parse().ok()?;
    let inode = fields.next()?.parse().ok()?;
    Some((fields.next()?, Stamp { secs, nanos, inode }))
}

/// The folder part of a relative path (`""` for a top-level entry).
fn parent(rel: &str) -> &str {
    rel.rfind('/').map_or("", |i| &rel[..i])
}

/// `.NAME.dossier-manifest-INODE` beside a folder named NAME.
fn path_for(folder: &Path) -> Option<PathBuf> {
    let inode = folder_inode(folder)?;
    let name = folder.file_name()?.to_string_lossy().into_owned();
    let parent = folder.parent().filter(|p| !p.as_os_str().is_empty());
    let parent = parent.unwrap_or(Path::new("."));
    Some(parent.join(format!("{}{inode}", prefix(&name))))
}

fn prefix(name: &str) -> String {
    let name = name.trim_start_matches('.');
    let name = name.strip_suffix(".dossier-stage").unwrap_or(name);
    format!(".{name}.dossier-manifest-")
}

#[cfg(unix)]
fn folder_inode(folder: &Path) -> Option<u64> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(folder)
        .ok()
        .filter(|m| m.is_dir())
        .map(|m| m.ino())
}

#[cfg(not(unix))]
fn folder_inode(_folder: &Path) -> Option<u64> {
    None
}

/// Removes the manifests beside `path` whose folder is gone (a deleted output folder leaves its
/// manifest behind), keeping `path` itself and `keep`.
fn remove_others(path: &Path, keep: Option<&Path>) {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return;
    };
    let name = name.to_string_lossy();
    let Some(cut) = name.rfind('-') else {
        return;
    };
    let family = &name[..=cut];
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let other = entry.path();
        let other_name = entry.file_name().to_string_lossy().into_owned();
        if other_name.starts_with(family)
            && other.as_path() != path
            && Some(other.as_path()) != keep
        {
            let _ = std::fs::remove_file(&other);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_matches_its_file_until_the_file_is_rewritten() {
        let tmp = tempfile::tempdir().unwrap();
        let file = tmp.path().join("a.html");
        std::fs::write(&file, "one").unwrap();
        let record = Record::new(&std::fs::metadata(&file).unwrap(), 7);
        assert!(record.matches(&std::fs::metadata(&file).unwrap()));
        // Same length, new bytes: the time (and, through a rename, the inode) tells.
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(&file, "two").unwrap();
        assert!(!record.matches(&std::fs::metadata(&file).unwrap()));
    }

    #[test]
    fn manifests_round_trip_follow_their_folder_and_tolerate_damage() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        let stage = tmp.path().join(".public.dossier-stage");
        std::fs::create_dir_all(out.join("a")).unwrap();
        std::fs::create_dir_all(&stage).unwrap();
        std::fs::write(out.join("x"), "x").unwrap();
        std::fs::write(out.join("a/b c.html"), "b").unwrap();
        let meta = |rel: &str| std::fs::metadata(out.join(rel)).unwrap();
        let record = Record::new(&meta("x"), 42);
        let records = [("a/b c.html", record), ("x", record)];
        let folders = [("", Stamp::of(&meta(""))), ("a", Stamp::of(&meta("a")))];
        Manifest::save(&out, &stage, records.into_iter(), folders.into_iter()).unwrap();

        let loaded = Manifest::load(&out);
        assert_eq!(loaded.get("a/b c.html"), Some(&record));
        assert!(Manifest::load(&stage).get("a/b c.html").is_none());
        // Folders unchanged since recorded give their recorded entries.
        assert_eq!(loaded.entries("a", &meta("a")), Some(vec!["a/b c.html"]));
        let mut root = loaded.entries("", &meta("")).unwrap();
        root.sort();
        assert_eq!(root, ["a", "x"]);
        // A new entry changes its folder's time: that folder must be listed.
        std::fs::write(out.join("a/new.html"), "n").unwrap();
        assert_eq!(loaded.entries("a", &meta("a")), None);

        // Swapped in as the staging folder, the folder keeps its manifest.
        std::fs::remove_dir(&stage).unwrap();
        let moved = stage;
        std::fs::rename(&out, &moved).unwrap();
        assert_eq!(Manifest::load(&moved).get("a/b c.html"), Some(&record));
        // A damaged manifest is no manifest.
        let path = path_for(&moved).unwrap();
        std::fs::write(&path, format!("{HEADER}\nnot a record\n")).unwrap();
        assert!(Manifest::load(&moved).get("a/b c.html").is_none());
    }

    #[test]
    fn saving_removes_manifests_of_folders_that_are_gone() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        let stage = tmp.path().join(".public.dossier-stage");
        std::fs::create_dir_all(&out).unwrap();
        std::fs::create_dir_all(&stage).unwrap();
        let gone = tmp.path().join(".public.dossier-manifest-1");
        std::fs::write(&gone, HEADER).unwrap();
        let (files, folders) = (std::iter::empty, std::iter::empty);
        Manifest::save(&stage, &out, files(), folders()).unwrap();
        Manifest::save(&out, &stage, files(), folders()).unwrap();
        assert!(!gone.exists());
        assert!(path_for(&out).unwrap().exists());
        assert!(path_for(&stage).unwrap().exists());
    }
}
