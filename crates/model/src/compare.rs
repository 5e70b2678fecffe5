//! What a new snapshot changes, compared with the published one: the teams added and
//! removed, each changed team's cells before and after (in the spreadsheet's columns, so
//! both languages of a text are two cells), the other parts that differ, and the counts.

use crate::sheet::{team_cells, COLUMNS};
use crate::{Counts, Snapshot, Team};

/// One cell of a team that changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CellChange {
    /// One of [`COLUMNS`].
    pub column: &'static str,
    pub before: String,
    pub after: String,
}

/// A team found in both snapshots (by its id) whose cells differ.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamChange {
    /// Its index in the new snapshot's teams.
    pub team: usize,
    pub cells: Vec<CellChange>,
}

/// Everything that differs between two snapshots.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Changes {
    /// Indices in the new snapshot's teams.
    pub added: Vec<usize>,
    /// Indices in the published snapshot's teams.
    pub removed: Vec<usize>,
    pub changed: Vec<TeamChange>,
    /// The parts of the snapshot other than the teams that differ, by their key
    /// (`news`, `about`, …).
    pub sections: Vec<&'static str>,
    pub before: Counts,
    pub after: Counts,
    /// The counts the new snapshot declares (`about.declared_counts`).
    pub declared: Counts,
}

impl Changes {
    /// True when the new snapshot says the same as the published one.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.removed.is_empty()
            && self.changed.is_empty()
            && self.sections.is_empty()
    }
}

/// What `after` changes in `before`.
///
/// ```
/// let published = micronit_model::Snapshot::from_json(include_str!("../../../public/data/consortium.json")).unwrap();
/// let mut edited = published.snapshot().clone();
/// edited.teams[0].name.en = "A new name".into();
/// let changes = micronit_model::compare(published.snapshot(), &edited);
/// assert_eq!(changes.changed[0].cells[0].column, "name_en");
/// assert_eq!(changes.changed[0].cells[0].after, "A new name");
/// ```
pub fn compare(before: &Snapshot, after: &Snapshot) -> Changes {
    let find = |teams: &[Team], id: &str| teams.iter().position(|t| t.id == id);
    let added = (0..after.teams.len())
        .filter(|&i| find(&before.teams, &after.teams[i].id).is_none())
        .collect();
    let removed = (0..before.teams.len())
        .filter(|&i| find(&after.teams, &before.teams[i].id).is_none())
        .collect();
    let mut changed = Vec::new();
    for (i, team) in after.teams.iter().enumerate() {
        let Some(j) = find(&before.teams, &team.id) else {
            continue;
        };
        let old = team_cells(&before.teams[j]);
        let new = team_cells(team);
        let cells: Vec<CellChange> = COLUMNS
            .iter()
            .zip(old.into_iter().zip(new))
            .filter(|(_, (a, b))| a != b)
            .map(|(column, (before, after))| CellChange {
                column,
                before,
                after,
            })
            .collect();
        if !cells.is_empty() {
            changed.push(TeamChange { team: i, cells });
        }
    }
    let parts = [
        ("updated", before.updated != after.updated),
        ("about", before.about != after.about),
        ("axes", before.axes != after.axes),
        ("tumor_types", before.tumor_types != after.tumor_types),
        ("expertise", before.expertise != after.expertise),
        ("institutions", before.institutions != after.institutions),
        ("regions", before.regions != after.regions),
        ("news", before.news != after.news),
        ("events", before.events != after.events),
        ("partners", before.partners != after.partners),
        ("licence", before.licence != after.licence),
    ];
    let d = after.about.declared_counts;
    Changes {
        added,
        removed,
        changed,
        sections: parts
            .into_iter()
            .filter(|(_, differs)| *differs)
            .map(|(key, _)| key)
            .collect(),
        before: Counts::of(&before.teams),
        after: Counts::of(&after.teams),
        declared: Counts::declared(&d),
    }
}
