//! The app: router, layout and the view of each address.
//!
//! Addresses are matched by `micronit_model::Page::parse`, the same tested code that
//! builds every link, so the matching and the links cannot disagree.

use leptos::prelude::*;
use micronit_model::{lang_of_path, Lang, Page};

use crate::components::{provide_outline, Footer, Header};
use crate::data::{ConsortiumProvider, LoadFailed, LoadingState, SnapshotResource};
use crate::i18n::{t, Key};
use crate::meta::{apply, page_meta, set_lang, DataState};
use crate::nav::{navigate, provide_location};
use crate::pages;

#[component]
pub fn App() -> impl IntoView {
    let snapshot = SnapshotResource::new();
    // The map's outline, fetched alongside the data.
    provide_outline();
    provide_location();
    view! { <Layout snapshot/> }
}

/// The visitor's preferred language, from `navigator.languages`.
fn browser_lang() -> Lang {
    let languages: Vec<String> = web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default();
    Lang::negotiate(languages)
}

#[component]
fn Layout(snapshot: SnapshotResource) -> impl IntoView {
    let location = crate::nav::use_location();
    let preferred = browser_lang();
    let lang = Memo::new(move |_| lang_of_path(&location.pathname.get()).unwrap_or(preferred));
    provide_context(lang);
    let route = Memo::new(move |_| Page::parse(&location.pathname.get()).map(|(_, page)| page));

    // `/` goes to the home page in the browser's language.
    Effect::new(move |_| {
        if location.pathname.get().trim_matches('/').is_empty() {
            navigate(&Page::Home.href(preferred), true, false);
        }
    });

    // The document head follows the route, the language and the data.
    Effect::new(move |_| {
        let loaded = snapshot.get();
        let data = match &loaded {
            None => DataState::Loading,
            Some(Err(_)) => DataState::Failed,
            Some(Ok(c)) => DataState::Ready(c),
        };
        match page_meta(lang.get(), route.get().as_ref(), data) {
            Some(meta) => apply(&meta),
            None => set_lang(lang.get()),
        }
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

    let content = move || match snapshot.get() {
        None => view! { <LoadingState/> }.into_any(),
        Some(Err(error)) => view! { <LoadFailed error resource=snapshot/> }.into_any(),
        Some(Ok(consortium)) => view! {
            <ConsortiumProvider consortium>
                <PageView route lang/>
            </ConsortiumProvider>
        }
        .into_any(),
    };
    // A view embedded in a partner's page stays one for the whole visit (its links open
    // the site in a new tab): no skip link, header or footer around it.
    if matches!(route.get_untracked(), Some(Page::Embed(_))) {
        return view! { <main id="main" class="embedded" tabindex="-1">{content}</main> }
            .into_any();
    }
    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>
            {move || t(lang.get(), Key::SkipToContent)}
        </a>
        <Header/>
        <main id="main" tabindex="-1">{content}</main>
        <Footer snapshot/>
    }
    .into_any()
}

/// The page at the current address; re-rendered only when the page or language changes,
/// not when the query string does.
#[component]
fn PageView(route: Memo<Option<Page>>, lang: Memo<Lang>) -> impl IntoView {
    move || {
        let lang = lang.get();
        match route.get() {
            None => view! { <pages::NotFound lang/> }.into_any(),
            Some(page) => pages::render(page, lang),
        }
    }
}

/// The skip link moves focus to the main content and stays on the page. (Left to the
/// router, `#main` would resolve against `<base href>` and lead to the home page.)
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    if let Some(main) = focus_main() {
        main.scroll_into_view();
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
