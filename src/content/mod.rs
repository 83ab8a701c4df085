//! Loading: walking `content/`, reading each article (Markdown with front matter, or a raw `.txt`
//! that may carry front matter too), and turning it into an [`Article`] with rendered HTML.
//! Every file is loaded independently, so a bad one is reported and the rest still load.

pub mod frontmatter;
pub mod markdown;

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::config::SiteConfig;
use crate::error::{Error, Location};
use crate::extract::{self, DetectedActor, Dropped, ExtractOptions};
use crate::text::{escape_html, slugify};
use frontmatter::{ArticleDate, FrontMatter, Split};
use markdown::MarkdownOptions;

pub use frontmatter::ArticleDate as Date;

/// How an article was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Markdown with front matter.
    Markdown,
    /// A raw scraped text, cleaned up by [`crate::extract`].
    Text,
}

/// A file under content/ that an article refers to and that is copied next to its page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asset {
    /// Where it is on disk.
    pub from: PathBuf,
    /// Its file name in the article's output folder.
    pub name: String,
}

/// One loaded article, rendered to HTML but not yet linked to actors and topics.
#[derive(Debug, Clone)]
pub struct Article {
    /// The file, relative to the site root (for messages).
    pub file: PathBuf,
    /// Markdown or raw text.
    pub format: Format,
    /// The page slug (`articles/<slug>/`).
    pub slug: String,
    /// Whether the slug was set in front matter (collisions are then errors).
    pub slug_explicit: bool,
    /// Headline.
    pub title: String,
    /// Publication date.
    pub date: Option<ArticleDate>,
    /// Outlet.
    pub source: Option<String>,
    /// Original address.
    pub url: Option<String>,
    /// Bylines.
    pub authors: Vec<String>,
    /// Actors named in front matter.
    pub actor_names: Vec<String>,
    /// Topics named in front matter.
    pub topic_names: Vec<String>,
    /// Summary HTML.
    pub summary_html: String,
    /// Body HTML.
    pub body_html: String,
    /// Plain text of the body, for matching and search.
    pub text: String,
    /// Draft flag.
    pub draft: bool,
    /// Unknown front matter fields.
    pub extra: BTreeMap<String, serde_json::Value>,
    /// What cleanup removed (raw texts only).
    pub dropped: Vec<Dropped>,
    /// Actors detected in the text (raw texts only).
    pub detected: Vec<DetectedActor>,
    /// Files to copy next to the page.
    pub assets: Vec<Asset>,
}

/// Everything found under content/.
#[derive(Debug, Default)]
pub struct Loaded {
    /// Articles that loaded, in path order (drafts included; the build filters them).
    pub articles: Vec<Article>,
    /// Problems that make the build fail.
    pub errors: Vec<Error>,
    /// Problems worth a warning only (symlink loops, unreadable directories).
    pub warnings: Vec<String>,
    /// Where loading spent its time, summed over threads.
    pub cpu: LoadCpu,
}

/// Time spent loading articles, summed over all threads (so it can exceed the wall time).
#[derive(Debug, Clone, Copy, Default)]
pub struct LoadCpu {
    /// Reading files and checking they are UTF-8.
    pub read: Duration,
    /// Cleaning up raw `.txt` articles and detecting their actors.
    pub extract: Duration,
    /// Parsing front matter and rendering Markdown.
    pub markdown: Duration,
}

impl LoadCpu {
    fn add(mut self, other: LoadCpu) -> LoadCpu {
        self.read += other.read;
        self.extract += other.extract;
        self.markdown += other.markdown;
        self
    }
}

/// Settings for loading.
#[derive(Debug, Clone)]
pub struct LoadOptions {
    /// The site root, to show paths relative to it.
    pub root: PathBuf,
    /// The content folder.
    pub content_dir: PathBuf,
    /// Markdown settings.
    pub markdown: MarkdownOptions,
    /// Extraction settings for raw texts.
    pub extract: ExtractOptions,
}

impl LoadOptions {
    /// Options derived from a site's configuration.
    pub fn new(root: &Path, config: &SiteConfig, today: jiff::civil::Date) -> LoadOptions {
        LoadOptions {
            root: root.to_path_buf(),
            content_dir: root.join(&config.content_dir),
            markdown: MarkdownOptions {
                allow_html: config.allow_html,
            },
            extract: ExtractOptions::from_config(today, config),
        }
    }
}

