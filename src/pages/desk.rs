//! The coordinators' desk's page. The desk is a wasm of its own (`crates/desk`), fetched
//! by this page only, so the public pages never carry its validator, spreadsheet readers
//! and comparison; the build names its files in `<meta name="micronit-desk">`
//! (scripts/desk.mjs).

use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::i18n::{page_lang, t, Key};

#[wasm_bindgen(inline_js = r#"
export function open_desk(host, lang) {
  const [code, wasm, style] = (document.querySelector('meta[name="micronit-desk"]')?.content ?? '').split(' ');
  if (!code || !wasm || !style) return Promise.reject(new Error('this build has no desk'));
  const at = (file) => new URL(file, document.baseURI).href;
  // Written relative to <base>, as the rendered desk page then keeps it.
  if (!document.querySelector('link[data-desk-style]')) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.setAttribute('href', style);
    link.dataset.deskStyle = '';
    document.head.append(link);
  }
  return import(at(code)).then(async (desk) => {
    await desk.default({ module_or_path: at(wasm) });
    return desk.mount(host, lang);
  });
}
export function close_desk(desk) {
  desk.unmount();
  desk.free();
}
"#)]
extern "C" {
    fn open_desk(host: &web_sys::HtmlElement, lang: &str) -> js_sys::Promise;
    fn close_desk(desk: &JsValue);
}

#[component]
pub fn Desk() -> impl IntoView {
    let lang = page_lang();
    let host = NodeRef::<html::Div>::new();
    let opened = RwSignal::new(false);
    let failed = RwSignal::new(false);
    let desk = StoredValue::new_local(None::<JsValue>);
    Effect::new(move |_| {
        let Some(el) = host.get() else { return };
        spawn_local(async move {
            match JsFuture::from(open_desk(&el, lang.code())).await {
                // Left before the desk came: it goes at once.
                Ok(d) if !el.is_connected() => close_desk(&d),
                Ok(d) => {
                    desk.set_value(Some(d));
                    opened.set(true);
                }
                Err(_) => failed.set(true),
            }
        });
    });
    on_cleanup(move || {
        if let Some(d) = desk.try_get_value().flatten() {
            close_desk(&d);
        }
    });
    view! {
        <section class="container page desk-page">
            <h1>{t(lang, Key::DeskTitle)}</h1>
            <p class="needs-script">{t(lang, Key::DeskNeedsScript)}</p>
            {move || (!opened.get() && !failed.get()).then(|| view! {
                <p class="desk-status" role="status">{t(lang, Key::DeskLoading)}</p>
            })}
            {move || failed.get().then(|| view! {
                <p class="desk-failed" role="alert">{t(lang, Key::DeskFailed)}</p>
            })}
            <div class="desk-host" node_ref=host></div>
        </section>
    }
}
