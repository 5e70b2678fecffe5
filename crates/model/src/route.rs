//! The site's addresses: which page a path names, and the path of a page in a language.
//! The app's router hands every path under the site's base to `Page::parse`, and every
//! link and the language switch are built here: the matching and the links cannot
//! disagree, and the tests check the addresses against this one place.

use crate::Lang;

/// A page of the site, independent of its language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    Home,
    Teams,
    Team(String),
    Axis(u8),
    News,
    NewsItem(String),
    Events,
    Partners,
    About,
    Legal,
    Accessibility,
    /// The open data: the files the site publishes, their formats and licence.
    OpenData,
    /// The coordinators' desk: checks a new snapshot or spreadsheet before it is
    /// published (its code is loaded by this page only; not indexed).
    Desk,
    /// A view for partner sites' iframes: no header or footer.
    Embed(Embed),
}

/// The views partner sites can embed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Embed {
    /// The map of the teams (filtered by the query string).
    Map,
    /// The list of the teams (filtered by the query string).
    Teams,
    /// One team.
    Team(String),
}

impl Page {
    /// Every page the snapshot gives the site (in one language), in the order of the
    /// site's menu: what the sitemap lists. The desk, the embedded views and the
    /// not-found page are not among them.
    ///
    /// ```
    /// let json = include_str!("../../../public/data/consortium.json");
    /// let c = micronit_model::Snapshot::from_json(json).unwrap();
    /// let pages = micronit_model::Page::all(&c);
    /// assert_eq!(pages.len(), 2 + c.teams.len() + c.axes.len() + 1 + c.news.len() + 6);
    /// ```
    pub fn all(c: &crate::Consortium) -> Vec<Page> {
        let mut pages = vec![Page::Home, Page::Teams];
        pages.extend(c.teams.iter().map(|t| Page::Team(t.id.clone())));
        pages.extend(c.axes.iter().map(|a| Page::Axis(a.number)));
        pages.push(Page::News);
        pages.extend(c.news.iter().map(|n| Page::NewsItem(n.slug.clone())));
        pages.extend([
            Page::Events,
            Page::Partners,
            Page::About,
            Page::Legal,
            Page::Accessibility,
            Page::OpenData,
        ]);
        pages
    }

    /// The path of the page in `lang`, from the site's root.
    ///
    /// ```
    /// use micronit_model::{Lang, Page};
    /// assert_eq!(Page::Home.path(Lang::Fr), "/fr/");
    /// assert_eq!(Page::Team("lnox".into()).path(Lang::En), "/en/teams/lnox");
    /// ```
    pub fn path(&self, lang: Lang) -> String {
        let l = lang.code();
        match self {
            Page::Home => format!("/{l}/"),
            Page::Teams => format!("/{l}/teams"),
            Page::Team(id) => format!("/{l}/teams/{id}"),
            Page::Axis(n) => format!("/{l}/axes/{n}"),
            Page::News => format!("/{l}/news"),
            Page::NewsItem(slug) => format!("/{l}/news/{slug}"),
            Page::Events => format!("/{l}/events"),
            Page::Partners => format!("/{l}/partners"),
            Page::About => format!("/{l}/about"),
            Page::Legal => format!("/{l}/legal"),
            Page::Accessibility => format!("/{l}/accessibility"),
            Page::OpenData => format!("/{l}/open-data"),
            Page::Desk => format!("/{l}/desk"),
            Page::Embed(Embed::Map) => format!("/{l}/embed/map"),
            Page::Embed(Embed::Teams) => format!("/{l}/embed/teams"),
            Page::Embed(Embed::Team(id)) => format!("/{l}/embed/teams/{id}"),
        }
    }

    /// The address of the page relative to the site's base (`fr/teams`): what links
    /// use, so that the site works at the root of a domain or under a sub-path alike.
    ///
    /// ```
    /// use micronit_model::{Lang, Page};
    /// assert_eq!(Page::Home.href(Lang::Fr), "fr/");
    /// assert_eq!(Page::Team("lnox".into()).href(Lang::En), "en/teams/lnox");
    /// ```
    pub fn href(&self, lang: Lang) -> String {
        let path = self.path(lang);
        path.trim_start_matches('/').to_owned()
    }

    /// The address of a section of the page, by its element's id, relative to the site's
    /// base.
    ///
    /// ```
    /// use micronit_model::{Lang, Page};
    /// assert_eq!(Page::About.section_href(Lang::En, "about-teams"), "en/about#about-teams");
    /// ```
    pub fn section_href(&self, lang: Lang, id: &str) -> String {
        format!("{}#{id}", self.href(lang))
    }

    /// The address of the directory showing what `filter` selects, relative to the
    /// site's base: where a figure leads.
    ///
    /// ```
    /// use micronit_model::{Facet, Filter, Lang, Page};
    /// let f = Filter::default().with(Facet::TumorType, "melanoma");
    /// assert_eq!(Page::directory_href(Lang::En, &f), "en/teams?tumor=melanoma");
    /// assert_eq!(Page::directory_href(Lang::Fr, &Filter::default()), "fr/teams");
    /// ```
    pub fn directory_href(lang: Lang, filter: &crate::Filter) -> String {
        Page::with_filter(Page::Teams.href(lang), filter)
    }

