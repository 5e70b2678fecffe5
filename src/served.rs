//! What a page rendered at build time says about itself on its `<div id="app">`: written
//! by the build (src/render.rs), read by the page's own start (public/inline/start-app.js:
//! the app's files) and by the app's (src/start.rs). One list, so that the sides cannot
//! disagree; each side uses its part, and the other side's build allows what it leaves
//! unused.

/// The path under the site's base the page was rendered for (`/fr/teams`); the app takes
/// it away once it runs the page.
pub const RENDERED_FOR: &str = "data-prerendered";
/// The digest of the snapshot the page was drawn from (`micronit_model::snapshot_digest`).
pub const BUILT_FROM: &str = "data-snapshot";
/// The build's day (`YYYY-MM-DD`), which sorted the events.
pub const BUILT_ON: &str = "data-today";
/// The app's wasm-bindgen glue and wasm, which the page's start fetches once it is painted.
#[cfg_attr(not(feature = "ssr"), allow(dead_code))]
pub const APP_JS: &str = "data-app-js";
#[cfg_attr(not(feature = "ssr"), allow(dead_code))]
pub const APP_WASM: &str = "data-app-wasm";
/// The snapshot's address (`crate::data::SNAPSHOT_URL`), which the page's start asks for
/// with the app's files: the app's own request is then answered by that one.
#[cfg_attr(not(feature = "ssr"), allow(dead_code))]
pub const APP_DATA: &str = "data-app-data";
/// How the app took the page once it runs: `hydrated` or `drawn`.
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
pub const APP: &str = "data-app";
