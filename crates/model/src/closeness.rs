//! Teams close to a team: those that share the most with it (tumor types, areas of
//! expertise, research axes), a rare shared topic counting more than a common one, and
//! those that bring an area of expertise it does not list on one of its tumor types
//! ("complementary skills"). Deterministic: ties are broken by name, then id.

use std::cmp::Ordering;

use crate::{Lang, Snapshot, Team};

/// At most this many teams in each list.
pub const MAX_NEIGHBOURS: usize = 6;

/// Something two teams can have in common.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Topic {
    TumorType(String),
    Expertise(String),
    Axis(u8),
}

/// A team close to the one asked about, with what they share, in the order tumor types,
/// areas of expertise, axes (each in the snapshot's order).
#[derive(Clone, Debug, PartialEq)]
pub struct CloseTeam {
    /// Index of the team in the snapshot.
    pub team: usize,
    pub shared: Vec<Topic>,
    /// The sum of the shared topics' weights.
    pub score: f64,
}

/// A team that works on one of this team's tumor types with an area of expertise this
/// team does not list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Complement {
    pub team: usize,
    /// The tumor types both work on.
    pub tumor_types: Vec<String>,
    /// The areas of expertise it brings.
    pub brings: Vec<String>,
}

/// How many teams list each topic, by its place in the snapshot's lists (which are short:
/// a lookup is a few comparisons, and the wasm carries no hash map for it). A topic's
/// weight is `ln(1 + teams / listing)`, so that a topic every team lists weighs little
/// and one that two teams share weighs much.
struct Weights<'a> {
    snapshot: &'a Snapshot,
    tumor_types: Vec<usize>,
    expertise: Vec<usize>,
    axes: Vec<usize>,
}

impl<'a> Weights<'a> {
    fn of(snapshot: &'a Snapshot) -> Self {
        let mut w = Weights {
            snapshot,
            tumor_types: vec![0; snapshot.tumor_types.len()],
            expertise: vec![0; snapshot.expertise.len()],
            axes: vec![0; snapshot.axes.len()],
        };
        for t in &snapshot.teams {
            for id in &t.tumor_types {
                if let Some(i) = snapshot.tumor_types.iter().position(|x| x.id == *id) {
                    w.tumor_types[i] += 1;
                }
            }
            for id in &t.expertise {
                if let Some(i) = snapshot.expertise.iter().position(|x| x.id == *id) {
                    w.expertise[i] += 1;
                }
            }
            for n in &t.axes {
                if let Some(i) = snapshot.axes.iter().position(|x| x.number == *n) {
                    w.axes[i] += 1;
                }
            }
        }
        w
    }

    fn weight(&self, listing: Option<usize>) -> f64 {
        let listing = listing.unwrap_or(1).max(1) as f64;
        (1.0 + self.snapshot.teams.len() as f64 / listing).ln()
    }

    fn tumor_type(&self, id: &str) -> f64 {
        let at = self.snapshot.tumor_types.iter().position(|x| x.id == id);
        self.weight(at.map(|i| self.tumor_types[i]))
    }

    fn expertise(&self, id: &str) -> f64 {
        let at = self.snapshot.expertise.iter().position(|x| x.id == id);
        self.weight(at.map(|i| self.expertise[i]))
    }

    fn axis(&self, n: u8) -> f64 {
        let at = self.snapshot.axes.iter().position(|x| x.number == n);
        self.weight(at.map(|i| self.axes[i]))
    }
}

/// Orders teams by name in `lang`, then by id.
fn by_name<'a>(snapshot: &'a Snapshot, lang: Lang) -> impl Fn(usize, usize) -> Ordering + 'a {
    move |a, b| {
        let (ta, tb) = (&snapshot.teams[a], &snapshot.teams[b]);
        ta.name
            .in_lang(lang)
            .cmp(tb.name.in_lang(lang))
            .then_with(|| ta.id.cmp(&tb.id))
    }
}

/// The teams that share the most with team `index`: at least one tumor type or area of
/// expertise (an axis alone is not enough: each axis gathers a large part of the
/// network), at most [`MAX_NEIGHBOURS`], the highest score first.
pub fn close_teams(snapshot: &Snapshot, index: usize, lang: Lang) -> Vec<CloseTeam> {
    let Some(team) = snapshot.teams.get(index) else {
        return Vec::new();
    };
    let w = Weights::of(snapshot);
    let name = by_name(snapshot, lang);
    let found: Vec<CloseTeam> = snapshot
        .teams
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != index)
        .filter_map(|(i, other)| {
            let mut shared = Vec::new();
            let mut score = 0.0;
            for id in team
                .tumor_types
                .iter()
                .filter(|id| other.tumor_types.contains(id))
            {
                score += w.tumor_type(id);
                shared.push(Topic::TumorType(id.clone()));
            }
            for id in team
                .expertise
                .iter()
                .filter(|id| other.expertise.contains(id))
            {
                score += w.expertise(id);
                shared.push(Topic::Expertise(id.clone()));
            }
            if shared.is_empty() {
                return None;
            }
            for n in team.axes.iter().filter(|n| other.axes.contains(n)) {
                score += w.axis(*n);
                shared.push(Topic::Axis(*n));
            }
            Some(CloseTeam {
                team: i,
                shared,
                score,
            })
        })
        .collect();
    ranked(found, |a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| name(a.team, b.team))
    })
}

/// The teams that work on one of team `index`'s tumor types with areas of expertise it
/// does not list: those sharing the most tumor types first, then those bringing the most,
/// then by name; at most [`MAX_NEIGHBOURS`].
pub fn complementary_teams(snapshot: &Snapshot, index: usize, lang: Lang) -> Vec<Complement> {
    let Some(team) = snapshot.teams.get(index) else {
        return Vec::new();
    };
    let name = by_name(snapshot, lang);
    let found: Vec<Complement> = snapshot
        .teams
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != index)
        .filter_map(|(i, other): (usize, &Team)| {
            let tumor_types: Vec<String> = team
                .tumor_types
                .iter()
                .filter(|id| other.tumor_types.contains(id))
                .cloned()
                .collect();
            let brings: Vec<String> = other
                .expertise
                .iter()
                .filter(|id| !team.expertise.contains(id))
                .cloned()
                .collect();
            (!tumor_types.is_empty() && !brings.is_empty()).then_some(Complement {
                team: i,
                tumor_types,
                brings,
            })
        })
        .collect();
    ranked(found, |a, b| {
        b.tumor_types
            .len()
            .cmp(&a.tumor_types.len())
            .then_with(|| b.brings.len().cmp(&a.brings.len()))
            .then_with(|| name(a.team, b.team))
    })
}

/// The first [`MAX_NEIGHBOURS`] of `items` in the order `compare` gives (through the
/// site's one sort routine).
fn ranked<T: Clone>(items: Vec<T>, compare: impl Fn(&T, &T) -> Ordering) -> Vec<T> {
    let mut order: Vec<usize> = (0..items.len()).collect();
    crate::sort_indices(&mut order, &|a, b| compare(&items[a], &items[b]));
    order
        .into_iter()
        .take(MAX_NEIGHBOURS)
        .map(|i| items[i].clone())
        .collect()
}
