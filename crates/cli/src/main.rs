//! `micronit-data`: the coordinators' tool for the consortium snapshot.
//!
//! ```text
//! micronit-data validate [--strict] FILE...
//!                                       check snapshots; every problem with line, column and
//!                                       hint (--strict: warnings fail too)
//! micronit-data stats FILE              teams per axis, tumor type, expertise, region, status
//! micronit-data synth --teams N [--seed S] [--base FILE]
//!                                       a valid synthetic snapshot of N teams, on stdout
//! micronit-data bench [--teams N]       time parse + validate of the bundled and a synthetic snapshot
//! micronit-data schema                  the JSON Schema of the snapshot format, on stdout
//! micronit-data map-geometry TOPOJSON [--tolerance M] [--min-area KM2]
//!                                       the outline of France for the map, on stdout
//! micronit-data export-csv FILE         the teams as CSV (spreadsheet layout in docs/data.md), on stdout
//! micronit-data open-data FILE --output DIR [--site URL-OR-PATH]
//!                                       the open data files (GeoJSON, CSV, calendars, Atom
//!                                       feeds) under DIR, for the site served there (/)
//! micronit-data structured-data FILE [--site URL-OR-PATH]
//!                                       each page's schema.org JSON-LD, as a JSON object
//!                                       from page path to script text, on stdout
//! micronit-data sitemap FILE --base-url URL --output DIR
//!                                       sitemap.xml and robots.txt for the site served at URL
//! micronit-data import-csv FILE CSV [--output OUT]
//!                                       FILE with its teams replaced by those of CSV (or an
//!                                       .xlsx or .ods spreadsheet), checked,
//!                                       written to OUT (or stdout)
//! micronit-data migrate FILE [--output OUT]
//!                                       FILE, checked, written in the current format
//!                                       version to OUT (or stdout)
//! ```
//! Exit status: 0 when everything is valid, 1 when a snapshot has errors, 2 on a usage
//! or file error.

mod map_geometry;
mod open_data;
mod sitemap;

use std::collections::BTreeMap;
use std::process::ExitCode;
use std::time::Instant;

use micronit_model::closeness;
use micronit_model::review::{FileKind, Finding, Place};
use micronit_model::{
    cluster, synthetic, to_lambert93, Consortium, Facet, Filter, Index, Lang, Membership, Severity,
    Snapshot, SnapshotError, READABLE_VERSIONS, SCHEMA_VERSION,
};

const BUNDLED: &str = include_str!("../../../public/data/consortium.json");

const USAGE: &str = "usage:
  micronit-data validate [--strict] FILE...
  micronit-data stats FILE
  micronit-data synth --teams N [--seed S] [--base FILE]
  micronit-data bench [--teams N]
  micronit-data schema
  micronit-data export-csv FILE
  micronit-data map-geometry TOPOJSON [--tolerance M] [--min-area KM2]
  micronit-data import-csv FILE CSV [--output OUT]
  micronit-data migrate FILE [--output OUT]
  micronit-data open-data FILE --output DIR [--site URL-OR-PATH]
  micronit-data structured-data FILE [--site URL-OR-PATH]
  micronit-data sitemap FILE --base-url URL --output DIR";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("validate") if args.len() > 1 => validate(&args[1..]),
        Some("stats") if args.len() == 2 => stats(&args[1]),
        Some("synth") => synth(&args[1..]),
        Some("bench") => bench(&args[1..]),
        Some("export-csv") if args.len() == 2 => export_csv(&args[1]),
        Some("map-geometry") if args.len() >= 2 => map_geometry(&args[1], &args[2..]),
        Some("sitemap") if args.len() >= 2 => write_sitemap(&args[1], &args[2..]),
        Some("open-data") if args.len() >= 2 => write_open_data(&args[1], &args[2..]),
        Some("structured-data") if args.len() >= 2 => structured_data(&args[1], &args[2..]),
        Some("import-csv") if args.len() >= 3 => import_csv(&args[1], &args[2], &args[3..]),
        Some("migrate") if args.len() >= 2 => migrate(&args[1], &args[2..]),
        Some("schema") if args.len() == 1 => {
            println!("{}", schema());
            Ok(ExitCode::SUCCESS)
        }
        Some("help" | "--help" | "-h") => {
            println!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        _ => Err(USAGE.to_owned()),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::from(2)
        }
    }
}

