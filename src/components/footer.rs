use leptos::prelude::*;
use micronit_model::{Date, Lang, Page};

use crate::data::SnapshotState;
use crate::i18n::{t, tf, use_lang, Key};

/// The site's footer: who publishes it, how fresh the data is, what it does not do.
#[component]
pub fn Footer(snapshot: SnapshotState) -> impl IntoView {
    let lang = use_lang();
    let updated = move || {
        let lang = lang.get();
        snapshot
            .get()
            .ok()
            .and_then(|c| updated_on(&c.updated, lang))
    };
    view! {
        <footer class="site-footer">
            <div class="container">
                <p>
                    <a href=move || Page::About.href(lang.get())>
                        {move || t(lang.get(), Key::FooterAbout)}
                    </a>
                </p>
                {updated}
                <p>{move || t(lang.get(), Key::FooterPrivacy)}</p>
                <p class="footer-links">
                    <a href=move || Page::Legal.href(lang.get())>{move || t(lang.get(), Key::FooterLegal)}</a>
                    " · "
                    <a href=move || Page::Accessibility.href(lang.get())>{move || t(lang.get(), Key::FooterA11y)}</a>
                    " · "
                    <a href=move || Page::OpenData.href(lang.get())>{move || t(lang.get(), Key::FooterOpenData)}</a>
                    " · "
                    <a href=move || Page::Desk.href(lang.get())>{move || t(lang.get(), Key::FooterDesk)}</a>
                </p>
            </div>
        </footer>
    }
}

/// "Données mises à jour le 25 novembre 2026": the day of the snapshot's data, in `lang`
/// (nothing when the snapshot's date is not a date).
pub fn updated_on(updated: &str, lang: Lang) -> Option<impl IntoView + use<>> {
    updated.parse::<Date>().ok().map(|d| {
        view! {
            <p>
                <time datetime=d.to_string()>
                    {tf(lang, Key::FooterUpdated, &[("date", &d.long(lang))])}
                </time>
            </p>
        }
    })
}
