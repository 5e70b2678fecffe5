//! Loading a snapshot: parse, validate, and index it for the site.

use std::fmt;
use std::ops::Deref;

#[cfg(feature = "diagnostics")]
use crate::locate::locate;
use crate::validate::{validate, Issue, Severity};
use crate::{
    Axis, Counts, Expertise, Institution, NewsItem, Region, Snapshot, Team, TumorType,
    READABLE_VERSIONS, SCHEMA_VERSION,
};

/// Why a snapshot cannot be used.
#[derive(Clone, Debug, PartialEq)]
pub enum SnapshotError {
    /// The file is not UTF-8 text: UTF-16 (`utf16`), or a byte that UTF-8 does not allow
    /// at `offset` (Latin-1 or Windows-1252, as old spreadsheet programs write).
    Encoding { utf16: bool, offset: usize },
    /// The text is not JSON. `line` and `column` count from 1; 0 when the parser
    /// did not say where.
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// The snapshot is written in a format version this code does not read.
    UnsupportedVersion { found: Option<u64> },
    /// The JSON does not have the expected shape (a missing field, a wrong type,
    /// an unknown key); `path` says where, as in `teams[3].axes`, and `line` and
    /// `column` where in the text (0 when unknown).
    Shape {
        path: Option<String>,
        line: usize,
        column: usize,
        message: String,
    },
    /// The data is well formed but inconsistent: every error found, in order.
    Invalid(Vec<Issue>),
}

impl fmt::Display for SnapshotError {
    /// In English, as the data tool says it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::explain::snapshot_error_en(self))
    }
}

impl std::error::Error for SnapshotError {}

/// The validated snapshot the whole site reads from, with its warnings (such as
/// missing translations, which the site works around).
///
/// ```
/// let json = include_str!("../../../public/data/consortium.json");
/// let consortium = micronit_model::Snapshot::from_json(json).unwrap();
/// assert_eq!(consortium.about.name, "Micronit");
/// assert!(consortium.team("lnox").is_some());
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Consortium {
    snapshot: Snapshot,
    warnings: Vec<Issue>,
}

/// A snapshot file's bytes as text: UTF-8 only, as the format says (a UTF-8 byte order
/// mark is fine), with a clear error for UTF-16 and for the Latin-1 of old spreadsheets.
///
/// ```
/// use micronit_model::{snapshot_text, SnapshotError};
/// assert_eq!(snapshot_text(b"{}".to_vec()).unwrap(), "{}");
/// assert_eq!(snapshot_text(vec![b'{', 0xe9, b'}']), Err(SnapshotError::Encoding { utf16: false, offset: 1 }));
/// ```
pub fn snapshot_text(bytes: Vec<u8>) -> Result<String, SnapshotError> {
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return Err(SnapshotError::Encoding {
            utf16: true,
            offset: 0,
        });
    }
    String::from_utf8(bytes).map_err(|e| SnapshotError::Encoding {
        utf16: false,
        offset: e.utf8_error().valid_up_to(),
    })
}

impl Snapshot {
    /// Reads a snapshot file's bytes (`snapshot_text`), then parses and validates it.
    pub fn from_bytes(bytes: Vec<u8>) -> Result<Consortium, SnapshotError> {
        Snapshot::from_json(&snapshot_text(bytes)?)
    }

    /// Parses and validates a snapshot. Errors say where the problem is.
    pub fn from_json(json: &str) -> Result<Consortium, SnapshotError> {
        let (snapshot, issues) = read_and_check(json)?;
        Consortium::with_findings(snapshot, issues)
    }
}

/// A snapshot as the data tool writes it (`import-csv`, `synth`): indented JSON with a
/// final newline. The coordinators' desk downloads the same bytes.
/// It is always written in the current format version ([`SCHEMA_VERSION`]): writing a
/// version 1 snapshot migrates it.
pub fn write_snapshot(snapshot: &Snapshot) -> Result<String, String> {
    let current = Snapshot {
        schema_version: SCHEMA_VERSION,
        ..snapshot.clone()
    };
    serde_json::to_string_pretty(&current)
        .map(|json| json + "\n")
        .map_err(|e| e.to_string())
}

