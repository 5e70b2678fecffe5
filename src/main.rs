//! The Micronit atlas: a client-side app that renders the consortium's snapshot.

mod app;
mod components;
mod data;
mod i18n;
mod meta;
mod nav;
mod pages;

use wasm_bindgen::JsCast;

// Talc instead of the default dlmalloc: smaller in wasm, and faster.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

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
