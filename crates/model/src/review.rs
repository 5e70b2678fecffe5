//! What the coordinators' desk does with a file: reads it (a whole snapshot as JSON, or
//! the teams as a CSV, Excel or LibreOffice spreadsheet, which replace the published
//! snapshot's teams, as `micronit-data import-csv` does), finds every problem with where
//! it is, and says what it changes. Nothing here needs a browser.

use crate::compare::{compare, Changes};
use crate::consortium::read_and_check;
use crate::explain::{snapshot_error_hint, snapshot_error_message};
use crate::i18n::desk::{t, Key};
use crate::locate::Position;
use crate::sheet::{
    column_of_field, csv_text, read_csv, read_workbook, team_field, teams_from_rows, CellPlace,
    SheetIssue, SheetProblem,
};
use crate::validate::{validate, Issue, Problem, Severity};
use crate::{snapshot_text, Lang, Snapshot, SnapshotError};

/// The kinds of file the desk reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// A whole snapshot, `consortium.json`.
    Snapshot,
    Csv,
    /// Excel's `.xlsx`.
    Xlsx,
    /// LibreOffice's `.ods`.
    Ods,
}

impl FileKind {
    /// The kind of a file by its name's extension (any case).
    ///
    /// ```
    /// use micronit_model::review::FileKind;
    /// assert_eq!(FileKind::of("Équipes 2027.XLSX"), Some(FileKind::Xlsx));
    /// assert_eq!(FileKind::of("notes.docx"), None);
    /// ```
    pub fn of(name: &str) -> Option<FileKind> {
        let extension = name.rsplit_once('.')?.1.to_ascii_lowercase();
        Some(match extension.as_str() {
            "json" => FileKind::Snapshot,
            "csv" => FileKind::Csv,
            "xlsx" => FileKind::Xlsx,
            "ods" => FileKind::Ods,
            _ => return None,
        })
    }

    pub fn is_sheet(self) -> bool {
        self != FileKind::Snapshot
    }
}

/// Where a finding is.
#[derive(Clone, Debug, PartialEq)]
pub enum Place {
    /// The file as a whole.
    File,
    /// In a snapshot: the JSON path of the value, and its line and column when known.
    Json {
        path: Option<String>,
        position: Option<Position>,
    },
    /// In a spreadsheet: a row, or one cell.
    Sheet(CellPlace),
}

/// What a finding is about.
#[derive(Clone, Debug, PartialEq)]
pub enum What {
    /// Not a file the desk reads (by its name).
    UnknownKind,
    /// A spreadsheet, when the published snapshot (whose other parts it completes) could
    /// not be loaded.
    NoPublished,
    /// The file cannot be read as a snapshot (encoding, syntax, version, shape).
    Unreadable(SnapshotError),
    Sheet(SheetProblem),
    Data(Problem),
}

/// One problem of a file: how serious, where, and what.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub severity: Severity,
    pub place: Place,
    pub what: What,
}

impl Finding {
    fn error(place: Place, what: What) -> Finding {
        Finding {
            severity: Severity::Error,
            place,
            what,
        }
    }

    /// What is wrong, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match &self.what {
            What::UnknownKind => t(lang, Key::UnknownFileKind).into(),
            What::NoPublished => t(lang, Key::NoPublished).into(),
            What::Unreadable(e) => snapshot_error_message(e, lang),
            What::Sheet(p) => p.message(lang),
            What::Data(p) => p.message(lang),
        }
    }

    /// What to do about it, in `lang`.
    pub fn hint(&self, lang: Lang) -> String {
        match &self.what {
            What::UnknownKind => t(lang, Key::HintUnknownFileKind).into(),
            What::NoPublished => t(lang, Key::HintNoPublished).into(),
            What::Unreadable(e) => snapshot_error_hint(e, lang),
            What::Sheet(p) => p.hint(lang),
            What::Data(p) => p.hint(lang),
        }
    }
}

/// The desk's verdict on a file.
#[derive(Clone, Debug, PartialEq)]
pub struct Review {
    pub kind: Option<FileKind>,
    /// Errors first, then warnings, each in the order of the file.
    pub findings: Vec<Finding>,
    /// The snapshot the file gives (with the published one's other parts for a
    /// spreadsheet), when it could be read, even with errors.
    pub snapshot: Option<Snapshot>,
    /// What it changes in the published snapshot, when both could be read.
    pub changes: Option<Changes>,
}

impl Review {
    pub fn errors(&self) -> usize {
        self.count(Severity::Error)
    }

    pub fn warnings(&self) -> usize {
        self.count(Severity::Warning)
    }

    fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }

    /// The snapshot, when it has no error: what may be previewed and downloaded.
    pub fn checked(&self) -> Option<&Snapshot> {
        self.snapshot.as_ref().filter(|_| self.errors() == 0)
    }
}

