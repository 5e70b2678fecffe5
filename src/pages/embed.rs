//! Views for partner sites' iframes: the map or the list of the teams, filtered by the
//! query string as the directory is, or one team; with a link to the full site.

use std::sync::Arc;

use leptos::prelude::*;
use micronit_model::{sort_teams, Embed, Filter, Index, Lang, Page, Sort};

use crate::components::{TeamList, TeamMap};
use crate::data::use_consortium;
use crate::i18n::{count, t, Key};
use crate::pages::{Missing, NotFound};

/// The embedded view `view` in `lang`.
pub fn embed(view: Embed, lang: Lang) -> AnyView {
    let c = use_consortium();
    let location = leptos_router::hooks::use_location();
    let full_site = Page::Embed(view.clone()).full_site().href(lang);
    let filtered = {
        let c = c.clone();
        let index = Arc::new(Index::new(&c));
        Memo::new(move |_| {
            let filter = location.search.with(|q| Filter::from_query(q));
            let mut teams = index.apply(&filter).teams;
            sort_teams(&mut teams, &c, Sort::Name, lang);
            teams
        })
    };
    // The full site's page, with the same filters.
    let source = move || {
        let query = location.search.get();
        if query.is_empty() {
            full_site.clone()
        } else {
            format!("{full_site}?{query}")
        }
    };
    // A team's view has the team's name as its heading; the others a hidden one.
    let heading = (!matches!(view, Embed::Team(_)))
        .then(|| view! { <h1 class="visually-hidden">{t(lang, Key::EmbedTitle)}</h1> });
    let body = move || {
        match view.clone() {
            Embed::Map => view! { <TeamMap teams=filtered heading=2/> }.into_any(),
            Embed::Teams => view! {
                <p class="result-count">
                    {move || count(lang, filtered.with(Vec::len), Key::TeamsCountOne, Key::TeamsCountOther)}
                </p>
                <TeamList teams=filtered heading=2/>
            }
            .into_any(),
            Embed::Team(id) => match c.team(&id) {
                Some(team) => {
                    let team = team.clone();
                    view! { <super::team::TeamPage team/> }.into_any()
                }
                None => view! { <NotFound missing=Missing::Team(id)/> }.into_any(),
            },
        }
    };
    view! {
        <div class="embed">
            {heading}
            {body}
            <p class="embed-source">
                <a href=source target="_blank" rel="noopener">
                    {t(lang, Key::EmbedOpen)}
                    <span class="visually-hidden">" " {t(lang, Key::NewTab)}</span>
                </a>
            </p>
        </div>
    }
    .into_any()
}
