use leptos::prelude::*;
use micronit_model::{display_name, Consortium, Lang, Membership, Page, Team};

use crate::components::{tr, Highlight};
use crate::data::use_consortium;
use crate::i18n::{count, page_lang, t, tf, Key};

/// The label of a membership status.
pub fn status_label(status: Membership, lang: Lang) -> &'static str {
    match status {
        Membership::Member => t(lang, Key::StatusMember),
        Membership::Associated => t(lang, Key::StatusAssociated),
        Membership::Unstated => t(lang, Key::StatusUnstated),
    }
}

/// The note that the figures of `teams` count illustrative entries, and how many, when
/// they do (`one` and `other` its words for one entry and more): a figure must not pass
/// an example for a fact.
pub fn illustrative_note(lang: Lang, teams: &[&Team], one: Key, other: Key) -> Option<String> {
    let n = teams.iter().filter(|t| t.illustrative).count();
    (n > 0).then(|| {
        let key = if n == 1 { one } else { other };
        let all = count(lang, teams.len(), Key::TeamsCountOne, Key::TeamsCountOther);
        tf(lang, key, &[("n", &n.to_string()), ("teams", &all)])
    })
}

/// The badge shown on every illustrative entry.
#[component]
pub fn IllustrativeBadge() -> impl IntoView {
    let lang = page_lang();
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
fn team_card(i: usize, team: &Team, c: &Consortium, lang: Lang, heading: u8) -> impl IntoView {
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
        <li class="card team-card" data-team=team.id.clone() data-index=i.to_string()>
            {heading_view(heading, view! { <a href=Page::Team(team.id.clone()).href(lang)>{title}</a> })}
            <p class="team-meta">
                <span>{team.city.clone()}</span>
                " · "
                <span>{status_label(team.status, lang)}</span>
                {team.illustrative.then(|| view! { " " <IllustrativeBadge/> })}
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
/// reverse. The list listens for the cards, and one effect marks the highlighted card:
/// a card has no listener or reactive part of its own, so that a filter that replaces a
/// page of cards does not also make and drop the listeners of each.
#[component]
pub fn TeamList(
    #[prop(into)] teams: Signal<Vec<usize>>,
    /// The level of each card's heading.
    heading: u8,
    #[prop(optional)] highlight: Option<Highlight>,
) -> impl IntoView {
    let lang = page_lang();
    let c = use_consortium();
    let list = NodeRef::<leptos::html::Ul>::new();
    let point_at = move |target: Option<web_sys::EventTarget>| {
        if let Some(h) = highlight {
            let card = card_index(target);
            if h.get_untracked() != card {
                h.set(card);
            }
        }
    };
    if let Some(h) = highlight {
        // Also after the cards change: a new card may be the highlighted one.
        Effect::new(move |_| {
            let current = h.get();
            teams.track();
            mark_highlighted(list, current);
        });
    }
    view! {
        <ul class="team-list" node_ref=list
            on:mouseover=move |ev: leptos::ev::MouseEvent| point_at(ev.target())
            on:mouseleave=move |_| point_at(None)
            on:focusin=move |ev: leptos::ev::FocusEvent| point_at(ev.target())
            on:focusout=move |_| point_at(None)>
            <For each=move || teams.get() key=|i| *i let:i>
                {c.teams.get(i).map(|team| team_card(i, team, &c, lang, heading))}
            </For>
        </ul>
    }
}

/// The team of the card that `target` is in, if any.
fn card_index(target: Option<web_sys::EventTarget>) -> Option<usize> {
    use wasm_bindgen::JsCast;
    target?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(".team-card")
        .ok()??
        .get_attribute("data-index")?
        .parse()
        .ok()
}

/// Marks the card of team `team` (and no other) in `list` as highlighted.
fn mark_highlighted(list: NodeRef<leptos::html::Ul>, team: Option<usize>) {
    let Some(list) = list.get_untracked() else {
        return;
    };
    if let Ok(Some(old)) = list.query_selector(".team-card.highlight") {
        let _ = old.class_list().remove_1("highlight");
    }
    let card = team.and_then(|i| {
        list.query_selector(&format!(".team-card[data-index=\"{i}\"]"))
            .ok()
            .flatten()
    });
    if let Some(card) = card {
        let _ = card.class_list().add_1("highlight");
    }
}
