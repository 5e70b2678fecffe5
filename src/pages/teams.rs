use leptos::prelude::*;
use micronit_model::Lang;

use crate::components::TeamList;
use crate::data::use_consortium;
use crate::i18n::{count, t, Key};

/// The team directory.
#[component]
pub fn Teams(lang: Lang) -> impl IntoView {
    let c = use_consortium();
    let teams = c.teams.clone();
    let has_illustrative = teams.iter().any(|t| t.illustrative);
    view! {
        <div class="container page">
            <h1>{t(lang, Key::TeamsTitle)}</h1>
            <p class="lead">{t(lang, Key::TeamsIntro)}</p>
            <p class="result-count">{count(lang, teams.len(), Key::TeamsCountOne, Key::TeamsCountOther)}</p>
            {has_illustrative.then(|| view! { <p class="note">{t(lang, Key::IllustrativeSummary)}</p> })}
            <TeamList teams lang consortium=c.clone()/>
        </div>
    }
}
