//! The network's figures drawn: teams by research axis, by tumor type in its two groups,
//! by area of expertise, by region, and members and associated teams, on the home page
//! (the whole network) and on an axis page (that axis's teams, in its colour).

mod bar_chart;

use leptos::prelude::*;
use micronit_model::chart::{counts, largest_first, Entry};
use micronit_model::{escape_markup, Consortium, Facet, Filter, Lang, Team, TumorGroup};

use self::bar_chart::{bar_chart, Chart, Row};
use super::options::{group_options, ids, options, Options};
use crate::components::illustrative_note;
use crate::data::use_consortium;
use crate::i18n::{page_lang, t, Key};

/// The charts of the teams of `axis`, or of the whole network.
#[component]
pub fn NetworkCharts(axis: Option<u8>) -> impl IntoView {
    let lang = page_lang();
    let c = use_consortium();
    let teams = c.teams_within(axis);
    let scope = Filter::of_axis(axis);
    let by = |facet, id, title, column, ranked| Chart {
        id,
        title,
        facet,
        column,
        rows: bars(&teams, facet, options(&c, facet, lang), ranked),
    };
    let mut charts = Vec::new();
    // On an axis page every team is of the axis: no chart of the axes.
    if axis.is_none() {
        charts.push(by(
            Facet::Axis,
            "chart-axes",
            Key::ChartAxes,
            Key::FiltersAxis,
            false,
        ));
    }
    charts.extend([
        tumor_types(&c, &teams, lang),
        by(
            Facet::Expertise,
            "chart-expertise",
            Key::ChartExpertise,
            Key::FiltersExpertise,
            true,
        ),
        by(
            Facet::Region,
            "chart-regions",
            Key::ChartRegions,
            Key::FiltersRegion,
            true,
        ),
        by(
            Facet::Status,
            "chart-status",
            Key::ChartStatus,
            Key::FiltersStatus,
            false,
        ),
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
    // The charts do not change once drawn: written as markup in one go (see bar_chart.rs).
    let mut html = format!(
        "<h2 id=\"charts-title\">{}</h2><p class=\"chart-legend\" aria-hidden=\"true\"><span class=\"key\"><span class=\"swatch\"></span>{}</span><span class=\"key\"><span class=\"swatch illustrative\"></span>{}</span></p>{note}<div class=\"chart-grid\">",
        escape_markup(t(lang, title)),
        escape_markup(t(lang, Key::ChartLegendSourced)),
        escape_markup(t(lang, Key::IllustrativeBadge)),
    );
    // A chart of nothing (no region known, say) is not drawn.
    for chart in charts
        .iter()
        .filter(|chart| chart.rows.iter().any(|r| r.value.is_some()))
    {
        html.push_str(&bar_chart(chart, lang, &scope));
    }
    html.push_str("</div>");
    view! { <section class=class aria-labelledby="charts-title" inner_html=html></section> }
}

/// Teams by tumor type, in their two groups, the most studied first in each.
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
        rows.push(Row {
            entry: Entry::Group(t(lang, heading).to_owned()),
            value: None,
            colour: None,
        });
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

/// The bars of `options` of `facet`, the most teams first when `ranked`; an axis's bar in
/// its axis's colour.
fn bars(teams: &[&Team], facet: Facet, options: Options, ranked: bool) -> Vec<Row> {
    let found = counts(teams, facet, &ids(&options));
    let order: Vec<usize> = if ranked {
        largest_first(&found)
    } else {
        (0..found.len()).collect()
    };
    order
        .into_iter()
        .map(|at| {
            let (value, label) = options[at].clone();
            Row {
                entry: Entry::Bar {
                    label,
                    count: found[at],
                },
                colour: (facet == Facet::Axis).then(|| format!("axis-{value}")),
                value: Some(value),
            }
        })
        .collect()
}
