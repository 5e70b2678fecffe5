//! Finds where in the JSON text a value is, from its path (`teams[3].axes[0]`), so
//! that every finding can say at which line and column to look.

use std::collections::{HashMap, HashSet};

/// A place in a text: 1-based line and column (in characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

struct Scanner<'a, 'b> {
    bytes: &'a [u8],
    i: usize,
    line: usize,
    line_start: usize,
    wanted: &'b HashSet<&'b str>,
    found: HashMap<String, Position>,
    depth: usize,
}

/// Deeper than this, the scanner gives up (the parser refuses such files anyway).
const MAX_DEPTH: usize = 256;

impl Scanner<'_, '_> {
    fn position(&self) -> Position {
        let column = String::from_utf8_lossy(&self.bytes[self.line_start..self.i])
            .chars()
            .count()
            + 1;
        Position {
            line: self.line,
            column,
        }
    }

    fn skip_ws(&mut self) {
        while let Some(&b) = self.bytes.get(self.i) {
            match b {
                b'\n' => {
                    self.i += 1;
                    self.line += 1;
                    self.line_start = self.i;
                }
                b' ' | b'\t' | b'\r' => self.i += 1,
                _ => break,
            }
        }
    }

    fn string(&mut self) -> Option<String> {
        // At the opening quote.
        self.i += 1;
        let start = self.i;
        let mut escaped = false;
        while let Some(&b) = self.bytes.get(self.i) {
            self.i += 1;
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => {
                    let raw = &self.bytes[start..self.i - 1];
                    let text = format!("\"{}\"", String::from_utf8_lossy(raw));
                    return serde_json::from_str(&text).ok();
                }
                _ => {}
            }
        }
        None
    }

    fn value(&mut self, path: &str) -> Option<()> {
        self.skip_ws();
        if self.wanted.contains(path) {
            self.found.insert(path.to_owned(), self.position());
        }
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return None;
        }
        match self.bytes.get(self.i)? {
            b'{' => {
                self.i += 1;
                loop {
                    self.skip_ws();
                    match self.bytes.get(self.i)? {
                        b'}' => {
                            self.i += 1;
                            break;
                        }
                        b',' => self.i += 1,
                        b'"' => {
                            let key = self.string()?;
                            self.skip_ws();
                            if self.bytes.get(self.i) != Some(&b':') {
                                return None;
                            }
                            self.i += 1;
                            let child = if path.is_empty() {
                                key
                            } else {
                                format!("{path}.{key}")
                            };
                            self.value(&child)?;
                        }
                        _ => return None,
                    }
                }
            }
            b'[' => {
                self.i += 1;
                let mut index = 0;
                loop {
                    self.skip_ws();
                    match self.bytes.get(self.i)? {
                        b']' => {
                            self.i += 1;
                            break;
                        }
                        b',' => self.i += 1,
                        _ => {
                            self.value(&format!("{path}[{index}]"))?;
                            index += 1;
                        }
                    }
                }
            }
            b'"' => {
                self.string()?;
            }
            _ => {
                while let Some(&b) = self.bytes.get(self.i) {
                    if matches!(b, b',' | b'}' | b']') || b.is_ascii_whitespace() {
                        break;
                    }
                    self.i += 1;
                }
            }
        }
        self.depth -= 1;
        Some(())
    }
}

/// The positions of the values at `paths` in the JSON text `json`, for those found.
///
/// ```
/// use micronit_model::locate;
/// let json = "{\n  \"teams\": [\n    { \"id\": \"a\" },\n    { \"id\": \"b\" }\n  ]\n}";
/// let found = locate(json, &["teams[1].id"]);
/// assert_eq!(found["teams[1].id"].line, 4);
/// assert_eq!(found["teams[1].id"].column, 13);
/// ```
pub fn locate(json: &str, paths: &[&str]) -> HashMap<String, Position> {
    let wanted: HashSet<&str> = paths.iter().copied().collect();
    let mut scanner = Scanner {
        bytes: json.as_bytes(),
        i: 0,
        line: 1,
        line_start: 0,
        wanted: &wanted,
        found: HashMap::new(),
        depth: 0,
    };
    // A BOM is not part of the JSON.
    if json.starts_with('\u{feff}') {
        scanner.i = 3;
        scanner.line_start = 3;
    }
    let _ = scanner.value("");
    scanner.found
}
