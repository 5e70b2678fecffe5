//! Checks that a parsed snapshot is consistent: ids unique, references resolved,
//! both languages present, coordinates inside France, links safe, dates real.
//! Every finding carries the JSON path of the value at fault.

use std::collections::HashSet;
use std::fmt;

use crate::date::parse_month;
use crate::identifiers::{self, BadIdentifier};
use crate::locate::Position;
use crate::{Counts, Date, Lang, LatLon, Link, Snapshot, Text};

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// The snapshot cannot be used.
    Error,
    /// The snapshot can be used; the site works around the problem (for example by
    /// showing the other language) and the coordinators should fix it.
    Warning,
}

/// A kind of thing a snapshot refers to by its id or number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subject {
    Axis,
    TumorType,
    Expertise,
    Institution,
    Region,
    Team,
}

/// A count the consortium declares (`about.declared_counts`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Declared {
    Teams,
    Members,
    Associated,
}

/// What is wrong with one value of the snapshot.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// An id that is not a lowercase slug (letters, digits, single hyphens).
    BadId(String),
    /// The same id (or axis number) appears twice in one list.
    Duplicate(String),
    /// A reference to something the snapshot does not define, with the closest id
    /// that exists, if one is close.
    Unknown {
        what: Subject,
        id: String,
        suggestion: Option<String>,
    },
    /// A text with neither French nor English.
    MissingText,
    /// A text with one of its two languages missing.
    MissingTranslation(Lang),
    /// A required plain string that is empty.
    Empty,
    /// A date that is not a real `YYYY-MM-DD` (or `YYYY-MM`) date.
    BadDate(String),
    /// An event that ends before it starts.
    EndsBeforeStart,
    /// The teams listed do not agree with the counts the consortium states, even once
    /// the `unstated` teams (whose status the sources do not give) are counted in.
    CountMismatch {
        what: Declared,
        declared: usize,
        found: usize,
        unstated: usize,
    },
    /// Coordinates outside metropolitan France, Corsica and the overseas regions.
    OutsideFrance { lat: f64, lon: f64 },
    /// A link that is not an absolute `http` or `https` URL.
    UnsafeLink(String),
    /// A text that holds HTML markup: texts are plain text.
    Markup,
    /// A text or value longer than any real one would be.
    TooLong { max: usize },
    /// An identifier (`scheme` is ROR, ORCID, RNSR or HAL) that is not written as its
    /// register writes it, bare, or whose check digits do not match.
    BadIdentifier {
        scheme: &'static str,
        value: String,
        why: BadIdentifier,
    },
    /// An identifier on an illustrative team, whose details are not real.
    IllustrativeIdentifier,
    /// A team that is not illustrative and names no source for its facts: an error from
    /// format version 3 (`format`), which has the sources, a warning in older files.
    NoSource { format: u32 },
    /// A source on an illustrative team, whose details are not real.
    IllustrativeSource,
}

