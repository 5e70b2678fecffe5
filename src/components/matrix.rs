//! Tables of the network: teams × the options of one facet, and tumor types × areas of
//! expertise. Every figure leads to the directory filtered by exactly what it counts.
//! The tables do not change once drawn: plain views, with no signal in them.

use std::collections::BTreeMap;

use leptos::prelude::*;
use micronit_model::{display_name, Facet, Filter, Lang, Page, Team};

use crate::components::options::Options;
use crate::i18n::{count, page_lang, t, tf, Key};

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
    /// What every team of the table's context has (nothing, or an axis on its page).
    scope: Filter,
    totals: BTreeMap<String, usize>,
    /// The head of the totals' row: "In the whole network".
    totals_label: &'static str,
) -> impl IntoView {
    let lang = page_lang();
    // A column's address and "yes" words are the same in every row: made once.
    let cells: Vec<(String, String, String)> = columns
        .iter()
        .map(|(value, label)| {
            (
                value.clone(),
                Page::directory_href(lang, &scope.clone().with(facet, value)),
                tf(lang, Key::MatrixYesLink, &[("option", label)]),
            )
        })
        .collect();
    let no = t(lang, Key::No);
    let rows = teams
        .iter()
        .map(|team| {
            let values = facet.values(team);
            let cells = cells
                .iter()
                .map(|(value, href, yes)| {
                    if values.contains(value) {
                        view! {
                            <td class="yes">
                                <a href=href.clone()>
                                    <span aria-hidden="true">"●"</span>
                                    <span class="visually-hidden">{yes.clone()}</span>
                                </a>
                            </td>
                        }
                        .into_any()
                    } else {
                        view! { <td><span class="visually-hidden">{no}</span></td> }.into_any()
                    }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">
                        <a href=Page::Team(team.id.clone()).href(lang)>{display_name(team, lang)}</a>
                    </th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let foot = cells
        .iter()
        .map(|(value, href, _)| {
            let n = totals.get(value).copied().unwrap_or(0);
            figure_cell(lang, n, href.clone())
        })
        .collect_view();
    view! {
        <ScrollRegion id>
            <table class="matrix">
                <Head caption=caption.to_owned() id corner=t(lang, Key::MatrixTeam) columns/>
                <tbody>{rows}</tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{totals_label}</th>
                        {foot}
                    </tr>
                </tfoot>
            </table>
        </ScrollRegion>
    }
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
    scope: Filter,
) -> impl IntoView {
    let lang = page_lang();
    let rows = tumor_types
        .iter()
        .zip(&pairs)
        .map(|((tumor, tumor_label), counts)| {
            let row = scope.clone().with(Facet::TumorType, tumor);
            let cells = expertise
                .iter()
                .zip(counts)
                .map(|((skill, _), &n)| {
                    let href =
                        Page::directory_href(lang, &row.clone().with(Facet::Expertise, skill));
                    figure_cell(lang, n, href)
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{tumor_label.clone()}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <ScrollRegion id>
            <table class="matrix">
                <Head caption id corner=t(lang, Key::PairsCorner) columns=expertise/>
                <tbody>{rows}</tbody>
            </table>
        </ScrollRegion>
    }
}

/// A table's caption and its header row: `columns` after `corner`.
#[component]
fn Head(
    caption: String,
    id: &'static str,
    corner: &'static str,
    columns: Options,
) -> impl IntoView {
    view! {
        <caption id=id>{caption}</caption>
        <thead>
            <tr>
                <th scope="col">{corner}</th>
                {columns
                    .into_iter()
                    .map(|(_, label)| view! { <th scope="col"><span>{label}</span></th> })
                    .collect_view()}
            </tr>
        </thead>
    }
}

/// A number of teams, as a link to them (`href`); a zero links nowhere.
fn figure_cell(lang: Lang, n: usize, href: String) -> impl IntoView {
    let teams = count(lang, n, Key::TeamsCountOne, Key::TeamsCountOther);
    if n == 0 {
        view! {
            <td class="figure none">
                <span aria-hidden="true">"0"</span>
                <span class="visually-hidden">{teams}</span>
            </td>
        }
        .into_any()
    } else {
        view! {
            <td class="figure">
                <a href=href>
                    <span aria-hidden="true">{n}</span>
                    <span class="visually-hidden">{teams}</span>
                </a>
            </td>
        }
        .into_any()
    }
}

/// A wide table in a region that scrolls on its own, reachable by keyboard.
#[component]
fn ScrollRegion(id: &'static str, children: Children) -> impl IntoView {
    view! {
        <div class="table-scroll" role="region" aria-labelledby=id tabindex="0">
            {children()}
        </div>
    }
}
