//! Each page's title, description and language: the one place that says them, so the
//! document head always follows the route.

use micronit_model::{Consortium, Lang, Page};
use wasm_bindgen::JsCast;

use crate::i18n::{t, tf, Key};

/// What goes into the document head for one view.
#[derive(Clone, Debug, PartialEq)]
pub struct PageMeta {
    pub lang: Lang,
    pub title: String,
    pub description: String,
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

/// The head of the view at `route` (`None`: a path that names no page).
pub fn page_meta(lang: Lang, route: Option<&Page>, data: DataState<'_>) -> PageMeta {
    let name = t(lang, Key::SiteName);
    let meta = |title: String, key: Key| PageMeta {
        lang,
        title,
        description: t(lang, key).to_owned(),
    };
    let not_found = || meta(titled(name, t(lang, Key::NotFoundTitle)), Key::MetaNotFound);
    let Some(page) = route else {
        return not_found();
    };
    let c = match data {
        DataState::Loading => return meta(titled(name, t(lang, Key::MetaLoading)), Key::MetaHome),
        DataState::Failed => return meta(titled(name, t(lang, Key::MetaError)), Key::MetaHome),
        DataState::Ready(c) => c,
    };
    match page {
        Page::Home => meta(
            format!("{name} — {}", c.about.tagline.in_lang(lang)),
            Key::MetaHome,
        ),
        Page::Teams => PageMeta {
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
                lang,
                title: titled(name, item.title.in_lang(lang)),
                description: item.summary.in_lang(lang).to_owned(),
            },
            None => not_found(),
        },
        Page::Events => meta(titled(name, t(lang, Key::EventsTitle)), Key::MetaEvents),
        Page::Partners => meta(titled(name, t(lang, Key::PartnersTitle)), Key::MetaPartners),
        Page::About => meta(titled(name, t(lang, Key::AboutTitle)), Key::MetaAbout),
    }
}

/// Writes `meta` into the document: `<html lang>`, `<title>`, `<meta name="description">`.
pub fn apply(meta: &PageMeta) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", meta.lang.code());
    }
    document.set_title(&meta.title);
    let description = document
        .query_selector("meta[name=description]")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlMetaElement>().ok());
    if let Some(description) = description {
        description.set_content(&meta.description);
    }
}
