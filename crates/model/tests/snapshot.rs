//! The bundled snapshot loads, and every kind of broken snapshot is refused with the
//! JSON path of the fault.

use micronit_model::{
    Consortium, Lang, Membership, Problem, Severity, Snapshot, SnapshotError, TumorGroup,
};
use serde_json::{json, Value};

const BUNDLED: &str = include_str!("../../../public/data/consortium.json");

fn bundled_value() -> Value {
    serde_json::from_str(BUNDLED).expect("bundled snapshot is JSON")
}

fn load(value: &Value) -> Result<Consortium, SnapshotError> {
    Snapshot::from_json(&value.to_string())
}

/// The errors of a snapshot that must be refused, as "path: message" lines.
fn errors(value: &Value) -> Vec<(String, Problem)> {
    match load(value) {
        Err(SnapshotError::Invalid(issues)) => {
            issues.into_iter().map(|i| (i.path, i.problem)).collect()
        }
        other => panic!("expected validation errors, got {other:?}"),
    }
}

#[test]
fn bundled_snapshot_is_valid_and_complete_in_both_languages() {
    let c = Snapshot::from_json(BUNDLED).expect("bundled snapshot loads");
    assert!(
        c.warnings().is_empty(),
        "bundled snapshot has warnings: {:?}",
        c.warnings()
    );
    assert_eq!(c.about.name, "Micronit");
    assert_eq!(c.about.gdr, "GDR 3697");
    assert_eq!(c.axes.len(), 3);
    let hema = c
        .tumor_types
        .iter()
        .filter(|t| t.group == TumorGroup::Hematological)
        .count();
    let solid = c
        .tumor_types
        .iter()
        .filter(|t| t.group == TumorGroup::Solid)
        .count();
    assert_eq!((hema, solid), (6, 8));
    assert_eq!(c.expertise.len(), 13);
    let lnox = c.team("lnox").expect("LNOx is in the snapshot");
    assert_eq!(lnox.city, "Tours");
    assert_eq!(
        lnox.leaders,
        [micronit_model::Leader::named("Olivier Hérault")]
    );
    assert!(!lnox.illustrative);
    assert_eq!(lnox.status, Membership::Member);
    let f = c.figures();
    let declared = &f.declared;
    assert_eq!(
        (declared.teams, declared.members, declared.associated),
        (27, 17, 10)
    );
    assert_eq!(f.listed.teams, 27);
}

#[test]
fn every_axis_tumor_type_and_area_of_expertise_has_a_team() {
    let c = Snapshot::from_json(BUNDLED).unwrap();
    for axis in &c.axes {
        assert!(
            c.teams_of_axis(axis.number).next().is_some(),
            "axis {}",
            axis.number
        );
    }
    for tt in &c.tumor_types {
        assert!(
            c.teams.iter().any(|t| t.tumor_types.contains(&tt.id)),
            "{}",
            tt.id
        );
    }
    for e in &c.expertise {
        assert!(
            c.teams.iter().any(|t| t.expertise.contains(&e.id)),
            "{}",
            e.id
        );
    }
}

#[test]
fn the_teams_the_sources_confirm_are_real_and_cite_them() {
    let c = Snapshot::from_json(BUNDLED).unwrap();
    let real: Vec<&str> = c
        .teams
        .iter()
        .filter(|t| !t.illustrative)
        .map(|t| t.id.as_str())
        .collect();
    assert_eq!(
        real,
        [
            "lnox",
            "institut-claudius-regaud",
            "crcl-bmp",
            "crcina-team-10",
            "stim-cmcs"
        ]
    );
    for id in &real[2..] {
        let team = c.team(id).expect("a real team");
        // Where the sources give no status, the entry does not guess one.
        assert_eq!(team.status, Membership::Unstated, "{id}");
        assert!(team.sources.len() >= 2, "{id}");
    }
    // The Cancéropôle Grand Ouest teams cite the network-wide statement beside their page.
    for id in ["crcina-team-10", "stim-cmcs"] {
        let team = c.team(id).expect("a real team");
        assert!(
            team.sources
                .iter()
                .any(|s| s.url == "http://cancer-niches-cgo.fr/index.php/research.html"),
            "{id}"
        );
    }
    // Each replaces an illustrative entry of its city: each city keeps its teams.
    for city in ["Lyon", "Nantes", "Poitiers"] {
        let n = c.teams.iter().filter(|t| t.city == city).count();
        let real = c
            .teams
            .iter()
            .filter(|t| t.city == city && !t.illustrative)
            .count();
        assert_eq!((n, real), (if city == "Lyon" { 2 } else { 1 }, 1), "{city}");
    }
}

