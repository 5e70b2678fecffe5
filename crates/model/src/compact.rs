//! Reading a snapshot without serde: a small JSON parser and a reader written out for
//! each type. The browser uses it because serde's generic code is large in wasm (about
//! 15 KB of compressed wasm for the same work); the data tool keeps serde, with its
//! richer diagnostics. Both refuse the same snapshots (unknown fields, wrong types,
//! duplicates) and read the same values (coordinates of more than 15 significant digits
//! may differ in their last bit), which the tests check on the whole corpus.

use crate::{
    About, Axis, Consortium, DeclaredCounts, Event, Expertise, Institution, InstitutionKind,
    LatLon, Link, Membership, NewsItem, Partner, Region, Snapshot, SnapshotError, Team, Text,
    TumorGroup, TumorType, SCHEMA_VERSION,
};

/// Deeper nesting than any snapshot needs is refused (a hostile file could otherwise
/// exhaust the stack).
const MAX_DEPTH: usize = 64;

/// A JSON value and where it starts in the text.
#[derive(Debug)]
struct Node {
    at: usize,
    value: Value,
}

#[derive(Debug)]
enum Value {
    Null,
    Bool(bool),
    /// The number as written, checked against JSON's grammar.
    Number(String),
    String(String),
    Array(Vec<Node>),
    Object(Vec<(String, Node)>),
}

impl Value {
    fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "an array",
            Value::Object(_) => "an object",
        }
    }
}

