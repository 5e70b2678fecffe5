//! `micronit-data open-data` writes the open data files from the snapshot: GeoJSON with
//! longitude first, the spreadsheet, calendars with every event, Atom feeds with every
//! news item, each with the snapshot's own values.

use std::path::{Path, PathBuf};
use std::process::Command;

use micronit_model::{Lang, Snapshot};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The open data files written for the bundled snapshot and the site at `site`, in a new
/// folder.
fn written(site: &str) -> PathBuf {
    // A folder of its own for each call: the tests run at once.
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("micronit-open-data-{}-{n}", std::process::id()));
    let output = dir.to_string_lossy().into_owned();
    tool(&[
        "open-data",
        "public/data/consortium.json",
        "--output",
        &output,
        "--site",
        site,
    ]);
    dir
}

/// The data tool's standard output for `args`, run from the workspace's root; it must
/// succeed.
fn tool(args: &[&str]) -> Vec<u8> {
    let out = Command::new(env!("CARGO_BIN_EXE_micronit-data"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("the tool runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn read(dir: &Path, name: &str) -> String {
    std::fs::read_to_string(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn bundled() -> micronit_model::Consortium {
    let json =
        std::fs::read_to_string(root().join("public/data/consortium.json")).expect("snapshot");
    Snapshot::from_json(&json).expect("valid")
}

#[test]
fn the_teams_geojson_is_rfc_7946_with_longitude_first_and_both_languages() {
    let c = bundled();
    let dir = written("https://example.org/micronit/");
    let geojson: serde_json::Value =
        serde_json::from_str(&read(&dir, "data/teams.geojson")).expect("JSON");
    assert_eq!(geojson["type"], "FeatureCollection");
    let features = geojson["features"].as_array().expect("features");
    assert_eq!(features.len(), c.teams.len());
    for (f, team) in features.iter().zip(&c.teams) {
        assert_eq!(f["type"], "Feature");
        assert_eq!(f["id"], team.id.as_str());
        assert_eq!(f["geometry"]["type"], "Point");
        let [lon, lat] = [0, 1].map(|i| f["geometry"]["coordinates"][i].as_f64().expect("number"));
        assert!((lon - team.location.lon).abs() < 1e-7 && (lat - team.location.lat).abs() < 1e-7);
        for x in [lon, lat] {
            let written = x.to_string();
            let decimals = written.split_once('.').map_or(0, |(_, d)| d.len());
            assert!(decimals <= 7, "{written}");
        }
        let p = &f["properties"];
        assert_eq!(p["name_fr"], team.name.fr.as_str());
        assert_eq!(p["name_en"], team.name.en.as_str());
        assert_eq!(p["illustrative"], team.illustrative);
        assert_eq!(
            p["url_en"],
            format!("https://example.org/micronit/en/teams/{}", team.id)
        );
    }
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn the_calendars_hold_every_event_in_their_language() {
    let c = bundled();
    let dir = written("/");
    for (file, lang) in [
        ("data/events.ics", Lang::Fr),
        ("data/events.en.ics", Lang::En),
    ] {
        let ics = read(&dir, file);
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
        assert_eq!(
            ics.matches("BEGIN:VEVENT").count(),
            c.events.len(),
            "{file}"
        );
        assert_eq!(ics.matches("END:VEVENT").count(), c.events.len(), "{file}");
        let unfolded = ics.replace("\r\n ", "");
        for e in &c.events {
            let title = e
                .title
                .in_lang(lang)
                .replace(',', "\\,")
                .replace(';', "\\;");
            assert!(
                unfolded.contains(&format!("SUMMARY:{title}\r\n")),
                "{file}: {title}"
            );
            assert!(unfolded.contains(&format!("UID:{}@micronit", e.id)));
        }
        assert!(unfolded.contains("X-WR-CALNAME:Micronit\r\n"));
    }
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn the_news_feeds_are_atom_with_every_item_newest_first() {
    let c = bundled();
    for site in ["https://example.org/", "/micronit/"] {
        let dir = written(site);
        for lang in Lang::ALL {
            let xml = read(&dir, &format!("{}/news/feed.atom", lang.code()));
            let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
            let feed = doc.root_element();
            assert_eq!(feed.tag_name().name(), "feed");
            assert_eq!(
                feed.tag_name().namespace(),
                Some("http://www.w3.org/2005/Atom")
            );
            let child = |n: roxmltree::Node<'_, '_>, name: &str| {
                n.children()
                    .find(|c| c.tag_name().name() == name)
                    .and_then(|c| c.text())
                    .map(str::to_owned)
            };
            // Atom's required elements, and absolute ids (URLs, or urn: names).
            for required in ["id", "title", "updated"] {
                assert!(child(feed, required).is_some(), "{required}");
            }
            let entries: Vec<_> = feed
                .children()
                .filter(|n| n.tag_name().name() == "entry")
                .collect();
            assert_eq!(entries.len(), c.news.len());
            let newest: Vec<&str> = c
                .news_newest_first()
                .iter()
                .map(|n| n.title.in_lang(lang))
                .collect();
            let titles: Vec<String> = entries.iter().filter_map(|e| child(*e, "title")).collect();
            assert_eq!(titles, newest);
            for e in &entries {
                let id = child(*e, "id").expect("id");
                assert!(
                    id.starts_with(site)
                        || (site.starts_with('/') && id.starts_with("urn:micronit:")),
                    "{id}"
                );
                assert!(child(*e, "updated")
                    .expect("updated")
                    .ends_with("T00:00:00Z"));
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}

#[test]
fn the_served_snapshot_is_the_bundled_one_without_indentation() {
    let dir = written("/");
    let served = read(&dir, "data/consortium.json");
    assert_eq!(served.lines().count(), 1);
    let bundled =
        std::fs::read_to_string(root().join("public/data/consortium.json")).expect("snapshot");
    let as_value = |s: &str| serde_json::from_str::<serde_json::Value>(s).expect("JSON");
    assert_eq!(as_value(&served), as_value(&bundled));
    assert!(served.len() < bundled.len() * 9 / 10);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn the_teams_spreadsheet_is_the_export() {
    let dir = written("/");
    let out = Command::new(env!("CARGO_BIN_EXE_micronit-data"))
        .args(["export-csv", "public/data/consortium.json"])
        .current_dir(root())
        .output()
        .expect("the tool runs");
    assert_eq!(
        read(&dir, "data/teams.csv"),
        String::from_utf8_lossy(&out.stdout)
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn every_file_the_open_data_page_lists_is_written() {
    use micronit_model::open_data::{datasets, Dataset};
    let c = bundled();
    let dir = written("/");
    let axes: Vec<u8> = c.axes.iter().map(|a| a.number).collect();
    for dataset in datasets(&axes) {
        // The schema is kept beside the snapshot in public/data, and copied as it is.
        let path = match dataset {
            Dataset::Schema => root().join("public").join(dataset.path()),
            _ => dir.join(dataset.path()),
        };
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(text.len() > 100, "{} is almost empty", path.display());
    }
    // One calendar per axis and language, with the events of the axis and the network's.
    for n in axes {
        let ics = read(&dir, &format!("data/events-axis-{n}.en.ics"));
        let expected = micronit_model::axis_events(&c.events, n).len();
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), expected, "axis {n}");
        assert!(
            ics.contains(&format!("X-WR-CALNAME:Micronit — Axis {n}\r\n")),
            "{ics}"
        );
    }
}

#[test]
fn every_page_of_the_sitemap_has_its_structured_data() {
    let out = tool(&[
        "structured-data",
        "public/data/consortium.json",
        "--site",
        "https://micronit.example/",
    ]);
    let all: serde_json::Map<String, serde_json::Value> =
        serde_json::from_slice(&out).expect("a JSON object");
    let c = bundled();
    let team = &c.teams[0];
    for lang in Lang::ALL {
        for page in [
            micronit_model::Page::Home,
            micronit_model::Page::Team(team.id.clone()),
            micronit_model::Page::Events,
            micronit_model::Page::OpenData,
        ] {
            let text = all[&page.path(lang)].as_str().expect("script text");
            assert!(!text.contains('<'));
            let data: serde_json::Value = serde_json::from_str(text).expect("JSON-LD");
            assert_eq!(data["@context"], "https://schema.org");
        }
    }
    // Both languages of every page, and of the desk, which is not in the sitemap.
    assert_eq!(all.len(), 2 * (micronit_data_pages(&c) + 1));
}

/// The pages of the sitemap: home, directory, teams, axes, news list and items, events,
/// partners, about, legal, accessibility, open data.
fn micronit_data_pages(c: &micronit_model::Consortium) -> usize {
    2 + c.teams.len() + c.axes.len() + 1 + c.news.len() + 6
}
