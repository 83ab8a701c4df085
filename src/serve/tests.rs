//! HTTP-level tests: a real server on a free port over a temporary output folder, spoken to with
//! raw requests over `TcpStream` so that nothing normalises the paths we send.

use super::*;
use std::fs;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Instant;

/// Generous: the machine running the tests may be busy compiling.
const WAIT: Duration = Duration::from_secs(10);

/// `dir/public/` with a page, a folder page, a stylesheet and JSON; `dir/secret.txt` beside it,
/// and symbolic links from inside `public/` to outside.
fn output() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let public = dir.path().join("public");
    fs::create_dir_all(public.join("articles")).unwrap();
    fs::write(
        public.join("index.html"),
        "<html><body><h1>Home</h1></body></html>",
    )
    .unwrap();
    fs::write(
        public.join("articles/index.html"),
        "<html><body>List</body></html>",
    )
    .unwrap();
    fs::write(public.join("style.css"), "body { color: red } </body>").unwrap();
    fs::write(public.join("search.json"), "[]").unwrap();
    fs::write(dir.path().join("secret.txt"), "SECRET").unwrap();
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(dir.path().join("secret.txt"), public.join("leak.txt")).unwrap();
        std::os::unix::fs::symlink(dir.path(), public.join("up")).unwrap();
    }
    (dir, public)
}

fn start(public: &Path) -> LiveServer {
    let address = SocketAddr::from(([127, 0, 0, 1], 0));
    LiveServer::start(public, address, CtrlC::Ignore).unwrap()
}

/// A parsed response: status, lower-cased head, body.
struct Reply {
    status: u16,
    head: String,
    body: String,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        let prefix = format!("{name}: ");
        self.head
            .lines()
            .find_map(|l| l.strip_prefix(&prefix))
            .map(str::trim)
    }
}

fn send(address: SocketAddr, raw: &[u8]) -> Reply {
    let mut stream = TcpStream::connect(address).unwrap();
    stream.set_read_timeout(Some(WAIT)).unwrap();
    stream.write_all(raw).unwrap();
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).unwrap();
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    Reply {
        status,
        head: head.to_ascii_lowercase(),
        body: body.to_string(),
    }
}

fn get(address: SocketAddr, path: &str) -> Reply {
    let request = format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    send(address, request.as_bytes())
}

#[test]
fn files_are_served_with_their_content_types_and_no_cors() {
    let (_dir, public) = output();
    let server = start(&public);
    let css = get(server.address(), "/style.css");
    assert_eq!(css.status, 200);
    assert_eq!(css.header("content-type"), Some("text/css; charset=utf-8"));
    assert_eq!(css.body, "body { color: red } </body>");
    let json = get(server.address(), "/search.json");
    assert_eq!(json.header("content-type"), Some("application/json"));
    for reply in [css, json, get(server.address(), "/")] {
        assert_eq!(reply.header("access-control-allow-origin"), None);
        assert_eq!(reply.header("cache-control"), Some("no-store"));
    }
}

