//! Lambert-93 (EPSG:2154), the official projection of metropolitan France: Lambert
//! conformal conic with two standard parallels (44° and 49° N), origin 46.5° N 3° E, on
//! the GRS80 ellipsoid, false easting 700,000 m and false northing 6,600,000 m.

use std::f64::consts::FRAC_PI_4;

const A: f64 = 6_378_137.0;
const INVERSE_FLATTENING: f64 = 298.257_222_101;
const LAT_1: f64 = 49.0;
const LAT_2: f64 = 44.0;
const LAT_0: f64 = 46.5;
const LON_0: f64 = 3.0;
const FALSE_EASTING: f64 = 700_000.0;
const FALSE_NORTHING: f64 = 6_600_000.0;

/// A point of a plane: Lambert-93 metres, or the map's kilometres (see `Frame`).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// A point in Lambert-93 metres.
pub type Lambert93 = Point;

/// The functions the forward projection needs. [`StdMaths`] is Rust's; the browser build
/// passes the JavaScript engine's, so that the wasm carries no copy of them.
pub trait Maths {
    fn sin(x: f64) -> f64;
    fn cos(x: f64) -> f64;
    fn tan(x: f64) -> f64;
    fn ln(x: f64) -> f64;
    fn powf(x: f64, y: f64) -> f64;
}

/// Rust's own maths.
pub struct StdMaths;

impl Maths for StdMaths {
    fn sin(x: f64) -> f64 {
        x.sin()
    }
    fn cos(x: f64) -> f64 {
        x.cos()
    }
    fn tan(x: f64) -> f64 {
        x.tan()
    }
    fn ln(x: f64) -> f64 {
        x.ln()
    }
    fn powf(x: f64, y: f64) -> f64 {
        x.powf(y)
    }
}

struct Cone {
    e: f64,
    n: f64,
    af: f64,
    rho0: f64,
}

fn eccentricity() -> f64 {
    let f = 1.0 / INVERSE_FLATTENING;
    (2.0 * f - f * f).sqrt()
}

fn m<M: Maths>(phi: f64, e: f64) -> f64 {
    let s = e * M::sin(phi);
    M::cos(phi) / (1.0 - s * s).sqrt()
}

fn t<M: Maths>(phi: f64, e: f64) -> f64 {
    let s = e * M::sin(phi);
    M::tan(FRAC_PI_4 - phi / 2.0) / M::powf((1.0 - s) / (1.0 + s), e / 2.0)
}

fn cone<M: Maths>() -> Cone {
    let e = eccentricity();
    let (p1, p2, p0) = (LAT_1.to_radians(), LAT_2.to_radians(), LAT_0.to_radians());
    let n = (M::ln(m::<M>(p1, e)) - M::ln(m::<M>(p2, e)))
        / (M::ln(t::<M>(p1, e)) - M::ln(t::<M>(p2, e)));
    let f = m::<M>(p1, e) / (n * M::powf(t::<M>(p1, e), n));
    let af = A * f;
    Cone {
        e,
        n,
        af,
        rho0: af * M::powf(t::<M>(p0, e), n),
    }
}

/// Projects WGS 84 / ETRS89 degrees to Lambert-93 metres.
///
/// ```
/// use micronit_model::to_lambert93;
/// let p = to_lambert93(46.5, 3.0);
/// assert!((p.x - 700_000.0).abs() < 1e-6 && (p.y - 6_600_000.0).abs() < 1e-6);
/// ```
pub fn to_lambert93(lat: f64, lon: f64) -> Lambert93 {
    to_lambert93_with::<StdMaths>(lat, lon)
}

/// [`to_lambert93`] computed with the maths of `M`.
pub fn to_lambert93_with<M: Maths>(lat: f64, lon: f64) -> Lambert93 {
    let c = cone::<M>();
    let rho = c.af * M::powf(t::<M>(lat.to_radians(), c.e), c.n);
    let theta = c.n * (lon - LON_0).to_radians();
    Lambert93 {
        x: FALSE_EASTING + rho * M::sin(theta),
        y: FALSE_NORTHING + c.rho0 - rho * M::cos(theta),
    }
}

/// Back from Lambert-93 metres to degrees (latitude, longitude).
pub fn from_lambert93(p: Lambert93) -> (f64, f64) {
    let c = cone::<StdMaths>();
    let dx = p.x - FALSE_EASTING;
    let dy = c.rho0 - (p.y - FALSE_NORTHING);
    let rho = (dx * dx + dy * dy).sqrt().copysign(c.n);
    let t_ = (rho / c.af).powf(1.0 / c.n);
    let lon = (dx.atan2(dy) / c.n).to_degrees() + LON_0;
    let mut phi = std::f64::consts::FRAC_PI_2 - 2.0 * t_.atan();
    for _ in 0..15 {
        let s = c.e * phi.sin();
        let next = std::f64::consts::FRAC_PI_2
            - 2.0 * (t_ * ((1.0 - s) / (1.0 + s)).powf(c.e / 2.0)).atan();
        if (next - phi).abs() < 1e-14 {
            phi = next;
            break;
        }
        phi = next;
    }
    (phi.to_degrees(), lon)
}
