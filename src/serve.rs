//! `dossier serve`: a local HTTP server over the output folder that rebuilds on change and
//! reloads open browser tabs.
//!
//! The server only ever reads the output folder (see [`resolve`] for what it refuses). Live
//! reload works over server-sent events at [`EVENTS_PATH`]; a small script, [`SCRIPT_PATH`], is
//! referenced from every HTML response just before `</body>`. That happens on the response only:
//! nothing is written to disk, so `public/` from `dossier build` never contains it. When a build
//! fails the server keeps the last good pages and the script shows the error, HTML-escaped, as
//! an overlay until the next good build.
//!
//! The CLI wires it up like this (the build closure is where the pipeline plugs in):
//!
//! ```no_run
//! use std::path::Path;
//! use dossier::{BuildOutcome, ChangeKind, ServeOptions, SiteLayout};
//!
//! let layout = SiteLayout::new(".", Path::new("content"), Path::new("public"));
//! let mut options = ServeOptions::new(layout);
//! options.open = true;
//! dossier::serve(options, |base_url| {
//!     // Build for `base_url` (http://127.0.0.1:1111/), so that absolute links stay local.
//!     let base_url = base_url.to_string();
//!     move |changes: &[ChangeKind]| {
//!         // Re-load and re-render what `changes` name; publish atomically; on error leave
//!         // the previous output alone and return the error (it is printed and shown).
//!         let _ = (&base_url, changes);
//!         Ok(BuildOutcome { pages_written: 0, pages_rendered: 0, deferred: false })
//!     }
//! })?;
//! # Ok::<(), dossier::Error>(())
//! ```
//!
//! Known limit: each open tab holds one event-stream connection, and browsers allow six HTTP/1.1
//! connections per host, so more than about five tabs on the same server can stall.

mod files;

pub use files::{content_type, resolve};

use std::convert::Infallible;
use std::io::ErrorKind;
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::http::{Method, StatusCode, Uri, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use futures_util::{Stream, StreamExt, stream};
use tokio::sync::watch;

use crate::error::Error;
use crate::text::escape_html;
use crate::watch::{BuildOutcome, ChangeKind, SiteLayout, watch_loop};

/// The port `dossier serve` listens on unless told otherwise.
pub const DEFAULT_PORT: u16 = 1111;
/// The server-sent events stream that tells pages to reload or show an error. Reserved: a file
/// at this path in the output folder is never served.
pub const EVENTS_PATH: &str = "/__dossier/events";
/// The live-reload script. Reserved like [`EVENTS_PATH`].
pub const SCRIPT_PATH: &str = "/__dossier/live.js";

const LIVE_SCRIPT: &str = include_str!("serve/live.js");
/// What goes before `</body>` in served HTML.
const SNIPPET: &str = "<script src=\"/__dossier/live.js\"></script>";
/// Shown when the output has no `404.html` of its own (for instance when the first build failed).
const FALLBACK_404: &str = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
    <title>Not found</title></head>\n<body><h1>Not found</h1>\
    <p>There is no page at this address.</p></body></html>\n";
/// How long a request that found nothing waits before looking again (see `fetch`).
const SWAP_WAIT: Duration = Duration::from_millis(25);
/// How soon pages try the event stream again after losing it.
const RECONNECT: Duration = Duration::from_millis(1000);
/// How long open connections get to finish after Ctrl-C before they are cut.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(3);

/// What `dossier serve` needs to know.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The site: its root, content folder and output folder.
    pub layout: SiteLayout,
    /// The address to listen on; loopback unless the user asks otherwise.
    pub bind: IpAddr,
    /// The port; 0 picks any free one.
    pub port: u16,
    /// Open the site in the default browser after the first build.
    pub open: bool,
}

impl ServeOptions {
    /// The defaults: `127.0.0.1:1111`, no browser.
    pub fn new(layout: SiteLayout) -> ServeOptions {
        ServeOptions {
            layout,
            bind: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: DEFAULT_PORT,
            open: false,
        }
    }
}

