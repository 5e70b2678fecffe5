//! The outline of France, fetched once per visit for every map (bundled with the site:
//! no tile server).

use leptos::prelude::*;

/// Where the outline lives, relative to the app's base URL.
pub const OUTLINE_URL: &str = "map/france.json";

/// The file of the outline: its SVG path, in map units (see `Frame`).
#[derive(serde::Deserialize)]
struct OutlineFile {
    path: String,
}

/// The outline's SVG path: `None` while loading, then `Some(None)` if it could not be
/// loaded. A signal set by a task rather than a resource: the maps read it inside the
/// pages' `<Suspense>`, and a page must not wait for its map's outline to be shown.
#[derive(Clone, Copy)]
pub struct Outline(pub RwSignal<Option<Option<String>>>);

/// Starts loading the outline, for every map of the visit.
pub fn provide_outline() {
    let outline = RwSignal::new(None);
    provide_context(Outline(outline));
    leptos::task::spawn_local(async move {
        outline.set(Some(load_outline().await));
    });
}

/// Fetches the outline of France.
async fn load_outline() -> Option<String> {
    let response = gloo_net::http::Request::get(OUTLINE_URL)
        .send()
        .await
        .ok()?;
    if !response.ok() {
        return None;
    }
    let file: OutlineFile = response.json().await.ok()?;
    Some(file.path)
}
