//! Version 2 of the snapshot's format: version 1 files are still read, and written in
//! version 2 (leaders as objects, the new fields absent); the identifiers travel through
//! the spreadsheet and back.

use micronit_model::sheet::{read_csv, teams_from_rows, write_csv, COLUMNS, OPTIONAL_COLUMNS};
use micronit_model::{write_snapshot, Leader, Snapshot, READABLE_VERSIONS, SCHEMA_VERSION};

const VERSION_1: &str = include_str!("../../../tests/corpus/valid-minimal.json");
const VERSION_2: &str = include_str!("../../../tests/corpus/valid-version-2.json");

fn teams_of(csv: &str) -> Vec<micronit_model::Team> {
    let rows = read_csv(csv).expect("CSV");
    let sheet = teams_from_rows(rows).expect("teams");
    sheet.teams.into_iter().map(|(_, t)| t).collect()
}

#[test]
fn a_version_1_snapshot_is_read_and_written_in_version_2() {
    assert_eq!(SCHEMA_VERSION, 2);
    assert_eq!(READABLE_VERSIONS, [1, 2]);
    assert!(VERSION_1.contains("\"schema_version\": 1"));
    let old = Snapshot::from_json(VERSION_1).expect("version 1 is read");
    assert_eq!(old.snapshot().schema_version, 1);
    assert_eq!(old.teams[0].leaders, [Leader::named("Olivier Hérault")]);
    assert!(old.institutions.iter().all(|i| i.ror.is_none()));
    assert_eq!(old.licence, None);

    let written = write_snapshot(old.snapshot()).expect("JSON");
    assert!(written.contains("\"schema_version\": 2"), "{written}");
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
        "null",
    ] {
        assert!(!written.contains(absent), "{absent} written");
    }
    let new = Snapshot::from_json(&written).expect("the migrated file is read");
    assert_eq!(new.snapshot().schema_version, 2);
    assert_eq!(new.teams, old.teams);
    assert_eq!(new.events, old.events);
    // Written again, it is the same bytes.
    assert_eq!(write_snapshot(new.snapshot()).expect("JSON"), written);
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
    assert_eq!(write_snapshot(c.snapshot()).expect("JSON"), VERSION_2);
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
    assert_eq!(OPTIONAL_COLUMNS, ["rnsr", "hal"]);
    let c = Snapshot::from_json(VERSION_1).expect("valid");
    let csv = write_csv(&c.teams).expect("CSV");
    // The same file without its last two columns, as a coordinator's older spreadsheet.
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv.as_bytes());
    let mut writer = csv::Writer::from_writer(Vec::new());
    for record in reader.records() {
        let record = record.expect("CSV");
        writer
            .write_record(record.iter().take(COLUMNS.len() - 2))
            .expect("write");
    }
    let old = String::from_utf8(writer.into_inner().expect("flush")).expect("UTF-8");
    assert!(!old.lines().next().unwrap_or_default().contains("rnsr"));
    let back = teams_of(&old);
    assert_eq!(back, c.teams);
}
