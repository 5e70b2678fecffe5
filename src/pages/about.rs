use leptos::prelude::*;
use micronit_model::{parse_month, Page, TumorGroup};

use crate::components::tr;
use crate::data::use_consortium;
use crate::i18n::{page_lang, t, tf, Key};
use crate::meta::colon;

/// About the consortium: key facts, mission, history, axes, expertise, tumor types.
#[component]
pub fn About() -> impl IntoView {
    let lang = page_lang();
    let c = use_consortium();
    let a = &c.about;
    let created = parse_month(&a.created)
        .map(|d| {
            tf(
                lang,
                Key::AboutCreatedValue,
                &[("month", &d.month_year(lang)), ("by", &a.created_by)],
            )
        })
        .unwrap_or_else(|_| a.created.clone());
    let group = |g: TumorGroup, key: Key| {
        view! {
            <div>
                <h3>{t(lang, key)}</h3>
                <ul>
                    {c.tumor_types.iter().filter(|tt| tt.group == g)
                        .map(|tt| view! { <li>{tr(&tt.name, lang)}</li> }).collect_view()}
                </ul>
            </div>
        }
    };
    let f = c.figures();
    let known = [
        (Key::AboutKnownMembers, f.known.members),
        (Key::AboutKnownAssociated, f.known.associated),
        (Key::AboutKnownUnstated, f.known.unstated),
    ];
    view! {
        <article class="container page about">
            <h1>{t(lang, Key::AboutTitle)}</h1>
            <p class="lead">{tr(&a.summary, lang)}</p>
            <section aria-labelledby="about-facts">
                <h2 id="about-facts">{t(lang, Key::AboutFacts)}</h2>
                <dl class="fields">
                    <div class="field"><dt>{t(lang, Key::AboutGdr)}</dt><dd>{a.gdr.clone()}</dd></div>
                    <div class="field"><dt>{t(lang, Key::AboutCreated)}</dt><dd>{created}</dd></div>
                    <div class="field"><dt>{t(lang, Key::AboutCoordination)}</dt><dd>{a.coordination_city.clone()}</dd></div>
                </dl>
            </section>
            <section aria-labelledby="about-teams">
                <h2 id="about-teams">{t(lang, Key::AboutTeams)}</h2>
                <p>{tf(lang, Key::AboutDeclared, &[
                    ("teams", &f.declared.teams.to_string()),
                    ("members", &f.declared.members.to_string()),
                    ("associated", &f.declared.associated.to_string()),
                ])}</p>
                <dl class="fields known-teams">
                    <div class="field">
                        <dt>{t(lang, Key::AboutKnown)}</dt>
                        <dd>
                            <ul class="plain">
                                {known.into_iter().map(|(key, n)| view! {
                                    <li>{t(lang, key)}{colon(lang)}{n}</li>
                                }).collect_view()}
                            </ul>
                        </dd>
                    </div>
                    <div class="field">
                        <dt>{t(lang, Key::AboutIllustrative)}</dt>
                        <dd>{f.listed.teams - f.known.teams}</dd>
                    </div>
                </dl>
            </section>
            <section aria-labelledby="about-mission">
                <h2 id="about-mission">{t(lang, Key::AboutMission)}</h2>
                {a.mission.iter().map(|p| view! { <p>{tr(p, lang)}</p> }).collect_view()}
            </section>
            <section aria-labelledby="about-history">
                <h2 id="about-history">{t(lang, Key::AboutHistory)}</h2>
                {a.history.iter().map(|p| view! { <p>{tr(p, lang)}</p> }).collect_view()}
            </section>
            <section aria-labelledby="about-axes">
                <h2 id="about-axes">{t(lang, Key::AboutAxes)}</h2>
                <ol class="axes-list">
                    {c.axes.iter().map(|axis| view! {
                        <li class=format!("axis-{}", axis.number)>
                            <a href=Page::Axis(axis.number).href(lang)>{tr(&axis.title, lang)}</a>
                        </li>
                    }).collect_view()}
                </ol>
            </section>
            <section aria-labelledby="about-expertise">
                <h2 id="about-expertise">{t(lang, Key::AboutExpertise)}</h2>
                <ul class="tags">
                    {c.expertise.iter().map(|e| view! { <li class="tag">{tr(&e.name, lang)}</li> }).collect_view()}
                </ul>
            </section>
            <section aria-labelledby="about-tumor-types">
                <h2 id="about-tumor-types">{t(lang, Key::AboutTumorTypes)}</h2>
                <div class="two-columns">
                    {group(TumorGroup::Hematological, Key::GroupHematological)}
                    {group(TumorGroup::Solid, Key::GroupSolid)}
                </div>
            </section>
            <crate::components::ForCoordinators/>
        </article>
    }
}