/// Serves the site until Ctrl-C: starts the server, builds once (the server keeps running and
/// shows the error if that build fails), then rebuilds on every change and reloads the browsers.
///
/// `make_build` is called once the address is bound, with the URL the site is served at (e.g.
/// `http://127.0.0.1:1111/`, to use as the build's `base_url`), and returns the build function.
/// That function receives the changes since the last build (`[ChangeKind::Rescan]` the first
/// time) and must leave the previous output in place when it fails. Errors: the address cannot
/// be bound (the message suggests another `--port`), or the file watcher cannot start.
pub fn serve<M, B>(options: ServeOptions, make_build: M) -> Result<(), Error>
where
    M: FnOnce(&str) -> B,
    B: FnMut(&[ChangeKind]) -> Result<BuildOutcome, Error>,
{
    let address = SocketAddr::new(options.bind, options.port);
    let server = LiveServer::start(options.layout.output_path(), address, CtrlC::Shutdown)?;
    let url = server.url();
    eprintln!(
        "serving {} at {url} (Ctrl-C to stop)",
        options.layout.output_path().display()
    );
    if !options.bind.is_loopback() {
        eprintln!(
            "warning: listening on {}: other machines can read this site",
            options.bind
        );
    }
    let build = make_build(&url);
    let result = drive(options.layout, &server, options.open.then_some(url), build);
    server.shutdown();
    eprintln!("stopped");
    result
}

/// Runs the watch loop and reports every build to `server`, until the server is interrupted.
fn drive<B>(
    layout: SiteLayout,
    server: &LiveServer,
    mut open: Option<String>,
    build: B,
) -> Result<(), Error>
where
    B: FnMut(&[ChangeKind]) -> Result<BuildOutcome, Error>,
{
    let stop = server.interrupted();
    watch_loop(layout, &stop, build, |changes, result| {
        // Catching up on the search index changes no page a reader is looking at: no reload.
        if changes == [ChangeKind::Deferred] && result.is_ok() {
            return;
        }
        server.report(result.as_ref().err());
        if let Some(url) = open.take() {
            open_browser(&url);
        }
    })
}

/// Opens `url` in the default browser. Failure only costs a hint: the URL is printed anyway.
fn open_browser(url: &str) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    let child = Command::new(opener)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    match child {
        // Reap it in the background so it does not linger as a zombie.
        Ok(mut child) => drop(std::thread::spawn(move || child.wait())),
        Err(_) => eprintln!("could not start a browser; open {url} yourself"),
    }
}

/// Whether the server handles Ctrl-C (the CLI) or leaves it alone (tests, embedding).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CtrlC {
    /// Ctrl-C shuts the server down gracefully and sets [`LiveServer::interrupted`].
    Shutdown,
    /// Ctrl-C is not touched.
    Ignore,
}

/// The state of the builds, as the pages' event streams see it.
#[derive(Debug, Clone, Default)]
struct Status {
    /// Incremented by every build, good or bad.
    generation: u64,
    /// The last build's error, if it failed.
    error: Option<String>,
    /// The server is shutting down: event streams end so that connections can close.
    closing: bool,
}

/// What the request handlers share.
struct Shared {
    output_dir: PathBuf,
    status: watch::Sender<Status>,
}

/// A running server on its own thread and runtime; stops when dropped.
pub struct LiveServer {
    address: SocketAddr,
    shared: Arc<Shared>,
    interrupted: Arc<AtomicBool>,
    stop: watch::Sender<bool>,
    thread: Option<JoinHandle<()>>,
}

