//! One module per page of the site.

mod about;
mod axis;
mod desk;
mod embed;
mod events;
mod home;
mod news;
mod not_found;
mod open_data;
mod partners;
mod statement;
mod team;
mod teams;

pub use desk::Desk as DeskPage;
pub use not_found::{Missing, NotFound};

use leptos::prelude::*;
use micronit_model::{Lang, Page};

use crate::data::use_consortium;
use crate::i18n::Key;

/// The view of `page` in `lang`; an id the snapshot does not know gives the not-found page.
pub fn render(page: Page, lang: Lang) -> AnyView {
    let c = use_consortium();
    match page {
        Page::Home => view! { <home::Home/> }.into_any(),
        Page::Teams => view! { <teams::Teams/> }.into_any(),
        Page::Team(id) => match c.team(&id) {
            Some(team) => {
                let team = team.clone();
                view! { <team::TeamPage team/> }.into_any()
            }
            None => view! { <NotFound missing=Missing::Team(id)/> }.into_any(),
        },
        Page::Axis(n) => match c.axis(n) {
            Some(axis) => {
                let axis = axis.clone();
                view! { <axis::AxisPage axis/> }.into_any()
            }
            None => view! { <NotFound missing=Missing::Axis(n)/> }.into_any(),
        },
        Page::News => view! { <news::NewsList/> }.into_any(),
        Page::NewsItem(slug) => match c.news_item(&slug) {
            Some(item) => {
                let item = item.clone();
                view! { <news::NewsPage item/> }.into_any()
            }
            None => view! { <NotFound missing=Missing::News(slug)/> }.into_any(),
        },
        Page::Events => view! { <events::Events/> }.into_any(),
        Page::Partners => view! { <partners::Partners/> }.into_any(),
        Page::About => view! { <about::About/> }.into_any(),
        Page::Desk => view! { <desk::Desk/> }.into_any(),
        Page::Embed(view) => embed::embed(view, lang),
        Page::Legal => statement::statement(lang, Key::LegalTitle, statement::LEGAL, true),
        Page::OpenData => view! { <open_data::OpenData/> }.into_any(),
        Page::Accessibility => {
            statement::statement(lang, Key::A11yTitle, statement::ACCESSIBILITY, false)
        }
    }
}
