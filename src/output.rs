//! Writing a build without ever exposing half of it. Every build is written into a staging
//! folder beside the output (`.public.dossier-stage`), which then trades places with the output in
//! one atomic rename. The staging folder keeps the build before last, so the next build updates it
//! in place: files whose bytes did not change are not rewritten (their mtimes stay, and no inodes
//! are churned), stale files are removed. A failed or killed build leaves the output as it was.

mod manifest;

use std::collections::HashSet;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;

use crate::error::{Error, Location};
use crate::render::Page;
use manifest::{Manifest, Record, Stamp};

/// A file to copy into the output as-is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Copy {
    /// Destination, relative to the output folder, with `/` separators.
    pub to: String,
    /// Source file on disk.
    pub from: PathBuf,
}

/// Folders the output must never be, or contain.
#[derive(Debug, Clone, Default)]
pub struct Protected {
    /// The site root, content folder, themes folder, static folder…
    pub dirs: Vec<PathBuf>,
}

/// Refuses output folders whose replacement would destroy something: `/`, the home folder, the
/// site root, `content/`, `themes/`, or any folder that contains one of them.
pub fn check_output_dir(output: &Path, protected: &Protected) -> Result<(), Error> {
    let out = absolute(output);
    let refuse = |reason: &str| {
        Err(Error::BadOutput {
            path: output.to_path_buf(),
            reason: reason.to_string(),
        })
    };
    if out.parent().is_none() {
        return refuse("it is the file system root");
    }
    if let Some(home) = std::env::var_os("HOME").map(PathBuf::from)
        && absolute(&home) == out
    {
        return refuse("it is your home folder");
    }
    for dir in &protected.dirs {
        let dir = absolute(dir);
        if dir == out {
            return refuse(&format!("it is the site's {}", describe(&dir)));
        }
        if dir.starts_with(&out) {
            return refuse(&format!("it contains the site's {}", describe(&dir)));
        }
    }
    if out.is_file() {
        return refuse("it is a file");
    }
    Ok(())
}

fn describe(dir: &Path) -> String {
    dir.file_name()
        .map(|n| format!("{} folder", n.to_string_lossy()))
        .unwrap_or_else(|| "root".into())
}

/// An absolute, lexically normalised path (symlinks in existing parts resolved).
pub fn absolute(path: &Path) -> PathBuf {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    let mut out = PathBuf::new();
    for c in joined.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    // Resolve symlinks in the longest existing prefix so two spellings of one folder compare equal.
    let mut existing = out.clone();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (
            existing.file_name().map(|n| n.to_os_string()),
            existing.parent(),
        ) {
            (Some(name), Some(parent)) => {
                rest.push(name);
                existing = parent.to_path_buf();
            }
            _ => return out,
        }
    }
    let mut resolved = existing.canonicalize().unwrap_or(existing);
    for name in rest.into_iter().rev() {
        resolved.push(name);
    }
    resolved
}

/// Whether an output-relative path is safe to join onto the output folder.
pub fn is_safe_relative(path: &str) -> bool {
    !path.is_empty()
        && !path.contains(['\\', '\0'])
        && !path.starts_with('/')
        && path
            .split('/')
            .all(|seg| !seg.is_empty() && seg != ".." && seg != "." && seg.len() <= 255)
}

fn staging_names(output: &Path) -> (PathBuf, String) {
    let parent = output
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let parent = if parent.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        parent
    };
    let name = output
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    (parent, name)
}

/// The staging folder of an output folder.
pub fn staging_dir(output: &Path) -> PathBuf {
    let (parent, name) = staging_names(output);
    parent.join(format!(".{name}.dossier-stage"))
}

/// Puts back an output folder that a build killed mid-swap (on systems without an atomic
/// exchange) had moved aside, and removes other leftovers of killed builds.
pub fn recover(output: &Path) -> Result<(), Error> {
    let (parent, name) = staging_names(output);
    let Ok(entries) = std::fs::read_dir(&parent) else {
        return Ok(());
    };
    let old_prefix = format!(".{name}.dossier-old-");
    let tmp_prefix = format!(".{name}.dossier-tmp-");
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        if file_name.starts_with(&old_prefix) && !output.exists() {
            std::fs::rename(&path, output).map_err(|e| Error::io(&path, e))?;
        } else if file_name.starts_with(&old_prefix) || file_name.starts_with(&tmp_prefix) {
            std::fs::remove_dir_all(&path).map_err(|e| Error::io(&path, e))?;
        }
    }
    Ok(())
}

