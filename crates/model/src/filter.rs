//! The directory's filters: OR inside a facet, AND across facets, plus a free-text
//! search; with classic faceted counts (how many teams each option would give with the
//! other active filters). The whole state reads from and writes to a query string with
//! language-neutral values: `?axis=2,3&tumor=acute-leukemia&q=herault`.

use std::collections::{BTreeMap, BTreeSet};

use crate::search::{normalize, Query};
use crate::{Lang, Snapshot, Team};

/// A dimension teams can be filtered by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Facet {
    Axis,
    TumorType,
    Expertise,
    Institution,
    Status,
    Region,
}

impl Facet {
    pub const ALL: [Facet; 6] = [
        Facet::Axis,
        Facet::TumorType,
        Facet::Expertise,
        Facet::Institution,
        Facet::Status,
        Facet::Region,
    ];

    /// The facet's key in the query string.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Axis => "axis",
            Facet::TumorType => "tumor",
            Facet::Expertise => "expertise",
            Facet::Institution => "institution",
            Facet::Status => "status",
            Facet::Region => "region",
        }
    }

    fn index(self) -> usize {
        self as usize
    }

    /// The values of `team` for this facet, as they appear in the query string.
    pub fn values(self, team: &Team) -> Vec<String> {
        match self {
            Facet::Axis => team.axes.iter().map(u8::to_string).collect(),
            Facet::TumorType => team.tumor_types.clone(),
            Facet::Expertise => team.expertise.clone(),
            Facet::Institution => team.institutions.clone(),
            Facet::Status => vec![team.status.code().to_owned()],
            Facet::Region => vec![team.region.clone()],
        }
    }
}

/// The order of the directory.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Sort {
    /// By the name shown (acronym first when there is one), ignoring case and accents.
    #[default]
    Name,
    /// By city, then name.
    City,
}

/// What the visitor asked for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    selected: [BTreeSet<String>; 6],
    /// The free-text search, as typed.
    pub text: String,
    /// The order of the results (not a filter, but part of the view's address).
    pub sort: Sort,
}

/// The name a team is listed under in `lang`: "LNOx — Niche leucémique…".
pub fn display_name(team: &Team, lang: Lang) -> String {
    let name = team.name.in_lang(lang);
    match &team.acronym {
        Some(acronym) => format!("{acronym} — {name}"),
        None => name.to_owned(),
    }
}

/// Puts the teams at `indices` of `snapshot` in the order `sort` asks for, in `lang`.
pub fn sort_teams(indices: &mut [usize], snapshot: &Snapshot, sort: Sort, lang: Lang) {
    // Keys computed once per team (normalising is the costly part).
    let keys: Vec<(String, String)> = snapshot
        .teams
        .iter()
        .map(|t| {
            let name = normalize(&display_name(t, lang));
            match sort {
                Sort::Name => (name, String::new()),
                Sort::City => (normalize(&t.city), name),
            }
        })
        .collect();
    crate::sort_indices(indices, &|a, b| keys[a].cmp(&keys[b]).then(a.cmp(&b)));
}

/// The place of every team in the order of one sort and language, computed once: sorting
/// a selection (at each click of a filter) then compares places, not names.
#[derive(Clone, Debug, PartialEq)]
pub struct TeamOrder {
    place: Vec<usize>,
}

impl TeamOrder {
    pub fn new(snapshot: &Snapshot, sort: Sort, lang: Lang) -> Self {
        let mut all: Vec<usize> = (0..snapshot.teams.len()).collect();
        sort_teams(&mut all, snapshot, sort, lang);
        let mut place = vec![0; all.len()];
        for (at, &team) in all.iter().enumerate() {
            place[team] = at;
        }
        TeamOrder { place }
    }

    /// Sorts `indices` (teams of the snapshot this order was made for) as `sort_teams`
    /// would; an index it does not know goes last.
    pub fn sort(&self, indices: &mut [usize]) {
        let place = |team: usize| self.place.get(team).copied().unwrap_or(usize::MAX);
        crate::sort_indices(indices, &|a, b| place(a).cmp(&place(b)).then(a.cmp(&b)));
    }
}

/// The team orders of one snapshot in one language, each made the first time it is asked
/// for and kept.
#[derive(Debug, Default)]
pub struct TeamOrders {
    by_name: std::sync::OnceLock<TeamOrder>,
    by_city: std::sync::OnceLock<TeamOrder>,
}

impl TeamOrders {
    /// The order of `sort` for `snapshot` (always the same snapshot) in `lang`.
    pub fn get(&self, snapshot: &Snapshot, sort: Sort, lang: Lang) -> &TeamOrder {
        let kept = match sort {
            Sort::Name => &self.by_name,
            Sort::City => &self.by_city,
        };
        kept.get_or_init(|| TeamOrder::new(snapshot, sort, lang))
    }
}

impl Filter {
    /// The values selected in `facet`.
    pub fn selected(&self, facet: Facet) -> &BTreeSet<String> {
        &self.selected[facet.index()]
    }

    pub fn is_selected(&self, facet: Facet, value: &str) -> bool {
        self.selected[facet.index()].contains(value)
    }

