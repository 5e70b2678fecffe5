use leptos::prelude::*;

use crate::components::{tr, ExternalLink};
use crate::data::use_consortium;
use crate::i18n::{page_lang, t, Key};

/// The consortium's partners and what each is for it.
#[component]
pub fn Partners() -> impl IntoView {
    let lang = page_lang();
    let c = use_consortium();
    let list = c
        .partners
        .iter()
        .map(|p| {
            let name = p.name.in_lang(lang).to_owned();
            let acronym = p.acronym.clone().filter(|a| a != &name);
            view! {
                <li class="card partner">
                    <h2>{name}{acronym.map(|a| view! { " ("{a}")" })}</h2>
                    <p>{tr(&p.role, lang)}</p>
                    {p.website.clone().map(|url| view! {
                        <p><ExternalLink href=url.clone()>{url.clone()}</ExternalLink></p>
                    })}
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="container page">
            <h1>{t(lang, Key::PartnersTitle)}</h1>
            <p class="lead">{t(lang, Key::PartnersIntro)}</p>
            <ul class="cards">{list}</ul>
        </div>
    }
}
