//! A bounded fuzz run: thousands of damaged snapshots, made by a seeded generator from
//! a valid one, never make the parser or the validator panic, and the few that are
//! still accepted are consistent. (The browser and the data tool read snapshots with
//! the same code, so this covers both.)

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

/// Reads a damaged snapshot: whatever the verdict, reading it never panics.
fn accepted(text: &str) -> bool {
    Snapshot::from_json(text).is_ok()
}

#[test]
fn damaged_text_never_panics() {
    let mut rng = Rng::new(0x5eed);
    let mut refused = 0;
    for _ in 0..4000 {
        let text = mutate_text(&mut rng, BASE);
        if !accepted(&text) {
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
