//! Where an entry's facts come from: the sources a team, a news item or an event names,
//! each a link the reader can open to check them, as reference works give theirs.

use leptos::prelude::*;
use micronit_model::{Date, Lang, Source};

use crate::components::ExternalLink;
use crate::i18n::{page_lang, t, tf, Key};

/// The section that ends a page with its entry's sources: each one's title as a link (in
/// a new tab), its publisher, what it supports and the day it was read. An illustrative
/// team says it has none; an entry with no source and nothing to say shows nothing.
/// `id` names the section's heading (unique on the page).
#[component]
pub fn Sources(
    sources: Vec<Source>,
    id: &'static str,
    #[prop(optional)] illustrative: bool,
) -> impl IntoView {
    let lang = page_lang();
    if sources.is_empty() && !illustrative {
        return None;
    }
    let list = (!sources.is_empty()).then(|| {
        let items = sources
            .into_iter()
            .map(|s| source_item(s, lang))
            .collect_view();
        view! {
            <p class="hint">{t(lang, Key::SourcesIntro)}</p>
            <ol class="source-list">{items}</ol>
        }
    });
    let none =
        illustrative.then(|| view! { <p class="note">{t(lang, Key::SourcesIllustrative)}</p> });
    Some(view! {
        <section class="sources" aria-labelledby=id>
            <h2 id=id>{t(lang, Key::SourcesTitle)}</h2>
            {none}
            {list}
        </section>
    })
}

/// A source as the lists name it: its title as a link (in a new tab, marked with the
/// language it is written in), then its publisher.
fn named(source: &Source) -> impl IntoView + use<> {
    let (url, title, publisher) = (
        source.url.clone(),
        source.title.clone(),
        source.publisher.clone(),
    );
    let written_in = source.lang.map(Lang::code);
    view! {
        <ExternalLink href=url><cite lang=written_in>{title}</cite></ExternalLink>
        ", " {publisher}
    }
}

/// One source: "Title (new tab), Publisher." then "Supports: …. Read on 6 December 2026."
fn source_item(source: Source, lang: Lang) -> impl IntoView {
    let read = source
        .read
        .as_deref()
        .and_then(|d| d.parse::<Date>().ok())
        .map(|d| {
            let day = tf(lang, Key::SourcesRead, &[("date", &d.long(lang))]);
            view! { " " <time datetime=d.to_string()>{day}</time> }
        });
    let supports = tf(
        lang,
        Key::SourcesSupports,
        &[("what", source.supports.in_lang(lang))],
    );
    view! {
        <li>
            {named(&source)} "."
            <br/>
            <span class="supports">{supports}</span>
            {read}
        </li>
    }
}

/// An event's sources, in its card: "Sources: Title (new tab), Publisher; …", or nothing.
pub fn source_links(sources: &[Source], lang: Lang) -> Option<impl IntoView + use<>> {
    (!sources.is_empty()).then(|| {
        let links = sources
            .iter()
            .enumerate()
            .map(|(i, s)| view! { {(i > 0).then_some("; ")} {named(s)} })
            .collect_view();
        view! { <p class="event-sources">{t(lang, Key::SourcesTitle)}{crate::meta::colon(lang)}{links}</p> }
    })
}
