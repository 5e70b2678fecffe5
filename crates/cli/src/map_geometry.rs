//! The outline of metropolitan France and Corsica for the map, from Natural Earth
//! (public domain) through the npm package world-atlas (ISC): decoded from TopoJSON,
//! projected to Lambert-93, simplified (Douglas–Peucker) and written as one SVG path.

use micronit_model::{to_lambert93, Lambert93};
use serde_json::{json, Value};

/// France's id in world-atlas (ISO 3166-1 numeric).
const FRANCE: &str = "250";

/// Keeps the parts of France in Europe: the mainland, Corsica and the coastal islands.
fn in_metropolitan_france(lat: f64, lon: f64) -> bool {
    (41.0..=51.5).contains(&lat) && (-5.5..=10.0).contains(&lon)
}

/// Decodes the TopoJSON arcs (delta-encoded, quantised) to longitude/latitude.
fn arcs(topology: &Value) -> Result<Vec<Vec<(f64, f64)>>, String> {
    let transform = &topology["transform"];
    let num = |v: &Value, what: &str| {
        v.as_f64()
            .ok_or_else(|| format!("bad {what} in the TopoJSON"))
    };
    let (sx, sy) = (
        num(&transform["scale"][0], "scale")?,
        num(&transform["scale"][1], "scale")?,
    );
    let (tx, ty) = (
        num(&transform["translate"][0], "translate")?,
        num(&transform["translate"][1], "translate")?,
    );
    let list = topology["arcs"]
        .as_array()
        .ok_or("no arcs in the TopoJSON")?;
    list.iter()
        .map(|arc| {
            let (mut x, mut y) = (0.0, 0.0);
            arc.as_array()
                .ok_or_else(|| "bad arc".to_owned())?
                .iter()
                .map(|p| {
                    x += num(&p[0], "arc point")?;
                    y += num(&p[1], "arc point")?;
                    Ok((x * sx + tx, y * sy + ty))
                })
                .collect()
        })
        .collect()
}

/// The rings of a polygon's arc indices (a negative index is a reversed arc).
fn ring(indices: &Value, arcs: &[Vec<(f64, f64)>]) -> Result<Vec<(f64, f64)>, String> {
    let mut points: Vec<(f64, f64)> = Vec::new();
    for index in indices.as_array().ok_or("bad ring")? {
        let i = index.as_i64().ok_or("bad arc index")?;
        let (k, reversed) = if i < 0 {
            ((!i) as usize, true)
        } else {
            (i as usize, false)
        };
        let mut arc = arcs.get(k).ok_or("arc index out of range")?.clone();
        if reversed {
            arc.reverse();
        }
        let skip = usize::from(!points.is_empty());
        points.extend(arc.into_iter().skip(skip));
    }
    Ok(points)
}

/// Douglas–Peucker simplification of a closed ring, keeping points farther than
/// `tolerance` from the simplified line.
fn simplify(points: &[Lambert93], tolerance: f64) -> Vec<Lambert93> {
    if points.len() < 4 {
        return points.to_vec();
    }
    let mut keep = vec![false; points.len()];
    let last = points.len() - 1;
    keep[0] = true;
    keep[last] = true;
    // A closed ring: split it at the point farthest from the first.
    let far = (1..last)
        .max_by(|&a, &b| {
            let d = |i: usize| (points[i].x - points[0].x).hypot(points[i].y - points[0].y);
            d(a).total_cmp(&d(b))
        })
        .unwrap_or(last / 2);
    keep[far] = true;
    let mut stack = vec![(0, far), (far, last)];
    while let Some((a, b)) = stack.pop() {
        if b <= a + 1 {
            continue;
        }
        let (p, q) = (points[a], points[b]);
        let (dx, dy) = (q.x - p.x, q.y - p.y);
        let len = dx.hypot(dy);
        let distance = |r: Lambert93| {
            if len == 0.0 {
                (r.x - p.x).hypot(r.y - p.y)
            } else {
                ((r.x - p.x) * dy - (r.y - p.y) * dx).abs() / len
            }
        };
        let (i, d) = (a + 1..b)
            .map(|i| (i, distance(points[i])))
            .max_by(|x, y| x.1.total_cmp(&y.1))
            .unwrap_or((a, 0.0));
        if d > tolerance {
            keep[i] = true;
            stack.push((a, i));
            stack.push((i, b));
        }
    }
    points
        .iter()
        .zip(keep)
        .filter(|(_, k)| *k)
        .map(|(p, _)| *p)
        .collect()
}

