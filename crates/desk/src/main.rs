//! The coordinators' desk: a file opened in the browser (a snapshot, or a teams
//! spreadsheet) is checked with the data tool's own validation, compared with the
//! published snapshot, previewed as the whole site and downloaded as the data tool writes
//! it. Its own wasm: the atlas's desk page loads it and calls [`mount`].

mod actions;
mod app;
mod changes;
mod download;
mod findings;
mod open;
mod opened;
mod start;
mod texts;

use leptos::prelude::*;
use micronit_model::Lang;
use wasm_bindgen::prelude::*;

/// Nothing runs on load: the page calls `mount`.
fn main() {}

/// The desk drawn in an element of the page; `unmount` takes it away (the atlas does so
/// when the visitor leaves the desk page, or switches its language).
#[wasm_bindgen]
pub struct Desk {
    view: Option<Box<dyn std::any::Any>>,
}

#[wasm_bindgen]
impl Desk {
    pub fn unmount(&mut self) {
        self.view = None;
    }
}

/// Draws the desk in `host`, in `lang` (`fr` or `en`; French otherwise).
#[wasm_bindgen]
pub fn mount(host: web_sys::HtmlElement, lang: &str) -> Desk {
    // A panic names its file and line in the console.
    console_error_panic_hook::set_once();
    let lang: Lang = lang.parse().unwrap_or(Lang::Fr);
    host.set_inner_html("");
    let handle = leptos::mount::mount_to(host, move || view! { <app::DeskApp lang/> });
    Desk {
        view: Some(Box::new(handle)),
    }
}
