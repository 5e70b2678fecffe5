//! The outline of France, fetched once per visit for every map (bundled with the site:
//! no tile server).

use leptos::prelude::*;

/// Where the outline lives, relative to the app's base URL.
pub const OUTLINE_URL: &str = "map/france.json";

/// The outline's SVG path: `None` while loading, then `Some(None)` if it could not be
/// loaded. (A signal set by a task rather than a resource: smaller code.)
#[derive(Clone, Copy)]
pub struct Outline(pub RwSignal<Option<Option<String>>>);

/// Starts loading the outline, for every map of the visit.
pub fn provide_outline() {
    let outline = RwSignal::new(None);
    provide_context(Outline(outline));
    leptos::task::spawn_local(async move {
        let path = load_outline().await;
        outline.set(Some(path));
    });
}

/// Fetches the outline of France (a path in map units, see `Frame`).
pub(super) async fn load_outline() -> Option<String> {
    let response = gloo_net::http::Request::get(OUTLINE_URL)
        .send()
        .await
        .ok()?;
    if !response.ok() {
        return None;
    }
    let text = response.text().await.ok()?;
    let value = js_sys::JSON::parse(&text).ok()?;
    js_sys::Reflect::get(&value, &"path".into())
        .ok()?
        .as_string()
}
