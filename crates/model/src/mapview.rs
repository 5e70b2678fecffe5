//! The map on screen: where the outline and the teams are drawn, zoom and pan kept
//! within France, and what activating a cluster does. Screen units are CSS pixels of
//! the map's box; map units are the outline's kilometres (see [`Frame`]).

use crate::{cluster, to_lambert93_with, Cluster, Maths, Point, StdMaths};

/// The most the map zooms in, relative to the whole of France.
pub const MAX_ZOOM: f64 = 48.0;

/// Room left around France when it is shown whole, as a share of the box.
const MARGIN: f64 = 0.03;

/// The outline's bounding box in Lambert-93 kilometres. Map units are kilometres east
/// of its west edge (`x`) and south of its north edge (`y`, downwards as in SVG), the
/// coordinates of the outline's path in `public/map/france.json`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub min_x: f64,
    pub max_y: f64,
    pub width: f64,
    pub height: f64,
}

impl Frame {
    /// Metropolitan France and Corsica, as in the bundled outline.
    pub const FRANCE: Frame = Frame {
        min_x: 99.8,
        max_y: 7110.2,
        width: 1142.8,
        height: 1060.5,
    };

    /// Where a place is drawn, in map units.
    ///
    /// ```
    /// use micronit_model::Frame;
    /// let tours = Frame::FRANCE.project(47.39, 0.69);
    /// assert!(Frame::FRANCE.contains(tours, 0.0));
    /// assert!(!Frame::FRANCE.contains(Frame::FRANCE.project(-21.1, 55.5), 50.0)); // La Réunion
    /// ```
    pub fn project(&self, lat: f64, lon: f64) -> Point {
        self.project_with::<StdMaths>(lat, lon)
    }

    /// [`Frame::project`] computed with the maths of `M`.
    pub fn project_with<M: Maths>(&self, lat: f64, lon: f64) -> Point {
        let p = to_lambert93_with::<M>(lat, lon);
        Point {
            x: p.x / 1000.0 - self.min_x,
            y: self.max_y - p.y / 1000.0,
        }
    }

    /// Whether `p` lies within the frame, or less than `margin` kilometres outside it.
    pub fn contains(&self, p: Point, margin: f64) -> bool {
        p.x >= -margin
            && p.y >= -margin
            && p.x <= self.width + margin
            && p.y <= self.height + margin
    }
}

/// What the map shows: the size of its box, the zoom (1 is France whole) and the map
/// point at the centre of the box.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct View {
    pub frame: Frame,
    pub width: f64,
    pub height: f64,
    pub zoom: f64,
    pub center: Point,
}

/// What activating a cluster does.
#[derive(Clone, Debug, PartialEq)]
pub enum ClusterAction {
    /// Zoom to this view, where the cluster's teams come apart.
    Zoom(View),
    /// The teams stay together at any zoom (same city): list them instead.
    List,
}

impl View {
    /// France whole, centred in a box of `width` × `height` pixels.
    pub fn new(frame: Frame, width: f64, height: f64) -> View {
        View {
            frame,
            width: width.max(1.0),
            height: height.max(1.0),
            zoom: 1.0,
            center: Point {
                x: frame.width / 2.0,
                y: frame.height / 2.0,
            },
        }
    }

    /// The same view in a box of another size.
    pub fn resized(self, width: f64, height: f64) -> View {
        View {
            width: width.max(1.0),
            height: height.max(1.0),
            ..self
        }
        .clamped()
    }

    /// Pixels per kilometre.
    pub fn scale(&self) -> f64 {
        let fit = (self.width / self.frame.width).min(self.height / self.frame.height);
        fit * (1.0 - 2.0 * MARGIN) * self.zoom
    }

    /// The translation and scale that draw map units on screen, as in SVG's
    /// `translate(tx ty) scale(s)`.
    pub fn transform(&self) -> (f64, f64, f64) {
        let s = self.scale();
        (
            self.width / 2.0 - self.center.x * s,
            self.height / 2.0 - self.center.y * s,
            s,
        )
    }

    /// Where a map point is drawn.
    pub fn to_screen(&self, p: Point) -> Point {
        let (tx, ty, s) = self.transform();
        Point {
            x: p.x * s + tx,
            y: p.y * s + ty,
        }
    }

    /// The map point drawn at a screen point.
    pub fn to_map(&self, p: Point) -> Point {
        let (tx, ty, s) = self.transform();
        Point {
            x: (p.x - tx) / s,
            y: (p.y - ty) / s,
        }
    }

    /// Kept within bounds: zoom between 1 and [`MAX_ZOOM`], centre within France.
    pub fn clamped(self) -> View {
        let zoom = if self.zoom.is_finite() {
            self.zoom.clamp(1.0, MAX_ZOOM)
        } else {
            1.0
        };
        let clamp = |v: f64, max: f64| {
            if v.is_finite() {
                v.clamp(0.0, max)
            } else {
                max / 2.0
            }
        };
        View {
            zoom,
            center: Point {
                x: clamp(self.center.x, self.frame.width),
                y: clamp(self.center.y, self.frame.height),
            },
            ..self
        }
    }

