//! Animated moves of the map, and the visitor's wish for less motion.

use leptos::prelude::*;
use micronit_model::View;

use super::EASE_MS;

pub(super) fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

pub(super) fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or_else(js_sys::Date::now, |p| p.now())
}

/// Moves `view` to `to` over `EASE_MS`, unless another move has started since
/// (`token` is no longer the latest) or the map is gone (the visitor left the page
/// during the move: its signals are disposed, and the next frame must not read them).
pub(super) fn ease(
    view: RwSignal<View>,
    moves: StoredValue<u32>,
    token: u32,
    from: View,
    to: View,
    start: f64,
) {
    request_animation_frame(move || {
        if moves.try_get_value() != Some(token) {
            return;
        }
        let t = ((now() - start) / EASE_MS).min(1.0);
        // Ease out (cubic): quick at first, settling gently.
        let e = 1.0 - (1.0 - t).powi(3);
        if view.try_set(from.lerp(to, e)).is_some() {
            // Disposed meanwhile: the value came back unset.
            return;
        }
        if t < 1.0 {
            ease(view, moves, token, from, to, start);
        }
    });
}
