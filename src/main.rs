//! The `dossier` command: parses arguments, calls the library, maps errors to exit codes
//! (0 success, 1 build errors, 2 usage errors).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Builds allocate many small strings and JSON values on every thread; mimalloc's per-thread
/// heaps take about a fifth off a 10,000-article build compared with the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Turns transparent huge pages off for this process. mimalloc asks for them on its arenas, and
/// a build frees and refills its arenas so often that the kernel spent a sixth of a 10,000-article
/// rebuild zeroing 2 MB pages (`clear_page_erms` under `do_huge_pmd_anonymous_page` in `perf`);
/// with 4 KB pages the build uses about a tenth less CPU. Best effort: where the call is not
/// allowed, builds are only slower.
fn small_pages_only() {
    #[cfg(target_os = "linux")]
    let _ = rustix::thread::disable_transparent_huge_pages(true);
}

/// A static site generator for news archives: follow actors and topics across outlets and time.
#[derive(Debug, Parser)]
#[command(name = "dossier", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Build the site into the output folder (public/ by default).
    Build(BuildArgs),
    /// Build, serve the site on a local HTTP server, rebuild on every change and reload the browser.
    Serve(ServeArgs),
    /// Rebuild the output folder on every change, for use with your own server.
    Watch(WatchArgs),
    /// Clean raw scraped .txt articles into Markdown with front matter (or JSON lines with --json).
    Import(ImportArgs),
    /// Print what the archive mentions most that no site.toml rule covers, as TOML to paste.
    Suggest {
        /// What to suggest.
        #[arg(value_enum)]
        what: SuggestWhat,
        /// Site folder (the one holding site.toml).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// How many suggestions.
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// Create a new site in DIR that builds at once.
    Init {
        /// Folder for the new site (created if missing).
        dir: PathBuf,
    },
}

/// Where the site is, where it goes, and what it includes: shared by build, serve and watch.
#[derive(Debug, clap::Args)]
struct SiteArgs {
    /// Site folder (the one holding site.toml).
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// Output folder (default: public/ in the site folder).
    #[arg(long)]
    output: Option<PathBuf>,
    /// Include articles marked `draft = true`.
    #[arg(long)]
    drafts: bool,
}

impl SiteArgs {
    /// Build options for this site, with an optional base URL override.
    fn options(self, base_url: Option<String>) -> dossier::BuildOptions {
        dossier::BuildOptions {
            root: self.root,
            output: self.output,
            base_url,
            drafts: self.drafts,
            today: None,
        }
    }
}

#[derive(Debug, clap::Args)]
struct BuildArgs {
    #[command(flatten)]
    site: SiteArgs,
    /// Absolute URL the site will be served from, replacing site.toml's base_url.
    #[arg(long)]
    base_url: Option<String>,
    /// Print where the time went (setup, load, index, render, write).
    #[arg(long)]
    timings: bool,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum SuggestWhat {
    /// People, organisations and places not declared in site.toml.
    Actors,
    /// Words and phrases many articles share that no topic covers.
    Topics,
}

#[derive(Debug, clap::Args)]
struct ImportArgs {
    /// Raw .txt files, or folders searched for them.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Folder to write the Markdown articles into.
    #[arg(long, default_value = "content")]
    into: PathBuf,
    /// Overwrite existing files.
    #[arg(long)]
    force: bool,
    /// Write nothing; print one JSON object per article per line.
    #[arg(long)]
    json: bool,
    /// Site folder whose site.toml (actors, topics, detection settings) applies.
    #[arg(long, default_value = ".")]
    root: PathBuf,
}

#[derive(Debug, clap::Args)]
struct ServeArgs {
    #[command(flatten)]
    site: SiteArgs,
    /// Port to listen on (0 picks a free one).
    #[arg(long, default_value_t = 1111)]
    port: u16,
    /// Address to listen on. Anything but loopback exposes the preview to your network.
    #[arg(long, default_value = "127.0.0.1")]
    bind: std::net::IpAddr,
    /// Open the site in the default browser.
    #[arg(long)]
    open: bool,
}

#[derive(Debug, clap::Args)]
struct WatchArgs {
    #[command(flatten)]
    site: SiteArgs,
    /// Absolute URL the site will be served from, replacing site.toml's base_url.
    #[arg(long)]
    base_url: Option<String>,
}

fn main() -> ExitCode {
    small_pages_only();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build(args) => build(args),
        Command::Serve(args) => serve(args),
        Command::Watch(args) => watch(args),
        Command::Import(args) => import(args),
        Command::Suggest { what, root, limit } => suggest(what, root, limit),
        Command::Init { dir } => init(&dir),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            report(&e);
            ExitCode::from(1)
        }
    }
}

