//! What the atlas and the coordinators' desk both do in the browser, written once: two
//! wasm builds cannot share a module, so they share this crate.

/// A Blob URL holding `content` of type `mime`, for a file made in the page and
/// downloaded from it: no size limit of a `data:` address, and nothing sent. The caller
/// revokes it (`web_sys::Url::revoke_object_url`) once the file is taken.
pub fn blob_url(content: &str, mime: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&content.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}