#[test]
fn illustrative_entries_name_no_person() {
    let c = Snapshot::from_json(BUNDLED).unwrap();
    let illustrative: Vec<_> = c.teams.iter().filter(|t| t.illustrative).collect();
    assert_eq!(illustrative.len(), 22);
    for t in illustrative {
        assert!(t.leaders.is_empty(), "{} names a leader", t.id);
        assert!(t.website.is_none() && t.unit.is_none(), "{}", t.id);
    }
}

/// The indices of the bundled teams with `status`.
fn with_status(v: &Value, status: &str) -> Vec<usize> {
    let teams = v["teams"].as_array().expect("teams");
    (0..teams.len())
        .filter(|&i| teams[i]["status"] == status)
        .collect()
}

/// The validator's two findings when the bundled snapshot lists `members` member and
/// `associated` associated teams, with `unstated` whose status is not stated, against the
/// declared 17 and 10.
fn counts_out_of_reach(
    members: usize,
    associated: usize,
    unstated: usize,
) -> [(String, Problem); 2] {
    let finding = |field: &str, what, declared, found| {
        (
            format!("about.declared_counts.{field}"),
            Problem::CountMismatch {
                what,
                declared,
                found,
                unstated,
            },
        )
    };
    [
        finding("members", micronit_model::Declared::Members, 17, members),
        finding(
            "associated",
            micronit_model::Declared::Associated,
            10,
            associated,
        ),
    ]
}

#[test]
fn teams_whose_status_is_not_stated_make_up_the_declared_counts() {
    let v = bundled_value();
    let unstated = with_status(&v, "unstated");
    assert_eq!(unstated.len(), 4);
    let c = load(&v).expect("the bundled snapshot is valid");
    let f = c.figures();
    assert_eq!(
        (f.listed.members, f.listed.associated, f.listed.unstated),
        (14, 9, 4)
    );
    // Two members more among the associated teams: 11 of 10, and 12 members that the
    // four unstated teams cannot bring to 17.
    let mut v = bundled_value();
    for i in with_status(&v, "member").into_iter().skip(1).take(2) {
        v["teams"][i]["status"] = json!("associated");
    }
    assert_eq!(errors(&v), counts_out_of_reach(12, 11, 4));
}

#[test]
fn with_every_status_stated_the_counts_must_be_the_declared_ones() {
    let mut v = bundled_value();
    let unstated = with_status(&v, "unstated");
    for (k, i) in unstated.into_iter().enumerate() {
        v["teams"][i]["status"] = json!(if k == 0 { "associated" } else { "member" });
    }
    load(&v).expect("17 members and 10 associated teams, as declared");
    v["teams"][0]["status"] = json!("associated");
    assert_eq!(errors(&v), counts_out_of_reach(16, 11, 0));
}

