//! The news as an Atom feed (RFC 4287), one a language, for news readers.

use crate::i18n::{t, Key};
use crate::{escape_markup as xml, Lang, NewsItem, Page, Snapshot};

/// The news of `snapshot` in `lang`, newest first, as an Atom feed. `site` is the site's
/// full address (`https://micronit.example.org/`) when known: the feed's and entries' ids
/// and links are then absolute; otherwise its path on its host (`/`, `/micronit/`): links
/// are written from there, and ids are `urn:micronit:…` names, stable whatever the host.
///
/// ```
/// let json = include_str!("../../../public/data/consortium.json");
/// let c = micronit_model::Snapshot::from_json(json).unwrap();
/// let feed = micronit_model::news_atom(&c, micronit_model::Lang::En, "https://example.org/");
/// assert!(feed.contains("<link rel=\"self\" href=\"https://example.org/en/news/feed.atom\"/>"));
/// assert_eq!(feed.matches("<entry>").count(), c.news.len());
/// ```
pub fn news_atom(snapshot: &crate::Consortium, lang: Lang, site: &str) -> String {
    let root = site.trim_end_matches('/');
    let absolute = site.starts_with("https://") || site.starts_with("http://");
    let address = |page: &Page| format!("{root}{}", page.path(lang));
    let id = |page: &Page| {
        if absolute {
            address(page)
        } else {
            let path = page.path(lang);
            format!("urn:micronit:{}", path.trim_matches('/').replace('/', ":"))
        }
    };
    let s: &Snapshot = snapshot.snapshot();
    let updated = |date: Option<&str>| format!("{}T00:00:00Z", date.unwrap_or(&s.updated));
    let news = Page::News;
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    out.push_str(&format!(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n",
        lang.code()
    ));
    out.push_str(&format!(
        "  <title>{}</title>\n",
        xml(&format!("{} — {}", s.about.name, t(lang, Key::NewsTitle)))
    ));
    out.push_str(&format!(
        "  <subtitle>{}</subtitle>\n",
        xml(s.about.tagline.in_lang(lang))
    ));
    out.push_str(&format!("  <id>{}</id>\n", xml(&id(&news))));
    out.push_str(&format!("  <updated>{}</updated>\n", updated(None)));
    out.push_str(&format!(
        "  <link rel=\"self\" href=\"{}\"/>\n",
        xml(&format!("{}/feed.atom", address(&news)))
    ));
    out.push_str(&format!(
        "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        xml(&address(&news))
    ));
    out.push_str(&format!(
        "  <author><name>{}</name></author>\n",
        xml(&s.about.name)
    ));
    for item in snapshot.news_newest_first() {
        entry(&mut out, item, lang, &address, &id, &updated);
    }
    out.push_str("</feed>\n");
    out
}

fn entry(
    out: &mut String,
    item: &NewsItem,
    lang: Lang,
    address: &dyn Fn(&Page) -> String,
    id: &dyn Fn(&Page) -> String,
    updated: &dyn Fn(Option<&str>) -> String,
) {
    let page = Page::NewsItem(item.slug.clone());
    out.push_str("  <entry>\n");
    out.push_str(&format!(
        "    <title>{}</title>\n",
        xml(item.title.in_lang(lang))
    ));
    out.push_str(&format!("    <id>{}</id>\n", xml(&id(&page))));
    // An undated item (the sources do not date it) takes the snapshot's date.
    out.push_str(&format!(
        "    <updated>{}</updated>\n",
        updated(item.date.as_deref())
    ));
    if let Some(date) = &item.date {
        out.push_str(&format!("    <published>{date}T00:00:00Z</published>\n"));
    }
    out.push_str(&format!(
        "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        xml(&address(&page))
    ));
    out.push_str(&format!(
        "    <summary>{}</summary>\n",
        xml(item.summary.in_lang(lang))
    ));
    out.push_str("  </entry>\n");
}