#[test]
fn reload_script_goes_into_served_html_only_and_never_to_disk() {
    let (_dir, public) = output();
    let server = start(&public);
    let home = get(server.address(), "/");
    assert_eq!(home.status, 200);
    assert_eq!(
        home.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert_eq!(
        home.body,
        format!("<html><body><h1>Home</h1>{SNIPPET}</body></html>")
    );
    assert!(
        !get(server.address(), "/style.css")
            .body
            .contains("__dossier")
    );
    let on_disk = fs::read_to_string(public.join("index.html")).unwrap();
    assert!(!on_disk.contains("__dossier"));
    let script = get(server.address(), SCRIPT_PATH);
    assert_eq!(script.status, 200);
    assert!(script.body.contains(EVENTS_PATH));
}

#[test]
fn folders_redirect_to_their_slash_and_serve_their_index() {
    let (_dir, public) = output();
    let server = start(&public);
    let redirect = get(server.address(), "/articles?page=2");
    assert_eq!(redirect.status, 307);
    assert_eq!(redirect.header("location"), Some("/articles/?page=2"));
    let list = get(server.address(), "/articles/");
    assert_eq!(list.status, 200);
    assert!(list.body.starts_with("<html><body>List"));
}

#[test]
fn missing_pages_get_the_sites_404_or_a_plain_one() {
    let (_dir, public) = output();
    let server = start(&public);
    let plain = get(server.address(), "/nope.html");
    assert_eq!(plain.status, 404);
    assert!(plain.body.contains("Not found") && plain.body.contains(SNIPPET));
    fs::write(public.join("404.html"), "<body>Our own 404</body>").unwrap();
    let own = get(server.address(), "/nope.html");
    assert_eq!(own.status, 404);
    assert_eq!(own.body, format!("<body>Our own 404{SNIPPET}</body>"));
}

#[test]
fn a_missing_output_folder_serves_404s() {
    let dir = tempfile::tempdir().unwrap();
    let server = start(&dir.path().join("not-built-yet"));
    assert_eq!(get(server.address(), "/").status, 404);
}

#[test]
fn only_get_and_head_are_allowed() {
    let (_dir, public) = output();
    let server = start(&public);
    let post = send(
        server.address(),
        b"POST /index.html HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(post.status, 405);
    let head = send(
        server.address(),
        b"HEAD /style.css HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(head.status, 200);
    assert_eq!(head.body, "");
}

#[test]
fn traversal_attempts_get_404_and_never_the_secret() {
    let (_dir, public) = output();
    let server = start(&public);
    let attacks = [
        "/../secret.txt",
        "/articles/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/secret.txt",
        "/..%2fsecret.txt",
        "/%2f..%2fsecret.txt",
        "/..%5csecret.txt",
        "/..\\secret.txt",
        "//etc/passwd",
        "/%00",
        "/style.css%00.html",
        "/C:/Windows/win.ini",
        "/leak.txt",
        "/up/secret.txt",
    ];
    for attack in attacks {
        let reply = get(server.address(), attack);
        assert_eq!(reply.status, 404, "{attack}");
        assert!(!reply.body.contains("SECRET"), "{attack}");
    }
}

#[test]
fn a_taken_port_is_a_clear_error_suggesting_another() {
    let (_dir, public) = output();
    let first = start(&public);
    let second = LiveServer::start(&public, first.address(), CtrlC::Ignore);
    let Err(Error::Serve { message }) = second else {
        panic!("expected a serve error")
    };
    assert!(
        message.contains("already in use") && message.contains("--port"),
        "{message}"
    );
}

/// Reads a server-sent event stream from a raw connection.
struct Events {
    stream: TcpStream,
    seen: String,
}

impl Events {
    fn open(address: SocketAddr) -> Events {
        let mut stream = TcpStream::connect(address).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_millis(100)))
            .unwrap();
        let request = format!("GET {EVENTS_PATH} HTTP/1.1\r\nHost: localhost\r\n\r\n");
        stream.write_all(request.as_bytes()).unwrap();
        Events {
            stream,
            seen: String::new(),
        }
    }

    /// The next complete event named `name` (its lines up to the blank line), skipping others.
    fn next(&mut self, name: &str) -> String {
        let started = Instant::now();
        let marker = format!("event: {name}\n");
        loop {
            if let Some(at) = self.seen.find(&marker)
                && let Some(end) = self.seen[at..].find("\n\n")
            {
                let event = self.seen[at..at + end].to_string();
                self.seen.drain(..at + end + 2);
                return event;
            }
            assert!(
                started.elapsed() < WAIT,
                "no `{name}` event; got {:?}",
                self.seen
            );
            let mut buffer = [0; 4096];
            match self.stream.read(&mut buffer) {
                Ok(0) => panic!("stream closed; got {:?}", self.seen),
                Ok(n) => self.seen.push_str(&String::from_utf8_lossy(&buffer[..n])),
                Err(_) => {} // read timeout: look again
            }
        }
    }
}

#[test]
fn events_say_hello_then_reload_after_a_good_build() {
    let (_dir, public) = output();
    let server = start(&public);
    let mut events = Events::open(server.address());
    let hello = events.next("hello");
    assert!(
        hello.contains("data: 0") && hello.contains("retry: 1000"),
        "{hello}"
    );
    server.report(None);
    assert!(events.next("reload").contains("data: 1"));
}

#[test]
fn build_errors_reach_the_page_escaped_and_new_pages_see_them_too() {
    let (_dir, public) = output();
    let server = start(&public);
    let mut events = Events::open(server.address());
    events.next("hello");
    let error = Error::Serve {
        message: "content/a.md:3:9: bad <script>alert('x')</script>".into(),
    };
    server.report(Some(&error));
    let shown = events.next("build-error");
    assert!(
        shown.contains("bad &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
        "{shown}"
    );
    assert!(!shown.contains("<script>"), "{shown}");
    // A page opened while the build is broken shows the error at once.
    let mut late = Events::open(server.address());
    late.next("hello");
    assert!(late.next("build-error").contains("content/a.md:3:9"));
    // The next good build clears it: the pages reload.
    server.report(None);
    events.next("reload");
}

#[test]
fn shutdown_is_prompt_even_with_open_event_streams() {
    let (_dir, public) = output();
    let server = start(&public);
    let mut events = Events::open(server.address());
    events.next("hello");
    let started = Instant::now();
    server.shutdown();
    assert!(
        started.elapsed() < SHUTDOWN_GRACE,
        "took {:?}",
        started.elapsed()
    );
}

/// A stand-in for the real pipeline: each `content/<name>.md` becomes `public/<name>.html`;
/// an article containing `BROKEN` fails the build and leaves the output as it was.
fn toy_build(root: &Path) -> impl FnMut(&[ChangeKind]) -> Result<BuildOutcome, Error> + use<> {
    let root = root.to_path_buf();
    move |_changes| {
        let mut pages = Vec::new();
        for entry in fs::read_dir(root.join("content")).map_err(|e| Error::io(&root, e))? {
            let path = entry.map_err(|e| Error::io(&root, e))?.path();
            let text = fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
            if let Some(at) = text.find("BROKEN") {
                let at = crate::Location::new(&path, 1, at + 1);
                return Err(Error::content(at, format!("cannot parse {text:?}")));
            }
            let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
            pages.push((
                format!("{stem}.html"),
                format!("<html><body>{text}</body></html>"),
            ));
        }
        let public = root.join("public");
        fs::create_dir_all(&public).map_err(|e| Error::io(&public, e))?;
        for (name, html) in &pages {
            fs::write(public.join(name), html).map_err(|e| Error::io(&public, e))?;
        }
        Ok(BuildOutcome {
            pages_written: pages.len(),
            pages_rendered: pages.len(),
            deferred: false,
        })
    }
}

/// GETs `path` until its body contains `needle`, returning the body.
fn eventually(address: SocketAddr, path: &str, needle: &str) -> String {
    let started = Instant::now();
    loop {
        let body = get(address, path).body;
        if body.contains(needle) || started.elapsed() > WAIT {
            return body;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn edits_are_visible_and_a_broken_article_does_not_stop_the_server() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("content")).unwrap();
    fs::write(dir.path().join("content/a.md"), "first version").unwrap();
    let layout = SiteLayout::new(dir.path(), Path::new("content"), Path::new("public"));
    let server = start(&layout.output_path());
    let address = server.address();
    let stop = server.interrupted();
    let build = toy_build(dir.path());
    std::thread::scope(|scope| {
        let looping = scope.spawn(|| drive(layout, &server, None, build));
        assert_eq!(server.url(), format!("http://{address}/"));
        assert!(eventually(address, "/a.html", "first version").contains("first version"));
        let mut events = Events::open(address);
        events.next("hello");

        fs::write(dir.path().join("content/a.md"), "second version").unwrap();
        events.next("reload");
        assert!(get(address, "/a.html").body.contains("second version"));

        fs::write(dir.path().join("content/a.md"), "BROKEN <b>").unwrap();
        let shown = events.next("build-error");
        assert!(
            shown.contains("a.md:1:1") && shown.contains("&lt;b&gt;"),
            "{shown}"
        );
        // The last good page is still served under the overlay.
        assert!(get(address, "/a.html").body.contains("second version"));

        fs::write(dir.path().join("content/a.md"), "third version").unwrap();
        events.next("reload");
        assert!(get(address, "/a.html").body.contains("third version"));

        stop.store(true, Ordering::SeqCst);
        looping.join().unwrap().unwrap();
    });
}

#[test]
fn the_server_starts_and_shows_the_error_when_the_first_build_fails() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("content")).unwrap();
    fs::write(dir.path().join("content/a.md"), "BROKEN from the start").unwrap();
    let layout = SiteLayout::new(dir.path(), Path::new("content"), Path::new("public"));
    let server = start(&layout.output_path());
    let address = server.address();
    let stop = server.interrupted();
    let build = toy_build(dir.path());
    std::thread::scope(|scope| {
        let looping = scope.spawn(|| drive(layout, &server, None, build));
        let mut events = Events::open(address);
        events.next("build-error");
        let page = get(address, "/");
        assert_eq!(page.status, 404);
        assert!(page.body.contains(SNIPPET));
        fs::write(dir.path().join("content/a.md"), "fixed").unwrap();
        events.next("reload");
        assert!(get(address, "/a.html").body.contains("fixed"));
        stop.store(true, Ordering::SeqCst);
        looping.join().unwrap().unwrap();
    });
}
