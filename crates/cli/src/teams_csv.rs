//! The teams as a spreadsheet: one row per team, both languages as columns, lists
//! separated by `;`. Export then import gives back the same snapshot, and import then
//! export the same file.

use micronit_model::{LatLon, Membership, Team, Text};

/// The columns, in order. This is the documented layout (see README).
pub const COLUMNS: [&str; 19] = [
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
];

const BOM: &str = "\u{feff}";

fn list(items: &[String]) -> String {
    items.join(";")
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

/// The teams as CSV text, UTF-8 with a byte order mark (so that spreadsheet programs
/// read the accents right).
pub fn export(teams: &[Team]) -> Result<String, String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(COLUMNS).map_err(|e| e.to_string())?;
    for t in teams {
        let axes: Vec<String> = t.axes.iter().map(u8::to_string).collect();
        let status = match t.status {
            Membership::Member => "member",
            Membership::Associated => "associated",
        };
        writer
            .write_record([
                t.id.as_str(),
                t.acronym.as_deref().unwrap_or(""),
                &t.name.fr,
                &t.name.en,
                &t.description.fr,
                &t.description.en,
                t.unit.as_deref().unwrap_or(""),
                &list(&t.institutions),
                &t.city,
                &t.region,
                &t.location.lat.to_string(),
                &t.location.lon.to_string(),
                &list(&t.leaders),
                t.website.as_deref().unwrap_or(""),
                &list(&axes),
                &list(&t.tumor_types),
                &list(&t.expertise),
                status,
                if t.illustrative { "true" } else { "false" },
            ])
            .map_err(|e| e.to_string())?;
    }
    let bytes = writer.into_inner().map_err(|e| e.to_string())?;
    Ok(format!("{BOM}{}", String::from_utf8_lossy(&bytes)))
}

/// A problem in one cell, said the way a spreadsheet user finds it.
fn cell_error(line: u64, column: &str, message: impl std::fmt::Display) -> String {
    format!("line {line}, column {column}: {message}")
}

/// Reads teams from CSV text (a leading byte order mark is ignored), with the line
/// each team starts on. Every problem is reported, with its line and column name.
pub fn import(text: &str) -> Result<Vec<(u64, Team)>, Vec<String>> {
    let text = text.strip_prefix(BOM).unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|s| s.trim().to_owned()).collect(),
        Err(e) => return Err(vec![format!("cannot read the header row: {e}")]),
    };
    let missing: Vec<&str> = COLUMNS
        .iter()
        .copied()
        .filter(|c| !headers.iter().any(|h| h == c))
        .collect();
    let unknown: Vec<&String> = headers
        .iter()
        .filter(|h| !COLUMNS.contains(&h.as_str()))
        .collect();
    if !missing.is_empty() || !unknown.is_empty() {
        let mut errors = Vec::new();
        if !missing.is_empty() {
            errors.push(format!("line 1: missing column(s): {}", missing.join(", ")));
        }
        if !unknown.is_empty() {
            let names: Vec<&str> = unknown.iter().map(|s| s.as_str()).collect();
            errors.push(format!("line 1: unknown column(s): {}", names.join(", ")));
        }
        return Err(errors);
    }
    let index = |name: &str| headers.iter().position(|h| h == name).unwrap_or(0);
    let mut teams = Vec::new();
    let mut errors = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                errors.push(format!("cannot read a row: {e}"));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line());
        let get = |name: &str| record.get(index(name)).unwrap_or("").to_owned();
        let mut number = |name: &str| -> f64 {
            let cell = get(name);
            cell.trim().parse::<f64>().unwrap_or_else(|_| {
                errors.push(cell_error(
                    line,
                    name,
                    format!("\"{cell}\" is not a number (write decimals with a dot: 47.39)"),
                ));
                f64::NAN
            })
        };
        let lat = number("lat");
        let lon = number("lon");
        let mut axes = Vec::new();
        for a in split(&get("axes")) {
            match a.parse::<u8>() {
                Ok(n) => axes.push(n),
                Err(_) => errors.push(cell_error(
                    line,
                    "axes",
                    format!("\"{a}\" is not an axis number"),
                )),
            }
        }
        let status = match get("status").trim() {
            "member" => Membership::Member,
            "associated" => Membership::Associated,
            other => {
                errors.push(cell_error(
                    line,
                    "status",
                    format!("\"{other}\" is neither \"member\" nor \"associated\""),
                ));
                Membership::Member
            }
        };
        let illustrative = match get("illustrative").trim() {
            "true" => true,
            "false" => false,
            other => {
                errors.push(cell_error(
                    line,
                    "illustrative",
                    format!("\"{other}\" is neither \"true\" nor \"false\""),
                ));
                false
            }
        };
        teams.push((
            line,
            Team {
                id: get("id").trim().to_owned(),
                acronym: optional(&get("acronym")),
                name: Text::new(get("name_fr"), get("name_en")),
                description: Text::new(get("description_fr"), get("description_en")),
                unit: optional(&get("unit")),
                institutions: split(&get("institutions")),
                city: get("city").trim().to_owned(),
                region: get("region").trim().to_owned(),
                location: LatLon { lat, lon },
                leaders: split(&get("leaders")),
                website: optional(&get("website")),
                axes,
                tumor_types: split(&get("tumor_types")),
                expertise: split(&get("expertise")),
                status,
                illustrative,
            },
        ));
    }
    if errors.is_empty() {
        Ok(teams)
    } else {
        Err(errors)
    }
}
