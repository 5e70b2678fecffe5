//! schema.org structured data (JSON-LD) for each page, for search engines and the
//! research information systems that read it: the consortium as a `ResearchOrganization`,
//! each team as one (with its address, coordinates, institutions and identifiers), the
//! events as `Event`s, the news as `NewsArticle`s, and the page's place in the site as a
//! `BreadcrumbList`. Written into each page rendered at build time (`micronit-render`),
//! and by the data tool's `structured-data` for other programs.

use serde_json::{json, Value};

use crate::i18n::{t, Key};
use crate::identifiers::{hal_url, orcid_url, rnsr_url, ror_url};
use crate::{axis_heading, Consortium, Event, InstitutionKind, Lang, NewsItem, Page, Team};

/// The JSON-LD of `page` in `lang`, ready to be the text of a `<script
/// type="application/ld+json">`: no `<` in it, so that no text of the snapshot can close
/// the script. `site` is the site's address (`https://…/`) or its path (`/`). None for a
/// page that describes nothing (an embedded view, a page the snapshot does not name).
pub fn structured_data(c: &Consortium, page: &Page, lang: Lang, site: &str) -> Option<String> {
    let at = &Site {
        root: site.trim_end_matches('/'),
        lang,
    };
    let mut graph = Vec::new();
    match page {
        Page::Embed(_) => return None,
        Page::Home | Page::About => graph.push(consortium(c, lang, at)),
        // Machines read structured data as fact: an illustrative entry, whose details are
        // examples, describes no organisation there (its page says what it is).
        Page::Team(id) => {
            let shown = c.team(id)?;
            if !shown.illustrative {
                graph.push(team(c, shown, lang, at));
            }
        }
        Page::Events => graph.extend(c.events.iter().map(|e| event(c, e, lang, at))),
        Page::News => graph.extend(
            c.news_newest_first()
                .into_iter()
                .map(|n| article(c, n, lang, at)),
        ),
        Page::NewsItem(slug) => graph.push(article(c, c.news_item(slug)?, lang, at)),
        // An unknown axis has no trail either (below).
        _ => {}
    }
    if *page != Page::Home {
        graph.push(breadcrumbs(c, page, lang, at)?);
    }
    Some(script_text(
        &json!({ "@context": "https://schema.org", "@graph": graph }),
    ))
}

/// JSON for the text of a `<script>`: `<`, `>` and `&` written as JSON escapes, the same
/// data once parsed, and never `</script>` or `<!--`.
pub fn script_text(data: &Value) -> String {
    data.to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// The site's addresses in one language.
struct Site<'a> {
    /// The site's address or path, without its last `/`.
    root: &'a str,
    lang: Lang,
}

impl Site<'_> {
    fn at(&self, page: &Page) -> String {
        format!("{}{}", self.root, page.path(self.lang))
    }

    /// The id of the consortium's node, which the other pages' nodes point to: the same
    /// in both languages (the site's root, which chooses the language).
    fn consortium(&self) -> String {
        format!("{}/#consortium", self.root)
    }
}

fn consortium(c: &Consortium, lang: Lang, at: &Site) -> Value {
    let a = &c.about;
    let cnrs = c.institution("cnrs");
    // Only the teams the sources confirm: an illustrative entry is no member to a machine.
    let members: Vec<Value> = c
        .teams
        .iter()
        .filter(|t| !t.illustrative)
        .map(|t| {
            json!({
                "@type": "ResearchOrganization",
                "@id": at.at(&Page::Team(t.id.clone())),
                "name": t.name.in_lang(lang),
                "url": at.at(&Page::Team(t.id.clone())),
            })
        })
        .collect();
    json!({
        "@type": "ResearchOrganization",
        "@id": at.consortium(),
        "name": a.name,
        "alternateName": [
            { "@language": "fr", "@value": format!("{} — {}", a.name, a.tagline.fr) },
            { "@language": "en", "@value": format!("{} — {}", a.name, a.tagline.en) },
        ],
        "identifier": a.gdr,
        "description": a.summary.in_lang(lang),
        "url": at.at(&Page::Home),
        "foundingDate": a.created,
        "parentOrganization": {
            "@type": "ResearchOrganization",
            "name": cnrs.map_or(a.created_by.as_str(), |i| i.name.in_lang(lang)),
            "sameAs": cnrs.and_then(|i| i.ror.as_deref()).map(ror_url),
        },
        "member": members,
    })
}

