//! The map of the teams: France drawn from the bundled outline (no tile server), team
//! markers that group when they would overlap, zoom and pan by mouse, touch and
//! keyboard, and a panel for the team or the place chosen. The geometry (projection,
//! bounds, grouping) is `micronit_model::View`, tested natively.

use std::sync::Arc;

use leptos::prelude::*;
use micronit_model::{sort_indices, svg_number, ClusterAction, Frame, Lang, Point, View};
use wasm_bindgen::JsCast;

use crate::data::use_consortium;
use crate::i18n::{t, tf, Key};

mod focus;
mod geometry;
mod glyph;
mod labels;
mod legend;
mod locator;
mod motion;
mod outline;
mod panel;

pub use locator::Locator;
pub use outline::{provide_outline, Outline};

use focus::focus_element;
use geometry::{distance, JsMaths};
use glyph::marker_svg;
use labels::{place_name, short_name};
use legend::legend;
use motion::{ease, now, reduced_motion};
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

/// A marker as drawn: its position in the markers' layer and the teams it holds.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Marker {
    at: Point,
    teams: Vec<usize>,
}

/// A prefix for the ids of one map's elements, different for every map of the page
/// (a page may show two), and the same from one load of a page to the next.
fn map_ids() -> String {
    thread_local! {
        static MAPS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    }
    let n = MAPS.with(|m| {
        let n = m.get();
        m.set(n + 1);
        n
    });
    format!("map{n}")
}

/// The shared state of a map: the team highlighted in the list and on the map.
pub type Highlight = RwSignal<Option<usize>>;

