//! The spreadsheet as an Excel (`.xlsx`) or LibreOffice (`.ods`) workbook, read by
//! calamine: the sheet named `teams`, or else the first one.

use std::io::Cursor;

use calamine::{Data, Ods, Reader, Xlsx};

use super::{CellPlace, Rows, SheetIssue, SheetProblem};

fn unreadable(message: impl ToString) -> SheetIssue {
    SheetIssue {
        place: CellPlace {
            row: 1,
            column: None,
        },
        problem: SheetProblem::Unreadable(message.to_string()),
    }
}

/// A cell as the CSV would hold it: numbers as written (`47.3941`, `2`), booleans as
/// `true` and `false`.
fn text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(x) => x.to_string(),
        Data::Int(n) => n.to_string(),
        Data::Bool(b) => b.to_string(),
        other => other.to_string(),
    }
}

fn rows<R>(mut book: R) -> Result<Vec<Vec<String>>, SheetIssue>
where
    R: Reader<Cursor<Vec<u8>>>,
    R::Error: std::fmt::Display,
{
    let names = book.sheet_names();
    let name = names
        .iter()
        .find(|n| n.eq_ignore_ascii_case("teams"))
        .or(names.first())
        .cloned()
        .ok_or(SheetIssue {
            place: CellPlace {
                row: 1,
                column: None,
            },
            problem: SheetProblem::Empty,
        })?;
    let range = book.worksheet_range(&name).map_err(unreadable)?;
    // The range starts at its first used cell; rows and columns before it are empty.
    let (top, left) = range.start().unwrap_or((0, 0));
    let mut out: Vec<Vec<String>> = (0..top).map(|_| Vec::new()).collect();
    for row in range.rows() {
        let mut cells: Vec<String> = (0..left).map(|_| String::new()).collect();
        cells.extend(row.iter().map(text));
        out.push(cells);
    }
    Ok(out)
}

/// The rows of a workbook's teams sheet, header included; `ods` for LibreOffice's format,
/// else Excel's.
pub fn read_workbook(bytes: Vec<u8>, ods: bool) -> Result<Rows, SheetIssue> {
    let cursor = Cursor::new(bytes);
    let cells = if ods {
        rows(Ods::new(cursor).map_err(unreadable)?)?
    } else {
        rows(Xlsx::new(cursor).map_err(unreadable)?)?
    };
    // A workbook keeps numbers as numbers: a decimal comma in a cell is text, a mistake.
    Ok(Rows {
        cells,
        decimal_comma: false,
    })
}