    /// Zoomed by `factor` about the screen point `at`, which stays where it is (unless
    /// the bounds stop it).
    pub fn zoom_at(self, factor: f64, at: Point) -> View {
        let anchor = self.to_map(at);
        let zoomed = View {
            // A factor that is not a number leaves the zoom as it was.
            zoom: if factor.is_finite() {
                (self.zoom * factor).clamp(1.0, MAX_ZOOM)
            } else {
                self.zoom
            },
            ..self
        };
        let s = zoomed.scale();
        View {
            center: Point {
                x: anchor.x - (at.x - self.width / 2.0) / s,
                y: anchor.y - (at.y - self.height / 2.0) / s,
            },
            ..zoomed
        }
        .clamped()
    }

    /// Zoomed by `factor` about the centre of the box.
    pub fn zoom_by(self, factor: f64) -> View {
        let middle = Point {
            x: self.width / 2.0,
            y: self.height / 2.0,
        };
        self.zoom_at(factor, middle)
    }

    /// Moved so that the map follows the pointer by `dx`, `dy` pixels.
    pub fn pan(self, dx: f64, dy: f64) -> View {
        let s = self.scale();
        View {
            center: Point {
                x: self.center.x - dx / s,
                y: self.center.y - dy / s,
            },
            ..self
        }
        .clamped()
    }

    /// On the way from `self` (t = 0) to `to` (t = 1): the point that `to` centres
    /// glides on screen from where it is to the middle, so it stays in sight.
    pub fn lerp(self, to: View, t: f64) -> View {
        let t = t.clamp(0.0, 1.0);
        let mix = |a: f64, b: f64| a + (b - a) * t;
        let from = self.to_screen(to.center);
        let at = Point {
            x: mix(from.x, to.width / 2.0),
            y: mix(from.y, to.height / 2.0),
        };
        let step = View {
            zoom: mix(self.zoom, to.zoom),
            ..to
        };
        let s = step.scale();
        View {
            center: Point {
                x: to.center.x - (at.x - to.width / 2.0) / s,
                y: to.center.y - (at.y - to.height / 2.0) / s,
            },
            ..step
        }
    }

    /// Whether a map point is drawn within the box, or less than `margin` pixels out.
    pub fn shows(&self, p: Point, margin: f64) -> bool {
        let q = self.to_screen(p);
        q.x >= -margin
            && q.y >= -margin
            && q.x <= self.width + margin
            && q.y <= self.height + margin
    }

    /// The markers at this zoom: points closer than `radius` pixels are grouped.
    pub fn markers(&self, points: &[Point], radius: f64) -> Vec<Cluster> {
        cluster(points, radius / self.scale())
    }

