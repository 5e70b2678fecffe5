//! The markers of a map: teams grouped when they would overlap, the ones near the screen
//! drawn as SVG markup, the highlighted team marked, and focus kept on a team's marker
//! when the markers regroup.

use std::sync::Arc;

use leptos::prelude::*;
use micronit_model::{sort_indices, Consortium, Frame, Lang, Point, View};

use super::focus::focus_element;
use super::glyph::marker_svg;
use super::{Chosen, Colours, RADIUS};

/// A marker as drawn: its position in the markers' layer and the teams it holds.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Marker {
    pub at: Point,
    pub teams: Vec<usize>,
}

/// The markers of the teams `split.0`, grouped at the view's zoom and box size. They are
/// regrouped when these change, not while panning: the view is read only through
/// `sizing`.
pub(super) fn grouped(
    view: RwSignal<View>,
    split: Memo<(Vec<usize>, Vec<usize>)>,
    points: Arc<Vec<Point>>,
    frame: Frame,
) -> Memo<Vec<Marker>> {
    let sizing = Memo::new(move |_| view.with(|v| (v.zoom, v.width, v.height)));
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
            .collect()
    })
}

/// Which part of the map the screen shows, in steps of about half the box: markers far
/// off screen are not drawn, and the set is redrawn only when this changes.
pub(super) fn tile(view: RwSignal<View>) -> Memo<(i64, i64)> {
    Memo::new(move |_| {
        view.with(|v| {
            let s = v.scale();
            (
                (v.center.x * s / v.width).round() as i64,
                (v.center.y * s / v.height).round() as i64,
            )
        })
    })
}

/// The markers near the screen as SVG markup, in tab order: north to south (in bands of
/// 40 pixels), then west to east.
pub(super) fn layer(
    c: Arc<Consortium>,
    lang: Lang,
    view: RwSignal<View>,
    tile: Memo<(i64, i64)>,
    markers: Memo<Vec<Marker>>,
    colours: RwSignal<Colours>,
) -> impl Fn() -> String + Send + Sync + 'static {
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
}

/// The highlighted team's marker is marked, from the map or from the list.
pub(super) fn mark_highlight(
    canvas: NodeRef<leptos::html::Div>,
    highlight: RwSignal<Option<usize>>,
    markers: Memo<Vec<Marker>>,
    tile: Memo<(i64, i64)>,
    colours: RwSignal<Colours>,
) {
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
}

/// After a regrouping, or when the panel closes, focus goes back to the marker of the
/// team it was on (if it was lost with the marker or the panel that held it).
pub(super) fn keep_focus(
    canvas: NodeRef<leptos::html::Div>,
    focus_team: StoredValue<Option<usize>>,
    markers: Memo<Vec<Marker>>,
    tile: Memo<(i64, i64)>,
    chosen: RwSignal<Option<Chosen>>,
) {
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
}