/// Line and column (from 1) of a byte offset.
fn position(text: &str, at: usize) -> (usize, usize) {
    let before = &text.as_bytes()[..at.min(text.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&before[start..]).chars().count() + 1;
    (line, column)
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

type Parsed<T> = Result<T, (usize, String)>;

impl Parser<'_> {
    fn fail<T>(&self, message: &str) -> Parsed<T> {
        Err((self.at, message.to_owned()))
    }

    fn space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.at) {
            self.at += 1;
        }
    }

    fn value(&mut self, depth: usize) -> Parsed<Node> {
        self.space();
        let at = self.at;
        if depth > MAX_DEPTH {
            return self.fail("nested too deeply");
        }
        let value = match self.bytes.get(at) {
            None => return self.fail("EOF while parsing a value"),
            Some(b'{') => self.object(depth)?,
            Some(b'[') => self.array(depth)?,
            Some(b'"') => Value::String(self.string()?),
            Some(b'-' | b'0'..=b'9') => Value::Number(self.number()?),
            Some(_) => {
                let rest = &self.text[at..];
                for (word, value) in [
                    ("null", Value::Null),
                    ("true", Value::Bool(true)),
                    ("false", Value::Bool(false)),
                ] {
                    if rest.starts_with(word) {
                        self.at += word.len();
                        return Ok(Node { at, value });
                    }
                }
                return self.fail("expected value");
            }
        };
        Ok(Node { at, value })
    }

    fn object(&mut self, depth: usize) -> Parsed<Value> {
        self.at += 1;
        let mut fields = Vec::new();
        self.space();
        if self.bytes.get(self.at) == Some(&b'}') {
            self.at += 1;
            return Ok(Value::Object(fields));
        }
        loop {
            self.space();
            match self.bytes.get(self.at) {
                Some(b'"') => {}
                None => return self.fail("EOF while parsing an object"),
                Some(_) => return self.fail("key must be a string"),
            }
            let key = self.string()?;
            self.space();
            if self.bytes.get(self.at) != Some(&b':') {
                return self.fail("expected `:`");
            }
            self.at += 1;
            let value = self.value(depth + 1)?;
            fields.push((key, value));
            self.space();
            match self.bytes.get(self.at) {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(Value::Object(fields));
                }
                None => return self.fail("EOF while parsing an object"),
                Some(_) => return self.fail("expected `,` or `}`"),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Parsed<Value> {
        self.at += 1;
        let mut items = Vec::new();
        self.space();
        if self.bytes.get(self.at) == Some(&b']') {
            self.at += 1;
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.value(depth + 1)?);
            self.space();
            match self.bytes.get(self.at) {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(Value::Array(items));
                }
                None => return self.fail("EOF while parsing a list"),
                Some(_) => return self.fail("expected `,` or `]`"),
            }
        }
    }

    fn hex4(&mut self) -> Parsed<u32> {
        let digits = self.text.get(self.at..self.at + 4);
        match digits.and_then(|d| u32::from_str_radix(d, 16).ok()) {
            Some(n) if digits.is_some_and(|d| d.bytes().all(|b| b.is_ascii_hexdigit())) => {
                self.at += 4;
                Ok(n)
            }
            _ => self.fail("invalid escape"),
        }
    }

    fn string(&mut self) -> Parsed<String> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let start = self.at;
            while let Some(&b) = self.bytes.get(self.at) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            out.push_str(&self.text[start..self.at]);
            match self.bytes.get(self.at) {
                None => return self.fail("EOF while parsing a string"),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let escaped = match self.bytes.get(self.at) {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.at += 1;
                            let first = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&first) {
                                if self.text.get(self.at..self.at + 2) != Some("\\u") {
                                    return self.fail("lone leading surrogate in hex escape");
                                }
                                self.at += 2;
                                let second = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&second) {
                                    return self.fail("invalid unicode code point");
                                }
                                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                            } else {
                                first
                            };
                            match char::from_u32(code) {
                                Some(c) => {
                                    out.push(c);
                                    continue;
                                }
                                None => return self.fail("invalid unicode code point"),
                            }
                        }
                        _ => return self.fail("invalid escape"),
                    };
                    out.push(escaped);
                    self.at += 1;
                }
                Some(_) => return self.fail("control character while parsing a string"),
            }
        }
    }

    fn number(&mut self) -> Parsed<String> {
        let start = self.at;
        let digits = |p: &mut Self| {
            let from = p.at;
            while p.bytes.get(p.at).is_some_and(u8::is_ascii_digit) {
                p.at += 1;
            }
            p.at - from
        };
        if self.bytes.get(self.at) == Some(&b'-') {
            self.at += 1;
        }
        let leading_zero = self.bytes.get(self.at) == Some(&b'0');
        let n = digits(self);
        if n == 0 || (leading_zero && n > 1) {
            return self.fail("invalid number");
        }
        if self.bytes.get(self.at) == Some(&b'.') {
            self.at += 1;
            if digits(self) == 0 {
                return self.fail("invalid number");
            }
        }
        if let Some(b'e' | b'E') = self.bytes.get(self.at) {
            self.at += 1;
            if let Some(b'+' | b'-') = self.bytes.get(self.at) {
                self.at += 1;
            }
            if digits(self) == 0 {
                return self.fail("invalid number");
            }
        }
        Ok(self.text[start..self.at].to_owned())
    }
}

/// Parses a whole JSON text.
fn parse(text: &str) -> Result<Node, SnapshotError> {
    let mut p = Parser {
        text,
        bytes: text.as_bytes(),
        at: 0,
    };
    let result = p.value(0).and_then(|node| {
        p.space();
        if p.at < p.bytes.len() {
            p.fail("trailing characters")
        } else {
            Ok(node)
        }
    });
    result.map_err(|(at, message)| {
        let (line, column) = position(text, at);
        SnapshotError::Syntax {
            line,
            column,
            message,
        }
    })
}

/// The value of a JSON number: an integer, or a decimal.
fn integer(number: &str) -> Option<u64> {
    number.parse().ok()
}

/// A decimal number, read with integer arithmetic (no float parsing code): exact for
/// up to 15 significant digits, which coordinates never exceed.
fn decimal(number: &str) -> f64 {
    let (mantissa, exponent) = match number.find(['e', 'E']) {
        Some(i) => (&number[..i], number[i + 1..].parse::<i32>().unwrap_or(0)),
        None => (number, 0),
    };
    let negative = mantissa.starts_with('-');
    let mantissa = mantissa.trim_start_matches('-');
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{int}{frac}");
    let digits = digits.trim_start_matches('0');
    let kept = &digits[..digits.len().min(18)];
    let dropped = (digits.len() - kept.len()) as i32;
    let m = kept.parse::<u64>().unwrap_or(0) as f64;
    let exponent = exponent.saturating_add(dropped) - frac.len() as i32;
    let value = match exponent {
        0 => m,
        1..=22 => m * 10f64.powi(exponent),
        -22..=-1 => m / 10f64.powi(-exponent),
        e if e > 0 => m * 10f64.powi(e),
        e => m / 10f64.powi(22) / 10f64.powi(-e - 22),
    };
    if negative {
        -value
    } else {
        value
    }
}

