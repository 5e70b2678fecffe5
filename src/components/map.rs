//! The map of the teams: France drawn from the bundled outline (no tile server), team
//! markers that group when they would overlap, zoom and pan by mouse, touch and
//! keyboard, and a panel for the team or the place chosen. The geometry (projection,
//! bounds, grouping) is `micronit_model::View`, tested natively.

use std::f64::consts::PI;
use std::sync::Arc;

use leptos::prelude::*;
use micronit_model::{
    display_name, escape_markup, sort_indices, svg_number, ClusterAction, Consortium, Frame, Lang,
    Maths, Membership, Page, Point, View,
};
use wasm_bindgen::JsCast;

use crate::components::{status_label, IllustrativeBadge};
use crate::data::use_consortium;
use crate::i18n::{count, t, tf, Key};
use crate::meta::colon;

/// Where the outline lives, relative to the app's base URL.
pub const OUTLINE_URL: &str = "map/france.json";

/// The outline's SVG path: `None` while loading, then `Some(None)` if it could not be
/// loaded. (A signal set by a task rather than a resource: smaller code.)
#[derive(Clone, Copy)]
pub struct Outline(pub RwSignal<Option<Option<String>>>);

/// Starts loading the outline, for every map of the visit.
pub fn provide_outline() {
    let outline = RwSignal::new(None);
    provide_context(Outline(outline));
    leptos::task::spawn_local(async move {
        let path = load_outline().await;
        outline.set(Some(path));
    });
}

/// Fetches the outline of France (a path in map units, see `Frame`).
async fn load_outline() -> Option<String> {
    let response = gloo_net::http::Request::get(OUTLINE_URL)
        .send()
        .await
        .ok()?;
    if !response.ok() {
        return None;
    }
    let text = response.text().await.ok()?;
    let value = js_sys::JSON::parse(&text).ok()?;
    js_sys::Reflect::get(&value, &"path".into())
        .ok()?
        .as_string()
}

/// Markers closer than this many pixels are drawn as one.
const RADIUS: f64 = 14.0;
/// Length of an animated zoom, in milliseconds.
const EASE_MS: f64 = 300.0;
/// How far an arrow key moves the map, in pixels.
const STEP: f64 = 80.0;
/// Teams this far outside the outline's box (km) are listed rather than drawn.
const OFF_MAP_KM: f64 = 40.0;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Colours {
    Axis,
    Status,
}

/// What the panel shows.
#[derive(Clone, Debug, PartialEq)]
enum Chosen {
    Team(usize),
    Place(String, Vec<usize>),
}

/// A marker as drawn: its position in the markers' layer and the teams it holds.
#[derive(Clone, Debug, PartialEq)]
struct Marker {
    at: Point,
    teams: Vec<usize>,
}

/// The browser's maths for the projection: the wasm then needs no copy of its own.
struct JsMaths;

impl Maths for JsMaths {
    fn sin(x: f64) -> f64 {
        js_sys::Math::sin(x)
    }
    fn cos(x: f64) -> f64 {
        js_sys::Math::cos(x)
    }
    fn tan(x: f64) -> f64 {
        js_sys::Math::tan(x)
    }
    fn ln(x: f64) -> f64 {
        js_sys::Math::log(x)
    }
    fn powf(x: f64, y: f64) -> f64 {
        js_sys::Math::pow(x, y)
    }
}

fn distance(a: Point, b: Point) -> f64 {
    ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt()
}

fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or_else(js_sys::Date::now, |p| p.now())
}

/// Moves `view` to `to` over `EASE_MS`, unless another move has started since
/// (`token` is no longer the latest).
fn ease(
    view: RwSignal<View>,
    moves: StoredValue<u32>,
    token: u32,
    from: View,
    to: View,
    start: f64,
) {
    request_animation_frame(move || {
        if moves.get_value() != token {
            return;
        }
        let t = ((now() - start) / EASE_MS).min(1.0);
        // Ease out (cubic): quick at first, settling gently.
        let e = 1.0 - (1.0 - t).powi(3);
        view.set(from.lerp(to, e));
        if t < 1.0 {
            ease(view, moves, token, from, to, start);
        }
    });
}

/// The short name of a team on the map: its acronym, or its name.
fn short_name(c: &Consortium, i: usize, lang: Lang) -> String {
    c.teams.get(i).map_or_else(String::new, |team| {
        team.acronym
            .clone()
            .unwrap_or_else(|| team.name.in_lang(lang).to_owned())
    })
}

