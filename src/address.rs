//! The site's base address and the current address under it. The site may be served at
//! the root of a host or under a sub-path (`https://partner.example/micronit/`): trunk
//! writes the base into `<base href>`, links are relative to it, and the router is
//! given its path (by the browser's start from `<base href>`, by the build from the
//! page it renders).

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use micronit_model::strip_base;

/// True in the browser; false where the pages are rendered at build time (and in the
/// native tests), where there is no document to ask.
pub const IN_BROWSER: bool = cfg!(target_family = "wasm");

/// The site's base address (`https://example.org/micronit/`), from `<base href>`.
pub fn base_url() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_else(|| "/".to_owned())
}

/// The path of the base address (`/micronit/`, or `/` at the root of a host), in the
/// browser.
#[cfg(feature = "hydrate")]
pub fn base_path() -> String {
    web_sys::Url::new(&base_url()).map_or_else(|_| "/".to_owned(), |u| u.pathname())
}

/// The path of the site's base address, for the whole app.
#[derive(Clone)]
struct SiteBase(String);

/// The site's address as its pages write it (a citation's link): the site's own when
/// the build knows it, else its path, which the browser's app then makes whole.
#[derive(Clone, Copy)]
struct SiteAddress(RwSignal<String>);

/// Sets the site's address for the whole app: `site` as the build wrote it; in the
/// browser, once the page is hydrated, the address the browser resolves the base to.
pub fn provide_site_address(site: String) {
    let address = RwSignal::new(site);
    Effect::new(move |_| address.set(base_url()));
    provide_context(SiteAddress(address));
}

/// The site's address, ending with `/` (tracked).
#[track_caller]
pub fn use_site_address() -> Signal<String> {
    use_context::<SiteAddress>()
        .expect("the app provides the site's address")
        .0
        .into()
}

/// Sets the path of the site's base address (`/`, `/micronit/`) for the whole app.
pub fn provide_site_base(base: String) {
    provide_context(SiteBase(base));
}

/// The current path under the site's base (`/fr/teams` for `/micronit/fr/teams`), what
/// `Page::parse` reads.
#[derive(Clone, Copy)]
pub struct SitePath(pub Memo<String>);

/// Sets up `SitePath` from the router's location, for the whole app.
pub fn provide_site_path() -> Memo<String> {
    let location = use_location();
    let base = use_context::<SiteBase>()
        .expect("the app provides its base path to every part of it")
        .0;
    let path = Memo::new(move |_| location.pathname.with(|p| strip_base(p, &base)));
    provide_context(SitePath(path));
    path
}

/// The current path under the site's base.
#[track_caller]
pub fn use_site_path() -> Memo<String> {
    use_context::<SitePath>()
        .expect("the layout provides the site path to every part of the app")
        .0
}

#[cfg(test)]
mod tests {
    use super::*;

    // Outside the layout there is no path to fall back on: the component must say so.
    #[test]
    #[should_panic(expected = "the layout provides the site path")]
    fn a_missing_site_path_is_a_loud_error() {
        Owner::new().with(|| {
            use_site_path();
        });
    }
}
