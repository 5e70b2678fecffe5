//! Each page's title, description, language and addresses: the one place that says
//! them, so the document head (written by the app, and in the pages rendered at build time)
//! always follows the route.

use crate::i18n::{t, tf, Key};
use crate::{Axis, Consortium, Lang, Page};

/// What goes into the document head for one view.
#[derive(Clone, Debug, PartialEq)]
pub struct PageMeta {
    pub lang: Lang,
    pub title: String,
    pub description: String,
    /// The page's address in French and in English (none for an unknown address).
    pub paths: Option<[String; 2]>,
}

/// The state of the snapshot, as far as the head is concerned: the app runs once it has
/// read it, or knows why it could not.
pub enum DataState<'a> {
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

/// An axis's full heading, "Axe 2 : Dynamique de…", as its page's title and the site's
/// trail name it.
pub fn axis_heading(axis: &Axis, lang: Lang) -> String {
    format!(
        "{}{}{}",
        tf(lang, Key::AxisLabel, &[("n", &axis.number.to_string())]),
        colon(lang),
        axis.title.in_lang(lang)
    )
}

fn titled(name: &str, page: &str) -> String {
    format!("{page} — {name}")
}

/// The head of the view at `route` (a path that names no page: no route).
pub fn page_meta(lang: Lang, route: Option<&Page>, data: DataState<'_>) -> PageMeta {
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
        return not_found();
    };
    // The coordinators' desk says nothing of the data, and opens without it.
    let desk = || meta(titled(name, t(lang, Key::DeskTitle)), Key::MetaDesk);
    if *page == Page::Desk {
        return desk();
    }
    let c = match data {
        DataState::Failed => return meta(titled(name, t(lang, Key::MetaError)), Key::MetaHome),
        DataState::Ready(c) => c,
    };
    match page {
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
                title: titled(name, &axis_heading(axis, lang)),
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
        Page::Desk => desk(),
        Page::OpenData => meta(titled(name, t(lang, Key::OpenDataTitle)), Key::MetaOpenData),
        Page::Accessibility => meta(
            titled(name, t(lang, Key::A11yTitle)),
            Key::MetaAccessibility,
        ),
    }
}

/// A `<link>` of the page's head: its canonical address, or its address in a language
/// (`hreflang`, `x-default` being the address that chooses by the browser's languages).
#[derive(Clone, Debug, PartialEq)]
pub struct HeadLink {
    pub rel: &'static str,
    pub hreflang: Option<&'static str>,
    pub href: String,
}

impl PageMeta {
    /// The page's addresses, for the site at `site` (its address, or its path on its
    /// host): the canonical one first, then each language's and `x-default`; none for an
    /// unknown address, which has no other language and no canonical address.
    pub fn links(&self, site: &str) -> Vec<HeadLink> {
        let Some(paths) = &self.paths else {
            return Vec::new();
        };
        let site = format!("{}/", site.trim_end_matches('/'));
        let at = |path: &str| format!("{site}{}", path.trim_start_matches('/'));
        let link = |rel, hreflang, path: &str| HeadLink {
            rel,
            hreflang,
            href: at(path),
        };
        vec![
            link("canonical", None, &paths[self.lang as usize]),
            link("alternate", Some("fr"), &paths[0]),
            link("alternate", Some("en"), &paths[1]),
            link("alternate", Some("x-default"), "/"),
        ]
    }

    /// The page's Open Graph properties (`og:title`…, and `og:url`, its canonical
    /// address, when it has one), in the order the head carries them.
    pub fn open_graph(&self, site: &str) -> Vec<(&'static str, String)> {
        let (locale, other) = match self.lang {
            Lang::Fr => ("fr_FR", "en_GB"),
            Lang::En => ("en_GB", "fr_FR"),
        };
        let mut og = vec![
            ("og:title", self.title.clone()),
            ("og:description", self.description.clone()),
            ("og:type", "website".to_owned()),
            ("og:site_name", "Micronit".to_owned()),
            ("og:locale", locale.to_owned()),
            ("og:locale:alternate", other.to_owned()),
        ];
        if let Some(canonical) = self.links(site).into_iter().next() {
            og.push(("og:url", canonical.href));
        }
        og
    }

    /// The Open Graph tags and the page's links as a page rendered at build time carries
    /// them in its head; the app keeps the same elements up to date after a navigation
    /// (src/meta.rs). The title and the description are the page shell's own elements,
    /// given this page's text.
    ///
    /// ```
    /// use micronit_model::{page_meta, DataState, Lang, Page};
    /// let meta = page_meta(Lang::En, Some(&Page::Teams), DataState::Failed);
    /// let head = meta.head_tags("https://example.org/micronit/");
    /// assert!(head.contains(r#"<link rel="canonical" href="https://example.org/micronit/en/teams">"#));
    /// assert!(head.contains(r#"<link rel="alternate" hreflang="fr" href="https://example.org/micronit/fr/teams">"#));
    /// assert!(head.contains(r#"<link rel="alternate" hreflang="x-default" href="https://example.org/micronit/">"#));
    /// assert!(head.contains(r#"<meta property="og:locale" content="en_GB">"#));
    /// assert!(head.contains(r#"<meta property="og:url" content="https://example.org/micronit/en/teams">"#));
    /// ```
    pub fn head_tags(&self, site: &str) -> String {
        let mut head = String::new();
        for (property, value) in self.open_graph(site) {
            head.push_str(&format!(
                r#"<meta property="{property}" content="{}">"#,
                crate::escape_markup(&value)
            ));
        }
        for link in self.links(site) {
            let hreflang = link
                .hreflang
                .map(|h| format!(r#" hreflang="{h}""#))
                .unwrap_or_default();
            head.push_str(&format!(
                r#"<link rel="{}"{hreflang} href="{}">"#,
                link.rel,
                crate::escape_markup(&link.href)
            ));
        }
        head
    }
}