/// Whether a path names an article file.
pub fn is_article(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("md" | "markdown" | "txt")
    )
}

/// Whether a file name is an editor's temporary or backup file, or hidden.
pub fn is_ignored_name(name: &str) -> bool {
    name.starts_with('.')
        || name.starts_with('#')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name.contains("___jb_")
}

/// Finds every article file under the content folder, sorted by path.
pub fn walk(options: &LoadOptions, warnings: &mut Vec<String>) -> Vec<PathBuf> {
    walk_files(options, warnings).0
}

/// Every file under the content folder, sorted by path: the articles, and the other files
/// (images, PDFs…) that articles may link to. Unreadable entries and symlink loops become
/// warnings; walkdir detects loops, so a `loop -> ..` link is reported rather than followed forever.
pub fn walk_files(
    options: &LoadOptions,
    warnings: &mut Vec<String>,
) -> (Vec<PathBuf>, Vec<PathBuf>) {
    let (mut articles, mut others) = (Vec::new(), Vec::new());
    let walker = walkdir::WalkDir::new(&options.content_dir)
        .follow_links(true)
        .sort_by_file_name();
    let walker = walker
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_ignored_name(&e.file_name().to_string_lossy()));
    for entry in walker {
        match entry {
            Ok(e) if e.file_type().is_file() && is_article(e.path()) => {
                articles.push(e.into_path())
            }
            Ok(e) if e.file_type().is_file() => others.push(e.into_path()),
            Ok(_) => {}
            Err(e) => warnings.push(format!(
                "skipped {}: {e}",
                display_path(&options.root, e.path().unwrap_or(Path::new("?"))).display()
            )),
        }
    }
    (articles, others)
}

/// Loads every article under the content folder, in parallel.
pub fn load_all(options: &LoadOptions) -> Loaded {
    let mut loaded = Loaded::default();
    if !options.content_dir.is_dir() {
        return loaded;
    }
    let (files, others) = walk_files(options, &mut loaded.warnings);
    let results: Vec<(Result<Article, Error>, LoadCpu)> =
        files.par_iter().map(|f| load_timed(f, options)).collect();
    for (r, cpu) in results {
        loaded.cpu = loaded.cpu.add(cpu);
        match r {
            Ok(a) => loaded.articles.push(a),
            Err(e) => loaded.errors.push(e),
        }
    }
    let unused = unreferenced(&others, &loaded.articles);
    loaded.warnings.extend(unused.into_iter().map(|f| {
        format!(
            "skipped {}: not an article (.md, .markdown, .txt) and no article links to it",
            display_path(&options.root, f).display()
        )
    }));
    loaded
}

/// The non-article files no article refers to: they are not published, and a stray binary or
/// misnamed article should not vanish silently (issue 6).
fn unreferenced<'a>(others: &'a [PathBuf], articles: &[Article]) -> Vec<&'a PathBuf> {
    let used: std::collections::HashSet<&Path> = articles
        .iter()
        .flat_map(|a| a.assets.iter().map(|asset| asset.from.as_path()))
        .collect();
    others
        .iter()
        .filter(|f| {
            let canonical = f.canonicalize().unwrap_or_else(|_| f.to_path_buf());
            !used.contains(canonical.as_path())
        })
        .collect()
}

/// A path as shown to the user: relative to the site root when inside it.
pub fn display_path(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root)
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| path.to_path_buf())
}

/// [`load_file`], timing its parts.
fn load_timed(path: &Path, options: &LoadOptions) -> (Result<Article, Error>, LoadCpu) {
    let mut cpu = LoadCpu::default();
    let started = Instant::now();
    let shown = display_path(&options.root, path);
    let text = std::fs::read(path)
        .map_err(|e| Error::io(&shown, e))
        .and_then(|bytes| decode(bytes, &shown));
    cpu.read = started.elapsed();
    let started = Instant::now();
    let article = text.and_then(|text| parse_article(&shown, path, &text, options));
    if is_text(path) {
        cpu.extract = started.elapsed();
    } else {
        cpu.markdown = started.elapsed();
    }
    (article, cpu)
}

/// Reads and parses one article file.
pub fn load_file(path: &Path, options: &LoadOptions) -> Result<Article, Error> {
    let shown = display_path(&options.root, path);
    let bytes = std::fs::read(path).map_err(|e| Error::io(&shown, e))?;
    let text = decode(bytes, &shown)?;
    parse_article(&shown, path, &text, options)
}