/// What publishing did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Published {
    /// Files whose bytes were written.
    pub written: usize,
    /// Files already right in the staging folder.
    pub unchanged: usize,
    /// Stale files removed from the staging folder.
    pub removed: usize,
}

/// Writes a whole build held in memory and swaps it in place of `output`.
pub fn publish(output: &Path, pages: &[Page], copies: &[Copy]) -> Result<Published, Error> {
    let stage = Stage::open(output)?;
    let written = pages
        .par_iter()
        .map(|p| stage.write(&p.path, &p.bytes).map(usize::from))
        .chain(
            copies
                .par_iter()
                .map(|c| stage.copy(&c.to, &c.from).map(usize::from)),
        )
        .try_reduce(|| 0, |a, b| Ok(a + b))?;
    let keep: Vec<&str> = pages
        .iter()
        .map(|p| p.path.as_str())
        .chain(copies.iter().map(|c| c.to.as_str()))
        .collect();
    let removed = stage.finish(&keep)?;
    Ok(Published {
        written,
        unchanged: keep.len() - written,
        removed,
    })
}

/// The staging folder of one build, filled file by file while pages are rendered (so a build
/// never holds every page in memory), then swapped in place of the output by [`Stage::finish`].
/// Dropping it without `finish` leaves the output untouched.
pub struct Stage {
    output: PathBuf,
    dir: PathBuf,
    _lock: std::fs::File,
    /// What the build that last filled the staging folder left in it.
    before: Manifest,
    /// What this build has put in it so far.
    now: Mutex<Vec<(String, Record)>>,
}

impl Stage {
    /// Locks and prepares the staging folder beside `output` (repairing what a killed build left).
    pub fn open(output: &Path) -> Result<Stage, Error> {
        let (parent, name) = staging_names(output);
        std::fs::create_dir_all(&parent).map_err(|e| Error::io(&parent, e))?;
        let lock = lock(&parent.join(format!(".{name}.dossier-lock")))?;
        recover(output)?;
        let dir = staging_dir(output);
        if !dir.is_dir() && (dir.exists() || dir.is_symlink()) {
            std::fs::remove_file(&dir).map_err(|e| Error::io(&dir, e))?;
        }
        std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        Ok(Stage {
            output: output.to_path_buf(),
            before: Manifest::load(&dir),
            now: Mutex::new(Vec::new()),
            dir,
            _lock: lock,
        })
    }

    /// Writes one file unless it already holds these bytes; returns whether it wrote.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> Result<bool, Error> {
        check_relative(rel)?;
        self.write_if_changed(rel, bytes)
    }

    /// Copies one file unless the copy already holds its bytes; returns whether it wrote.
    pub fn copy(&self, rel: &str, from: &Path) -> Result<bool, Error> {
        check_relative(rel)?;
        let bytes = std::fs::read(from).map_err(|e| Error::io(from, e))?;
        self.write_if_changed(rel, &bytes)
    }

    /// Writes a file unless it already holds exactly these bytes, known from the manifest when
    /// the file is still the one recorded there, else by reading it. Returns whether it wrote.
    fn write_if_changed(&self, rel: &str, bytes: &[u8]) -> Result<bool, Error> {
        let path = self.dir.join(rel);
        let hash = crate::hash::of(bytes);
        match std::fs::symlink_metadata(&path) {
            Ok(meta) if meta.is_file() => {
                let same = meta.len() == bytes.len() as u64
                    && match self.before.get(rel) {
                        Some(record) if record.matches(&meta) => record.hash == hash,
                        _ => holds(&path, bytes),
                    };
                if same {
                    self.remember(rel, Record::new(&meta, hash));
                    return Ok(false);
                }
            }
            // A folder or symlink of an earlier build stands where the file goes.
            Ok(meta) => remove_known(&path, &meta)?,
            // Only a file that is not there yet may lack its folder.
            Err(_) => {
                if let Some(parent) = path.parent() {
                    make_dir(&self.dir, parent)?;
                }
            }
        }
        let meta = write_file(&path, bytes).map_err(|e| Error::io(&path, e))?;
        self.remember(rel, Record::new(&meta, hash));
        Ok(true)
    }

    fn remember(&self, rel: &str, record: Record) {
        let mut now = self.now.lock().unwrap_or_else(|e| e.into_inner());
        now.push((rel.to_string(), record));
    }

    /// Removes every file not in `keep` and swaps the staging folder in place of the output.
    /// Returns the number of stale entries removed.
    pub fn finish(self, keep: &[&str]) -> Result<usize, Error> {
        let files: HashSet<&str> = keep.iter().copied().collect();
        let dirs: HashSet<&str> = keep.iter().flat_map(|p| parents(p)).collect();
        let pruned = prune(&self.dir, &self.before, &files, &dirs)?;
        let now = self.now.into_inner().unwrap_or_else(|e| e.into_inner());
        let kept = now
            .iter()
            .filter(|(rel, _)| files.contains(rel.as_str()))
            .map(|(rel, record)| (rel.as_str(), *record));
        // Only saves work: a build whose manifest cannot be written is still a whole build.
        let _ = Manifest::save(&self.dir, &self.output, kept, pruned.folders.into_iter());
        // Both hold an entry per output file: tens of thousands of small allocations to free.
        crate::build::drop_in_background((self.before, now));
        swap(&self.dir, &self.output)?;
        Ok(pruned.removed)
    }
}