    /// Selects `value` in `facet` if it was not, deselects it otherwise.
    pub fn toggle(&mut self, facet: Facet, value: &str) {
        let set = &mut self.selected[facet.index()];
        if !set.remove(value) {
            set.insert(value.to_owned());
        }
    }

    /// Selects or deselects several values at once (a whole group of tumor types).
    pub fn set_all<'a>(
        &mut self,
        facet: Facet,
        values: impl IntoIterator<Item = &'a str>,
        on: bool,
    ) {
        let set = &mut self.selected[facet.index()];
        for v in values {
            if on {
                set.insert(v.to_owned());
            } else {
                set.remove(v);
            }
        }
    }

    /// This filter with `value` selected in `facet` as well: where a figure of a table
    /// leads (the teams of the table's scope that have that value).
    ///
    /// ```
    /// use micronit_model::{Facet, Filter};
    /// let axis = Filter::from_query("axis=2");
    /// assert_eq!(axis.with(Facet::TumorType, "melanoma").to_query(), "axis=2&tumor=melanoma");
    /// ```
    pub fn with(mut self, facet: Facet, value: &str) -> Filter {
        self.selected[facet.index()].insert(value.to_owned());
        self
    }

    /// The teams of axis `number` (`axis=2`), or the whole network when there is none:
    /// what the figures of a page count.
    pub fn of_axis(number: Option<u8>) -> Filter {
        match number {
            Some(n) => Filter::default().with(Facet::Axis, &n.to_string()),
            None => Filter::default(),
        }
    }

    /// True when nothing is filtered (whatever the order).
    pub fn is_empty(&self) -> bool {
        self.selected.iter().all(BTreeSet::is_empty) && self.text.trim().is_empty()
    }

    /// Every active filter, facet by facet, for the list of removable chips.
    pub fn active(&self) -> Vec<(Facet, String)> {
        Facet::ALL
            .iter()
            .flat_map(|f| self.selected(*f).iter().map(move |v| (*f, v.clone())))
            .collect()
    }

    /// Reads a query string (with or without its `?`). Unknown keys are ignored.
    ///
    /// ```
    /// use micronit_model::{Facet, Filter};
    /// let f = Filter::from_query("?axis=3,2&tumor=acute-leukemia&q=h%C3%A9rault+tours&x=1");
    /// assert!(f.is_selected(Facet::Axis, "2"));
    /// assert_eq!(f.text, "hérault tours");
    /// assert_eq!(f.to_query(), "axis=2,3&tumor=acute-leukemia&q=h%C3%A9rault%20tours");
    /// ```
    pub fn from_query(query: &str) -> Filter {
        let mut filter = Filter::default();
        for (key, value) in form_urlencoded::parse(query.trim_start_matches('?').as_bytes()) {
            let value = value.into_owned();
            if key == "q" {
                filter.text = value;
                continue;
            }
            if key == "sort" {
                filter.sort = if value == "city" {
                    Sort::City
                } else {
                    Sort::Name
                };
                continue;
            }
            if let Some(facet) = Facet::ALL.iter().find(|f| f.key() == key) {
                filter.selected[facet.index()].extend(
                    value
                        .split(',')
                        .map(str::trim)
                        .filter(|v| !v.is_empty())
                        .map(str::to_owned),
                );
            }
        }
        filter
    }

    /// The query string of this filter (without `?`), in a canonical order, so that
    /// the same view always has the same address.
    pub fn to_query(&self) -> String {
        let mut parts: Vec<String> = Facet::ALL
            .iter()
            .filter(|f| !self.selected(**f).is_empty())
            .map(|f| {
                let values: Vec<String> =
                    self.selected(*f).iter().map(|v| query_value(v)).collect();
                format!("{}={}", f.key(), values.join(","))
            })
            .collect();
        let text = self.text.trim();
        if !text.is_empty() {
            parts.push(format!("q={}", query_value(text)));
        }
        if self.sort == Sort::City {
            parts.push("sort=city".to_owned());
        }
        parts.join("&")
    }
}

/// Everything but letters, digits and `-_.~` written `%XX` (RFC 3986's unreserved
/// characters): a value never breaks the query string it is put in.
const QUERY_VALUE: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

fn query_value(value: &str) -> String {
    percent_encoding::utf8_percent_encode(value, QUERY_VALUE).to_string()
}

/// How many of `teams` have each value of `facet` (a team counts once per value).
pub fn tally<'a>(
    teams: impl IntoIterator<Item = &'a Team>,
    facet: Facet,
) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for team in teams {
        let values = facet.values(team);
        for (at, value) in values.iter().enumerate() {
            if !values[..at].contains(value) {
                *counts.entry(value.clone()).or_insert(0) += 1;
            }
        }
    }
    counts
}

