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
        output.contains("valid: 27 teams (17 members, 10 associated), 0 warning(s)"),
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
        out.contains("27 teams (17 members, 10 associated; 25 illustrative)"),
        "{out}"
    );
    assert!(out.contains("Teams by tumor type"));
    assert!(out.contains("Centre-Val de Loire"));
}

#[test]
fn usage_errors_exit_with_2() {
    assert_eq!(run(&[]).0, 2);
    assert_eq!(run(&["synth", "--teams", "many"]).0, 2);
    assert_eq!(run(&["validate", "no/such/file.json"]).0, 1);
}