/// Writes a whole file and returns its metadata as written.
fn write_file(path: &Path, bytes: &[u8]) -> std::io::Result<std::fs::Metadata> {
    use std::io::Write as _;
    let mut file = std::fs::File::create(path)?;
    file.write_all(bytes)?;
    file.metadata()
}

/// Creates `dir` (inside `stage`), replacing any file of an earlier build standing in its way.
fn make_dir(stage: &Path, dir: &Path) -> Result<(), Error> {
    if dir.is_dir() {
        return Ok(());
    }
    if std::fs::create_dir_all(dir).is_ok() {
        return Ok(());
    }
    let mut blocker = dir.to_path_buf();
    while blocker.starts_with(stage) && blocker != stage {
        if blocker.is_file() || blocker.is_symlink() {
            std::fs::remove_file(&blocker).map_err(|e| Error::io(&blocker, e))?;
            break;
        }
        blocker.pop();
    }
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))
}

/// Holds an exclusive lock so that two builds never share a staging folder.
fn lock(path: &Path) -> Result<std::fs::File, Error> {
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .map_err(|e| Error::io(path, e))?;
    file.lock().map_err(|e| Error::io(path, e))?;
    Ok(file)
}

/// Every ancestor folder of a relative file path (`a/b/c.html` → `a`, `a/b`).
fn parents(path: &str) -> impl Iterator<Item = &str> {
    path.match_indices('/').map(move |(i, _)| &path[..i])
}

/// What pruning the staging folder did.
struct Pruned<'a> {
    /// Stale entries removed.
    removed: usize,
    /// Every folder left, with its stamp.
    folders: Vec<(&'a str, Stamp)>,
}

/// Removes from the staging folder every file and folder the new build does not have. Folders
/// unchanged since the manifest recorded them are known without listing them.
fn prune<'a>(
    stage: &Path,
    before: &Manifest,
    wanted: &HashSet<&str>,
    dirs: &HashSet<&'a str>,
) -> Result<Pruned<'a>, Error> {
    let mut pruned = Pruned {
        removed: 0,
        folders: Vec::with_capacity(dirs.len() + 1),
    };
    if !stage.is_dir() {
        if stage.exists() || stage.is_symlink() {
            std::fs::remove_file(stage).map_err(|e| Error::io(stage, e))?;
        }
        return Ok(pruned);
    }
    let keep = |rel: &str| wanted.contains(rel) || dirs.contains(rel);
    let folders: Vec<&str> = std::iter::once("").chain(dirs.iter().copied()).collect();
    let done: Vec<(usize, Stamp)> = folders
        .par_iter()
        .map(|dir| prune_folder(stage, before, &keep, dir))
        .collect::<Result<_, Error>>()?;
    pruned.removed = done.iter().map(|(n, _)| n).sum();
    pruned.folders = folders
        .into_iter()
        .zip(done.into_iter().map(|d| d.1))
        .collect();
    Ok(pruned)
}

/// Removes the stale entries of one folder of the staging folder; returns how many went and the
/// folder's stamp afterwards.
fn prune_folder(
    stage: &Path,
    before: &Manifest,
    keep: &(dyn Fn(&str) -> bool + Sync),
    dir: &str,
) -> Result<(usize, Stamp), Error> {
    let path = stage.join(dir);
    let meta = std::fs::symlink_metadata(&path).map_err(|e| Error::io(&path, e))?;
    let stale: Vec<String> = match before.entries(dir, &meta) {
        Some(known) => known
            .into_iter()
            .filter(|rel| !keep(rel))
            .map(str::to_string)
            .collect(),
        None => list(stage, &path)?
            .into_iter()
            .filter(|rel| !keep(rel))
            .collect(),
    };
    for rel in &stale {
        remove_entry(&stage.join(rel))?;
    }
    let meta = match stale.is_empty() {
        true => meta,
        false => std::fs::symlink_metadata(&path).map_err(|e| Error::io(&path, e))?,
    };
    Ok((stale.len(), Stamp::of(&meta)))
}

