//! Synthetic snapshots of any size, for scale tests and benchmarks.

use crate::{LatLon, Membership, Snapshot, Team, Text};

/// A small deterministic random generator (xorshift64*), so that a seed always gives
/// the same snapshot.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// A number in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// `k` distinct items of `items`, in their order (all of them if `k` is larger).
    pub fn pick<T: Clone>(&mut self, items: &[T], k: usize) -> Vec<T> {
        let mut chosen: Vec<usize> = Vec::new();
        while chosen.len() < k.min(items.len()) {
            let i = self.below(items.len());
            if !chosen.contains(&i) {
                chosen.push(i);
            }
        }
        crate::sort_indices(&mut chosen, &|a, b| a.cmp(&b));
        chosen.into_iter().map(|i| items[i].clone()).collect()
    }
}

/// A valid snapshot with `teams` illustrative teams, built on the reference lists
/// (axes, tumor types, expertise, institutions, regions) and the cities of `base`.
/// Teams are placed around the base teams' cities, a few kilometres apart.
///
/// ```
/// let base = micronit_model::Snapshot::from_json(include_str!("../../../public/data/consortium.json")).unwrap();
/// let big = micronit_model::synthetic(&base, 500, 7);
/// let c = micronit_model::Consortium::new(big).unwrap();
/// assert_eq!(c.teams.len(), 500);
/// ```
pub fn synthetic(base: &Snapshot, teams: usize, seed: u64) -> Snapshot {
    let mut rng = Rng::new(seed);
    let mut out = base.clone();
    let places: Vec<(String, String, LatLon)> = base
        .teams
        .iter()
        .map(|t| (t.city.clone(), t.region.clone(), t.location))
        .collect();
    let axes: Vec<u8> = base.axes.iter().map(|a| a.number).collect();
    let tumor_types: Vec<String> = base.tumor_types.iter().map(|t| t.id.clone()).collect();
    let expertise: Vec<String> = base.expertise.iter().map(|e| e.id.clone()).collect();
    let institutions: Vec<String> = base.institutions.iter().map(|i| i.id.clone()).collect();
    out.teams = (0..teams)
        .map(|i| {
            let (city, region, at) = places[rng.below(places.len())].clone();
            let n_axes = 1 + rng.below(axes.len().min(2));
            let n_tumors = 1 + rng.below(3);
            let n_expertise = 1 + rng.below(3);
            let status = if i % 3 == 0 {
                Membership::Associated
            } else {
                Membership::Member
            };
            Team {
                id: format!("synthetic-{i}"),
                acronym: None,
                name: Text::new(
                    format!("Équipe synthétique {i}"),
                    format!("Synthetic team {i}"),
                ),
                description: Text::new(
                    format!("Équipe synthétique {i}, à {city}, pour les essais de charge."),
                    format!("Synthetic team {i}, in {city}, for load tests."),
                ),
                unit: None,
                institutions: rng.pick(&institutions, 2),
                city,
                region,
                location: LatLon {
                    lat: at.lat + (rng.unit() - 0.5) * 0.08,
                    lon: at.lon + (rng.unit() - 0.5) * 0.12,
                },
                leaders: Vec::new(),
                rnsr: None,
                hal: None,
                website: None,
                axes: rng.pick(&axes, n_axes),
                tumor_types: rng.pick(&tumor_types, n_tumors),
                expertise: rng.pick(&expertise, n_expertise),
                status,
                illustrative: true,
                sources: Vec::new(),
            }
        })
        .collect();
    let members = out
        .teams
        .iter()
        .filter(|t| t.status == Membership::Member)
        .count();
    out.about.declared_counts.teams = teams;
    out.about.declared_counts.members = members;
    out.about.declared_counts.associated = teams - members;
    // News and events refer to the base teams, which are gone.
    for item in &mut out.news {
        item.teams.clear();
    }
    out
}
