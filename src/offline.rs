//! What the app tells the service worker (`public/root/sw.js`), which keeps the app and
//! the snapshot for offline visits.

/// The message that asks the worker to forget its copy of the snapshot.
const SNAPSHOT_REFUSED: &str = "micronit:snapshot-refused";

/// Tells the service worker that the snapshot it may have kept was refused (broken,
/// invalid or of another version), so that it does not serve that copy again.
pub fn snapshot_refused() {
    let Some(worker) = web_sys::window().and_then(|w| w.navigator().service_worker().controller())
    else {
        return;
    };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &SNAPSHOT_REFUSED.into());
    let _ = worker.post_message(&message);
}
