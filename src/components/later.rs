//! A part of a page drawn in a task after the rest of it: the browser gets the hand in
//! between, so that drawing a long page is not one task too long to answer a tap.
//!
//! Until it is drawn, the part is an empty placeholder marked `data-later`; site.js takes
//! over a prerendered page, and the prerendering waits, only once no placeholder is left
//! in `<main>`, so the swap and the saved pages still show the whole page at once.

use leptos::prelude::*;

/// Draws `children` in the next task, after what the page draws at once.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        crate::timing::next_task().await;
        // The page may have been left meanwhile: its part is gone with it.
        let _ = ready.try_set(true);
    });
    view! {
        <Show when=move || ready.get() fallback=|| view! { <div data-later=""></div> }>
            {children()}
        </Show>
    }
}
