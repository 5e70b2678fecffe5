//! Pieces shared by the pages.

mod charts;
mod close_teams;
mod directory;
mod footer;
mod for_coordinators;
mod header;
mod identifiers;
mod map;
mod matrix;
mod options;
mod sources;
mod team_list;

pub use charts::NetworkCharts;
pub use close_teams::CloseTeams;
pub use directory::Directory;
pub use footer::{updated_on, Footer};
pub use for_coordinators::ForCoordinators;
pub use header::Header;
pub use identifiers::{leader_view, ror_link, team_identifiers, CiteThisPage};
pub use map::{provide_map_count, Highlight, Locator, TeamMap};
pub use matrix::{Matrix, TopicPairs};
pub use sources::{source_links, Sources};
pub use team_list::{illustrative_note, status_label, IllustrativeBadge, TeamList};

use leptos::either::Either;
use leptos::prelude::*;
use micronit_model::{Lang, Text};

use crate::i18n::{page_lang, t, Key};

/// A snapshot text in `lang`. When the translation is missing, the other language is
/// shown, marked with its own `lang` so that it is read out correctly.
pub fn tr(text: &Text, lang: Lang) -> impl IntoView {
    let shown = text.get(lang);
    let s = shown.text.to_owned();
    if shown.is_fallback(lang) {
        Either::Left(view! { <span lang=shown.lang.code()>{s}</span> })
    } else {
        Either::Right(s)
    }
}

/// A link to another site: opens in a new tab, safely, and says so to screen readers.
#[component]
pub fn ExternalLink(href: String, children: Children) -> impl IntoView {
    let lang = page_lang();
    view! {
        <a href=href target="_blank" rel="noopener noreferrer" class="external">
            {children()}
            <span class="visually-hidden">" " {t(lang, Key::NewTab)}</span>
        </a>
    }
}