/// The entries of a folder inside the staging folder, as paths relative to it.
fn list(stage: &Path, dir: &Path) -> Result<Vec<String>, Error> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    entries
        .map(|entry| {
            let entry = entry.map_err(|e| Error::io(dir, e))?;
            let path = entry.path();
            let rel = path.strip_prefix(stage).unwrap_or(&path);
            Ok(rel.to_string_lossy().replace('\\', "/"))
        })
        .collect()
}

/// Removes a file, a symlink or a whole folder, whichever `path` is; gone already is fine.
fn remove_entry(path: &Path) -> Result<(), Error> {
    match std::fs::symlink_metadata(path) {
        Ok(meta) => remove_known(path, &meta),
        Err(_) => Ok(()),
    }
}

/// Removes what stands at `path`, whose metadata is `meta`.
fn remove_known(path: &Path, meta: &std::fs::Metadata) -> Result<(), Error> {
    let result = match meta.is_dir() {
        true => std::fs::remove_dir_all(path),
        false => std::fs::remove_file(path),
    };
    result.map_err(|e| Error::io(path, e))
}

/// Whether the file at `path` holds exactly `bytes` (whose length it is known to have). Reads
/// it in pieces into one buffer per thread: a build compares tens of thousands of files, and a
/// fresh buffer for each cost more than the reading.
fn holds(path: &Path, bytes: &[u8]) -> bool {
    use std::io::Read;
    thread_local! {
        static BUFFER: std::cell::RefCell<Vec<u8>> = std::cell::RefCell::new(vec![0; 64 * 1024]);
    }
    let Ok(mut file) = std::fs::File::open(path) else {
        return false;
    };
    BUFFER.with_borrow_mut(|buffer| {
        let mut rest = bytes;
        loop {
            match file.read(buffer) {
                Ok(0) => return rest.is_empty(),
                Ok(n) if n <= rest.len() && buffer[..n] == rest[..n] => rest = &rest[n..],
                Ok(_) | Err(_) => return false,
            }
        }
    })
}

/// Writes one file of a live output folder in place, for watch mode: the bytes go to a temporary
/// file beside it that is then renamed over it, so a server never reads half a page. Skips the
/// write when the file already holds these bytes; returns whether it wrote.
pub fn replace_file(output: &Path, rel: &str, bytes: &[u8]) -> Result<bool, Error> {
    check_relative(rel)?;
    let path = output.join(rel);
    if std::fs::metadata(&path).is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64)
        && holds(&path, bytes)
    {
        return Ok(false);
    }
    let dir = path.parent().unwrap_or(output);
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let temp = dir.join(format!(".{name}.dossier-new"));
    std::fs::write(&temp, bytes).map_err(|e| Error::io(&temp, e))?;
    if std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_dir()) {
        std::fs::remove_dir_all(&path).map_err(|e| Error::io(&path, e))?;
    }
    std::fs::rename(&temp, &path).map_err(|e| Error::io(&path, e))?;
    Ok(true)
}

/// Removes a file that a live output folder no longer needs, and the folders it leaves empty.
pub fn remove_file(output: &Path, rel: &str) -> Result<(), Error> {
    check_relative(rel)?;
    let path = output.join(rel);
    match std::fs::remove_file(&path) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(Error::io(&path, e)),
    }
    let mut dir = path.parent();
    while let Some(d) = dir.filter(|d| *d != output) {
        // Fails, as wanted, on folders that still hold something.
        if std::fs::remove_dir(d).is_err() {
            break;
        }
        dir = d.parent();
    }
    Ok(())
}

fn check_relative(path: &str) -> Result<(), Error> {
    if is_safe_relative(path) {
        Ok(())
    } else {
        Err(Error::UnsafePath {
            at: Location::file(path),
            message: "output path would leave the output folder".into(),
        })
    }
}

