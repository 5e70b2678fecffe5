//! `micronit-data validate` on every file of the hostile corpus (tests/corpus) gives the
//! exit status and the message that tests/corpus/expected.tsv names; a 5 MB string
//! and a synthetic snapshot are checked the same way.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn run(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_micronit-data"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("the tool runs");
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code().unwrap_or(-1), text)
}

#[test]
fn every_corpus_file_gives_its_expected_message() {
    let manifest =
        std::fs::read_to_string(root().join("tests/corpus/expected.tsv")).expect("manifest");
    let mut checked = 0;
    let mut failures = Vec::new();
    for line in manifest
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let fields: Vec<&str> = line.splitn(3, '\t').collect();
        let [file, code, expected] = fields[..] else {
            panic!("bad manifest line: {line}");
        };
        let (status, output) = run(&["validate", &format!("tests/corpus/{file}")]);
        if status.to_string() != code || !output.contains(expected) {
            failures.push(format!(
                "{file}: exit {status} (expected {code}); output:\n{output}expected to contain: {expected}\n"
            ));
        }
        checked += 1;
    }
    assert!(checked >= 25, "only {checked} corpus files");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_corpus_file_is_listed() {
    let manifest = std::fs::read_to_string(root().join("tests/corpus/expected.tsv")).unwrap();
    for entry in std::fs::read_dir(root().join("tests/corpus")).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if name.ends_with(".json") {
            assert!(
                manifest.contains(&format!("{name}\t")),
                "{name} is not in expected.tsv"
            );
        }
    }
}

#[test]
fn a_five_megabyte_string_is_refused_without_trouble() {
    let base = std::fs::read_to_string(root().join("tests/corpus/valid-minimal.json")).unwrap();
    let huge = "x".repeat(5 * 1024 * 1024);
    let marker = "\"description\": {\n        \"fr\": \"";
    assert!(base.contains(marker));
    let text = base.replacen(marker, &format!("{marker}{huge}"), 1);
    assert!(text.len() > 5_000_000);
    let path = std::env::temp_dir().join(format!("micronit-huge-{}.json", std::process::id()));
    std::fs::write(&path, text).unwrap();
    let (status, output) = run(&["validate", path.to_str().unwrap()]);
    let _ = std::fs::remove_file(&path);
    assert_eq!(status, 1, "{output}");
    assert!(
        output.contains("is longer than 10000 characters"),
        "{output}"
    );
}

#[test]
fn the_bundled_snapshot_is_valid() {
    let (status, output) = run(&["validate", "public/data/consortium.json"]);
    assert_eq!(status, 0, "{output}");
    assert!(
        output.contains(
            "valid: 27 teams (14 members, 9 associated, 4 status not stated), 0 warning(s)"
        ),
        "{output}"
    );
}

#[test]
fn synth_writes_a_valid_snapshot_of_the_size_asked() {
    let (status, json) = run(&["synth", "--teams", "300", "--seed", "3"]);
    assert_eq!(status, 0, "{json}");
    let c = micronit_model::Snapshot::from_json(&json).expect("synthetic snapshot is valid");
    assert_eq!(c.teams.len(), 300);
    // Same seed, same snapshot.
    assert_eq!(run(&["synth", "--teams", "300", "--seed", "3"]).1, json);
}

#[test]
fn stats_counts_teams_per_facet() {
    let (status, out) = run(&["stats", "public/data/consortium.json"]);
    assert_eq!(status, 0, "{out}");
    assert!(
        out.contains("27 teams (14 members, 9 associated, 4 status not stated; 22 illustrative)"),
        "{out}"
    );
    assert!(out.contains("Teams by tumor type"));
    assert!(out.contains("status not stated"), "{out}");
    assert!(out.contains("Centre-Val de Loire"));
}

#[test]
fn usage_errors_exit_with_2() {
    assert_eq!(run(&[]).0, 2);
    assert_eq!(run(&["synth", "--teams", "many"]).0, 2);
    assert_eq!(run(&["validate", "no/such/file.json"]).0, 1);
}

#[test]
fn the_committed_schema_is_the_one_the_model_generates() {
    let (status, generated) = run(&["schema"]);
    assert_eq!(status, 0);
    let committed = std::fs::read_to_string(root().join("public/data/consortium.schema.json"))
        .expect("public/data/consortium.schema.json exists");
    assert_eq!(
        committed.trim_end(),
        generated.trim_end(),
        "the schema is out of date: run `cargo run -p micronit-data -- schema > public/data/consortium.schema.json`"
    );
}