/// How many of `teams` work on each pair of a tumor type and an area of expertise:
/// `pairs[i][j]` for `tumor_types[i]` and `expertise[j]` (ids), where the network is strong
/// and where nobody works. A value that is not in the lists is not counted.
pub fn topic_pairs<'a>(
    teams: impl IntoIterator<Item = &'a Team>,
    tumor_types: &[&str],
    expertise: &[&str],
) -> Vec<Vec<usize>> {
    let mut pairs = vec![vec![0; expertise.len()]; tumor_types.len()];
    let positions = |values: &[String], ids: &[&str]| {
        let mut at: Vec<usize> = Vec::new();
        for value in values {
            if let Some(p) = ids.iter().position(|id| id == value) {
                if !at.contains(&p) {
                    at.push(p);
                }
            }
        }
        at
    };
    for team in teams {
        let skills = positions(&team.expertise, expertise);
        for row in positions(&team.tumor_types, tumor_types) {
            for &column in &skills {
                pairs[row][column] += 1;
            }
        }
    }
    pairs
}

/// What a filter gives: the matching teams and the faceted counts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    /// Indices of the matching teams in the snapshot's list, in its order.
    pub teams: Vec<usize>,
    counts: [BTreeMap<String, usize>; 6],
}

impl Selection {
    /// How many teams selecting `value` in `facet` would give, with the other facets'
    /// filters (and the text search) as they are. For a value already selected, it is
    /// the number of matching teams that have it.
    pub fn count(&self, facet: Facet, value: &str) -> usize {
        self.counts[facet.index()].get(value).copied().unwrap_or(0)
    }
}

struct Entry {
    /// The team's values of each facet, as numbers in the index's `values` of that facet.
    values: [Vec<usize>; 6],
    haystack: String,
}

/// The teams prepared for filtering: their facet values and their searchable text.
/// Build it once per snapshot; applying a filter is then a single pass that compares
/// numbers, not strings, and allocates nothing per team (it runs at every click, over
/// thousands of teams).
pub struct Index {
    entries: Vec<Entry>,
    /// Every value of each facet met in the teams, in the order first met.
    values: [Vec<String>; 6],
}

impl Index {
    pub fn new(snapshot: &Snapshot) -> Self {
        let mut values: [Vec<String>; 6] = Default::default();
        let mut numbers: [BTreeMap<String, usize>; 6] = Default::default();
        let mut entries = Vec::with_capacity(snapshot.teams.len());
        for t in &snapshot.teams {
            let mut text: Vec<&str> = vec![&t.id, &t.city];
            text.extend(t.acronym.as_deref());
            text.extend(t.unit.as_deref());
            text.extend(t.leaders.iter().map(|l| l.name.as_str()));
            for lang in Lang::ALL {
                text.push(t.name.raw(lang));
                text.push(t.description.raw(lang));
            }
            let mut team_values: [Vec<usize>; 6] = Default::default();
            for facet in Facet::ALL {
                let k = facet.index();
                for value in facet.values(t) {
                    let n = match numbers[k].get(&value) {
                        Some(&n) => n,
                        None => {
                            let n = values[k].len();
                            values[k].push(value.clone());
                            numbers[k].insert(value, n);
                            n
                        }
                    };
                    team_values[k].push(n);
                }
            }
            entries.push(Entry {
                values: team_values,
                haystack: normalize(&text.join(" \u{1} ")),
            });
        }
        Index { entries, values }
    }

    /// The teams matching `filter`, with the count of every option of every facet.
    pub fn apply(&self, filter: &Filter) -> Selection {
        let query = Query::new(&filter.text);
        // For each facet with a selection, which of its values are wanted (none wanted:
        // an empty list, and the facet lets every team through).
        let mut wanted: [Vec<bool>; 6] = Default::default();
        let mut counts: [Vec<usize>; 6] = Default::default();
        for k in 0..wanted.len() {
            let selected = &filter.selected[k];
            if !selected.is_empty() {
                wanted[k] = self.values[k]
                    .iter()
                    .map(|v| selected.contains(v))
                    .collect();
            }
            counts[k] = vec![0; self.values[k].len()];
        }
        let mut teams = Vec::new();
        for (i, entry) in self.entries.iter().enumerate() {
            if !query.is_empty() && !query.matches(&entry.haystack) {
                continue;
            }
            // Which facets this team fails; a team failing exactly one facet still
            // counts for that facet's options.
            let mut failing = 0;
            let mut failed = 0;
            for (k, wanted) in wanted.iter().enumerate() {
                if !wanted.is_empty() && !entry.values[k].iter().any(|&v| wanted[v]) {
                    failing += 1;
                    failed = k;
                }
            }
            match failing {
                0 => {
                    teams.push(i);
                    for (k, values) in entry.values.iter().enumerate() {
                        for &v in values {
                            counts[k][v] += 1;
                        }
                    }
                }
                1 => {
                    for &v in &entry.values[failed] {
                        counts[failed][v] += 1;
                    }
                }
                _ => {}
            }
        }
        let mut selection = Selection {
            teams,
            ..Selection::default()
        };
        for (k, counts) in counts.iter().enumerate() {
            for (value, &n) in self.values[k].iter().zip(counts) {
                if n > 0 {
                    selection.counts[k].insert(value.clone(), n);
                }
            }
        }
        selection
    }
}