#[test]
fn syntax_error_gives_line_and_column() {
    let err = Snapshot::from_json("{\n  \"schema_version\": 1,\n  oops\n}").unwrap_err();
    match err {
        SnapshotError::Syntax { line, column, .. } => assert_eq!((line, column), (3, 3)),
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[test]
fn empty_and_non_object_files_are_refused() {
    assert!(matches!(
        Snapshot::from_json(""),
        Err(SnapshotError::Syntax { .. })
    ));
    assert!(matches!(
        Snapshot::from_json("[]"),
        Err(SnapshotError::UnsupportedVersion { found: None })
    ));
}

#[test]
fn unsupported_schema_version_is_named() {
    let mut v = bundled_value();
    v["schema_version"] = json!(99);
    let err = load(&v).unwrap_err();
    assert_eq!(err, SnapshotError::UnsupportedVersion { found: Some(99) });
    assert!(err.to_string().contains("99"));
}

#[test]
fn shape_errors_carry_the_json_path() {
    let mut v = bundled_value();
    v["teams"][0]["axes"] = json!("two");
    match load(&v).unwrap_err() {
        SnapshotError::Shape { path, column, .. } => {
            assert_eq!(path.as_deref(), Some("teams[0].axes"));
            assert!(column > 1);
        }
        other => panic!("expected a shape error, got {other:?}"),
    }

    let mut v = bundled_value();
    v["teams"][0]["citty"] = json!("Tours");
    match load(&v).unwrap_err() {
        SnapshotError::Shape { path, message, .. } => {
            assert_eq!(path.as_deref(), Some("teams[0].citty"));
            assert!(message.contains("unknown field"), "{message}");
        }
        other => panic!("expected a shape error, got {other:?}"),
    }

    let mut v = bundled_value();
    v["teams"][0].as_object_mut().unwrap().remove("city");
    match load(&v).unwrap_err() {
        SnapshotError::Shape { path, message, .. } => {
            assert_eq!(path.as_deref(), Some("teams[0]"));
            assert!(message.contains("city"), "{message}");
        }
        other => panic!("expected a shape error, got {other:?}"),
    }
}

#[test]
fn duplicate_and_malformed_ids_are_errors() {
    let mut v = bundled_value();
    let first = v["tumor_types"][0].clone();
    v["tumor_types"].as_array_mut().unwrap().push(first);
    v["expertise"][1]["id"] = json!("Angio Genesis");
    v["axes"][2]["number"] = json!(1);
    let errs = errors(&v);
    assert!(errs.contains(&(
        "tumor_types[14].id".into(),
        Problem::Duplicate("myelodysplasia".into())
    )));
    assert!(errs.contains(&(
        "expertise[1].id".into(),
        Problem::BadId("Angio Genesis".into())
    )));
    assert!(errs.contains(&("axes[2].number".into(), Problem::Duplicate("1".into()))));
}

#[test]
fn references_must_resolve() {
    let mut v = bundled_value();
    v["teams"][0]["axes"] = json!([2, 7]);
    v["teams"][0]["tumor_types"] = json!(["acute-leukemia", "leukaemia"]);
    v["teams"][0]["expertise"] = json!(["nope"]);
    v["teams"][0]["institutions"] = json!(["cnrs", "nasa"]);
    v["teams"][0]["region"] = json!("atlantis");
    v["news"][0]["teams"] = json!(["ghost"]);
    let errs = errors(&v);
    let paths: Vec<&str> = errs.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(
        paths,
        [
            "teams[0].region",
            "teams[0].axes[1]",
            "teams[0].tumor_types[1]",
            "teams[0].expertise[0]",
            "teams[0].institutions[1]",
            "news[0].teams[0]"
        ]
    );
    assert_eq!(
        errs[2].1.to_string(),
        "unknown tumor type \"leukaemia\"".to_string()
    );
}

#[test]
fn links_must_be_absolute_http() {
    for bad in [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "data:text/html,<b>x</b>",
        "/relative",
        "https://",
        "https://exa mple.org",
        "ftp://example.org",
    ] {
        let mut v = bundled_value();
        v["teams"][0]["website"] = json!(bad);
        assert_eq!(
            errors(&v),
            [(
                "teams[0].website".to_string(),
                Problem::UnsafeLink(bad.into())
            )],
            "{bad}"
        );
    }
    let mut v = bundled_value();
    v["news"][0]["links"][0]["url"] = json!("javascript:void(0)");
    assert_eq!(errors(&v)[0].0, "news[0].links[0].url");
}

#[test]
fn coordinates_must_be_in_france() {
    let mut v = bundled_value();
    // Swapped latitude and longitude of Tours: in the Gulf of Guinea.
    v["teams"][0]["location"] = json!({ "lat": 0.68, "lon": 47.39 });
    assert_eq!(errors(&v)[0].0, "teams[0].location");
    // Saint-Denis, La Réunion, is an overseas region.
    v["teams"][0]["location"] = json!({ "lat": -20.88, "lon": 55.45 });
    assert!(load(&v).is_ok());
    // Ajaccio, Corsica, is inside.
    v["teams"][0]["location"] = json!({ "lat": 41.92, "lon": 8.74 });
    assert!(load(&v).is_ok());
}

#[test]
fn dates_must_be_real() {
    let mut v = bundled_value();
    v["news"][0]["date"] = json!("2019-02-30");
    v["events"][0]["end"] = json!("2019-11-06");
    v["about"]["created"] = json!("2015-13");
    let errs = errors(&v);
    assert!(errs.contains(&("about.created".into(), Problem::BadDate("2015-13".into()))));
    assert!(errs.contains(&("news[0].date".into(), Problem::BadDate("2019-02-30".into()))));
    assert!(errs.contains(&("events[0].end".into(), Problem::EndsBeforeStart)));
}

#[test]
fn a_missing_translation_is_a_warning_and_falls_back() {
    let mut v = bundled_value();
    v["teams"][0]["description"]["en"] = json!("");
    let c = load(&v).expect("a missing translation does not refuse the snapshot");
    let w = c.warnings();
    assert_eq!(w.len(), 1);
    assert_eq!(w[0].path, "teams[0].description");
    assert_eq!(w[0].problem, Problem::MissingTranslation(Lang::En));
    assert_eq!(w[0].severity(), Severity::Warning);
    let shown = c.team("lnox").unwrap().description.get(Lang::En);
    assert_eq!(shown.lang, Lang::Fr);
    assert!(shown.text.starts_with("L’équipe"));

    // A key left out entirely is the same as an empty one.
    let mut v = bundled_value();
    v["axes"][0]["title"].as_object_mut().unwrap().remove("fr");
    let c = load(&v).unwrap();
    assert_eq!(
        c.warnings()[0].problem,
        Problem::MissingTranslation(Lang::Fr)
    );
    assert_eq!(c.axis(1).unwrap().title.get(Lang::Fr).lang, Lang::En);
}

#[test]
fn a_text_missing_in_both_languages_is_an_error() {
    let mut v = bundled_value();
    v["axes"][1]["title"] = json!({ "fr": " ", "en": "" });
    assert_eq!(
        errors(&v),
        [("axes[1].title".to_string(), Problem::MissingText)]
    );
}

#[test]
fn all_errors_are_reported_at_once() {
    let mut v = bundled_value();
    v["teams"][0]["website"] = json!("javascript:x");
    v["teams"][0]["location"] = json!({ "lat": 0.0, "lon": 0.0 });
    v["updated"] = json!("yesterday");
    let err = load(&v).unwrap_err();
    let text = err.to_string();
    assert!(text.starts_with("3 problem(s)"), "{text}");
    assert!(text.contains("updated: \"yesterday\" is not a valid date"));
}

#[test]
fn lookups_and_figures() {
    let c = Snapshot::from_json(BUNDLED).unwrap();
    assert!(c.team("unknown-team").is_none());
    assert!(c.axis(4).is_none());
    assert_eq!(c.axis(2).unwrap().number, 2);
    assert!(c.teams_of_axis(2).any(|t| t.id == "lnox"));
    let f = c.figures();
    let l = f.listed;
    assert_eq!(l.teams, c.teams.len());
    assert_eq!(l.members + l.associated + l.unstated, l.teams);
    // What the sources confirm: the teams that are not illustrative, by status.
    let known = c.teams.iter().filter(|t| !t.illustrative).count();
    assert_eq!(f.known.teams, known);
    assert_eq!(
        f.known.members + f.known.associated + f.known.unstated,
        known
    );
    assert_eq!((f.axes, f.tumor_types, f.expertise), (3, 14, 13));
    let news = c.news_newest_first();
    let dated: Vec<_> = news.iter().map_while(|n| n.date.as_ref()).collect();
    assert!(dated.windows(2).all(|w| w[0] >= w[1]));
    assert!(news[dated.len()..].iter().all(|n| n.date.is_none()));
}

#[test]
fn each_error_says_where_it_is_and_what_to_do() {
    // Misspell the first use of a tumor type id in the teams.
    let teams_start = BUNDLED.find("\"teams\": [").unwrap();
    let (head, tail) = BUNDLED.split_at(teams_start);
    let text = format!(
        "{head}{}",
        tail.replacen("\"acute-leukemia\"", "\"acute-leukaemia\"", 1)
    );
    let err = Snapshot::from_json(&text).unwrap_err();
    let SnapshotError::Invalid(issues) = err else {
        panic!("expected validation errors, got {err:?}");
    };
    assert_eq!(issues.len(), 1, "{issues:?}");
    let issue = &issues[0];
    // The line and column of the misspelt id in the file.
    let (line_no, line) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("acute-leukaemia"))
        .unwrap();
    let column = line.find('"').unwrap() + 1;
    let position = issue.position.expect("the issue is located");
    assert_eq!((position.line, position.column), (line_no + 1, column));
    assert_eq!(
        issue.problem.hint(Lang::En),
        "did you mean \"acute-leukemia\"? Otherwise, define this tumor type first"
    );
    let shown = issue.to_string();
    assert!(
        shown.starts_with(&format!("line {}, column {column}: teams[", line_no + 1)),
        "{shown}"
    );
}

#[test]
fn a_byte_order_mark_is_tolerated() {
    let with_bom = format!("\u{feff}{BUNDLED}");
    assert!(Snapshot::from_json(&with_bom).is_ok());
}
