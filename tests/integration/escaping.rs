//! Everything from content is escaped: titles, names, metadata and raw HTML in bodies; script
//! URLs are neutralised.

use crate::util::{Site, files};

#[test]
fn content_cannot_inject_markup() {
    let site = Site::fixture("escaping");
    site.build_ok();
    for rel in files(&site.public())
        .into_iter()
        .filter(|f| f.ends_with(".html") || f.ends_with(".xml"))
    {
        let page = site.page(&rel);
        assert!(
            !page.contains("<script>alert"),
            "{rel} lets a script through"
        );
        assert!(
            !page.contains("<img src=x"),
            "{rel} lets an attribute injection through"
        );
        assert!(!page.contains("<iframe"), "{rel} lets raw HTML through");
        assert!(
            !page.to_lowercase().contains("href=\"javascript:"),
            "{rel} keeps a javascript: URL"
        );
        assert!(
            !page.contains("<b>Bold</b>"),
            "{rel} lets a name's markup through"
        );
    }
    let article = site.page(
        &files(&site.public())
            .into_iter()
            .find(|f| f.starts_with("articles/"))
            .unwrap(),
    );
    assert!(
        article.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;&#x2F;script&gt;")
            || article.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"),
        "{article}"
    );
    assert!(
        site.page("index.html")
            .contains("Escaping &lt;b&gt;test&lt;/b&gt;")
    );
}
