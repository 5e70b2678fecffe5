//! The browser's side of the map's geometry (the rest is `micronit_model::View`).

#[cfg(target_family = "wasm")]
use micronit_model::Maths;
use micronit_model::Point;

/// The browser's maths for the projection: the wasm then needs no copy of its own. (At
/// build time, natively, Rust's own: `StdMaths`.)
#[cfg(target_family = "wasm")]
pub(super) struct JsMaths;

#[cfg(not(target_family = "wasm"))]
pub(super) use micronit_model::StdMaths as JsMaths;

#[cfg(target_family = "wasm")]
impl Maths for JsMaths {
    fn sin(x: f64) -> f64 {
        js_sys::Math::sin(x)
    }
    fn cos(x: f64) -> f64 {
        js_sys::Math::cos(x)
    }
    fn tan(x: f64) -> f64 {
        js_sys::Math::tan(x)
    }
    fn ln(x: f64) -> f64 {
        js_sys::Math::log(x)
    }
    fn powf(x: f64, y: f64) -> f64 {
        js_sys::Math::pow(x, y)
    }
}

pub(super) fn distance(a: Point, b: Point) -> f64 {
    ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt()
}
