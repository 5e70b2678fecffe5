//! The browser's start: read the snapshot with gloo-net, then hydrate the page the build
//! rendered from it, or draw the page where there is none to hydrate.
//!
//! A page written at build time (`micronit-render`) names the path it was rendered for
//! and the digest of the snapshot it was drawn from, on `<div id="app">`. The app hydrates
//! it (`hydrate_from`: the elements the visitor sees become the app's) only when it would
//! draw the same tree: the same address, no query string (the build renders no filters)
//! and the same snapshot. Otherwise (the service worker's offline shell, `/`, an address
//! with filters, a `consortium.json` published without a rebuild, a coordinator's
//! preview, a snapshot that could not be read) it empties the element and draws the page
//! in the same task: one copy of the page at any time, and no moment with both.

use leptos::prelude::*;
use micronit_model::strip_base;
use wasm_bindgen::JsCast;

use crate::address::base_path;
use crate::app::App;
use crate::data::load_snapshot;
use crate::kept::Kept;
use crate::served::{APP, BUILT_FROM, BUILT_ON, RENDERED_FOR};
use crate::timing::mark;
use crate::today::visitors_day;

/// Starts the app: called once the module is instantiated.
pub fn start() {
    // A panic names its file and line in the console, instead of "unreachable".
    console_error_panic_hook::set_once();
    mark("micronit:start");
    wasm_bindgen_futures::spawn_local(async {
        let (snapshot, digest) = load_snapshot(false).await;
        // The start's one split: reading the snapshot and hydrating the page (one walk of
        // the whole tree, which leptos does not cut) are each a task of their own; in one
        // they made a task of 50-62 ms on the directory, on 2 cores without throttling.
        next_task().await;
        let base = base_path();
        let Some(window) = web_sys::window() else {
            return;
        };
        let root = window
            .document()
            .and_then(|d| d.get_element_by_id("app"))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        let Some(root) = root else {
            // A page without its element: the app takes the body.
            let (site, today) = (base.clone(), visitors_day());
            leptos::mount::mount_to_body(move || view! { <App snapshot base site today/> });
            return;
        };
        let location = window.location();
        let here = strip_base(&location.pathname().unwrap_or_default(), &base);
        let query = location.search().unwrap_or_default();
        let same_page = root
            .get_attribute(RENDERED_FOR)
            .is_some_and(|rendered| same_path(&rendered, &here))
            && query.is_empty();
        let same_data =
            snapshot.is_ok() && digest.is_some() && digest == root.get_attribute(BUILT_FROM);
        // What the visitor typed, ticked or focused in the served page meanwhile.
        let kept = Kept::take(&root);
        // The app's first draw must be the build's: the page's day is the build's, and the
        // site's address starts as its path (hydration keeps the served text); the
        // browser's follow once the app runs (src/today.rs, src/address.rs).
        let site = base.clone();
        let how = if same_page && same_data {
            let today = root.get_attribute(BUILT_ON).and_then(|d| d.parse().ok());
            leptos::mount::hydrate_from(root.clone(), move || {
                view! { <App snapshot base site today/> }
            })
            .forget();
            "hydrated"
        } else {
            let today = visitors_day();
            root.set_inner_html("");
            leptos::mount::mount_to(root.clone(), move || {
                view! { <App snapshot base site today/> }
            })
            .forget();
            "drawn"
        };
        let _ = root.remove_attribute(RENDERED_FOR);
        let _ = root.set_attribute(APP, how);
        kept.give_back(&root);
        mark("micronit:started");
        // For site.js, which waits for it before telling a partner's page the height of
        // an embedded view.
        if let Ok(event) = web_sys::Event::new("micronit:started") {
            let _ = window.dispatch_event(&event);
        }
    });
}

/// Gives the browser the hand: what follows runs in a task of its own.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let queued = web_sys::window()
            .map(|w| w.set_timeout_with_callback(&resolve).is_ok())
            .unwrap_or(false);
        if !queued {
            // No timer to wait for: go on at once rather than never.
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Whether the page rendered for `rendered` is the one at `here` (both under the base;
/// a static server may add or drop a last slash).
fn same_path(rendered: &str, here: &str) -> bool {
    rendered.trim_end_matches('/') == here.trim_end_matches('/')
}