#[test]
fn schema_and_model_agree_on_valid_and_malformed_snapshots() {
    let schema: serde_json::Value = serde_json::from_str(&run(&["schema"]).1).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the schema is a valid JSON Schema");
    let read = |f: &str| std::fs::read_to_string(root().join(f)).unwrap();
    // Valid for both.
    let (_, synthetic) = run(&["synth", "--teams", "50"]);
    for (name, text) in [
        ("bundled", read("public/data/consortium.json")),
        ("minimal", read("tests/corpus/valid-minimal.json")),
        ("synthetic", synthetic),
    ] {
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:?}");
        assert!(micronit_model::Snapshot::from_json(&text).is_ok(), "{name}");
    }
    // Malformed for both: every shape error of the corpus is also a schema error.
    for file in [
        "wrong-type-axes.json",
        "wrong-type-latitude.json",
        "null-name.json",
        "missing-field.json",
        "unknown-field.json",
        "unknown-schema-version.json",
        "schema-version-missing.json",
    ] {
        let text = read(&format!("tests/corpus/{file}"));
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert!(!validator.is_valid(&value), "{file} passes the schema");
        assert!(
            micronit_model::Snapshot::from_json(&text).is_err(),
            "{file} passes the model"
        );
    }
}

fn temp(name: &str, content: &str) -> PathBuf {
    let path = std::env::temp_dir().join(format!("micronit-{}-{name}", std::process::id()));
    std::fs::write(&path, content).unwrap();
    path
}

#[test]
fn csv_round_trips_are_lossless() {
    let (status, csv) = run(&["export-csv", "public/data/consortium.json"]);
    assert_eq!(status, 0, "{csv}");
    assert!(
        csv.starts_with('\u{feff}'),
        "spreadsheets need the BOM to read UTF-8"
    );
    // Rows, not lines: a team's sources are lines of one cell.
    let rows = micronit_model::sheet::read_csv(csv.trim_start_matches('\u{feff}')).expect("CSV");
    assert_eq!(rows.cells.len(), 28, "a header and 27 teams");
    // CSV -> JSON gives back the bundled snapshot, byte for byte.
    let csv_path = temp("teams.csv", &csv);
    let out = std::env::temp_dir().join(format!("micronit-{}-out.json", std::process::id()));
    let (status, msg) = run(&[
        "import-csv",
        "public/data/consortium.json",
        csv_path.to_str().unwrap(),
        "--output",
        out.to_str().unwrap(),
    ]);
    assert_eq!(status, 0, "{msg}");
    let bundled = std::fs::read_to_string(root().join("public/data/consortium.json")).unwrap();
    assert_eq!(std::fs::read_to_string(&out).unwrap(), bundled);
    // JSON -> CSV gives back the same CSV; without the BOM the import is the same.
    let (_, again) = run(&["export-csv", out.to_str().unwrap()]);
    assert_eq!(again, csv);
    let no_bom = temp("no-bom.csv", csv.trim_start_matches('\u{feff}'));
    let (status, json) = run(&[
        "import-csv",
        "public/data/consortium.json",
        no_bom.to_str().unwrap(),
    ]);
    assert_eq!(status, 0);
    assert_eq!(json, bundled);
    for p in [csv_path, out, no_bom] {
        let _ = std::fs::remove_file(p);
    }
}

#[test]
fn csv_import_says_which_row_and_cell_is_wrong() {
    let (_, csv) = run(&["export-csv", "public/data/consortium.json"]);
    let mut lines: Vec<String> = csv.lines().map(str::to_owned).collect();
    // Line 2 is LNOx: a decimal comma, as a French spreadsheet may write it.
    lines[1] = lines[1].replace(",47.3941,", ",\"47,3941\",");
    let bad_number = temp("bad-number.csv", &(lines.join("\n") + "\n"));
    let (status, out) = run(&[
        "import-csv",
        "public/data/consortium.json",
        bad_number.to_str().unwrap(),
    ]);
    assert_eq!(status, 1, "{out}");
    assert!(
        out.contains(
            "row 2, column lat (K2): \"47,3941\" is not a number (hint: write decimals with a dot: 47.39)"
        ),
        "{out}"
    );

    let mut lines: Vec<String> = csv.lines().map(str::to_owned).collect();
    lines[1] = lines[1].replace(",acute-leukemia,", ",acute-leukaemia,");
    let bad_ref = temp("bad-ref.csv", &(lines.join("\n") + "\n"));
    let (status, out) = run(&[
        "import-csv",
        "public/data/consortium.json",
        bad_ref.to_str().unwrap(),
    ]);
    assert_eq!(status, 1, "{out}");
    assert!(out.contains("row 2, column tumor_types (P2): unknown tumor type \"acute-leukaemia\" (hint: did you mean \"acute-leukemia\"?"), "{out}");

    let header_only = temp("bad-header.csv", "id,name\nx,y\n");
    let (status, out) = run(&[
        "import-csv",
        "public/data/consortium.json",
        header_only.to_str().unwrap(),
    ]);
    assert_eq!(status, 1);
    assert!(
        out.contains("row 1: missing column(s): acronym, name_fr"),
        "{out}"
    );
    assert!(out.contains("unknown column(s): name"), "{out}");
    for p in [bad_number, bad_ref, header_only] {
        let _ = std::fs::remove_file(p);
    }
}

