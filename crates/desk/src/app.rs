//! The desk: the file opener, then the verdict on the file opened, its changes and what
//! to do next. The published snapshot is fetched as the site fetches it.

use std::cell::RefCell;
use std::sync::Arc;

use leptos::prelude::*;
use micronit_model::review::review;
use micronit_model::{Lang, Snapshot};

use crate::opened::Opened;
use crate::texts::{self, Key};

thread_local! {
    /// The last file opened, kept while the page lives: the desk drawn again in the other
    /// language shows the same file's verdict.
    static LAST_FILE: RefCell<Option<(String, Vec<u8>)>> = const { RefCell::new(None) };
}

/// The published snapshot, as the site reads it.
async fn published() -> Result<Arc<Snapshot>, String> {
    let response = gloo_net::http::Request::get(micronit_model::open_data::SNAPSHOT_PATH)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let bytes = response.binary().await.map_err(|e| e.to_string())?;
    let consortium = Snapshot::from_bytes(bytes).map_err(|e| e.to_string())?;
    Ok(Arc::new(consortium.snapshot().clone()))
}

#[component]
pub fn DeskApp(lang: Lang) -> impl IntoView {
    let t = move |key: Key| texts::t(lang, key);
    let published = LocalResource::new(published);
    let opened = RwSignal::new(None::<Opened>);
    // Checks a file against the published snapshot, once it has come (or failed to: a
    // whole snapshot is then still checked).
    let check = move |name: String, bytes: Vec<u8>| {
        let Some(base) = published.get_untracked() else {
            return;
        };
        LAST_FILE.with(|last| *last.borrow_mut() = Some((name.clone(), bytes.clone())));
        let review = Arc::new(review(&name, bytes, base.as_deref().ok()));
        opened.set(Some(Opened { name, review }));
    };
    // The file of the desk drawn before, in the other language.
    Effect::new(move |_| {
        if published.get().is_some() && opened.get_untracked().is_none() {
            if let Some((name, bytes)) = LAST_FILE.with(|last| last.borrow().clone()) {
                check(name, bytes);
            }
        }
    });
    let ready = Signal::derive(move || published.get().is_some());
    let on_file = Callback::new(move |(name, bytes): (String, Vec<u8>)| check(name, bytes));
    let published_state = move || match published.get() {
        None => Some(
            view! { <p class="desk-status" role="status">{t(Key::PublishedLoading)}</p> }
                .into_any(),
        ),
        Some(Err(detail)) => Some(
            view! {
                <div class="desk-failed" role="alert">
                    <p>{t(Key::PublishedFailed)}</p>
                    <p class="desk-detail"><code>{detail}</code></p>
                </div>
            }
            .into_any(),
        ),
        Some(Ok(base)) => Some(view! { <crate::start::Start published=base lang/> }.into_any()),
    };
    let verdict = move || {
        let base = published.get()?.ok();
        let opened = opened.get()?;
        Some(view! {
            <crate::findings::Verdict opened=opened.clone() lang/>
            {base.map(|published| view! { <crate::changes::Changes opened=opened.clone() published lang/> })}
            <crate::actions::Actions opened lang/>
        })
    };
    view! {
        <div class="desk">
            <p class="desk-intro">{t(Key::Intro)}</p>
            {published_state}
            <crate::open::Opener lang ready on_file/>
            {verdict}
        </div>
    }
}
