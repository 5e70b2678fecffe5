use leptos::prelude::*;
use micronit_model::{Date, Filter, Page};

use crate::components::{tr, NetworkCharts, TeamMap};
use crate::data::use_consortium;
use crate::i18n::{page_lang, plural, t, tf, Key};

/// The home page: what Micronit is, key figures, the axes and the latest news.
#[component]
pub fn Home() -> impl IntoView {
    let lang = page_lang();
    let c = use_consortium();
    let f = c.figures();
    let all: Vec<usize> = (0..c.teams.len()).collect();
    // The teams are the network's own counts, as are its members and associated teams:
    // the directory lists all the teams, but not which are which where the sources do
    // not say, so only the first leads to it.
    let figures = [
        (
            f.declared.teams,
            Key::FigTeamsOne,
            Key::FigTeamsOther,
            (f.declared.teams == f.listed.teams).then(Filter::default),
        ),
        (
            f.declared.members,
            Key::FigMembersOne,
            Key::FigMembersOther,
            None,
        ),
        (
            f.declared.associated,
            Key::FigAssociatedOne,
            Key::FigAssociatedOther,
            None,
        ),
        (f.axes, Key::FigAxesOne, Key::FigAxesOther, None),
        (
            f.tumor_types,
            Key::FigTumorTypesOne,
            Key::FigTumorTypesOther,
            None,
        ),
        (f.cities, Key::FigCitiesOne, Key::FigCitiesOther, None),
    ];
    let axes = {
        let c = c.clone();
        move || {
            c.axes
                .iter()
                .map(|axis| {
                    let n = axis.number;
                    view! {
                        <li class=format!("card axis-card axis-{n}")>
                            <p class="eyebrow">{tf(lang, Key::AxisLabel, &[("n", &n.to_string())])}</p>
                            <h3><a href=Page::Axis(n).href(lang)>{tr(&axis.title, lang)}</a></h3>
                            <p>{tr(&axis.description, lang)}</p>
                        </li>
                    }
                })
                .collect_view()
        }
    };
    let news = {
        let c = c.clone();
        move || {
            c.news_newest_first()
                .into_iter()
                .take(3)
                .map(|item| {
                    let date = item.date.as_deref().and_then(|d| d.parse::<Date>().ok());
                    view! {
                        <li class="news-teaser">
                            {date.map(|d| view! { <time datetime=d.to_string()>{d.long(lang)}</time> })}
                            <h3><a href=Page::NewsItem(item.slug.clone()).href(lang)>{tr(&item.title, lang)}</a></h3>
                            <p>{tr(&item.summary, lang)}</p>
                        </li>
                    }
                })
                .collect_view()
        }
    };
    let all = Signal::derive(move || all.clone());
    view! {
        <div class="page home">
            <section class="hero">
                <div class="container">
                    <h1>
                        <span class="hero-name">{c.about.name.clone()}</span>
                        <span class="hero-tagline">{tr(&c.about.tagline, lang)}</span>
                    </h1>
                    <p class="lead">{tr(&c.about.summary, lang)}</p>
                    <p class="actions">
                        <a class="button" href=Page::Teams.href(lang)>{t(lang, Key::HomeDirectory)}</a>
                        <a class="button secondary" href=Page::About.href(lang)>{t(lang, Key::HomeAbout)}</a>
                    </p>
                </div>
            </section>
            <section class="container" aria-labelledby="figures-title">
                <h2 id="figures-title">{t(lang, Key::HomeFigures)}</h2>
                <ul class="figures">
                    {figures
                        .into_iter()
                        .map(|(n, one, other, view)| {
                            let figure = view! {
                                <span class="figure-value">{n}</span>
                                " "
                                <span class="figure-label">{t(lang, plural(lang, n, one, other))}</span>
                            };
                            match view {
                                Some(f) => view! { <li><a href=Page::directory_href(lang, &f)>{figure}</a></li> }.into_any(),
                                None => view! { <li>{figure}</li> }.into_any(),
                            }
                        })
                        .collect_view()}
                </ul>
                <p class="note figures-known">
                    {tf(lang, plural(lang, f.known.teams, Key::FigKnownOne, Key::FigKnownOther), &[
                        ("n", &f.known.teams.to_string()),
                        ("teams", &f.listed.teams.to_string()),
                    ])}
                    " "
                    <a href=Page::About.section_href(lang, "about-teams")>{t(lang, Key::FigKnownLink)}</a>
                </p>
            </section>
            <section class="container home-map" aria-labelledby="map-title">
                <h2 id="map-title">{t(lang, Key::MapHomeTitle)}</h2>
                <TeamMap teams=all/>
                <p><a href=Page::Teams.href(lang)>{t(lang, Key::MapHomeLink)}</a></p>
                <div class="embed-this" data-embed-this="map"></div>
            </section>
            <section class="container" aria-labelledby="axes-title">
                <h2 id="axes-title">{t(lang, Key::HomeAxes)}</h2>
                <ul class="cards">{axes()}</ul>
            </section>
            <div class="container">
                <NetworkCharts axis=None/>
            </div>
            <section class="container" aria-labelledby="news-title">
                <h2 id="news-title">{t(lang, Key::HomeNews)}</h2>
                <ul class="news-list">{news()}</ul>
                <p><a href=Page::News.href(lang)>{t(lang, Key::NewsBack)}</a></p>
            </section>
        </div>
    }
}
