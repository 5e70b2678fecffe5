//! The panel for the team or the place chosen on the map.

use leptos::prelude::*;
use micronit_model::{display_name, Consortium, Lang, Page};

use super::focus::focus_element;
use super::Chosen;
use crate::components::{status_label, IllustrativeBadge};
use crate::i18n::{count, t, tf, Key};
use crate::meta::colon;

/// The panel for a chosen team or place: what it is, and the way to its page.
pub(super) fn panel_view(
    c: &Consortium,
    chosen_now: Chosen,
    lang: Lang,
    heading: u8,
    chosen: RwSignal<Option<Chosen>>,
    ids: &str,
) -> impl IntoView {
    let title_id = format!("{ids}-panel-title");
    // Closing gives focus back to the marker that opened the panel (see `TeamMap`).
    let close = move |_| chosen.set(None);
    let (title, body) = match chosen_now {
        Chosen::Team(i) => {
            let Some(team) = c.teams.get(i) else {
                return ().into_any();
            };
            let axes = team
                .axes
                .iter()
                .map(|n| {
                    let title = c.axis(*n).map(|a| a.title.in_lang(lang).to_owned()).unwrap_or_default();
                    view! {
                        <li class=format!("tag axis-tag axis-{n}")>
                            {format!("{}{}{title}", tf(lang, Key::AxisLabel, &[("n", &n.to_string())]), colon(lang))}
                        </li>
                    }
                })
                .collect_view();
            let illustrative = team.illustrative;
            (
                display_name(team, lang),
                view! {
                    <p class="team-meta">
                        {team.city.clone()} " · " {status_label(team.status, lang)}
                        {illustrative.then(|| view! { " " <IllustrativeBadge/> })}
                    </p>
                    <ul class="tags" aria-label=t(lang, Key::FieldAxes)>{axes}</ul>
                    <p><a class="button" href=Page::Team(team.id.clone()).href(lang)>{t(lang, Key::MapTeamPage)}</a></p>
                }
                .into_any(),
            )
        }
        Chosen::Place(place, teams) => {
            let items = teams
                .iter()
                .filter_map(|&i| c.teams.get(i))
                .map(|team| {
                    view! {
                        <li>
                            <a href=Page::Team(team.id.clone()).href(lang)>{display_name(team, lang)}</a>
                            <span class="muted">" · " {status_label(team.status, lang)}</span>
                        </li>
                    }
                })
                .collect_view();
            (
                tf(
                    lang,
                    Key::MapCluster,
                    &[("place", &place), ("teams", &count(lang, teams.len(), Key::TeamsCountOne, Key::TeamsCountOther))],
                ),
                view! { <ul class="map-place-list" aria-label=t(lang, Key::MapPanelTeams)>{items}</ul> }.into_any(),
            )
        }
    };
    let title_view = if heading <= 2 {
        view! { <h2 id=title_id.clone() tabindex="-1">{title}</h2> }.into_any()
    } else {
        view! { <h3 id=title_id.clone() tabindex="-1">{title}</h3> }.into_any()
    };
    // The panel takes focus when it opens, so that it is read out.
    let focus_id = title_id.clone();
    request_animation_frame(move || {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&focus_id))
        {
            focus_element(&el);
        }
    });
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.stop_propagation();
            close(());
        }
    };
    view! {
        <section class="map-panel" aria-labelledby=title_id on:keydown=on_key>
            <button type="button" class="map-panel-close" aria-label=t(lang, Key::MapClose) title=t(lang, Key::MapClose)
                on:click=move |_| close(())>
                <span aria-hidden="true">"×"</span>
            </button>
            {title_view}
            {body}
        </section>
    }
    .into_any()
}
