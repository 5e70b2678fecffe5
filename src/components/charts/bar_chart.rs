//! One bar chart of the network, drawn as SVG from the model's layout, with its figures as
//! a table one disclosure away. The chart is an image to a screen reader (named by its
//! heading), so its figures' links are in the table: a link inside an image is not read.
//! Both are written as markup in one go (every text escaped), as the directory's tables.

use micronit_model::chart::{layout, Count, Entry, BAR};
use micronit_model::{escape_markup, svg_number, Facet, Filter, Lang, Page};

use crate::components::figure_cell;
use crate::i18n::{t, Key};

/// One line of a chart: a group's heading, or an option of the facet with its count.
pub enum Row {
    Group(String),
    Bar {
        /// The option's value in the query string.
        value: String,
        label: String,
        count: Count,
        /// The bar's own colour class ("axis-2"), when it has one.
        colour: Option<String>,
    },
}

/// A chart's description: what it counts, and its rows in the order drawn.
pub struct Chart {
    /// The heading's id, which names the image.
    pub id: &'static str,
    pub title: Key,
    pub facet: Facet,
    /// The head of the table's first column ("Region").
    pub column: Key,
    pub rows: Vec<Row>,
}

/// `chart`, its heading and its table, as markup; each figure of the table leads to the
/// directory filtered by `scope` and the bar's option.
pub fn bar_chart(chart: Chart, lang: Lang, scope: &Filter) -> String {
    format!(
        "<section class=\"chart\" aria-labelledby=\"{id}\"><h3 id=\"{id}\">{}</h3>{}<details class=\"chart-figures\"><summary>{}</summary>{}</details></section>",
        escape_markup(t(lang, chart.title)),
        svg(&chart),
        escape_markup(t(lang, Key::ChartTable)),
        table(&chart, lang, scope),
        id = chart.id,
    )
}

/// The chart as an image: each label above its bar, its figure at the line's end, the
/// illustrative teams the bar's paler end.
fn svg(chart: &Chart) -> String {
    let entries: Vec<Entry> = chart
        .rows
        .iter()
        .map(|row| match row {
            Row::Group(heading) => Entry::Group(heading.clone()),
            Row::Bar { label, count, .. } => Entry::Bar {
                label: label.clone(),
                count: *count,
            },
        })
        .collect();
    let laid = layout(&entries);
    let mut svg = format!(
        "<svg class=\"bars\" role=\"img\" aria-labelledby=\"{}\" width=\"100%\" height=\"{}\" focusable=\"false\">",
        chart.id,
        svg_number(laid.height, 1)
    );
    for (row, placed) in chart.rows.iter().zip(&laid.rows) {
        let class = match row {
            Row::Group(_) => "group",
            Row::Bar { .. } => "label",
        };
        for line in &placed.lines {
            svg.push_str(&format!(
                "<text class=\"{class}\" x=\"0\" y=\"{}\">{}</text>",
                svg_number(line.y, 1),
                escape_markup(&line.text)
            ));
        }
        let (Row::Bar { colour, .. }, Some(shape), Some(last)) =
            (row, placed.bar, placed.lines.last())
        else {
            continue;
        };
        let colour = colour.as_deref().unwrap_or("");
        svg.push_str(&format!(
            "<text class=\"figure\" x=\"100%\" y=\"{}\" text-anchor=\"end\">{}</text>",
            svg_number(last.y, 1),
            shape.count.teams
        ));
        let y = svg_number(shape.y, 1);
        let percent = |share: f64| svg_number(share * 100.0, 2);
        if shape.sourced > 0.0 {
            svg.push_str(&format!(
                "<rect class=\"sourced {colour}\" x=\"0\" y=\"{y}\" width=\"{}%\" height=\"{BAR}\"/>",
                percent(shape.sourced)
            ));
        }
        if shape.illustrative > 0.0 {
            svg.push_str(&format!(
                "<rect class=\"illustrative {colour}\" x=\"{}%\" y=\"{y}\" width=\"{}%\" height=\"{BAR}\"/>",
                percent(shape.sourced),
                percent(shape.illustrative)
            ));
        }
    }
    svg.push_str("</svg>");
    svg
}

/// The chart's figures: each option, its teams (a link to them) and how many of them are
/// illustrative; a group's heading heads its rows.
fn table(chart: &Chart, lang: Lang, scope: &Filter) -> String {
    let mut html = format!(
        "<table class=\"chart-table\"><caption class=\"visually-hidden\">{}</caption><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
        escape_markup(t(lang, chart.title)),
        escape_markup(t(lang, chart.column)),
        escape_markup(t(lang, Key::ChartColTeams)),
        escape_markup(t(lang, Key::ChartColIllustrative)),
    );
    for row in &chart.rows {
        match row {
            Row::Group(heading) => html.push_str(&format!(
                "<tr><th scope=\"colgroup\" colspan=\"3\" class=\"group\">{}</th></tr>",
                escape_markup(heading)
            )),
            Row::Bar {
                value,
                label,
                count,
                ..
            } => {
                let href = Page::directory_href(lang, &scope.clone().with(chart.facet, value));
                html.push_str(&format!(
                    "<tr><th scope=\"row\">{}</th>{}<td class=\"figure\">{}</td></tr>",
                    escape_markup(label),
                    figure_cell(lang, count.teams, &escape_markup(&href)),
                    count.illustrative
                ));
            }
        }
    }
    html.push_str("</tbody></table>");
    html
}
