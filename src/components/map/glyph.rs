//! The drawing of markers, as SVG markup: a team's shape split in one sector per
//! colour, or a group's disc with its number.

use std::f64::consts::PI;

use micronit_model::{escape_markup, svg_number, Consortium, Lang, Maths, Membership, Point};

use super::geometry::JsMaths;

use super::labels::marker_label;
use super::{Colours, Marker};

/// The outline of a marker's shape, as points around (0, 0): a circle for members, a
/// diamond for associated teams and a square for teams whose status the sources do not
/// state, so that status never rests on colour alone.
pub(super) fn shape_point(status: Membership, angle: f64, r: f64) -> Point {
    let (sin, cos) = (JsMaths::sin(angle), JsMaths::cos(angle));
    let r = match status {
        Membership::Member => r,
        Membership::Associated => r * 1.2 / (sin.abs() + cos.abs()),
        Membership::Unstated => r * 0.88 / sin.abs().max(cos.abs()),
    };
    Point {
        x: r * cos,
        y: r * sin,
    }
}

/// An SVG path of the part of the shape between two angles (the whole shape when the
/// span is a full turn), drawn as a fine polygon.
pub(super) fn sector(status: Membership, from: f64, to: f64, r: f64) -> String {
    let steps = (((to - from) / (2.0 * PI)) * 32.0).ceil().max(1.0) as usize;
    let whole = to - from >= 2.0 * PI - 1e-9;
    let mut d = String::new();
    if !whole {
        d.push_str("M0 0");
    }
    for k in 0..=steps {
        let a = from + (to - from) * k as f64 / steps as f64;
        let p = shape_point(status, a, r);
        let cmd = if d.is_empty() { 'M' } else { 'L' };
        d.push(cmd);
        d.push_str(&svg_number(p.x, 1));
        d.push(' ');
        d.push_str(&svg_number(p.y, 1));
    }
    d.push('Z');
    d
}

/// The CSS class that colours a team's marker in a mode.
pub(super) fn fill_classes(c: &Consortium, i: usize, mode: Colours) -> Vec<String> {
    let Some(team) = c.teams.get(i) else {
        return vec!["fill-none".to_owned()];
    };
    match mode {
        Colours::Status => vec![match team.status {
            Membership::Member => "fill-member".to_owned(),
            Membership::Associated => "fill-associated".to_owned(),
            Membership::Unstated => "fill-unstated".to_owned(),
        }],
        Colours::Axis if team.axes.is_empty() => vec!["fill-none".to_owned()],
        Colours::Axis => team.axes.iter().map(|n| format!("fill-axis-{n}")).collect(),
    }
}

/// A status's shape split in one sector per fill class, then its edge (class
/// `glyph-edge`): each part's class and path, for the map's markers and the legend alike.
pub(super) fn glyph_parts<S: AsRef<str>>(status: Membership, fills: &[S]) -> Vec<(String, String)> {
    let n = fills.len().max(1) as f64;
    let mut parts: Vec<(String, String)> = fills
        .iter()
        .enumerate()
        .map(|(k, class)| {
            let from = -PI / 2.0 + 2.0 * PI * k as f64 / n;
            let d = sector(status, from, from + 2.0 * PI / n, 7.5);
            (class.as_ref().to_owned(), d)
        })
        .collect();
    parts.push((
        "glyph-edge".to_owned(),
        sector(status, -PI / 2.0, 1.5 * PI, 7.5),
    ));
    parts
}

/// A status's shape, as SVG markup for the map's marker layer.
fn glyph<S: AsRef<str>>(status: Membership, fills: &[S]) -> String {
    glyph_parts(status, fills)
        .into_iter()
        .map(|(class, d)| format!("<path class=\"{class}\" d=\"{d}\"/>"))
        .collect()
}

/// The drawing of one team's marker: its shape, split in one sector per colour.
pub(super) fn team_glyph(c: &Consortium, i: usize, mode: Colours) -> String {
    let status = c.teams.get(i).map_or(Membership::Member, |t| t.status);
    glyph(status, &fill_classes(c, i, mode))
}

/// One marker, as SVG: a team's shape, or a group's disc with its number. It is a
/// focusable button named for what it holds; the map handles its events.
pub(super) fn marker_svg(
    c: &Consortium,
    k: usize,
    m: &Marker,
    lang: Lang,
    mode: Colours,
) -> String {
    let label = escape_markup(&marker_label(c, &m.teams, lang));
    let n = m.teams.len();
    let (class, glyph) = match m.teams.as_slice() {
        [one] => ("team-marker", team_glyph(c, *one, mode)),
        _ => {
            // Larger discs for larger groups: 11, 14 and 17 pixels.
            let r = 11 + 3 * (n.to_string().len().min(3) - 1);
            (
                "cluster-marker",
                format!(
                    "<circle class=\"cluster-disc\" r=\"{r}\"/><text class=\"cluster-count\" text-anchor=\"middle\" dy=\"0.35em\">{n}</text>"
                ),
            )
        }
    };
    format!(
        "<g class=\"marker {class}\" transform=\"translate({} {})\" role=\"button\" tabindex=\"0\" aria-label=\"{label}\" data-m=\"{k}\" data-count=\"{n}\"><circle class=\"marker-halo\" r=\"15\"/>{glyph}</g>",
        svg_number(m.at.x, 1),
        svg_number(m.at.y, 1),
    )
}
