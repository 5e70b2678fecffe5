//! A part of the app drawn in a task after the rest of it: the browser gets the hand in
//! between, so that drawing a page is not one task too long to answer a tap (Lighthouse
//! counts what a task passes 50 ms by, at a fourfold slowdown: two tasks of 15 ms block
//! nothing where one of 30 ms blocks 70 ms). Each part is a task of its own, in the order
//! the parts are drawn: the layout's header, page and footer (src/app.rs), then parts of
//! a page (what lies below its first screen, a map's markers and legend, the directory's
//! cards).
//!
//! Until it is drawn, the part is an empty placeholder marked `data-later`; site.js takes
//! over a prerendered page, and the prerendering waits, only once no placeholder is left,
//! so the swap and the saved pages still show the whole page at once.

use leptos::prelude::*;

/// Draws `children` in the next task, after what the page draws at once.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let ready = next_task_flag();
    move || {
        if ready.get() {
            children().into_any()
        } else {
            view! { <div data-later=""></div> }.into_any()
        }
    }
}

/// False until the next task, then true: for a part that cannot be wrapped in `Later`
/// (inside an SVG drawing, where a placeholder `<div>` has no place), which then marks
/// itself `data-later` until it is drawn.
pub fn next_task_flag() -> ReadSignal<bool> {
    let ready = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        crate::timing::next_task().await;
        // The page may have been left meanwhile: its part is gone with it.
        let _ = ready.try_set(true);
        crate::timing::mark("micronit:later");
    });
    ready.read_only()
}
