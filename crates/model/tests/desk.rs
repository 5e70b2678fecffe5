//! The coordinators' desk's reading of files: a snapshot or a teams spreadsheet (CSV,
//! Excel, LibreOffice), every problem with its place and its texts in both languages, and
//! what the file changes in the published snapshot.

use std::io::Write;

use micronit_model::review::{review, FileKind, Finding, Place, Review, What};
use micronit_model::sheet::{read_csv, write_csv, COLUMNS};
use micronit_model::{write_snapshot, Lang, Problem, Severity, Snapshot};

const BUNDLED: &str = include_str!("../../../public/data/consortium.json");

fn published() -> Snapshot {
    match Snapshot::from_json(BUNDLED) {
        Ok(c) => c.snapshot().clone(),
        Err(e) => panic!("the bundled snapshot is valid: {e}"),
    }
}

/// The bundled teams as CSV, with `edit` applied to the first team's row (LNOx).
fn csv_with(edit: impl Fn(&str) -> String) -> String {
    let csv = write_csv(&published().teams).expect("CSV");
    let mut lines: Vec<String> = csv.lines().map(str::to_owned).collect();
    lines[1] = edit(&lines[1]);
    lines.join("\n") + "\n"
}

fn only_error(r: &Review) -> &Finding {
    let errors: Vec<&Finding> = r
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .collect();
    assert_eq!(errors.len(), 1, "{:#?}", r.findings);
    errors[0]
}

fn cell(f: &Finding) -> (u32, String, String) {
    match &f.place {
        Place::Sheet(p) => {
            let (name, _) = p.column.clone().expect("a cell");
            (p.row, name, p.cell().expect("a cell"))
        }
        other => panic!("not a cell: {other:?}"),
    }
}

/// The rows of a CSV text, as a workbook would hold them (numbers as numbers).
fn rows(csv: &str) -> Vec<Vec<String>> {
    read_csv(csv).expect("CSV rows").cells
}

fn xlsx(rows: &[Vec<String>]) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("teams").expect("sheet name");
    for (r, cells) in rows.iter().enumerate() {
        for (c, value) in cells.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            // As a spreadsheet program keeps them: coordinates as numbers, flags as booleans.
            let written = match (value.parse::<f64>(), value.as_str()) {
                (Ok(x), _) if r > 0 && value.contains('.') => sheet.write_number(r, c, x),
                (_, "true") => sheet.write_boolean(r, c, true),
                (_, "false") => sheet.write_boolean(r, c, false),
                _ => sheet.write_string(r, c, value),
            };
            written.expect("cell");
        }
    }
    book.save_to_buffer().expect("xlsx")
}

/// A minimal OpenDocument spreadsheet, as LibreOffice writes one (text cells only).
fn ods(rows: &[Vec<String>]) -> Vec<u8> {
    let escape = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    let mut table = String::new();
    for cells in rows {
        table.push_str("<table:table-row>");
        for value in cells {
            table.push_str(&format!(
                "<table:table-cell office:value-type=\"string\"><text:p>{}</text:p></table:table-cell>",
                escape(value)
            ));
        }
        table.push_str("</table:table-row>");
    }
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:spreadsheet><table:table table:name="teams">{table}</table:table></office:spreadsheet></office:body></office:document-content>"#
    );
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, body) in [
        ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
        ("META-INF/manifest.xml", manifest),
        ("content.xml", content.as_str()),
    ] {
        zip.start_file(name, stored).expect("zip entry");
        zip.write_all(body.as_bytes()).expect("zip write");
    }
    zip.finish().expect("zip").into_inner()
}