/// The accessible name of a marker: "LNOx — Tours", "Paris: 5 teams".
fn marker_label(c: &Consortium, teams: &[usize], lang: Lang) -> String {
    match teams {
        [one] => {
            let city = c.teams.get(*one).map_or("", |t| t.city.as_str());
            format!("{} — {city}", short_name(c, *one, lang))
        }
        _ => tf(
            lang,
            Key::MapCluster,
            &[
                ("place", &place_name(c, teams)),
                (
                    "teams",
                    &count(lang, teams.len(), Key::TeamsCountOne, Key::TeamsCountOther),
                ),
            ],
        ),
    }
}

/// The cities of a group of teams: "Paris", "Lyon, Grenoble", "Lyon, Grenoble…".
fn place_name(c: &Consortium, teams: &[usize]) -> String {
    let mut cities: Vec<&str> = Vec::new();
    for t in teams.iter().filter_map(|&i| c.teams.get(i)) {
        if !cities.contains(&t.city.as_str()) {
            cities.push(&t.city);
        }
    }
    let mut name = cities
        .iter()
        .take(2)
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    if cities.len() > 2 {
        name.push('…');
    }
    name
}

/// The outline of a marker's shape, as points around (0, 0): a circle for members, a
/// diamond for associated teams, so that status never rests on colour alone.
fn shape_point(status: Membership, angle: f64, r: f64) -> Point {
    let (sin, cos) = (js_sys::Math::sin(angle), js_sys::Math::cos(angle));
    let r = match status {
        Membership::Member => r,
        Membership::Associated => r * 1.2 / (sin.abs() + cos.abs()),
    };
    Point {
        x: r * cos,
        y: r * sin,
    }
}

/// An SVG path of the part of the shape between two angles (the whole shape when the
/// span is a full turn), drawn as a fine polygon.
fn sector(status: Membership, from: f64, to: f64, r: f64) -> String {
    let steps = (((to - from) / (2.0 * PI)) * 32.0).ceil().max(1.0) as usize;
    let whole = to - from >= 2.0 * PI - 1e-9;
    let mut d = String::new();
    if !whole {
        d.push_str("M0 0");
    }
    for k in 0..=steps {
        let a = from + (to - from) * k as f64 / steps as f64;
        let p = shape_point(status, a, r);
        let cmd = if d.is_empty() { 'M' } else { 'L' };
        d.push(cmd);
        d.push_str(&svg_number(p.x, 1));
        d.push(' ');
        d.push_str(&svg_number(p.y, 1));
    }
    d.push('Z');
    d
}

/// The CSS class that colours a team's marker in a mode.
fn fill_classes(c: &Consortium, i: usize, mode: Colours) -> Vec<String> {
    let Some(team) = c.teams.get(i) else {
        return vec!["fill-none".to_owned()];
    };
    match mode {
        Colours::Status => vec![match team.status {
            Membership::Member => "fill-member".to_owned(),
            Membership::Associated => "fill-associated".to_owned(),
        }],
        Colours::Axis if team.axes.is_empty() => vec!["fill-none".to_owned()],
        Colours::Axis => team.axes.iter().map(|n| format!("fill-axis-{n}")).collect(),
    }
}

/// A status's shape split in one sector per fill class, with its edge, as SVG.
fn glyph<S: AsRef<str>>(status: Membership, fills: &[S]) -> String {
    let n = fills.len().max(1) as f64;
    let mut svg = String::new();
    for (k, class) in fills.iter().enumerate() {
        let from = -PI / 2.0 + 2.0 * PI * k as f64 / n;
        let d = sector(status, from, from + 2.0 * PI / n, 7.5);
        svg.push_str(&format!("<path class=\"{}\" d=\"{d}\"/>", class.as_ref()));
    }
    let edge = sector(status, -PI / 2.0, 1.5 * PI, 7.5);
    svg.push_str(&format!("<path class=\"glyph-edge\" d=\"{edge}\"/>"));
    svg
}

/// The drawing of one team's marker: its shape, split in one sector per colour.
fn team_glyph(c: &Consortium, i: usize, mode: Colours) -> String {
    let status = c.teams.get(i).map_or(Membership::Member, |t| t.status);
    glyph(status, &fill_classes(c, i, mode))
}