impl LiveServer {
    /// Binds `address` (port 0 for any free one) and starts serving `output_dir`, which need not
    /// exist yet. Fails with a clear message when the port is taken.
    pub fn start(
        output_dir: impl Into<PathBuf>,
        address: SocketAddr,
        ctrl_c: CtrlC,
    ) -> Result<LiveServer, Error> {
        let listener = bind(address)?;
        let address = listener
            .local_addr()
            .map_err(|e| serve_error("reading the address", &e))?;
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("dossier-serve")
            .enable_all()
            .build()
            .map_err(|e| serve_error("starting the server", &e))?;
        let (status, _) = watch::channel(Status::default());
        let shared = Arc::new(Shared {
            output_dir: output_dir.into(),
            status,
        });
        let interrupted = Arc::new(AtomicBool::new(false));
        let (stop, stopped) = watch::channel(false);
        let thread = {
            let (shared, interrupted) = (shared.clone(), interrupted.clone());
            let run = run(listener, shared, stopped, ctrl_c, interrupted);
            std::thread::Builder::new()
                .name("dossier-serve".into())
                .spawn(move || runtime.block_on(run))
                .map_err(|e| serve_error("starting the server", &e))?
        };
        Ok(LiveServer {
            address,
            shared,
            interrupted,
            stop,
            thread: Some(thread),
        })
    }

    /// The address actually bound (with the real port when 0 was asked for).
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// The site's URL on this server, with a trailing slash. A wildcard bind (`0.0.0.0`, `::`)
    /// is shown as `localhost`, the one name sure to reach it from this machine.
    pub fn url(&self) -> String {
        if self.address.ip().is_unspecified() {
            format!("http://localhost:{}/", self.address.port())
        } else {
            format!("http://{}/", self.address)
        }
    }

    /// Set once the user pressed Ctrl-C (with [`CtrlC::Shutdown`]) or the server failed: the
    /// watch loop stops on it. Setting it yourself stops [`serve`]'s loop too.
    pub fn interrupted(&self) -> Arc<AtomicBool> {
        self.interrupted.clone()
    }

    /// Tells the open pages how the last build went: reload after a good one, show the error
    /// over the last good page after a failed one.
    pub fn report(&self, error: Option<&Error>) {
        let error = error.map(|e| e.to_string());
        self.shared.status.send_modify(|status| {
            status.generation += 1;
            status.error = error;
        });
    }

    /// Stops accepting connections, ends the event streams and waits (a few seconds at most)
    /// for open requests to finish.
    pub fn shutdown(self) {
        drop(self);
    }
}