/// Reads a snapshot file as UTF-8 text, with a clear message for the usual mistakes.
fn read(path: &str) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{path}: cannot read: {e}"))?;
    micronit_model::snapshot_text(bytes).map_err(|e| format!("{path}: {e}"))
}

/// Every problem of a snapshot that cannot be used, one per line.
fn describe(error: &SnapshotError) -> Vec<String> {
    match error {
        SnapshotError::Invalid(issues) => issues.iter().map(ToString::to_string).collect(),
        SnapshotError::Shape { .. } => {
            let hint = micronit_model::i18n::desk::tf(
                Lang::En,
                micronit_model::i18n::desk::Key::HintSnapshotShape,
                &[(
                    "schema",
                    &format!("public/{}", micronit_model::open_data::SCHEMA_PATH),
                )],
            );
            vec![format!("{error} (hint: {hint})")]
        }
        other => vec![other.to_string()],
    }
}

fn validate(args: &[String]) -> Result<ExitCode, String> {
    // With --strict, warnings (a missing translation) fail too: for checks before publishing.
    let strict = args.iter().any(|a| a == "--strict");
    let paths: Vec<&String> = args.iter().filter(|a| *a != "--strict").collect();
    if paths.is_empty() {
        return Err(USAGE.to_owned());
    }
    let mut all_valid = true;
    for path in paths {
        let json = match read(path) {
            Ok(json) => json,
            Err(message) => {
                println!("{message}");
                all_valid = false;
                continue;
            }
        };
        match Snapshot::from_json(&json) {
            Ok(c) => {
                let f = c.figures();
                println!(
                    "{path}: valid: {} ({}, {} associated, {} status not stated), {} warning(s)",
                    counted(f.listed.teams, "team", "teams"),
                    counted(f.listed.members, "member", "members"),
                    f.listed.associated,
                    f.listed.unstated,
                    c.warnings().len()
                );
                for w in c.warnings() {
                    println!("  warning: {w}");
                }
                if strict && !c.warnings().is_empty() {
                    all_valid = false;
                }
            }
            Err(error) => {
                all_valid = false;
                let lines = describe(&error);
                println!("{path}: {} error(s)", lines.len());
                for line in lines {
                    println!("  error: {line}");
                }
            }
        }
    }
    Ok(if all_valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn load(path: &str) -> Result<Consortium, String> {
    let json = read(path)?;
    Snapshot::from_json(&json).map_err(|e| {
        format!(
            "{path} is not valid:\n  {}\n(run `micronit-data validate {path}`)",
            describe(&e).join("\n  ")
        )
    })
}

fn table(title: &str, rows: Vec<(String, usize)>) {
    println!("\n{title}");
    let width = rows
        .iter()
        .map(|(l, _)| l.chars().count())
        .max()
        .unwrap_or(0);
    for (label, n) in rows {
        let pad = width - label.chars().count();
        println!("  {label}{}  {n:>4}", " ".repeat(pad));
    }
}

/// "1 member", "14 members": the data tool speaks English.
fn counted(n: usize, one: &str, other: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { other })
}

fn stats(path: &str) -> Result<ExitCode, String> {
    let c = load(path)?;
    let f = c.figures();
    let illustrative = c.teams.iter().filter(|t| t.illustrative).count();
    println!(
        "{path}: {} ({}, {} associated, {} status not stated; {illustrative} illustrative) in {}",
        counted(f.listed.teams, "team", "teams"),
        counted(f.listed.members, "member", "members"),
        f.listed.associated,
        f.listed.unstated,
        counted(f.cities, "city", "cities")
    );
    // Teams per option of each facet: the filter engine's counts with nothing selected.
    let all = Index::new(c.snapshot()).apply(&Filter::default());
    let rows = |facet: Facet, options: Vec<(String, String)>| -> Vec<(String, usize)> {
        options
            .into_iter()
            .map(|(value, label)| (label, all.count(facet, &value)))
            .collect()
    };
    let named =
        |id: &str, name: &micronit_model::Text| (id.to_owned(), name.in_lang(Lang::En).to_owned());
    table(
        "Teams by axis",
        rows(
            Facet::Axis,
            c.axes
                .iter()
                .map(|a| {
                    (
                        a.number.to_string(),
                        format!("{} {}", a.number, a.title.in_lang(Lang::En)),
                    )
                })
                .collect(),
        ),
    );
    table(
        "Teams by tumor type",
        rows(
            Facet::TumorType,
            c.tumor_types
                .iter()
                .map(|x| named(&x.id, &x.name))
                .collect(),
        ),
    );
    table(
        "Teams by area of expertise",
        rows(
            Facet::Expertise,
            c.expertise.iter().map(|x| named(&x.id, &x.name)).collect(),
        ),
    );
    let mut regions = rows(
        Facet::Region,
        c.regions.iter().map(|x| named(&x.id, &x.name)).collect(),
    );
    regions.retain(|(_, n)| *n > 0);
    table("Teams by region", regions);
    table(
        "Teams by status",
        rows(
            Facet::Status,
            [
                (Membership::Member, "GDR member"),
                (Membership::Associated, "associated team"),
                (Membership::Unstated, "status not stated"),
            ]
            .into_iter()
            .map(|(m, label)| (m.code().to_owned(), label.to_owned()))
            .collect(),
        ),
    );
    Ok(ExitCode::SUCCESS)
}

/// Parses `--name value` options.
fn options(args: &[String], allowed: &[&str]) -> Result<BTreeMap<String, String>, String> {
    let mut out = BTreeMap::new();
    let mut it = args.iter();
    while let Some(name) = it.next() {
        let key = name
            .strip_prefix("--")
            .filter(|k| allowed.contains(k))
            .ok_or_else(|| format!("unknown option {name}\n{USAGE}"))?;
        let value = it.next().ok_or_else(|| format!("{name} needs a value"))?;
        out.insert(key.to_owned(), value.clone());
    }
    Ok(out)
}

fn number(opts: &BTreeMap<String, String>, key: &str, default: u64) -> Result<u64, String> {
    opts.get(key)
        .map(|v| {
            v.parse()
                .map_err(|_| format!("--{key} must be a whole number, not \"{v}\""))
        })
        .unwrap_or(Ok(default))
}

fn synth(args: &[String]) -> Result<ExitCode, String> {
    let opts = options(args, &["teams", "seed", "base"])?;
    let teams = usize::try_from(number(&opts, "teams", 0)?).map_err(|e| e.to_string())?;
    if teams == 0 {
        return Err(format!("synth needs --teams N with N > 0\n{USAGE}"));
    }
    let seed = number(&opts, "seed", 1)?;
    let base = match opts.get("base") {
        Some(path) => load(path)?,
        None => Snapshot::from_json(BUNDLED).map_err(|e| e.to_string())?,
    };
    let snapshot = synthetic(base.snapshot(), teams, seed);
    print!("{}", micronit_model::write_snapshot(&snapshot)?);
    Ok(ExitCode::SUCCESS)
}

/// Mean time of `f` over enough runs to last about `budget_ms`.
fn time<T>(budget_ms: f64, mut f: impl FnMut() -> T) -> (f64, usize) {
    let start = Instant::now();
    std::hint::black_box(f());
    let once = start.elapsed().as_secs_f64() * 1000.0;
    let runs = ((budget_ms / once.max(1e-6)) as usize).clamp(3, 10_000);
    let start = Instant::now();
    for _ in 0..runs {
        std::hint::black_box(f());
    }
    (start.elapsed().as_secs_f64() * 1000.0 / runs as f64, runs)
}

fn bench(args: &[String]) -> Result<ExitCode, String> {
    let opts = options(args, &["teams"])?;
    let teams = usize::try_from(number(&opts, "teams", 5000)?).map_err(|e| e.to_string())?;
    let base = Snapshot::from_json(BUNDLED).map_err(|e| e.to_string())?;
    let big = serde_json::to_string_pretty(&synthetic(base.snapshot(), teams, 42))
        .map_err(|e| e.to_string())?;
    println!("parse + validate (Snapshot::from_json), release build, mean of repeated runs:");
    for (label, json) in [
        ("bundled snapshot", BUNDLED),
        ("synthetic snapshot", big.as_str()),
    ] {
        let n = Snapshot::from_json(json)
            .map_err(|e| e.to_string())?
            .teams
            .len();
        let (ms, runs) = time(1000.0, || Snapshot::from_json(json).is_ok());
        println!(
            "  {label:<20} {n:>6} teams {:>9.1} KB  {ms:>9.3} ms  ({runs} runs)",
            json.len() as f64 / 1024.0
        );
    }
    // The two snapshots, read once for the timings below.
    let samples = [
        ("bundled snapshot", base),
        (
            "synthetic snapshot",
            Snapshot::from_json(&big).map_err(|e| e.to_string())?,
        ),
    ];
    println!("filter (Index::apply: two facets and a text search, with every facet count):");
    let mut filter = Filter::default();
    filter.toggle(Facet::Axis, "2");
    filter.toggle(Facet::TumorType, "myeloma");
    filter.toggle(Facet::TumorType, "glioblastoma");
    filter.text = "team".into();
    for (label, c) in &samples {
        let (build_ms, _) = time(500.0, || Index::new(c.snapshot()));
        let index = Index::new(c.snapshot());
        let found = index.apply(&filter).teams.len();
        let (ms, runs) = time(1000.0, || index.apply(&filter));
        println!(
            "  {label:<20} {:>6} teams  index {build_ms:>8.3} ms  apply {ms:>8.3} ms  ({runs} runs, {found} found)",
            c.teams.len()
        );
    }
    println!("teams close to a team (closeness: ranked neighbours and complementary skills):");
    for (label, c) in &samples {
        let (ms, runs) = time(500.0, || {
            (
                closeness::close_teams(c.snapshot(), 0, Lang::Fr),
                closeness::complementary_teams(c.snapshot(), 0, Lang::Fr),
            )
        });
        println!(
            "  {label:<20} {:>6} teams  {ms:>8.3} ms  ({runs} runs)",
            c.teams.len()
        );
    }
    println!("map clustering (Lambert-93 projection + grid of 20 km cells):");
    for (label, c) in &samples {
        let (ms, runs) = time(500.0, || {
            let points: Vec<_> = c
                .teams
                .iter()
                .map(|t| to_lambert93(t.location.lat, t.location.lon))
                .collect();
            cluster(&points, 20_000.0)
        });
        let points: Vec<_> = c
            .teams
            .iter()
            .map(|t| to_lambert93(t.location.lat, t.location.lon))
            .collect();
        println!(
            "  {label:<20} {:>6} teams  {ms:>8.3} ms  ({runs} runs, {} clusters)",
            c.teams.len(),
            cluster(&points, 20_000.0).len()
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// The JSON Schema of the snapshot, generated from the model's types, so that the two
/// cannot disagree; public/data/consortium.schema.json is this text.
fn schema() -> String {
    let mut schema = serde_json::to_value(schemars::schema_for!(Snapshot)).unwrap_or_default();
    if let Some(obj) = schema.as_object_mut() {
        obj.insert("title".into(), "Micronit consortium snapshot".into());
        obj.insert(
            "description".into(),
            format!(
                "The one file the Micronit atlas renders from (public/data/consortium.json), format version {SCHEMA_VERSION} (version 1 files, without identifiers, are read too). Generated by `micronit-data schema` from the Rust model; the model's validator checks what a schema cannot (references, both languages, coordinates, links, dates, identifiers' check digits)."
            )
            .into(),
        );
    }
    if let Some(version) = schema.pointer_mut("/properties/schema_version") {
        *version = serde_json::json!({
            "description": format!("Format version: {SCHEMA_VERSION} as written; 1 is still read."),
            "enum": READABLE_VERSIONS
        });
    }
    serde_json::to_string_pretty(&schema).unwrap_or_default()
}

fn export_csv(path: &str) -> Result<ExitCode, String> {
    let c = load(path)?;
    print!("{}", micronit_model::sheet::write_csv(&c.teams)?);
    Ok(ExitCode::SUCCESS)
}

fn import_csv(path: &str, csv_path: &str, rest: &[String]) -> Result<ExitCode, String> {
    let opts = options(rest, &["output"])?;
    let json = read(path)?;
    let published: Snapshot = serde_json::from_str(json.strip_prefix('\u{feff}').unwrap_or(&json))
        .map_err(|e| format!("{path}: {e} (run `micronit-data validate {path}`)"))?;
    let bytes = std::fs::read(csv_path).map_err(|e| format!("{csv_path}: cannot read: {e}"))?;
    // The desk's reading of a spreadsheet: Excel's and LibreOffice's by their extension,
    // anything else as CSV.
    let is_workbook = matches!(FileKind::of(csv_path), Some(FileKind::Xlsx | FileKind::Ods));
    let name = if is_workbook { csv_path } else { "teams.csv" };
    let review = micronit_model::review::review(name, bytes, Some(&published));
    let errors: Vec<&Finding> = review
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .collect();
    let snapshot = match review.checked() {
        Some(snapshot) if errors.is_empty() => snapshot,
        _ => {
            println!("{csv_path}: {} error(s)", errors.len().max(1));
            for finding in errors {
                println!("  error: {}", describe_finding(finding));
            }
            return Ok(ExitCode::FAILURE);
        }
    };
    let out = micronit_model::write_snapshot(snapshot)?;
    let teams = snapshot.teams.len();
    emit(opts.get("output"), &out, |file| {
        format!("{file}: written with {teams} teams")
    })?;
    Ok(ExitCode::SUCCESS)
}

/// Writes `text` to `output` and says so (`written` names what was written), or prints it
/// on stdout when no output file is given.
fn emit(
    output: Option<&String>,
    text: &str,
    written: impl Fn(&str) -> String,
) -> Result<(), String> {
    match output {
        Some(file) => {
            std::fs::write(file, text).map_err(|e| format!("{file}: cannot write: {e}"))?;
            eprintln!("{}", written(file));
        }
        None => print!("{text}"),
    }
    Ok(())
}

/// Rewrites a snapshot of an older format version (version 1: leaders as names alone, no
/// identifiers) in the current one; a snapshot with errors is refused, as everywhere.
fn migrate(path: &str, rest: &[String]) -> Result<ExitCode, String> {
    let opts = options(rest, &["output"])?;
    let consortium = match Snapshot::from_json(&read(path)?) {
        Ok(c) => c,
        Err(error) => {
            for line in describe(&error) {
                println!("{path}: {line}");
            }
            return Ok(ExitCode::FAILURE);
        }
    };
    let from = consortium.snapshot().schema_version;
    let out = micronit_model::write_snapshot(consortium.snapshot())?;
    emit(opts.get("output"), &out, |file| {
        format!("{file}: written in format version {SCHEMA_VERSION} (from {from})")
    })?;
    Ok(ExitCode::SUCCESS)
}

/// A finding of a spreadsheet as one line: `row 2, column lat (K2): ... (hint: ...)`.
fn describe_finding(finding: &Finding) -> String {
    let place = match &finding.place {
        Place::Sheet(p) => match (&p.column, p.cell()) {
            (Some((name, _)), Some(cell)) => format!("row {}, column {name} ({cell}): ", p.row),
            _ => format!("row {}: ", p.row),
        },
        Place::Json {
            path: Some(path), ..
        } => format!("{path}: "),
        _ => String::new(),
    };
    format!(
        "{place}{} (hint: {})",
        finding.message(Lang::En),
        finding.hint(Lang::En)
    )
}

/// The `--site` option: the site's address or its path on its host (`/` when absent).
fn site_option(opts: &BTreeMap<String, String>) -> Result<&str, String> {
    let site = opts.get("site").map_or("/", String::as_str);
    if ["https://", "http://", "/"]
        .iter()
        .any(|p| site.starts_with(p))
    {
        Ok(site)
    } else {
        Err(format!(
            "--site must be the site's http(s) address or its path from the host's root, not \"{site}\""
        ))
    }
}

/// Every page's JSON-LD (both languages), keyed by the page's path from the site's root
/// (what micronit-render writes into each page's head), for other programs.
fn structured_data(path: &str, rest: &[String]) -> Result<ExitCode, String> {
    let opts = options(rest, &["site"])?;
    let site = site_option(&opts)?;
    let c = load(path)?;
    let mut pages = micronit_model::Page::all(&c);
    pages.push(micronit_model::Page::Desk);
    let mut out = serde_json::Map::new();
    for page in &pages {
        for lang in Lang::ALL {
            if let Some(data) = micronit_model::structured::structured_data(&c, page, lang, site) {
                out.insert(page.path(lang), data.into());
            }
        }
    }
    println!("{}", serde_json::Value::Object(out));
    Ok(ExitCode::SUCCESS)
}

fn write_open_data(path: &str, rest: &[String]) -> Result<ExitCode, String> {
    let opts = options(rest, &["site", "output"])?;
    let Some(dir) = opts.get("output") else {
        return Err(format!("open-data needs --output DIR\n{USAGE}"));
    };
    let site = site_option(&opts)?;
    let c = load(path)?;
    let n = open_data::write(&c, site, std::path::Path::new(dir))?;
    eprintln!("open data: {n} files written in {dir}");
    Ok(ExitCode::SUCCESS)
}

fn write_sitemap(path: &str, rest: &[String]) -> Result<ExitCode, String> {
    let opts = options(rest, &["base-url", "output"])?;
    let (Some(base), Some(dir)) = (opts.get("base-url"), opts.get("output")) else {
        return Err(format!(
            "sitemap needs --base-url URL and --output DIR\n{USAGE}"
        ));
    };
    if !(base.starts_with("https://") || base.starts_with("http://")) {
        return Err(format!(
            "--base-url must be an absolute http(s) address, not \"{base}\""
        ));
    }
    let c = load(path)?;
    let dir = std::path::Path::new(dir);
    let write = |name: &str, text: String| {
        std::fs::write(dir.join(name), text)
            .map_err(|e| format!("{}: cannot write: {e}", dir.join(name).display()))
    };
    write("sitemap.xml", sitemap::sitemap(&c, base))?;
    write("robots.txt", sitemap::robots(base))?;
    eprintln!(
        "wrote sitemap.xml ({} addresses) and robots.txt in {}",
        micronit_model::Page::all(&c).len() * 2,
        dir.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn map_geometry(path: &str, rest: &[String]) -> Result<ExitCode, String> {
    let opts = options(rest, &["tolerance", "min-area"])?;
    let tolerance = number(&opts, "tolerance", 500)? as f64;
    let min_area = number(&opts, "min-area", 2)? as f64;
    let topojson = read(path)?;
    println!("{}", map_geometry::france(&topojson, tolerance, min_area)?);
    Ok(ExitCode::SUCCESS)
}
