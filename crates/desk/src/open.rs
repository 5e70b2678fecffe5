//! Opening a file: a labelled file input, or a file dropped on the zone around it. The
//! file is read in the browser; nothing is sent.

use leptos::prelude::*;
use leptos::task::spawn_local;
use micronit_model::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::texts::{self, Key};

/// The bytes of a file the visitor chose.
async fn read(file: web_sys::File) -> Result<(String, Vec<u8>), ()> {
    let buffer = JsFuture::from(file.array_buffer()).await.map_err(|_| ())?;
    Ok((file.name(), js_sys::Uint8Array::new(&buffer).to_vec()))
}

#[component]
pub fn Opener(
    lang: Lang,
    /// False until the published snapshot is there to check against.
    ready: Signal<bool>,
    on_file: Callback<(String, Vec<u8>)>,
) -> impl IntoView {
    let t = move |key: Key| texts::t(lang, key);
    let reading = RwSignal::new(false);
    let failed = RwSignal::new(false);
    let dragging = RwSignal::new(false);
    let open = move |file: Option<web_sys::File>| {
        let Some(file) = file else { return };
        if !ready.get_untracked() {
            return;
        }
        reading.set(true);
        failed.set(false);
        spawn_local(async move {
            let result = read(file).await;
            reading.set(false);
            match result {
                Ok(opened) => on_file.run(opened),
                Err(()) => failed.set(true),
            }
        });
    };
    let on_change = move |ev: leptos::ev::Event| {
        let input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        open(input.and_then(|i| i.files()).and_then(|files| files.get(0)));
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        open(
            ev.data_transfer()
                .and_then(|d| d.files())
                .and_then(|files| files.get(0)),
        );
    };
    let on_dragover = move |ev: leptos::ev::DragEvent| {
        // Accepting the drag is what lets the drop happen here rather than open the file.
        ev.prevent_default();
        dragging.set(true);
    };
    view! {
        <div
            class="desk-open"
            class:dragging=move || dragging.get()
            on:dragover=on_dragover
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop
        >
            <label for="desk-file">{t(Key::OpenLabel)}</label>
            <p class="desk-hint" id="desk-file-hint">{t(Key::OpenHint)}</p>
            <input
                id="desk-file"
                type="file"
                accept=".json,.csv,.xlsx,.ods"
                aria-describedby="desk-file-hint"
                disabled=move || !ready.get()
                on:change=on_change
            />
            <p class="desk-drop" aria-hidden="true">{t(Key::Drop)}</p>
            <p class="desk-status" role="status">
                {move || reading.get().then(|| t(Key::Reading))}
            </p>
            {move || failed.get().then(|| view! { <p class="desk-failed" role="alert">{t(Key::ReadFailed)}</p> })}
        </div>
    }
}
