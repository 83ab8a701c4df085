//! Helpers shared by the integration tests: fixture copies, running the binary in a clean
//! environment, reading output pages and checking links and XML.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

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
