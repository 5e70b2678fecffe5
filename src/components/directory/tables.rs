//! The teams shown as tables: teams × tumor types and teams × areas of expertise.

use std::sync::Arc;

use leptos::prelude::*;
use micronit_model::{Consortium, Facet, Lang, Team};

use super::facets::Options;
use crate::components::Matrix;
use crate::i18n::{t, Key};

/// A table of the teams `shown` against the options of `facet`, in a disclosure: built
/// only while open, so that a table of thousands of rows costs nothing closed.
pub fn table(
    c: Arc<Consortium>,
    lang: Lang,
    shown: Memo<Vec<usize>>,
    facet: Facet,
    columns: Options,
    caption: Key,
    id: &'static str,
) -> impl IntoView {
    let open = RwSignal::new(false);
    view! {
        <details class="matrix-block" on:toggle=move |ev| {
            let el = event_target::<web_sys::HtmlDetailsElement>(&ev);
            open.set(el.open());
        }>
            <summary>{t(lang, caption)}</summary>
            {move || open.get().then(|| {
                let teams: Vec<Team> = shown.with(|order| {
                    order.iter().filter_map(|&i| c.teams.get(i).cloned()).collect()
                });
                view! { <Matrix teams columns=columns.clone() facet caption=t(lang, caption) id lang/> }
            })}
        </details>
    }
}