/// Reads nodes into the snapshot's types, keeping the path for messages.
struct Reader<'a> {
    text: &'a str,
}

type Read<T> = Result<T, SnapshotError>;

/// An object being read: its fields, checked against the names the type knows.
struct Fields<'a> {
    fields: &'a [(String, Node)],
    path: String,
}

impl Fields<'_> {
    /// The path of one of the object's fields.
    fn field(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.path)
        }
    }
}

impl Reader<'_> {
    fn error<T>(&self, node: &Node, path: &str, message: String) -> Read<T> {
        let (line, column) = position(self.text, node.at);
        Err(SnapshotError::Shape {
            path: Some(path.to_owned()),
            line,
            column,
            message,
        })
    }

    fn wrong<T>(&self, node: &Node, path: &str, expected: &str) -> Read<T> {
        self.error(
            node,
            path,
            format!("invalid type: {}, expected {expected}", node.value.kind()),
        )
    }

    /// The fields of an object, refusing unknown and repeated names.
    fn object<'n>(&self, node: &'n Node, path: &str, known: &[&str]) -> Read<Fields<'n>> {
        let Value::Object(fields) = &node.value else {
            return self.wrong(node, path, "an object");
        };
        for (i, (key, value)) in fields.iter().enumerate() {
            if !known.contains(&key.as_str()) {
                return self.error(
                    value,
                    path,
                    format!(
                        "unknown field `{key}`, expected one of `{}`",
                        known.join("`, `")
                    ),
                );
            }
            if fields[..i].iter().any(|(k, _)| k == key) {
                return self.error(value, path, format!("duplicate field `{key}`"));
            }
        }
        Ok(Fields {
            fields,
            path: path.to_owned(),
        })
    }

    fn string(&self, node: &Node, path: &str) -> Read<String> {
        match &node.value {
            Value::String(s) => Ok(s.clone()),
            _ => self.wrong(node, path, "a string"),
        }
    }

    fn unsigned(&self, node: &Node, path: &str, max: u64) -> Read<u64> {
        match &node.value {
            Value::Number(n) => match integer(n) {
                Some(v) if v <= max => Ok(v),
                Some(_) => self.error(
                    node,
                    path,
                    format!("invalid value: {n}, expected at most {max}"),
                ),
                None => self.wrong(node, path, "an unsigned integer"),
            },
            _ => self.wrong(node, path, "an unsigned integer"),
        }
    }

    fn float(&self, node: &Node, path: &str) -> Read<f64> {
        match &node.value {
            Value::Number(n) => match decimal(n) {
                v if v.is_finite() => Ok(v),
                _ => self.error(node, path, "number out of range".to_owned()),
            },
            _ => self.wrong(node, path, "a number"),
        }
    }

    fn boolean(&self, node: &Node, path: &str) -> Read<bool> {
        match &node.value {
            Value::Bool(b) => Ok(*b),
            _ => self.wrong(node, path, "a boolean"),
        }
    }

    fn list<T>(
        &self,
        node: &Node,
        path: &str,
        item: &dyn Fn(&Node, &str) -> Read<T>,
    ) -> Read<Vec<T>> {
        let Value::Array(items) = &node.value else {
            return self.wrong(node, path, "a sequence");
        };
        items
            .iter()
            .enumerate()
            .map(|(i, n)| item(n, &format!("{path}[{i}]")))
            .collect()
    }

    fn text(&self, node: &Node, path: &str) -> Read<Text> {
        let o = self.object(node, path, &["fr", "en"])?;
        // Missing translations are allowed (the validator warns); null is not.
        let lang = |key| match o.fields.iter().find(|(k, _)| k == key) {
            None => Ok(String::new()),
            Some((_, n)) => self.string(n, &format!("{path}.{key}")),
        };
        Ok(Text {
            fr: lang("fr")?,
            en: lang("en")?,
        })
    }

    /// A field that may be missing (or null).
    fn opt<T>(
        &self,
        o: &Fields,
        key: &str,
        read: &dyn Fn(&Node, &str) -> Read<T>,
    ) -> Read<Option<T>> {
        let path = o.field(key);
        match o.fields.iter().find(|(k, _)| k == key) {
            None => Ok(None),
            Some((
                _,
                Node {
                    value: Value::Null, ..
                },
            )) => Ok(None),
            Some((_, node)) => read(node, &path).map(Some),
        }
    }

    /// A field that must be there.
    fn req<T>(
        &self,
        o: &Fields,
        node: &Node,
        key: &str,
        read: &dyn Fn(&Node, &str) -> Read<T>,
    ) -> Read<T> {
        let path = o.field(key);
        match o.fields.iter().find(|(k, _)| k == key) {
            Some((_, value)) => read(value, &path),
            None => self.error(node, &o.path, format!("missing field `{key}`")),
        }
    }

    /// A list that may be missing (then empty), but not null.
    fn opt_list<T>(
        &self,
        o: &Fields,
        key: &str,
        item: &dyn Fn(&Node, &str) -> Read<T>,
    ) -> Read<Vec<T>> {
        let path = o.field(key);
        match o.fields.iter().find(|(k, _)| k == key) {
            None => Ok(Vec::new()),
            Some((_, node)) => self.list(node, &path, item),
        }
    }

    fn strings(&self, node: &Node, path: &str) -> Read<Vec<String>> {
        self.list(node, path, &|n, p| self.string(n, p))
    }

    fn texts(&self, node: &Node, path: &str) -> Read<Vec<Text>> {
        self.list(node, path, &|n, p| self.text(n, p))
    }

    fn choice<T: Copy>(&self, node: &Node, path: &str, options: &[(&str, T)]) -> Read<T> {
        let s = self.string(node, path)?;
        match options.iter().find(|(name, _)| *name == s) {
            Some((_, v)) => Ok(*v),
            None => {
                let names: Vec<&str> = options.iter().map(|(n, _)| *n).collect();
                self.error(
                    node,
                    path,
                    format!(
                        "unknown variant `{s}`, expected one of `{}`",
                        names.join("`, `")
                    ),
                )
            }
        }
    }

    fn link(&self, node: &Node, path: &str) -> Read<Link> {
        let o = self.object(node, path, &["label", "url"])?;
        Ok(Link {
            label: self.req(&o, node, "label", &|n, p| self.text(n, p))?,
            url: self.req(&o, node, "url", &|n, p| self.string(n, p))?,
        })
    }

    fn about(&self, node: &Node, path: &str) -> Read<About> {
        let o = self.object(
            node,
            path,
            &[
                "name",
                "tagline",
                "gdr",
                "created",
                "created_by",
                "coordination_city",
                "summary",
                "mission",
                "history",
                "declared_counts",
            ],
        )?;
        let s = |key| self.req(&o, node, key, &|n, p| self.string(n, p));
        Ok(About {
            name: s("name")?,
            tagline: self.req(&o, node, "tagline", &|n, p| self.text(n, p))?,
            gdr: s("gdr")?,
            created: s("created")?,
            created_by: s("created_by")?,
            coordination_city: s("coordination_city")?,
            summary: self.req(&o, node, "summary", &|n, p| self.text(n, p))?,
            mission: self.req(&o, node, "mission", &|n, p| self.texts(n, p))?,
            history: self.req(&o, node, "history", &|n, p| self.texts(n, p))?,
            declared_counts: self.req(&o, node, "declared_counts", &|n, p| {
                let c = self.object(n, p, &["teams", "members", "associated"])?;
                let count = |key| {
                    self.req(&c, n, key, &|n, p| self.unsigned(n, p, u32::MAX.into()))
                        .map(|v| v as usize)
                };
                Ok(DeclaredCounts {
                    teams: count("teams")?,
                    members: count("members")?,
                    associated: count("associated")?,
                })
            })?,
        })
    }

    fn team(&self, node: &Node, path: &str) -> Read<Team> {
        let o = self.object(
            node,
            path,
            &[
                "id",
                "acronym",
                "name",
                "description",
                "unit",
                "institutions",
                "city",
                "region",
                "location",
                "leaders",
                "website",
                "axes",
                "tumor_types",
                "expertise",
                "status",
                "illustrative",
            ],
        )?;
        let s = |key| self.req(&o, node, key, &|n, p| self.string(n, p));
        let opt_s = |key| self.opt(&o, key, &|n, p| self.string(n, p));
        let list = |key| self.req(&o, node, key, &|n, p| self.strings(n, p));
        Ok(Team {
            id: s("id")?,
            acronym: opt_s("acronym")?,
            name: self.req(&o, node, "name", &|n, p| self.text(n, p))?,
            description: self.req(&o, node, "description", &|n, p| self.text(n, p))?,
            unit: opt_s("unit")?,
            institutions: list("institutions")?,
            city: s("city")?,
            region: s("region")?,
            location: self.req(&o, node, "location", &|n, p| {
                let l = self.object(n, p, &["lat", "lon"])?;
                Ok(LatLon {
                    lat: self.req(&l, n, "lat", &|n, p| self.float(n, p))?,
                    lon: self.req(&l, n, "lon", &|n, p| self.float(n, p))?,
                })
            })?,
            leaders: self.opt_list(&o, "leaders", &|n, p| self.string(n, p))?,
            website: opt_s("website")?,
            axes: self.req(&o, node, "axes", &|n, p| {
                self.list(n, p, &|n, p| {
                    self.unsigned(n, p, u8::MAX.into()).map(|v| v as u8)
                })
            })?,
            tumor_types: list("tumor_types")?,
            expertise: list("expertise")?,
            status: self.req(&o, node, "status", &|n, p| {
                self.choice(
                    n,
                    p,
                    &[
                        ("member", Membership::Member),
                        ("associated", Membership::Associated),
                    ],
                )
            })?,
            illustrative: self.req(&o, node, "illustrative", &|n, p| self.boolean(n, p))?,
        })
    }

    fn snapshot(&self, node: &Node) -> Read<Snapshot> {
        let o = self.object(
            node,
            "",
            &[
                "schema_version",
                "updated",
                "about",
                "axes",
                "tumor_types",
                "expertise",
                "institutions",
                "regions",
                "teams",
                "news",
                "events",
                "partners",
            ],
        )?;
        let text = |n: &Node, p: &str, key: &str| {
            let f = self.object(n, p, &["id", key])?;
            Ok::<_, SnapshotError>((
                self.req(&f, n, "id", &|n, p| self.string(n, p))?,
                self.req(&f, n, key, &|n, p| self.text(n, p))?,
            ))
        };
        Ok(Snapshot {
            schema_version: self.req(&o, node, "schema_version", &|n, p| {
                self.unsigned(n, p, u32::MAX.into()).map(|v| v as u32)
            })?,
            updated: self.req(&o, node, "updated", &|n, p| self.string(n, p))?,
            about: self.req(&o, node, "about", &|n, p| self.about(n, p))?,
            axes: self.req(&o, node, "axes", &|n, p| {
                self.list(n, p, &|n, p| {
                    let a = self.object(n, p, &["number", "title", "description"])?;
                    Ok(Axis {
                        number: self.req(&a, n, "number", &|n, p| {
                            self.unsigned(n, p, u8::MAX.into()).map(|v| v as u8)
                        })?,
                        title: self.req(&a, n, "title", &|n, p| self.text(n, p))?,
                        description: self.req(&a, n, "description", &|n, p| self.text(n, p))?,
                    })
                })
            })?,
            tumor_types: self.req(&o, node, "tumor_types", &|n, p| {
                self.list(n, p, &|n, p| {
                    let t = self.object(n, p, &["id", "group", "name"])?;
                    Ok(TumorType {
                        id: self.req(&t, n, "id", &|n, p| self.string(n, p))?,
                        group: self.req(&t, n, "group", &|n, p| {
                            self.choice(
                                n,
                                p,
                                &[
                                    ("hematological", TumorGroup::Hematological),
                                    ("solid", TumorGroup::Solid),
                                ],
                            )
                        })?,
                        name: self.req(&t, n, "name", &|n, p| self.text(n, p))?,
                    })
                })
            })?,
            expertise: self.req(&o, node, "expertise", &|n, p| {
                self.list(n, p, &|n, p| {
                    text(n, p, "name").map(|(id, name)| Expertise { id, name })
                })
            })?,
            institutions: self.req(&o, node, "institutions", &|n, p| {
                self.list(n, p, &|n, p| {
                    let i = self.object(n, p, &["id", "name", "acronym", "kind"])?;
                    Ok(Institution {
                        id: self.req(&i, n, "id", &|n, p| self.string(n, p))?,
                        name: self.req(&i, n, "name", &|n, p| self.text(n, p))?,
                        acronym: self.opt(&i, "acronym", &|n, p| self.string(n, p))?,
                        kind: self.req(&i, n, "kind", &|n, p| {
                            self.choice(
                                n,
                                p,
                                &[
                                    (
                                        "research-organisation",
                                        InstitutionKind::ResearchOrganisation,
                                    ),
                                    ("university", InstitutionKind::University),
                                    ("hospital", InstitutionKind::Hospital),
                                    ("cancer-centre", InstitutionKind::CancerCentre),
                                    ("other", InstitutionKind::Other),
                                ],
                            )
                        })?,
                    })
                })
            })?,
            regions: self.req(&o, node, "regions", &|n, p| {
                self.list(n, p, &|n, p| {
                    text(n, p, "name").map(|(id, name)| Region { id, name })
                })
            })?,
            teams: self.req(&o, node, "teams", &|n, p| {
                self.list(n, p, &|n, p| self.team(n, p))
            })?,
            news: self.opt_list(&o, "news", &|n, p| {
                let x = self.object(
                    n,
                    p,
                    &["slug", "date", "title", "summary", "body", "teams", "links"],
                )?;
                Ok(NewsItem {
                    slug: self.req(&x, n, "slug", &|n, p| self.string(n, p))?,
                    date: self.opt(&x, "date", &|n, p| self.string(n, p))?,
                    title: self.req(&x, n, "title", &|n, p| self.text(n, p))?,
                    summary: self.req(&x, n, "summary", &|n, p| self.text(n, p))?,
                    body: self.opt_list(&x, "body", &|n, p| self.text(n, p))?,
                    teams: self.opt_list(&x, "teams", &|n, p| self.string(n, p))?,
                    links: self.opt_list(&x, "links", &|n, p| self.link(n, p))?,
                })
            })?,
            events: self.opt_list(&o, "events", &|n, p| {
                let e = self.object(
                    n,
                    p,
                    &[
                        "id",
                        "title",
                        "start",
                        "end",
                        "city",
                        "description",
                        "links",
                    ],
                )?;
                let s = |key| self.req(&e, n, key, &|n, p| self.string(n, p));
                Ok(Event {
                    id: s("id")?,
                    title: self.req(&e, n, "title", &|n, p| self.text(n, p))?,
                    start: s("start")?,
                    end: s("end")?,
                    city: s("city")?,
                    description: self.req(&e, n, "description", &|n, p| self.text(n, p))?,
                    links: self.opt_list(&e, "links", &|n, p| self.link(n, p))?,
                })
            })?,
            partners: self.opt_list(&o, "partners", &|n, p| {
                let x = self.object(n, p, &["id", "name", "acronym", "role", "website"])?;
                Ok(Partner {
                    id: self.req(&x, n, "id", &|n, p| self.string(n, p))?,
                    name: self.req(&x, n, "name", &|n, p| self.text(n, p))?,
                    acronym: self.opt(&x, "acronym", &|n, p| self.string(n, p))?,
                    role: self.req(&x, n, "role", &|n, p| self.text(n, p))?,
                    website: self.opt(&x, "website", &|n, p| self.string(n, p))?,
                })
            })?,
        })
    }
}