/// Reads a snapshot's text and checks it: the snapshot as parsed with every finding of
/// the validator (errors and warnings, with their line and column), or why it could not
/// be read at all.
pub(crate) fn read_and_check(json: &str) -> Result<(Snapshot, Vec<Issue>), SnapshotError> {
    let snapshot = parse(json)?;
    let issues = check(json, &snapshot);
    Ok((snapshot, issues))
}

/// Spreadsheet programs and some editors start UTF-8 files with a byte order mark.
fn without_bom(json: &str) -> &str {
    json.strip_prefix('\u{feff}').unwrap_or(json)
}

/// Reads a snapshot's text: its format version, then its structure.
fn parse(json: &str) -> Result<Snapshot, SnapshotError> {
    let json = without_bom(json);
    readable_version(json)?;
    parse_shape(json)
}

/// Checks that the text (without its byte order mark) is JSON of a format version this
/// code reads: a file of another version may have another shape.
fn readable_version(json: &str) -> Result<(), SnapshotError> {
    #[derive(serde::Deserialize)]
    struct Probe {
        schema_version: Option<u64>,
    }
    let version = match serde_json::from_str::<Probe>(json) {
        Ok(probe) => probe.schema_version,
        Err(e) if e.is_data() => None,
        Err(e) => return Err(syntax(&e)),
    };
    if READABLE_VERSIONS
        .iter()
        .any(|v| version == Some(u64::from(*v)))
    {
        Ok(())
    } else {
        Err(SnapshotError::UnsupportedVersion { found: version })
    }
}

/// Every finding of the validator on a parsed snapshot, placed in its text.
fn check(json: &str, snapshot: &Snapshot) -> Vec<Issue> {
    let mut issues = validate(snapshot);
    place(without_bom(json), &mut issues);
    issues
}

/// Reads the snapshot's structure, saying where it differs from the format: the JSON
/// path of the fault and its line and column.
fn parse_shape(json: &str) -> Result<Snapshot, SnapshotError> {
    let mut de = serde_json::Deserializer::from_str(json);
    let snapshot: Snapshot = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        SnapshotError::Shape {
            path: Some(path),
            line: inner.line(),
            column: inner.column(),
            message: message_only(&inner),
        }
    })?;
    de.end().map_err(|e| syntax(&e))?;
    Ok(snapshot)
}

/// Text that is not JSON, where serde_json stopped reading it.
fn syntax(e: &serde_json::Error) -> SnapshotError {
    SnapshotError::Syntax {
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    }
}

/// serde_json's message without its " at line L column C" suffix.
fn message_only(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rsplit_once(" at line ") {
        Some((message, _)) => message.to_owned(),
        None => text,
    }
}

/// Without the diagnostics, findings keep their path only.
#[cfg(not(feature = "diagnostics"))]
fn place(_json: &str, _issues: &mut [Issue]) {}

/// Fills in the line and column of each finding.
#[cfg(feature = "diagnostics")]
fn place(json: &str, issues: &mut [Issue]) {
    if issues.is_empty() {
        return;
    }
    let paths: Vec<&str> = issues.iter().map(|i| i.path.as_str()).collect();
    let found = locate(json, &paths);
    for issue in issues.iter_mut() {
        issue.position = found.get(&issue.path).copied();
    }
}

impl Consortium {
    /// Validates an already parsed snapshot.
    pub fn new(snapshot: Snapshot) -> Result<Self, SnapshotError> {
        let issues = validate(&snapshot);
        Consortium::with_findings(snapshot, issues)
    }

    /// The snapshot, usable when the validator found no error in it.
    fn with_findings(snapshot: Snapshot, issues: Vec<Issue>) -> Result<Self, SnapshotError> {
        let (errors, warnings): (Vec<Issue>, Vec<Issue>) = issues
            .into_iter()
            .partition(|i| i.severity() == Severity::Error);
        if errors.is_empty() {
            Ok(Consortium { snapshot, warnings })
        } else {
            Err(SnapshotError::Invalid(errors))
        }
    }

