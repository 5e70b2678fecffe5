//! One bar chart of the network, drawn as SVG from the model's layout, with its figures as
//! a table one disclosure away. The chart is an image to a screen reader (named by its
//! heading), so its figures' links are in the table: a link inside an image is not read.
//! Both are written as markup in one go, every text escaped (`escape_markup`): the one
//! place besides the map's markers where the site writes markup as a string, because a
//! view costs the pages that carry charts their hydration (docs/performance.md, "Size").

use micronit_model::chart::{layout, Entry, BAR};
use micronit_model::{escape_markup, svg_number, Facet, Filter, Lang, Page};

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

/// `chart`, its heading and its table, as markup; each figure of the table leads to the
/// directory filtered by `scope` and the bar's option.
pub fn bar_chart(chart: &Chart, lang: Lang, scope: &Filter) -> String {
    let title = escape_markup(t(lang, chart.title));
    format!(
        "<section class=\"chart\"><h3 id=\"{id}\">{title}</h3>{}<details class=\"chart-figures\"><summary>{}<span class=\"visually-hidden\">{}{title}</span></summary>{}</details></section>",
        svg(chart),
        escape_markup(t(lang, Key::ChartTable)),
        escape_markup(colon(lang)),
        table(chart, lang, scope),
        id = chart.id,
    )
}

/// The chart as an image: each label above its bar, its figure at the line's end, the
/// illustrative teams the bar's paler end. Lengths down are in ems (see the model).
fn svg(chart: &Chart) -> String {
    let laid = layout(chart.rows.iter().map(|row| &row.entry));
    let em = |x: f64| format!("{}em", svg_number(x, 2));
    let mut svg = format!(
        "<svg class=\"bars\" role=\"img\" aria-labelledby=\"{}\" width=\"100%\" height=\"{}\" focusable=\"false\">",
        chart.id,
        em(laid.height)
    );
    for (row, placed) in chart.rows.iter().zip(&laid.rows) {
        let class = if placed.bar.is_some() {
            "label"
        } else {
            "group"
        };
        for line in &placed.lines {
            svg.push_str(&format!(
                "<text class=\"{class}\" x=\"0\" y=\"{}\">{}</text>",
                em(line.y),
                escape_markup(&line.text)
            ));
        }
        let (Some(shape), Some(last)) = (placed.bar, placed.lines.last()) else {
            continue;
        };
        let colour = row.colour.as_deref().unwrap_or("");
        svg.push_str(&format!(
            "<text class=\"figure\" x=\"100%\" y=\"{}\" text-anchor=\"end\">{}</text>",
            em(last.y),
            shape.count.teams
        ));
        let (y, height) = (em(shape.y), em(BAR));
        let percent = |share: f64| svg_number(share * 100.0, 2);
        if shape.sourced > 0.0 {
            svg.push_str(&format!(
                "<rect class=\"sourced {colour}\" x=\"0\" y=\"{y}\" width=\"{}%\" height=\"{height}\"/>",
                percent(shape.sourced)
            ));
        }
        if shape.illustrative > 0.0 {
            svg.push_str(&format!(
                "<rect class=\"illustrative {colour}\" x=\"{}%\" y=\"{y}\" width=\"{}%\" height=\"{height}\"/>",
                percent(shape.sourced),
                percent(shape.illustrative)
            ));
        }
    }
    svg.push_str("</svg>");
    svg
}

/// The chart's figures: each option, its teams (a link to them) and how many of them are
/// illustrative; each group of rows under its heading.
fn table(chart: &Chart, lang: Lang, scope: &Filter) -> String {
    let mut html = format!(
        "<table class=\"chart-table\" aria-labelledby=\"{}\"><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
        chart.id,
        escape_markup(t(lang, chart.column)),
        escape_markup(t(lang, Key::ChartColTeams)),
        escape_markup(t(lang, Key::ChartColIllustrative)),
    );
    for (at, row) in chart.rows.iter().enumerate() {
        match (&row.entry, &row.value) {
            (Entry::Bar { label, count }, Some(value)) => {
                let href = Page::directory_href(lang, &scope.clone().with(chart.facet, value));
                html.push_str(&format!(
                    "<tr><th scope=\"row\">{}</th>{}<td class=\"figure\">{}</td></tr>",
                    escape_markup(label),
                    figure_cell(lang, count.teams, &escape_markup(&href)),
                    count.illustrative
                ));
            }
            // A group's rows are a body of their own, headed by the group's name.
            (Entry::Group(heading), _) => html.push_str(&format!(
                "{}<tr><th scope=\"rowgroup\" colspan=\"3\" class=\"group\">{}</th></tr>",
                if at > 0 { "</tbody><tbody>" } else { "" },
                escape_markup(heading)
            )),
            (Entry::Bar { .. }, None) => {}
        }
    }
    html.push_str("</tbody></table>");
    html
}

/// A number of teams, as a link to them (`href`, already escaped); a zero links nowhere:
/// the markup of the tables' `figure_cell` (components/matrix.rs), for the charts' string.
fn figure_cell(lang: Lang, n: usize, href: &str) -> String {
    let teams = escape_markup(&crate::i18n::count(
        lang,
        n,
        Key::TeamsCountOne,
        Key::TeamsCountOther,
    ));
    if n == 0 {
        format!("<td class=\"figure none\"><span aria-hidden=\"true\">0</span><span class=\"visually-hidden\">{teams}</span></td>")
    } else {
        format!("<td class=\"figure\"><a href=\"{href}\"><span aria-hidden=\"true\">{n}</span><span class=\"visually-hidden\">{teams}</span></a></td>")
    }
}
