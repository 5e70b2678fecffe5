//! Where a coordinator starts: the published data, to download and edit (the teams as a
//! spreadsheet, or the whole snapshot), without any tool to install.

use std::sync::Arc;

use leptos::prelude::*;
use micronit_model::sheet::write_csv;
use micronit_model::{write_snapshot, Lang, Snapshot};

use crate::download::download;
use crate::texts::{self, Key};

#[component]
pub fn Start(published: Arc<Snapshot>, lang: Lang) -> impl IntoView {
    let t = move |key: Key| texts::t(lang, key);
    let teams = published.clone();
    view! {
        <div class="desk-start">
            <p>{t(Key::Start)}</p>
            <p class="desk-downloads">
                <button
                    type="button"
                    class="button secondary"
                    on:click=move |_| download(&write_csv(&teams.teams).unwrap_or_default(), "teams.csv", "text/csv;charset=utf-8")
                >
                    {t(Key::DownloadPublishedTeams)}
                </button>
                <button
                    type="button"
                    class="button secondary"
                    on:click=move |_| download(&write_snapshot(&published).unwrap_or_default(), "consortium.json", "application/json")
                >
                    {t(Key::DownloadPublishedSnapshot)}
                </button>
            </p>
        </div>
    }
}