    /// What activating a cluster of `members` (indices into `points`) does: zoom until
    /// they come apart, by at least `radius` pixels, or list them if no zoom would.
    pub fn cluster_action(
        &self,
        points: &[Point],
        members: &[usize],
        radius: f64,
    ) -> ClusterAction {
        let mut min = Point {
            x: f64::INFINITY,
            y: f64::INFINITY,
        };
        let mut max = Point {
            x: f64::NEG_INFINITY,
            y: f64::NEG_INFINITY,
        };
        for p in members.iter().filter_map(|&i| points.get(i)) {
            min = Point {
                x: min.x.min(p.x),
                y: min.y.min(p.y),
            };
            max = Point {
                x: max.x.max(p.x),
                y: max.y.max(p.y),
            };
        }
        let extent = (max.x - min.x).max(max.y - min.y);
        let deepest = View {
            zoom: MAX_ZOOM,
            ..*self
        };
        if !extent.is_finite() || extent * deepest.scale() <= radius * 1.5 {
            return ClusterAction::List;
        }
        // Zoom so the group fills most of the box, then at least until its widest
        // pair is set well apart.
        let fill = View { zoom: 1.0, ..*self }.scale();
        let fits = ((self.width.min(self.height) * 0.6) / extent) / fill;
        let apart = (radius * 3.0 / extent) / fill;
        let zoom = fits.max(apart).max(self.zoom * 1.5).min(MAX_ZOOM);
        ClusterAction::Zoom(
            View {
                zoom,
                center: Point {
                    x: (min.x + max.x) / 2.0,
                    y: (min.y + max.y) / 2.0,
                },
                ..*self
            }
            .clamped(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: Point, b: Point) -> bool {
        (a.x - b.x).abs() < 1e-6 && (a.y - b.y).abs() < 1e-6
    }

    fn view() -> View {
        View::new(Frame::FRANCE, 800.0, 600.0)
    }

    #[test]
    fn france_whole_fits_the_box() {
        let v = view();
        let corners = [
            Point { x: 0.0, y: 0.0 },
            Point {
                x: Frame::FRANCE.width,
                y: Frame::FRANCE.height,
            },
        ];
        for c in corners {
            assert!(v.shows(c, 0.0), "{c:?} at {:?}", v.to_screen(c));
        }
        // And it fills the box in its tighter direction, less the margins.
        let height = Frame::FRANCE.height * v.scale();
        assert!((height - 600.0 * (1.0 - 2.0 * MARGIN)).abs() < 1e-6);
    }

    #[test]
    fn screen_and_map_points_round_trip() {
        let v = view()
            .zoom_at(3.7, Point { x: 100.0, y: 500.0 })
            .pan(-40.0, 25.0);
        for p in [Point { x: 12.0, y: 900.0 }, Point { x: 600.0, y: 3.5 }] {
            assert!(close(v.to_map(v.to_screen(p)), p));
        }
    }

    #[test]
    fn zooming_keeps_the_point_under_the_pointer() {
        let v = view().zoom_by(2.0);
        let at = Point { x: 300.0, y: 200.0 };
        let under = v.to_map(at);
        let zoomed = v.zoom_at(1.8, at);
        assert!((zoomed.zoom - 3.6).abs() < 1e-9);
        assert!(close(zoomed.to_screen(under), at));
    }

    #[test]
    fn zoom_and_pan_stay_within_france() {
        let v = view();
        assert_eq!(v.zoom_by(0.1).zoom, 1.0);
        assert_eq!(v.zoom_by(1e9).zoom, MAX_ZOOM);
        let far = v.zoom_by(4.0).pan(1e7, -1e7);
        assert_eq!(
            far.center,
            Point {
                x: 0.0,
                y: Frame::FRANCE.height
            }
        );
        let nan = View {
            zoom: f64::NAN,
            center: Point {
                x: f64::NAN,
                y: 1.0,
            },
            ..v
        }
        .clamped();
        assert_eq!(nan.zoom, 1.0);
        assert_eq!(nan.center.x, Frame::FRANCE.width / 2.0);
    }

    #[test]
    fn panning_moves_the_map_with_the_pointer() {
        let v = view().zoom_by(3.0);
        let p = Point { x: 500.0, y: 500.0 };
        let before = v.to_screen(p);
        let after = v.pan(30.0, -20.0).to_screen(p);
        assert!(close(
            after,
            Point {
                x: before.x + 30.0,
                y: before.y - 20.0
            }
        ));
    }

    #[test]
    fn the_way_between_two_views_ends_on_the_target() {
        let a = view();
        let b = a.zoom_at(8.0, Point { x: 10.0, y: 10.0 });
        assert_eq!(a.lerp(b, 0.0).zoom, a.zoom);
        let end = a.lerp(b, 1.0);
        assert!((end.zoom - b.zoom).abs() < 1e-9 && close(end.center, b.center));
        let half = a.lerp(b, 0.5);
        assert!((half.zoom - 4.5).abs() < 1e-9);
        // The target stays in sight all the way, halfway to the middle at t = 0.5.
        let (start, middle) = (a.to_screen(b.center), Point { x: 400.0, y: 300.0 });
        let now = half.to_screen(b.center);
        assert!((now.x - (start.x + middle.x) / 2.0).abs() < 1e-6);
        assert!((now.y - (start.y + middle.y) / 2.0).abs() < 1e-6);
    }

    #[test]
    fn near_teams_group_until_zoomed_in_and_same_city_teams_stay_listed() {
        let frame = Frame::FRANCE;
        let paris = frame.project(48.85, 2.35);
        let versailles = frame.project(48.80, 2.13);
        let lyon = frame.project(45.76, 4.84);
        let points = [paris, versailles, lyon, paris];
        let v = View::new(frame, 400.0, 400.0);
        let markers = v.markers(&points, 14.0);
        assert_eq!(markers.len(), 2);
        assert_eq!(markers[0].members, [0, 1, 3]);
        // Every team is in exactly one marker.
        let total: usize = markers.iter().map(|m| m.members.len()).sum();
        assert_eq!(total, points.len());
        // Paris and Versailles come apart when zoomed in on.
        let ClusterAction::Zoom(zoomed) = v.cluster_action(&points, &markers[0].members, 14.0)
        else {
            panic!("expected a zoom");
        };
        assert!(zoomed.zoom > v.zoom);
        let apart = zoomed.markers(&points, 14.0);
        assert_eq!(apart.len(), 3);
        assert!(apart.iter().any(|m| m.members == [0, 3]));
        // Two teams of one city never come apart: they are listed.
        assert_eq!(
            zoomed.cluster_action(&points, &[0, 3], 14.0),
            ClusterAction::List
        );
    }

    #[test]
    fn the_frame_is_the_bundled_outlines() {
        let file: serde_json::Value =
            serde_json::from_str(include_str!("../../../public/map/france.json")).unwrap();
        let f = Frame::FRANCE;
        assert_eq!(file["bounds_km"]["min_x"].as_f64(), Some(f.min_x));
        assert_eq!(file["bounds_km"]["max_y"].as_f64(), Some(f.max_y));
        assert_eq!(file["width_km"].as_f64(), Some(f.width));
        assert_eq!(file["height_km"].as_f64(), Some(f.height));
    }
}