    /// `address` (a page's path or href) with the query string of `filter`, if it has one.
    ///
    /// ```
    /// use micronit_model::{Facet, Filter, Lang, Page};
    /// let f = Filter::default().with(Facet::Axis, "2");
    /// assert_eq!(Page::with_filter(Page::Teams.path(Lang::Fr), &f), "/fr/teams?axis=2");
    /// ```
    pub fn with_filter(address: String, filter: &crate::Filter) -> String {
        let query = filter.to_query();
        if query.is_empty() {
            address
        } else {
            format!("{address}?{query}")
        }
    }

    /// The page of the full site that an embedded view stands for (the page itself
    /// otherwise): where "open on the Micronit site" leads.
    ///
    /// ```
    /// use micronit_model::{Embed, Page};
    /// assert_eq!(Page::Embed(Embed::Team("lnox".into())).full_site(), Page::Team("lnox".into()));
    /// assert_eq!(Page::Embed(Embed::Map).full_site(), Page::Teams);
    /// ```
    pub fn full_site(&self) -> Page {
        match self {
            Page::Embed(Embed::Map | Embed::Teams) => Page::Teams,
            Page::Embed(Embed::Team(id)) => Page::Team(id.clone()),
            other => other.clone(),
        }
    }

    /// The page a path names (without query string), if any. Ids are not checked
    /// against the snapshot here: an unknown team id still names a team page.
    ///
    /// ```
    /// use micronit_model::{Lang, Page};
    /// assert_eq!(Page::parse("/en/axes/2"), Some((Lang::En, Page::Axis(2))));
    /// assert_eq!(Page::parse("/fr"), Some((Lang::Fr, Page::Home)));
    /// assert_eq!(Page::parse("/de/teams"), None);
    /// ```
    pub fn parse(path: &str) -> Option<(Lang, Page)> {
        let mut segments = path.trim_matches('/').split('/');
        let lang: Lang = segments.next()?.parse().ok()?;
        let rest: Vec<&str> = segments.filter(|s| !s.is_empty()).collect();
        let page = match rest.as_slice() {
            [] => Page::Home,
            ["teams"] => Page::Teams,
            ["teams", id] => Page::Team((*id).to_owned()),
            ["axes", n] => Page::Axis(parse_axis_number(n)?),
            ["news"] => Page::News,
            ["news", slug] => Page::NewsItem((*slug).to_owned()),
            ["events"] => Page::Events,
            ["partners"] => Page::Partners,
            ["about"] => Page::About,
            ["legal"] => Page::Legal,
            ["accessibility"] => Page::Accessibility,
            ["open-data"] => Page::OpenData,
            ["desk"] => Page::Desk,
            ["embed", "map"] => Page::Embed(Embed::Map),
            ["embed", "teams"] => Page::Embed(Embed::Teams),
            ["embed", "teams", id] => Page::Embed(Embed::Team((*id).to_owned())),
            _ => return None,
        };
        Some((lang, page))
    }
}

/// Parses an axis number as written in a URL: digits only, no sign or leading zero.
pub fn parse_axis_number(s: &str) -> Option<u8> {
    if s.is_empty() || s.starts_with('0') || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// The language a path is in: its first segment, if that is `fr` or `en`.
///
/// ```
/// use micronit_model::{lang_of_path, Lang};
/// assert_eq!(lang_of_path("/en/teams"), Some(Lang::En));
/// assert_eq!(lang_of_path("/nowhere"), None);
/// ```
pub fn lang_of_path(path: &str) -> Option<Lang> {
    path.trim_start_matches('/').split('/').next()?.parse().ok()
}

/// The same address in another language: the language segment is swapped, the rest of
/// the path, the query string and the fragment are kept. A path without a language
/// segment gets one in front.
///
/// ```
/// use micronit_model::{switch_lang, Lang};
/// assert_eq!(switch_lang("/fr/teams?axis=2#list", Lang::En), "/en/teams?axis=2#list");
/// assert_eq!(switch_lang("/fr", Lang::En), "/en/");
/// assert_eq!(switch_lang("/nowhere", Lang::Fr), "/fr/nowhere");
/// ```
pub fn switch_lang(address: &str, to: Lang) -> String {
    let split = address.find(['?', '#']).unwrap_or(address.len());
    let (path, tail) = address.split_at(split);
    let trimmed = path.trim_start_matches('/');
    let (first, rest) = trimmed.split_once('/').unwrap_or((trimmed, ""));
    let rest = if first.parse::<Lang>().is_ok() {
        rest.to_owned()
    } else {
        trimmed.to_owned()
    };
    format!("/{}/{rest}{tail}", to.code())
}

/// The path of an address under the site's base path: what `Page::parse` reads. The
/// site may be served at the root of a host (`base` `/` or empty) or under a sub-path
/// (`/micronit/`); a path outside the base is returned as it is.
///
/// ```
/// use micronit_model::strip_base;
/// assert_eq!(strip_base("/micronit/fr/teams", "/micronit/"), "/fr/teams");
/// assert_eq!(strip_base("/micronit", "/micronit/"), "/");
/// assert_eq!(strip_base("/fr/teams", "/"), "/fr/teams");
/// assert_eq!(strip_base("/micronitx/fr", "/micronit"), "/micronitx/fr");
/// ```
pub fn strip_base(path: &str, base: &str) -> String {
    let base = base.trim_end_matches('/');
    match path.strip_prefix(base) {
        Some(rest) if rest.starts_with('/') || rest.is_empty() => {
            format!("/{}", rest.trim_start_matches('/'))
        }
        _ => path.to_owned(),
    }
}