/// Bytes to text, or an error pointing at the first byte that is not UTF-8.
fn decode(bytes: Vec<u8>, shown: &Path) -> Result<String, Error> {
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let prefix = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
        let (line, col) = crate::config::line_col(&prefix, prefix.len());
        Error::content(
            Location::new(shown, line, col),
            "not valid UTF-8 text (save the file as UTF-8)",
        )
    })
}

/// Parses an article's text. `shown` is the path for messages; `path` the file on disk (used to
/// find the files it refers to).
pub fn parse_article(
    shown: &Path,
    path: &Path,
    text: &str,
    options: &LoadOptions,
) -> Result<Article, Error> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let split = frontmatter::split(text, shown)?;
    let front = match split.front {
        Some((syntax, block)) => frontmatter::parse(syntax, block, split.front_line, shown)?,
        None => FrontMatter::default(),
    };
    let date = parse_date(&front, &split, shown)?;
    let format = if is_text(path) {
        Format::Text
    } else {
        Format::Markdown
    };
    let mut article = match format {
        Format::Markdown => from_markdown(shown, path, &front, &split, options),
        Format::Text => from_text(shown, &split, options),
    };
    // `slug = ""` is a mistake to report, not a request for a derived slug.
    let slug_given = front.slug.is_some();
    apply_front_matter(&mut article, front, date);
    set_slug(&mut article, slug_given, &split, path)?;
    // Every article stays in memory for the whole build: give back what growing these left.
    article.body_html.shrink_to_fit();
    article.text.shrink_to_fit();
    article.summary_html.shrink_to_fit();
    Ok(article)
}

/// Whether a path is a raw `.txt` article.
fn is_text(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "txt")
}

fn parse_date(
    front: &FrontMatter,
    split: &Split,
    shown: &Path,
) -> Result<Option<ArticleDate>, Error> {
    let Some(raw) = &front.date else {
        return Ok(None);
    };
    ArticleDate::parse(&raw.0).map(Some).ok_or_else(|| {
        let block = split.front.map(|f| f.1).unwrap_or("");
        let (line, col) = frontmatter::key_position(block, "date", split.front_line);
        Error::content(
            Location::new(shown, line, col),
            format!(
                "invalid date {:?} (use YYYY-MM-DD or RFC 3339 like 2019-01-23T10:00:00Z)",
                raw.0
            ),
        )
    })
}

fn empty_article(shown: &Path, format: Format) -> Article {
    Article {
        file: shown.to_path_buf(),
        format,
        slug: String::new(),
        slug_explicit: false,
        title: String::new(),
        date: None,
        source: None,
        url: None,
        authors: Vec::new(),
        actor_names: Vec::new(),
        topic_names: Vec::new(),
        summary_html: String::new(),
        body_html: String::new(),
        text: String::new(),
        draft: false,
        extra: BTreeMap::new(),
        dropped: Vec::new(),
        detected: Vec::new(),
        assets: Vec::new(),
    }
}

fn from_markdown(
    shown: &Path,
    path: &Path,
    front: &FrontMatter,
    split: &Split,
    options: &LoadOptions,
) -> Article {
    let dir = path.parent().unwrap_or(Path::new(".")).to_path_buf();
    let content_dir = &options.content_dir;
    let assets = std::cell::RefCell::new(AssetNames::default());
    let rewrite = |target: &str| -> Option<String> {
        let (from, name) = local_asset(&dir, content_dir, target)?;
        Some(assets.borrow_mut().name_for(from, &name))
    };
    let rendered = markdown::render(split.body, options.markdown, &rewrite);
    let mut article = empty_article(shown, Format::Markdown);
    article.assets = assets.into_inner().assets;
    article.title = front
        .title
        .clone()
        .unwrap_or_else(|| first_line_title(&rendered.text));
    article.summary_html = rendered.summary_html;
    article.body_html = rendered.html;
    article.text = rendered.text;
    article
}

