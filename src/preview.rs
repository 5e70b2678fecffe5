//! The preview of unpublished data that the coordinators' desk leaves in this tab's
//! session storage (`micronit_model::PREVIEW_STORAGE_KEY`): while it is there, the site
//! is drawn from it instead of the published snapshot (site.js shows the banner that
//! says so and leaves the preview).

use micronit_model::PREVIEW_STORAGE_KEY;

/// The previewed snapshot's text, if this tab is previewing one.
pub fn snapshot() -> Option<String> {
    web_sys::window()?
        .session_storage()
        .ok()??
        .get_item(PREVIEW_STORAGE_KEY)
        .ok()?
}
