use leptos::prelude::*;
use micronit_model::Page;

use crate::i18n::{page_lang, t, tf, Key};

/// What was asked for and does not exist.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Missing {
    /// An address that names no page.
    #[default]
    Page,
    Team(String),
    Axis(u8),
    News(String),
}

/// The not-found page, in the page's language, with ways back.
#[component]
pub fn NotFound(#[prop(optional)] missing: Missing) -> impl IntoView {
    let lang = page_lang();
    let detail = match &missing {
        Missing::Page => t(lang, Key::NotFoundText).to_owned(),
        Missing::Team(id) => tf(lang, Key::NotFoundTeam, &[("id", id)]),
        Missing::Axis(n) => tf(lang, Key::NotFoundAxis, &[("n", &n.to_string())]),
        Missing::News(slug) => tf(lang, Key::NotFoundNews, &[("slug", slug)]),
    };
    let related = match &missing {
        Missing::Team(_) | Missing::Axis(_) => {
            Some((Page::Teams.href(lang), t(lang, Key::NotFoundTeams)))
        }
        Missing::News(_) => Some((Page::News.href(lang), t(lang, Key::NotFoundNewsList))),
        Missing::Page => None,
    };
    view! {
        <section class="container page not-found">
            <h1>{t(lang, Key::NotFoundTitle)}</h1>
            <p>{detail}</p>
            <ul class="link-list">
                {related.map(|(href, label)| view! { <li><a href=href>{label}</a></li> })}
                <li><a href=Page::Home.href(lang)>{t(lang, Key::NotFoundHome)}</a></li>
            </ul>
        </section>
    }
}
