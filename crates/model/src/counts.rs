//! The teams counted by status, and how such counts agree with the ones the network
//! declares when some teams' status is not stated by the sources.

use crate::{DeclaredCounts, Membership, Team};

/// Teams by status.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub teams: usize,
    pub members: usize,
    pub associated: usize,
    /// Teams the sources name in the network without saying which of the two they are.
    pub unstated: usize,
}

impl Counts {
    pub fn of<'a>(teams: impl IntoIterator<Item = &'a Team>) -> Counts {
        let mut counts = Counts::default();
        for team in teams {
            counts.teams += 1;
            match team.status {
                Membership::Member => counts.members += 1,
                Membership::Associated => counts.associated += 1,
                Membership::Unstated => counts.unstated += 1,
            }
        }
        counts
    }

    /// The counts the network declares, which know no unstated status.
    pub fn declared(d: &DeclaredCounts) -> Counts {
        Counts {
            teams: d.teams,
            members: d.members,
            associated: d.associated,
            unstated: 0,
        }
    }

    /// Whether `declared` teams of one status can be the `found` ones listed with it,
    /// once the teams whose status is not stated are given theirs: it needs no more
    /// listed than declared, and no more missing than there are unstated teams.
    pub fn can_make_up(&self, found: usize, declared: usize) -> bool {
        found <= declared && declared - found <= self.unstated
    }
}
