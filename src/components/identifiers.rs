//! The register identifiers of a team page (ROR, RNSR, HAL, ORCID) as links, and the line
//! that tells how to cite the page.

use leptos::prelude::*;
use micronit_model::identifiers::{hal_url, orcid_url, rnsr_url, ror_url};
use micronit_model::{around_placeholder, fill_placeholders, Date, Lang, Leader, Page, Team};

use crate::i18n::{page_lang, t, tf, Key};

/// A link to an identifier's record in its register: its visible text is the scheme's
/// name, its accessible name says whose identifier it is and gives it whole.
#[component]
pub fn IdentifierLink(scheme: &'static str, id: String, url: String, of: String) -> impl IntoView {
    let lang = page_lang();
    let label = tf(
        lang,
        Key::IdentifierLabel,
        &[("who", &of), ("scheme", scheme), ("id", &id)],
    );
    view! {
        <a class="identifier" href=url aria-label=label rel="noopener noreferrer" target="_blank">
            {scheme}
        </a>
    }
}

/// A leader's name, with a link to their ORCID record where the snapshot gives one.
pub fn leader_view(leader: &Leader) -> impl IntoView {
    let orcid = leader.orcid.clone().map(|id| {
        let url = orcid_url(&id);
        view! { " " <IdentifierLink scheme="ORCID" id url of=leader.name.clone()/> }
    });
    view! { <span class="leader">{leader.name.clone()}{orcid}</span> }
}

/// An institution's ROR link, where the snapshot gives its id.
pub fn ror_link(ror: Option<&String>, name: &str) -> Option<impl IntoView> {
    ror.map(|id| {
        let url = ror_url(id);
        view! { " " <IdentifierLink scheme="ROR" id=id.clone() url of=name.to_owned()/> }
    })
}

/// The team's own identifiers (RNSR, HAL), or nothing when it has none.
pub fn team_identifiers(team: &Team, lang: Lang) -> Option<impl IntoView> {
    let name = team.name.in_lang(lang).to_owned();
    let links: Vec<_> = [
        (
            "RNSR",
            team.rnsr.as_ref().map(|id| (id.clone(), rnsr_url(id))),
        ),
        ("HAL", team.hal.as_ref().map(|id| (id.clone(), hal_url(id)))),
    ]
    .into_iter()
    .filter_map(|(scheme, found)| found.map(|(id, url)| (scheme, id, url)))
    .map(|(scheme, id, url)| {
        view! {
            <li>
                <IdentifierLink scheme id=id.clone() url of=name.clone()/>
                " " <code>{id}</code>
            </li>
        }
    })
    .collect();
    (!links.is_empty()).then(|| view! { <ul class="plain identifiers">{links}</ul> })
}

/// How to cite the page: the consortium, the team, the page's stable address in its
/// language and the day of the data it shows.
#[component]
pub fn CiteThisPage(team: Team, updated: String) -> impl IntoView {
    let lang = page_lang();
    let site = crate::address::use_site_address();
    let href = Page::Team(team.id.clone()).href(lang);
    let url = Memo::new(move |_| format!("{}{href}", site.get()));
    let date = updated
        .parse::<Date>()
        .map(|d| d.long(lang))
        .unwrap_or(updated);
    let name = team.name.in_lang(lang).to_owned();
    // The address is a link: the template is cut at its place before the rest is filled
    // in, so that a name holding "{url}" stays a name.
    let (before, after) = around_placeholder(t(lang, Key::CiteText), "url");
    let fill = |part: &str| fill_placeholders(part, &[("name", &name), ("date", &date)]);
    let (before, after) = (fill(before), fill(after));
    view! {
        <section class="cite" aria-labelledby="cite-title">
            <h2 id="cite-title">{t(lang, Key::CiteTitle)}</h2>
            <p class="citation">{before}<a href=url>{url}</a>{after}</p>
        </section>
    }
}
