//! The Micronit consortium's data and the pure logic of the atlas: the snapshot's
//! types and validation, the two languages, dates and the site's addresses.
//!
//! Nothing here depends on a browser, so `cargo test` runs it natively.

mod atom;
pub mod chart;
pub mod closeness;
mod cluster;
#[cfg(feature = "desk")]
mod compare;
mod consortium;
mod counts;
mod csv_text;
mod date;
mod digest;
mod explain;
mod filter;
mod geojson;
pub mod i18n;
mod ics;
pub mod identifiers;
mod lang;
mod locate;
mod mapview;
mod markup;
mod meta;
pub mod open_data;
mod placeholders;
mod preview;
mod projection;
#[cfg(feature = "desk")]
pub mod review;
mod route;
mod search;
#[cfg(feature = "desk")]
pub mod sheet;
mod snapshot;
pub mod structured;
mod synth;
mod text;
pub mod validate;

/// Sorts indices with a comparison: every sort of the site goes through this one routine,
/// so that the wasm carries one sort instead of one per call site (clippy.toml refuses
/// the slice sorts elsewhere). Not stable: give the comparison a last tie-break (the
/// index itself, for example).
#[allow(clippy::disallowed_methods)]
pub fn sort_indices(indices: &mut [usize], compare: &dyn Fn(usize, usize) -> std::cmp::Ordering) {
    indices.sort_unstable_by(|a, b| compare(*a, *b));
}

pub use atom::news_atom;
pub use cluster::{cluster, Cluster};
#[cfg(feature = "desk")]
pub use compare::{compare, CellChange, Changes, TeamChange};
pub use consortium::{snapshot_text, write_snapshot, Consortium, Figures, SnapshotError};
pub use counts::Counts;
pub use csv_text::to_csv;
pub use date::{date_range, parse_month, BadDate, Date};
pub use digest::snapshot_digest;
pub use filter::{
    display_name, sort_teams, tally, topic_pairs, Facet, Filter, Index, Selection, Sort, TeamOrder,
    TeamOrders,
};
pub use geojson::teams_geojson;
pub use ics::{axis_events, calendar_ics, event_ics};
pub use lang::{Lang, UnknownLang};
pub use locate::{locate, Position};
pub use mapview::{ClusterAction, Frame, View, MAX_ZOOM};
pub use markup::{escape_markup, svg_number};
pub use meta::{axis_heading, colon, page_meta, DataState, HeadLink, PageMeta};
pub use placeholders::{around_placeholder, fill_placeholders};
pub use preview::{PREVIEW_NAME_KEY, PREVIEW_STORAGE_KEY};
pub use projection::{
    from_lambert93, to_lambert93, to_lambert93_with, Lambert93, Maths, Point, StdMaths,
};
pub use route::{lang_of_path, parse_axis_number, strip_base, switch_lang, Embed, Page};
pub use search::{normalize, Query};
pub use snapshot::*;
pub use synth::{synthetic, Rng};
pub use text::{Localized, Text};
pub use validate::{Declared, Issue, Problem, Severity, Subject};
