//! One bar chart of the network, drawn as SVG from the model's layout, with its figures as
//! a table one disclosure away. The chart is an image to a screen reader (named by its
//! heading), so its figures' links are in the table: a link inside an image is not read.
//! Neither changes once drawn: plain views, with no signal in them.

use leptos::prelude::*;
use micronit_model::chart::{layout, Entry, BAR};
use micronit_model::{svg_number, Facet, Filter, Lang, Page};

use crate::components::figure_cell;
use crate::i18n::{t, Key};
use crate::meta::colon;

/// One line of a chart: a group's heading, or a bar with the option it counts.
pub struct Row {
    pub entry: Entry,
    /// The option's value in the query string; none for a group's heading.
    pub value: Option<String>,
    /// The bar's own colour class ("axis-2"), when it has one.
    pub colour: Option<String>,
}

/// A chart's description: what it counts, and its rows in the order drawn.
pub struct Chart {
    /// The heading's id, which names the image and the table.
    pub id: &'static str,
    pub title: Key,
    pub facet: Facet,
    /// The head of the table's first column ("Region").
    pub column: Key,
    pub rows: Vec<Row>,
}

/// `chart`, its heading and its table; each figure of the table leads to the directory
/// filtered by `scope` and the bar's option.
pub fn bar_chart(chart: &Chart, lang: Lang, scope: &Filter) -> impl IntoView {
    let title = t(lang, chart.title);
    view! {
        <section class="chart">
            <h3 id=chart.id>{title}</h3>
            {svg(chart)}
            <details class="chart-figures">
                <summary>
                    {t(lang, Key::ChartTable)}
                    <span class="visually-hidden">{colon(lang)}{title}</span>
                </summary>
                {table(chart, lang, scope)}
            </details>
        </section>
    }
}

/// The chart as an image: each label above its bar, its figure at the line's end, the
/// illustrative teams the bar's paler end. Lengths down are in ems (see the model).
fn svg(chart: &Chart) -> impl IntoView {
    let laid = layout(chart.rows.iter().map(|row| &row.entry));
    let em = |x: f64| format!("{}em", svg_number(x, 2));
    let percent = |share: f64| format!("{}%", svg_number(share * 100.0, 2));
    let rows = chart
        .rows
        .iter()
        .zip(&laid.rows)
        .map(|(row, placed)| {
            let class = if placed.bar.is_some() {
                "label"
            } else {
                "group"
            };
            let lines = placed
                .lines
                .iter()
                .map(|line| view! { <text class=class x="0" y=em(line.y)>{line.text.clone()}</text> })
                .collect_view();
            let bar = placed.bar.zip(placed.lines.last()).map(|(shape, last)| {
                let colour = row.colour.clone().unwrap_or_default();
                let (y, height) = (em(shape.y), em(BAR));
                view! {
                    <text class="figure" x="100%" y=em(last.y) text-anchor="end">{shape.count.teams}</text>
                    {(shape.sourced > 0.0).then(|| view! {
                        <rect class=format!("sourced {colour}") x="0" y=y.clone()
                            width=percent(shape.sourced) height=height.clone()/>
                    })}
                    {(shape.illustrative > 0.0).then(|| view! {
                        <rect class=format!("illustrative {colour}") x=percent(shape.sourced) y=y.clone()
                            width=percent(shape.illustrative) height=height.clone()/>
                    })}
                }
            });
            view! { {lines}{bar} }
        })
        .collect_view();
    view! {
        <svg class="bars" role="img" aria-labelledby=chart.id width="100%" height=em(laid.height)
            focusable="false">
            {rows}
        </svg>
    }
}

/// The chart's figures: each option, its teams (a link to them) and how many of them are
/// illustrative; each group of rows a body of its own, headed by the group's name.
fn table(chart: &Chart, lang: Lang, scope: &Filter) -> impl IntoView {
    let mut bodies: Vec<(Option<String>, Vec<AnyView>)> = Vec::new();
    for row in &chart.rows {
        match (&row.entry, &row.value) {
            (Entry::Group(heading), _) => bodies.push((Some(heading.clone()), Vec::new())),
            (Entry::Bar { label, count }, Some(value)) => {
                let href = Page::directory_href(lang, &scope.clone().with(chart.facet, value));
                let line = view! {
                    <tr>
                        <th scope="row">{label.clone()}</th>
                        {figure_cell(lang, count.teams, href)}
                        <td class="figure">{count.illustrative}</td>
                    </tr>
                }
                .into_any();
                match bodies.last_mut() {
                    Some((_, lines)) => lines.push(line),
                    None => bodies.push((None, vec![line])),
                }
            }
            (Entry::Bar { .. }, None) => {}
        }
    }
    let bodies = bodies
        .into_iter()
        .map(|(heading, lines)| {
            view! {
                <tbody>
                    {heading.map(|h| view! {
                        <tr><th scope="rowgroup" colspan="3" class="group">{h}</th></tr>
                    })}
                    {lines}
                </tbody>
            }
        })
        .collect_view();
    view! {
        <table class="chart-table" aria-labelledby=chart.id>
            <thead>
                <tr>
                    <th scope="col">{t(lang, chart.column)}</th>
                    <th scope="col">{t(lang, Key::ChartColTeams)}</th>
                    <th scope="col">{t(lang, Key::ChartColIllustrative)}</th>
                </tr>
            </thead>
            {bodies}
        </table>
    }
}
