//! A bounded fuzz run: thousands of damaged snapshots, made by a seeded generator from
//! a valid one, never make the parser or the validator panic, and the few that are
//! still accepted are consistent. The browser's reader (without serde) agrees with the
//! serde one on every file: same verdict, same values.

use micronit_model::{Rng, Snapshot};
use serde_json::{json, Value};

const BASE: &str = include_str!("../../../tests/corpus/valid-minimal.json");

/// Damages the text: truncations, byte changes, deletions, duplications, insertions.
fn mutate_text(rng: &mut Rng, text: &str) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for _ in 0..1 + rng.below(4) {
        let len = bytes.len().max(1);
        let at = rng.below(len);
        match rng.below(5) {
            0 => bytes.truncate(at),
            1 => {
                const SPECIAL: &[u8] = b"{}[]\",:\\0123456789-+.eE \n\ttrufalsn<>&\xc3\xa9\xff";
                if at < bytes.len() {
                    bytes[at] = SPECIAL[rng.below(SPECIAL.len())];
                }
            }
            2 => {
                let end = (at + rng.below(200)).min(bytes.len());
                bytes.drain(at.min(end)..end);
            }
            3 => {
                let end = (at + rng.below(200)).min(bytes.len());
                let piece = bytes[at.min(end)..end].to_vec();
                let to = rng.below(bytes.len().max(1));
                bytes.splice(to..to, piece);
            }
            _ => {
                const TOKENS: [&str; 8] = [
                    "null",
                    "[",
                    "{}",
                    "\"\\u0000\"",
                    "1e400",
                    "-0",
                    "\"<script>\"",
                    "[[[[[[[[",
                ];
                let token = TOKENS[rng.below(TOKENS.len())].as_bytes().to_vec();
                let at = at.min(bytes.len());
                bytes.splice(at..at, token);
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

fn random_value(rng: &mut Rng, depth: usize) -> Value {
    match rng.below(if depth > 3 { 6 } else { 8 }) {
        0 => Value::Null,
        1 => json!(rng.below(2) == 0),
        2 => json!(rng.next_u64() as i64),
        3 => json!(rng.unit() * 1e6 - 5e5),
        4 => json!(""),
        5 => json!(
            [
                "javascript:x",
                "<b>x</b>",
                "acute-leukemia",
                "lnox",
                "2019-02-30",
                "é"
            ][rng.below(6)]
        ),
        6 => Value::Array(
            (0..rng.below(4))
                .map(|_| random_value(rng, depth + 1))
                .collect(),
        ),
        _ => {
            let mut map = serde_json::Map::new();
            for key in ["fr", "en", "id", "lat", "lon"].iter().take(rng.below(5)) {
                map.insert((*key).to_owned(), random_value(rng, depth + 1));
            }
            Value::Object(map)
        }
    }
}

/// Replaces one value somewhere in the tree by a random one.
fn mutate_value(rng: &mut Rng, v: &mut Value) {
    let descend = rng.below(4) != 0;
    match v {
        Value::Object(map) if descend && !map.is_empty() => {
            let i = rng.below(map.len());
            if let Some(child) = map.values_mut().nth(i) {
                return mutate_value(rng, child);
            }
        }
        Value::Array(items) if descend && !items.is_empty() => {
            let i = rng.below(items.len());
            return mutate_value(rng, &mut items[i]);
        }
        _ => {}
    }
    *v = random_value(rng, 0);
}

/// Both readers give the same verdict, and the same snapshot when they accept it; with
/// `same_kind`, they also refuse for the same kind of fault (on badly broken text they
/// may not: serde reads the version before the end of the text, the other reader after).
fn agree_on(text: &str, same_kind: bool) -> bool {
    let full = Snapshot::from_json(text);
    let compact = Snapshot::from_json_compact(text);
    match (&full, &compact) {
        (Ok(a), Ok(b)) => {
            // Coordinates may differ in the last bit: the browser's reader does not carry
            // a full float parser (wasm size); a billionth of a degree is a millimetre.
            let (a, mut b): (Snapshot, Snapshot) = ((**a).clone(), (**b).clone());
            assert_eq!(a.teams.len(), b.teams.len());
            for (x, y) in a.teams.iter().zip(b.teams.iter_mut()) {
                assert!((x.location.lat - y.location.lat).abs() < 1e-9, "{}", x.id);
                assert!((x.location.lon - y.location.lon).abs() < 1e-9, "{}", x.id);
                y.location = x.location;
            }
            assert_eq!(a, b, "the readers read different values from {text}");
        }
        (Err(a), Err(b)) => {
            use micronit_model::SnapshotError::*;
            // Same kind of fault; validation finds the same problems at the same paths.
            let kind = |e: &micronit_model::SnapshotError| match e {
                Syntax { .. } | Shape { .. } => 0,
                UnsupportedVersion { .. } => 1,
                Invalid(_) => 2,
            };
            if same_kind {
                assert_eq!(kind(a), kind(b), "{a}\n---\n{b}\n---\n{text}");
            }
            if let (Invalid(x), Invalid(y)) = (a, b) {
                let paths = |v: &[micronit_model::Issue]| {
                    v.iter().map(|i| i.path.clone()).collect::<Vec<_>>()
                };
                assert_eq!(paths(x), paths(y));
            }
        }
        // serde also reads an object written as the array of its values (`["…", "…"]`
        // for a text), which the schema and the browser's reader refuse.
        (Ok(_), Err(micronit_model::SnapshotError::Shape { message, .. }))
            if message == "invalid type: an array, expected an object" => {}
        _ => panic!("the readers disagree: {full:?}\n---\n{compact:?}\n---\n{text}"),
    }
    full.is_ok()
}

fn agree(text: &str) -> bool {
    agree_on(text, false)
}

#[test]
fn both_readers_agree_on_the_corpus_and_the_bundled_snapshot() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = vec![root.join("public/data/consortium.json")];
    for entry in std::fs::read_dir(root.join("tests/corpus")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            files.push(path);
        }
    }
    assert!(files.len() > 30);
    for path in files {
        let bytes = std::fs::read(&path).unwrap();
        // Files that are not UTF-8 are refused before either reader sees them.
        if let Ok(text) = String::from_utf8(bytes) {
            agree_on(&text, true);
        }
    }
    let base = Snapshot::from_json(BASE).unwrap();
    let big = micronit_model::synthetic(&base, 300, 7);
    assert!(agree_on(&serde_json::to_string_pretty(&big).unwrap(), true));
}

#[test]
fn damaged_text_never_panics() {
    let mut rng = Rng::new(0x5eed);
    let mut refused = 0;
    for _ in 0..4000 {
        let text = mutate_text(&mut rng, BASE);
        if !agree(&text) {
            refused += 1;
        }
    }
    // Almost every damaged file is refused; none crashed the parser.
    assert!(refused > 3000, "only {refused} refused");
}

#[test]
fn damaged_values_never_panic_and_accepted_ones_are_consistent() {
    let base: Value = serde_json::from_str(BASE).unwrap();
    let mut rng = Rng::new(42);
    for _ in 0..4000 {
        let mut v = base.clone();
        for _ in 0..1 + rng.below(3) {
            mutate_value(&mut rng, &mut v);
        }
        agree(&v.to_string());
        if let Ok(c) = Snapshot::from_json(&v.to_string()) {
            for t in &c.teams {
                assert!(t.axes.iter().all(|n| c.axis(*n).is_some()));
                assert!(t
                    .website
                    .as_deref()
                    .is_none_or(micronit_model::validate::is_safe_link));
            }
        }
    }
}