/// Puts the finished staging folder in place of the output in one atomic exchange where the
/// file system can, so `output` always holds a whole build even if the process is killed right
/// then; the old output becomes the staging folder of the next build. Elsewhere: three renames,
/// with [`recover`] putting the output back if a build dies between the first two.
fn swap(stage: &Path, output: &Path) -> Result<(), Error> {
    if !output.exists() {
        return std::fs::rename(stage, output).map_err(|e| Error::io(output, e));
    }
    if exchange(stage, output)? {
        return Ok(());
    }
    let (parent, name) = staging_names(output);
    let old = parent.join(format!(".{name}.dossier-old-{}", std::process::id()));
    std::fs::rename(output, &old).map_err(|e| Error::io(output, e))?;
    if let Err(e) = std::fs::rename(stage, output) {
        let _ = std::fs::rename(&old, output);
        return Err(Error::io(output, e));
    }
    std::fs::rename(&old, stage).map_err(|e| Error::io(&old, e))
}

/// Atomically exchanges two folders; `false` when the system or file system cannot.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> Result<bool, Error> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    use rustix::io::Errno;
    match renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE) {
        Ok(()) => Ok(true),
        // Old kernels (ENOSYS) and file systems without exchange (EINVAL, e.g. some network
        // and FUSE mounts) fall back to renames.
        Err(e) if [Errno::NOSYS, Errno::INVAL, Errno::OPNOTSUPP].contains(&e) => Ok(false),
        Err(e) => Err(Error::io(b, e.into())),
    }
}

/// Atomically exchanges two folders; `false` when the system or file system cannot.
#[cfg(not(target_os = "linux"))]
fn exchange(_a: &Path, _b: &Path) -> Result<bool, Error> {
    Ok(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_dangerous_outputs() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("site");
        std::fs::create_dir_all(root.join("content")).unwrap();
        let protected = Protected {
            dirs: vec![root.clone(), root.join("content")],
        };
        assert!(check_output_dir(&root, &protected).is_err());
        assert!(check_output_dir(&root.join("content"), &protected).is_err());
        assert!(check_output_dir(tmp.path(), &protected).is_err());
        assert!(check_output_dir(Path::new("/"), &protected).is_err());
        assert!(check_output_dir(&root.join("content/../x/.."), &protected).is_err());
        assert!(check_output_dir(&root.join("public"), &protected).is_ok());
    }

    #[test]
    fn relative_paths_are_checked() {
        assert!(is_safe_relative("articles/a/index.html"));
        for bad in [
            "",
            "/etc/passwd",
            "../x",
            "a/../../x",
            "a\\b",
            "a\0b",
            "a//b",
        ] {
            assert!(!is_safe_relative(bad), "{bad:?}");
        }
    }

    #[test]
    fn publish_replaces_whole_output_and_keeps_unchanged_files() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        let page = |p: &str, b: &str| Page {
            path: p.into(),
            bytes: b.into(),
        };
        let first = publish(
            &out,
            &[page("a/index.html", "1"), page("old/x.html", "x")],
            &[],
        )
        .unwrap();
        assert_eq!(first.written, 2);
        publish(&out, &[page("a/index.html", "2"), page("b.html", "b")], &[]).unwrap();
        assert_eq!(
            std::fs::read_to_string(out.join("a/index.html")).unwrap(),
            "2"
        );
        assert!(!out.join("old").exists());
        // Later builds update the build before last in place, touching only what differs.
        let third = publish(&out, &[page("a/index.html", "2"), page("b.html", "b")], &[]).unwrap();
        assert_eq!((third.written, third.unchanged, third.removed), (2, 0, 1));
        let fourth = publish(&out, &[page("a/index.html", "2"), page("b.html", "b")], &[]).unwrap();
        assert_eq!(
            (fourth.written, fourth.unchanged, fourth.removed),
            (0, 2, 0)
        );
        assert_eq!(crate_files(&out), ["a/index.html", "b.html"]);
        assert_eq!(crate_files(&staging_dir(&out)), ["a/index.html", "b.html"]);
    }

    fn crate_files(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = walkdir::WalkDir::new(dir)
            .into_iter()
            .flatten()
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                e.path()
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        v.sort();
        v
    }

    #[test]
    fn recovers_from_a_killed_swap() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        let old = tmp.path().join(".public.dossier-old-1");
        std::fs::create_dir_all(&old).unwrap();
        std::fs::write(old.join("keep.html"), "k").unwrap();
        std::fs::create_dir_all(tmp.path().join(".public.dossier-tmp-1")).unwrap();
        recover(&out).unwrap();
        assert!(out.join("keep.html").exists());
        assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 1);
    }
}
