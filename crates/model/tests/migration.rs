//! Versions 2 and 3 of the snapshot's format: older files are still read, and written in
//! the current version (leaders as objects, the new fields absent); the identifiers and
//! the sources travel through the spreadsheet and back.

use micronit_model::sheet::{read_csv, teams_from_rows, write_csv, COLUMNS, OPTIONAL_COLUMNS};
use micronit_model::{
    write_snapshot, Leader, Snapshot, Source, Text, READABLE_VERSIONS, SCHEMA_VERSION,
};

const VERSION_1: &str = include_str!("../../../tests/corpus/valid-minimal.json");
const VERSION_2: &str = include_str!("../../../tests/corpus/valid-version-2.json");

fn teams_of(csv: &str) -> Vec<micronit_model::Team> {
    let rows = read_csv(csv).expect("CSV");
    let sheet = teams_from_rows(rows).expect("teams");
    sheet.teams.into_iter().map(|(_, t)| t).collect()
}

#[test]
fn a_version_1_snapshot_is_read_and_written_in_the_current_version() {
    assert_eq!(SCHEMA_VERSION, 3);
    assert_eq!(READABLE_VERSIONS, [1, 2, 3]);
    assert!(VERSION_1.contains("\"schema_version\": 1"));
    let old = Snapshot::from_json(VERSION_1).expect("version 1 is read");
    assert_eq!(old.snapshot().schema_version, 1);
    assert_eq!(old.teams[0].leaders, [Leader::named("Olivier Hérault")]);
    assert!(old.institutions.iter().all(|i| i.ror.is_none()));
    assert_eq!(old.licence, None);

    let written = write_snapshot(old.snapshot()).expect("JSON");
    assert!(written.contains("\"schema_version\": 3"), "{written}");
    // Leaders are objects now, and the fields version 1 lacks are left out, not null.
    assert!(written.contains(
        "\"leaders\": [\n        {\n          \"name\": \"Olivier Hérault\"\n        }\n      ]"
    ));
    for absent in [
        "\"ror\"",
        "\"rnsr\"",
        "\"hal\"",
        "\"orcid\"",
        "\"licence\"",
        "\"sources\"",
        "null",
    ] {
        assert!(!written.contains(absent), "{absent} written");
    }
    // Read again, it is the same data, and it now asks for the sources of its real team.
    let new: Snapshot = serde_json::from_str(&written).expect("the migrated file is read");
    assert_eq!(new.schema_version, 3);
    assert_eq!(new.teams, old.teams);
    assert_eq!(new.events, old.events);
    match Snapshot::from_json(&written) {
        Err(micronit_model::SnapshotError::Invalid(errors)) => {
            let paths: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
            assert_eq!(paths, ["teams[0].sources"]);
        }
        other => panic!("only the missing sources are refused: {other:?}"),
    }
    // Written again, it is the same bytes.
    assert_eq!(write_snapshot(&new).expect("JSON"), written);
}

#[test]
fn version_2_carries_the_identifiers() {
    let c = Snapshot::from_json(VERSION_2).expect("valid");
    assert_eq!(c.institutions[0].ror.as_deref(), Some("02feahw73"));
    assert_eq!(
        c.teams[0].leaders[0].orcid.as_deref(),
        Some("0000-0002-1825-0097")
    );
    assert_eq!(c.events[0].axes, [1]);
    let licence = c.licence.as_ref().expect("a licence");
    assert_eq!(licence.name.en, "Open Licence 2.0");
}

/// A version 2 file is migrated byte for byte: the same text with its version changed
/// (it has no sources, which are left out rather than written empty). Its teams that are
/// not illustrative lack sources: a warning in version 2, an error once migrated.
#[test]
fn a_version_2_file_is_migrated_byte_for_byte() {
    let c = Snapshot::from_json(VERSION_2).expect("valid");
    assert!(c
        .warnings()
        .iter()
        .any(|w| w.path == "teams[0].sources" && w.problem.to_string().contains("source")));
    let migrated = write_snapshot(c.snapshot()).expect("JSON");
    assert_eq!(
        migrated,
        VERSION_2.replacen("\"schema_version\": 2", "\"schema_version\": 3", 1)
    );
    let err = Snapshot::from_json(&migrated).expect_err("version 3 asks for sources");
    assert!(err.to_string().contains("teams[0].sources"), "{err}");
}

