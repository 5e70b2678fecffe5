use leptos::prelude::*;
use micronit_model::{Date, Lang, NewsItem, Page};

use crate::components::{tr, ExternalLink, Sources};
use crate::data::use_consortium;
use crate::i18n::{page_lang, t, Key};

/// The date of a news item, or a note that the source does not give one.
fn date_view(date: Option<&str>, lang: Lang) -> AnyView {
    match date.and_then(|d| d.parse::<Date>().ok()) {
        Some(d) => view! { <time datetime=d.to_string()>{d.long(lang)}</time> }.into_any(),
        None => view! { <span class="undated">{t(lang, Key::NewsUndated)}</span> }.into_any(),
    }
}

/// The news, newest first.
#[component]
pub fn NewsList() -> impl IntoView {
    let lang = page_lang();
    let c = use_consortium();
    let items = c.news_newest_first();
    let empty = items.is_empty();
    let list = items
        .into_iter()
        .map(|item| view! {
            <li class="news-teaser">
                {date_view(item.date.as_deref(), lang)}
                <h2><a href=Page::NewsItem(item.slug.clone()).href(lang)>{tr(&item.title, lang)}</a></h2>
                <p>{tr(&item.summary, lang)}</p>
            </li>
        })
        .collect_view();
    view! {
        <div class="container page">
            <h1>{t(lang, Key::NewsTitle)}</h1>
            <p class="lead">{t(lang, Key::NewsIntro)}</p>
            {if empty {
                view! { <p>{t(lang, Key::NewsNone)}</p> }.into_any()
            } else {
                view! { <ul class="news-list">{list}</ul> }.into_any()
            }}
        </div>
    }
}

/// One news item.
#[component]
pub fn NewsPage(item: NewsItem) -> impl IntoView {
    let lang = page_lang();
    let c = use_consortium();
    let teams = item
        .teams
        .iter()
        .filter_map(|id| c.team(id))
        .map(|team| {
            let label = team
                .acronym
                .clone()
                .unwrap_or_else(|| team.name.in_lang(lang).to_owned());
            view! { <li><a href=Page::Team(team.id.clone()).href(lang)>{label}</a></li> }
        })
        .collect::<Vec<_>>();
    let links = item
        .links
        .iter()
        .map(|l| {
            let label = tr(&l.label, lang);
            view! { <li><ExternalLink href=l.url.clone()>{label}</ExternalLink></li> }
        })
        .collect::<Vec<_>>();
    view! {
        <article class="container page news-page">
            <p class="breadcrumb"><a href=Page::News.href(lang)>{t(lang, Key::NewsBack)}</a></p>
            <h1>{tr(&item.title, lang)}</h1>
            <p class="dateline">{date_view(item.date.as_deref(), lang)}</p>
            <p class="lead">{tr(&item.summary, lang)}</p>
            {item.body.iter().map(|p| view! { <p>{tr(p, lang)}</p> }).collect_view()}
            {(!teams.is_empty()).then(|| view! {
                <h2>{t(lang, Key::NewsTeams)}</h2>
                <ul>{teams}</ul>
            })}
            {(!links.is_empty()).then(|| view! {
                <h2>{t(lang, Key::NewsLinks)}</h2>
                <ul>{links}</ul>
            })}
            <Sources sources=item.sources.clone() id="news-sources"/>
        </article>
    }
}
