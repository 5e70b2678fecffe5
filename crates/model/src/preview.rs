//! The preview of unpublished data: the coordinators' desk keeps a checked snapshot in
//! the tab's session storage under these keys; the atlas then renders from it (and
//! `site.js` shows the preview's banner) until the coordinator leaves the preview.

/// The checked snapshot's text.
pub const PREVIEW_STORAGE_KEY: &str = "micronit-preview";
/// The name of the file it came from.
pub const PREVIEW_NAME_KEY: &str = "micronit-preview-name";
