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

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build(args) => build(args),
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
