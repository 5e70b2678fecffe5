//! Turns the words of the workspace's `locales/` into typed tables of strings: the
//! site's (`locales/fr.json`, `locales/en.json`: `i18n::Key`), the coordinators'
//! desk's (`locales/desk/*.json`: `i18n::desk::Key`, which only the desk's wasm carries)
//! and the validator's findings (`locales/findings/*.json`: `i18n::findings::Key`).
//!
//! Each key becomes a variant of its table's `Key`, so a misspelt key does not compile.
//! The build fails when the two files of a table do not have the same keys, when a string
//! is empty, or when a string's `{placeholders}` differ between the languages. Keys
//! starting with `sitejs_` are the strings of the site's plain script
//! (`public/root/site.js`, which reads them from the page), and `embedjs_` those of
//! `embed.js` for partner sites (written into it by the build): both checked the same,
//! left out of the table (see `scripts/site-text.mjs`).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn read(dir: &str, lang: &str) -> BTreeMap<String, String> {
    let path = format!("../../locales/{dir}{lang}.json");
    println!("cargo:rerun-if-changed={path}");
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{path} is not a flat JSON object of strings: {e}"))
}

fn placeholders(s: &str) -> BTreeSet<&str> {
    s.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

fn variant(key: &str) -> String {
    key.split('_')
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// The keys of `fr` and `en` that break the rules above, as messages naming `dir`.
fn check(dir: &str, fr: &BTreeMap<String, String>, en: &BTreeMap<String, String>) -> Vec<String> {
    let mut problems = Vec::new();
    for key in fr.keys().filter(|k| !en.contains_key(*k)) {
        problems.push(format!(
            "\"{key}\" is in {dir}fr.json but not in {dir}en.json"
        ));
    }
    for key in en.keys().filter(|k| !fr.contains_key(*k)) {
        problems.push(format!(
            "\"{key}\" is in {dir}en.json but not in {dir}fr.json"
        ));
    }
    for (key, fr_text) in fr {
        if !key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        {
            problems.push(format!("\"{key}\": keys are snake_case"));
        }
        let Some(en_text) = en.get(key) else { continue };
        if fr_text.trim().is_empty() {
            problems.push(format!("\"{key}\" is empty in {dir}fr.json"));
        }
        if en_text.trim().is_empty() {
            problems.push(format!("\"{key}\" is empty in {dir}en.json"));
        }
        if placeholders(fr_text) != placeholders(en_text) {
            problems.push(format!(
                "\"{key}\" has different {{placeholders}} in {dir}fr and {dir}en"
            ));
        }
    }
    problems
}

/// The Rust of a table: its `Key` enum and one array of strings per language.
fn table(fr: &BTreeMap<String, String>, en: &BTreeMap<String, String>) -> String {
    let mut out = String::new();
    let n = fr.len();
    out.push_str("/// A UI string, named by its key in `locales/`.\n");
    out.push_str(
        "#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\n#[repr(u16)]\npub enum Key {\n",
    );
    for key in fr.keys() {
        let _ = writeln!(out, "    /// `{key}`\n    {},", variant(key));
    }
    out.push_str("}\n\n");
    let _ = writeln!(
        out,
        "const FR: [&str; {n}] = {:?};",
        fr.values().collect::<Vec<_>>()
    );
    let _ = writeln!(
        out,
        "const EN: [&str; {n}] = {:?};",
        en.values().collect::<Vec<_>>()
    );
    out
}

fn main() {
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let mut problems = Vec::new();
    for (dir, file) in [
        ("", "i18n_keys.rs"),
        ("desk/", "i18n_desk_keys.rs"),
        ("findings/", "i18n_findings_keys.rs"),
    ] {
        let (fr, en) = (read(dir, "fr"), read(dir, "en"));
        problems.extend(check(dir, &fr, &en));
        // The app's strings; the plain scripts' come to them another way.
        let app = |all: BTreeMap<String, String>| -> BTreeMap<String, String> {
            all.into_iter()
                .filter(|(k, _)| !k.starts_with("sitejs_") && !k.starts_with("embedjs_"))
                .collect()
        };
        let code = table(&app(fr), &app(en));
        fs::write(Path::new(&out_dir).join(file), code).expect("write the generated key table");
    }
    if !problems.is_empty() {
        panic!("locales are inconsistent:\n  {}", problems.join("\n  "));
    }
    println!("cargo:rerun-if-changed=build.rs");
}
