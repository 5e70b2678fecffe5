use leptos::prelude::*;
use micronit_model::{display_name, Facet, Lang, Page, Team};

use crate::i18n::{t, Key};

/// Teams × the options of one facet (tumor types or areas of expertise), as a table a
/// screen reader can read cell by cell: each cell says "yes" or "no", with the row's
/// team and the column's option as headers.
#[component]
pub fn Matrix(
    teams: Vec<Team>,
    /// The columns: (value, label).
    columns: Vec<(String, String)>,
    facet: Facet,
    caption: &'static str,
    id: &'static str,
    lang: Lang,
) -> impl IntoView {
    let yes = t(lang, Key::Yes);
    let no = t(lang, Key::No);
    let header = columns
        .iter()
        .map(|(_, label)| view! { <th scope="col"><span>{label.clone()}</span></th> })
        .collect_view();
    let rows = teams
        .into_iter()
        .map(|team| {
            let values = facet.values(&team);
            let cells = columns
                .iter()
                .map(|(value, _)| {
                    if values.contains(value) {
                        view! {
                            <td class="yes"><span aria-hidden="true">"●"</span><span class="visually-hidden">{yes}</span></td>
                        }
                        .into_any()
                    } else {
                        view! { <td><span class="visually-hidden">{no}</span></td> }.into_any()
                    }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row"><a href=Page::Team(team.id.clone()).path(lang)>{display_name(&team, lang)}</a></th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" role="region" aria-labelledby=id tabindex="0">
            <table class="matrix">
                <caption id=id>{caption}</caption>
                <thead>
                    <tr><th scope="col">{t(lang, Key::MatrixTeam)}</th>{header}</tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
