//! Parts of a page drawn in a task of their own while the app starts.
//!
//! At the start the app draws the whole page beside the prerendered one (site.js shows it
//! once it is complete); drawn at once, that is one task long enough to keep a phone from
//! answering a tap. Each `<Later>` part is drawn after the browser has had the hand, so the
//! start is a row of short tasks. Once the visitor moves to another page, parts are drawn
//! at once: a page must not appear piece by piece.
//!
//! Until its part is drawn, a `<Later>` holds an empty `[data-later]` element: site.js takes
//! over, and the prerendering saves a page, only when there is none left.

use std::cell::Cell;

use leptos::prelude::*;

use crate::timing::next_task;

thread_local! {
    static STARTING: Cell<bool> = const { Cell::new(true) };
}

/// The app has started: parts are drawn at once from now on.
pub fn started() {
    STARTING.with(|s| s.set(false));
}

/// Draws `children` in a later task while the app starts, at once afterwards.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    if !STARTING.with(Cell::get) {
        return children().into_any();
    }
    let ready = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        next_task().await;
        // The page may have gone meanwhile (a link followed during the start).
        let _ = ready.try_set(true);
    });
    (move || {
        if ready.get() {
            children().into_any()
        } else {
            view! { <span data-later hidden></span> }.into_any()
        }
    })
    .into_any()
}
