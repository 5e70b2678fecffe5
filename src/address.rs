//! The site's base address and the current address under it. The site may be served at
//! the root of a host or under a sub-path (`https://partner.example/micronit/`): trunk
//! writes the base into `<base href>`, links are relative to it, and the router is
//! given its path.

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use micronit_model::strip_base;

/// The site's base address (`https://example.org/micronit/`), from `<base href>`.
pub fn base_url() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_else(|| "/".to_owned())
}

/// The path of the base address (`/micronit/`, or `/` at the root of a host).
pub fn base_path() -> String {
    web_sys::Url::new(&base_url()).map_or_else(|_| "/".to_owned(), |u| u.pathname())
}

/// The current path under the site's base (`/fr/teams` for `/micronit/fr/teams`), what
/// `Page::parse` reads.
#[derive(Clone, Copy)]
pub struct SitePath(pub Memo<String>);

/// Sets up `SitePath` from the router's location, for the whole app.
pub fn provide_site_path() -> Memo<String> {
    let location = use_location();
    let base = base_path();
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
