//! The teams as a spreadsheet: one row per team, both languages as columns, lists
//! separated by `;` (the layout docs/data.md documents). The data tool exports and imports
//! it as CSV; the coordinators' desk also reads it from Excel (`.xlsx`) and LibreOffice
//! (`.ods`) files. Export then import gives back the same snapshot.
//!
//! Rows are numbered as a spreadsheet program shows them: the header is row 1, the first
//! team row 2; a cell is named as there too (`P12`).

mod csv_file;
mod workbook;

pub use csv_file::{csv_text, read_csv, write_csv};
pub use workbook::read_workbook;

use crate::{Lang, LatLon, Leader, Membership, Source, Team, Text};

/// The columns, in the order the data tool writes them. A file may order them otherwise,
/// and may leave out the [`OPTIONAL_COLUMNS`].
pub const COLUMNS: [&str; 22] = [
    "id",
    "acronym",
    "name_fr",
    "name_en",
    "description_fr",
    "description_en",
    "unit",
    "institutions",
    "city",
    "region",
    "lat",
    "lon",
    "leaders",
    "website",
    "axes",
    "tumor_types",
    "expertise",
    "status",
    "illustrative",
    "rnsr",
    "hal",
    "sources",
];

/// The columns a spreadsheet may leave out (added with versions 2 and 3 of the snapshot's
/// format, after coordinators had made their spreadsheets): empty when left out, except
/// `sources`, which the desk then takes from the published snapshot (by the team's id).
pub const OPTIONAL_COLUMNS: [&str; 3] = ["rnsr", "hal", "sources"];

/// What separates the parts of a source in a `sources` cell, one source a line:
/// `address | title | language | publisher | day read | supports (fr) | supports (en)`.
pub const SOURCE_SEPARATOR: &str = " | ";

/// A source as a cell's line gives it.
///
/// ```
/// use micronit_model::{sheet::source_line, Lang, Source, Text};
/// let source = Source {
///     url: "https://example.org/team".into(),
///     title: "The team".into(),
///     lang: Some(Lang::En),
///     publisher: "Example".into(),
///     read: Some("2026-12-06".into()),
///     supports: Text::new("équipe, unité", "team, unit"),
/// };
/// assert_eq!(source_line(&source), "https://example.org/team | The team | en | Example | 2026-12-06 | équipe, unité | team, unit");
/// ```
pub fn source_line(source: &Source) -> String {
    [
        source.url.as_str(),
        &source.title,
        source.lang.map(Lang::code).unwrap_or(""),
        &source.publisher,
        source.read.as_deref().unwrap_or(""),
        &source.supports.fr,
        &source.supports.en,
    ]
    .join(SOURCE_SEPARATOR)
}

/// The sources of a cell, one a line; a line that does not have the seven parts, or
/// names a language other than `fr`, `en` or none, is given back as it is written.
fn sources_of_cell(cell: &str) -> Result<Vec<Source>, String> {
    let mut sources = Vec::new();
    for line in cell.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let parts: Vec<&str> = line.split('|').map(str::trim).collect();
        let [url, title, lang, publisher, read, fr, en] = parts.as_slice() else {
            return Err(line.to_owned());
        };
        let lang = match *lang {
            "" => None,
            code => Some(code.parse::<Lang>().map_err(|_| line.to_owned())?),
        };
        sources.push(Source {
            url: (*url).to_owned(),
            title: (*title).to_owned(),
            lang,
            publisher: (*publisher).to_owned(),
            read: optional(read),
            supports: Text::new(*fr, *en),
        });
    }
    Ok(sources)
}

/// A leader as a cell names them: the name, then their ORCID iD in brackets.
///
/// ```
/// use micronit_model::{sheet::leader_cell, Leader};
/// let leader = Leader { name: "Ada Lovelace".into(), orcid: Some("0000-0002-1825-0097".into()) };
/// assert_eq!(leader_cell(&leader), "Ada Lovelace (0000-0002-1825-0097)");
/// assert_eq!(leader_cell(&Leader::named("Olivier Hérault")), "Olivier Hérault");
/// ```
pub fn leader_cell(leader: &Leader) -> String {
    match &leader.orcid {
        Some(orcid) => format!("{} ({orcid})", leader.name),
        None => leader.name.clone(),
    }
}

