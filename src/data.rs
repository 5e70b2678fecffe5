//! Fetching the snapshot once per visit, and the loading and error states.

use std::sync::Arc;

use leptos::prelude::*;
use micronit_model::{Consortium, Reading, Snapshot, SnapshotError, Step};

use crate::i18n::{t, tf, use_lang, Key};

/// Where the snapshot lives, relative to the app's base URL (`<base href>`).
pub const SNAPSHOT_URL: &str = "data/consortium.json";

/// Why the snapshot could not be loaded.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The request did not get an answer (offline, server down, blocked).
    Network(String),
    /// The server answered with an HTTP error status.
    Http(u16),
    /// The file arrived but is not a usable snapshot.
    Snapshot(SnapshotError),
}

/// The loaded snapshot, shared by every page.
pub type Loaded = Result<Arc<Consortium>, Arc<LoadError>>;

/// Fetches and validates the snapshot. `afresh` asks the network (and the service
/// worker) for a new copy rather than the one kept: a retry after a refused snapshot
/// must not be answered with the same copy.
pub async fn load_snapshot(afresh: bool) -> Result<Arc<Consortium>, LoadError> {
    // A coordinator previewing unpublished data in this tab: the site is drawn from it.
    if let Some(text) = crate::preview::snapshot() {
        return Snapshot::from_json(&text)
            .map(Arc::new)
            .map_err(LoadError::Snapshot);
    }
    let mut request = gloo_net::http::Request::get(SNAPSHOT_URL);
    if afresh {
        request = request.cache(web_sys::RequestCache::Reload);
    }
    let response = request.send().await.map_err(network)?;
    if !response.ok() {
        return Err(LoadError::Http(response.status()));
    }
    // The bytes, not the browser's text: a file that is not UTF-8 is refused, as the data
    // tool refuses it, rather than read with replacement characters.
    let body = response.binary().await.map_err(network)?;
    crate::timing::mark("micronit:snapshot-fetched");
    // Read in steps (text, structure, each part of the validation), each a task of its
    // own, then drawn in another.
    let mut reading = Reading::new(body);
    let read = loop {
        match reading.step() {
            Step::More(rest) => reading = rest,
            Step::Done(read) => break read,
        }
        crate::timing::next_task().await;
    };
    crate::timing::mark("micronit:snapshot-read");
    crate::timing::next_task().await;
    read.map(Arc::new).map_err(|e| {
        // The service worker replaces its copy, so that the next visit does not get it again.
        crate::offline::snapshot_refused();
        LoadError::Snapshot(e)
    })
}

/// What the browser said about a failed request.
fn network(e: gloo_net::Error) -> LoadError {
    LoadError::Network(match e {
        gloo_net::Error::JsError(js) => format!("{}: {}", js.name, js.message),
        other => other.to_string(),
    })
}

/// The snapshot, loaded once per visit and again on "Retry".
#[derive(Clone, Copy)]
pub struct SnapshotResource {
    resource: LocalResource<Loaded>,
    /// How many times the visitor asked to try again.
    attempts: RwSignal<u32>,
}

impl SnapshotResource {
    /// Starts loading the snapshot.
    pub fn new() -> Self {
        let attempts = RwSignal::new(0);
        let resource = LocalResource::new(move || {
            let afresh = attempts.get() > 0;
            async move { load_snapshot(afresh).await.map_err(Arc::new) }
        });
        SnapshotResource { resource, attempts }
    }

    /// The result, once there (tracked).
    pub fn get(&self) -> Option<Loaded> {
        self.resource.get()
    }

    /// Loads the snapshot again, afresh.
    pub fn refetch(&self) {
        self.attempts.update(|n| *n += 1);
    }
}

/// The validated consortium, for components rendered once it has loaded.
#[track_caller]
pub fn use_consortium() -> Arc<Consortium> {
    use_context::<Arc<Consortium>>().expect("pages are rendered inside <ConsortiumProvider>")
}

/// Makes the loaded consortium available to `children`.
#[component]
pub fn ConsortiumProvider(consortium: Arc<Consortium>, children: Children) -> impl IntoView {
    provide_context(consortium);
    children()
}

/// Shown while the snapshot is on its way.
#[component]
pub fn LoadingState() -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="loading" role="status">
            <span class="spinner" aria-hidden="true"></span>
            {move || t(lang.get(), Key::Loading)}
        </div>
    }
}

/// Shown when the snapshot could not be loaded: what went wrong in plain words, the
/// technical details for whoever keeps the data, and a way to try again.
#[component]
pub fn LoadFailed(error: Arc<LoadError>, resource: SnapshotResource) -> impl IntoView {
    let lang = use_lang();
    let explain = {
        let error = error.clone();
        move || {
            let lang = lang.get();
            match &*error {
                LoadError::Network(_) => t(lang, Key::ErrorNetwork).to_owned(),
                LoadError::Http(status) => {
                    tf(lang, Key::ErrorHttp, &[("status", &status.to_string())])
                }
                LoadError::Snapshot(SnapshotError::Syntax { .. }) => {
                    t(lang, Key::ErrorSyntax).to_owned()
                }
                LoadError::Snapshot(SnapshotError::UnsupportedVersion { .. }) => {
                    t(lang, Key::ErrorVersion).to_owned()
                }
                LoadError::Snapshot(_) => t(lang, Key::ErrorInvalid).to_owned(),
            }
        }
    };
    let details = match &*error {
        LoadError::Network(message) => message.clone(),
        LoadError::Http(status) => format!("GET {SNAPSHOT_URL}: HTTP {status}"),
        LoadError::Snapshot(e) => format!("{SNAPSHOT_URL}: {e}"),
    };
    view! {
        <section class="load-failed" role="alert" aria-labelledby="load-failed-title">
            <h1 id="load-failed-title">{move || t(lang.get(), Key::ErrorTitle)}</h1>
            <p>{explain}</p>
            <details>
                <summary>{move || t(lang.get(), Key::ErrorDetails)}</summary>
                <pre lang="en">{details}</pre>
            </details>
            <button type="button" class="button" on:click=move |_| resource.refetch()>
                {move || t(lang.get(), Key::ErrorRetry)}
            </button>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[should_panic(expected = "pages are rendered inside <ConsortiumProvider>")]
    fn a_page_outside_the_provider_is_a_loud_error() {
        Owner::new().with(|| {
            use_consortium();
        });
    }
}