fn build(args: BuildArgs) -> Result<(), dossier::Error> {
    let timings = args.timings;
    let options = args.site.options(args.base_url);
    let progress = dossier::build::Progress::default();
    let done = std::sync::atomic::AtomicBool::new(false);
    let report = std::thread::scope(|scope| {
        let bar = scope.spawn(|| progress_bar(&progress, &done));
        let result = dossier::build::build_with_progress(&options, &progress);
        done.store(true, std::sync::atomic::Ordering::Relaxed);
        // Woken, not waited for: the bar's pause would otherwise add up to 100 ms to a build.
        bar.thread().unpark();
        let _ = bar.join();
        result
    })?;
    for w in &report.warnings {
        eprintln!("warning: {w}");
    }
    println!(
        "Built {} article{} into {} pages in {} in {:.2} s",
        report.articles,
        if report.articles == 1 { "" } else { "s" },
        report.pages,
        report.output.display(),
        report.elapsed.as_secs_f64()
    );
    println!(
        "Preview it with `dossier serve`, or with any static server: python3 -m http.server -d {} 8000",
        report.output.display()
    );
    if timings {
        let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
        for (stage, took) in report.timings.stages() {
            println!("  {stage:<7} {:>8.1} ms", ms(took));
            if stage == "load" {
                let cpu = report.timings.load_cpu;
                println!(
                    "            CPU over all threads: read {:.1} ms, extract {:.1} ms, markdown {:.1} ms",
                    ms(cpu.read),
                    ms(cpu.extract),
                    ms(cpu.markdown)
                );
            }
        }
    }
    Ok(())
}

fn serve(args: ServeArgs) -> Result<(), dossier::Error> {
    let base = args.site.options(None);
    let mut options = dossier::ServeOptions::new(layout(&base)?);
    (options.bind, options.port, options.open) = (args.bind, args.port, args.open);
    dossier::serve(options, move |url| {
        let mut session = dossier::Session::new(dossier::BuildOptions {
            base_url: Some(url.to_string()),
            ..base
        });
        session.defer_global_files(true);
        move |changes: &[dossier::ChangeKind]| session.rebuild(changes)
    })
}

fn watch(args: WatchArgs) -> Result<(), dossier::Error> {
    let options = args.site.options(args.base_url);
    let layout = layout(&options)?;
    let mut session = dossier::Session::new(options);
    session.defer_global_files(true);
    let stop = std::sync::atomic::AtomicBool::new(false);
    println!(
        "Watching {} for changes (Ctrl-C to stop)",
        layout.root.display()
    );
    dossier::watch_loop(
        layout,
        &stop,
        |changes| session.rebuild(changes),
        |_, result| {
            if let Ok(outcome) = result {
                println!(
                    "Rebuilt: {} file{} written",
                    outcome.pages_written,
                    if outcome.pages_written == 1 { "" } else { "s" }
                );
            }
        },
    )
}

/// The folders a watcher needs, from the site's configuration.
fn layout(options: &dossier::BuildOptions) -> Result<dossier::SiteLayout, dossier::Error> {
    let config = dossier::build::load_config(options)?;
    let output = dossier::build::output_dir(options, &config);
    Ok(dossier::SiteLayout::new(
        options.root.clone(),
        &config.content_dir,
        &output,
    ))
}

