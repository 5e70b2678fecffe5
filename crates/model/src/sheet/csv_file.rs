//! The spreadsheet as CSV: UTF-8 with a byte order mark (so that spreadsheet programs
//! read the accents right), quoting and multi-line cells as they write them.

use super::{team_cells, CellPlace, Rows, SheetIssue, SheetProblem, COLUMNS};
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
/// The separator is the comma, or the semicolon when the header row has more of them
/// (French spreadsheet programs write `;`, and decimals with a comma).
pub fn read_csv(text: &str) -> Result<Rows, SheetIssue> {
    let text = text.strip_prefix(BOM).unwrap_or(text);
    let header = text.lines().next().unwrap_or("");
    let semicolons = header.matches(';').count() > header.matches(',').count();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(if semicolons { b';' } else { b',' })
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for (record, row) in reader.records().zip(1u32..) {
        let record = record.map_err(|e| SheetIssue {
            place: CellPlace { row, column: None },
            problem: SheetProblem::Unreadable(e.to_string()),
        })?;
        rows.push(record.iter().map(str::to_owned).collect());
    }
    Ok(Rows {
        cells: rows,
        decimal_comma: semicolons,
    })
}

/// A CSV file's bytes as text: UTF-8, or else Windows-1252, which Excel's "CSV" format
/// writes (true then).
pub fn csv_text(bytes: Vec<u8>) -> Result<(String, bool), crate::SnapshotError> {
    match crate::snapshot_text(bytes.clone()) {
        Ok(text) => Ok((text, false)),
        Err(crate::SnapshotError::Encoding { utf16: false, .. }) => {
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&bytes);
            Ok((text.into_owned(), true))
        }
        Err(e) => Err(e),
    }
}
