//! The `dossier` command: parses arguments, calls the library, maps errors to exit codes
//! (0 success, 1 build errors, 2 usage errors).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

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
    /// Create a new site in DIR that builds at once.
    Init {
        /// Folder for the new site (created if missing).
        dir: PathBuf,
    },
}

#[derive(Debug, clap::Args)]
struct BuildArgs {
    /// Site folder (the one holding site.toml).
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// Output folder (default: public/ in the site folder).
    #[arg(long)]
    output: Option<PathBuf>,
    /// Absolute URL the site will be served from, replacing site.toml's base_url.
    #[arg(long)]
    base_url: Option<String>,
    /// Include articles marked `draft = true`.
    #[arg(long)]
    drafts: bool,
    /// Print where the time went (setup, load, index, render, write).
    #[arg(long)]
    timings: bool,
}

#[derive(Debug, clap::Args)]
struct ServeArgs {
    /// Site folder (the one holding site.toml).
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// Output folder (default: public/ in the site folder).
    #[arg(long)]
    output: Option<PathBuf>,
    /// Port to listen on (0 picks a free one).
    #[arg(long, default_value_t = 1111)]
    port: u16,
    /// Address to listen on. Anything but loopback exposes the preview to your network.
    #[arg(long, default_value = "127.0.0.1")]
    bind: std::net::IpAddr,
    /// Open the site in the default browser.
    #[arg(long)]
    open: bool,
    /// Include articles marked `draft = true`.
    #[arg(long)]
    drafts: bool,
}

#[derive(Debug, clap::Args)]
struct WatchArgs {
    /// Site folder (the one holding site.toml).
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// Output folder (default: public/ in the site folder).
    #[arg(long)]
    output: Option<PathBuf>,
    /// Absolute URL the site will be served from, replacing site.toml's base_url.
    #[arg(long)]
    base_url: Option<String>,
    /// Include articles marked `draft = true`.
    #[arg(long)]
    drafts: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build(args) => build(args),
        Command::Serve(args) => serve(args),
        Command::Watch(args) => watch(args),
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
    let options = dossier::BuildOptions {
        root: args.root,
        output: args.output,
        base_url: args.base_url,
        drafts: args.drafts,
        today: None,
    };
    let report = dossier::build(&options)?;
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
    if timings {
        for (stage, took) in report.timings.stages() {
            println!("  {stage:<7} {:>8.1} ms", took.as_secs_f64() * 1000.0);
        }
    }
    Ok(())
}

fn serve(args: ServeArgs) -> Result<(), dossier::Error> {
    let base = dossier::BuildOptions {
        root: args.root,
        output: args.output,
        base_url: None,
        drafts: args.drafts,
        today: None,
    };
    let mut options = dossier::ServeOptions::new(layout(&base)?);
    (options.bind, options.port, options.open) = (args.bind, args.port, args.open);
    dossier::serve(options, move |url| {
        let mut session = dossier::Session::new(dossier::BuildOptions {
            base_url: Some(url.to_string()),
            ..base
        });
        move |changes: &[dossier::ChangeKind]| session.rebuild(changes)
    })
}

fn watch(args: WatchArgs) -> Result<(), dossier::Error> {
    let options = dossier::BuildOptions {
        root: args.root,
        output: args.output,
        base_url: args.base_url,
        drafts: args.drafts,
        today: None,
    };
    let layout = layout(&options)?;
    let mut session = dossier::Session::new(options);
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