fn import(args: ImportArgs) -> Result<(), dossier::Error> {
    let config = dossier::SiteConfig::load(&args.root)?;
    let rules = dossier::rules::Rules::new(&config)?;
    let options = dossier::extract::ExtractOptions::from_config(jiff::Zoned::now().date(), &config);
    if args.json {
        for file in dossier::import::collect_inputs(&args.inputs)? {
            let bytes = std::fs::read(&file).map_err(|e| dossier::Error::io(&file, e))?;
            let label = file.display().to_string();
            println!(
                "{}",
                dossier::import::import_json_line(
                    &label,
                    &String::from_utf8_lossy(&bytes),
                    &options,
                    &rules
                )
            );
        }
        return Ok(());
    }
    let written =
        dossier::import::import_paths(&args.inputs, &args.into, args.force, &options, &rules)?;
    for path in &written {
        println!("wrote {}", path.display());
    }
    println!(
        "Imported {} article{} into {}",
        written.len(),
        if written.len() == 1 { "" } else { "s" },
        args.into.display()
    );
    Ok(())
}

fn suggest(what: SuggestWhat, root: PathBuf, limit: usize) -> Result<(), dossier::Error> {
    let options = dossier::BuildOptions {
        root,
        ..Default::default()
    };
    let (rules, archive) = dossier::build::load_archive(&options)?;
    let text = match what {
        SuggestWhat::Actors => dossier::suggest::actors(&archive, &rules, limit),
        SuggestWhat::Topics => dossier::suggest::topics(&archive, &rules, limit),
    };
    if text.is_empty() {
        eprintln!(
            "Nothing to suggest: every frequent name or phrase is already covered by site.toml."
        );
    }
    print!("{text}");
    Ok(())
}

/// Draws a one-line progress bar on stderr for builds that take more than a moment; nothing at
/// all when stderr is not a terminal (piped or in CI).
fn progress_bar(progress: &dossier::build::Progress, done: &std::sync::atomic::AtomicBool) {
    use std::io::{IsTerminal, Write};
    use std::sync::atomic::Ordering::Relaxed;
    let started = std::time::Instant::now();
    let mut drawn = false;
    while !done.load(Relaxed) {
        std::thread::park_timeout(std::time::Duration::from_millis(100));
        if done.load(Relaxed) {
            break;
        }
        if started.elapsed().as_millis() < 500 || !std::io::stderr().is_terminal() {
            continue;
        }
        let (n, total) = (progress.done.load(Relaxed), progress.total.load(Relaxed));
        let line = match progress.stage.load(Relaxed) {
            0 => "loading articles…".to_string(),
            1 if total > 0 => {
                let filled = n.min(total) * 30 / total;
                format!(
                    "[{}{}] rendering {n}/{total} pages",
                    "#".repeat(filled),
                    "-".repeat(30 - filled)
                )
            }
            1 => "preparing pages…".to_string(),
            _ => "writing…".to_string(),
        };
        eprint!("\r\x1b[2K{line}");
        let _ = std::io::stderr().flush();
        drawn = true;
    }
    if drawn {
        eprint!("\r\x1b[2K");
    }
}

fn init(dir: &std::path::Path) -> Result<(), dossier::Error> {
    dossier::init::init(dir)?;
    println!(
        "Created a new site in {}. Build it with:\n  cd {} && dossier build",
        dir.display(),
        dir.display()
    );
    Ok(())
}

/// Prints every error of a build, one per line, and a count when there are several.
fn report(e: &dossier::Error) {
    match e {
        dossier::Error::Many { list } => {
            for item in list {
                report(item);
            }
            eprintln!("{} errors; nothing was written.", e.count());
        }
        _ => eprintln!("error: {e}"),
    }
}