/// A leader from a cell's item: `Name (0000-0002-1825-0097)` or a name alone (a name that
/// ends with something else in brackets keeps it). The ORCID iD is checked with the
/// snapshot.
fn leader_of_cell(item: &str) -> Leader {
    let orcid_like = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_digit() || b == b'-' || b == b'X' || b == b'x')
    };
    match item
        .strip_suffix(')')
        .and_then(|rest| rest.rsplit_once('('))
    {
        Some((name, orcid)) if orcid_like(orcid.trim()) => Leader {
            name: name.trim().to_owned(),
            orcid: Some(orcid.trim().to_owned()),
        },
        _ => Leader::named(item),
    }
}

/// The name spreadsheets give the column at `index` (from 0): `A`, …, `Z`, `AA`, ….
///
/// ```
/// use micronit_model::sheet::column_letter;
/// assert_eq!(column_letter(0), "A");
/// assert_eq!(column_letter(15), "P");
/// assert_eq!(column_letter(26), "AA");
/// ```
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rest = (n - 1) % 26;
        letters.push(char::from(b'A' + rest as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// A team's cells, in the order of [`COLUMNS`].
pub fn team_cells(t: &Team) -> [String; COLUMNS.len()] {
    let list = |items: &[String]| items.join(";");
    let axes: Vec<String> = t.axes.iter().map(u8::to_string).collect();
    let status = t.status.code();
    [
        t.id.clone(),
        t.acronym.clone().unwrap_or_default(),
        t.name.fr.clone(),
        t.name.en.clone(),
        t.description.fr.clone(),
        t.description.en.clone(),
        t.unit.clone().unwrap_or_default(),
        list(&t.institutions),
        t.city.clone(),
        t.region.clone(),
        t.location.lat.to_string(),
        t.location.lon.to_string(),
        t.leaders
            .iter()
            .map(leader_cell)
            .collect::<Vec<_>>()
            .join(";"),
        t.website.clone().unwrap_or_default(),
        list(&axes),
        list(&t.tumor_types),
        list(&t.expertise),
        status.to_owned(),
        t.illustrative.to_string(),
        t.rnsr.clone().unwrap_or_default(),
        t.hal.clone().unwrap_or_default(),
        t.sources
            .iter()
            .map(source_line)
            .collect::<Vec<_>>()
            .join("\n"),
    ]
}

/// The cells of a spreadsheet, row by row, the header first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rows {
    pub cells: Vec<Vec<String>>,
    /// True for a CSV separated by `;`, as French spreadsheet programs write it: its
    /// decimals are then written with a comma (`47,3941`).
    pub decimal_comma: bool,
}

/// What is wrong with a spreadsheet before its teams can even be checked.
#[derive(Clone, Debug, PartialEq)]
pub enum SheetProblem {
    /// A CSV that is not UTF-8, read as Windows-1252 (what Excel's "CSV" writes): a
    /// warning, since the accents may be wrong if it was something else.
    ReadAsWindows1252,
    /// The file cannot be read as a spreadsheet of this kind.
    Unreadable(String),
    /// No sheet, or a sheet with no header row.
    Empty,
    MissingColumns(Vec<&'static str>),
    UnknownColumns(Vec<String>),
    /// A cell that should hold a number (decimals with a dot).
    NotANumber(String),
    NotAnAxis(String),
    /// Neither `member` nor `associated`.
    BadStatus(String),
    /// Neither `true` nor `false`.
    BadFlag(String),
    /// A line of the `sources` cell without its seven parts (or with a language other than
    /// `fr`, `en` or none).
    BadSource(String),
}

impl SheetProblem {
    pub fn severity(&self) -> crate::Severity {
        match self {
            SheetProblem::ReadAsWindows1252 => crate::Severity::Warning,
            _ => crate::Severity::Error,
        }
    }
}

/// Where a problem of a spreadsheet is: its row, and its column when it is one cell's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CellPlace {
    pub row: u32,
    /// The column's name in the header (`tumor_types`) and its letter (`P`).
    pub column: Option<(String, String)>,
}

impl CellPlace {
    /// The cell's name, `P12`, when the place is one cell.
    pub fn cell(&self) -> Option<String> {
        self.column
            .as_ref()
            .map(|(_, letter)| format!("{letter}{}", self.row))
    }
}

/// One problem of a spreadsheet, where it is.
#[derive(Clone, Debug, PartialEq)]
pub struct SheetIssue {
    pub place: CellPlace,
    pub problem: SheetProblem,
}

/// The header of a spreadsheet: where each documented column is in this file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    /// None for an optional column the file leaves out.
    positions: [Option<usize>; COLUMNS.len()],
}