impl Problem {
    pub fn severity(&self) -> Severity {
        match self {
            Problem::MissingTranslation(_) => Severity::Warning,
            Problem::NoSource { format } if *format < 3 => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

/// How an identifier of `scheme` is written, for hints.
pub fn identifier_example(scheme: &str) -> &'static str {
    match scheme {
        "ROR" => "02feahw73",
        "ORCID" => "0000-0002-1825-0097",
        "RNSR" => "199814145N",
        _ => "INSERM-U1037",
    }
}

/// A coordinate for messages, to the micro-degree at most ("47.3941", "200"); a value too
/// large to be a coordinate is written "huge" rather than with hundreds of digits; one
/// that is not a number, "NaN" or "inf".
///
/// ```
/// use micronit_model::validate::degrees;
/// assert_eq!(degrees(47.3941), "47.3941");
/// assert_eq!(degrees(-5.3), "-5.3");
/// assert_eq!(degrees(200.0), "200");
/// assert_eq!(degrees(f64::NAN), "NaN");
/// assert_eq!(degrees(-1e300), "-huge");
/// ```
pub fn degrees(x: f64) -> String {
    if x.is_finite() && x.abs() >= 1e9 {
        return if x < 0.0 { "-huge" } else { "huge" }.into();
    }
    crate::svg_number(x, 6)
}

/// The id of `known` closest to `id` by edit distance, if it is close enough to be a typo.
pub fn closest<'a>(id: &str, known: impl IntoIterator<Item = &'a str>) -> Option<String> {
    if cfg!(not(feature = "diagnostics")) {
        return None;
    }
    known
        .into_iter()
        .map(|k| (edit_distance(id, k), k))
        .filter(|(d, k)| *d <= (k.chars().count() / 3).max(2))
        .min()
        .map(|(_, k)| k.to_owned())
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            let next = (row[j] + 1).min(row[j + 1] + 1).min(prev + cost);
            prev = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

impl fmt::Display for Problem {
    /// In English, as the data tool says it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

/// One finding: where (a JSON path such as `teams[3].axes[0]`, and the line and
/// column when the text is known) and what.
#[derive(Clone, Debug, PartialEq)]
pub struct Issue {
    pub path: String,
    pub problem: Problem,
    pub position: Option<Position>,
}

impl Issue {
    pub fn severity(&self) -> Severity {
        self.problem.severity()
    }
}

impl fmt::Display for Issue {
    /// `line 12, column 20: teams[3].website: "javascript:x" is not ... (hint: ...)`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(p) = self.position {
            let at = crate::explain::line_column(p.line, p.column, Lang::En);
            write!(f, "{at}: ")?;
        }
        write!(f, "{}: {}", self.path, self.problem)?;
        #[cfg(feature = "diagnostics")]
        write!(f, " (hint: {})", self.problem.hint(Lang::En))?;
        Ok(())
    }
}

/// Bounding box of metropolitan France with Corsica, in degrees, with a small margin.
pub const FRANCE_BOUNDS: Bounds = Bounds {
    min_lat: 41.3,
    max_lat: 51.2,
    min_lon: -5.3,
    max_lon: 9.7,
};

/// Overseas regions where a team may also be, with their bounding boxes in degrees.
pub const OVERSEAS: [(&str, Bounds); 5] = [
    (
        "Guadeloupe",
        Bounds {
            min_lat: 15.8,
            max_lat: 16.6,
            min_lon: -61.9,
            max_lon: -60.9,
        },
    ),
    (
        "Martinique",
        Bounds {
            min_lat: 14.3,
            max_lat: 14.95,
            min_lon: -61.3,
            max_lon: -60.75,
        },
    ),
    (
        "Guyane",
        Bounds {
            min_lat: 2.1,
            max_lat: 5.8,
            min_lon: -54.7,
            max_lon: -51.6,
        },
    ),
    (
        "La Réunion",
        Bounds {
            min_lat: -21.45,
            max_lat: -20.85,
            min_lon: 55.2,
            max_lon: 55.85,
        },
    ),
    (
        "Mayotte",
        Bounds {
            min_lat: -13.05,
            max_lat: -12.6,
            min_lon: 44.95,
            max_lon: 45.35,
        },
    ),
];

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    pub min_lat: f64,
    pub max_lat: f64,
    pub min_lon: f64,
    pub max_lon: f64,
}

impl Bounds {
    pub fn contains(&self, lat: f64, lon: f64) -> bool {
        (self.min_lat..=self.max_lat).contains(&lat) && (self.min_lon..=self.max_lon).contains(&lon)
    }
}

/// The longest text accepted, in bytes: far above any real paragraph.
pub const MAX_TEXT: usize = 10_000;

