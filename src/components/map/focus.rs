//! Moving focus inside the map.

use wasm_bindgen::JsCast;

/// Focuses an element (HTML or SVG) without scrolling the page.
pub(super) fn focus_element(el: &web_sys::Element) {
    let focus = js_sys::Reflect::get(el, &"focus".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(focus) = focus {
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"preventScroll".into(), &true.into());
        let _ = focus.call1(el, &options);
    }
}
