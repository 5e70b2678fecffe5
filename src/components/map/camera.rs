//! What the map shows (a `View` of France) and how it moves: at once, or eased unless the
//! visitor prefers reduced motion. The box's size is followed by a ResizeObserver.

use leptos::prelude::*;
use micronit_model::{Point, View};
use wasm_bindgen::JsCast;

use super::motion::{ease, now, reduced_motion};

/// The view of one map, and the element it is drawn in.
#[derive(Clone, Copy)]
pub(super) struct Camera {
    pub view: RwSignal<View>,
    /// Counts the moves: an eased move stops when another one has started.
    moves: StoredValue<u32>,
    pub canvas: NodeRef<leptos::html::Div>,
}

impl Camera {
    pub fn new(view: View) -> Self {
        Camera {
            view: RwSignal::new(view),
            moves: StoredValue::new(0),
            canvas: NodeRef::new(),
        }
    }

    /// Moves to `to` at once (and stops an eased move).
    pub fn jump(self, to: View) {
        self.moves.update_value(|m| *m += 1);
        self.view.set(to);
    }

    /// Moves by `change` at once, from the view as it is.
    pub fn step(self, change: impl FnOnce(View) -> View) {
        self.moves.update_value(|m| *m += 1);
        self.view.update(|v| *v = change(*v));
    }

    /// Moves to `to`, eased unless the visitor prefers reduced motion.
    pub fn glide(self, to: View) {
        self.moves.update_value(|m| *m += 1);
        let from = self.view.get_untracked();
        if reduced_motion() {
            self.view.set(to);
        } else {
            ease(
                self.view,
                self.moves,
                self.moves.get_value(),
                from,
                to,
                now(),
            );
        }
    }

    /// A point of the page (client coordinates) in the map's box.
    pub fn local(self, x: i32, y: i32) -> Point {
        self.canvas.get_untracked().map_or(Point::default(), |el| {
            let r = el.get_bounding_client_rect();
            Point {
                x: f64::from(x) - r.left(),
                y: f64::from(y) - r.top(),
            }
        })
    }

    /// The size of the drawing follows the box's: a ResizeObserver reports it once laid
    /// out, before the first paint, then on every resize (it also sees the map appear
    /// when it was hidden, on phones). Not measured on mount: reading the size there would
    /// force the browser to lay out the page in the middle of the app's start. (A page
    /// rendered at build time is drawn at 640 by 600, which the box then corrects.)
    pub fn follow_size(self) {
        let measure = move || {
            if let Some(el) = self.canvas.get_untracked() {
                self.resize(el.client_width(), el.client_height());
            }
        };
        Effect::new(move |_| {
            let Some(el) = self.canvas.get() else {
                return;
            };
            let callback = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(measure);
            if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
                observer.observe(&el);
                let kept = StoredValue::new_local((observer, callback));
                on_cleanup(move || kept.with_value(|(observer, _)| observer.disconnect()));
            }
        });
    }

    /// The drawing at the box's size, when it has one and it changed.
    fn resize(self, width: i32, height: i32) {
        let (w, h) = (f64::from(width), f64::from(height));
        if w > 0.0 && h > 0.0 && self.view.with_untracked(|v| v.width != w || v.height != h) {
            self.view.update(|v| *v = v.resized(w, h));
        }
    }
}
