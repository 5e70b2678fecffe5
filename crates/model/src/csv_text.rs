//! Rows written as CSV text, for the directory's download of the teams it lists. The
//! coordinators' spreadsheet, which must also read what spreadsheet programs write, uses
//! the csv crate (`sheet`); writing alone needs no more than this, and the site's wasm
//! carries no CSV crate.

/// Rows as CSV text (RFC 4180: fields with commas, quotes or line breaks are quoted),
/// starting with a byte order mark so that spreadsheet programs read UTF-8.
///
/// ```
/// let text = micronit_model::to_csv(&[vec!["a".into(), "b, \"c\"".into()]]);
/// assert_eq!(text, "\u{feff}a,\"b, \"\"c\"\"\"\r\n");
/// ```
pub fn to_csv(rows: &[Vec<String>]) -> String {
    let mut out = String::from("\u{feff}");
    for row in rows {
        let cells: Vec<String> = row
            .iter()
            .map(|cell| {
                if cell.contains([',', '"', '\n', '\r']) {
                    format!("\"{}\"", cell.replace('"', "\"\""))
                } else {
                    cell.clone()
                }
            })
            .collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}
