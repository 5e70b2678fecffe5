//! The open data the site publishes beside its pages: each file, where it is and in what
//! format. The data tool writes them at each build and the open-data page lists them, both
//! from [`datasets`], so that the page never names a file the build does not write.

use crate::Lang;

/// Where the snapshot lives, relative to the site's base address: the file the site and
/// the coordinators' desk read, and the open data's first file.
pub const SNAPSHOT_PATH: &str = "data/consortium.json";

/// Where the snapshot's format (its JSON Schema) lives, relative to the site's base address.
pub const SCHEMA_PATH: &str = "data/consortium.schema.json";

/// One file of the open data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dataset {
    /// The whole snapshot, the file the site itself reads.
    Snapshot,
    /// The snapshot's format, as a JSON Schema.
    Schema,
    /// The teams as GeoJSON, for map tools.
    TeamsGeoJson,
    /// The teams in the spreadsheet layout.
    TeamsCsv,
    /// The events, as a calendar to subscribe to, with texts in `lang`: all of them, or
    /// those of one research axis (with the events of the whole network).
    Calendar { axis: Option<u8>, lang: Lang },
    /// The news as an Atom feed, in `lang`.
    NewsFeed(Lang),
}

impl Dataset {
    /// Its path under the site's root.
    ///
    /// ```
    /// use micronit_model::{open_data::Dataset, Lang};
    /// assert_eq!(Dataset::Calendar { axis: None, lang: Lang::Fr }.path(), "data/events.ics");
    /// assert_eq!(Dataset::Calendar { axis: Some(2), lang: Lang::En }.path(), "data/events-axis-2.en.ics");
    /// assert_eq!(Dataset::NewsFeed(Lang::En).path(), "en/news/feed.atom");
    /// ```
    pub fn path(&self) -> String {
        // French is the calendars' first language: its files have no language suffix.
        let suffix = |lang: &Lang| match lang {
            Lang::Fr => "",
            Lang::En => ".en",
        };
        match self {
            Dataset::Snapshot => SNAPSHOT_PATH.into(),
            Dataset::Schema => SCHEMA_PATH.into(),
            Dataset::TeamsGeoJson => "data/teams.geojson".into(),
            Dataset::TeamsCsv => "data/teams.csv".into(),
            Dataset::Calendar { axis: None, lang } => format!("data/events{}.ics", suffix(lang)),
            Dataset::Calendar {
                axis: Some(n),
                lang,
            } => format!("data/events-axis-{n}{}.ics", suffix(lang)),
            Dataset::NewsFeed(lang) => format!("{}/news/feed.atom", lang.code()),
        }
    }

    /// Its format, as its standard names it.
    pub fn format(&self) -> &'static str {
        match self {
            Dataset::Snapshot => "JSON",
            Dataset::Schema => "JSON Schema",
            Dataset::TeamsGeoJson => "GeoJSON (RFC 7946)",
            Dataset::TeamsCsv => "CSV (UTF-8)",
            Dataset::Calendar { .. } => "iCalendar (RFC 5545)",
            Dataset::NewsFeed(_) => "Atom (RFC 4287)",
        }
    }

    /// The media type a server gives it.
    pub fn media_type(&self) -> &'static str {
        match self {
            Dataset::Snapshot | Dataset::Schema => "application/json",
            Dataset::TeamsGeoJson => "application/geo+json",
            Dataset::TeamsCsv => "text/csv",
            Dataset::Calendar { .. } => "text/calendar",
            Dataset::NewsFeed(_) => "application/atom+xml",
        }
    }
}

/// Every file of the open data, in the order the open-data page lists them: `axes` are
/// the research axes' numbers, each with its calendars.
///
/// ```
/// use micronit_model::open_data::datasets;
/// assert_eq!(datasets(&[1, 2, 3]).len(), 4 + 2 + 3 * 2 + 2);
/// ```
pub fn datasets(axes: &[u8]) -> Vec<Dataset> {
    let mut all = vec![
        Dataset::Snapshot,
        Dataset::Schema,
        Dataset::TeamsGeoJson,
        Dataset::TeamsCsv,
    ];
    for axis in std::iter::once(None).chain(axes.iter().copied().map(Some)) {
        for lang in Lang::ALL {
            all.push(Dataset::Calendar { axis, lang });
        }
    }
    all.extend(Lang::ALL.map(Dataset::NewsFeed));
    all
}
