//! The network's bar charts, counted and laid out, so that the app only writes them as
//! SVG. Each bar is a label (on one or more lines, with its figure at the line's end) above
//! a bar whose length is the share of the chart's largest figure; the bar's illustrative
//! teams are its last part, drawn paler. Lengths across are shares of the chart's width,
//! so that a chart takes its column's width while its text keeps its size; lengths down
//! are in ems of the chart's text, so that lines never overlap when a reader enlarges the
//! text.

use crate::{sort_indices, tally, Facet, Team};

/// What a bar counts: teams, and how many of them are illustrative entries.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Count {
    pub teams: usize,
    pub illustrative: usize,
}

/// For each of `values` of `facet`, how many of `teams` have it, and how many of those are
/// illustrative (a team counts once per value, as in [`tally`]).
pub fn counts(teams: &[&Team], facet: Facet, values: &[&str]) -> Vec<Count> {
    let all = tally(teams.iter().copied(), facet);
    let illustrative = tally(teams.iter().copied().filter(|t| t.illustrative), facet);
    values
        .iter()
        .map(|&value| Count {
            teams: all.get(value).copied().unwrap_or(0),
            illustrative: illustrative.get(value).copied().unwrap_or(0),
        })
        .collect()
}

/// The positions of `counts`, the most teams first; equal counts keep their order.
pub fn largest_first(counts: &[Count]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..counts.len()).collect();
    sort_indices(&mut order, &|a, b| {
        counts[b].teams.cmp(&counts[a].teams).then(a.cmp(&b))
    });
    order
}

/// One line of a chart, before it is laid out.
#[derive(Clone, Debug, PartialEq)]
pub enum Entry {
    /// The heading of a group of bars ("Hematological malignancies").
    Group(String),
    Bar {
        label: String,
        count: Count,
    },
}

/// The height of a line of text, in ems.
pub const LINE: f64 = 1.45;
/// Where a line's baseline lies, as a share of the line's height from its top.
pub const BASELINE: f64 = 0.75;
/// The thickness of a bar, in ems.
pub const BAR: f64 = 0.85;
/// The space between a label's last line and its bar, in ems.
const ABOVE_BAR: f64 = 0.15;
/// The space below a bar, in ems; a group's heading has as much again above it.
const GAP: f64 = 0.65;
/// The longest label line, in characters, that leaves room for the figure at its end in
/// the narrowest chart: 288 pixels on a 320-pixel phone, about 7 pixels a character of
/// the chart's 14-pixel text, and the figure's three digits.
pub const LABEL_CHARS: usize = 34;

/// A label line: its text and its baseline.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub y: f64,
    pub text: String,
}

/// A bar laid out: its top (in ems), and the shares of the chart's width (0 to 1) of its teams
/// from the sources and of its illustrative teams, which follow them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Shape {
    pub y: f64,
    pub sourced: f64,
    pub illustrative: f64,
    pub count: Count,
}

/// One entry laid out: a group's heading has no bar.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    pub lines: Vec<Line>,
    pub bar: Option<Shape>,
}

/// A chart laid out: its entries, in order, and its whole height.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub rows: Vec<Placed>,
    pub height: f64,
}

/// Lays out `entries` from the top, each bar's length the share of the largest figure.
pub fn layout<'a>(entries: impl IntoIterator<Item = &'a Entry> + Clone) -> Layout {
    let largest = entries
        .clone()
        .into_iter()
        .filter_map(|e| match e {
            Entry::Bar { count, .. } => Some(count.teams),
            Entry::Group(_) => None,
        })
        .max()
        .unwrap_or(0);
    let share = |n: usize| {
        if largest == 0 {
            0.0
        } else {
            n as f64 / largest as f64
        }
    };
    let mut top = 0.0;
    let mut rows = Vec::new();
    for (at, entry) in entries.into_iter().enumerate() {
        let (text, count) = match entry {
            Entry::Group(heading) => {
                if at > 0 {
                    top += GAP;
                }
                (heading, None)
            }
            Entry::Bar { label, count } => (label, Some(*count)),
        };
        let lines: Vec<Line> = wrap(text, LABEL_CHARS)
            .into_iter()
            .enumerate()
            .map(|(k, text)| Line {
                y: top + LINE * (k as f64 + BASELINE),
                text,
            })
            .collect();
        top += LINE * lines.len() as f64;
        let bar = count.map(|count| {
            let illustrative = count.illustrative.min(count.teams);
            let shape = Shape {
                y: top + ABOVE_BAR,
                sourced: share(count.teams - illustrative),
                illustrative: share(illustrative),
                count,
            };
            top += ABOVE_BAR + BAR + GAP;
            shape
        });
        rows.push(Placed { lines, bar });
    }
    Layout { rows, height: top }
}

/// `text` in lines of at most `width` characters, broken between words; a word longer
/// than a line stays whole on its own line; always at least one line. Only a plain space
/// breaks: a no-break space (French, before a colon) holds its words together.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let fits = line.chars().count() + 1 + word.chars().count() <= width;
        if !line.is_empty() && !fits {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}