fn from_text(shown: &Path, split: &Split, options: &LoadOptions) -> Article {
    let e = extract::extract(split.body, &options.extract);
    let mut article = empty_article(shown, Format::Text);
    let mut html = String::with_capacity(split.body.len() + 64);
    for p in &e.paragraphs {
        html.push_str("<p>");
        html.push_str(&escape_html(p));
        html.push_str("</p>\n");
    }
    article.summary_html = e
        .paragraphs
        .first()
        .map(|p| format!("<p>{}</p>\n", escape_html(p)))
        .unwrap_or_default();
    article.body_html = html;
    article.text = e.paragraphs.join("\n\n");
    article.title = e.title;
    article.date = e.date.map(|day| ArticleDate { day, instant: None });
    article.authors = e.authors;
    article.source = e.source;
    article.dropped = e.dropped;
    article.detected = e.actors;
    article
}

fn first_line_title(text: &str) -> String {
    text.lines()
        .find(|l| !l.trim().is_empty())
        .map(|l| l.trim().chars().take(120).collect())
        .unwrap_or_default()
}

fn apply_front_matter(article: &mut Article, front: FrontMatter, date: Option<ArticleDate>) {
    if let Some(t) = front.title.filter(|t| !t.trim().is_empty()) {
        article.title = t.trim().to_string();
    }
    if date.is_some() {
        article.date = date;
    }
    if front.source.is_some() {
        article.source = front.source.filter(|s| !s.trim().is_empty());
    }
    article.url = front
        .url
        .filter(|u| !u.trim().is_empty() && !markdown::is_script_url(u));
    if !front.authors.0.is_empty() {
        article.authors = front.authors.0;
    }
    article.actor_names = front.actors.0;
    article.topic_names = front.topics.0;
    if let Some(s) = front.summary.filter(|s| !s.trim().is_empty()) {
        article.summary_html = format!("<p>{}</p>\n", escape_html(s.trim()));
    }
    article.draft = front.draft;
    article.extra = front.extra;
    article.slug = front.slug.unwrap_or_default();
}

/// Sets the slug: the one from front matter (validated), else one derived from the title.
fn set_slug(article: &mut Article, given: bool, split: &Split, path: &Path) -> Result<(), Error> {
    if !given {
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        article.slug = if article.title.trim().is_empty() {
            slugify(&stem)
        } else {
            slugify(&article.title)
        };
        if article.title.trim().is_empty() {
            article.title = stem;
        }
        return Ok(());
    }
    article.slug_explicit = true;
    if let Err(why) = check_slug(&article.slug) {
        let block = split.front.map(|f| f.1).unwrap_or("");
        let (line, col) = frontmatter::key_position(block, "slug", split.front_line);
        return Err(Error::UnsafePath {
            at: Location::new(&article.file, line, col),
            message: why,
        });
    }
    Ok(())
}

/// Why a slug from front matter cannot be used as a folder name, if it cannot.
pub fn check_slug(slug: &str) -> Result<(), String> {
    if slug.trim().is_empty() {
        return Err("`slug` is empty".into());
    }
    if slug.len() > 200 {
        return Err(format!(
            "`slug` is {} bytes long; the limit is 200",
            slug.len()
        ));
    }
    if slug == "."
        || slug == ".."
        || slug.contains(['/', '\\', '\0'])
        || slug.chars().any(char::is_control)
    {
        return Err(format!(
            "`slug` {slug:?} may not contain slashes, backslashes, control characters or be . or .."
        ));
    }
    Ok(())
}

/// The files one article links to, each with a distinct name in the article's folder: two
/// different `pic.png` (from `a/` and `b/`) become `pic.png` and `pic-2.png` instead of the
/// second silently showing the first (issue 6: never a silent overwrite).
#[derive(Default)]
struct AssetNames {
    assets: Vec<Asset>,
    index: std::collections::HashMap<PathBuf, usize>,
    taken: std::collections::HashSet<String>,
}

impl AssetNames {
    /// The output name of `from`, naming it on first sight.
    fn name_for(&mut self, from: PathBuf, name: &str) -> String {
        if let Some(&i) = self.index.get(&from) {
            return self.assets[i].name.clone();
        }
        let (stem, ext) = match name.rsplit_once('.') {
            Some((stem, ext)) if !stem.is_empty() => (stem, format!(".{ext}")),
            _ => (name, String::new()),
        };
        let mut candidate = name.to_string();
        let mut n = 1;
        while !self.taken.insert(candidate.clone()) {
            n += 1;
            candidate = format!("{stem}-{n}{ext}");
        }
        self.index.insert(from.clone(), self.assets.len());
        self.assets.push(Asset {
            from,
            name: candidate.clone(),
        });
        candidate
    }
}

