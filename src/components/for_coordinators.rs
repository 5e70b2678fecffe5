//! The way to the coordinators' desk from the about page and the legal notice, for those
//! who keep the data (the main navigation leaves it out: it is not for visitors).

use leptos::prelude::*;
use micronit_model::Page;

use crate::i18n::{page_lang, t, Key};

#[component]
pub fn ForCoordinators() -> impl IntoView {
    let lang = page_lang();
    view! {
        <section class="for-coordinators" aria-labelledby="for-coordinators">
            <h2 id="for-coordinators">{t(lang, Key::CoordinatorsH)}</h2>
            <p>
                {t(lang, Key::CoordinatorsText)}" "
                <a href=Page::Desk.href(lang)>{t(lang, Key::DeskTitle)}</a>
            </p>
        </section>
    }
}
