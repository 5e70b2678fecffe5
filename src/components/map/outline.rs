//! The outline of France: one bundled SVG file (no tile server), `map/land.svg`, written at
//! build time from `public/map/france.json` (scripts/land.mjs). Every map draws it through
//! `<use>`, as the rendered pages do, so the browser fetches it only for a page with a
//! map, keeps it, and the app neither fetches nor parses the outline itself.

use leptos::prelude::*;

/// How the outline's stroke follows the map's scale.
#[derive(Clone, Copy)]
pub enum Stroke {
    /// One pixel wide at any zoom, for the map that zooms.
    Fixed,
    /// Scaled with the drawing, for the small fixed maps.
    Scaled,
}

impl Stroke {
    /// The outline's address, relative to the app's base URL.
    fn href(self) -> &'static str {
        match self {
            Stroke::Fixed => "map/land.svg#land",
            Stroke::Scaled => "map/land.svg#land-scaled",
        }
    }
}

/// The outline of France; `failed` is set when its file cannot be loaded (Chromium and
/// Firefox send `error` to a `<use>` whose file fails), so that the map can say so.
#[component]
pub fn Land(stroke: Stroke, #[prop(optional)] failed: Option<RwSignal<bool>>) -> impl IntoView {
    view! {
        <use class="map-land" href=stroke.href() on:error=move |_| {
            if let Some(failed) = failed {
                failed.set(true);
            }
        }/>
    }
}
