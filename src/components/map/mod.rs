//! The map of the teams: France drawn from the bundled outline (no tile server), team
//! markers that group when they would overlap, zoom and pan by mouse, touch and
//! keyboard, and a panel for the team or the place chosen. The geometry (projection,
//! bounds, grouping) is `micronit_model::View`, tested natively.

use std::sync::Arc;

use leptos::prelude::*;
use micronit_model::{svg_number, ClusterAction, Frame, Point, View};
use wasm_bindgen::JsCast;

use crate::data::use_consortium;
use crate::i18n::{page_lang, t, tf, Key};

mod camera;
mod focus;
mod geometry;
mod gestures;
mod glyph;
mod labels;
mod legend;
mod locator;
mod markers;
mod motion;
mod outline;
mod panel;

pub use locator::Locator;
use outline::{Land, Stroke};

use camera::Camera;
use focus::focus_element;
use geometry::JsMaths;
use gestures::Gestures;
use labels::{place_name, short_name};
use legend::legend;
use markers::{grouped, keep_focus, layer, mark_highlight, tile, Marker};
use panel::panel_view;

/// Markers closer than this many pixels are drawn as one.
pub(super) const RADIUS: f64 = 14.0;

/// Length of an animated zoom, in milliseconds.
pub(super) const EASE_MS: f64 = 300.0;

/// How far an arrow key moves the map, in pixels.
pub(super) const STEP: f64 = 80.0;

/// Teams this far outside the outline's box (km) are listed rather than drawn.
pub(super) const OFF_MAP_KM: f64 = 40.0;

#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Colours {
    Axis,
    Status,
}

/// What the panel shows.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Chosen {
    Team(usize),
    Place(String, Vec<usize>),
}

/// How many maps the app has drawn: the app's own count, so that a page rendered at
/// build time and the same page hydrated number their maps alike.
#[derive(Clone, Copy)]
struct MapCount(StoredValue<u32>);

/// Starts the count of maps, for the whole app.
pub fn provide_map_count() {
    provide_context(MapCount(StoredValue::new(0)));
}

/// A prefix for the ids of one map's elements, different for every map of the page
/// (a page may show two), and the same from one load of a page to the next.
#[track_caller]
fn map_ids() -> String {
    let MapCount(count) = use_context().expect("the app counts its maps");
    let n = count.get_value();
    count.set_value(n + 1);
    format!("map{n}")
}

/// The shared state of a map: the team highlighted in the list and on the map.
pub type Highlight = RwSignal<Option<usize>>;

