//! A team page's "close teams": the teams that share the most with it, with what they
//! share, and those that bring other skills on its tumor types
//! (`micronit_model::closeness`).

use leptos::prelude::*;
use micronit_model::closeness::{close_teams, complementary_teams, Topic};
use micronit_model::{display_name, Lang, Page};

use crate::components::IllustrativeBadge;
use crate::data::use_consortium;
use crate::i18n::{t, tf, Key};

#[component]
pub fn CloseTeams(team: usize, lang: Lang) -> impl IntoView {
    let c = use_consortium();
    let close = close_teams(&c, team, lang);
    let complements = complementary_teams(&c, team, lang);
    if close.is_empty() && complements.is_empty() {
        return None;
    }
    let tumor = |id: &str| {
        c.tumor_type(id)
            .map_or(id.to_owned(), |x| x.name.in_lang(lang).to_owned())
    };
    let area = |id: &str| {
        c.expertise_area(id)
            .map_or(id.to_owned(), |x| x.name.in_lang(lang).to_owned())
    };
    let topic = |topic: &Topic| match topic {
        Topic::TumorType(id) => tumor(id),
        Topic::Expertise(id) => area(id),
        Topic::Axis(n) => tf(lang, Key::AxisLabel, &[("n", &n.to_string())]),
    };
    let link = |i: usize| {
        let other = &c.teams[i];
        view! {
            <a href=Page::Team(other.id.clone()).href(lang)>{display_name(other, lang)}</a>
            {other.illustrative.then(|| view! { " " <IllustrativeBadge lang/> })}
        }
    };
    let illustrative = close
        .iter()
        .map(|n| n.team)
        .chain(complements.iter().map(|n| n.team))
        .any(|i| c.teams[i].illustrative);
    let close_list = (!close.is_empty()).then(|| {
        let items = close
            .iter()
            .map(|n| {
                let shared = n.shared.iter().map(topic).collect::<Vec<_>>().join(" · ");
                view! { <li>{link(n.team)}<br/><span class="shared">{shared}</span></li> }
            })
            .collect_view();
        view! {
            <h3>{t(lang, Key::CloseShare)}</h3>
            <ul class="close-teams">{items}</ul>
        }
    });
    let complement_list = (!complements.is_empty()).then(|| {
        let items = complements
            .iter()
            .map(|n| {
                let brings = n
                    .brings
                    .iter()
                    .map(|id| area(id))
                    .collect::<Vec<_>>()
                    .join(" · ");
                let on = n
                    .tumor_types
                    .iter()
                    .map(|id| tumor(id))
                    .collect::<Vec<_>>()
                    .join(" · ");
                let what = tf(
                    lang,
                    Key::CloseBrings,
                    &[("skills", &brings), ("tumors", &on)],
                );
                view! { <li>{link(n.team)}<br/><span class="shared">{what}</span></li> }
            })
            .collect_view();
        view! {
            <h3>{t(lang, Key::CloseComplementary)}</h3>
            <ul class="close-teams">{items}</ul>
        }
    });
    Some(view! {
        <section class="close" aria-labelledby="close-title">
            <h2 id="close-title">{t(lang, Key::CloseTitle)}</h2>
            <p class="hint">{t(lang, Key::CloseHow)}</p>
            {illustrative.then(|| view! { <p class="note">{t(lang, Key::CloseIllustrative)}</p> })}
            {close_list}
            {complement_list}
        </section>
    })
}
