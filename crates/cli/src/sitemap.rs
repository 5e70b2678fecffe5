//! `sitemap.xml` and `robots.txt` for search engines, from the snapshot: every page of
//! the site in both languages, each with its other-language twin (`hreflang`).

use micronit_model::{Consortium, Lang, Page};

fn xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The sitemap of the site served at `base` (such as `https://example.org/micronit`).
pub fn sitemap(c: &Consortium, base: &str) -> String {
    let base = base.trim_end_matches('/');
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" \
         xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for page in Page::all(c) {
        for lang in [Lang::Fr, Lang::En] {
            out.push_str("  <url>\n");
            out.push_str(&format!(
                "    <loc>{}</loc>\n",
                xml(&format!("{base}{}", page.path(lang)))
            ));
            out.push_str(&format!("    <lastmod>{}</lastmod>\n", xml(&c.updated)));
            for (code, href) in [
                ("fr", format!("{base}{}", page.path(Lang::Fr))),
                ("en", format!("{base}{}", page.path(Lang::En))),
                ("x-default", format!("{base}/")),
            ] {
                out.push_str(&format!(
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{code}\" href=\"{}\"/>\n",
                    xml(&href)
                ));
            }
            out.push_str("  </url>\n");
        }
    }
    out.push_str("</urlset>\n");
    out
}

/// `robots.txt`: everything may be indexed; where the sitemap is.
pub fn robots(base: &str) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}/sitemap.xml\n",
        base.trim_end_matches('/')
    )
}
