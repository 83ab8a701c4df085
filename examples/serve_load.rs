//! Figures for `dossier serve` (issue 4) on a large site, with a stand-in build: the real
//! incremental rendering belongs to the build pipeline, so this measures what the watcher and the
//! server add on top of it.
//!
//! 1. Save-to-fresh-page latency: an article is saved, and its page is requested until the new
//!    text appears (the stand-in re-renders that page and the index, as an incremental build would).
//! 2. Load during rebuilds: 100 client threads request pages non-stop while `site.toml` edits
//!    trigger full rebuilds that write every page and swap the output folder, as publishing does.
//!
//! Run: `cargo run --example serve_load -- [ARTICLES]` (default 10000).

use std::fs;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use dossier::serve::{CtrlC, LiveServer};
use dossier::watch::{BuildOutcome, ChangeKind, SiteLayout, watch_loop};

fn main() {
    let count: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000);
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().to_path_buf();
    write_site(&root, count);
    let layout = SiteLayout::new(&root, Path::new("content"), Path::new("public"));
    let address = SocketAddr::from(([127, 0, 0, 1], 0));
    let server = LiveServer::start(layout.output_path(), address, CtrlC::Ignore).expect("start");
    let address = server.address();
    let stop = server.interrupted();
    std::thread::scope(|scope| {
        scope.spawn(|| {
            let build = |changes: &[ChangeKind]| stand_in_build(&root, count, changes);
            let report = |_: &[ChangeKind], r: &Result<BuildOutcome, dossier::Error>| {
                server.report(r.as_ref().err())
            };
            watch_loop(layout, &stop, build, report).expect("watch loop")
        });
        wait_for(address, "/index.html", "article");
        latency(&root, address);
        load(&root, address);
        stop.store(true, Ordering::SeqCst);
    });
}

fn write_site(root: &Path, count: usize) {
    fs::create_dir_all(root.join("content/articles")).unwrap();
    fs::write(root.join("site.toml"), "title = \"load\"\n").unwrap();
    for i in 0..count {
        let text = format!(
            "# Article {i}\n\n{}",
            "Some words of an article. ".repeat(200)
        );
        fs::write(article(root, i), text).unwrap();
    }
}

fn article(root: &Path, i: usize) -> PathBuf {
    root.join(format!("content/articles/{i:05}.md"))
}

fn page(i: usize) -> String {
    format!("articles/{i:05}.html")
}

/// A full build writes every page into a staging folder and swaps it in; an article change
/// re-renders its page and the index in place.
fn stand_in_build(
    root: &Path,
    count: usize,
    changes: &[ChangeKind],
) -> Result<BuildOutcome, dossier::Error> {
    let full = changes
        .iter()
        .any(|c| matches!(c, ChangeKind::Rescan | ChangeKind::Config));
    let out = if full {
        root.join(".public.staging")
    } else {
        root.join("public")
    };
    let touched: Vec<usize> = if full {
        (0..count).collect()
    } else {
        changes.iter().filter_map(article_number).collect()
    };
    fs::create_dir_all(out.join("articles")).map_err(|e| dossier::Error::io(&out, e))?;
    for &i in &touched {
        let text = fs::read_to_string(article(root, i)).unwrap_or_default();
        let html = format!("<html><body><pre>{text}</pre></body></html>");
        write_atomic(&out.join(page(i)), &html)?;
    }
    let index: String = (0..count)
        .map(|i| format!("<a href=\"/{}\">article</a>\n", page(i)))
        .collect();
    write_atomic(
        &out.join("index.html"),
        &format!("<html><body>{index}</body></html>"),
    )?;
    if full {
        swap_in(&out, &root.join("public"))?;
    }
    Ok(BuildOutcome {
        pages_written: touched.len() + 1,
        pages_rendered: touched.len() + 1,
        deferred: false,
    })
}

fn article_number(change: &ChangeKind) -> Option<usize> {
    let ChangeKind::Content(path) = change else {
        return None;
    };
    path.file_stem()?.to_str()?.parse().ok()
}

fn write_atomic(path: &Path, text: &str) -> Result<(), dossier::Error> {
    let tmp = path.with_extension("tmp-write");
    fs::write(&tmp, text).map_err(|e| dossier::Error::io(&tmp, e))?;
    fs::rename(&tmp, path).map_err(|e| dossier::Error::io(path, e))
}

fn swap_in(staging: &Path, output: &Path) -> Result<(), dossier::Error> {
    let old = output.with_extension("old");
    let _ = fs::rename(output, &old);
    fs::rename(staging, output).map_err(|e| dossier::Error::io(output, e))?;
    let _ = fs::remove_dir_all(old);
    Ok(())
}

/// One request on a fresh connection: status and body, or `None` on a connection error.
fn get(address: SocketAddr, path: &str) -> Option<(u16, String)> {
    let mut stream = TcpStream::connect(address).ok()?;
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .ok()?;
    let request = format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).ok()?;
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).ok()?;
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let status = text.split(' ').nth(1)?.parse().ok()?;
    Some((status, text))
}

fn wait_for(address: SocketAddr, path: &str, needle: &str) -> Duration {
    let started = Instant::now();
    while !get(address, path).is_some_and(|(s, body)| s == 200 && body.contains(needle)) {
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "{path} never showed {needle}"
        );
        std::thread::sleep(Duration::from_millis(2));
    }
    started.elapsed()
}

fn latency(root: &Path, address: SocketAddr) {
    let mut times: Vec<Duration> = (0..20)
        .map(|k| {
            let i = k * 37;
            let marker = format!("edit number {k}");
            fs::write(article(root, i), format!("# Article {i}\n\n{marker}")).unwrap();
            let elapsed = wait_for(address, &format!("/{}", page(i)), &marker);
            std::thread::sleep(Duration::from_millis(150));
            elapsed
        })
        .collect();
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "save -> fresh page: median {:.0} ms, p90 {:.0} ms, max {:.0} ms (20 saves)",
        ms(times[10]),
        ms(times[18]),
        ms(times[19])
    );
}

fn load(root: &Path, address: SocketAddr) {
    let done = AtomicBool::new(false);
    let (ok, bad, failed) = (
        AtomicUsize::new(0),
        AtomicUsize::new(0),
        AtomicUsize::new(0),
    );
    let started = Instant::now();
    std::thread::scope(|scope| {
        for client in 0..100 {
            let (done, ok, bad, failed) = (&done, &ok, &bad, &failed);
            scope.spawn(move || {
                let mut n = client;
                while !done.load(Ordering::Relaxed) {
                    n = (n * 7919 + 13) % 9000;
                    let path = if n % 10 == 0 {
                        "/index.html".into()
                    } else {
                        format!("/{}", page(n))
                    };
                    match get(address, &path) {
                        Some((200, _)) => ok.fetch_add(1, Ordering::Relaxed),
                        Some(_) => bad.fetch_add(1, Ordering::Relaxed),
                        None => failed.fetch_add(1, Ordering::Relaxed),
                    };
                }
            });
        }
        for round in 0..3 {
            fs::write(
                root.join("site.toml"),
                format!("title = \"load {round}\"\n"),
            )
            .unwrap();
            std::thread::sleep(Duration::from_secs(4));
        }
        done.store(true, Ordering::Relaxed);
    });
    println!(
        "100 clients for {:.1} s over 3 full rebuilds: {} ok, {} non-200, {} connection errors",
        started.elapsed().as_secs_f64(),
        ok.into_inner(),
        bad.into_inner(),
        failed.into_inner()
    );
}