impl Drop for LiveServer {
    fn drop(&mut self) {
        self.stop.send_replace(true);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Binds the listening socket, turning the usual failures into advice.
fn bind(address: SocketAddr) -> Result<TcpListener, Error> {
    let listener = TcpListener::bind(address).map_err(|e| bind_error(address, &e))?;
    // tokio requires it before adopting the socket.
    listener
        .set_nonblocking(true)
        .map_err(|e| serve_error("configuring the socket", &e))?;
    Ok(listener)
}

fn bind_error(address: SocketAddr, error: &std::io::Error) -> Error {
    let next = address.port().checked_add(1).unwrap_or(DEFAULT_PORT);
    let message = match error.kind() {
        ErrorKind::AddrInUse => format!(
            "cannot listen on {address}: the port is already in use (is another `dossier serve` \
             running?). Choose another one, e.g. `--port {next}`, or `--port 0` for any free port"
        ),
        ErrorKind::PermissionDenied => format!(
            "cannot listen on {address}: permission denied (ports below 1024 need privileges). \
             Try `--port {DEFAULT_PORT}`"
        ),
        ErrorKind::AddrNotAvailable => format!(
            "cannot listen on {address}: this machine has no such address. Try `--bind 127.0.0.1`"
        ),
        _ => format!("cannot listen on {address}: {error}"),
    };
    Error::Serve { message }
}

fn serve_error(doing: &str, error: &std::io::Error) -> Error {
    Error::Serve {
        message: format!("{doing}: {error}"),
    }
}

/// The server's life on its runtime: serve until stopped or interrupted, then close gracefully
/// with a deadline.
async fn run(
    listener: TcpListener,
    shared: Arc<Shared>,
    mut stopped: watch::Receiver<bool>,
    ctrl_c: CtrlC,
    interrupted: Arc<AtomicBool>,
) {
    let listener = match tokio::net::TcpListener::from_std(listener) {
        Ok(listener) => listener,
        Err(e) => {
            eprintln!("error: {}", serve_error("starting the server", &e));
            interrupted.store(true, Ordering::SeqCst);
            return;
        }
    };
    let mut status = shared.status.subscribe();
    let closing = closing_signal(stopped.clone(), ctrl_c, interrupted.clone(), shared.clone());
    let server = axum::serve(listener, router(shared)).with_graceful_shutdown(closing);
    let deadline = async move {
        let _ = status.wait_for(|s| s.closing).await;
        tokio::time::sleep(SHUTDOWN_GRACE).await;
    };
    tokio::select! {
        result = server => if let Err(e) = result {
            eprintln!("error: {}", serve_error("serving", &e));
            interrupted.store(true, Ordering::SeqCst);
        },
        () = deadline => eprintln!("warning: cut the connections still open at shutdown"),
    }
    if ctrl_c == CtrlC::Shutdown && interrupted.load(Ordering::SeqCst) {
        // The watch loop may be in the middle of a long build before it sees the interruption;
        // a second Ctrl-C must not be swallowed by the handler installed above.
        tokio::select! {
            Ok(()) = tokio::signal::ctrl_c() => {
                eprintln!("interrupted again: exiting now");
                std::process::exit(130);
            }
            _ = stopped.wait_for(|stop| *stop) => {}
        }
    }
}

/// Resolves when the server should close: on [`LiveServer`]'s stop, or on Ctrl-C when handled.
/// Then marks the status as closing, which ends the event streams (or graceful shutdown would
/// wait for them forever).
async fn closing_signal(
    mut stopped: watch::Receiver<bool>,
    ctrl_c: CtrlC,
    interrupted: Arc<AtomicBool>,
    shared: Arc<Shared>,
) {
    let handled = async {
        if ctrl_c == CtrlC::Shutdown && tokio::signal::ctrl_c().await.is_ok() {
            return;
        }
        // Not handling Ctrl-C, or no handler could be installed: only a stop ends the server.
        std::future::pending::<()>().await
    };
    tokio::select! {
        _ = stopped.wait_for(|stop| *stop) => {}
        () = handled => {
            eprintln!("\nshutting down");
            interrupted.store(true, Ordering::SeqCst);
        }
    }
    shared.status.send_modify(|status| status.closing = true);
}

fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route(EVENTS_PATH, get(events))
        .route(SCRIPT_PATH, get(script))
        .fallback(page)
        .with_state(shared)
}

/// Any path that is not reserved: a file from the output folder, or the 404 page.
async fn page(State(shared): State<Arc<Shared>>, method: Method, uri: Uri) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return (
            StatusCode::METHOD_NOT_ALLOWED,
            [(header::ALLOW, "GET, HEAD")],
        )
            .into_response();
    }
    let path = uri.path();
    match fetch(&shared.output_dir, path).await {
        Some((file, _)) if names_folder_without_slash(path, &file) => {
            redirect_to_folder(path, uri.query())
        }
        Some((file, bytes)) => file_response(StatusCode::OK, &file, bytes),
        None => not_found(&shared).await,
    }
}

