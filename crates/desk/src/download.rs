//! Files the desk gives to download, made in the page as Blob URLs: nothing is sent.

/// Makes the browser download `content` as `file`.
pub fn download(content: &str, file: &str, mime: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&content.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(link) = document.create_element("a") {
        let _ = link.set_attribute("href", &url);
        let _ = link.set_attribute("download", file);
        if let Some(body) = document.body() {
            let _ = body.append_child(&link);
            if let Some(link) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&link) {
                link.click();
            }
            link.remove();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}