fn team(c: &Consortium, team: &Team, lang: Lang, at: &Site) -> Value {
    let page = Page::Team(team.id.clone());
    let description = team.description.in_lang(lang);
    let institutions: Vec<Value> = team
        .institutions
        .iter()
        .filter_map(|id| c.institution(id))
        .map(|i| {
            let kind = match i.kind {
                InstitutionKind::University => "CollegeOrUniversity",
                InstitutionKind::Hospital | InstitutionKind::CancerCentre => "Hospital",
                InstitutionKind::ResearchOrganisation | InstitutionKind::Other => {
                    "ResearchOrganization"
                }
            };
            let mut node = json!({ "@type": kind, "name": i.name.in_lang(lang) });
            if let Some(ror) = &i.ror {
                node["sameAs"] = json!(ror_url(ror));
            }
            node
        })
        .collect();
    let same_as: Vec<String> = team
        .website
        .iter()
        .cloned()
        .chain(team.rnsr.as_deref().map(rnsr_url))
        .chain(team.hal.as_deref().map(hal_url))
        .collect();
    let leaders: Vec<Value> = team
        .leaders
        .iter()
        .map(|l| {
            let mut person = json!({ "@type": "Person", "name": l.name });
            if let Some(orcid) = &l.orcid {
                person["sameAs"] = json!(orcid_url(orcid));
            }
            person
        })
        .collect();
    let mut node = json!({
        "@type": "ResearchOrganization",
        "@id": at.at(&page),
        "name": team.name.in_lang(lang),
        "description": description,
        "url": at.at(&page),
        "address": {
            "@type": "PostalAddress",
            "addressLocality": team.city,
            "addressRegion": c.region(&team.region).map(|r| r.name.in_lang(lang)),
            "addressCountry": "FR",
        },
        // schema.org gives coordinates to a place, not to an organisation: the team's
        // place, with the same address.
        "location": {
            "@type": "Place",
            "address": {
                "@type": "PostalAddress",
                "addressLocality": team.city,
                "addressCountry": "FR",
            },
            "geo": {
                "@type": "GeoCoordinates",
                "latitude": team.location.lat,
                "longitude": team.location.lon,
            },
        },
        "memberOf": { "@type": "ResearchOrganization", "@id": at.consortium(), "name": c.about.name },
        "parentOrganization": institutions,
    });
    if let Some(acronym) = &team.acronym {
        node["alternateName"] = json!(acronym);
    }
    if !same_as.is_empty() {
        node["sameAs"] = json!(same_as);
    }
    if !team.sources.is_empty() {
        // The pages the team's facts come from: works about it, for a reader to check them.
        let works: Vec<Value> = team
            .sources
            .iter()
            .map(|s| {
                json!({
                    "@type": "WebPage",
                    "url": s.url,
                    "name": s.title,
                    "publisher": { "@type": "Organization", "name": s.publisher },
                })
            })
            .collect();
        node["subjectOf"] = json!(works);
    }
    if !leaders.is_empty() {
        node["member"] = json!(leaders);
    }
    node
}

fn event(c: &Consortium, e: &Event, lang: Lang, at: &Site) -> Value {
    json!({
        "@type": "Event",
        "@id": format!("{}#{}", at.at(&Page::Events), e.id),
        "name": e.title.in_lang(lang),
        "description": e.description.in_lang(lang),
        "startDate": e.start,
        "endDate": e.end,
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "eventStatus": "https://schema.org/EventScheduled",
        "location": {
            "@type": "Place",
            "name": e.city,
            "address": { "@type": "PostalAddress", "addressLocality": e.city, "addressCountry": "FR" },
        },
        "organizer": { "@type": "ResearchOrganization", "@id": at.consortium(), "name": c.about.name, "url": at.at(&Page::Home) },
        "url": format!("{}#{}", at.at(&Page::Events), e.id),
    })
}

fn article(c: &Consortium, n: &NewsItem, lang: Lang, at: &Site) -> Value {
    let page = Page::NewsItem(n.slug.clone());
    let mut node = json!({
        "@type": "NewsArticle",
        "@id": at.at(&page),
        "headline": n.title.in_lang(lang),
        "description": n.summary.in_lang(lang),
        "url": at.at(&page),
        "inLanguage": lang.code(),
        "publisher": { "@type": "ResearchOrganization", "@id": at.consortium(), "name": c.about.name },
    });
    if let Some(date) = &n.date {
        node["datePublished"] = json!(date);
    }
    node
}

/// The page's name in the site's trail, as its heading says it.
fn crumb(c: &Consortium, page: &Page, lang: Lang) -> Option<String> {
    Some(match page {
        Page::Home => t(lang, Key::NavHome).to_owned(),
        Page::Teams => t(lang, Key::TeamsTitle).to_owned(),
        Page::Team(id) => c.team(id)?.name.in_lang(lang).to_owned(),
        Page::Axis(n) => axis_heading(c.axis(*n)?, lang),
        Page::News => t(lang, Key::NewsTitle).to_owned(),
        Page::NewsItem(slug) => c.news_item(slug)?.title.in_lang(lang).to_owned(),
        Page::Events => t(lang, Key::EventsTitle).to_owned(),
        Page::Partners => t(lang, Key::PartnersTitle).to_owned(),
        Page::About => t(lang, Key::AboutTitle).to_owned(),
        Page::Legal => t(lang, Key::LegalTitle).to_owned(),
        Page::Accessibility => t(lang, Key::A11yTitle).to_owned(),
        Page::OpenData => t(lang, Key::OpenDataTitle).to_owned(),
        Page::Desk => t(lang, Key::DeskTitle).to_owned(),
        Page::Embed(_) => return None,
    })
}

fn breadcrumbs(c: &Consortium, page: &Page, lang: Lang, at: &Site) -> Option<Value> {
    let mut trail = vec![Page::Home];
    match page {
        Page::Team(_) => trail.push(Page::Teams),
        Page::NewsItem(_) => trail.push(Page::News),
        _ => {}
    }
    trail.push(page.clone());
    let items = trail
        .iter()
        .enumerate()
        .map(|(i, p)| {
            Some(json!({
                "@type": "ListItem",
                "position": i + 1,
                "name": crumb(c, p, lang)?,
                "item": at.at(p),
            }))
        })
        .collect::<Option<Vec<Value>>>()?;
    Some(json!({ "@type": "BreadcrumbList", "itemListElement": items }))
}