/// The file for `request_path` and its bytes.
///
/// A rebuild may replace the file, or swap the whole output folder, between any two steps: a
/// miss is tried once more after a moment, so that requests during a rebuild do not see a
/// spurious 404. Real 404s pay that moment, which a local server can afford.
async fn fetch(output_dir: &Path, request_path: &str) -> Option<(PathBuf, Vec<u8>)> {
    for attempt in 0..2 {
        if attempt > 0 {
            tokio::time::sleep(SWAP_WAIT).await;
        }
        let (dir, request) = (output_dir.to_path_buf(), request_path.to_owned());
        // `resolve` touches the file system: keep it off the async workers.
        let found = tokio::task::spawn_blocking(move || resolve(&dir, &request)).await;
        if let Ok(Some(file)) = found
            && let Ok(bytes) = tokio::fs::read(&file).await
        {
            return Some((file, bytes));
        }
    }
    None
}

/// `/articles` served as `/articles/index.html` would break the page's relative links.
fn names_folder_without_slash(path: &str, file: &Path) -> bool {
    !path.ends_with('/')
        && file.file_name().is_some_and(|n| n == "index.html")
        && !path.to_ascii_lowercase().ends_with("/index.html")
}

fn redirect_to_folder(path: &str, query: Option<&str>) -> Response {
    // `path` passed `resolve`, so it is a plain local path and cannot redirect off-site.
    let location = match query {
        Some(query) => format!("{path}/?{query}"),
        None => format!("{path}/"),
    };
    // Temporary: a folder may become a file in a later build, and browsers cache 301s.
    (
        StatusCode::TEMPORARY_REDIRECT,
        [(header::LOCATION, location)],
    )
        .into_response()
}

/// The site's own `404.html` when it has one, else a plain page; both get the live-reload
/// snippet, so a page that does not exist yet appears when a build creates it.
async fn not_found(shared: &Shared) -> Response {
    if let Some((file, bytes)) = fetch(&shared.output_dir, "/404.html").await {
        return file_response(StatusCode::NOT_FOUND, &file, bytes);
    }
    file_response(
        StatusCode::NOT_FOUND,
        Path::new("404.html"),
        FALLBACK_404.into(),
    )
}

fn file_response(status: StatusCode, file: &Path, bytes: Vec<u8>) -> Response {
    let kind = files::content_type(file);
    let body = if files::is_html(kind) {
        files::inject(bytes, SNIPPET)
    } else {
        bytes
    };
    let headers = [
        (header::CONTENT_TYPE, kind),
        // Every response must reflect the latest build.
        (header::CACHE_CONTROL, "no-store"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
    ];
    (status, headers, body).into_response()
}

async fn script() -> Response {
    let headers = [
        (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
        (header::CACHE_CONTROL, "no-store"),
    ];
    (headers, LIVE_SCRIPT).into_response()
}

/// The event stream: `hello` (and the current error, if any) on connection, then one event per
/// build until the server closes.
async fn events(
    State(shared): State<Arc<Shared>>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let mut receiver = shared.status.subscribe();
    let current = receiver.borrow_and_update().clone();
    let hello = Event::default()
        .event("hello")
        .data(current.generation.to_string())
        // After `dossier serve` restarts, pages should find it again within a second.
        .retry(RECONNECT);
    let mut opening = vec![hello];
    if let Some(error) = &current.error {
        opening.push(error_event(error));
    }
    let updates = stream::unfold(receiver, |mut receiver| async move {
        if receiver.borrow().closing {
            return None;
        }
        receiver.changed().await.ok()?;
        let status = receiver.borrow_and_update().clone();
        if status.closing {
            return None;
        }
        Some((status_event(&status), receiver))
    });
    let events = stream::iter(opening).chain(updates).map(Ok);
    Sse::new(events).keep_alive(KeepAlive::default())
}

fn status_event(status: &Status) -> Event {
    match &status.error {
        Some(error) => error_event(error),
        None => Event::default()
            .event("reload")
            .data(status.generation.to_string()),
    }
}

/// The error text, HTML-escaped here because the page inserts it as markup and it can quote
/// article content.
fn error_event(error: &str) -> Event {
    Event::default()
        .event("build-error")
        .data(escape_html(error))
}

#[cfg(test)]
mod tests;
