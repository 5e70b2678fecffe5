//! Files the desk gives to download, made in the page as Blob URLs: nothing is sent.

/// Makes the browser download `content` as `file`.
pub fn download(content: &str, file: &str, mime: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(url) = micronit_browser::blob_url(content, mime) else {
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