/// True when `s` holds something that looks like an HTML tag, comment or entity
/// (`<b>`, `</p>`, `<!--`, `&lt;`); a lone `<` as in "p < 0.05" is fine.
pub fn has_markup(s: &str) -> bool {
    let bytes = s.as_bytes();
    bytes
        .windows(2)
        .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/' || w[1] == b'!'))
        || ["&lt;", "&gt;", "&amp;", "&#"]
            .iter()
            .any(|e| s.contains(e))
}

/// True for a lowercase slug: `lnox`, `crct-team-12`.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// True for an absolute `http://` or `https://` URL with a host and no spaces or
/// control characters. Everything else (`javascript:`, `data:`, relative paths) is refused.
pub fn is_safe_link(url: &str) -> bool {
    let rest = if let Some(r) = url.strip_prefix("https://") {
        r
    } else if let Some(r) = url.strip_prefix("http://") {
        r
    } else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    !host.is_empty()
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
}

#[derive(Default)]
struct Checker {
    issues: Vec<Issue>,
}

impl Checker {
    fn push(&mut self, path: impl Into<String>, problem: Problem) {
        self.issues.push(Issue {
            path: path.into(),
            problem,
            position: None,
        });
    }

    fn text(&mut self, path: impl Into<String>, text: &Text) {
        let missing = text.missing();
        let path = path.into();
        for s in [&text.fr, &text.en] {
            self.plain(&path, s);
        }
        match missing.as_slice() {
            [] => {}
            [lang] => self.push(path, Problem::MissingTranslation(*lang)),
            _ => self.push(path, Problem::MissingText),
        }
    }

    fn nonempty(&mut self, path: impl Into<String>, s: &str) {
        let path = path.into();
        if s.trim().is_empty() {
            self.push(path, Problem::Empty);
        } else {
            self.plain(&path, s);
        }
    }

    /// Plain text of a sensible length: no markup, no megabyte-long strings.
    fn plain(&mut self, path: &str, s: &str) {
        if s.len() > MAX_TEXT {
            self.push(path, Problem::TooLong { max: MAX_TEXT });
        } else if has_markup(s) {
            self.push(path, Problem::Markup);
        }
    }

    fn date(&mut self, path: impl Into<String>, s: &str) -> Option<Date> {
        let parsed = s.parse::<Date>().ok();
        if parsed.is_none() {
            self.push(path, Problem::BadDate(s.to_owned()));
        }
        parsed
    }

    fn link(&mut self, path: impl Into<String>, url: &str) {
        if !is_safe_link(url) {
            self.push(path, Problem::UnsafeLink(url.to_owned()));
        }
    }

    /// Checks that every id is a slug and unique; returns the set of ids.
    fn ids<'a>(
        &mut self,
        list: &str,
        ids: impl Iterator<Item = (&'a str, &'static str)>,
    ) -> HashSet<String> {
        let mut seen = HashSet::new();
        for (i, (id, field)) in ids.enumerate() {
            let path = format!("{list}[{i}].{field}");
            if id.len() > 100 {
                self.push(&path, Problem::TooLong { max: 100 });
            } else if !is_slug(id) {
                self.push(&path, Problem::BadId(id.to_owned()));
            }
            if !seen.insert(id.to_owned()) {
                self.push(&path, Problem::Duplicate(id.to_owned()));
            }
        }
        seen
    }

    /// An identifier of `scheme`, checked by `check` and written as it gives it back.
    fn identifier(
        &mut self,
        path: impl Into<String>,
        scheme: &'static str,
        value: Option<&String>,
        check: fn(&str) -> Result<String, BadIdentifier>,
    ) {
        let Some(value) = value else { return };
        let why = match check(value) {
            Ok(bare) if bare == *value => return,
            // Right, but not as the snapshot stores it (an address, lowercase): the site
            // builds the links from the bare form.
            Ok(_) => BadIdentifier::Format,
            Err(why) => why,
        };
        self.push(
            path,
            Problem::BadIdentifier {
                scheme,
                value: value.clone(),
                why,
            },
        );
    }

    /// Axis numbers that must name axes of the snapshot.
    fn axis_refs(&mut self, path: &str, numbers: &[u8], known: &HashSet<u8>) {
        for (j, n) in numbers.iter().enumerate() {
            if !known.contains(n) {
                self.push(
                    format!("{path}[{j}]"),
                    Problem::Unknown {
                        what: Subject::Axis,
                        id: n.to_string(),
                        suggestion: None,
                    },
                );
            }
        }
    }

    fn refs(&mut self, path: &str, what: Subject, ids: &[String], known: &HashSet<String>) {
        for (i, id) in ids.iter().enumerate() {
            if !known.contains(id.as_str()) {
                self.push(
                    format!("{path}[{i}]"),
                    Problem::Unknown {
                        what,
                        id: id.clone(),
                        suggestion: closest(id, known.iter().map(String::as_str)),
                    },
                );
            }
        }
    }
}

