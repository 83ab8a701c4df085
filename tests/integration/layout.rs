//! Every page kind of the sample archive in a real browser at phone width, in light and dark
//! mode (issue 7): nothing wider than the screen, the theme's colours follow the reader's
//! preference, and the console stays empty. Screenshots are for people; these are the parts of
//! "looks right" a test can hold.

use std::path::Path;

use crate::browser::{DARK, StaticServer, chromium, console_errors, dump_dom_with};
use crate::util::dossier;

/// One page of each kind, relative to the site root.
const PAGES: [&str; 12] = [
    "",
    "articles/in-venezuela-maduro-may-be-losing-the-military/",
    "actors/",
    "actors/juan-guaido/",
    "topics/",
    "topics/military-defections/",
    "sources/",
    "archive/",
    "undated/",
    "search/?q=defect",
    "search/?q=Guaido&topic=Coup%20attempt",
    "404.html",
];

/// A page that loads each of [`PAGES`] in a 390-pixel frame and writes one line per page:
/// `path|scroll width|client width|body background`.
const HARNESS: &str = r#"<!doctype html><meta charset="utf-8"><title>layout</title>
<pre id="out"></pre><script>
(async () => {
  const lines = [];
  for (const path of PAGES) {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:390px;height:800px;border:0';
    frame.src = '../' + path;
    document.body.append(frame);
    await new Promise((r) => { frame.onload = r; });
    await new Promise((r) => setTimeout(r, 500)); // the search page's script runs
    const d = frame.contentDocument;
    lines.push([path, d.documentElement.scrollWidth, d.documentElement.clientWidth,
      getComputedStyle(d.body).backgroundColor].join('|'));
    frame.remove();
  }
  document.getElementById('out').textContent = lines.join('\n');
})();
</script>"#;

/// `(path, scroll width, client width, background)` per page, as the harness saw them.
fn measure(flags: &[&str]) -> Vec<(String, u32, u32, String)> {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    let built = dossier(repo, &["build", "--output", out.to_str().unwrap()]);
    assert!(built.status.success(), "{built:?}");
    let list = PAGES.map(|p| format!("{p:?}")).join(",");
    let harness = HARNESS.replace("PAGES", &format!("[{list}]"));
    std::fs::create_dir_all(out.join("check")).unwrap();
    std::fs::write(out.join("check/index.html"), harness).unwrap();
    let server = StaticServer::start(dir.path());
    // Twelve pages, each given half a second of virtual time for its scripts.
    let flags = [flags, &["--virtual-time-budget=20000"]].concat();
    let (dom, log) = dump_dom_with(&server.url("/site/check/"), &flags);
    let errors = console_errors(&log);
    assert!(errors.is_empty(), "console errors: {errors:?}");
    let text = &dom[dom.find("<pre id=\"out\">").expect("harness ran") + 14..];
    let text = &text[..text.find("</pre>").unwrap()];
    let rows: Vec<_> = text
        .lines()
        .map(|line| {
            let f: Vec<&str> = line.split('|').collect();
            let px = |s: &str| s.parse::<u32>().unwrap();
            (f[0].to_owned(), px(f[1]), px(f[2]), f[3].to_owned())
        })
        .collect();
    assert_eq!(rows.len(), PAGES.len(), "harness output:\n{text}");
    rows
}

/// Mean of a `rgb(r, g, b)` colour's channels, 0–255.
fn brightness(css: &str) -> u32 {
    let digits = css.trim_start_matches("rgba(").trim_start_matches("rgb(");
    let channels: Vec<u32> = digits
        .trim_end_matches(')')
        .split(',')
        .take(3)
        .map(|c| c.trim().parse().unwrap())
        .collect();
    channels.iter().sum::<u32>() / 3
}

#[test]
fn every_page_kind_fits_a_phone_in_light_and_dark_mode() {
    if chromium().is_none() {
        return;
    }
    for (mode, flags) in [("light", &[][..]), ("dark", &DARK[..])] {
        for (path, scroll, client, background) in measure(flags) {
            assert!(
                scroll <= client,
                "{mode} /{path}: {scroll}px wide on a {client}px screen"
            );
            let light = brightness(&background) > 128;
            assert_eq!(
                light,
                mode == "light",
                "{mode} /{path}: background {background}"
            );
        }
    }
}
