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
fn set_lang(lang: Lang) {
    if let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = html.set_attribute("lang", lang.code());
    }
}

/// Writes `meta` into the document: `<html lang>`, `<title>`, the description, and the
/// Open Graph tags and links the pages rendered at build time carry
/// (`PageMeta::open_graph`, `PageMeta::links`), kept up to date after a navigation.
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
    for (property, value) in meta.open_graph(&base) {
        meta_tag("property", property, &value);
    }
    let links = meta.links(&base);
    for hreflang in [None, Some("fr"), Some("en"), Some("x-default")] {
        let (rel, selector) = match hreflang {
            None => ("canonical", "link[rel=canonical]".to_owned()),
            Some(h) => (
                "alternate",
                format!("link[rel=alternate][hreflang=\"{h}\"]"),
            ),
        };
        match links.iter().find(|l| l.hreflang == hreflang) {
            Some(link) => {
                let attributes: Vec<(&str, &str)> = match hreflang {
                    None => vec![("rel", rel)],
                    Some(h) => vec![("rel", rel), ("hreflang", h)],
                };
                set(&selector, "link", &attributes, "href", &link.href);
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