/// Resolves a relative reference from an article to a file inside content/, with the name it
/// gets in the article's output folder.
fn local_asset(dir: &Path, content_dir: &Path, target: &str) -> Option<(PathBuf, String)> {
    let decoded = percent_decode(target);
    let rel = Path::new(&decoded);
    if rel
        .components()
        .any(|c| matches!(c, Component::RootDir | Component::Prefix(_)))
    {
        return None;
    }
    let candidate = dir.join(rel);
    let canonical = candidate.canonicalize().ok()?;
    let content = content_dir.canonicalize().ok()?;
    if !canonical.starts_with(&content) || !canonical.is_file() || is_article(&canonical) {
        return None;
    }
    let name = canonical.file_name()?.to_string_lossy().into_owned();
    Some((canonical, name))
}

/// Decodes `%20`-style escapes in a relative link (invalid sequences are kept as written).
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Ok(b) = u8::from_str_radix(&s[i + 1..i + 3], 16)
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options() -> LoadOptions {
        LoadOptions::new(
            Path::new("/nonexistent"),
            &SiteConfig::default(),
            jiff::civil::Date::constant(2026, 1, 1),
        )
    }

    fn parse(name: &str, text: &str) -> Result<Article, Error> {
        parse_article(Path::new(name), Path::new(name), text, &options())
    }

    #[test]
    fn markdown_article_with_front_matter() {
        let a = parse("a.md", "+++\ntitle = \"Héllo\"\ndate = 2019-01-23\nauthors = \"X\"\nmood = 1\n+++\nBody *text*.\n").unwrap();
        assert_eq!(a.title, "Héllo");
        assert_eq!(a.slug, "hello");
        assert_eq!(a.date.unwrap().day.to_string(), "2019-01-23");
        assert_eq!(a.authors, vec!["X"]);
        assert_eq!(a.extra["mood"], 1);
        assert_eq!(a.text, "Body text.");
    }

    #[test]
    fn bad_date_points_at_the_value() {
        let e = parse("a.md", "+++\ntitle = \"t\"\ndate = \"2019-02-30\"\n+++\n").unwrap_err();
        assert!(e.to_string().starts_with("a.md:3:8: invalid date"), "{e}");
    }

    #[test]
    fn text_article_may_carry_front_matter() {
        let a = parse(
            "a.txt",
            "---\nsource: Daily\n---\nHeadline\n\nPara one.\n\nAdvertisement\n",
        )
        .unwrap();
        assert_eq!(a.title, "Headline");
        assert_eq!(a.source.as_deref(), Some("Daily"));
        assert_eq!(a.body_html, "<p>Para one.</p>\n");
        assert_eq!(a.dropped.len(), 1);
    }

    #[test]
    fn unsafe_slugs_are_refused() {
        let e = parse("a.md", "+++\nslug = \"../../etc\"\n+++\n").unwrap_err();
        assert!(e.to_string().starts_with("a.md:2:8:"), "{e}");
        assert!(check_slug("ok-slug").is_ok());
        assert!(check_slug("a\\b").is_err());
    }

    #[test]
    fn utf8_errors_have_a_position() {
        let e = decode(b"ok\nab\xff".to_vec(), Path::new("a.txt")).unwrap_err();
        assert!(e.to_string().starts_with("a.txt:2:3:"), "{e}");
    }

    #[test]
    fn same_named_files_from_two_folders_keep_distinct_names() {
        let mut names = AssetNames::default();
        assert_eq!(names.name_for("/c/a/pic.png".into(), "pic.png"), "pic.png");
        assert_eq!(
            names.name_for("/c/b/pic.png".into(), "pic.png"),
            "pic-2.png"
        );
        assert_eq!(names.name_for("/c/a/pic.png".into(), "pic.png"), "pic.png");
        assert_eq!(names.name_for("/c/.x".into(), ".x"), ".x");
        assert_eq!(names.assets.len(), 3);
    }

    #[test]
    fn bom_and_crlf_are_fine() {
        let a = parse("a.md", "\u{feff}+++\r\ntitle = \"T\"\r\n+++\r\nHi\r\n").unwrap();
        assert_eq!(a.title, "T");
    }
}
