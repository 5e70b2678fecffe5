use leptos::prelude::*;
use micronit_model::{display_name, Consortium, Lang, Membership, Page, Team};

use crate::components::{tr, Highlight};
use crate::data::use_consortium;
use crate::i18n::{t, tf, Key};

/// The label of a membership status.
pub fn status_label(status: Membership, lang: Lang) -> &'static str {
    match status {
        Membership::Member => t(lang, Key::StatusMember),
        Membership::Associated => t(lang, Key::StatusAssociated),
    }
}

/// The badge shown on every illustrative entry.
#[component]
pub fn IllustrativeBadge(lang: Lang) -> impl IntoView {
    view! { <span class="badge illustrative">{t(lang, Key::IllustrativeBadge)}</span> }
}

/// A heading of `level` 2 or 3 around `content`.
fn heading_view(level: u8, content: impl IntoView + 'static) -> AnyView {
    if level <= 2 {
        view! { <h2>{content}</h2> }.into_any()
    } else {
        view! { <h3>{content}</h3> }.into_any()
    }
}

/// One team as a card: name, acronym, city, status, axes and tumor types.
fn team_card(
    i: usize,
    team: &Team,
    c: &Consortium,
    lang: Lang,
    heading: u8,
    highlight: Option<Highlight>,
) -> impl IntoView {
    let axes = team
        .axes
        .iter()
        .map(|n| {
            view! {
                <li class=format!("tag axis-tag axis-{n}")>
                    {tf(lang, Key::AxisLabel, &[("n", &n.to_string())])}
                </li>
            }
        })
        .collect_view();
    let has_tumor_types = !team.tumor_types.is_empty();
    let tumor_types = team
        .tumor_types
        .iter()
        .filter_map(|id| c.tumor_type(id))
        .map(|tt| view! { <li class="tag">{tr(&tt.name, lang)}</li> })
        .collect_view();
    let title = display_name(team, lang);
    view! {
        <li class="card team-card" data-team=team.id.clone()
            class:highlight=move || highlight.is_some_and(|h| h.get() == Some(i))
            on:mouseenter=move |_| if let Some(h) = highlight { h.set(Some(i)) }
            on:mouseleave=move |_| if let Some(h) = highlight { h.set(None) }
            on:focusin=move |_| if let Some(h) = highlight { h.set(Some(i)) }
            on:focusout=move |_| if let Some(h) = highlight { h.set(None) }>
            {heading_view(heading, view! { <a href=Page::Team(team.id.clone()).href(lang)>{title}</a> })}
            <p class="team-meta">
                <span>{team.city.clone()}</span>
                " · "
                <span>{status_label(team.status, lang)}</span>
                {team.illustrative.then(|| view! { " " <IllustrativeBadge lang/> })}
            </p>
            <ul class="tags" aria-label=t(lang, Key::FieldAxes)>{axes}</ul>
            {has_tumor_types.then(|| view! {
                <ul class="tags" aria-label=t(lang, Key::FieldTumorTypes)>{tumor_types}</ul>
            })}
        </li>
    }
}

/// The teams at `teams` (indices into the snapshot's list) as cards, keyed by team: a
/// change of filter adds and removes cards rather than drawing the list again. Hovering
/// or focusing a card sets `highlight` (which the map beside the list shows), and the
/// reverse.
#[component]
pub fn TeamList(
    #[prop(into)] teams: Signal<Vec<usize>>,
    lang: Lang,
    /// The level of each card's heading.
    heading: u8,
    #[prop(optional)] highlight: Option<Highlight>,
) -> impl IntoView {
    let c = use_consortium();
    view! {
        <ul class="team-list">
            <For each=move || teams.get() key=|i| *i let:i>
                {c.teams.get(i).map(|team| team_card(i, team, &c, lang, heading, highlight))}
            </For>
        </ul>
    }
}
