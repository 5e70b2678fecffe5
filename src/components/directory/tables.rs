//! The teams shown as tables: teams × tumor types, teams × areas of expertise, and the
//! topic pairs (tumor types × areas of expertise, in teams).

use leptos::prelude::*;
use micronit_model::{tally, topic_pairs, Facet, Filter, Lang, Team};

use crate::components::options::{ids, Options};
use crate::components::{illustrative_note, Matrix, TopicPairs};
use crate::data::use_consortium;
use crate::i18n::{page_lang, t, Key};

/// A table of the teams `shown` against the `columns` of `facet`, in a disclosure, with
/// the totals of the scope (the axis's teams on an axis page, else the network's).
#[component]
pub fn TeamTable(
    shown: Memo<Vec<usize>>,
    axis: Option<u8>,
    facet: Facet,
    columns: Options,
    caption: Key,
    id: &'static str,
) -> impl IntoView {
    let lang = page_lang();
    let c = use_consortium();
    let totals_label = of_scope(lang, axis, Key::MatrixTotalsNetwork, Key::MatrixTotalsAxis);
    disclosure(t(lang, caption), move || {
        let teams: Vec<Team> = shown.with(|order| {
            order
                .iter()
                .filter_map(|&i| c.teams.get(i).cloned())
                .collect()
        });
        let scoped = c.teams_within(axis);
        let note = note(lang, &scoped);
        let totals = tally(scoped, facet);
        view! {
            {note}
            <Matrix teams columns=columns.clone() facet caption=t(lang, caption) id
                scope=Filter::of_axis(axis) totals totals_label/>
        }
    })
}

/// The topic pairs of the teams of the scope (not of the filters chosen: each figure
/// must be the count of the view it leads to), in a disclosure.
#[component]
pub fn PairsTable(axis: Option<u8>, tumor_types: Options, expertise: Options) -> impl IntoView {
    let lang = page_lang();
    let c = use_consortium();
    let caption = of_scope(lang, axis, Key::PairsCaptionNetwork, Key::PairsCaptionAxis);
    disclosure(t(lang, Key::PairsTitle), move || {
        let scoped = c.teams_within(axis);
        let note = note(lang, &scoped);
        let pairs = topic_pairs(scoped, &ids(&tumor_types), &ids(&expertise));
        view! {
            {note}
            <TopicPairs tumor_types=tumor_types.clone() expertise=expertise.clone() pairs
                caption=caption.to_owned() id="topic-pairs" scope=Filter::of_axis(axis)/>
        }
    })
}

/// The words of `network` in the whole network, of `in_axis` on an axis page.
fn of_scope(lang: Lang, axis: Option<u8>, network: Key, in_axis: Key) -> &'static str {
    t(lang, if axis.is_some() { in_axis } else { network })
}

/// The note that the tables of `scoped` count illustrative entries, when they do.
fn note(lang: Lang, scoped: &[&Team]) -> Option<impl IntoView> {
    illustrative_note(
        lang,
        scoped,
        Key::TablesIllustrativeOne,
        Key::TablesIllustrativeOther,
    )
    .map(|text| view! { <p class="note illustrative-note">{text}</p> })
}

/// A disclosure whose `content` is built only while it is open, so that a table of
/// thousands of rows costs nothing closed.
fn disclosure<V: IntoView + 'static>(
    summary: &'static str,
    content: impl Fn() -> V + Send + Sync + 'static,
) -> impl IntoView {
    let open = RwSignal::new(false);
    view! {
        <details class="matrix-block" on:toggle=move |ev| {
            let el = event_target::<web_sys::HtmlDetailsElement>(&ev);
            open.set(el.open());
        }>
            <summary>{summary}</summary>
            {move || open.get().then(&content)}
        </details>
    }
}