#[test]
fn the_map_geometry_is_reproducible_from_world_atlas() {
    let source = root().join("node_modules/world-atlas/countries-10m.json");
    assert!(
        source.exists(),
        "node_modules/world-atlas is missing: run scripts/setup (npm ci)"
    );
    let (status, generated) = run(&["map-geometry", source.to_str().unwrap()]);
    assert_eq!(status, 0, "{generated}");
    let committed = std::fs::read_to_string(root().join("public/map/france.json")).unwrap();
    assert_eq!(
        committed.trim_end(),
        generated.trim_end(),
        "public/map/france.json is out of date: regenerate it with the command in docs/data.md"
    );
    let geometry: serde_json::Value = serde_json::from_str(&committed).unwrap();
    // Mainland France and Corsica, and a few islands; small enough for the budget.
    assert!(geometry["parts"].as_u64().unwrap() >= 2);
    assert!(committed.len() < 60_000, "{} bytes", committed.len());
    // Every team falls inside the outline's bounds.
    let b = &geometry["bounds_km"];
    let c = micronit_model::Snapshot::from_json(
        &std::fs::read_to_string(root().join("public/data/consortium.json")).unwrap(),
    )
    .unwrap();
    for t in &c.teams {
        let p = micronit_model::to_lambert93(t.location.lat, t.location.lon);
        let (x, y) = (p.x / 1000.0, p.y / 1000.0);
        assert!(
            b["min_x"].as_f64().unwrap() <= x && x <= b["max_x"].as_f64().unwrap(),
            "{}",
            t.id
        );
        assert!(
            b["min_y"].as_f64().unwrap() <= y && y <= b["max_y"].as_f64().unwrap(),
            "{}",
            t.id
        );
    }
}

#[test]
fn strict_validation_fails_on_warnings() {
    let file = "tests/corpus/missing-one-language.json";
    let (status, out) = run(&["validate", file]);
    assert_eq!(status, 0, "{out}");
    assert!(out.contains("English translation missing"), "{out}");
    let (status, out) = run(&["validate", "--strict", file]);
    assert_eq!(status, 1, "{out}");
    let (status, _) = run(&["validate", "--strict", "public/data/consortium.json"]);
    assert_eq!(status, 0);
}

#[test]
fn the_sitemap_lists_every_page_in_both_languages_with_its_twin() {
    let dir = std::env::temp_dir().join(format!("micronit-sitemap-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let snapshot = root().join("public/data/consortium.json");
    let (status, _) = run(&[
        "sitemap",
        snapshot.to_str().unwrap(),
        "--base-url",
        "https://example.org/micronit/",
        "--output",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(status, 0);
    let xml = std::fs::read_to_string(dir.join("sitemap.xml")).unwrap();
    let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
    let c =
        micronit_model::Snapshot::from_json(&std::fs::read_to_string(&snapshot).unwrap()).unwrap();
    let urls: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("url"))
        .collect();
    // Home, directory, teams, axes, news list and items, events, partners, about, legal,
    // accessibility, open data: in French and in English.
    assert_eq!(
        urls.len(),
        2 * (2 + c.teams.len() + c.axes.len() + 1 + c.news.len() + 6)
    );
    for url in &urls {
        let loc = url
            .children()
            .find(|n| n.has_tag_name("loc"))
            .unwrap()
            .text()
            .unwrap();
        let path = loc.strip_prefix("https://example.org/micronit").expect(loc);
        let (lang, page) = micronit_model::Page::parse(path).expect(path);
        let alternates: Vec<(&str, &str)> = url
            .children()
            .filter(|n| n.has_tag_name("link"))
            .map(|n| {
                (
                    n.attribute("hreflang").unwrap(),
                    n.attribute("href").unwrap(),
                )
            })
            .collect();
        assert_eq!(alternates.len(), 3, "{loc}");
        assert!(alternates.contains(&(lang.code(), loc)), "{loc}");
        assert!(alternates.contains(&("x-default", "https://example.org/micronit/")));
        let twin = micronit_model::switch_lang(
            path,
            if lang.code() == "fr" {
                micronit_model::Lang::En
            } else {
                micronit_model::Lang::Fr
            },
        );
        assert_eq!(
            micronit_model::Page::parse(&twin).map(|(_, p)| p),
            Some(page)
        );
    }
    assert!(xml.contains("/fr/teams/lnox</loc>") && xml.contains("/en/accessibility</loc>"));
    // The coordinators' desk is a tool, not a page to find.
    assert!(!xml.contains("/desk"), "{xml}");
    let robots = std::fs::read_to_string(dir.join("robots.txt")).unwrap();
    assert!(robots.contains("Sitemap: https://example.org/micronit/sitemap.xml"));
    // A base address that is not absolute is refused.
    let (status, out) = run(&[
        "sitemap",
        snapshot.to_str().unwrap(),
        "--base-url",
        "example.org",
        "--output",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(status, 2, "{out}");
}
