//! The Micronit atlas: a client-side app that renders the consortium's snapshot.

mod app;
mod components;
mod data;
mod i18n;
mod meta;
mod nav;
mod pages;

use wasm_bindgen::JsCast;

fn main() {
    // The app takes over a known element, so the page may hold static content
    // (a loading message, later a prerendered page) until the app is ready.
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match root {
        Some(root) => {
            root.set_inner_html("");
            leptos::mount::mount_to(root, app::App).forget();
        }
        None => leptos::mount::mount_to_body(app::App),
    }
}
