//! The directory's downloads: the teams shown, in the order shown, as CSV in the page's
//! language and as GeoJSON (both languages, as the open data's `teams.geojson`).

use std::sync::Arc;

use leptos::prelude::*;
use micronit_model::{display_name, teams_geojson, to_csv, Consortium, Lang, Page, Team};

use crate::components::status_label;
use crate::i18n::{t, Key};

/// The link that downloads the teams `shown` as CSV; the file is made when it is followed.
pub fn export_link(c: Arc<Consortium>, lang: Lang, shown: Memo<Vec<usize>>) -> impl IntoView {
    let data = c.clone();
    let on_csv = move |ev: leptos::ev::MouseEvent| {
        let csv = shown.with_untracked(|order| {
            let teams: Vec<&Team> = order.iter().filter_map(|&i| c.teams.get(i)).collect();
            to_csv(&rows(&c, &teams, lang))
        });
        crate::download::offer(&ev, Some(csv), "text/csv;charset=utf-8");
    };
    let on_geojson = move |ev: leptos::ev::MouseEvent| {
        let site = crate::address::base_url();
        let geojson = shown.with_untracked(|order| {
            teams_geojson(order.iter().filter_map(|&i| data.teams.get(i)), &site)
        });
        crate::download::offer(&ev, Some(geojson), "application/geo+json");
    };
    view! {
        <p class="export">
            <a class="button secondary" download=t(lang, Key::ExportFile) href="#" on:click=on_csv>
                {t(lang, Key::ExportCsv)}
            </a>
            " "
            <a class="button secondary" download=t(lang, Key::ExportGeojsonFile) href="#" on:click=on_geojson>
                {t(lang, Key::ExportGeojson)}
            </a>
        </p>
    }
}

/// The rows of the CSV: a header, then one row per team, in `lang`.
fn rows(c: &Consortium, teams: &[&Team], lang: Lang) -> Vec<Vec<String>> {
    let origin = crate::address::base_url();
    let tumor = |id: &String| {
        c.tumor_type(id)
            .map_or_else(|| id.clone(), |x| x.name.in_lang(lang).to_owned())
    };
    let expertise = |id: &String| {
        c.expertise_area(id)
            .map_or_else(|| id.clone(), |x| x.name.in_lang(lang).to_owned())
    };
    let header = [
        Key::MatrixTeam,
        Key::FieldCity,
        Key::FieldRegion,
        Key::FieldStatus,
        Key::FieldAxes,
        Key::FieldTumorTypes,
        Key::FieldExpertise,
        Key::IllustrativeBadge,
        Key::CsvPage,
    ];
    let mut rows = vec![header
        .iter()
        .map(|k| t(lang, *k).to_owned())
        .collect::<Vec<_>>()];
    for team in teams {
        let region = c
            .region(&team.region)
            .map(|r| r.name.in_lang(lang).to_owned())
            .unwrap_or_default();
        let axes: Vec<String> = team.axes.iter().map(u8::to_string).collect();
        let tumors: Vec<String> = team.tumor_types.iter().map(tumor).collect();
        let areas: Vec<String> = team.expertise.iter().map(expertise).collect();
        rows.push(vec![
            display_name(team, lang),
            team.city.clone(),
            region,
            status_label(team.status, lang).to_owned(),
            axes.join("; "),
            tumors.join("; "),
            areas.join("; "),
            t(lang, if team.illustrative { Key::Yes } else { Key::No }).to_owned(),
            format!("{origin}{}", Page::Team(team.id.clone()).href(lang)),
        ]);
    }
    rows
}