#[test]
fn a_leader_is_a_name_or_an_object_and_nothing_else() {
    let with = |leaders: &str| {
        VERSION_2.replacen(
        "\"leaders\": [\n        {\n          \"name\": \"Olivier Hérault\",\n          \"orcid\": \"0000-0002-1825-0097\"\n        }\n      ]",
        &format!("\"leaders\": {leaders}"),
        1,
    )
    };
    assert_ne!(
        with("[]"),
        VERSION_2,
        "the leaders are where the test expects them"
    );
    let named = Snapshot::from_json(&with("[\"Ada Lovelace\"]")).expect("a name alone");
    assert_eq!(named.teams[0].leaders, [Leader::named("Ada Lovelace")]);
    for bad in [
        "[42]",
        "[{\"orcid\": \"0000-0002-1825-0097\"}]",
        "[{\"name\": \"A\", \"mail\": \"a@b.fr\"}]",
    ] {
        let err = Snapshot::from_json(&with(bad)).expect_err(bad);
        assert!(
            err.to_string().contains("teams[0].leaders[0]"),
            "{bad}: {err}"
        );
    }
}

#[test]
fn identifiers_travel_through_the_spreadsheet() {
    let c = Snapshot::from_json(VERSION_2).expect("valid");
    let mut teams = c.teams.clone();
    teams[0].rnsr = Some("199814145N".into());
    teams[0].hal = Some("INSERM-U1037".into());
    let csv = write_csv(&teams).expect("CSV");
    assert!(
        csv.contains("Olivier Hérault (0000-0002-1825-0097)"),
        "{csv}"
    );
    let back = teams_of(&csv);
    assert_eq!(back, teams);
}

#[test]
fn a_spreadsheet_made_before_the_identifiers_is_still_read() {
    assert_eq!(OPTIONAL_COLUMNS, ["rnsr", "hal", "sources"]);
    let c = Snapshot::from_json(VERSION_1).expect("valid");
    let csv = write_csv(&c.teams).expect("CSV");
    // The same file without its last three columns, as a coordinator's older spreadsheet.
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv.as_bytes());
    let mut writer = csv::Writer::from_writer(Vec::new());
    for record in reader.records() {
        let record = record.expect("CSV");
        writer
            .write_record(record.iter().take(COLUMNS.len() - 3))
            .expect("write");
    }
    let old = String::from_utf8(writer.into_inner().expect("flush")).expect("UTF-8");
    assert!(!old.lines().next().unwrap_or_default().contains("rnsr"));
    let back = teams_of(&old);
    assert_eq!(back, c.teams);
}

/// A team's sources travel through the spreadsheet's `sources` cell, one a line, and back.
#[test]
fn sources_travel_through_the_spreadsheet() {
    let c =
        Snapshot::from_json(include_str!("../../../public/data/consortium.json")).expect("valid");
    let mut teams = c.teams.clone();
    assert!(
        teams.iter().any(|t| t.sources.len() > 1),
        "a team with sources"
    );
    teams[0].sources.push(Source {
        url: "https://example.org/a;b".into(),
        title: "Title; with a semicolon, “quotes” and a\ttab".into(),
        lang: None,
        publisher: "Publisher".into(),
        read: None,
        supports: Text::new("équipe", "team"),
    });
    let csv = write_csv(&teams).expect("CSV");
    assert!(csv.contains(" |  | Publisher |  | équipe | team"), "{csv}");
    assert_eq!(teams_of(&csv), teams);
}

/// A line of the `sources` cell without its six parts is reported, with its cell.
#[test]
fn a_source_line_without_its_six_parts_is_reported() {
    use micronit_model::sheet::SheetProblem;
    let c =
        Snapshot::from_json(include_str!("../../../public/data/consortium.json")).expect("valid");
    let csv = write_csv(&c.teams[..1]).expect("CSV");
    let broken = csv.replacen(" | Leukemic Niche & redOx metabolism", "", 1);
    assert_ne!(broken, csv);
    let rows = read_csv(&broken).expect("CSV");
    let issues = teams_from_rows(rows).expect_err("refused");
    assert_eq!(issues.len(), 1, "{issues:?}");
    assert!(matches!(issues[0].problem, SheetProblem::BadSource(_)));
    assert_eq!(issues[0].place.cell().as_deref(), Some("V2"));
}