fn findings_of(issues: Vec<Issue>, place: impl Fn(&Issue) -> Place) -> Vec<Finding> {
    let (mut errors, warnings): (Vec<Finding>, Vec<Finding>) = issues
        .into_iter()
        .map(|issue| Finding {
            severity: issue.severity(),
            place: place(&issue),
            what: What::Data(issue.problem),
        })
        .partition(|f| f.severity == Severity::Error);
    errors.extend(warnings);
    errors
}

fn sheet_findings(issues: Vec<SheetIssue>) -> Vec<Finding> {
    issues
        .into_iter()
        .map(|i| Finding {
            severity: i.problem.severity(),
            place: Place::Sheet(i.place),
            what: What::Sheet(i.problem),
        })
        .collect()
}

/// Reads and checks the file `name` against the `published` snapshot (without it, a
/// whole snapshot is still checked, but not compared, and a spreadsheet cannot be read).
pub fn review(name: &str, bytes: Vec<u8>, published: Option<&Snapshot>) -> Review {
    let kind = FileKind::of(name);
    let failed = |findings: Vec<Finding>| Review {
        kind,
        findings,
        snapshot: None,
        changes: None,
    };
    let (kind_read, published) = match (kind, published) {
        (None, _) => return failed(vec![Finding::error(Place::File, What::UnknownKind)]),
        (Some(FileKind::Snapshot), published) => return review_snapshot(bytes, published),
        (Some(_), None) => return failed(vec![Finding::error(Place::File, What::NoPublished)]),
        (Some(sheet), Some(published)) => (sheet, published),
    };
    let mut read_as_windows_1252 = false;
    let rows = match kind_read {
        FileKind::Csv => match csv_text(bytes) {
            Ok((text, windows_1252)) => {
                read_as_windows_1252 = windows_1252;
                read_csv(&text)
            }
            Err(e) => return failed(vec![Finding::error(Place::File, What::Unreadable(e))]),
        },
        FileKind::Xlsx => read_workbook(bytes, false),
        // LibreOffice's (a snapshot was answered above).
        FileKind::Ods | FileKind::Snapshot => read_workbook(bytes, true),
    };
    let sheet = match rows.map_err(|e| vec![e]).and_then(teams_from_rows) {
        Ok(sheet) => sheet,
        Err(issues) => return failed(sheet_findings(issues)),
    };
    let mut snapshot = published.clone();
    let rows: Vec<u32> = sheet.teams.iter().map(|(row, _)| *row).collect();
    snapshot.teams = sheet.teams.into_iter().map(|(_, team)| team).collect();
    // A spreadsheet made before the sources had their column keeps each team's published
    // sources: it says nothing about them, and nothing is lost.
    if !sheet.header.has("sources") {
        for team in &mut snapshot.teams {
            if let Some(before) = published.teams.iter().find(|p| p.id == team.id) {
                team.sources = before.sources.clone();
            }
        }
    }
    let mut findings = findings_of(validate(&snapshot), |issue| {
        // teams[3].tumor_types[1] is the cell of the fourth team's row, column tumor_types.
        let cell = team_field(&issue.path).and_then(|(team, field)| {
            let lang = match issue.problem {
                Problem::MissingTranslation(lang) => Some(lang),
                _ => None,
            };
            Some(
                sheet
                    .header
                    .place(*rows.get(team)?, column_of_field(field, lang)?),
            )
        });
        match cell {
            Some(place) => Place::Sheet(place),
            None => Place::Json {
                path: Some(issue.path.clone()),
                position: None,
            },
        }
    });
    if read_as_windows_1252 {
        findings.push(Finding {
            severity: Severity::Warning,
            place: Place::File,
            what: What::Sheet(SheetProblem::ReadAsWindows1252),
        });
    }
    Review {
        kind,
        changes: Some(compare(published, &snapshot)),
        findings,
        snapshot: Some(snapshot),
    }
}

fn review_snapshot(bytes: Vec<u8>, published: Option<&Snapshot>) -> Review {
    let kind = Some(FileKind::Snapshot);
    let read = snapshot_text(bytes).and_then(|text| read_and_check(&text));
    match read {
        Ok((snapshot, issues)) => Review {
            kind,
            findings: findings_of(issues, |issue| Place::Json {
                path: Some(issue.path.clone()),
                position: issue.position,
            }),
            changes: published.map(|p| compare(p, &snapshot)),
            snapshot: Some(snapshot),
        },
        Err(error) => {
            let place = match &error {
                SnapshotError::Syntax { line, column, .. } => Place::Json {
                    path: None,
                    position: (*line > 0).then_some(Position {
                        line: *line,
                        column: *column,
                    }),
                },
                SnapshotError::Shape {
                    path, line, column, ..
                } => Place::Json {
                    path: path.clone().filter(|p| !p.is_empty() && p != "."),
                    position: (*line > 0).then_some(Position {
                        line: *line,
                        column: *column,
                    }),
                },
                _ => Place::File,
            };
            Review {
                kind,
                findings: vec![Finding::error(place, What::Unreadable(error))],
                snapshot: None,
                changes: None,
            }
        }
    }
}