/// One marker, as SVG: a team's shape, or a group's disc with its number. It is a
/// focusable button named for what it holds; the map handles its events.
fn marker_svg(c: &Consortium, k: usize, m: &Marker, lang: Lang, mode: Colours) -> String {
    let label = escape_markup(&marker_label(c, &m.teams, lang));
    let n = m.teams.len();
    let (class, glyph) = match m.teams.as_slice() {
        [one] => ("team-marker", team_glyph(c, *one, mode)),
        _ => {
            // Larger discs for larger groups: 11, 14 and 17 pixels.
            let r = 11 + 3 * (n.to_string().len().min(3) - 1);
            (
                "cluster-marker",
                format!(
                    "<circle class=\"cluster-disc\" r=\"{r}\"/><text class=\"cluster-count\" text-anchor=\"middle\" dy=\"0.35em\">{n}</text>"
                ),
            )
        }
    };
    format!(
        "<g class=\"marker {class}\" transform=\"translate({} {})\" role=\"button\" tabindex=\"0\" aria-label=\"{label}\" data-m=\"{k}\" data-count=\"{n}\"><circle class=\"marker-halo\" r=\"15\"/>{glyph}</g>",
        svg_number(m.at.x, 1),
        svg_number(m.at.y, 1),
    )
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
        move || {
            chosen
                .get()
                .map(|ch| panel_view(&c, ch, lang, heading, chosen))
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

    view! {
        <div class="team-map">
            <a class="map-skip" href="#map-end" on:click=move |ev: leptos::ev::MouseEvent| {
                ev.prevent_default();
                if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("map-end")) {
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
            {legend(&c, lang, colours)}
            <span id="map-end" tabindex="-1"></span>
        </div>
    }
}

/// The panel for a chosen team or place: what it is, and the way to its page.
fn panel_view(
    c: &Consortium,
    chosen_now: Chosen,
    lang: Lang,
    heading: u8,
    chosen: RwSignal<Option<Chosen>>,
) -> impl IntoView {
    // Closing gives focus back to the marker that opened the panel (see `TeamMap`).
    let close = move |_| chosen.set(None);
    let (title, body) = match chosen_now {
        Chosen::Team(i) => {
            let Some(team) = c.teams.get(i) else {
                return ().into_any();
            };
            let axes = team
                .axes
                .iter()
                .map(|n| {
                    let title = c.axis(*n).map(|a| a.title.in_lang(lang).to_owned()).unwrap_or_default();
                    view! {
                        <li class=format!("tag axis-tag axis-{n}")>
                            {format!("{}{}{title}", tf(lang, Key::AxisLabel, &[("n", &n.to_string())]), colon(lang))}
                        </li>
                    }
                })
                .collect_view();
            let illustrative = team.illustrative;
            (
                display_name(team, lang),
                view! {
                    <p class="team-meta">
                        {team.city.clone()} " · " {status_label(team.status, lang)}
                        {illustrative.then(|| view! { " " <IllustrativeBadge lang/> })}
                    </p>
                    <ul class="tags" aria-label=t(lang, Key::FieldAxes)>{axes}</ul>
                    <p><a class="button" href=Page::Team(team.id.clone()).href(lang)>{t(lang, Key::MapTeamPage)}</a></p>
                }
                .into_any(),
            )
        }
        Chosen::Place(place, teams) => {
            let items = teams
                .iter()
                .filter_map(|&i| c.teams.get(i))
                .map(|team| {
                    view! {
                        <li>
                            <a href=Page::Team(team.id.clone()).href(lang)>{display_name(team, lang)}</a>
                            <span class="muted">" · " {status_label(team.status, lang)}</span>
                        </li>
                    }
                })
                .collect_view();
            (
                tf(
                    lang,
                    Key::MapCluster,
                    &[("place", &place), ("teams", &count(lang, teams.len(), Key::TeamsCountOne, Key::TeamsCountOther))],
                ),
                view! { <ul class="map-place-list" aria-label=t(lang, Key::MapPanelTeams)>{items}</ul> }.into_any(),
            )
        }
    };
    let title_view = if heading <= 2 {
        view! { <h2 id="map-panel-title" tabindex="-1">{title}</h2> }.into_any()
    } else {
        view! { <h3 id="map-panel-title" tabindex="-1">{title}</h3> }.into_any()
    };
    // The panel takes focus when it opens, so that it is read out.
    request_animation_frame(|| {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("map-panel-title"))
        {
            focus_element(&el);
        }
    });
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.stop_propagation();
            close(());
        }
    };
    view! {
        <section class="map-panel" aria-labelledby="map-panel-title" on:keydown=on_key>
            <button type="button" class="map-panel-close" aria-label=t(lang, Key::MapClose) title=t(lang, Key::MapClose)
                on:click=move |_| close(())>
                <span aria-hidden="true">"×"</span>
            </button>
            {title_view}
            {body}
        </section>
    }
    .into_any()
}

