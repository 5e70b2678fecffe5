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

/// The weight of each of `mine` (the asked team's tumor types, areas or axes), from how
/// many `teams` list it: `ln(1 + teams / listing)`, so that a topic every team lists
/// weighs little and one that two teams share weighs much. Computed once per question,
/// for the asked team's topics only.
fn weights<T: PartialEq>(teams: &[Team], mine: &[T], list: impl Fn(&Team) -> &[T]) -> Vec<f64> {
    let all = teams.len() as f64;
    mine.iter()
        .map(|topic| {
            let listing = teams.iter().filter(|t| list(t).contains(topic)).count();
            (1.0 + all / listing.max(1) as f64).ln()
        })
        .collect()
}

/// Adds to `shared` each of `mine` that `theirs` lists too, as `topic`; gives the sum of
/// their weights.
fn share<T: PartialEq + Clone>(
    mine: &[T],
    weights: &[f64],
    theirs: &[T],
    topic: fn(T) -> Topic,
    shared: &mut Vec<Topic>,
) -> f64 {
    let mut score = 0.0;
    for (x, weight) in mine.iter().zip(weights) {
        if theirs.contains(x) {
            score += weight;
            shared.push(topic(x.clone()));
        }
    }
    score
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
    let teams = &snapshot.teams;
    let tumor_types = weights(teams, &team.tumor_types, |t| &t.tumor_types);
    let expertise = weights(teams, &team.expertise, |t| &t.expertise);
    let axes = weights(teams, &team.axes, |t| &t.axes);
    let name = by_name(snapshot, lang);
    let found: Vec<CloseTeam> = teams
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != index)
        .filter_map(|(i, other)| {
            let mut shared = Vec::new();
            let mut score = share(
                &team.tumor_types,
                &tumor_types,
                &other.tumor_types,
                Topic::TumorType,
                &mut shared,
            );
            score += share(
                &team.expertise,
                &expertise,
                &other.expertise,
                Topic::Expertise,
                &mut shared,
            );
            if shared.is_empty() {
                return None;
            }
            score += share(&team.axes, &axes, &other.axes, Topic::Axis, &mut shared);
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
