//! Writes each page's head (`micronit_model::page_meta`) into the document.

use micronit_model::Lang;
pub use micronit_model::{colon, page_meta, DataState, PageMeta};

/// The element of the head that `selector` finds, made with `attributes` if missing.
fn head_element(
    document: &web_sys::Document,
    selector: &str,
    tag: &str,
    attributes: &[(&str, &str)],
) -> Option<web_sys::Element> {
    if let Ok(Some(el)) = document.query_selector(selector) {
        return Some(el);
    }
    let el = document.create_element(tag).ok()?;
    for (name, value) in attributes {
        let _ = el.set_attribute(name, value);
    }
    document.head()?.append_child(&el).ok()?;
    Some(el)
}

/// Removes the schema.org data (JSON-LD, written into each page rendered at build
/// time) that describes another page than the one now shown: after a navigation in the
/// app, the head never says that this page is the team or the event it came from.
fn drop_other_structured_data(document: &web_sys::Document, meta: &PageMeta) {
    let here = meta.paths.as_ref().map(|p| p[meta.lang as usize].as_str());
    let selector = match here {
        Some(path) => format!("script[type=\"application/ld+json\"]:not([data-for=\"{path}\"])"),
        None => "script[type=\"application/ld+json\"]".to_owned(),
    };
    while let Ok(Some(el)) = document.query_selector(&selector) {
        el.remove();
    }
}

/// Writes the page's language into `<html lang>`.
pub fn set_lang(lang: Lang) {
    if let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = html.set_attribute("lang", lang.code());
    }
}

/// Writes `meta` into the document: `<html lang>`, `<title>`, the description, the
/// addresses of the page in each language (`hreflang`, `x-default` being the address
/// that chooses by the browser's languages), its canonical address and Open Graph tags.
pub fn apply(meta: &PageMeta) {
    set_lang(meta.lang);
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    document.set_title(&meta.title);
    drop_other_structured_data(&document, meta);
    let base = crate::address::base_url();
    let set = |selector: &str, tag: &str, attributes: &[(&str, &str)], name: &str, value: &str| {
        if let Some(el) = head_element(&document, selector, tag, attributes) {
            let _ = el.set_attribute(name, value);
        }
    };
    let meta_tag = |key: &str, property: &str, value: &str| {
        set(
            &format!("meta[{key}=\"{property}\"]"),
            "meta",
            &[(key, property)],
            "content",
            value,
        );
    };
    meta_tag("name", "description", &meta.description);
    meta_tag("property", "og:title", &meta.title);
    meta_tag("property", "og:description", &meta.description);
    meta_tag("property", "og:type", "website");
    meta_tag("property", "og:site_name", "Micronit");
    let (locale, other) = match meta.lang {
        Lang::Fr => ("fr_FR", "en_GB"),
        Lang::En => ("en_GB", "fr_FR"),
    };
    meta_tag("property", "og:locale", locale);
    meta_tag("property", "og:locale:alternate", other);
    let links = [
        ("canonical", "", 0),
        ("alternate", "fr", 0),
        ("alternate", "en", 1),
        ("alternate", "x-default", 2),
    ];
    for (rel, hreflang, which) in links {
        let selector = if hreflang.is_empty() {
            format!("link[rel={rel}]")
        } else {
            format!("link[rel={rel}][hreflang=\"{hreflang}\"]")
        };
        match &meta.paths {
            Some(paths) => {
                let path = match (rel, which) {
                    ("canonical", _) => &paths[meta.lang as usize],
                    (_, 2) => "/",
                    _ => &paths[which],
                };
                let href = format!("{base}{}", path.trim_start_matches('/'));
                let attributes: &[(&str, &str)] = if hreflang.is_empty() {
                    &[("rel", rel)]
                } else {
                    &[("rel", rel), ("hreflang", hreflang)]
                };
                set(&selector, "link", attributes, "href", &href);
                if rel == "canonical" {
                    meta_tag("property", "og:url", &href);
                }
            }
            // An unknown address has no other language and no canonical address.
            None => {
                if let Ok(Some(el)) = document.query_selector(&selector) {
                    el.remove();
                }
            }
        }
    }
}
