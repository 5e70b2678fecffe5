//! Lambert-93 against the reference test vectors, to the millimetre, and round trips.

// Native tests: the one-sort rule of clippy.toml is the wasm's.
#![allow(clippy::disallowed_methods)]

use micronit_model::{from_lambert93, to_lambert93, Snapshot};

#[test]
fn the_origin_projects_to_the_false_easting_and_northing() {
    let p = to_lambert93(46.5, 3.0);
    assert!((p.x - 700_000.0).abs() < 0.001, "{p:?}");
    assert!((p.y - 6_600_000.0).abs() < 0.001, "{p:?}");
}

#[test]
fn the_reference_point_in_paris_matches_to_the_millimetre() {
    let p = to_lambert93(48.831_938_054_369, 2.355_781_112_797_1);
    assert!((p.x - 652_709.401).abs() < 0.001, "x = {}", p.x);
    assert!((p.y - 6_859_290.946).abs() < 0.001, "y = {}", p.y);
}

#[test]
fn projection_round_trips_across_france() {
    for (lat, lon) in [
        (41.4, 9.2),
        (51.05, 2.37),
        (48.39, -4.49),
        (43.70, 7.26),
        (46.5, 3.0),
        (47.3941, 0.6848),
    ] {
        let (lat2, lon2) = from_lambert93(to_lambert93(lat, lon));
        assert!(
            (lat - lat2).abs() < 1e-9 && (lon - lon2).abs() < 1e-9,
            "({lat}, {lon}) -> ({lat2}, {lon2})"
        );
    }
}

#[test]
fn every_team_projects_inside_the_lambert93_extent() {
    let c = Snapshot::from_json(include_str!("../../../public/data/consortium.json")).unwrap();
    for t in &c.teams {
        let p = to_lambert93(t.location.lat, t.location.lon);
        // The published bounds of EPSG:2154 for metropolitan France and Corsica.
        assert!(
            (-378_305.81..=1_320_649.57).contains(&p.x),
            "{} x = {}",
            t.id,
            p.x
        );
        assert!(
            (6_005_281.2..=7_235_612.72).contains(&p.y),
            "{} y = {}",
            t.id,
            p.y
        );
    }
}

#[test]
fn teams_of_one_city_cluster_together_and_split_when_zoomed_in() {
    use micronit_model::cluster;
    let c = Snapshot::from_json(include_str!("../../../public/data/consortium.json")).unwrap();
    let points: Vec<_> = c
        .teams
        .iter()
        .map(|t| to_lambert93(t.location.lat, t.location.lon))
        .collect();
    // At a country-wide zoom (markers 5 km apart overlap), the three Paris teams share
    // one cluster, and the two of Lyon another.
    let coarse = cluster(&points, 5_000.0);
    let city = |name: &str| -> Vec<usize> {
        (0..c.teams.len())
            .filter(|&i| c.teams[i].city == name)
            .collect()
    };
    let paris = city("Paris");
    assert_eq!(paris.len(), 3);
    let holding = |ids: &[usize]| {
        coarse
            .iter()
            .find(|g| ids.iter().all(|i| g.members.contains(i)))
    };
    let paris_cluster = holding(&paris).expect("one cluster holds every Paris team");
    assert_eq!(paris_cluster.members, paris, "{coarse:?}");
    assert_eq!(holding(&city("Lyon")).map(|g| g.members.len()), Some(2));
    // Every team is in exactly one cluster.
    let mut all: Vec<usize> = coarse.iter().flat_map(|g| g.members.clone()).collect();
    all.sort_unstable();
    assert_eq!(all, (0..c.teams.len()).collect::<Vec<_>>());
    // Zoomed in (100 m cells), no two teams share a marker.
    assert_eq!(cluster(&points, 100.0).len(), c.teams.len());
    // A cluster is drawn at the centroid of its teams.
    let g = paris_cluster;
    let cx = g.members.iter().map(|&i| points[i].x).sum::<f64>() / 3.0;
    assert!((g.center.x - cx).abs() < 1e-6);
}

#[test]
fn clustering_5000_teams_is_linear_and_loses_none() {
    use micronit_model::cluster;
    let base = Snapshot::from_json(include_str!("../../../public/data/consortium.json")).unwrap();
    let big = micronit_model::synthetic(base.snapshot(), 5000, 5);
    let points: Vec<_> = big
        .teams
        .iter()
        .map(|t| to_lambert93(t.location.lat, t.location.lon))
        .collect();
    let groups = cluster(&points, 20_000.0);
    let mut all: Vec<usize> = groups.iter().flat_map(|g| g.members.clone()).collect();
    all.sort_unstable();
    assert_eq!(all, (0..5000).collect::<Vec<_>>());
    // Synthetic teams sit within a few kilometres of 22 cities.
    assert!(groups.len() < 100, "{} clusters", groups.len());
}