/// The interactive map of `teams` (indices into the snapshot's teams).
#[component]
pub fn TeamMap(
    #[prop(into)] teams: Signal<Vec<usize>>,
    /// The team hovered or focused, here or in the list beside the map.
    #[prop(optional)]
    highlight: Option<Highlight>,
    /// The heading level of the panel's title.
    #[prop(default = 3)]
    heading: u8,
) -> impl IntoView {
    let lang = page_lang();
    let c = use_consortium();
    let highlight = highlight.unwrap_or_else(|| RwSignal::new(None));
    let frame = Frame::FRANCE;
    let points: Arc<Vec<Point>> = Arc::new(
        c.teams
            .iter()
            .map(|t| frame.project_with::<JsMaths>(t.location.lat, t.location.lon))
            .collect(),
    );
    let camera = Camera::new(View::new(frame, 640.0, 600.0));
    let (view, canvas) = (camera.view, camera.canvas);
    let colours = RwSignal::new(Colours::Axis);
    let chosen: RwSignal<Option<Chosen>> = RwSignal::new(None);
    let hover: RwSignal<Option<String>> = RwSignal::new(None);
    // The team whose marker had focus, so that focus follows it when markers regroup.
    let focus_team: StoredValue<Option<usize>> = StoredValue::new(None);
    let ids = map_ids();
    let end_id = format!("{ids}-end");

    // The teams drawn, and those too far from metropolitan France to be.
    let split = {
        let points = points.clone();
        Memo::new(move |_| {
            let (on, off): (Vec<usize>, Vec<usize>) = teams
                .get()
                .into_iter()
                .filter(|&i| i < points.len())
                .partition(|&i| frame.contains(points[i], OFF_MAP_KM));
            (on, off)
        })
    };

    camera.follow_size();
    let (jump, glide) = (move |to| camera.jump(to), move |to| camera.glide(to));

    let markers = grouped(view, split, points.clone(), frame);
    let tile = tile(view);

    // Events of the markers, handled by the map for all of them.
    let marker_of =
        move |target: Option<web_sys::EventTarget>| -> Option<(web_sys::Element, Marker)> {
            let el = target?
                .dyn_into::<web_sys::Element>()
                .ok()?
                .closest("[data-m]")
                .ok()??;
            let k: usize = el.get_attribute("data-m")?.parse().ok()?;
            let m = markers.with_untracked(|ms| ms.get(k).cloned())?;
            Some((el, m))
        };
    let activate = {
        let points = points.clone();
        let c = c.clone();
        move |teams: Vec<usize>| {
            focus_team.set_value(teams.first().copied());
            if teams.len() == 1 {
                chosen.set(Some(Chosen::Team(teams[0])));
                return;
            }
            let v = view.get_untracked();
            match v.cluster_action(&points, &teams, RADIUS) {
                ClusterAction::Zoom(to) => glide(to),
                ClusterAction::List => {
                    chosen.set(Some(Chosen::Place(place_name(&c, &teams), teams)));
                }
            }
        }
    };

    let gestures = Gestures::new(camera);
    let mut wheel = leptos::ev::Custom::<web_sys::WheelEvent>::new("wheel");
    // Not passive: a wheel over the map zooms it and must not scroll the page. (Only in
    // the browser: the build renders no listener.)
    if crate::address::IN_BROWSER {
        wheel.options_mut().set_passive(false);
    }
    let close = move || {
        chosen.set(None);
        hover.set(None);
    };
    let activate_key = activate.clone();
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let v = view.get_untracked();
        let key = ev.key();
        if key == "Enter" || key == " " {
            if let Some((_, m)) = marker_of(ev.target()) {
                ev.prevent_default();
                activate_key(m.teams);
            }
            return;
        }
        match key.as_str() {
            "ArrowLeft" => jump(v.pan(STEP, 0.0)),
            "ArrowRight" => jump(v.pan(-STEP, 0.0)),
            "ArrowUp" => jump(v.pan(0.0, STEP)),
            "ArrowDown" => jump(v.pan(0.0, -STEP)),
            "+" | "=" => glide(v.zoom_by(2.0)),
            "-" | "_" => glide(v.zoom_by(0.5)),
            "0" => glide(View::new(frame, v.width, v.height)),
            "Escape" => close(),
            _ => return,
        }
        ev.prevent_default();
    };

    let marker_layer = layer(c.clone(), lang, view, tile, markers, colours);

    let on_click = {
        let activate = activate.clone();
        move |ev: leptos::ev::MouseEvent| {
            if let Some((_, m)) = marker_of(ev.target()) {
                if !gestures.dragged() {
                    activate(m.teams);
                }
            }
        }
    };
    let point_at =
        move |target: Option<web_sys::EventTarget>, focused: bool| match marker_of(target) {
            Some((el, m)) => {
                if focused {
                    focus_team.set_value(m.teams.first().copied());
                }
                hover.set(el.get_attribute("aria-label"));
                highlight.set((m.teams.len() == 1).then(|| m.teams[0]));
            }
            None => {
                if hover.get_untracked().is_some() {
                    hover.set(None);
                    highlight.set(None);
                }
            }
        };
    mark_highlight(canvas, highlight, markers, tile, colours);
    keep_focus(canvas, focus_team, markers, tile, chosen);

    let transform = move || {
        let (tx, ty, s) = view.with(View::transform);
        format!(
            "translate({} {}) scale({})",
            svg_number(tx, 2),
            svg_number(ty, 2),
            svg_number(s, 6)
        )
    };
    let markers_transform = move || {
        let (tx, ty, _) = view.with(View::transform);
        format!("translate({} {})", svg_number(tx, 2), svg_number(ty, 2))
    };
    let view_box = move || {
        view.with(|v| format!("0 0 {} {}", svg_number(v.width, 0), svg_number(v.height, 0)))
    };
    let outline_failed = RwSignal::new(false);

    let svg_area = view! {
        <div class="map-canvas" node_ref=canvas tabindex="0" role="group"
            aria-label=t(lang, Key::MapLabel)
            on:pointerdown=move |ev| gestures.down(&ev) on:pointermove=move |ev| gestures.moved(&ev)
            on:pointerup=move |ev| gestures.up(&ev) on:pointercancel=move |ev| gestures.up(&ev)
            on:dblclick=move |ev| gestures.double_click(&ev) on:keydown=on_keydown on:click=on_click
            on:mouseover=move |ev: leptos::ev::MouseEvent| point_at(ev.target(), false)
            on:mouseleave=move |_| point_at(None, false)
            on:focusin=move |ev: leptos::ev::FocusEvent| point_at(ev.target(), true)
            on:focusout=move |_| point_at(None, false)>
            <svg viewBox=view_box focusable="false">
                <g transform=transform aria-hidden="true"><Land stroke=Stroke::Fixed failed=outline_failed/></g>
                <g transform=markers_transform class="map-markers" inner_html=marker_layer></g>
            </svg>
        </div>
    }
    .into_inner()
    .on(wheel, move |ev| gestures.wheel(&ev));

    let zoom_in = move |_| glide(view.get_untracked().zoom_by(2.0));
    let zoom_out = move |_| glide(view.get_untracked().zoom_by(0.5));
    let reset = move |_| {
        let v = view.get_untracked();
        glide(View::new(frame, v.width, v.height));
    };
    let panel = {
        let c = c.clone();
        let panel_ids = ids.clone();
        move || {
            chosen
                .get()
                .map(|ch| panel_view(&c, ch, lang, heading, chosen, &panel_ids))
        }
    };
    let off_map = {
        let c = c.clone();
        move || {
            let off = split.with(|(_, off)| off.clone());
            (!off.is_empty()).then(|| {
                let names: Vec<String> = off
                    .iter()
                    .map(|&i| format!("{} ({})", short_name(&c, i, lang), c.teams.get(i).map_or("", |t| t.city.as_str())))
                    .collect();
                view! { <p class="map-note">{tf(lang, Key::MapOutside, &[("teams", &names.join(", "))])}</p> }
            })
        }
    };

    let legend_part = {
        let c = c.clone();
        let ids = ids.clone();
        move || legend(&c, lang, colours, &ids)
    };
    let skip_to = end_id.clone();
    view! {
        <div class="team-map">
            // Its own listener runs before the router's, which then leaves the click alone.
            <a class="map-skip" href=format!("#{end_id}") on:click=move |ev: leptos::ev::MouseEvent| {
                ev.prevent_default();
                if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(&skip_to)) {
                    focus_element(&el);
                }
            }>{t(lang, Key::MapSkip)}</a>
            <div class="map-frame">
                {svg_area}
                <div class="map-controls">
                    <button type="button" class="map-button" aria-label=t(lang, Key::MapZoomIn) title=t(lang, Key::MapZoomIn) on:click=zoom_in>"+"</button>
                    <button type="button" class="map-button" aria-label=t(lang, Key::MapZoomOut) title=t(lang, Key::MapZoomOut) on:click=zoom_out>"−"</button>
                    <button type="button" class="map-button" aria-label=t(lang, Key::MapReset) title=t(lang, Key::MapReset) on:click=reset>
                        <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M2 6V2h4M14 6V2h-4M2 10v4h4M14 10v4h-4" fill="none" stroke="currentColor" stroke-width="1.8"/></svg>
                    </button>
                </div>
                <p class="map-hover" aria-hidden="true">{move || hover.get()}</p>
                {panel}
            </div>
            <p class="map-help">{t(lang, Key::MapHelp)}</p>
            {move || outline_failed.get().then(|| view! { <p class="map-note" role="note">{t(lang, Key::MapOutlineFailed)}</p> })}
            {off_map}
            {legend_part()}
            <span id=end_id tabindex="-1"></span>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::{map_ids, provide_map_count};
    use leptos::prelude::Owner;

    // Two maps on one page must not share the ids their labels and panels point to, and
    // each app (each page the build renders) counts from the same start as the browser.
    #[test]
    fn every_map_has_ids_of_its_own() {
        let app = || {
            Owner::new().with(|| {
                provide_map_count();
                (map_ids(), map_ids())
            })
        };
        let (first, second) = app();
        assert_ne!(first, second);
        assert!(first.starts_with("map") && second.starts_with("map"));
        assert_eq!(app(), (first, second));
    }
}
