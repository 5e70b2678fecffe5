//! The open data files written beside the site at each build, from the snapshot: the
//! snapshot itself without its indentation (what the site fetches: 0.4 KB less on every
//! first view), the teams as GeoJSON and as the spreadsheet, the events as calendars to
//! subscribe to, the news as Atom feeds.

use std::path::Path;

use micronit_model::i18n::{tf, Key};
use micronit_model::open_data::{datasets, Dataset};
use micronit_model::{
    axis_events, calendar_ics, news_atom, sheet::write_csv, teams_geojson, Consortium, Page,
};

/// Each file's path under the site's root, and its content; `site` is the site's full
/// address, or its path on its host (`/`, `/micronit/`). The files are those the open-data
/// page lists (`micronit_model::open_data::datasets`) but for the JSON Schema, which is
/// kept in `public/data` with the snapshot.
pub fn files(c: &Consortium, site: &str) -> Result<Vec<(String, String)>, String> {
    let axes: Vec<u8> = c.axes.iter().map(|a| a.number).collect();
    let mut out = Vec::new();
    for dataset in datasets(&axes) {
        let content = match dataset {
            Dataset::Schema => continue,
            Dataset::Snapshot => {
                serde_json::to_string(c.snapshot()).map_err(|e| e.to_string())? + "\n"
            }
            Dataset::TeamsGeoJson => teams_geojson(&c.teams, site),
            Dataset::TeamsCsv => write_csv(&c.teams)?,
            Dataset::Calendar { axis, lang } => {
                let events = format!("{}{}", site.trim_end_matches('/'), Page::Events.path(lang));
                let (name, list) = match axis {
                    None => (c.about.name.clone(), c.events.clone()),
                    Some(n) => (
                        format!(
                            "{} — {}",
                            c.about.name,
                            tf(lang, Key::AxisLabel, &[("n", &n.to_string())])
                        ),
                        axis_events(&c.events, n),
                    ),
                };
                calendar_ics(&list, lang, &name, &events, &c.updated)
                    .ok_or_else(|| format!("the snapshot's date \"{}\" is not a date", c.updated))?
            }
            Dataset::NewsFeed(lang) => news_atom(c, lang, site),
        };
        out.push((dataset.path(), content));
    }
    Ok(out)
}

/// Writes the files under `dir`.
pub fn write(c: &Consortium, site: &str, dir: &Path) -> Result<usize, String> {
    let files = files(c, site)?;
    for (name, content) in &files {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("{}: cannot create: {e}", parent.display()))?;
        }
        std::fs::write(&path, content)
            .map_err(|e| format!("{}: cannot write: {e}", path.display()))?;
    }
    Ok(files.len())
}