fn area(ring: &[Lambert93]) -> f64 {
    let n = ring.len();
    (0..n)
        .map(|i| {
            let (p, q) = (ring[i], ring[(i + 1) % n]);
            p.x * q.y - q.x * p.y
        })
        .sum::<f64>()
        .abs()
        / 2.0
}

/// The geometry file: its source, licence, projection, bounds (Lambert-93 kilometres,
/// y growing northward) and one SVG path in kilometres with y flipped for SVG
/// (`y_svg = max_y - y`), so that `viewBox="0 0 width height"` shows it all.
pub fn france(topojson: &str, tolerance_m: f64, min_area_km2: f64) -> Result<String, String> {
    let topology: Value = serde_json::from_str(topojson).map_err(|e| format!("not JSON: {e}"))?;
    let arcs = arcs(&topology)?;
    let geometries = topology["objects"]["countries"]["geometries"]
        .as_array()
        .ok_or("no objects.countries in the TopoJSON")?;
    let france = geometries
        .iter()
        .find(|g| g["id"].as_str() == Some(FRANCE))
        .ok_or("France (id 250) is not in the TopoJSON")?;
    let polygons = france["arcs"].as_array().ok_or("France has no polygons")?;
    let mut rings: Vec<Vec<Lambert93>> = Vec::new();
    for polygon in polygons {
        // The outer ring only: France's parts have no holes worth drawing at this scale.
        let outer = ring(&polygon[0], &arcs)?;
        if !outer
            .iter()
            .all(|&(lon, lat)| in_metropolitan_france(lat, lon))
        {
            continue;
        }
        let projected: Vec<Lambert93> = outer
            .iter()
            .map(|&(lon, lat)| to_lambert93(lat, lon))
            .collect();
        let simple = simplify(&projected, tolerance_m);
        if simple.len() >= 4 && area(&simple) >= min_area_km2 * 1e6 {
            rings.push(simple);
        }
    }
    if rings.is_empty() {
        return Err("no metropolitan part of France found".into());
    }
    let (mut min_x, mut min_y, mut max_x, mut max_y) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for p in rings.iter().flatten() {
        min_x = min_x.min(p.x);
        min_y = min_y.min(p.y);
        max_x = max_x.max(p.x);
        max_y = max_y.max(p.y);
    }
    let km = |v: f64| (v / 100.0).round() / 10.0;
    let mut d = String::new();
    for r in &rings {
        for (i, p) in r.iter().enumerate() {
            let (x, y) = (km(p.x - min_x), km(max_y - p.y));
            d.push_str(&format!("{}{x} {y}", if i == 0 { "M" } else { "L" }));
        }
        d.push('Z');
    }
    let out = json!({
        "source": "Natural Earth 1:10m Admin 0 – Countries (public domain), through the npm package world-atlas 2.0.2 (ISC), file countries-10m.json, feature 250 (France): mainland and Corsica",
        "generated_by": format!("micronit-data map-geometry --tolerance {tolerance_m} --min-area {min_area_km2}"),
        "projection": "EPSG:2154 (Lambert-93), kilometres; the path's y axis points down: y = bounds.max_y - northing",
        "bounds_km": {
            "min_x": km(min_x), "min_y": km(min_y), "max_x": km(max_x), "max_y": km(max_y),
        },
        "width_km": km(max_x - min_x),
        "height_km": km(max_y - min_y),
        "parts": rings.len(),
        "points": rings.iter().map(Vec::len).sum::<usize>(),
        "path": d,
    });
    serde_json::to_string_pretty(&out).map_err(|e| e.to_string())
}
