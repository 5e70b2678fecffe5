use leptos::prelude::*;
use micronit_model::{display_name, escape_markup, Facet, Lang, Page, Team};

use crate::i18n::{t, Key};

/// Teams × the options of one facet (tumor types or areas of expertise), as a table a
/// screen reader can read cell by cell: each cell says "yes" or "no", with the row's
/// team and the column's option as headers. The table does not change once drawn, so it
/// is written as markup in one go (every text escaped): far less code than a view.
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
    let yes = format!(
        "<td class=\"yes\"><span aria-hidden=\"true\">●</span><span class=\"visually-hidden\">{}</span></td>",
        t(lang, Key::Yes)
    );
    let no = format!(
        "<td><span class=\"visually-hidden\">{}</span></td>",
        t(lang, Key::No)
    );
    let mut html = format!(
        "<table class=\"matrix\"><caption id=\"{id}\">{}</caption><thead><tr><th scope=\"col\">{}</th>",
        escape_markup(caption),
        escape_markup(t(lang, Key::MatrixTeam))
    );
    for (_, label) in &columns {
        html.push_str(&format!(
            "<th scope=\"col\"><span>{}</span></th>",
            escape_markup(label)
        ));
    }
    html.push_str("</tr></thead><tbody>");
    for team in &teams {
        let values = facet.values(team);
        html.push_str(&format!(
            "<tr><th scope=\"row\"><a href=\"{}\">{}</a></th>",
            escape_markup(&Page::Team(team.id.clone()).href(lang)),
            escape_markup(&display_name(team, lang))
        ));
        for (value, _) in &columns {
            html.push_str(if values.contains(value) { &yes } else { &no });
        }
        html.push_str("</tr>");
    }
    html.push_str("</tbody></table>");
    view! {
        <div class="table-scroll" role="region" aria-labelledby=id tabindex="0" inner_html=html></div>
    }
}
