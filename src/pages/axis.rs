use leptos::prelude::*;
use micronit_model::Axis;

use crate::components::{tr, Directory, NetworkCharts};
use crate::data::use_consortium;
use crate::i18n::{page_lang, t, tf, Key};

/// An axis page: its title, description and teams.
#[component]
pub fn AxisPage(axis: Axis) -> impl IntoView {
    let lang = page_lang();
    let c = use_consortium();
    let n = axis.number;
    let total = c.teams_of_axis(n).count();
    view! {
        <article class=format!("container page axis-page axis-{n}")>
            <p class="eyebrow">{tf(lang, Key::AxisLabel, &[("n", &n.to_string())])}</p>
            <h1>{tr(&axis.title, lang)}</h1>
            <p class="lead">{tr(&axis.description, lang)}</p>
            <section aria-labelledby="axis-teams">
                <h2 id="axis-teams">{t(lang, Key::AxisTeams)}</h2>
                {if total == 0 {
                    view! { <p>{t(lang, Key::AxisNoTeams)}</p> }.into_any()
                } else {
                    view! { <Directory axis=n nested=true/> }.into_any()
                }}
            </section>
            // The teams first, then the axis at a glance.
            {(total > 0).then(|| view! { <NetworkCharts axis=Some(n)/> })}
        </article>
    }
}
