//! The team directory page.

use leptos::prelude::*;

use crate::components::Directory;
use crate::data::use_consortium;
use crate::i18n::{page_lang, t, Key};

/// The team directory page.
#[component]
pub fn Teams() -> impl IntoView {
    let lang = page_lang();
    let c = use_consortium();
    let has_illustrative = c.teams.iter().any(|t| t.illustrative);
    view! {
        <div class="container page teams-page">
            <h1>{t(lang, Key::TeamsTitle)}</h1>
            <p class="lead">{t(lang, Key::TeamsIntro)}</p>
            {has_illustrative.then(|| view! { <p class="note">{t(lang, Key::IllustrativeSummary)}</p> })}
            <Directory/>
        </div>
    }
}
