//! Marks of the app's start in the browser's performance timeline (`micronit:*`), where
//! Chromium's trace and any real-user measurement can place them (scripts/trace-start.mjs
//! prints them beside the tasks they fall in).

/// Records that the app reached `step` (`micronit:…`) now.
pub fn mark(step: &'static str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        // The timeline is for measuring only: a browser that refuses the mark loses nothing.
        let _ = performance.mark(step);
    }
}

/// Gives the browser the hand (to paint, to answer a tap) before the app goes on: what
/// follows runs in a task of its own, so no step of the start blocks the page long.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let queued = web_sys::window()
            .map(|w| w.set_timeout_with_callback(&resolve).is_ok())
            .unwrap_or(false);
        if !queued {
            // No timer to wait for: go on at once rather than never.
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = js_sys::futures::JsFuture::from(promise).await;
}
