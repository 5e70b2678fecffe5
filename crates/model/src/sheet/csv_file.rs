//! The spreadsheet as CSV: UTF-8 with a byte order mark (so that spreadsheet programs
//! read the accents right), quoting and multi-line cells as they write them.

use super::{team_cells, CellPlace, SheetIssue, SheetProblem, COLUMNS};
use crate::Team;

const BOM: &str = "\u{feff}";

/// The teams as CSV text.
pub fn write_csv(teams: &[Team]) -> Result<String, String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(COLUMNS).map_err(|e| e.to_string())?;
    for t in teams {
        writer
            .write_record(team_cells(t))
            .map_err(|e| e.to_string())?;
    }
    let bytes = writer.into_inner().map_err(|e| e.to_string())?;
    Ok(format!("{BOM}{}", String::from_utf8_lossy(&bytes)))
}

/// The rows of CSV text, header included (a leading byte order mark is ignored). A row
/// is a record, so a cell written over several lines stays one row, as in a spreadsheet.
pub fn read_csv(text: &str) -> Result<Vec<Vec<String>>, SheetIssue> {
    let text = text.strip_prefix(BOM).unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for (record, row) in reader.records().zip(1u32..) {
        let record = record.map_err(|e| SheetIssue {
            place: CellPlace { row, column: None },
            problem: SheetProblem::Unreadable(e.to_string()),
        })?;
        rows.push(record.iter().map(str::to_owned).collect());
    }
    Ok(rows)
}