impl Header {
    /// True when the file has the column `column` (one of [`COLUMNS`]).
    pub fn has(&self, column: &str) -> bool {
        COLUMNS
            .iter()
            .position(|c| *c == column)
            .is_some_and(|i| self.positions[i].is_some())
    }

    /// The place of the cell of `column` (one of [`COLUMNS`]) on `row`.
    pub fn place(&self, row: u32, column: &str) -> CellPlace {
        let at = COLUMNS.iter().position(|c| *c == column);
        CellPlace {
            row,
            column: at
                .and_then(|i| self.positions[i])
                .map(|p| (column.to_owned(), column_letter(p))),
        }
    }

    fn read(cells: &[String]) -> Result<Header, Vec<SheetIssue>> {
        let names: Vec<&str> = cells.iter().map(|s| s.trim()).collect();
        let missing: Vec<&'static str> = COLUMNS
            .iter()
            .copied()
            .filter(|c| !names.contains(c) && !OPTIONAL_COLUMNS.contains(c))
            .collect();
        let unknown: Vec<String> = names
            .iter()
            .filter(|h| !h.is_empty() && !COLUMNS.contains(h))
            .map(|h| (*h).to_owned())
            .collect();
        let whole_row = |problem| SheetIssue {
            place: CellPlace {
                row: 1,
                column: None,
            },
            problem,
        };
        let mut issues = Vec::new();
        if !missing.is_empty() {
            issues.push(whole_row(SheetProblem::MissingColumns(missing)));
        }
        if !unknown.is_empty() {
            issues.push(whole_row(SheetProblem::UnknownColumns(unknown)));
        }
        if !issues.is_empty() {
            return Err(issues);
        }
        let mut positions = [None; COLUMNS.len()];
        for (i, column) in COLUMNS.iter().enumerate() {
            positions[i] = names.iter().position(|h| h == column);
        }
        Ok(Header { positions })
    }
}

/// Teams read from a spreadsheet, each with its row, and where each column is.
#[derive(Clone, Debug, PartialEq)]
pub struct SheetTeams {
    pub header: Header,
    pub teams: Vec<(u32, Team)>,
}

