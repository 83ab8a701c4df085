//! The library's one error type. Every variant says which file (and where possible which line,
//! column or template) it concerns, so the message reads `content/a.md:3:9: invalid date`.

use std::fmt;
use std::path::{Path, PathBuf};

/// A place in a file: path plus optional 1-based line and column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The file, as given to the user (relative to the site root where possible).
    pub path: PathBuf,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column in characters, when known.
    pub column: Option<usize>,
}

impl Location {
    /// A whole file, no position.
    pub fn file(path: impl AsRef<Path>) -> Location {
        Location {
            path: path.as_ref().to_path_buf(),
            line: None,
            column: None,
        }
    }

    /// A position in a file.
    pub fn new(path: impl AsRef<Path>, line: usize, column: usize) -> Location {
        Location {
            path: path.as_ref().to_path_buf(),
            line: Some(line),
            column: Some(column),
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        Ok(())
    }
}

/// Everything that can go wrong while loading, rendering or writing a site.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Reading or writing a file failed.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or directory involved.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// site.toml is malformed or has an unknown key.
    #[error("{at}: {message}")]
    Config {
        /// Where in site.toml.
        at: Location,
        /// What is wrong.
        message: String,
    },
    /// An article could not be read: bad front matter, bad date, not UTF-8…
    #[error("{at}: {message}")]
    Content {
        /// Where in the article.
        at: Location,
        /// What is wrong.
        message: String,
    },
    /// A template failed to parse or render.
    #[error("template {template}{}: {message}", line.map(|l| format!(":{l}")).unwrap_or_default())]
    Template {
        /// The template's name, e.g. `article.html`, and its theme folder when not built in.
        template: String,
        /// The line in the template, when Tera reports one.
        line: Option<usize>,
        /// Tera's explanation, flattened.
        message: String,
    },
    /// Two articles would write the same page.
    #[error("{} and {} both want the page {url}", first.display(), second.display())]
    Collision {
        /// The page both would produce.
        url: String,
        /// The first article.
        first: PathBuf,
        /// The second article.
        second: PathBuf,
    },
    /// A path from content or configuration would leave the output folder or is otherwise unsafe.
    #[error("{at}: {message}")]
    UnsafePath {
        /// Where the path came from.
        at: Location,
        /// Why it is refused.
        message: String,
    },
    /// The output folder is one dossier must never replace.
    #[error("refusing to use {} as the output folder: {reason}", path.display())]
    BadOutput {
        /// The refused folder.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// Several errors from one build, all of them reported.
    #[error("{}", list.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"))]
    Many {
        /// The errors, in file order.
        list: Vec<Error>,
    },
}

impl Error {
    /// Wraps an I/O error with the path it concerns.
    pub fn io(path: impl AsRef<Path>, source: std::io::Error) -> Error {
        Error::Io {
            path: path.as_ref().to_path_buf(),
            source,
        }
    }

    /// A content error at a position.
    pub fn content(at: Location, message: impl Into<String>) -> Error {
        Error::Content {
            at,
            message: message.into(),
        }
    }

    /// Folds a list of errors into one: nothing for none, the error itself for one.
    pub fn from_list(mut list: Vec<Error>) -> Option<Error> {
        match list.len() {
            0 => None,
            1 => list.pop(),
            _ => Some(Error::Many { list }),
        }
    }

    /// The number of distinct problems this error reports.
    pub fn count(&self) -> usize {
        match self {
            Error::Many { list } => list.iter().map(Error::count).sum(),
            _ => 1,
        }
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
