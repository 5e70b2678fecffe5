//! Zoom and pan by pointer: one pointer drags, two pinch, the wheel zooms about the
//! pointer, a double-click zooms in (with shift, out). A press that moves less than a few
//! pixels is a click, and reaches the marker under it.

use leptos::prelude::*;
use micronit_model::Point;

use super::camera::Camera;
use super::geometry::distance;

/// The pointers down on one map, and whether they have dragged it.
#[derive(Clone, Copy)]
pub(super) struct Gestures {
    camera: Camera,
    pointers: StoredValue<Vec<(i32, Point)>>,
    dragged: StoredValue<bool>,
}

impl Gestures {
    pub fn new(camera: Camera) -> Self {
        Gestures {
            camera,
            pointers: StoredValue::new(Vec::new()),
            dragged: StoredValue::new(false),
        }
    }

    /// Whether the last press became a drag (then it is not a click).
    pub fn dragged(self) -> bool {
        self.dragged.get_value()
    }

    pub fn down(self, ev: &web_sys::PointerEvent) {
        if ev.pointer_type() == "mouse" && ev.button() != 0 {
            return;
        }
        if self.pointers.with_value(Vec::is_empty) {
            self.dragged.set_value(false);
        }
        let p = self.camera.local(ev.client_x(), ev.client_y());
        self.pointers.update_value(|ps| {
            ps.retain(|(id, _)| *id != ev.pointer_id());
            ps.push((ev.pointer_id(), p));
        });
    }

    pub fn moved(self, ev: &web_sys::PointerEvent) {
        let id = ev.pointer_id();
        let Some(before) = self
            .pointers
            .with_value(|ps| ps.iter().find(|(i, _)| *i == id).map(|x| x.1))
        else {
            return;
        };
        let p = self.camera.local(ev.client_x(), ev.client_y());
        let others: Vec<Point> = self
            .pointers
            .with_value(|ps| ps.iter().filter(|(i, _)| *i != id).map(|x| x.1).collect());
        if !self.dragged.get_value() && distance(p, before) < 4.0 {
            return;
        }
        if !self.dragged.get_value() {
            self.dragged.set_value(true);
            // From now on this is a drag: keep the pointer even outside the map.
            if let Some(el) = self.camera.canvas.get_untracked() {
                let _ = el.set_pointer_capture(id);
            }
        }
        match others.as_slice() {
            [] => self.camera.step(|v| v.pan(p.x - before.x, p.y - before.y)),
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
                self.camera.step(|v| {
                    v.zoom_at(d / old_d, old_mid)
                        .pan(mid.x - old_mid.x, mid.y - old_mid.y)
                });
            }
        }
        self.pointers.update_value(|ps| {
            if let Some(entry) = ps.iter_mut().find(|(i, _)| *i == id) {
                entry.1 = p;
            }
        });
    }

    pub fn up(self, ev: &web_sys::PointerEvent) {
        let id = ev.pointer_id();
        self.pointers
            .update_value(|ps| ps.retain(|(i, _)| *i != id));
    }

    pub fn wheel(self, ev: &web_sys::WheelEvent) {
        ev.prevent_default();
        // Lines or pages (Firefox) count as about 40 pixels.
        let dy = if ev.delta_mode() == 0 {
            ev.delta_y()
        } else {
            ev.delta_y() * 40.0
        };
        let at = self.camera.local(ev.client_x(), ev.client_y());
        self.camera
            .step(|v| v.zoom_at(js_sys::Math::exp(-dy * 0.002), at));
    }

    pub fn double_click(self, ev: &web_sys::MouseEvent) {
        ev.prevent_default();
        let at = self.camera.local(ev.client_x(), ev.client_y());
        let factor = if ev.shift_key() { 0.5 } else { 2.0 };
        let v = self.camera.view.get_untracked();
        self.camera.glide(v.zoom_at(factor, at));
    }
}
