//! The file side of the dev server: mapping a request path to a file that is certainly inside
//! the output folder, content types by extension, and placing the live-reload snippet in HTML.

use std::path::{Path, PathBuf};

/// The file to serve for `request_path` (the URL path, still percent-encoded), or `None` (a 404).
///
/// The path is decoded once; encoded slashes or backslashes, `..` segments, backslashes, NUL and
/// other control bytes, empty segments (`//`), absolute and drive paths are all refused. What
/// remains is resolved through symbolic links and must still lie inside the canonical output
/// folder. A folder maps to its `index.html`.
pub fn resolve(output_dir: &Path, request_path: &str) -> Option<PathBuf> {
    let relative = sanitize(request_path)?;
    let root = output_dir.canonicalize().ok()?;
    let mut candidate = root.join(relative);
    if candidate.is_dir() {
        candidate.push("index.html");
    }
    let real = candidate.canonicalize().ok()?;
    (real.starts_with(&root) && real.is_file()).then_some(real)
}

/// The request path as a relative path made only of plain segments, or `None` when it tries to
/// be anything else.
fn sanitize(request_path: &str) -> Option<PathBuf> {
    let raw = request_path.strip_prefix('/')?;
    // An encoded separator can only be an attempt to smuggle one past a router or a proxy.
    let lower = raw.to_ascii_lowercase();
    if lower.contains("%2f") || lower.contains("%5c") {
        return None;
    }
    let decoded = percent_decode(raw)?;
    if decoded.chars().any(|c| c == '\\' || c.is_control()) {
        return None;
    }
    let segments: Vec<&str> = decoded.split('/').collect();
    let mut path = PathBuf::new();
    for (i, segment) in segments.iter().enumerate() {
        match *segment {
            // A trailing slash names a folder; empty segments elsewhere (`//x`) are refused.
            "" if i + 1 == segments.len() => {}
            "" | ".." => return None,
            "." => {}
            s if i == 0 && is_drive(s) => return None,
            s => path.push(s),
        }
    }
    Some(path)
}

/// `C:` and the like, which `Path::join` would treat as absolute on Windows.
fn is_drive(segment: &str) -> bool {
    let bytes = segment.as_bytes();
    bytes.len() >= 2 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':'
}

/// Decodes `%XX` escapes once. A malformed escape or a result that is not UTF-8 gives `None`.
fn percent_decode(raw: &str) -> Option<String> {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3)?;
            let hex = std::str::from_utf8(hex).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The `Content-Type` for a file, by extension; unknown types are plain bytes.
pub fn content_type(path: &Path) -> &'static str {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" | "map" => "application/json",
        "webmanifest" => "application/manifest+json",
        "xml" => "application/xml",
        "atom" => "application/atom+xml",
        "rss" => "application/rss+xml",
        "txt" => "text/plain; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "ttf" => "font/ttf",
        "otf" => "font/otf",
        "pdf" => "application/pdf",
        "wasm" => "application/wasm",
        "mp3" => "audio/mpeg",
        "mp4" => "video/mp4",
        "webm" => "video/webm",
        _ => "application/octet-stream",
    }
}

/// Whether a content type is HTML, the only kind that gets the live-reload snippet.
pub fn is_html(content_type: &str) -> bool {
    content_type.starts_with("text/html")
}

/// `html` with `snippet` placed just before the last `</body>` (any case), or at the end when
/// there is none. The file on disk is never touched: this runs on the response only.
pub fn inject(mut html: Vec<u8>, snippet: &str) -> Vec<u8> {
    let at = last_body_close(&html).unwrap_or(html.len());
    html.splice(at..at, snippet.bytes());
    html
}

