//! Marks of the app's start in the browser's performance timeline (`micronit:*`), where
//! Chromium's trace and any real-user measurement can place them (scripts/trace-start.mjs
//! prints them beside the tasks they fall in).

/// Records that the app reached `step` (`micronit:…`) now.
pub fn mark(step: &'static str) {
    if !crate::address::IN_BROWSER {
        return;
    }
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        // The timeline is for measuring only: a browser that refuses the mark loses nothing.
        let _ = performance.mark(step);
    }
}