/// Checks a parsed snapshot; returns every finding, errors and warnings, in document order
/// within each list.
pub fn validate(s: &Snapshot) -> Vec<Issue> {
    let (mut c, mut known) = (Checker::default(), Known::default());
    check_consortium(&mut c, &mut known, s);
    check_teams(&mut c, &mut known, s);
    check_news_events_partners(&mut c, &mut known, s);
    c.issues
}

/// The ids each part of the snapshot defines, for the parts that refer to them.
#[derive(Default)]
struct Known {
    axes: HashSet<u8>,
    tumor_types: HashSet<String>,
    expertise: HashSet<String>,
    institutions: HashSet<String>,
    regions: HashSet<String>,
    teams: HashSet<String>,
}

/// The consortium's description, its axes and its vocabularies.
fn check_consortium(c: &mut Checker, known: &mut Known, s: &Snapshot) {
    c.date("updated", &s.updated);

    let a = &s.about;
    c.nonempty("about.name", &a.name);
    c.text("about.tagline", &a.tagline);
    c.nonempty("about.gdr", &a.gdr);
    if parse_month(&a.created).is_err() {
        c.push("about.created", Problem::BadDate(a.created.clone()));
    }
    c.nonempty("about.created_by", &a.created_by);
    c.nonempty("about.coordination_city", &a.coordination_city);
    c.text("about.summary", &a.summary);
    for (i, t) in a.mission.iter().enumerate() {
        c.text(format!("about.mission[{i}]"), t);
    }
    for (i, t) in a.history.iter().enumerate() {
        c.text(format!("about.history[{i}]"), t);
    }

    let axes = &mut known.axes;
    for (i, axis) in s.axes.iter().enumerate() {
        if axis.number == 0 {
            c.push(format!("axes[{i}].number"), Problem::BadId("0".into()));
        }
        if !axes.insert(axis.number) {
            c.push(
                format!("axes[{i}].number"),
                Problem::Duplicate(axis.number.to_string()),
            );
        }
        c.text(format!("axes[{i}].title"), &axis.title);
        c.text(format!("axes[{i}].description"), &axis.description);
    }

    known.tumor_types = c.ids(
        "tumor_types",
        s.tumor_types.iter().map(|t| (t.id.as_str(), "id")),
    );
    for (i, t) in s.tumor_types.iter().enumerate() {
        c.text(format!("tumor_types[{i}].name"), &t.name);
    }
    known.expertise = c.ids(
        "expertise",
        s.expertise.iter().map(|e| (e.id.as_str(), "id")),
    );
    for (i, e) in s.expertise.iter().enumerate() {
        c.text(format!("expertise[{i}].name"), &e.name);
    }
    known.institutions = c.ids(
        "institutions",
        s.institutions.iter().map(|e| (e.id.as_str(), "id")),
    );
    for (i, e) in s.institutions.iter().enumerate() {
        c.text(format!("institutions[{i}].name"), &e.name);
        c.identifier(
            format!("institutions[{i}].ror"),
            "ROR",
            e.ror.as_ref(),
            identifiers::ror,
        );
        c.identifier(
            format!("institutions[{i}].rnsr"),
            "RNSR",
            e.rnsr.as_ref(),
            identifiers::rnsr,
        );
    }
    known.regions = c.ids("regions", s.regions.iter().map(|e| (e.id.as_str(), "id")));
    for (i, e) in s.regions.iter().enumerate() {
        c.text(format!("regions[{i}].name"), &e.name);
    }
}

