//! Helpers shared by the integration tests: fixture copies, running the binary in a clean
//! environment (or under a hang guard), reading output pages, checking links and XML, and
//! snapshotting a folder to prove a build left it untouched.

use std::collections::BTreeMap;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// A fixture site copied into a fresh temporary folder.
pub struct Site {
    /// Keeps the folder alive.
    pub _tmp: tempfile::TempDir,
    /// The site root.
    pub root: PathBuf,
}

impl Site {
    /// Copies `tests/fixtures/<name>` into a temporary folder.
    pub fn fixture(name: &str) -> Site {
        let src = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name);
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join(name);
        copy_dir(&src, &root);
        Site { _tmp: tmp, root }
    }

    /// Runs `dossier ARGS` in the site root with a cleared environment.
    pub fn run(&self, args: &[&str]) -> Output {
        dossier(&self.root, args)
    }

    /// Builds and asserts success.
    pub fn build_ok(&self) -> Output {
        let out = self.run(&["build"]);
        assert!(
            out.status.success(),
            "build failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }

    /// The output folder.
    pub fn public(&self) -> PathBuf {
        self.root.join("public")
    }

    /// Reads an output file.
    pub fn page(&self, rel: &str) -> String {
        let path = self.public().join(rel);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    /// Writes a file in the site.
    pub fn write(&self, rel: &str, text: &str) {
        let path = self.root.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
}

/// Runs the built binary in `dir` with nothing inherited from the caller's environment.
pub fn dossier(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(args)
        .current_dir(dir)
        .env_clear()
        .env("HOME", dir)
        .output()
        .expect("run dossier")
}

/// Recursively copies a folder.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Every file under a folder, relative, with `/` separators, sorted.
pub fn files(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    collect(dir, dir, &mut out);
    out.sort();
    out
}

fn collect(base: &Path, dir: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(base, &path, out);
        } else {
            out.push(
                path.strip_prefix(base)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/"),
            );
        }
    }
}

/// All `href` and `src` attribute values in an HTML page.
pub fn links(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in ["href=\"", "src=\""] {
        let mut rest = html;
        while let Some(i) = rest.find(attr) {
            let after = &rest[i + attr.len()..];
            let end = after.find('"').unwrap_or(after.len());
            out.push(decode_entities(&after[..end]));
            rest = &after[end..];
        }
    }
    out
}

fn decode_entities(s: &str) -> String {
    s.replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
}

/// Checks that every internal link of every HTML page resolves to a file and none starts with
/// `/`. Returns the problems found.
pub fn broken_links(public: &Path) -> Vec<String> {
    let mut problems = Vec::new();
    for rel in files(public).into_iter().filter(|f| f.ends_with(".html")) {
        let html = std::fs::read_to_string(public.join(&rel)).unwrap();
        // 404.html declares <base href> at the site root: its links resolve from there.
        let dir = if rel == "404.html" {
            PathBuf::new()
        } else {
            Path::new(&rel).parent().unwrap().to_path_buf()
        };
        for link in links(&html) {
            if link.starts_with("http://")
                || link.starts_with("https://")
                || link.starts_with("mailto:")
            {
                continue;
            }
            if link.starts_with('/') {
                problems.push(format!("{rel}: absolute-path link {link}"));
                continue;
            }
            let target = link.split(['#', '?']).next().unwrap();
            if target.is_empty() {
                continue;
            }
            let mut path = normalize(&public.join(&dir).join(target));
            if target.ends_with('/') || path.is_dir() {
                path = path.join("index.html");
            }
            if !path.is_file() {
                problems.push(format!("{rel}: broken link {link}"));
            }
        }
    }
    problems
}

fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// Parses an XML file, panicking with the parser's message when it is not well-formed.
pub fn assert_xml(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    if let Err(e) = roxmltree::Document::parse(&text) {
        panic!("{} is not well-formed XML: {e}\n{text}", path.display());
    }
    text
}

/// Number of article cards on a listing page.
pub fn cards(html: &str) -> usize {
    html.matches("class=\"article-card\"").count()
}

/// Longer than any sane build of these small sites in a debug binary on a busy machine.
pub const TIMEOUT: Duration = Duration::from_secs(60);

/// What one guarded run of the binary did.
pub struct Run {
    /// Exit code; `None` when killed by a signal (a crash or our timeout).
    pub code: Option<i32>,
    /// Standard error.
    pub stderr: String,
}

/// Runs `dossier ARGS` in `dir` with a cleared environment plus `env`, killing it after
/// [`TIMEOUT`]. Standard error goes to a file rather than a pipe so a chatty child never blocks on a full
/// pipe while we poll it.
pub fn run_guarded(dir: &Path, args: &[&str], env: &[(&str, &Path)]) -> Run {
    let logs = tempfile::tempdir().unwrap();
    let err_path = logs.path().join("err");
    let mut command = Command::new(env!("CARGO_BIN_EXE_dossier"));
    command
        .args(args)
        .current_dir(dir)
        .env_clear()
        // A home of its own, so the output checks below are about the site, not the home.
        .env("HOME", dir.parent().unwrap_or(dir).join("home"));
    for (k, v) in env {
        command.env(k, v);
    }
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(File::create(&err_path).unwrap())
        .spawn()
        .expect("run dossier");
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("dossier {args:?} still running after {TIMEOUT:?}: it hangs");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Run {
        code: status.code(),
        stderr: std::fs::read_to_string(err_path).unwrap_or_default(),
    }
}

/// Every file, folder and symlink under `root` except the output folder and its staging
/// siblings: relative path → bytes (a symlink's target, a folder's marker). Symlinks are not
/// followed, so a loop is recorded, not walked.
pub fn snapshot(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    snapshot_into(root, root, &mut out);
    out
}

fn snapshot_into(base: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let rel = path
            .strip_prefix(base)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        if dir == base && (rel == "public" || rel.starts_with(".public.")) {
            continue;
        }
        let meta = std::fs::symlink_metadata(&path).unwrap();
        if meta.file_type().is_symlink() {
            let target = std::fs::read_link(&path).unwrap();
            out.insert(rel, format!("-> {}", target.display()).into_bytes());
        } else if meta.is_dir() {
            out.insert(rel, b"<dir>".to_vec());
            snapshot_into(base, &path, out);
        } else {
            out.insert(rel, std::fs::read(&path).unwrap());
        }
    }
}

/// The output folder's files and bytes (empty when it does not exist).
pub fn output_tree(public: &Path) -> BTreeMap<String, Vec<u8>> {
    if !public.exists() {
        return BTreeMap::new();
    }
    let mut out = BTreeMap::new();
    snapshot_into(public, public, &mut out);
    out
}
