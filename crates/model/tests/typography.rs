//! Every UI string and snapshot text exists in both languages, and each language is
//! typeset its own way: French puts a non-breaking space before `: ; ? !` and inside
//! `« »`; English puts none there.

// Native code: the one-sort rule of clippy.toml is the wasm's.
#![allow(clippy::disallowed_methods)]

use serde_json::Value;

const SNAPSHOT: &str = include_str!("../../../public/data/consortium.json");
const FR: &str = include_str!("../../../locales/fr.json");
const EN: &str = include_str!("../../../locales/en.json");
const DESK_FR: &str = include_str!("../../../locales/desk/fr.json");
const DESK_EN: &str = include_str!("../../../locales/desk/en.json");
const FINDINGS_FR: &str = include_str!("../../../locales/findings/fr.json");
const FINDINGS_EN: &str = include_str!("../../../locales/findings/en.json");

const NBSP: [char; 2] = ['\u{a0}', '\u{202f}'];

/// Collects every `{ "fr": ..., "en": ... }` text of a JSON tree with its path.
fn texts(value: &Value, path: String, out: &mut Vec<(String, String, String)>) {
    match value {
        Value::Object(map) if map.contains_key("fr") || map.contains_key("en") => {
            let get = |k: &str| map.get(k).and_then(Value::as_str).unwrap_or("").to_owned();
            out.push((path, get("fr"), get("en")));
        }
        Value::Object(map) => {
            for (k, v) in map {
                texts(v, format!("{path}.{k}"), out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                texts(v, format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

/// The French typography mistakes in `s`.
fn french_problems(s: &str) -> Vec<String> {
    let chars: Vec<char> = s.chars().collect();
    let mut problems = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        // A colon or semicolon inside a word is not punctuation: "https://", "1;3".
        let inside_a_word = matches!(c, ':' | ';')
            && before.is_some_and(|b| !b.is_whitespace())
            && after.is_some_and(|a| !a.is_whitespace());
        match c {
            ':' | ';' | '?' | '!' | '»'
                if !inside_a_word && !before.is_some_and(|b| NBSP.contains(&b)) =>
            {
                problems.push(format!("no non-breaking space before '{c}' at {i}"))
            }
            '«' if !after.is_some_and(|a| NBSP.contains(&a)) => {
                problems.push(format!("no non-breaking space after '«' at {i}"))
            }
            _ => {}
        }
    }
    problems
}

fn english_problems(s: &str) -> Vec<String> {
    let mut problems = Vec::new();
    if s.contains(NBSP) {
        problems.push("non-breaking space (French spacing) in English text".to_owned());
    }
    if s.contains(['«', '»']) {
        problems.push("French quotation marks in English text".to_owned());
    }
    problems
}

fn check(label: &str, fr: &str, en: &str, failures: &mut Vec<String>) {
    if fr.trim().is_empty() {
        failures.push(format!("{label}: French missing"));
    }
    if en.trim().is_empty() {
        failures.push(format!("{label}: English missing"));
    }
    for p in french_problems(fr) {
        failures.push(format!("{label} (fr): {p}: {fr:?}"));
    }
    for p in english_problems(en) {
        failures.push(format!("{label} (en): {p}: {en:?}"));
    }
}

#[test]
fn snapshot_texts_are_bilingual_and_well_typeset() {
    let value: Value = serde_json::from_str(SNAPSHOT).expect("snapshot is JSON");
    let mut all = Vec::new();
    texts(&value, String::new(), &mut all);
    assert!(all.len() > 50, "found only {} texts", all.len());
    let mut failures = Vec::new();
    for (path, fr, en) in &all {
        check(path, fr, en, &mut failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The failures of one table of UI strings (`fr` and `en`, the two files' text).
fn ui_table(fr: &str, en: &str) -> Vec<String> {
    let fr: serde_json::Map<String, Value> = serde_json::from_str(fr).expect("French JSON");
    let en: serde_json::Map<String, Value> = serde_json::from_str(en).expect("English JSON");
    let mut keys: Vec<&String> = fr.keys().chain(en.keys()).collect();
    keys.sort();
    keys.dedup();
    let mut failures = Vec::new();
    for key in keys {
        let get = |m: &serde_json::Map<String, Value>| {
            m.get(key).and_then(Value::as_str).unwrap_or("").to_owned()
        };
        // The language switch of a page is written in the other language, on purpose.
        if key == "lang_switch_to" {
            continue;
        }
        check(key, &get(&fr), &get(&en), &mut failures);
    }
    failures
}

#[test]
fn ui_strings_are_bilingual_and_well_typeset() {
    let failures = ui_table(FR, EN);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The coordinators' desk's words: the same rules, in the same checker.
#[test]
fn the_desk_s_words_are_bilingual_and_well_typeset() {
    let failures = ui_table(DESK_FR, DESK_EN);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The validator's findings: the same (what to do about them is in the desk's words).
#[test]
fn the_findings_are_bilingual_and_well_typeset() {
    let failures = ui_table(FINDINGS_FR, FINDINGS_EN);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_checker_catches_mistakes() {
    assert!(french_problems("https://example.org, 1;3").is_empty());
    assert_eq!(french_problems("voir : https://example.org").len(), 1);
    assert_eq!(french_problems("voir :https://example.org").len(), 1);
    assert_eq!(french_problems("Axe 1 : structure").len(), 1);
    assert_eq!(french_problems("« équipes associées »").len(), 2);
    assert!(french_problems("Axe 1\u{a0}: structure\u{202f}; «\u{a0}x\u{a0}»").is_empty());
    assert_eq!(english_problems("Axis 1\u{a0}: structure").len(), 1);
}
