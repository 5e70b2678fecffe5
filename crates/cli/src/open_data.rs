//! The open data files written beside the site at each build, from the snapshot: the
//! snapshot itself without its indentation (what the site fetches: 0.4 KB less on every
//! first view), the teams as GeoJSON and as the spreadsheet, the events as calendars to
//! subscribe to, the news as Atom feeds.

use std::path::Path;

use micronit_model::{
    calendar_ics, news_atom, sheet::write_csv, teams_geojson, Consortium, Lang, Page,
};

/// Each file's path under the site's root, and its content; `site` is the site's full
/// address, or its path on its host (`/`, `/micronit/`).
pub fn files(c: &Consortium, site: &str) -> Result<Vec<(String, String)>, String> {
    let compact = serde_json::to_string(c.snapshot()).map_err(|e| e.to_string())?;
    let mut out = vec![
        ("data/consortium.json".to_owned(), compact + "\n"),
        (
            "data/teams.geojson".to_owned(),
            teams_geojson(&c.teams, site),
        ),
        ("data/teams.csv".to_owned(), write_csv(&c.teams)?),
    ];
    for (lang, file) in [
        (Lang::Fr, "data/events.ics"),
        (Lang::En, "data/events.en.ics"),
    ] {
        let events = format!("{}{}", site.trim_end_matches('/'), Page::Events.path(lang));
        let ics = calendar_ics(&c.events, lang, &c.about.name, &events, &c.updated)
            .ok_or_else(|| format!("the snapshot's date \"{}\" is not a date", c.updated))?;
        out.push((file.to_owned(), ics));
    }
    for lang in Lang::ALL {
        out.push((
            format!("{}/news/feed.atom", lang.code()),
            news_atom(c, lang, site),
        ));
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