#[test]
fn the_published_teams_as_a_spreadsheet_change_nothing() {
    let csv = write_csv(&published().teams).expect("CSV");
    for (name, bytes) in [
        ("teams.csv", csv.clone().into_bytes()),
        ("teams.xlsx", xlsx(&rows(&csv))),
        ("teams.ods", ods(&rows(&csv))),
    ] {
        let r = review(name, bytes, Some(&published()));
        assert_eq!(r.errors(), 0, "{name}: {:#?}", r.findings);
        assert_eq!(r.checked(), Some(&published()), "{name}");
        let changes = r.changes.expect("changes");
        assert!(changes.is_empty(), "{name}: {changes:?}");
        assert_eq!(changes.after.teams, 27);
        assert_eq!(
            (
                changes.after.members,
                changes.after.associated,
                changes.after.unstated
            ),
            (14, 9, 4)
        );
        let (after, declared) = (changes.after, changes.declared);
        assert!(after.can_make_up(after.members, declared.members));
        assert!(after.can_make_up(after.associated, declared.associated));
    }
}

#[test]
fn a_misspelt_tumor_type_gives_its_row_column_cell_and_hint_in_both_languages() {
    let csv = csv_with(|row| row.replace(",acute-leukemia,", ",acute-leukaemia,"));
    for (name, bytes) in [
        ("teams.csv", csv.clone().into_bytes()),
        ("teams.xlsx", xlsx(&rows(&csv))),
        ("teams.ods", ods(&rows(&csv))),
    ] {
        let r = review(name, bytes, Some(&published()));
        let f = only_error(&r);
        assert_eq!(cell(f), (2, "tumor_types".into(), "P2".into()), "{name}");
        assert_eq!(
            f.message(Lang::En),
            "unknown tumor type \"acute-leukaemia\""
        );
        assert!(f
            .hint(Lang::En)
            .starts_with("did you mean \"acute-leukemia\"?"));
        assert_eq!(
            f.message(Lang::Fr),
            "Type de tumeur inconnu\u{a0}: «\u{a0}acute-leukaemia\u{a0}»"
        );
        assert!(f
            .hint(Lang::Fr)
            .starts_with("vouliez-vous dire «\u{a0}acute-leukemia\u{a0}»\u{a0}?"));
        assert!(
            r.checked().is_none(),
            "a file with errors cannot be previewed"
        );
    }
}

#[test]
fn a_decimal_comma_and_a_bad_status_are_found_together() {
    let csv = csv_with(|row| {
        row.replace(",47.3941,", ",\"47,3941\",")
            .replace(",member,", ",membre,")
    });
    let r = review("teams.csv", csv.into_bytes(), Some(&published()));
    let cells: Vec<(u32, String, String)> = r.findings.iter().map(cell).collect();
    assert_eq!(
        cells,
        [
            (2, "lat".into(), "K2".into()),
            (2, "status".into(), "R2".into())
        ]
    );
    assert!(r.findings[0].hint(Lang::Fr).contains("47.39"));
}

#[test]
fn a_column_moved_in_the_file_is_named_where_it_is() {
    // tumor_types moved first: its cell is then in column A.
    let csv = csv_with(|row| row.replace(",acute-leukemia,", ",acute-leukaemia,"));
    let moved: Vec<Vec<String>> = rows(&csv)
        .into_iter()
        .map(|mut cells| {
            let t = cells.remove(15);
            cells.insert(0, t);
            cells
        })
        .collect();
    let r = review("teams.xlsx", xlsx(&moved), Some(&published()));
    assert_eq!(cell(only_error(&r)), (2, "tumor_types".into(), "A2".into()));
}

#[test]
fn a_missing_column_and_an_unknown_kind_of_file_are_said_plainly() {
    let r = review("teams.csv", b"id,name\nx,y\n".to_vec(), Some(&published()));
    assert_eq!(r.errors(), 2, "{:#?}", r.findings);
    assert!(r.findings[0]
        .message(Lang::Fr)
        .starts_with("colonne(s) manquante(s)\u{a0}: acronym, name_fr"));
    assert!(r.findings[1]
        .message(Lang::En)
        .contains("unknown column(s): name"));

    let r = review("notes.docx", b"x".to_vec(), Some(&published()));
    assert_eq!(r.findings[0].what, What::UnknownKind);
    assert!(r.findings[0].hint(Lang::En).contains(".xlsx"));

    let r = review("teams.xlsx", b"not a zip".to_vec(), Some(&published()));
    assert_eq!(r.errors(), 1);
    assert!(r.findings[0]
        .message(Lang::Fr)
        .starts_with("le fichier ne se lit pas comme un tableur"));
}

