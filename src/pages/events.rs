use leptos::prelude::*;
use micronit_model::{date_range, event_ics, Consortium, Date, Event, Lang, Page};

use crate::components::{source_links, tr, ExternalLink};
use crate::data::use_consortium;
use crate::i18n::{page_lang, t, tf, Key};
use crate::today::use_today;

/// The link that downloads the event for a calendar program; the file is made when the
/// link is followed.
fn calendar_link(e: &Event, lang: Lang, stamp: &str) -> impl IntoView {
    let (event, stamp) = (e.clone(), stamp.to_owned());
    let label = tf(
        lang,
        Key::EventIcsLabel,
        &[("title", e.title.in_lang(lang))],
    );
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let origin = crate::address::base_url();
        let url = format!("{origin}{}", Page::Events.href(lang));
        let ics = event_ics(&event, lang, &url, &stamp);
        crate::download::offer(&ev, ics, "text/calendar;charset=utf-8");
    };
    view! {
        <p class="calendar">
            <a href="#" download=format!("{}.ics", e.id) aria-label=label on:click=on_click>
                {t(lang, Key::EventIcs)}
            </a>
        </p>
    }
}

fn event_view(e: &Event, lang: Lang, stamp: &str) -> impl IntoView {
    let when = match (e.start.parse::<Date>(), e.end.parse::<Date>()) {
        (Ok(start), Ok(end)) => Some(view! {
            <p class="dateline"><time datetime=start.to_string()>{date_range(start, end, lang)}</time></p>
        }),
        _ => None,
    };
    view! {
        <li class="card event">
            <h3>{tr(&e.title, lang)}</h3>
            {when}
            <p>{tf(lang, Key::EventPlace, &[("city", &e.city)])}</p>
            <p>{tr(&e.description, lang)}</p>
            {calendar_link(e, lang, stamp)}
            <ul class="plain">
                {e.links.iter().map(|l| {
                    let label = tr(&l.label, lang);
                    view! { <li><ExternalLink href=l.url.clone()>{label}</ExternalLink></li> }
                }).collect_view()}
            </ul>
            {source_links(&e.sources, lang)}
        </li>
    }
}

/// Events, upcoming first, then past ones, newest first.
#[component]
pub fn Events() -> impl IntoView {
    let lang = page_lang();
    let c = use_consortium();
    let today = use_today();
    // By start date (then id), through the model's one sort routine.
    let events = &c.events;
    let mut order: Vec<usize> = (0..events.len()).collect();
    micronit_model::sort_indices(&mut order, &|a, b| {
        (&events[a].start, &events[a].id).cmp(&(&events[b].start, &events[b].id))
    });
    // Upcoming and past as of the page's day: the build's, then the visitor's.
    let sections = move || {
        let today = today.get();
        let (upcoming, mut past): (Vec<&Event>, Vec<&Event>) = order
            .iter()
            .map(|&i| &c.events[i])
            .partition(|e| match (today, e.end.parse::<Date>()) {
                (Some(today), Ok(end)) => end >= today,
                _ => false,
            });
        past.reverse();
        view! {
            {section(&c, lang, Key::EventsUpcoming, Key::EventsNoneUpcoming, upcoming, "events-upcoming")}
            {section(&c, lang, Key::EventsPast, Key::EventsNonePast, past, "events-past")}
        }
    };
    view! {
        <div class="container page">
            <h1>{t(lang, Key::EventsTitle)}</h1>
            {sections}
        </div>
    }
}

/// A list of events under its heading, or what to say when there is none.
fn section(
    c: &Consortium,
    lang: Lang,
    title: Key,
    none: Key,
    events: Vec<&Event>,
    id: &'static str,
) -> impl IntoView {
    view! {
        <section aria-labelledby=id>
            <h2 id=id>{t(lang, title)}</h2>
            {if events.is_empty() {
                view! { <p>{t(lang, none)}</p> }.into_any()
            } else {
                view! { <ul class="cards">{events.into_iter().map(|e| event_view(e, lang, &c.updated)).collect_view()}</ul> }.into_any()
            }}
        </section>
    }
}