/// The interactive map of `teams` (indices into the snapshot's teams).
#[component]
pub fn TeamMap(
    lang: Lang,
    #[prop(into)] teams: Signal<Vec<usize>>,
    /// The team hovered or focused, here or in the list beside the map.
    #[prop(optional)]
    highlight: Option<Highlight>,
    /// The heading level of the panel's title.
    #[prop(default = 3)]
    heading: u8,
) -> impl IntoView {
    let c = use_consortium();
    let outline = use_context::<Outline>();
    let highlight = highlight.unwrap_or_else(|| RwSignal::new(None));
    let frame = Frame::FRANCE;
    let points: Arc<Vec<Point>> = Arc::new(
        c.teams
            .iter()
            .map(|t| frame.project_with::<JsMaths>(t.location.lat, t.location.lon))
            .collect(),
    );
    let view = RwSignal::new(View::new(frame, 640.0, 600.0));
    let moves = StoredValue::new(0u32);
    let colours = RwSignal::new(Colours::Axis);
    let chosen: RwSignal<Option<Chosen>> = RwSignal::new(None);
    let hover: RwSignal<Option<String>> = RwSignal::new(None);
    // The team whose marker had focus, so that focus follows it when markers regroup.
    let focus_team: StoredValue<Option<usize>> = StoredValue::new(None);
    let canvas: NodeRef<leptos::html::Div> = NodeRef::new();
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

    // The size of the drawing follows the box's, measured on mount and on resize.
    let measure = move || {
        if let Some(el) = canvas.get_untracked() {
            let (w, h) = (el.client_width() as f64, el.client_height() as f64);
            if w > 0.0 && h > 0.0 {
                view.update(|v| *v = v.resized(w, h));
            }
        }
    };
    // (A ResizeObserver also sees the map appear when it was hidden, on phones.)
    Effect::new(move |_| {
        let Some(el) = canvas.get() else {
            return;
        };
        measure();
        let callback = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(measure);
        if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
            observer.observe(&el);
            let kept = StoredValue::new_local((observer, callback));
            on_cleanup(move || kept.with_value(|(observer, _)| observer.disconnect()));
        }
    });

    // Moves: immediate, or eased unless the visitor prefers reduced motion.
    let jump = move |to: View| {
        moves.update_value(|m| *m += 1);
        view.set(to);
    };
    let glide = move |to: View| {
        moves.update_value(|m| *m += 1);
        let from = view.get_untracked();
        if reduced_motion() {
            view.set(to);
        } else {
            ease(view, moves, moves.get_value(), from, to, now());
        }
    };

    // Grouping changes with the zoom, the box and the teams shown, not while panning:
    // it reads the view only through `sizing`.
    let sizing = Memo::new(move |_| view.with(|v| (v.zoom, v.width, v.height)));
    let markers = {
        let points = points.clone();
        Memo::new(move |_| {
            let (zoom, width, height) = sizing.get();
            let v = View {
                zoom,
                width,
                height,
                center: Point::default(),
                frame,
            };
            let on = split.with(|(on, _)| on.clone());
            let pts: Vec<Point> = on.iter().map(|&i| points[i]).collect();
            let s = v.scale();
            v.markers(&pts, RADIUS)
                .into_iter()
                .map(|m| Marker {
                    at: Point {
                        x: m.center.x * s,
                        y: m.center.y * s,
                    },
                    teams: m.members.iter().map(|&k| on[k]).collect(),
                })
                .collect::<Vec<_>>()
        })
    };
    // Markers far off screen are not drawn; the set is redrawn only when the view has
    // moved by about half its size.
    let tile = Memo::new(move |_| {
        view.with(|v| {
            let s = v.scale();
            (
                (v.center.x * s / v.width).round() as i64,
                (v.center.y * s / v.height).round() as i64,
            )
        })
    });

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

    // Pointers: one drags, two pinch. A press that moves less than a few pixels is a
    // click, and reaches the marker under it.
    let pointers: StoredValue<Vec<(i32, Point)>> = StoredValue::new(Vec::new());
    let dragged = StoredValue::new(false);
    let local = move |x: i32, y: i32| -> Point {
        canvas.get_untracked().map_or(Point::default(), |el| {
            let r = el.get_bounding_client_rect();
            Point {
                x: f64::from(x) - r.left(),
                y: f64::from(y) - r.top(),
            }
        })
    };
    let on_pointerdown = move |ev: leptos::ev::PointerEvent| {
        if ev.pointer_type() == "mouse" && ev.button() != 0 {
            return;
        }
        if pointers.with_value(Vec::is_empty) {
            dragged.set_value(false);
        }
        let p = local(ev.client_x(), ev.client_y());
        pointers.update_value(|ps| {
            ps.retain(|(id, _)| *id != ev.pointer_id());
            ps.push((ev.pointer_id(), p));
        });
    };
    let on_pointermove = move |ev: leptos::ev::PointerEvent| {
        let id = ev.pointer_id();
        let Some(before) = pointers.with_value(|ps| ps.iter().find(|(i, _)| *i == id).map(|x| x.1))
        else {
            return;
        };
        let p = local(ev.client_x(), ev.client_y());
        let others: Vec<Point> =
            pointers.with_value(|ps| ps.iter().filter(|(i, _)| *i != id).map(|x| x.1).collect());
        if !dragged.get_value() && distance(p, before) < 4.0 {
            return;
        }
        if !dragged.get_value() {
            dragged.set_value(true);
            // From now on this is a drag: keep the pointer even outside the map.
            if let Some(el) = canvas.get_untracked() {
                let _ = el.set_pointer_capture(id);
            }
        }
        moves.update_value(|m| *m += 1);
        match others.as_slice() {
            [] => view.update(|v| *v = v.pan(p.x - before.x, p.y - before.y)),
            [other, ..] => {
                let old_mid = Point {
                    x: (before.x + other.x) / 2.0,
                    y: (before.y + other.y) / 2.0,
                };
                let mid = Point {
                    x: (p.x + other.x) / 2.0,
                    y: (p.y + other.y) / 2.0,
                };
                let old_d = distance(before, *other).max(1.0);
                let d = distance(p, *other).max(1.0);
                view.update(|v| {
                    *v = v
                        .zoom_at(d / old_d, old_mid)
                        .pan(mid.x - old_mid.x, mid.y - old_mid.y)
                });
            }
        }
        pointers.update_value(|ps| {
            if let Some(entry) = ps.iter_mut().find(|(i, _)| *i == id) {
                entry.1 = p;
            }
        });
    };
    let on_pointerup = move |ev: leptos::ev::PointerEvent| {
        let id = ev.pointer_id();
        pointers.update_value(|ps| ps.retain(|(i, _)| *i != id));
    };
    let mut wheel = leptos::ev::Custom::<web_sys::WheelEvent>::new("wheel");
    wheel.options_mut().set_passive(false);
    let on_wheel = move |ev: web_sys::WheelEvent| {
        ev.prevent_default();
        // Lines or pages (Firefox) count as about 40 pixels.
        let dy = if ev.delta_mode() == 0 {
            ev.delta_y()
        } else {
            ev.delta_y() * 40.0
        };
        let at = local(ev.client_x(), ev.client_y());
        moves.update_value(|m| *m += 1);
        view.update(|v| *v = v.zoom_at(js_sys::Math::exp(-dy * 0.002), at));
    };
    let on_dblclick = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        let at = local(ev.client_x(), ev.client_y());
        let factor = if ev.shift_key() { 0.5 } else { 2.0 };
        glide(view.get_untracked().zoom_at(factor, at));
    };
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

    let marker_layer = {
        let c = c.clone();
        move || {
            tile.track();
            let v = view.get_untracked();
            let (tx, ty, _) = v.transform();
            let margin = v.width.max(v.height);
            let mode = colours.get();
            markers.with(|ms| {
                let mut shown: Vec<usize> = (0..ms.len())
                    .filter(|&k| {
                        let (x, y) = (ms[k].at.x + tx, ms[k].at.y + ty);
                        x > -margin && y > -margin && x < v.width + margin && y < v.height + margin
                    })
                    .collect();
                // Tab order: north to south (in bands of 40 pixels), then west to east.
                sort_indices(&mut shown, &|a, b| {
                    let (p, q) = (ms[a].at, ms[b].at);
                    (p.y / 40.0)
                        .floor()
                        .total_cmp(&(q.y / 40.0).floor())
                        .then(p.x.total_cmp(&q.x))
                        .then(a.cmp(&b))
                });
                shown
                    .into_iter()
                    .map(|k| marker_svg(&c, k, &ms[k], lang, mode))
                    .collect::<String>()
            })
        }
    };

    let on_click = {
        let activate = activate.clone();
        move |ev: leptos::ev::MouseEvent| {
            if let Some((_, m)) = marker_of(ev.target()) {
                if !dragged.get_value() {
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
    // The highlighted team's marker is marked, here or from the list.
    Effect::new(move |_| {
        let h = highlight.get();
        markers.track();
        tile.track();
        colours.track();
        let Some(el) = canvas.get_untracked() else {
            return;
        };
        if let Ok(Some(old)) = el.query_selector(".marker.highlight") {
            let _ = old.class_list().remove_1("highlight");
        }
        let k = h.and_then(|h| {
            markers.with_untracked(|ms| ms.iter().position(|m| m.teams.contains(&h)))
        });
        if let Some(Ok(Some(marker))) = k.map(|k| el.query_selector(&format!("[data-m=\"{k}\"]"))) {
            let _ = marker.class_list().add_1("highlight");
        }
    });
    // After a regrouping, or when the panel closes, focus goes back to the marker of the
    // team it was on (if it was lost with the marker or the panel that held it).
    Effect::new(move |_| {
        markers.track();
        tile.track();
        chosen.track();
        let Some(team) = focus_team.get_value() else {
            return;
        };
        let lost = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .is_none_or(|el| el.tag_name().eq_ignore_ascii_case("body"));
        let Some(el) = canvas.get_untracked().filter(|_| lost) else {
            return;
        };
        let marker = markers
            .with_untracked(|ms| ms.iter().position(|m| m.teams.contains(&team)))
            .and_then(|k| {
                el.query_selector(&format!("[data-m=\"{k}\"]"))
                    .ok()
                    .flatten()
            });
        focus_element(&marker.unwrap_or_else(|| el.into()));
    });

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
    let land = move || {
        outline
            .and_then(|o| o.0.get())
            .flatten()
            .map(|d| view! { <path class="map-land" d=d vector-effect="non-scaling-stroke"/> })
    };
    let outline_failed = move || {
        outline
            .map(|o| o.0.get())
            .is_some_and(|loaded| matches!(loaded, Some(None)))
    };

    let svg_area = view! {
        <div class="map-canvas" node_ref=canvas tabindex="0" role="group"
            aria-label=t(lang, Key::MapLabel)
            on:pointerdown=on_pointerdown on:pointermove=on_pointermove
            on:pointerup=on_pointerup on:pointercancel=on_pointerup
            on:dblclick=on_dblclick on:keydown=on_keydown on:click=on_click
            on:mouseover=move |ev: leptos::ev::MouseEvent| point_at(ev.target(), false)
            on:mouseleave=move |_| point_at(None, false)
            on:focusin=move |ev: leptos::ev::FocusEvent| point_at(ev.target(), true)
            on:focusout=move |_| point_at(None, false)>
            <svg viewBox=view_box focusable="false">
                <g transform=transform aria-hidden="true">{land}</g>
                <g transform=markers_transform class="map-markers" inner_html=marker_layer></g>
            </svg>
        </div>
    }
    .into_inner()
    .on(wheel, on_wheel);

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
            {move || outline_failed().then(|| view! { <p class="map-note" role="note">{t(lang, Key::MapOutlineFailed)}</p> })}
            {off_map}
            {legend(&c, lang, colours, &ids)}
            <span id=end_id tabindex="-1"></span>
        </div>
    }
}