/// The teams, and what they refer to.
fn check_teams(c: &mut Checker, known: &mut Known, s: &Snapshot) {
    let a = &s.about;
    known.teams = c.ids("teams", s.teams.iter().map(|t| (t.id.as_str(), "id")));
    let declared = &a.declared_counts;
    let listed = Counts::of(&s.teams);
    if declared.teams != listed.teams {
        c.push(
            "about.declared_counts.teams".to_owned(),
            Problem::CountMismatch {
                what: Declared::Teams,
                declared: declared.teams,
                found: listed.teams,
                unstated: 0,
            },
        );
    }
    for (field, what, declared, found) in [
        (
            "members",
            Declared::Members,
            declared.members,
            listed.members,
        ),
        (
            "associated",
            Declared::Associated,
            declared.associated,
            listed.associated,
        ),
    ] {
        if !listed.can_make_up(found, declared) {
            c.push(
                format!("about.declared_counts.{field}"),
                Problem::CountMismatch {
                    what,
                    declared,
                    found,
                    unstated: listed.unstated,
                },
            );
        }
    }
    for (i, t) in s.teams.iter().enumerate() {
        let p = format!("teams[{i}]");
        c.text(format!("{p}.name"), &t.name);
        c.text(format!("{p}.description"), &t.description);
        c.nonempty(format!("{p}.city"), &t.city);
        if !known.regions.contains(t.region.as_str()) {
            c.push(
                format!("{p}.region"),
                Problem::Unknown {
                    what: Subject::Region,
                    id: t.region.clone(),
                    suggestion: closest(&t.region, known.regions.iter().map(String::as_str)),
                },
            );
        }
        let LatLon { lat, lon } = t.location;
        if !FRANCE_BOUNDS.contains(lat, lon) && !OVERSEAS.iter().any(|(_, b)| b.contains(lat, lon))
        {
            c.push(format!("{p}.location"), Problem::OutsideFrance { lat, lon });
        }
        if let Some(url) = &t.website {
            c.link(format!("{p}.website"), url);
        }
        c.axis_refs(&format!("{p}.axes"), &t.axes, &known.axes);
        c.refs(
            &format!("{p}.tumor_types"),
            Subject::TumorType,
            &t.tumor_types,
            &known.tumor_types,
        );
        c.refs(
            &format!("{p}.expertise"),
            Subject::Expertise,
            &t.expertise,
            &known.expertise,
        );
        c.refs(
            &format!("{p}.institutions"),
            Subject::Institution,
            &t.institutions,
            &known.institutions,
        );
        for (j, leader) in t.leaders.iter().enumerate() {
            c.nonempty(format!("{p}.leaders[{j}].name"), &leader.name);
            c.identifier(
                format!("{p}.leaders[{j}].orcid"),
                "ORCID",
                leader.orcid.as_ref(),
                identifiers::orcid,
            );
        }
        c.identifier(
            format!("{p}.rnsr"),
            "RNSR",
            t.rnsr.as_ref(),
            identifiers::rnsr,
        );
        c.identifier(format!("{p}.hal"), "HAL", t.hal.as_ref(), identifiers::hal);
        if t.illustrative {
            // Made-up details never get a real register's identifier.
            let orcids = t
                .leaders
                .iter()
                .enumerate()
                .filter(|(_, l)| l.orcid.is_some());
            let paths = [("rnsr", t.rnsr.is_some()), ("hal", t.hal.is_some())]
                .into_iter()
                .filter(|(_, set)| *set)
                .map(|(field, _)| format!("{p}.{field}"))
                .chain(orcids.map(|(j, _)| format!("{p}.leaders[{j}].orcid")));
            for path in paths.collect::<Vec<_>>() {
                c.push(path, Problem::IllustrativeIdentifier);
            }
            if !t.sources.is_empty() {
                c.push(format!("{p}.sources"), Problem::IllustrativeSource);
            }
        } else if t.sources.is_empty() {
            c.push(
                format!("{p}.sources"),
                Problem::NoSource {
                    format: s.schema_version,
                },
            );
        }
        sources(c, &p, &t.sources);
    }
}