impl Snapshot {
    /// Parses and validates a snapshot like [`Snapshot::from_json`], without serde:
    /// the browser's reader. Errors carry the JSON path, line and column; validation
    /// findings carry their path.
    ///
    /// ```
    /// let json = include_str!("../../../public/data/consortium.json");
    /// let c = micronit_model::Snapshot::from_json_compact(json).unwrap();
    /// assert_eq!(c.teams.len(), 27);
    /// ```
    pub fn from_json_compact(json: &str) -> Result<Consortium, SnapshotError> {
        let json = json.strip_prefix('\u{feff}').unwrap_or(json);
        let root = parse(json)?;
        // The version first: a file of another version may have another shape.
        let version =
            match &root.value {
                Value::Object(fields) => fields
                    .iter()
                    .find(|(k, _)| k == "schema_version")
                    .and_then(|(_, n)| match &n.value {
                        Value::Number(v) => integer(v),
                        _ => None,
                    }),
                _ => None,
            };
        if version != Some(u64::from(SCHEMA_VERSION)) {
            return Err(SnapshotError::UnsupportedVersion { found: version });
        }
        let snapshot = Reader { text: json }.snapshot(&root)?;
        Consortium::new(snapshot)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_are_read_exactly() {
        for text in [
            "47.3941",
            "-1.5536",
            "0",
            "43.2626",
            "5.4166",
            "1e2",
            "2.5E-3",
            "-0.000001",
        ] {
            assert_eq!(decimal(text), text.parse::<f64>().unwrap(), "{text}");
        }
    }

    #[test]
    fn syntax_errors_say_where() {
        let err = Snapshot::from_json_compact("{\n  \"schema_version\": 1,\n  oops").unwrap_err();
        assert_eq!(
            err,
            SnapshotError::Syntax {
                line: 3,
                column: 3,
                message: "key must be a string".into()
            }
        );
        assert!(matches!(
            Snapshot::from_json_compact(""),
            Err(SnapshotError::Syntax { line: 1, .. })
        ));
        let deep = "[".repeat(10_000);
        assert!(matches!(
            Snapshot::from_json_compact(&deep),
            Err(SnapshotError::Syntax { .. })
        ));
    }

    #[test]
    fn strings_and_escapes() {
        let node = parse(r#""a\"b\\c\/\n\u00e9\ud83d\ude00""#).unwrap();
        match node.value {
            Value::String(s) => assert_eq!(s, "a\"b\\c/\né😀"),
            other => panic!("{other:?}"),
        }
        assert!(parse("\"\\ud83d\"").is_err());
        assert!(parse("\"tab\there\"").is_err());
        assert!(parse("01").is_err());
        assert!(parse("1.").is_err());
        assert!(parse("[1,]").is_err());
        assert!(parse("{\"a\":1,}").is_err());
        assert!(parse("nul").is_err());
        assert!(parse("1 2").is_err());
    }

    #[test]
    fn shape_errors_name_the_path() {
        let json = include_str!("../../../public/data/consortium.json");
        let mut value: serde_json::Value = serde_json::from_str(json).unwrap();
        value["teams"][3]["city"] = serde_json::json!(42);
        let err = Snapshot::from_json_compact(&serde_json::to_string_pretty(&value).unwrap());
        let Err(SnapshotError::Shape {
            path,
            message,
            line,
            ..
        }) = err
        else {
            panic!("{err:?}");
        };
        assert_eq!(path.as_deref(), Some("teams[3].city"));
        assert_eq!(message, "invalid type: a number, expected a string");
        assert!(line > 1);

        value["teams"][3]["city"] = serde_json::json!("Lyon");
        value["teams"][3]["colour"] = serde_json::json!("red");
        let err = Snapshot::from_json_compact(&value.to_string()).unwrap_err();
        assert!(
            err.to_string().contains("teams[3]: unknown field `colour`"),
            "{err}"
        );
    }
}
