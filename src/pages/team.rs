use leptos::prelude::*;
use micronit_model::{Facet, Filter, Page, Team};

use crate::components::{
    leader_view, ror_link, status_label, team_identifiers, tr, CiteThisPage, CloseTeams,
    ExternalLink, IllustrativeBadge, Locator, Sources,
};
use crate::data::use_consortium;
use crate::i18n::{page_lang, t, tf, Key};

/// A team's page: every field of the team.
#[component]
pub fn TeamPage(team: Team) -> impl IntoView {
    let lang = page_lang();
    let c = use_consortium();
    let field = |key: Key, value: AnyView| {
        view! {
            <div class="field">
                <dt>{t(lang, key)}</dt>
                <dd>{value}</dd>
            </div>
        }
    };
    // A field the sources leave empty says so on a real team; an illustrative entry,
    // whose fields are examples, leaves it out.
    let illustrative = team.illustrative;
    let stated = move |key: Key, value: Option<AnyView>| match value {
        Some(value) => Some(field(key, value)),
        None if !illustrative => Some(field(
            key,
            view! { <span class="not-stated">{t(lang, Key::NotStated)}</span> }.into_any(),
        )),
        None => None,
    };
    let institutions = team
        .institutions
        .iter()
        .filter_map(|id| c.institution(id))
        .map(|i| {
            let name = i.name.in_lang(lang).to_owned();
            let ror = ror_link(i.ror.as_ref(), &name);
            match &i.acronym {
                Some(a) if a != &name => {
                    view! { <li>{name}" ("{a.clone()}")"{ror}</li> }.into_any()
                }
                _ => view! { <li>{name}{ror}</li> }.into_any(),
            }
        })
        .collect_view();
    let region = c
        .region(&team.region)
        .map(|r| r.name.in_lang(lang).to_owned())
        .unwrap_or_default();
    let axes = team
        .axes
        .iter()
        .filter_map(|n| c.axis(*n))
        .map(|axis| {
            let n = axis.number;
            view! {
                <li class=format!("axis-{n}")>
                    <a href=Page::Axis(n).href(lang)>
                        {tf(lang, Key::AxisLabel, &[("n", &n.to_string())])}
                        {crate::meta::colon(lang)}
                        {tr(&axis.title, lang)}
                    </a>
                </li>
            }
        })
        .collect_view();
    let tumor_types = team
        .tumor_types
        .iter()
        .filter_map(|id| c.tumor_type(id))
        .map(|tt| {
            let href =
                Page::directory_href(lang, &Filter::default().with(Facet::TumorType, &tt.id));
            let title = tf(lang, Key::TeamsWith, &[("what", tt.name.in_lang(lang))]);
            view! { <li><a href=href title=title>{tr(&tt.name, lang)}</a></li> }
        })
        .collect_view();
    let expertise = team
        .expertise
        .iter()
        .filter_map(|id| c.expertise_area(id))
        .map(|e| {
            let href = Page::directory_href(lang, &Filter::default().with(Facet::Expertise, &e.id));
            let title = tf(lang, Key::TeamsWith, &[("what", e.name.in_lang(lang))]);
            view! { <li><a href=href title=title>{tr(&e.name, lang)}</a></li> }
        })
        .collect_view();
    let news = c
        .news_newest_first()
        .into_iter()
        .filter(|n| n.teams.contains(&team.id))
        .map(|n| view! { <li><a href=Page::NewsItem(n.slug.clone()).href(lang)>{tr(&n.title, lang)}</a></li> })
        .collect::<Vec<_>>();
    let has_news = !news.is_empty();
    let index = c.teams.iter().position(|t| t.id == team.id);
    let (cited, updated) = (team.clone(), c.updated.clone());

    view! {
        <article class="container page team-page">
            <p class="breadcrumb"><a href=Page::Teams.href(lang)>{t(lang, Key::TeamBack)}</a></p>
            <h1>
                {team.acronym.clone().map(|a| view! { <span class="acronym">{a}</span> })}
                <span class="team-name">{tr(&team.name, lang)}</span>
            </h1>
            {team.illustrative.then(|| view! {
                <p class="note illustrative-note"><IllustrativeBadge/>" "{t(lang, Key::IllustrativeNote)}</p>
            })}
            <p class="lead">{tr(&team.description, lang)}</p>
            <div class="team-body">
            <dl class="fields">
                {field(Key::FieldStatus, status_label(team.status, lang).into_any())}
                {stated(Key::FieldUnit, team.unit.clone().map(|u| u.into_any()))}
                {field(Key::FieldInstitutions, view! { <ul class="plain">{institutions}</ul> }.into_any())}
                {field(Key::FieldCity, team.city.clone().into_any())}
                {field(Key::FieldRegion, region.into_any())}
                {stated(Key::FieldLeaders, (!team.leaders.is_empty()).then(|| view! {
                    <ul class="plain">{team.leaders.iter().map(|l| view! { <li>{leader_view(l)}</li> }).collect_view()}</ul>
                }.into_any()))}
                {team_identifiers(&team, lang).map(|ids| field(Key::FieldIdentifiers, ids.into_any()))}
                {team.website.clone().map(|url| field(Key::FieldWebsite, view! {
                    <ExternalLink href=url.clone()>{url.clone()}</ExternalLink>
                }.into_any()))}
                {stated(Key::FieldAxes, (!team.axes.is_empty()).then(|| view! { <ul class="plain">{axes}</ul> }.into_any()))}
                {stated(Key::FieldTumorTypes, (!team.tumor_types.is_empty()).then(|| view! { <ul class="plain">{tumor_types}</ul> }.into_any()))}
                {stated(Key::FieldExpertise, (!team.expertise.is_empty()).then(|| view! { <ul class="plain">{expertise}</ul> }.into_any()))}
            </dl>
            {index.map(|team| view! { <Locator team/> })}
            </div>
            <div class="embed-this" data-embed-this=format!("teams/{}", team.id)></div>
            {has_news.then(|| view! {
                <section aria-labelledby="team-news">
                    <h2 id="team-news">{t(lang, Key::TeamNews)}</h2>
                    <ul>{news}</ul>
                </section>
            })}
            {index.map(|team| view! { <CloseTeams team/> })}
            <Sources sources=team.sources.clone() id="team-sources" illustrative=team.illustrative/>
            <CiteThisPage team=cited.clone() updated=updated.clone()/>
        </article>
    }
}