    /// The findings that did not stop the snapshot from being used.
    pub fn warnings(&self) -> &[Issue] {
        &self.warnings
    }

    pub fn snapshot(&self) -> &Snapshot {
        &self.snapshot
    }

    pub fn team(&self, id: &str) -> Option<&Team> {
        self.snapshot.teams.iter().find(|t| t.id == id)
    }

    pub fn axis(&self, number: u8) -> Option<&Axis> {
        self.snapshot.axes.iter().find(|a| a.number == number)
    }

    pub fn tumor_type(&self, id: &str) -> Option<&TumorType> {
        self.snapshot.tumor_types.iter().find(|x| x.id == id)
    }

    pub fn expertise_area(&self, id: &str) -> Option<&Expertise> {
        self.snapshot.expertise.iter().find(|x| x.id == id)
    }

    pub fn institution(&self, id: &str) -> Option<&Institution> {
        self.snapshot.institutions.iter().find(|x| x.id == id)
    }

    pub fn region(&self, id: &str) -> Option<&Region> {
        self.snapshot.regions.iter().find(|x| x.id == id)
    }

    pub fn news_item(&self, slug: &str) -> Option<&NewsItem> {
        self.snapshot.news.iter().find(|n| n.slug == slug)
    }

    /// The teams working on axis `number`, in snapshot order.
    pub fn teams_of_axis(&self, number: u8) -> impl Iterator<Item = &Team> {
        self.snapshot
            .teams
            .iter()
            .filter(move |t| t.axes.contains(&number))
    }

    /// The teams of axis `number`, or every team when there is none (see
    /// [`Filter::of_axis`](crate::Filter::of_axis)).
    pub fn teams_within(&self, number: Option<u8>) -> Vec<&Team> {
        match number {
            Some(n) => self.teams_of_axis(n).collect(),
            None => self.snapshot.teams.iter().collect(),
        }
    }

    /// The news, newest first.
    pub fn news_newest_first(&self) -> Vec<&NewsItem> {
        let news = &self.snapshot.news;
        let mut order: Vec<usize> = (0..news.len()).collect();
        // Dated news first, newest first; undated news after; otherwise in snapshot order.
        crate::sort_indices(&mut order, &|i, j| {
            let by_date = match (&news[i].date, &news[j].date) {
                (Some(a), Some(b)) => b.cmp(a),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            };
            by_date.then(i.cmp(&j))
        });
        order.into_iter().map(|i| &news[i]).collect()
    }

    /// Key figures for the home page.
    pub fn figures(&self) -> Figures {
        let teams = &self.snapshot.teams;
        let mut order: Vec<usize> = (0..teams.len()).collect();
        crate::sort_indices(&mut order, &|a, b| teams[a].city.cmp(&teams[b].city));
        let mut cities: Vec<&str> = order.iter().map(|&i| teams[i].city.as_str()).collect();
        cities.dedup();
        Figures {
            listed: Counts::of(teams),
            declared: Counts::declared(&self.snapshot.about.declared_counts),
            known: Counts::of(teams.iter().filter(|t| !t.illustrative)),
            axes: self.snapshot.axes.len(),
            tumor_types: self.snapshot.tumor_types.len(),
            expertise: self.snapshot.expertise.len(),
            cities: cities.len(),
        }
    }
}

impl Deref for Consortium {
    type Target = Snapshot;

    fn deref(&self) -> &Snapshot {
        &self.snapshot
    }
}

/// Counts computed from the snapshot (never typed in by hand).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Figures {
    /// The teams the snapshot lists, by status.
    pub listed: Counts,
    /// The counts the network states, which the home page and the about page give.
    pub declared: Counts,
    /// The teams that are not illustrative entries, by status: what the sources confirm.
    pub known: Counts,
    pub axes: usize,
    pub tumor_types: usize,
    pub expertise: usize,
    pub cities: usize,
}
