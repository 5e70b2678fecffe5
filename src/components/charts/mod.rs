//! The network's figures drawn: teams per research axis, per tumor type in its two
//! groups, per area of expertise, per region, and members and associated teams, on the
//! home page (the whole network) and on an axis page (that axis's teams, in its colour).

mod bar_chart;

use leptos::prelude::*;
use micronit_model::chart::{counts, largest_first, Count};
use micronit_model::{escape_markup, Consortium, Facet, Filter, Lang, Team, TumorGroup};

use self::bar_chart::{bar_chart, Chart, Row};
use super::options::{group_options, ids, options, Options};
use crate::data::use_consortium;
use crate::i18n::{count, t, tf, Key};

/// The charts of the teams of `axis`, or of the whole network.
#[component]
pub fn NetworkCharts(lang: Lang, axis: Option<u8>) -> impl IntoView {
    let c = use_consortium();
    let teams = c.teams_within(axis);
    let scope = Filter::of_axis(axis);
    let mut charts = Vec::new();
    if axis.is_none() {
        charts.push(axes(&c, &teams, lang));
    }
    charts.push(tumor_types(&c, &teams, lang));
    charts.extend([
        by_facet(&c, &teams, lang, Facet::Expertise, true),
        by_facet(&c, &teams, lang, Facet::Region, true),
        by_facet(&c, &teams, lang, Facet::Status, false),
    ]);
    let (title, class) = match axis {
        Some(n) => (Key::ChartsTitleAxis, format!("charts axis-{n}")),
        None => (Key::ChartsTitle, "charts".to_owned()),
    };
    let note = illustrative_note(
        lang,
        &teams,
        Key::ChartsIllustrativeOne,
        Key::ChartsIllustrativeOther,
    )
    .map(|text| {
        format!(
            "<p class=\"note illustrative-note\">{}</p>",
            escape_markup(&text)
        )
    })
    .unwrap_or_default();
    // The charts do not change once drawn: written as markup in one go, as the tables.
    let mut html = format!(
        "<h2 id=\"charts-title\">{}</h2><p class=\"chart-legend\" aria-hidden=\"true\"><span class=\"key\"><span class=\"swatch\"></span>{}</span><span class=\"key\"><span class=\"swatch illustrative\"></span>{}</span></p>{note}<div class=\"chart-grid\">",
        escape_markup(t(lang, title)),
        escape_markup(t(lang, Key::ChartLegendSourced)),
        escape_markup(t(lang, Key::IllustrativeBadge)),
    );
    for chart in charts {
        html.push_str(&bar_chart(chart, lang, &scope));
    }
    html.push_str("</div>");
    view! { <section class=class aria-labelledby="charts-title" inner_html=html></section> }
}

/// The note that the figures of `teams` count illustrative entries, and how many, when
/// they do: a figure must not pass an example for a fact.
pub fn illustrative_note(lang: Lang, teams: &[&Team], one: Key, other: Key) -> Option<String> {
    let n = teams.iter().filter(|t| t.illustrative).count();
    (n > 0).then(|| {
        let key = if n == 1 { one } else { other };
        let all = count(lang, teams.len(), Key::TeamsCountOne, Key::TeamsCountOther);
        tf(lang, key, &[("n", &n.to_string()), ("teams", &all)])
    })
}

/// Teams per research axis, each bar in its axis's colour.
fn axes(c: &Consortium, teams: &[&Team], lang: Lang) -> Chart {
    let options = options(c, Facet::Axis, lang);
    let found = counts(teams, Facet::Axis, &ids(&options));
    let rows = options
        .into_iter()
        .zip(found)
        .map(|((value, label), count)| Row::Bar {
            colour: Some(format!("axis-{value}")),
            value,
            label,
            count,
        })
        .collect();
    Chart {
        id: "chart-axes",
        title: Key::ChartAxes,
        facet: Facet::Axis,
        column: Key::FiltersAxis,
        rows,
    }
}

/// Teams per tumor type, in their two groups, the most studied first in each.
fn tumor_types(c: &Consortium, teams: &[&Team], lang: Lang) -> Chart {
    let groups = [
        (TumorGroup::Hematological, Key::GroupHematological),
        (TumorGroup::Solid, Key::GroupSolid),
    ];
    let mut rows = Vec::new();
    for (group, heading) in groups {
        let options = group_options(c, group, lang);
        if options.is_empty() {
            continue;
        }
        rows.push(Row::Group(t(lang, heading).to_owned()));
        rows.extend(bars(teams, Facet::TumorType, options, true));
    }
    Chart {
        id: "chart-tumor-types",
        title: Key::ChartTumorTypes,
        facet: Facet::TumorType,
        column: Key::FiltersTumorTypes,
        rows,
    }
}

/// Teams per option of `facet`, the most teams first when `ranked`.
fn by_facet(c: &Consortium, teams: &[&Team], lang: Lang, facet: Facet, ranked: bool) -> Chart {
    let (id, title, column) = match facet {
        Facet::Expertise => (
            "chart-expertise",
            Key::ChartExpertise,
            Key::FiltersExpertise,
        ),
        Facet::Region => ("chart-regions", Key::ChartRegions, Key::FiltersRegion),
        _ => ("chart-status", Key::ChartStatus, Key::FiltersStatus),
    };
    Chart {
        id,
        title,
        facet,
        column,
        rows: bars(teams, facet, options(c, facet, lang), ranked),
    }
}

/// The bars of `options` of `facet`, the most teams first when `ranked`.
fn bars(teams: &[&Team], facet: Facet, options: Options, ranked: bool) -> Vec<Row> {
    let found: Vec<Count> = counts(teams, facet, &ids(&options));
    let order: Vec<usize> = if ranked {
        largest_first(&found)
    } else {
        (0..found.len()).collect()
    };
    let mut options: Vec<Option<(String, String)>> = options.into_iter().map(Some).collect();
    order
        .into_iter()
        .filter_map(|at| {
            let (value, label) = options.get_mut(at)?.take()?;
            Some(Row::Bar {
                value,
                label,
                count: found[at],
                colour: None,
            })
        })
        .collect()
}
