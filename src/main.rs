//! The Micronit atlas: a client-side app that renders the consortium's snapshot.

mod address;
mod app;
mod components;
mod data;
mod download;
mod i18n;
mod meta;
mod offline;
mod pages;
mod preview;
mod timing;

use wasm_bindgen::JsCast;

// Talc instead of the default dlmalloc: smaller in wasm, and faster.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    // A panic names its file and line in the console, instead of "unreachable".
    console_error_panic_hook::set_once();
    timing::mark("micronit:start");
    // The app takes over a known element, so the page may hold static content until the
    // app is ready: a loading message, or a prerendered page, beside which site.js then
    // makes `#app-live` for the app to start in, unseen, and which it replaces once the
    // app shows the same view.
    let document = web_sys::window().and_then(|w| w.document());
    let element = |id: &str| {
        document
            .as_ref()
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    };
    let root = element("app-live").or_else(|| {
        let app = element("app")?;
        app.set_inner_html("");
        Some(app)
    });
    // Building the app waits for a task of its own: instantiating the module (whose first
    // calls compile its code) and building the app together make one long task, which
    // keeps a phone from answering a tap; apart, each is short.
    let mount = move || {
        match root {
            Some(root) => leptos::mount::mount_to(root, app::App).forget(),
            None => leptos::mount::mount_to_body(app::App),
        }
        timing::mark("micronit:mounted");
    };
    leptos::prelude::set_timeout(mount, std::time::Duration::ZERO);
}