/// A small picture for the legend: the shape of a status in the given fills.
fn swatch(status: Membership, fills: &[&str]) -> impl IntoView {
    let svg = glyph(status, fills);
    view! { <svg class="swatch" viewBox="-10 -10 20 20" aria-hidden="true" focusable="false" inner_html=svg></svg> }
}

/// The legend's picture of a group of teams.
const CLUSTER_SWATCH: &str = r#"<circle class="cluster-disc" r="11"/><text class="cluster-count" text-anchor="middle" dy="0.35em">3</text>"#;

/// The legend, and the choice of what the colours show.
fn legend(c: &Consortium, lang: Lang, colours: RwSignal<Colours>) -> impl IntoView {
    let axes: Vec<(String, String)> = c
        .axes
        .iter()
        .map(|a| {
            (
                format!("fill-axis-{}", a.number),
                format!(
                    "{}{}{}",
                    tf(lang, Key::AxisLabel, &[("n", &a.number.to_string())]),
                    colon(lang),
                    a.title.in_lang(lang)
                ),
            )
        })
        .collect();
    let items = move || {
        let by_axis = colours.get() == Colours::Axis;
        let mut list: Vec<(Membership, Vec<&str>, String)> = Vec::new();
        if by_axis {
            for (class, label) in &axes {
                list.push((Membership::Member, vec![class.as_str()], label.clone()));
            }
            list.push((
                Membership::Member,
                vec!["fill-axis-1", "fill-axis-2"],
                t(lang, Key::MapLegendShared).to_owned(),
            ));
        }
        let (m, a) = if by_axis {
            ("fill-plain", "fill-plain")
        } else {
            ("fill-member", "fill-associated")
        };
        list.push((
            Membership::Member,
            vec![m],
            t(lang, Key::MapLegendMember).to_owned(),
        ));
        list.push((
            Membership::Associated,
            vec![a],
            t(lang, Key::MapLegendAssociated).to_owned(),
        ));
        list.into_iter()
            .map(|(status, fills, label)| view! { <li>{swatch(status, &fills)}{label}</li> })
            .collect_view()
    };
    let radio = move |value: Colours, key: Key, id: &'static str| {
        view! {
            <label for=id>
                <input type="radio" id=id name="map-colours" prop:checked=move || colours.get() == value
                    on:change=move |_| colours.set(value)/>
                {t(lang, key)}
            </label>
        }
    };
    view! {
        <div class="map-legend">
            <fieldset class="map-colours">
                <legend>{t(lang, Key::MapColourBy)}</legend>
                {radio(Colours::Axis, Key::MapColourAxis, "map-colours-axis")}
                {radio(Colours::Status, Key::MapColourStatus, "map-colours-status")}
            </fieldset>
            <ul class="legend-items" aria-label=t(lang, Key::MapLegend)>
                {items}
                <li>
                    <svg class="swatch" viewBox="-12 -12 24 24" aria-hidden="true" focusable="false"
                        inner_html=CLUSTER_SWATCH>
                    </svg>
                    {t(lang, Key::MapLegendCluster)}
                </li>
            </ul>
        </div>
    }
}

/// Focuses an element (HTML or SVG) without scrolling the page.
fn focus_element(el: &web_sys::Element) {
    let focus = js_sys::Reflect::get(el, &"focus".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(focus) = focus {
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"preventScroll".into(), &true.into());
        let _ = focus.call1(el, &options);
    }
}

/// A small static map locating one team, for its page.
#[component]
pub fn Locator(lang: Lang, team: usize) -> impl IntoView {
    let c = use_consortium();
    let outline = use_context::<Outline>();
    let frame = Frame::FRANCE;
    let Some(here) = c.teams.get(team) else {
        return ().into_any();
    };
    let p = frame.project_with::<JsMaths>(here.location.lat, here.location.lon);
    if !frame.contains(p, OFF_MAP_KM) {
        return ().into_any();
    }
    let label = tf(
        lang,
        Key::MapLocator,
        &[("name", &short_name(&c, team, lang)), ("city", &here.city)],
    );
    let land = move || {
        outline
            .and_then(|o| o.0.get())
            .flatten()
            .map(|d| view! { <path class="map-land" d=d/> })
    };
    let box_ = format!(
        "-30 -30 {} {}",
        svg_number(frame.width + 60.0, 0),
        svg_number(frame.height + 60.0, 0)
    );
    view! {
        <figure class="locator">
            <svg viewBox=box_ role="img" aria-label=label.clone() focusable="false">
                {land}
                <circle class="locator-dot" cx=svg_number(p.x, 1) cy=svg_number(p.y, 1) r="28"/>
            </svg>
            <figcaption>{here.city.clone()}</figcaption>
        </figure>
    }
    .into_any()
}
