//! Where a coordinator starts: the published data, to download and edit (the teams as a
//! spreadsheet, or the whole snapshot), without any tool to install.

use std::sync::Arc;

use leptos::prelude::*;
use micronit_model::sheet::write_csv;
use micronit_model::{write_snapshot, Lang, Snapshot};

use crate::download::download;
use crate::texts::{self, T};

#[component]
pub fn Start(published: Arc<Snapshot>, lang: Lang) -> impl IntoView {
    let t = move |text: T| text.get(lang);
    let teams = published.clone();
    view! {
        <div class="desk-start">
            <p>{t(texts::START)}</p>
            <p class="desk-downloads">
                <button
                    type="button"
                    class="button secondary"
                    on:click=move |_| download(&write_csv(&teams.teams).unwrap_or_default(), "teams.csv", "text/csv;charset=utf-8")
                >
                    {t(texts::DOWNLOAD_PUBLISHED_TEAMS)}
                </button>
                <button
                    type="button"
                    class="button secondary"
                    on:click=move |_| download(&write_snapshot(&published).unwrap_or_default(), "consortium.json", "application/json")
                >
                    {t(texts::DOWNLOAD_PUBLISHED_SNAPSHOT)}
                </button>
            </p>
        </div>
    }
}
