//! The app: router, layout and the view of each address.
//!
//! The router (leptos_router) follows links, the address bar, back and forward, scroll
//! and anchors; one catch-all route hands every path under the site's base to
//! `micronit_model::Page::parse`, the same tested code that builds every link, so the
//! matching and the links cannot disagree. The routes are flat (`FlatRoutes`): with one
//! route there is nothing to nest, and the nested router weighs 10 KB more.

use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Route, Router};
use leptos_router::hooks::use_navigate;
use leptos_router::{path, NavigateOptions};
use micronit_model::{lang_of_path, Date, Lang, Page};

use crate::address::{provide_site_address, provide_site_base, provide_site_path, IN_BROWSER};
use crate::components::{provide_map_count, Footer, Header};
use crate::data::{ConsortiumProvider, LoadFailed, Loaded, SnapshotState};
use crate::i18n::{t, use_lang, Key};
use crate::meta::{apply, page_meta, DataState};
use crate::pages;
use crate::today::provide_today;

/// The whole site, drawn from `snapshot` (or from why it could not be read), for a site
/// served at `base` (`/`, or `/micronit/` under a sub-path) whose address is `site` (as
/// `https://example.org/micronit/`, or its path when unknown), on the day `today`.
#[component]
pub fn App(
    snapshot: Loaded,
    #[prop(into)] base: String,
    #[prop(into)] site: String,
    today: Option<Date>,
) -> impl IntoView {
    provide_site_base(base.clone());
    provide_site_address(site);
    provide_today(today);
    provide_map_count();
    let snapshot = SnapshotState::new(snapshot);
    // The router matches addresses under the base path (`/micronit`), without its slash.
    let base = base.trim_end_matches('/').to_owned();
    view! {
        <Router base>
            <Layout snapshot/>
        </Router>
    }
}

/// The visitor's preferred language, from `navigator.languages`.
fn browser_lang() -> Lang {
    // At build time no page depends on it: `/`, which goes by it, is the shell.
    if !IN_BROWSER {
        return Lang::Fr;
    }
    let languages: Vec<String> = web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default();
    Lang::negotiate(languages)
}

#[component]
fn Layout(snapshot: SnapshotState) -> impl IntoView {
    let path = provide_site_path();
    let preferred = browser_lang();
    let lang = Memo::new(move |_| path.with(|p| lang_of_path(p)).unwrap_or(preferred));
    provide_context(lang);
    let route = Memo::new(move |_| path.with(|p| Page::parse(p)).map(|(_, page)| page));

    // `/` goes to the home page in the browser's language.
    let navigate = use_navigate();
    Effect::new(move |_| {
        if path.with(|p| p.trim_matches('/').is_empty()) {
            let options = NavigateOptions {
                replace: true,
                ..Default::default()
            };
            navigate(&Page::Home.path(preferred), options);
        }
    });

    // The document head follows the route, the language and the data.
    Effect::new(move |_| {
        let loaded = snapshot.get();
        let data = match &loaded {
            Err(_) => DataState::Failed,
            Ok(c) => DataState::Ready(c),
        };
        apply(&page_meta(lang.get(), route.get().as_ref(), data));
    });

    // After a navigation inside the app, move focus to the new content so that screen
    // readers announce it, as a full page load would.
    Effect::new(move |previous: Option<Option<Page>>| {
        let current = route.get();
        if previous.is_some_and(|p| p != current) {
            focus_main();
        }
        current
    });

    // The coordinators' desk does not wait for the published snapshot: it must open even
    // when that snapshot is broken, to check the file that fixes it.
    let desk = Memo::new(move |_| route.with(|r| matches!(r, Some(Page::Desk))));
    let content = move || {
        if desk.get() {
            // Drawn anew in the other language: the desk reads the page's language once.
            return view! {
                {move || {
                    lang.track();
                    view! { <pages::DeskPage/> }
                }}
            }
            .into_any();
        }
        view! {
            {move || match snapshot.get() {
                Ok(consortium) => view! {
                    <ConsortiumProvider consortium>
                        <PageView route/>
                    </ConsortiumProvider>
                }
                .into_any(),
                Err(error) => view! { <LoadFailed error snapshot/> }.into_any(),
            }}
        }
        .into_any()
    };
    // Every address is taken by the one route, whose page view draws the not-found page
    // for an address that is no page (the model's `Page::parse` decides): the router's
    // fallback, which it requires, is never reached.
    let routes = move || {
        view! {
            <FlatRoutes fallback=|| ()>
                <Route path=path!("/*any") view=content/>
            </FlatRoutes>
        }
    };
    // A view embedded in a partner's page stays one for the whole visit: no skip link,
    // header or footer around it, and its links open the full site in a new tab.
    if matches!(route.get_untracked(), Some(Page::Embed(_))) {
        return view! {
            <main id="main" class="embedded" tabindex="-1" on:click=open_in_new_tab>
                {routes}
            </main>
        }
        .into_any();
    }
    let skip_href = move || format!("{}#main", path.get().trim_start_matches('/'));
    view! {
        <a class="skip-link" href=skip_href on:click=skip_to_main>
            {move || t(lang.get(), Key::SkipToContent)}
        </a>
        <Header/>
        <main id="main" tabindex="-1">
            {routes}
        </main>
        <Footer snapshot/>
    }
    .into_any()
}

/// The page at the current address; re-rendered only when the page or language changes,
/// not when the query string does.
#[component]
fn PageView(route: Memo<Option<Page>>) -> impl IntoView {
    let lang = use_lang();
    move || {
        let lang = lang.get();
        match route.get() {
            None => view! { <pages::NotFound/> }.into_any(),
            Some(page) => pages::render(page, lang),
        }
    }
}

/// The skip link moves focus to the main content and stays on the page. (The link's own
/// listener runs before the router's, on the window, which then leaves the click alone.)
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    if let Some(main) = focus_main() {
        main.scroll_into_view();
    }
}

/// In an embedded view, a link of the atlas opens the full site in a new tab (the
/// page's `<base target>`): marked on the link itself, the router then leaves it to
/// the browser.
fn open_in_new_tab(ev: leptos::ev::MouseEvent) {
    use wasm_bindgen::JsCast;
    let link = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("a[href]").ok().flatten());
    if let Some(link) = link.filter(|l| !l.has_attribute("target")) {
        let _ = link.set_attribute("target", "_blank");
        let _ = link.set_attribute("rel", "noopener");
    }
}

/// Moves focus to `<main>` (which has `tabindex="-1"`).
fn focus_main() -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    let main = web_sys::window()?
        .document()?
        .get_element_by_id("main")?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()?;
    let _ = main.focus();
    Some(main)
}