fn split(cell: &str) -> Vec<String> {
    cell.split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

fn optional(cell: &str) -> Option<String> {
    let cell = cell.trim();
    (!cell.is_empty()).then(|| cell.to_owned())
}

/// Reads the teams of a spreadsheet given as its rows of cells, the header first (row 1).
/// Rows with no text at all are skipped, as spreadsheet programs leave them. Every
/// problem is reported, with its row and cell.
pub fn teams_from_rows(rows: Rows) -> Result<SheetTeams, Vec<SheetIssue>> {
    let decimal_comma = rows.decimal_comma;
    let mut rows = rows.cells.into_iter().zip(1u32..);
    let header = loop {
        match rows.next() {
            None => {
                return Err(vec![SheetIssue {
                    place: CellPlace {
                        row: 1,
                        column: None,
                    },
                    problem: SheetProblem::Empty,
                }])
            }
            Some((cells, _)) if cells.iter().all(|c| c.trim().is_empty()) => continue,
            Some((cells, _)) => break Header::read(&cells)?,
        }
    };
    let mut teams = Vec::new();
    let mut issues = Vec::new();
    for (cells, row) in rows {
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let get = |column: &str| -> &str {
            let at = COLUMNS.iter().position(|c| *c == column);
            at.and_then(|i| header.positions[i])
                .and_then(|p| cells.get(p))
                .map(String::as_str)
                .unwrap_or("")
        };
        let mut problem = |column: &str, problem: SheetProblem| {
            issues.push(SheetIssue {
                place: header.place(row, column),
                problem,
            });
        };
        let mut number = |column: &str| -> f64 {
            let cell = get(column).trim();
            let written = if decimal_comma && !cell.contains('.') {
                cell.replacen(',', ".", 1)
            } else {
                cell.to_owned()
            };
            written.parse::<f64>().unwrap_or_else(|_| {
                problem(column, SheetProblem::NotANumber(cell.to_owned()));
                f64::NAN
            })
        };
        let lat = number("lat");
        let lon = number("lon");
        let mut axes = Vec::new();
        for a in split(get("axes")) {
            match a.parse::<u8>() {
                Ok(n) => axes.push(n),
                Err(_) => problem("axes", SheetProblem::NotAnAxis(a)),
            }
        }
        let status = get("status").trim();
        let status = Membership::from_code(status).unwrap_or_else(|| {
            problem("status", SheetProblem::BadStatus(status.to_owned()));
            Membership::Member
        });
        // Spreadsheet programs write booleans in capitals (TRUE).
        let illustrative = match get("illustrative").trim().to_ascii_lowercase().as_str() {
            "true" => true,
            "false" => false,
            _ => {
                let cell = get("illustrative").trim().to_owned();
                problem("illustrative", SheetProblem::BadFlag(cell));
                false
            }
        };
        let sources = sources_of_cell(get("sources")).unwrap_or_else(|line| {
            problem("sources", SheetProblem::BadSource(line));
            Vec::new()
        });
        teams.push((
            row,
            Team {
                id: get("id").trim().to_owned(),
                acronym: optional(get("acronym")),
                name: Text::new(get("name_fr"), get("name_en")),
                description: Text::new(get("description_fr"), get("description_en")),
                unit: optional(get("unit")),
                rnsr: optional(get("rnsr")),
                hal: optional(get("hal")),
                institutions: split(get("institutions")),
                city: get("city").trim().to_owned(),
                region: get("region").trim().to_owned(),
                location: LatLon { lat, lon },
                leaders: split(get("leaders"))
                    .iter()
                    .map(|item| leader_of_cell(item))
                    .collect(),
                website: optional(get("website")),
                axes,
                tumor_types: split(get("tumor_types")),
                expertise: split(get("expertise")),
                status,
                illustrative,
                sources,
            },
        ));
    }
    if issues.is_empty() {
        Ok(SheetTeams { header, teams })
    } else {
        Err(issues)
    }
}

/// The column of the spreadsheet that holds the value at a team's JSON path (`name.en`
/// is `name_en`, `tumor_types[1]` is `tumor_types`, `location` is `lat`).
///
/// ```
/// use micronit_model::sheet::column_of_field;
/// assert_eq!(column_of_field("tumor_types[1]", None), Some("tumor_types"));
/// assert_eq!(column_of_field("name", Some(micronit_model::Lang::En)), Some("name_en"));
/// assert_eq!(column_of_field("location", None), Some("lat"));
/// ```
pub fn column_of_field(field: &str, lang: Option<crate::Lang>) -> Option<&'static str> {
    let name = field.split(['.', '[']).next().unwrap_or("");
    let english = lang == Some(crate::Lang::En) || field.ends_with(".en");
    Some(match name {
        "name" if english => "name_en",
        "name" => "name_fr",
        "description" if english => "description_en",
        "description" => "description_fr",
        "location" if field.ends_with(".lon") => "lon",
        "location" => "lat",
        other => COLUMNS.iter().copied().find(|c| *c == other)?,
    })
}

/// A snapshot path's team and field: `teams[3].axes[0]` is team 3, field `axes[0]`.
pub fn team_field(path: &str) -> Option<(usize, &str)> {
    let rest = path.strip_prefix("teams[")?;
    let (index, field) = rest.split_once(']')?;
    Some((index.parse().ok()?, field.trim_start_matches('.')))
}
