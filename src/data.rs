//! Fetching the snapshot once per visit, and the loading and error states.

use std::sync::Arc;

use leptos::prelude::*;
use micronit_model::{Consortium, Snapshot, SnapshotError};

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
pub type Loaded = Result<Arc<Consortium>, LoadError>;

/// Fetches and validates the snapshot.
pub async fn load_snapshot() -> Loaded {
    let response = gloo_net::http::Request::get(SNAPSHOT_URL)
        .send()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Http(response.status()));
    }
    let body = response
        .text()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    parse(&body).map(Arc::new).map_err(LoadError::Snapshot)
}

/// Parses with the browser's own JSON parser (no JSON parser in the wasm: about 7 KB
/// less), then validates with the model, like `Snapshot::from_json` does natively.
fn parse(body: &str) -> Result<Consortium, SnapshotError> {
    let value = js_sys::JSON::parse(body.trim_start_matches('\u{feff}')).map_err(|e| {
        let message: String = js_sys::Error::from(e).message().into();
        let (line, column) = position(&message).unwrap_or_default();
        SnapshotError::Syntax {
            line,
            column,
            message,
        }
    })?;
    let version = js_sys::Reflect::get(&value, &"schema_version".into())
        .ok()
        .and_then(|v| v.as_f64());
    if version != Some(f64::from(micronit_model::SCHEMA_VERSION)) {
        return Err(SnapshotError::UnsupportedVersion {
            found: version.map(|v| v as u64),
        });
    }
    // Without the JSON path of the fault (serde_path_to_error would cost 4 KB here):
    // `micronit-data validate` gives it, with the line and column. Unlike the data tool,
    // the site ignores fields it does not know.
    let snapshot: Snapshot =
        serde_wasm_bindgen::from_value(value).map_err(|e| SnapshotError::Shape {
            path: None,
            line: 0,
            column: 0,
            message: e.to_string(),
        })?;
    Consortium::new(snapshot)
}

/// The "(line 3 column 7)" that Chromium and Firefox put in their JSON errors.
fn position(message: &str) -> Option<(usize, usize)> {
    let rest = &message[message.rfind("line ")? + 5..];
    let (line, rest) = rest.split_once(" column ")?;
    let column: String = rest.chars().take_while(char::is_ascii_digit).collect();
    Some((line.trim().parse().ok()?, column.parse().ok()?))
}

/// The snapshot resource, provided by the app.
pub type SnapshotResource = LocalResource<Loaded>;

/// The validated consortium, for components rendered once it has loaded.
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
pub fn LoadFailed(error: LoadError, resource: SnapshotResource) -> impl IntoView {
    let lang = use_lang();
    let explain = {
        let error = error.clone();
        move || {
            let lang = lang.get();
            match &error {
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
    let details = match &error {
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
