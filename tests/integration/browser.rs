//! Real-browser checks for pages that need JavaScript (the search page): find a headless
//! Chromium, serve a built site over HTTP from a small in-process server, and read the DOM after
//! scripts ran. Tests skip with a note when Chromium is not installed, so the suite still runs
//! on machines without it.

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::Duration;

/// Executable names tried on `PATH`, most common first; `DOSSIER_CHROMIUM` overrides them.
const CANDIDATES: [&str; 4] = [
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
];

/// Path of a Chromium binary, or `None` (after printing why) so the caller can skip.
pub fn chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("DOSSIER_CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    let found = std::env::split_paths(&path)
        .flat_map(|dir| CANDIDATES.iter().map(move |name| dir.join(name)))
        .find(|candidate| candidate.is_file());
    if found.is_none() {
        eprintln!("note: Chromium not found (set DOSSIER_CHROMIUM or install chromium); skipping");
    }
    found
}

/// The flags every headless Chromium run needs here: no sandbox (root), no GPU, and no
/// background networking (the machine's network is closed).
pub const HEADLESS: [&str; 7] = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
];

/// Flags that make pages see `prefers-color-scheme: dark`.
pub const DARK: [&str; 2] = [
    "--force-dark-mode",
    "--blink-settings=preferredColorScheme=0",
];

/// The serialised DOM of `url` after its scripts ran for a few seconds of virtual time.
/// Panics when Chromium is missing: call [`chromium`] first to skip.
pub fn dump_dom(url: &str) -> String {
    dump_dom_and_log(url).0
}

/// [`dump_dom`], and Chromium's log with the page's console messages (uncaught errors, failed
/// requests), for tests that require a clean console.
pub fn dump_dom_and_log(url: &str) -> (String, String) {
    dump_dom_with(url, &[])
}

/// [`dump_dom_and_log`] with extra Chromium flags (e.g. [`DARK`], or a longer
/// `--virtual-time-budget` than the default 5 s).
pub fn dump_dom_with(url: &str, flags: &[&str]) -> (String, String) {
    let chromium = chromium().expect("Chromium is installed");
    // A fresh profile per run: concurrent tests must not share a profile lock.
    let profile = tempfile::tempdir().expect("temporary Chromium profile");
    let output = Command::new(chromium)
        .args(HEADLESS)
        .args(["--enable-logging=stderr", "--v=0", "--dump-dom"])
        .args(
            (!flags.iter().any(|f| f.starts_with("--virtual-time-budget")))
                .then_some("--virtual-time-budget=5000"),
        )
        .args(flags)
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(url)
        .output()
        .expect("Chromium runs");
    let log = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "Chromium failed: {log}");
    (String::from_utf8_lossy(&output.stdout).into_owned(), log)
}

/// The page's console messages in a Chromium log. Headless Chromium logs them all at one level,
/// and the site's scripts write none, so any message (an uncaught exception, an unused preload,
/// a failed fetch) is a fault.
pub fn console_errors(log: &str) -> Vec<&str> {
    log.lines()
        .filter(|l| l.contains(":CONSOLE") || l.contains("Uncaught"))
        .collect()
}

/// A static file server on 127.0.0.1 for one directory, stopped when dropped. GET only, one
/// thread per connection (browsers open idle speculative connections that must not block).
pub struct StaticServer {
    addr: SocketAddr,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl StaticServer {
    /// Serves `root` on a free port.
    pub fn start(root: impl Into<PathBuf>) -> StaticServer {
        let root: PathBuf = root.into();
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a local port");
        let addr = listener.local_addr().expect("local address");
        let stop = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&stop);
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if flag.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let root = root.clone();
                std::thread::spawn(move || {
                    let _ = serve_one(stream, &root);
                });
            }
        });
        StaticServer {
            addr,
            stop,
            thread: Some(thread),
        }
    }

    /// Absolute URL of `path` (starting with `/`) on this server.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the blocking accept so the thread sees the flag.
        let _ = TcpStream::connect(self.addr);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Answers one request on `stream` with a file under `root`, a redirect or an error.
fn serve_one(mut stream: TcpStream, root: &Path) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(5)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Drain the headers; nothing in them matters to a static server.
    let mut line = String::new();
    while reader.read_line(&mut line)? > 2 {
        line.clear();
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    if method != "GET" {
        return respond(
            &mut stream,
            "405 Method Not Allowed",
            "text/plain",
            b"GET only",
            None,
        );
    }
    let path = percent_decode(target.split(['?', '#']).next().unwrap_or("/"));
    let Some(file) = resolve(root, &path) else {
        return respond(
            &mut stream,
            "404 Not Found",
            "text/plain",
            b"not found",
            None,
        );
    };
    if file.is_dir() {
        let location = format!("{path}/");
        return respond(
            &mut stream,
            "301 Moved Permanently",
            "text/plain",
            b"",
            Some(&location),
        );
    }
    match std::fs::read(&file) {
        Ok(body) => respond(&mut stream, "200 OK", content_type(&file), &body, None),
        Err(_) => respond(
            &mut stream,
            "404 Not Found",
            "text/plain",
            b"not found",
            None,
        ),
    }
}

/// Maps a decoded URL path to a file under `root`: `dir/` means `dir/index.html`; anything
/// climbing out of `root` is refused.
fn resolve(root: &Path, path: &str) -> Option<PathBuf> {
    let mut file = root.to_path_buf();
    for component in Path::new(path.trim_start_matches('/')).components() {
        match component {
            Component::Normal(part) => file.push(part),
            Component::CurDir => {}
            _ => return None,
        }
    }
    if path.ends_with('/') {
        file.push("index.html");
    }
    file.exists().then_some(file)
}

/// Decodes `%XX` escapes; invalid escapes stay as they are.
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The Content-Type for a file extension; scripts must be served as JavaScript to run.
fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Writes a complete response and closes the connection.
fn respond(
    stream: &mut TcpStream,
    status: &str,
    content_type: &str,
    body: &[u8],
    location: Option<&str>,
) -> std::io::Result<()> {
    let location = location
        .map(|l| format!("Location: {l}\r\n"))
        .unwrap_or_default();
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n{location}Connection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    stream.write_all(body)?;
    stream.flush()
}
