//! Files made in the page for the visitor to download (the directory's CSV, an event's
//! calendar file), as Blob URLs: no size limit of a `data:` address, and nothing sent.

use wasm_bindgen::JsCast;

/// Called on a click on a `<a download>` link: points the link at a file holding
/// `content` of type `mime`, which the browser then downloads. Without content, the
/// click does nothing (rather than following the link's placeholder address).
pub fn offer(ev: &web_sys::MouseEvent, content: Option<String>, mime: &str) {
    let link = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("a[download]").ok().flatten());
    let url = content.and_then(|content| micronit_browser::blob_url(&content, mime));
    let (Some(link), Some(url)) = (link, url) else {
        ev.prevent_default();
        return;
    };
    // The file of the previous click is released.
    if let Some(old) = link
        .get_attribute("href")
        .filter(|h| h.starts_with("blob:"))
    {
        let _ = web_sys::Url::revoke_object_url(&old);
    }
    let _ = link.set_attribute("href", &url);
}
