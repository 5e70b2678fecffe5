//! Grouping map markers that would overlap. Greedy and linear: each point not yet taken
//! starts a cluster that takes every free point within `radius` of it (map units,
//! metres for Lambert-93); a grid of `radius`-sized cells finds the neighbours, so the
//! whole pass is O(n) on average. A cluster is drawn at the centroid of its points.

use std::collections::HashMap;

use crate::Point;

/// Points drawn as one marker, by their index in the input.
#[derive(Clone, Debug, PartialEq)]
pub struct Cluster {
    pub center: Point,
    pub members: Vec<usize>,
}

/// Clusters `points`: clusters come out in the order of their first point, members in
/// increasing order; every point is in exactly one cluster.
///
/// ```
/// use micronit_model::{cluster, Lambert93};
/// let pts = [Lambert93 { x: 0.0, y: 0.0 }, Lambert93 { x: 5000.0, y: 0.0 }, Lambert93 { x: 10.0, y: 10.0 }];
/// let groups = cluster(&pts, 1000.0);
/// assert_eq!(groups.len(), 2);
/// assert_eq!(groups[0].members, [0, 2]);
/// ```
pub fn cluster(points: &[Point], radius: f64) -> Vec<Cluster> {
    let radius = if radius.is_finite() && radius > 0.0 {
        radius
    } else {
        1.0
    };
    let cell_of = |p: &Point| ((p.x / radius).floor() as i64, (p.y / radius).floor() as i64);
    let mut grid: HashMap<(i64, i64), Vec<usize>> = HashMap::new();
    for (i, p) in points.iter().enumerate() {
        grid.entry(cell_of(p)).or_default().push(i);
    }
    let mut taken = vec![false; points.len()];
    let mut clusters = Vec::new();
    for (i, seed) in points.iter().enumerate() {
        if taken[i] {
            continue;
        }
        let (cx, cy) = cell_of(seed);
        let mut members = Vec::new();
        for dx in -1..=1 {
            for dy in -1..=1 {
                for &j in grid.get(&(cx + dx, cy + dy)).map_or(&[][..], Vec::as_slice) {
                    let p = &points[j];
                    if !taken[j]
                        && (p.x - seed.x).powi(2) + (p.y - seed.y).powi(2) <= radius * radius
                    {
                        taken[j] = true;
                        members.push(j);
                    }
                }
            }
        }
        crate::sort_indices(&mut members, &|a, b| a.cmp(&b));
        let n = members.len() as f64;
        let (sx, sy) = members.iter().fold((0.0, 0.0), |(sx, sy), &j| {
            (sx + points[j].x, sy + points[j].y)
        });
        clusters.push(Cluster {
            center: Point {
                x: sx / n,
                y: sy / n,
            },
            members,
        });
    }
    clusters
}