/// The sources of the entry at `path`: a safe address, a title, a publisher, a real day
/// and what each supports, in both languages.
fn sources(c: &mut Checker, path: &str, sources: &[crate::Source]) {
    for (j, source) in sources.iter().enumerate() {
        let p = format!("{path}.sources[{j}]");
        c.link(format!("{p}.url"), &source.url);
        c.nonempty(format!("{p}.title"), &source.title);
        c.nonempty(format!("{p}.publisher"), &source.publisher);
        if let Some(day) = &source.read {
            c.date(format!("{p}.read"), day);
        }
        c.text(format!("{p}.supports"), &source.supports);
    }
}

/// The news, the events, the licence and the partners.
fn check_news_events_partners(c: &mut Checker, known: &mut Known, s: &Snapshot) {
    c.ids("news", s.news.iter().map(|n| (n.slug.as_str(), "slug")));
    for (i, n) in s.news.iter().enumerate() {
        let p = format!("news[{i}]");
        if let Some(date) = &n.date {
            c.date(format!("{p}.date"), date);
        }
        c.text(format!("{p}.title"), &n.title);
        c.text(format!("{p}.summary"), &n.summary);
        for (j, t) in n.body.iter().enumerate() {
            c.text(format!("{p}.body[{j}]"), t);
        }
        c.refs(&format!("{p}.teams"), Subject::Team, &n.teams, &known.teams);
        links(c, &p, &n.links);
        sources(c, &p, &n.sources);
    }

    c.ids("events", s.events.iter().map(|e| (e.id.as_str(), "id")));
    for (i, e) in s.events.iter().enumerate() {
        let p = format!("events[{i}]");
        c.text(format!("{p}.title"), &e.title);
        c.text(format!("{p}.description"), &e.description);
        c.nonempty(format!("{p}.city"), &e.city);
        c.axis_refs(&format!("{p}.axes"), &e.axes, &known.axes);
        let start = c.date(format!("{p}.start"), &e.start);
        let end = c.date(format!("{p}.end"), &e.end);
        if let (Some(start), Some(end)) = (start, end) {
            if end < start {
                c.push(format!("{p}.end"), Problem::EndsBeforeStart);
            }
        }
        links(c, &p, &e.links);
        sources(c, &p, &e.sources);
    }

    if let Some(licence) = &s.licence {
        c.text("licence.name", &licence.name);
        c.link("licence.url", &licence.url);
    }

    c.ids("partners", s.partners.iter().map(|e| (e.id.as_str(), "id")));
    for (i, e) in s.partners.iter().enumerate() {
        let p = format!("partners[{i}]");
        c.text(format!("{p}.name"), &e.name);
        c.text(format!("{p}.role"), &e.role);
        if let Some(url) = &e.website {
            c.link(format!("{p}.website"), url);
        }
    }
}

fn links(c: &mut Checker, p: &str, links: &[Link]) {
    for (j, l) in links.iter().enumerate() {
        c.text(format!("{p}.links[{j}].label"), &l.label);
        c.link(format!("{p}.links[{j}].url"), &l.url);
    }
}
