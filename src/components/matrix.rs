//! Tables of the network: teams × the options of one facet, and tumor types × areas of
//! expertise. Every figure leads to the directory filtered by exactly what it counts.
//! The tables do not change once drawn, so each is written as markup in one go (every
//! text escaped): far less code than a view.

use std::collections::BTreeMap;

use leptos::prelude::*;
use micronit_model::{display_name, escape_markup, Facet, Filter, Lang, Page, Team};

use crate::components::options::Options;
use crate::i18n::{count, t, tf, Key};

/// Teams × the options of `facet`, as a table a screen reader can read cell by cell:
/// each cell says "yes" or "no", with the row's team and the column's option as headers.
/// A "yes" and the foot's totals (the teams of `scope` with that option, `totals`) lead
/// to the directory filtered by `scope` and that option.
#[component]
pub fn Matrix(
    teams: Vec<Team>,
    columns: Options,
    facet: Facet,
    caption: &'static str,
    id: &'static str,
    lang: Lang,
    /// What every team of the table's context has (nothing, or an axis on its page).
    scope: Filter,
    totals: BTreeMap<String, usize>,
    /// The head of the totals' row: "In the whole network".
    totals_label: &'static str,
) -> impl IntoView {
    let hrefs: Vec<String> = columns
        .iter()
        .map(|(value, _)| {
            escape_markup(&Page::directory_href(
                lang,
                &scope.clone().with(facet, value),
            ))
        })
        .collect();
    // A column's "yes" is the same in every row: written once.
    let yes: Vec<String> = columns
        .iter()
        .zip(&hrefs)
        .map(|((_, label), href)| {
            format!(
                "<td class=\"yes\"><a href=\"{href}\"><span aria-hidden=\"true\">●</span><span class=\"visually-hidden\">{}</span></a></td>",
                escape_markup(&tf(lang, Key::MatrixYesLink, &[("option", label)]))
            )
        })
        .collect();
    let no = format!(
        "<td><span class=\"visually-hidden\">{}</span></td>",
        t(lang, Key::No)
    );
    let mut html = head(caption, id, t(lang, Key::MatrixTeam), &columns);
    html.push_str("<tbody>");
    for team in &teams {
        let values = facet.values(team);
        html.push_str(&format!(
            "<tr><th scope=\"row\"><a href=\"{}\">{}</a></th>",
            escape_markup(&Page::Team(team.id.clone()).href(lang)),
            escape_markup(&display_name(team, lang))
        ));
        for ((value, _), yes) in columns.iter().zip(&yes) {
            html.push_str(if values.contains(value) { yes } else { &no });
        }
        html.push_str("</tr>");
    }
    html.push_str(&format!(
        "</tbody><tfoot><tr><th scope=\"row\">{}</th>",
        escape_markup(totals_label)
    ));
    for ((value, _), href) in columns.iter().zip(&hrefs) {
        let n = totals.get(value).copied().unwrap_or(0);
        html.push_str(&figure_cell(lang, n, href));
    }
    html.push_str("</tr></tfoot></table>");
    scroll_region(id, html)
}

/// Tumor types × areas of expertise: in each cell, how many teams of `scope` work on
/// both (`pairs`), leading to the directory filtered by `scope` and the two.
#[component]
pub fn TopicPairs(
    tumor_types: Options,
    expertise: Options,
    /// `pairs[i][j]`: the teams of `scope` on `tumor_types[i]` and `expertise[j]`.
    pairs: Vec<Vec<usize>>,
    caption: String,
    id: &'static str,
    lang: Lang,
    scope: Filter,
) -> impl IntoView {
    let mut html = head(&caption, id, t(lang, Key::PairsCorner), &expertise);
    html.push_str("<tbody>");
    for ((tumor, tumor_label), counts) in tumor_types.iter().zip(&pairs) {
        html.push_str(&format!(
            "<tr><th scope=\"row\">{}</th>",
            escape_markup(tumor_label)
        ));
        let row = scope.clone().with(Facet::TumorType, tumor);
        for ((skill, _), &n) in expertise.iter().zip(counts) {
            let href = Page::directory_href(lang, &row.clone().with(Facet::Expertise, skill));
            html.push_str(&figure_cell(lang, n, &escape_markup(&href)));
        }
        html.push_str("</tr>");
    }
    html.push_str("</tbody></table>");
    scroll_region(id, html)
}

/// A table's opening: its caption and a header row of `columns` after `corner`.
fn head(caption: &str, id: &str, corner: &str, columns: &Options) -> String {
    let mut html = format!(
        "<table class=\"matrix\"><caption id=\"{id}\">{}</caption><thead><tr><th scope=\"col\">{}</th>",
        escape_markup(caption),
        escape_markup(corner)
    );
    for (_, label) in columns {
        html.push_str(&format!(
            "<th scope=\"col\"><span>{}</span></th>",
            escape_markup(label)
        ));
    }
    html.push_str("</tr></thead>");
    html
}

/// A number of teams, as a link to them (`href`, already escaped); a zero links nowhere.
pub fn figure_cell(lang: Lang, n: usize, href: &str) -> String {
    let teams = escape_markup(&count(lang, n, Key::TeamsCountOne, Key::TeamsCountOther));
    if n == 0 {
        format!("<td class=\"figure none\"><span aria-hidden=\"true\">0</span><span class=\"visually-hidden\">{teams}</span></td>")
    } else {
        format!("<td class=\"figure\"><a href=\"{href}\"><span aria-hidden=\"true\">{n}</span><span class=\"visually-hidden\">{teams}</span></a></td>")
    }
}

/// A wide table in a region that scrolls on its own, reachable by keyboard.
fn scroll_region(id: &'static str, html: String) -> impl IntoView {
    view! {
        <div class="table-scroll" role="region" aria-labelledby=id tabindex="0" inner_html=html></div>
    }
}
