//! A team page's "close teams": the teams that share the most with it, with what they
//! share, and those that bring other skills on its tumor types
//! (`micronit_model::closeness`).

use leptos::prelude::*;
use micronit_model::closeness::{close_teams, complementary_teams, Topic};
use micronit_model::{display_name, Page};

use crate::components::IllustrativeBadge;
use crate::data::use_consortium;
use crate::i18n::{page_lang, t, tf, Key};

#[component]
pub fn CloseTeams(team: usize) -> impl IntoView {
    let lang = page_lang();
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
            {other.illustrative.then(|| view! { " " <IllustrativeBadge/> })}
        }
    };
    let illustrative = close
        .iter()
        .map(|n| n.team)
        .chain(complements.iter().map(|n| n.team))
        .any(|i| c.teams[i].illustrative);
    // Both lists: each team's link, then what it has in common or brings.
    let group = |heading: Key, rows: Vec<(usize, String)>| {
        (!rows.is_empty()).then(|| {
            let items = rows
                .into_iter()
                .map(
                    |(i, what)| view! { <li>{link(i)}<br/><span class="shared">{what}</span></li> },
                )
                .collect_view();
            view! {
                <h3>{t(lang, heading)}</h3>
                <ul class="close-teams">{items}</ul>
            }
        })
    };
    let joined = |names: Vec<String>| names.join(" · ");
    let close_list = group(
        Key::CloseShare,
        close
            .iter()
            .map(|n| (n.team, joined(n.shared.iter().map(topic).collect())))
            .collect(),
    );
    let complement_list = group(
        Key::CloseComplementary,
        complements
            .iter()
            .map(|n| {
                let brings = joined(n.brings.iter().map(|id| area(id)).collect());
                let on = joined(n.tumor_types.iter().map(|id| tumor(id)).collect());
                let what = tf(
                    lang,
                    Key::CloseBrings,
                    &[("skills", &brings), ("tumors", &on)],
                );
                (n.team, what)
            })
            .collect(),
    );
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
