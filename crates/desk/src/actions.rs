//! What to do with a checked file: see the whole site with it (a preview kept in this
//! tab's session storage, never sent anywhere), and download it as the data tool writes
//! it, with the teams as a spreadsheet.

use leptos::prelude::*;
use micronit_model::sheet::write_csv;
use micronit_model::{write_snapshot, Lang, Page, PREVIEW_NAME_KEY, PREVIEW_STORAGE_KEY};

use crate::download::download;
use crate::opened::Opened;
use crate::texts::{self, Key};

/// Saves `json` as this tab's preview and opens the site's home page with it.
fn preview(json: &str, name: &str, lang: Lang) -> Result<(), ()> {
    let window = web_sys::window().ok_or(())?;
    let storage = window.session_storage().ok().flatten().ok_or(())?;
    // Too large for the storage: nothing half-written stays.
    if storage.set_item(PREVIEW_STORAGE_KEY, json).is_err() {
        let _ = storage.remove_item(PREVIEW_STORAGE_KEY);
        return Err(());
    }
    let _ = storage.set_item(PREVIEW_NAME_KEY, name);
    let base = window
        .document()
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default();
    let home = format!("{}{}", base, Page::Home.href(lang));
    window.location().assign(&home).map_err(|_| ())
}

#[component]
pub fn Actions(opened: Opened, lang: Lang) -> impl IntoView {
    let t = move |key: Key| texts::t(lang, key);
    if opened.review.checked().is_none() {
        return ().into_any();
    }
    // The files are written when asked for, not with each verdict: a snapshot of
    // thousands of teams is megabytes of text.
    let review = opened.review.clone();
    let json = move || {
        review
            .checked()
            .and_then(|s| write_snapshot(s).ok())
            .unwrap_or_default()
    };
    let review = opened.review.clone();
    let csv = move || {
        review
            .checked()
            .and_then(|s| write_csv(&s.teams).ok())
            .unwrap_or_default()
    };
    let too_large = RwSignal::new(false);
    let name = opened.name.clone();
    let on_preview = {
        let json = json.clone();
        move |_| too_large.set(preview(&json(), &name, lang).is_err())
    };
    view! {
        <section class="desk-actions" aria-labelledby="desk-actions-title">
            <h2 id="desk-actions-title">{t(Key::NextTitle)}</h2>
            <p>
                <button type="button" class="button desk-preview" on:click=on_preview>{t(Key::Preview)}</button>
            </p>
            <p class="desk-hint">{t(Key::PreviewNote)}</p>
            {move || too_large.get().then(|| view! { <p class="desk-failed" role="alert">{t(Key::PreviewTooLarge)}</p> })}
            <p class="desk-downloads">
                <button type="button" class="button secondary" on:click=move |_| download(&json(), "consortium.json", "application/json")>
                    {t(Key::DownloadSnapshot)}
                </button>
                " "
                <button type="button" class="button secondary" on:click=move |_| download(&csv(), "teams.csv", "text/csv;charset=utf-8")>
                    {t(Key::DownloadTeams)}
                </button>
            </p>
            <p>{t(Key::PublishNote)}</p>
        </section>
    }
    .into_any()
}
