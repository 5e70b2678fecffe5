//! Fetching the snapshot once per visit (and again on "Retry"), its state in the app, and
//! the error view.

use std::sync::Arc;

use leptos::prelude::*;
use micronit_model::{snapshot_digest, Consortium, Snapshot, SnapshotError};

use crate::i18n::{t, tf, use_lang, Key};

/// Where the snapshot lives, relative to the app's base URL (`<base href>`).
pub const SNAPSHOT_URL: &str = micronit_model::open_data::SNAPSHOT_PATH;

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

/// Fetches and reads the snapshot (with serde and the model's validation, as the data
/// tool reads it). `afresh` asks the network (and the service worker) for a new copy
/// rather than the one kept: a retry after a refused snapshot must not be answered with
/// the same copy. Also gives the digest of the bytes read, which says whether a page
/// rendered at build time was drawn from the same data.
pub async fn load_snapshot(afresh: bool) -> (Loaded, Option<String>) {
    // A coordinator previewing unpublished data in this tab: the site is drawn from it.
    if let Some(text) = crate::preview::snapshot() {
        let read = Snapshot::from_json(&text).map_err(LoadError::Snapshot);
        return (read.map(Arc::new).map_err(Arc::new), None);
    }
    match fetch_snapshot(afresh).await {
        Ok(body) => {
            let digest = snapshot_digest(&body);
            let read = Snapshot::from_bytes(body).map_err(|e| {
                // The service worker replaces its copy, so that the next visit does not
                // get it again.
                crate::offline::snapshot_refused();
                LoadError::Snapshot(e)
            });
            crate::timing::mark("micronit:snapshot-read");
            (read.map(Arc::new).map_err(Arc::new), Some(digest))
        }
        Err(e) => (Err(Arc::new(e)), None),
    }
}

/// The snapshot's bytes, with gloo-net.
async fn fetch_snapshot(afresh: bool) -> Result<Vec<u8>, LoadError> {
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
    Ok(body)
}

/// What the browser said about a failed request.
fn network(e: gloo_net::Error) -> LoadError {
    LoadError::Network(match e {
        gloo_net::Error::JsError(js) => format!("{}: {}", js.name, js.message),
        other => other.to_string(),
    })
}

/// The snapshot the site is drawn from, for the whole app: read before the app starts
/// (in the browser) or given to it (at build time), and read again on "Retry".
#[derive(Clone, Copy)]
pub struct SnapshotState {
    loaded: RwSignal<Loaded>,
}

impl SnapshotState {
    /// The app's snapshot, as read.
    pub fn new(loaded: Loaded) -> Self {
        SnapshotState {
            loaded: RwSignal::new(loaded),
        }
    }

    /// The snapshot, or why it could not be read (tracked).
    pub fn get(&self) -> Loaded {
        self.loaded.get()
    }

    /// Reads the snapshot again, afresh (the visitor asked to try again).
    pub fn retry(&self) {
        let loaded = self.loaded;
        leptos::task::spawn_local(async move {
            let (read, _) = load_snapshot(true).await;
            loaded.set(read);
        });
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

/// Shown when the snapshot could not be loaded: what went wrong in plain words, the
/// technical details for whoever keeps the data, and a way to try again.
#[component]
pub fn LoadFailed(error: Arc<LoadError>, snapshot: SnapshotState) -> impl IntoView {
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
            <button type="button" class="button" on:click=move |_| snapshot.retry()>
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
