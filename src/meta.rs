//! Each page's title, description and language: the one place that says them, so the
//! document head always follows the route.

use micronit_model::{Consortium, Lang, Page};

use crate::i18n::{t, tf, Key};

/// What goes into the document head for one view.
#[derive(Clone, Debug, PartialEq)]
pub struct PageMeta {
    pub lang: Lang,
    pub title: String,
    pub description: String,
    /// The page's address in French and in English (none for an unknown address).
    pub paths: Option<[String; 2]>,
}

/// The state of the snapshot, as far as the head is concerned.
pub enum DataState<'a> {
    Loading,
    Failed,
    Ready(&'a Consortium),
}

/// A colon as each language writes it: French puts a non-breaking space before it.
pub fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "\u{a0}: ",
        Lang::En => ": ",
    }
}

fn titled(name: &str, page: &str) -> String {
    format!("{page} — {name}")
}

/// The head of the view at `route` (a path that names no page: no route). Nothing while
/// the snapshot is on its way: the head stays as served (a prerendered page's own, or the
/// shell's).
pub fn page_meta(lang: Lang, route: Option<&Page>, data: DataState<'_>) -> Option<PageMeta> {
    let name = t(lang, Key::SiteName);
    let paths = route.map(|p| [p.path(Lang::Fr), p.path(Lang::En)]);
    let meta = |title: String, key: Key| PageMeta {
        lang,
        title,
        description: t(lang, key).to_owned(),
        paths: paths.clone(),
    };
    let not_found = || PageMeta {
        paths: None,
        ..meta(titled(name, t(lang, Key::NotFoundTitle)), Key::MetaNotFound)
    };
    let Some(page) = route else {
        return Some(not_found());
    };
    let c = match data {
        DataState::Loading => return None,
        DataState::Failed => {
            return Some(meta(titled(name, t(lang, Key::MetaError)), Key::MetaHome))
        }
        DataState::Ready(c) => c,
    };
    Some(match page {
        Page::Home => meta(
            format!("{name} — {}", c.about.tagline.in_lang(lang)),
            Key::MetaHome,
        ),
        Page::Teams => PageMeta {
            paths,
            lang,
            title: titled(name, t(lang, Key::TeamsTitle)),
            description: tf(
                lang,
                Key::MetaTeams,
                &[("count", &c.teams.len().to_string())],
            ),
        },
        Page::Team(id) => match c.team(id) {
            Some(team) => {
                let full = team.name.in_lang(lang);
                let label = match &team.acronym {
                    Some(acronym) => format!("{acronym} — {full}"),
                    None => full.to_owned(),
                };
                PageMeta {
                    paths,
                    lang,
                    title: titled(name, &label),
                    description: tf(
                        lang,
                        Key::MetaTeam,
                        &[("name", &label), ("city", &team.city)],
                    ),
                }
            }
            None => not_found(),
        },
        Page::Axis(n) => match c.axis(*n) {
            Some(axis) => PageMeta {
                paths,
                lang,
                title: titled(
                    name,
                    &format!(
                        "{}{}{}",
                        tf(lang, Key::AxisLabel, &[("n", &n.to_string())]),
                        colon(lang),
                        axis.title.in_lang(lang)
                    ),
                ),
                description: axis.description.in_lang(lang).to_owned(),
            },
            None => not_found(),
        },
        Page::News => meta(titled(name, t(lang, Key::NewsTitle)), Key::MetaNews),
        Page::NewsItem(slug) => match c.news_item(slug) {
            Some(item) => PageMeta {
                paths,
                lang,
                title: titled(name, item.title.in_lang(lang)),
                description: item.summary.in_lang(lang).to_owned(),
            },
            None => not_found(),
        },
        Page::Events => meta(titled(name, t(lang, Key::EventsTitle)), Key::MetaEvents),
        Page::Partners => meta(titled(name, t(lang, Key::PartnersTitle)), Key::MetaPartners),
        Page::About => meta(titled(name, t(lang, Key::AboutTitle)), Key::MetaAbout),
        Page::Embed(_) => meta(titled(name, t(lang, Key::EmbedTitle)), Key::MetaEmbed),
        Page::Legal => meta(titled(name, t(lang, Key::LegalTitle)), Key::MetaLegal),
        Page::Accessibility => meta(
            titled(name, t(lang, Key::A11yTitle)),
            Key::MetaAccessibility,
        ),
    })
}

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
