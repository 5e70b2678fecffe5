//! The address as signals, and moving between the site's pages without reloading
//! (History API). Links to pages of the site are followed in the app; back and forward
//! work; other links (other sites, downloads, new tabs, modified clicks) are left to
//! the browser. A few dozen lines instead of a router: addresses are matched by
//! `micronit_model::Page::parse`, so only this part of a router was in use.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The current address: path, query (without `?`) and fragment (without `#`).
#[derive(Clone, Copy)]
pub struct Location {
    pub pathname: Memo<String>,
    pub search: Memo<String>,
    pub hash: Memo<String>,
    url: RwSignal<(String, String, String)>,
}

/// The site's base address (`https://example.org/micronit/`), from `<base href>`: the
/// site may be served at the root of a domain or under a sub-path.
pub fn base_url() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_else(|| "/".to_owned())
}

/// The path part of the base address (`/micronit/`).
fn base_path() -> String {
    web_sys::Url::new(&base_url()).map_or_else(|_| "/".to_owned(), |u| u.pathname())
}

/// The current address, its path taken from the site's base (`/fr/teams` for
/// `/micronit/fr/teams`).
fn read_url() -> (String, String, String) {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return ("/".to_owned(), String::new(), String::new());
    };
    let get = |r: Result<String, _>| r.unwrap_or_default();
    let path = get(location.pathname());
    let base = base_path();
    let path = match path.strip_prefix(base.trim_end_matches('/')) {
        Some(rest) if rest.starts_with('/') || rest.is_empty() => {
            format!("/{}", rest.trim_start_matches('/'))
        }
        _ => path,
    };
    (
        path,
        get(location.search()).trim_start_matches('?').to_owned(),
        get(location.hash()).trim_start_matches('#').to_owned(),
    )
}

thread_local! {
    /// The app's address signals, for code that runs outside the reactive tree (event
    /// listeners, callbacks).
    static CURRENT: std::cell::Cell<Option<Location>> = const { std::cell::Cell::new(None) };
}

/// Sets up the address signals and link handling, for the whole app.
pub fn provide_location() -> Location {
    let url = RwSignal::new(read_url());
    let location = Location {
        pathname: Memo::new(move |_| url.with(|u| u.0.clone())),
        search: Memo::new(move |_| url.with(|u| u.1.clone())),
        hash: Memo::new(move |_| url.with(|u| u.2.clone())),
        url,
    };
    provide_context(location);
    CURRENT.with(|c| c.set(Some(location)));
    // Back and forward.
    let pop = window_event_listener(leptos::ev::popstate, move |_| url.set(read_url()));
    // Links to the site's own pages.
    let click = window_event_listener(leptos::ev::click, move |ev| follow(&ev, location));
    on_cleanup(move || {
        pop.remove();
        click.remove();
    });
    location
}

/// The app's address signals.
pub fn use_location() -> Location {
    use_context::<Location>().unwrap_or_else(provide_location)
}

/// Goes to `href` (an address relative to the site's base, such as `fr/teams?axis=2`, or
/// absolute): a new history entry, or the current one replaced; at the top of the page
/// unless `keep_scroll`.
pub fn navigate(href: &str, replace: bool, keep_scroll: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ = if replace {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href))
        } else {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href))
        };
    }
    if let Some(location) = CURRENT.with(|c| c.get()) {
        location.url.set(read_url());
    }
    if !keep_scroll {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Follows a click on a link to a page of the site inside the app.
fn follow(ev: &web_sys::MouseEvent, location: Location) {
    if ev.default_prevented()
        || ev.button() != 0
        || ev.meta_key()
        || ev.ctrl_key()
        || ev.shift_key()
        || ev.alt_key()
    {
        return;
    }
    let Some(link) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("a[href]").ok().flatten())
    else {
        return;
    };
    // In an embedded view links open the full site in a new tab (`<base target>`).
    let target = link
        .get_attribute("target")
        .or_else(|| {
            let base = web_sys::window()?
                .document()?
                .query_selector("base")
                .ok()??;
            base.get_attribute("target")
        })
        .unwrap_or_default();
    if (!target.is_empty() && target != "_self") || link.has_attribute("download") {
        return;
    }
    // The link's address as the browser resolves it.
    let Ok(href) = js_sys::Reflect::get(&link, &"href".into()) else {
        return;
    };
    let Some(href) = href.as_string() else {
        return;
    };
    let Ok(url) = web_sys::Url::new(&href) else {
        return;
    };
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    if url.origin() != origin {
        return;
    }
    // Only addresses under the site's base are pages of the site.
    if !url.pathname().starts_with(&base_path()) {
        return;
    }
    ev.prevent_default();
    let before = location.pathname.get_untracked();
    navigate(&url.href(), false, !url.hash().is_empty());
    let same_page = location.pathname.get_untracked() == before;
    if same_page && !url.hash().is_empty() {
        // An anchor of this page: go to it.
        let id = url.hash().trim_start_matches('#').to_owned();
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
        {
            el.scroll_into_view();
        }
    }
}
