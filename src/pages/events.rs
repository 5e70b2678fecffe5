use leptos::prelude::*;
use micronit_model::{date_range, event_ics, Date, Event, Lang, Page};

use crate::components::{tr, ExternalLink};
use crate::data::use_consortium;
use crate::i18n::{t, tf, Key};

/// Today's date in the visitor's time zone.
fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    Some(Date {
        year: i32::try_from(now.get_full_year()).ok()?,
        month: u8::try_from(now.get_month() + 1).ok()?,
        day: u8::try_from(now.get_date()).ok()?,
    })
}

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
                    view! { <li><ExternalLink href=l.url.clone() lang>{label}</ExternalLink></li> }
                }).collect_view()}
            </ul>
        </li>
    }
}

/// Events, upcoming first, then past ones, newest first.
#[component]
pub fn Events(lang: Lang) -> impl IntoView {
    let c = use_consortium();
    let today = today();
    // By start date (then id), through the model's one sort routine.
    let events = &c.events;
    let mut order: Vec<usize> = (0..events.len()).collect();
    micronit_model::sort_indices(&mut order, &|a, b| {
        (&events[a].start, &events[a].id).cmp(&(&events[b].start, &events[b].id))
    });
    let (upcoming, mut past): (Vec<&Event>, Vec<&Event>) = order
        .iter()
        .map(|&i| &events[i])
        .partition(|e| match (today, e.end.parse::<Date>()) {
            (Some(today), Ok(end)) => end >= today,
            _ => false,
        });
    past.reverse();
    let section = |title: Key, none: Key, events: Vec<&Event>, id: &'static str| {
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
    };
    view! {
        <div class="container page">
            <h1>{t(lang, Key::EventsTitle)}</h1>
            {section(Key::EventsUpcoming, Key::EventsNoneUpcoming, upcoming, "events-upcoming")}
            {section(Key::EventsPast, Key::EventsNonePast, past, "events-past")}
        </div>
    }
}