/// Byte offset of the last `</body` in `html`, compared without regard to ASCII case.
fn last_body_close(html: &[u8]) -> Option<usize> {
    const NEEDLE: &[u8] = b"</body";
    html.windows(NEEDLE.len())
        .rposition(|w| w.eq_ignore_ascii_case(NEEDLE))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    /// `site/public/` with a page, a folder page and a 404, plus a secret beside `public/` and a
    /// symbolic link from inside `public/` to it.
    fn site() -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let public = dir.path().join("public");
        fs::create_dir_all(public.join("a b")).unwrap();
        fs::write(public.join("index.html"), "home").unwrap();
        fs::write(public.join("a b/index.html"), "folder").unwrap();
        fs::write(public.join("style.css"), "css").unwrap();
        fs::write(dir.path().join("secret.txt"), "secret").unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(dir.path().join("secret.txt"), public.join("leak.txt")).unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(dir.path(), public.join("up")).unwrap();
        (dir, public)
    }

    fn found(public: &Path, request: &str) -> Option<String> {
        resolve(public, request).map(|p| fs::read_to_string(p).unwrap())
    }

    #[test]
    fn files_folders_and_encoded_names_resolve() {
        let (_dir, public) = site();
        assert_eq!(found(&public, "/").as_deref(), Some("home"));
        assert_eq!(found(&public, "/index.html").as_deref(), Some("home"));
        assert_eq!(found(&public, "/style.css").as_deref(), Some("css"));
        assert_eq!(found(&public, "/a%20b/").as_deref(), Some("folder"));
        assert_eq!(found(&public, "/a%20b").as_deref(), Some("folder"));
        assert_eq!(found(&public, "/./style.css").as_deref(), Some("css"));
        assert_eq!(found(&public, "/missing.html"), None);
    }

    #[test]
    fn traversal_attempts_are_refused() {
        let (_dir, public) = site();
        let attacks = [
            "/../secret.txt",
            "/a%20b/../../secret.txt",
            "/%2e%2e/secret.txt",
            "/%2E%2E/secret.txt",
            "/.%2e/secret.txt",
            "/..%2fsecret.txt",
            "/%2f..%2fsecret.txt",
            "/%2Fetc%2Fpasswd",
            "/..\\secret.txt",
            "/..%5csecret.txt",
            "/%5c..%5csecret.txt",
            "//etc/passwd",
            "/%00",
            "/index.html%00.css",
            "/style.css%00",
            "/C:/Windows/win.ini",
            "/c:%5cWindows",
            "/%252e%252e/secret.txt",
            "/%",
            "/%zz",
            "/%ff",
            "etc/passwd",
            "/leak.txt",
            "/up/secret.txt",
        ];
        for attack in attacks {
            assert_eq!(found(&public, attack), None, "{attack}");
        }
    }

    #[test]
    fn a_missing_output_folder_is_a_404_not_a_panic() {
        assert_eq!(resolve(Path::new("/no/such/dir"), "/index.html"), None);
    }

    #[test]
    fn content_types_follow_extensions_in_any_case() {
        assert_eq!(
            content_type(Path::new("a/index.html")),
            "text/html; charset=utf-8"
        );
        assert_eq!(
            content_type(Path::new("A.HTML")),
            "text/html; charset=utf-8"
        );
        assert_eq!(content_type(Path::new("s.css")), "text/css; charset=utf-8");
        assert_eq!(
            content_type(Path::new("s.js")),
            "text/javascript; charset=utf-8"
        );
        assert_eq!(content_type(Path::new("atom.xml")), "application/xml");
        assert_eq!(content_type(Path::new("i.svg")), "image/svg+xml");
        assert_eq!(content_type(Path::new("f.woff2")), "font/woff2");
        assert_eq!(content_type(Path::new("search.json")), "application/json");
        assert_eq!(content_type(Path::new("noext")), "application/octet-stream");
    }

    #[test]
    fn snippet_goes_before_the_last_body_close() {
        let html = b"<body><p>a</body> text </BODY>\n</html>".to_vec();
        let out = String::from_utf8(inject(html, "<s>")).unwrap();
        assert_eq!(out, "<body><p>a</body> text <s></BODY>\n</html>");
        let out = String::from_utf8(inject(b"<p>fragment".to_vec(), "<s>")).unwrap();
        assert_eq!(out, "<p>fragment<s>");
    }
}
