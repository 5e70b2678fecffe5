//! The open-data page: every file the site publishes beside its pages
//! (`micronit_model::open_data`), what it holds, its format, the day of its data and the
//! licence the snapshot declares.

use leptos::prelude::*;
use micronit_model::open_data::{datasets, Dataset};
use micronit_model::{around_placeholder, Lang, SCHEMA_VERSION};

use crate::components::{tr, updated_on, ExternalLink};
use crate::data::use_consortium;
use crate::i18n::{page_lang, t, tf, Key};

/// What a file holds, in `lang`.
fn holds(dataset: &Dataset, axis_title: &dyn Fn(u8) -> String, lang: Lang) -> String {
    let language = |l: &Lang| {
        t(
            lang,
            match l {
                Lang::Fr => Key::OdInFrench,
                Lang::En => Key::OdInEnglish,
            },
        )
    };
    match dataset {
        Dataset::Snapshot => t(lang, Key::OdSnapshot).to_owned(),
        Dataset::Schema => tf(
            lang,
            Key::OdSchema,
            &[("version", &SCHEMA_VERSION.to_string())],
        ),
        Dataset::TeamsGeoJson => t(lang, Key::OdGeojson).to_owned(),
        Dataset::TeamsCsv => t(lang, Key::OdCsv).to_owned(),
        Dataset::Calendar {
            axis: None,
            lang: l,
        } => tf(lang, Key::OdCalendar, &[("language", language(l))]),
        Dataset::Calendar {
            axis: Some(n),
            lang: l,
        } => tf(
            lang,
            Key::OdCalendarAxis,
            &[
                ("n", &n.to_string()),
                ("title", &axis_title(*n)),
                ("language", language(l)),
            ],
        ),
        Dataset::NewsFeed(l) => tf(lang, Key::OdFeed, &[("language", language(l))]),
    }
}

/// The `webcal:` address of a calendar, which calendar programs subscribe to.
/// (Until the site's address is known, the file's plain address.)
fn webcal(base: &str, path: &str) -> String {
    match base
        .strip_prefix("https://")
        .or_else(|| base.strip_prefix("http://"))
    {
        Some(rest) => format!("webcal://{rest}{path}"),
        None => format!("{base}{path}"),
    }
}

#[component]
pub fn OpenData() -> impl IntoView {
    let lang = page_lang();
    let c = use_consortium();
    let site = crate::address::use_site_address();
    let axes: Vec<u8> = c.axes.iter().map(|a| a.number).collect();
    let axis_title = |n: u8| {
        c.axis(n)
            .map(|a| a.title.in_lang(lang).to_owned())
            .unwrap_or_default()
    };
    let updated = updated_on(&c.updated, lang);
    let licence = match c.licence.clone() {
        Some(l) => {
            let (before, after) = around_placeholder(t(lang, Key::OdLicence), "licence");
            view! {
                <p>{before}<ExternalLink href=l.url.clone()>{tr(&l.name, lang)}</ExternalLink>{after}</p>
            }
            .into_any()
        }
        None => view! { <p class="note">{t(lang, Key::OdNoLicence)}</p> }.into_any(),
    };
    let rows = datasets(&axes)
        .into_iter()
        .map(|d| {
            let path = d.path();
            let subscribe = matches!(d, Dataset::Calendar { .. }).then(|| {
                let label = tf(lang, Key::OdSubscribeLabel, &[("file", &path)]);
                let path = path.clone();
                view! { " " <a class="webcal" href=move || webcal(&site.get(), &path) aria-label=label>{t(lang, Key::OdSubscribe)}</a> }
            });
            view! {
                <tr>
                    <th scope="row"><a href=path.clone() type=d.media_type()><code>{path.clone()}</code></a>{subscribe}</th>
                    <td>{holds(&d, &axis_title, lang)}</td>
                    <td>{d.format()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="container page open-data">
            <h1>{t(lang, Key::OpenDataTitle)}</h1>
            <p class="lead">{t(lang, Key::OdIntro)}</p>
            {updated}
            <section aria-labelledby="od-licence">
                <h2 id="od-licence">{t(lang, Key::OdLicenceH)}</h2>
                {licence}
                <p>{t(lang, Key::OdIllustrative)}</p>
            </section>
            <section>
                <h2 id="od-files">{t(lang, Key::OdFilesH)}</h2>
                <div class="table-scroll" role="region" aria-labelledby="od-files" tabindex="0">
                    <table class="open-data-files">
                        <thead>
                            <tr>
                                <th scope="col">{t(lang, Key::OdFile)}</th>
                                <th scope="col">{t(lang, Key::OdContent)}</th>
                                <th scope="col">{t(lang, Key::OdFormat)}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </section>
        </div>
    }
}