#[test]
fn a_broken_json_gives_its_line_and_column() {
    // The comma after the first key taken out: line 3 starts without it.
    let broken = BUNDLED.replacen(",\n", "\n", 1);
    let r = review("consortium.json", broken.into_bytes(), Some(&published()));
    let f = only_error(&r);
    match &f.place {
        Place::Json {
            position: Some(p), ..
        } => assert_eq!((p.line, p.column), (3, 3)),
        other => panic!("no line and column: {other:?}"),
    }
    assert_eq!(f.message(Lang::En), "not valid JSON: expected `,` or `}`");
    assert_eq!(
        f.message(Lang::Fr),
        "JSON invalide\u{a0}: une virgule ou «\u{a0}}\u{a0}» est attendue"
    );
    assert!(r.snapshot.is_none());
}

#[test]
fn a_json_snapshot_with_a_bad_reference_gives_its_path_line_and_column() {
    let broken = BUNDLED.replacen("\"acute-leukemia\"", "\"acute-leukaemia\"", 2);
    let r = review("consortium.json", broken.into_bytes(), Some(&published()));
    let f = &r.findings[0];
    assert_eq!(f.severity, Severity::Error);
    match &f.place {
        Place::Json {
            path: Some(path),
            position: Some(p),
        } => {
            assert!(path.starts_with("teams["), "{path}");
            assert!(p.line > 1);
        }
        other => panic!("no path and position: {other:?}"),
    }
    assert!(matches!(f.what, What::Data(Problem::Unknown { .. })));
    assert!(
        r.snapshot.is_some(),
        "a file that reads is compared even with errors"
    );
}

#[test]
fn an_edited_name_is_a_change_with_its_old_and_new_values() {
    let mut teams = published().teams;
    teams[0].name.fr = "Lipides, nutrition, cancer".into();
    let csv = write_csv(&teams).expect("CSV");
    let r = review("teams.csv", csv.into_bytes(), Some(&published()));
    assert_eq!(r.errors(), 0, "{:#?}", r.findings);
    let changes = r.changes.expect("changes");
    assert!(changes.added.is_empty() && changes.removed.is_empty());
    assert_eq!(changes.changed.len(), 1);
    let change = &changes.changed[0];
    assert_eq!(change.team, 0);
    assert_eq!(change.cells.len(), 1);
    assert_eq!(change.cells[0].column, "name_fr");
    assert_eq!(change.cells[0].before, published().teams[0].name.fr);
    assert_eq!(change.cells[0].after, "Lipides, nutrition, cancer");
}

#[test]
fn added_and_removed_teams_and_new_counts_are_listed() {
    let mut teams = published().teams;
    let gone = teams.remove(3);
    let mut new = teams[0].clone();
    new.id = "new-team".into();
    teams.push(new);
    let csv = write_csv(&teams).expect("CSV");
    let r = review("teams.csv", csv.into_bytes(), Some(&published()));
    let changes = r.changes.expect("changes");
    assert_eq!(changes.added, [26]);
    assert_eq!(changes.removed, [3]);
    assert_eq!(published().teams[3].id, gone.id);
    assert_eq!(changes.after.teams, 27);
    // The added team is a copy of LNOx, a member; the removed one's status decides.
    assert_eq!(
        changes.after.members,
        changes.before.members + 1 - usize::from(gone.status == micronit_model::Membership::Member)
    );
}

#[test]
fn the_checked_snapshot_is_written_as_the_data_tool_writes_it() {
    let csv = write_csv(&published().teams).expect("CSV");
    let r = review("teams.csv", csv.into_bytes(), Some(&published()));
    let snapshot = r.checked().expect("valid");
    assert_eq!(write_snapshot(snapshot).expect("JSON"), BUNDLED);
}

