//! What a visitor did in the served page before the app ran, kept for the app: a search
//! typed, a box ticked or an option chosen, the focus and the scroll position. Hydration
//! keeps the elements but sets each control from the app's state (the address), which
//! knows nothing of them yet; a page drawn anew replaces the elements. Either way the
//! controls are given back what they held, and told so as the visitor's own input would,
//! so that the app applies it.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

/// A control the visitor changed: its id, what it now holds, and how to tell the app.
struct Changed {
    id: String,
    value: Value,
}

enum Value {
    Checked(bool),
    Text(String),
    Chosen(String),
}

/// The served page's state, taken before the app starts.
pub struct Kept {
    changed: Vec<Changed>,
    focused: Option<String>,
    scroll: (f64, f64),
}

impl Kept {
    /// What the visitor changed under `root`: each control (with an id) whose state is no
    /// longer the one the page was served with, and the element with the focus.
    pub fn take(root: &HtmlElement) -> Kept {
        let mut changed = Vec::new();
        if let Ok(controls) = root.query_selector_all("input[id], select[id]") {
            for i in 0..controls.length() {
                let Some(el) = controls.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                    continue;
                };
                if let Some(value) = changed_value(&el) {
                    changed.push(Changed { id: el.id(), value });
                }
            }
        }
        let window = web_sys::window();
        let focused = window
            .as_ref()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .filter(|el| root.contains(Some(el)) && !el.id().is_empty())
            .map(|el| el.id());
        let scroll = window.map_or((0.0, 0.0), |w| {
            (w.scroll_x().unwrap_or(0.0), w.scroll_y().unwrap_or(0.0))
        });
        Kept {
            changed,
            focused,
            scroll,
        }
    }

    /// Gives the app's controls under `root` what the served ones held, as input events,
    /// then the focus and the scroll position.
    pub fn give_back(self, root: &HtmlElement) {
        let document = web_sys::window().and_then(|w| w.document());
        let find = |id: &str| {
            document
                .as_ref()?
                .get_element_by_id(id)
                .filter(|el| root.contains(Some(el)))
        };
        for Changed { id, value } in self.changed {
            let Some(el) = find(&id) else { continue };
            match value {
                Value::Checked(on) => {
                    if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
                        if input.checked() != on {
                            // A click ticks it and tells the app, as the visitor's did.
                            input.click();
                        }
                    }
                }
                Value::Text(text) => {
                    if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
                        input.set_value(&text);
                        dispatch(&el, "input");
                    }
                }
                Value::Chosen(value) => {
                    if let Some(select) = el.dyn_ref::<HtmlSelectElement>() {
                        select.set_value(&value);
                        dispatch(&el, "change");
                    }
                }
            }
        }
        if let Some(el) = self
            .focused
            .and_then(|id| find(&id))
            .and_then(|el| el.dyn_into::<HtmlElement>().ok())
        {
            let _ = el.focus();
        }
        if let Some(window) = web_sys::window() {
            let (x, y) = self.scroll;
            window.scroll_to_with_x_and_y(x, y);
        }
    }
}

/// What `el` holds when the visitor changed it since the page was served.
fn changed_value(el: &Element) -> Option<Value> {
    if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
        if input.read_only() || input.disabled() {
            return None;
        }
        return match input.type_().as_str() {
            "checkbox" | "radio" => (input.checked() != input.default_checked())
                .then(|| Value::Checked(input.checked())),
            _ => (input.value() != input.default_value()).then(|| Value::Text(input.value())),
        };
    }
    let select = el.dyn_ref::<HtmlSelectElement>()?;
    let options = select.options();
    let initial = (0..options.length())
        .filter_map(|i| options.item(i))
        .filter_map(|o| o.dyn_into::<web_sys::HtmlOptionElement>().ok())
        .position(|o| o.default_selected())
        .unwrap_or(0);
    (select.selected_index() != initial as i32).then(|| Value::Chosen(select.value()))
}

/// Tells the app that `el` changed, as the browser does when the visitor changes it.
fn dispatch(el: &Element, kind: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    if let Ok(event) = web_sys::Event::new_with_event_init_dict(kind, &init) {
        let _ = el.dispatch_event(&event);
    }
}
