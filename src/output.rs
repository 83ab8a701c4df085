//! Writing a build: every file goes into a fresh folder beside the output folder, which replaces
//! the old output only once the whole build has been written. A failed or killed build leaves the
//! previous output as it was; leftovers from a killed build are cleared by the next one.

use std::path::{Component, Path, PathBuf};

use rayon::prelude::*;

use crate::error::{Error, Location};
use crate::render::Page;

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
    if let Some(home) = std::env::var_os("HOME").map(PathBuf::from) {
        if absolute(&home) == out {
            return refuse("it is your home folder");
        }
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
    let name = output
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    (parent, name)
}

/// Removes staging folders left by killed builds, and puts back an output folder that a build
/// killed mid-swap had moved aside.
pub fn recover(output: &Path) -> Result<(), Error> {
    let (parent, name) = staging_names(output);
    let Ok(entries) = std::fs::read_dir(&parent) else {
        return Ok(());
    };
    let tmp_prefix = format!(".{name}.dossier-tmp-");
    let old_prefix = format!(".{name}.dossier-old-");
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        if file_name.starts_with(&old_prefix) && !output.exists() {
            std::fs::rename(&path, output).map_err(|e| Error::io(&path, e))?;
        } else if file_name.starts_with(&tmp_prefix) || file_name.starts_with(&old_prefix) {
            std::fs::remove_dir_all(&path).map_err(|e| Error::io(&path, e))?;
        }
    }
    Ok(())
}

/// Writes a whole build and swaps it in place of `output`. Returns the number of files written.
pub fn publish(output: &Path, pages: &[Page], copies: &[Copy]) -> Result<usize, Error> {
    recover(output)?;
    let (parent, name) = staging_names(output);
    std::fs::create_dir_all(&parent).map_err(|e| Error::io(&parent, e))?;
    let staging = parent.join(format!(".{name}.dossier-tmp-{}", std::process::id()));
    std::fs::create_dir_all(&staging).map_err(|e| Error::io(&staging, e))?;
    let written = write_all(&staging, pages, copies);
    if let Err(e) = written {
        let _ = std::fs::remove_dir_all(&staging);
        return Err(e);
    }
    swap_in(&staging, output, &parent, &name)?;
    Ok(pages.len() + copies.len())
}

fn write_all(staging: &Path, pages: &[Page], copies: &[Copy]) -> Result<(), Error> {
    let mut dirs: Vec<&str> = pages
        .iter()
        .map(|p| p.path.as_str())
        .chain(copies.iter().map(|c| c.to.as_str()))
        .filter_map(|p| p.rsplit_once('/').map(|(d, _)| d))
        .collect();
    dirs.sort_unstable();
    dirs.dedup();
    for d in dirs {
        let dir = staging.join(d);
        std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    }
    pages.par_iter().try_for_each(|p| {
        check_relative(&p.path)?;
        let to = staging.join(&p.path);
        std::fs::write(&to, &p.bytes).map_err(|e| Error::io(&to, e))
    })?;
    copies.par_iter().try_for_each(|c| {
        check_relative(&c.to)?;
        let to = staging.join(&c.to);
        std::fs::copy(&c.from, &to)
            .map(|_| ())
            .map_err(|e| Error::io(&c.from, e))
    })
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

/// Moves the finished build into place. Where the file system can, the new and old folders are
/// exchanged in one atomic step, so `output` always holds a whole build, even if the process is
/// killed right then; the old build, left in the staging folder, is then deleted (or by the next
/// run's [`recover`]). Elsewhere: old output aside, new one in, old one deleted, with a short
/// window in which `output` is missing that [`recover`] repairs.
fn swap_in(staging: &Path, output: &Path, parent: &Path, name: &str) -> Result<(), Error> {
    if !output.exists() {
        return std::fs::rename(staging, output).map_err(|e| Error::io(output, e));
    }
    if exchange(staging, output)? {
        return std::fs::remove_dir_all(staging).map_err(|e| Error::io(staging, e));
    }
    let old = parent.join(format!(".{name}.dossier-old-{}", std::process::id()));
    std::fs::rename(output, &old).map_err(|e| Error::io(output, e))?;
    if let Err(e) = std::fs::rename(staging, output) {
        let _ = std::fs::rename(&old, output);
        return Err(Error::io(output, e));
    }
    std::fs::remove_dir_all(&old).map_err(|e| Error::io(&old, e))
}

/// Atomically exchanges two folders; `false` when the system or file system cannot.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> Result<bool, Error> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    use rustix::io::Errno;
    match renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE) {
        Ok(()) => Ok(true),
        // Old kernels (ENOSYS) and file systems without exchange (EINVAL, e.g. some network
        // and FUSE mounts) fall back to two renames.
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
    fn publish_replaces_whole_output() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        let page = |p: &str, b: &str| Page {
            path: p.into(),
            bytes: b.into(),
        };
        publish(
            &out,
            &[page("a/index.html", "1"), page("old.html", "x")],
            &[],
        )
        .unwrap();
        publish(&out, &[page("a/index.html", "2")], &[]).unwrap();
        assert_eq!(
            std::fs::read_to_string(out.join("a/index.html")).unwrap(),
            "2"
        );
        assert!(!out.join("old.html").exists());
        let leftovers: Vec<_> = std::fs::read_dir(tmp.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1);
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