#[test]
fn file_kinds_follow_the_extension() {
    assert_eq!(FileKind::of("consortium.JSON"), Some(FileKind::Snapshot));
    assert_eq!(FileKind::of("a.b.ods"), Some(FileKind::Ods));
    assert_eq!(FileKind::of("csv"), None);
    assert_eq!(COLUMNS.len(), 22);
}

/// French puts a non-breaking space before `: ; ? !` and inside `« »` (a colon in an
/// address, `https://`, or a `;` between two values, `1;3`, is not punctuation).
fn french_spacing_problems(s: &str) -> Vec<String> {
    let nbsp = ['\u{a0}', '\u{202f}'];
    let chars: Vec<char> = s.chars().collect();
    let mut problems = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        let in_value = after.is_some_and(|a| a.is_alphanumeric() || a == '/');
        match c {
            ':' | ';' | '?' | '!' | '»'
                if !in_value && !before.is_some_and(|b| nbsp.contains(&b)) =>
            {
                problems.push(format!("{s:?}: no non-breaking space before '{c}'"))
            }
            '«' if !after.is_some_and(|a| nbsp.contains(&a)) => {
                problems.push(format!("{s:?}: no non-breaking space after '«'"))
            }
            _ => {}
        }
    }
    problems
}

#[test]
fn every_finding_is_said_in_both_languages_each_typeset_its_own_way() {
    use micronit_model::sheet::SheetProblem;
    use micronit_model::SnapshotError;
    let problems = [
        Problem::BadId("X".into()),
        Problem::Duplicate("x".into()),
        Problem::Unknown {
            what: micronit_model::Subject::Region,
            id: "x".into(),
            suggestion: Some("y".into()),
        },
        Problem::Unknown {
            what: micronit_model::Subject::Institution,
            id: "x".into(),
            suggestion: None,
        },
        Problem::MissingText,
        Problem::MissingTranslation(Lang::En),
        Problem::Empty,
        Problem::BadDate("x".into()),
        Problem::EndsBeforeStart,
        Problem::CountMismatch {
            what: micronit_model::Declared::Members,
            declared: 17,
            found: 16,
            unstated: 0,
        },
        Problem::CountMismatch {
            what: micronit_model::Declared::Members,
            declared: 17,
            found: 12,
            unstated: 4,
        },
        Problem::OutsideFrance { lat: 1.0, lon: 2.0 },
        Problem::UnsafeLink("x".into()),
        Problem::Markup,
        Problem::TooLong { max: 10 },
        Problem::NoSource { format: 3 },
        Problem::IllustrativeSource,
    ];
    let sheet = [
        SheetProblem::ReadAsWindows1252,
        SheetProblem::Unreadable("x".into()),
        SheetProblem::Empty,
        SheetProblem::MissingColumns(vec!["id"]),
        SheetProblem::UnknownColumns(vec!["x".into()]),
        SheetProblem::NotANumber("x".into()),
        SheetProblem::NotAnAxis("x".into()),
        SheetProblem::BadStatus("x".into()),
        SheetProblem::BadFlag("x".into()),
        SheetProblem::BadSource("x".into()),
    ];
    let unreadable = [
        SnapshotError::Encoding {
            utf16: true,
            offset: 0,
        },
        SnapshotError::Encoding {
            utf16: false,
            offset: 3,
        },
        SnapshotError::Syntax {
            line: 1,
            column: 2,
            message: "EOF while parsing an object at line 1 column 2".into(),
        },
        SnapshotError::UnsupportedVersion { found: Some(2) },
        SnapshotError::UnsupportedVersion { found: None },
        SnapshotError::Shape {
            path: Some("teams[0]".into()),
            line: 1,
            column: 2,
            message: "missing field `city`".into(),
        },
    ];
    let findings = problems
        .into_iter()
        .map(What::Data)
        .chain(sheet.into_iter().map(What::Sheet))
        .chain(unreadable.into_iter().map(What::Unreadable))
        .chain([What::UnknownKind, What::NoPublished])
        .map(|what| Finding {
            severity: Severity::Error,
            place: Place::File,
            what,
        });
    let mut problems = Vec::new();
    for f in findings {
        let (fr, en) = (
            [f.message(Lang::Fr), f.hint(Lang::Fr)],
            [f.message(Lang::En), f.hint(Lang::En)],
        );
        for (fr, en) in fr.iter().zip(&en) {
            assert!(!fr.is_empty() && !en.is_empty(), "{f:?}");
            assert_ne!(fr, en, "{f:?} is not translated");
            problems.extend(french_spacing_problems(fr));
            if en.contains(['\u{a0}', '«']) {
                problems.push(format!("{en:?}: French spacing in English"));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The spreadsheets the browser tests open (tests/desk/): the bundled teams with LNOx's
/// tumor type misspelt, as CSV, Excel and LibreOffice files. They must stay what the
/// bundled snapshot gives; `MICRONIT_WRITE_FIXTURES=1 cargo test -p micronit-model --test
/// desk` writes them again after the snapshot changes.
#[test]
fn the_browser_tests_spreadsheets_are_the_bundled_teams_with_one_misspelling() {
    let csv = csv_with(|row| row.replace(",acute-leukemia,", ",acute-leukaemia,"));
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/desk");
    let files = [
        ("misspelt.csv", csv.clone().into_bytes()),
        ("misspelt.xlsx", xlsx(&rows(&csv))),
        ("misspelt.ods", ods(&rows(&csv))),
    ];
    if std::env::var_os("MICRONIT_WRITE_FIXTURES").is_some() {
        std::fs::create_dir_all(&dir).expect("tests/desk");
        for (name, bytes) in &files {
            std::fs::write(dir.join(name), bytes).expect("fixture written");
        }
    }
    let verdict = |r: &Review| {
        r.findings
            .iter()
            .map(|f| (cell(f), f.message(Lang::En)))
            .collect::<Vec<_>>()
    };
    let expected = verdict(&review(
        "misspelt.csv",
        csv.into_bytes(),
        Some(&published()),
    ));
    for (name, _) in files {
        let bytes = std::fs::read(dir.join(name)).unwrap_or_else(|e| {
            panic!("tests/desk/{name}: {e} (MICRONIT_WRITE_FIXTURES=1 writes it)")
        });
        assert_eq!(
            verdict(&review(name, bytes, Some(&published()))),
            expected,
            "tests/desk/{name} is out of date: MICRONIT_WRITE_FIXTURES=1 cargo test -p micronit-model --test desk"
        );
    }
}

/// The published teams as French Excel writes "CSV": `;` between cells, decimals with a
/// comma, in Windows-1252.
fn french_excel_csv() -> Vec<u8> {
    let csv = write_csv(&published().teams).expect("CSV");
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(Vec::new());
    for (r, mut cells) in rows(&csv).into_iter().enumerate() {
        if r > 0 {
            for i in [10, 11] {
                cells[i] = cells[i].replace('.', ",");
            }
        }
        writer.write_record(&cells).expect("row");
    }
    let text = String::from_utf8(writer.into_inner().expect("bytes")).expect("UTF-8");
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
    assert!(!unmappable, "the bundled teams are all in Windows-1252");
    bytes.into_owned()
}

#[test]
fn a_csv_as_french_excel_writes_it_reads_the_same_with_a_warning() {
    let r = review("équipes.csv", french_excel_csv(), Some(&published()));
    assert_eq!(r.errors(), 0, "{:#?}", r.findings);
    assert_eq!(r.warnings(), 1);
    assert_eq!(
        r.findings[0].what,
        What::Sheet(micronit_model::sheet::SheetProblem::ReadAsWindows1252)
    );
    assert!(r.findings[0].message(Lang::Fr).contains("Windows-1252"));
    assert_eq!(r.checked(), Some(&published()));
    assert!(r.changes.expect("changes").is_empty());
}

#[test]
fn a_decimal_comma_in_a_comma_separated_file_is_still_an_error() {
    // Quoted, as it must be there: a value, not a separator.
    let csv = csv_with(|row| row.replace(",47.3941,", ",\"47,3941\","));
    let r = review("teams.csv", csv.into_bytes(), Some(&published()));
    assert_eq!(cell(only_error(&r)), (2, "lat".into(), "K2".into()));
}

#[test]
fn without_the_published_data_a_snapshot_is_checked_and_a_spreadsheet_says_why_not() {
    let r = review("consortium.json", BUNDLED.as_bytes().to_vec(), None);
    assert_eq!(r.errors(), 0);
    assert!(r.checked().is_some() && r.changes.is_none());
    let r = review("teams.csv", MISSPELT.to_vec(), None);
    assert_eq!(r.findings.len(), 1);
    assert_eq!(r.findings[0].what, What::NoPublished);
    assert!(r.findings[0].hint(Lang::En).contains(".json"));
}

const MISSPELT: &[u8] = include_bytes!("../../../tests/desk/misspelt.csv");

/// A team's sources changed in a spreadsheet are among the changes the desk lists, in the
/// `sources` column, each source a line.
#[test]
fn changed_sources_are_listed_among_the_changes() {
    let before = published();
    let mut after = before.clone();
    let team = after
        .teams
        .iter_mut()
        .find(|t| !t.sources.is_empty())
        .expect("a team with sources");
    team.sources[0].url = "https://example.org/moved".into();
    let changes = micronit_model::compare(&before, &after);
    let cells = &changes.changed[0].cells;
    assert_eq!(cells.len(), 1, "{cells:?}");
    assert_eq!(cells[0].column, "sources");
    assert!(
        cells[0].after.starts_with("https://example.org/moved | "),
        "{}",
        cells[0].after
    );
}

/// The desk finds the JSON parser's usual messages by their English, which must stay
/// serde_json's own words (`json_*` in `locales/desk/`): each is given here, and said in
/// French.
#[test]
fn each_usual_message_of_the_json_parser_is_said_in_french() {
    let unknown_field = BUNDLED.replacen(
        "\"schema_version\": 3,",
        "\"schema_version\": 3, \"colour\": 1,",
        1,
    );
    let cases: [(&str, &str); 14] = [
        ("{\"schema_version\": 3", "EOF while parsing"),
        ("{\"schema_version\": 3 \"x\": 1}", "expected `,` or `}`"),
        (
            "{\"schema_version\": 3, \"teams\": [1 2]}",
            "expected `,` or `]`",
        ),
        ("{\"schema_version\" 3}", "expected `:`"),
        ("{\"schema_version\": 3, \"x\": }", "expected value"),
        ("{\"schema_version\": 3, \"x\": tru}", "expected ident"),
        ("{\"schema_version\": 3, 1: 2}", "key must be a string"),
        ("{\"schema_version\": 3,}", "trailing comma"),
        ("{\"schema_version\": 3} x", "trailing characters"),
        (
            "{\"schema_version\": 3, \"x\": \"a\nb\"}",
            "control character",
        ),
        ("{\"schema_version\": 3, \"x\": \"\\q\"}", "invalid escape"),
        ("{\"schema_version\": 3}", "missing field"),
        (&unknown_field, "unknown field"),
        ("{\"schema_version\": 3, \"about\": 5}", "invalid type"),
    ];
    for (json, english) in cases {
        let r = review(
            "consortium.json",
            json.as_bytes().to_vec(),
            Some(&published()),
        );
        let f = only_error(&r);
        let (en, fr) = (f.message(Lang::En), f.message(Lang::Fr));
        assert!(en.contains(english), "{english}: {en}");
        assert!(
            !fr.contains(english),
            "{english} is not said in French: {fr}"
        );
    }
}
