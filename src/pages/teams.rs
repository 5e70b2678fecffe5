use std::sync::Arc;

use leptos::prelude::*;
use micronit_model::{
    display_name, sort_teams, to_csv, url_encode, Consortium, Facet, Filter, Index, Lang, Page,
    Sort, Team, TumorGroup,
};

use crate::components::{team_list, Highlight, Matrix, TeamMap};
use crate::data::use_consortium;
use crate::i18n::{count, t, tf, Key};
use crate::meta::colon;

/// How many teams the directory shows at first, and adds with each "show more".
const PAGE: usize = 100;

/// One option of a facet: its query-string value and its label.
type Options = Vec<(String, String)>;

/// The options of every facet, in the snapshot's order, with labels in `lang`.
fn options(c: &Consortium, facet: Facet, lang: Lang) -> Options {
    let used = |value: &str| {
        c.teams
            .iter()
            .any(|t| facet.values(t).iter().any(|v| v == value))
    };
    match facet {
        Facet::Axis => c
            .axes
            .iter()
            .map(|a| {
                let label = format!(
                    "{}{}{}",
                    tf(lang, Key::AxisLabel, &[("n", &a.number.to_string())]),
                    colon(lang),
                    a.title.in_lang(lang)
                );
                (a.number.to_string(), label)
            })
            .collect(),
        Facet::TumorType => c
            .tumor_types
            .iter()
            .map(|x| (x.id.clone(), x.name.in_lang(lang).to_owned()))
            .collect(),
        Facet::Expertise => c
            .expertise
            .iter()
            .map(|x| (x.id.clone(), x.name.in_lang(lang).to_owned()))
            .collect(),
        Facet::Institution => c
            .institutions
            .iter()
            .filter(|x| used(&x.id))
            .map(|x| {
                let name = x.name.in_lang(lang).to_owned();
                (
                    x.id.clone(),
                    x.acronym
                        .clone()
                        .filter(|a| a.len() < name.len())
                        .unwrap_or(name),
                )
            })
            .collect(),
        Facet::Status => vec![
            ("member".to_owned(), t(lang, Key::StatusMember).to_owned()),
            (
                "associated".to_owned(),
                t(lang, Key::StatusAssociated).to_owned(),
            ),
        ],
        Facet::Region => c
            .regions
            .iter()
            .filter(|x| used(&x.id))
            .map(|x| (x.id.clone(), x.name.in_lang(lang).to_owned()))
            .collect(),
    }
}

fn legend(facet: Facet) -> Key {
    match facet {
        Facet::Axis => Key::FiltersAxis,
        Facet::TumorType => Key::FiltersTumorTypes,
        Facet::Expertise => Key::FiltersExpertise,
        Facet::Institution => Key::FiltersInstitution,
        Facet::Status => Key::FiltersStatus,
        Facet::Region => Key::FiltersRegion,
    }
}

/// The team directory page.
#[component]
pub fn Teams(lang: Lang) -> impl IntoView {
    let c = use_consortium();
    let has_illustrative = c.teams.iter().any(|t| t.illustrative);
    view! {
        <div class="container page teams-page">
            <h1>{t(lang, Key::TeamsTitle)}</h1>
            <p class="lead">{t(lang, Key::TeamsIntro)}</p>
            {has_illustrative.then(|| view! { <p class="note">{t(lang, Key::IllustrativeSummary)}</p> })}
            <Directory lang/>
        </div>
    }
}

/// The teams with their faceted filters, list, tables and export. The query string
/// holds the filters. On an axis page (`axis`), the axis is fixed and its facet hidden;
/// headings there are one level lower (`nested`).
#[component]
pub fn Directory(
    lang: Lang,
    #[prop(optional)] axis: Option<u8>,
    #[prop(optional)] nested: bool,
) -> impl IntoView {
    let c = use_consortium();
    let index = Arc::new(Index::new(&c));
    let location = crate::nav::use_location();
    let page = axis.map_or(Page::Teams, Page::Axis);
    let heading = if nested { 3 } else { 2 };
    let axis_value = axis.map(|n| n.to_string());
    // What the visitor chose (the address), and what is applied (with a fixed axis).
    let filter = {
        let axis_value = axis_value.clone();
        Memo::new(move |_| {
            let mut f = Filter::from_query(&location.search.get());
            if axis_value.is_some() {
                let chosen: Vec<String> = f.selected(Facet::Axis).iter().cloned().collect();
                f.set_all(Facet::Axis, chosen.iter().map(String::as_str), false);
            }
            f
        })
    };
    let selection = Memo::new(move |_| {
        let mut f = filter.get();
        if let Some(n) = &axis_value {
            f.set_all(Facet::Axis, [n.as_str()], true);
        }
        index.apply(&f)
    });
    // Every change of filter is a new address: back and forward step through them.
    let set_filter = Callback::new(move |(f, replace): (Filter, bool)| {
        let query = f.to_query();
        let path = page.href(lang);
        let href = if query.is_empty() {
            path
        } else {
            format!("{path}?{query}")
        };
        crate::nav::navigate(&href, replace, true);
    });
    // The options of each facet (in `Facet::ALL` order), labelled once.
    let options_of = {
        let labels: Arc<Vec<Options>> =
            Arc::new(Facet::ALL.iter().map(|f| options(&c, *f, lang)).collect());
        move |facet: Facet| -> Options {
            Facet::ALL
                .iter()
                .position(|f| *f == facet)
                .and_then(|i| labels.get(i))
                .cloned()
                .unwrap_or_default()
        }
    };

    let fieldset = {
        let options_of = options_of.clone();
        move |facet: Facet| {
            let opts = options_of(facet);
            view! {
                <fieldset class="facet">
                    <legend>{t(lang, legend(facet))}</legend>
                    {option_list(facet, opts, lang, filter, selection, set_filter)}
                </fieldset>
            }
        }
    };
    let tumor_fieldset = {
        let c = c.clone();
        move || {
            let groups = [
                (TumorGroup::Hematological, Key::GroupHematological),
                (TumorGroup::Solid, Key::GroupSolid),
            ];
            let groups = groups
                .into_iter()
                .map(|(group, key)| {
                    let opts: Options = c
                        .tumor_types
                        .iter()
                        .filter(|x| x.group == group)
                        .map(|x| (x.id.clone(), x.name.in_lang(lang).to_owned()))
                        .collect();
                    let ids: Vec<String> = opts.iter().map(|(id, _)| id.clone()).collect();
                    let name = t(lang, key);
                    let all_ids = ids.clone();
                    let all_on = move || {
                        let f = filter.get();
                        all_ids.iter().all(|id| f.is_selected(Facet::TumorType, id))
                    };
                    let toggle_group = move |_| {
                        let mut f = filter.get_untracked();
                        let on = !ids.iter().all(|id| f.is_selected(Facet::TumorType, id));
                        f.set_all(Facet::TumorType, ids.iter().map(String::as_str), on);
                        set_filter.run((f, false));
                    };
                    view! {
                        <div class="facet-group">
                            <label class="group-toggle">
                                <input type="checkbox" prop:checked=all_on on:change=toggle_group/>
                                {tf(lang, Key::FiltersGroupAll, &[("group", name)])}
                            </label>
                            {option_list(Facet::TumorType, opts, lang, filter, selection, set_filter)}
                        </div>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="facet">
                    <legend>{t(lang, Key::FiltersTumorTypes)}</legend>
                    {groups}
                </fieldset>
            }
        }
    };

    let chip_options = options_of.clone();
    let chips = move || {
        let f = filter.get();
        let mut chips: Vec<(String, Filter)> = f
            .active()
            .into_iter()
            .map(|(facet, value)| {
                let label = chip_options(facet)
                    .into_iter()
                    .find(|(v, _)| *v == value)
                    .map_or_else(|| value.clone(), |(_, l)| l);
                let mut without = f.clone();
                without.toggle(facet, &value);
                (label, without)
            })
            .collect();
        if !f.text.trim().is_empty() {
            let mut without = f.clone();
            without.text.clear();
            chips.push((
                tf(lang, Key::FiltersSearchLabel, &[("text", f.text.trim())]),
                without,
            ));
        }
        chips
            .into_iter()
            .map(|(label, without)| {
                let aria = tf(lang, Key::FiltersRemove, &[("label", &label)]);
                view! {
                    <li>
                        <button type="button" class="chip" aria-label=aria
                            on:click=move |_| set_filter.run((without.clone(), false))>
                            {label}<span aria-hidden="true">" ×"</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };

    // The matching teams, in the order asked for: the list, the tables and the export
    // all show this.
    let shown = {
        let c = c.clone();
        Memo::new(move |_| {
            let mut order = selection.get().teams;
            sort_teams(&mut order, &c, filter.get().sort, lang);
            order
        })
    };
    // A long result is shown a page at a time, so that a click on a filter stays quick
    // even with thousands of teams; every change of filter starts again from the top.
    let limit = RwSignal::new(PAGE);
    // The team hovered or focused in the list or on the map, shown in both.
    let highlight: Highlight = RwSignal::new(None);
    // On narrow screens, the list or the map (side by side on wide ones).
    let show_map = RwSignal::new(false);
    Effect::new(move |_| {
        filter.track();
        limit.set(PAGE);
    });
    let list = {
        let c = c.clone();
        move || {
            let order = shown.get();
            if order.is_empty() {
                return view! { <p class="empty-state">{t(lang, Key::FiltersEmpty)}</p> }
                    .into_any();
            }
            let visible = limit.get().min(order.len());
            let more = (order.len() - visible).min(PAGE);
            view! {
                {team_list(&order[..visible], &c, lang, heading, Some(highlight))}
                {(more > 0).then(|| view! {
                    <p class="more">
                        <button type="button" class="button secondary"
                            on:click=move |_| limit.update(|l| *l += PAGE)>
                            {tf(lang, Key::ShowMore, &[("count", &more.to_string()), ("total", &order.len().to_string())])}
                        </button>
                    </p>
                })}
            }
            .into_any()
        }
    };

    let on_sort = move |ev: leptos::ev::Event| {
        let mut f = filter.get_untracked();
        f.sort = if event_target_value(&ev) == "city" {
            Sort::City
        } else {
            Sort::Name
        };
        set_filter.run((f, true));
    };
    let sort_is = move |s: Sort| move || filter.get().sort == s;
    let search_value = move || filter.get().text;
    let matrix = {
        let c = c.clone();
        move |facet: Facet, caption: Key, id: &'static str| {
            let columns = options_of(facet);
            let c = c.clone();
            // Built only while open: a table of thousands of rows costs nothing closed.
            let open = RwSignal::new(false);
            view! {
                <details class="matrix-block" on:toggle=move |ev| {
                    let el = event_target::<web_sys::HtmlDetailsElement>(&ev);
                    open.set(el.open());
                }>
                    <summary>{t(lang, caption)}</summary>
                    {move || open.get().then(|| {
                        let teams: Vec<Team> = shown.get().iter().filter_map(|&i| c.teams.get(i).cloned()).collect();
                        view! { <Matrix teams columns=columns.clone() facet caption=t(lang, caption) id lang/> }
                    })}
                </details>
            }
        }
    };
    // The CSV is made when the link is followed, from the teams shown.
    let export = {
        let c = c.clone();
        move |ev: leptos::ev::MouseEvent| {
            let teams: Vec<Team> = shown
                .get_untracked()
                .iter()
                .filter_map(|&i| c.teams.get(i).cloned())
                .collect();
            let csv = export_rows(&c, &teams, lang);
            let href = format!("data:text/csv;charset=utf-8,{}", url_encode(&to_csv(&csv)));
            if let Some(link) = ev
                .current_target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            {
                let _ = link.set_attribute("href", &href);
            }
        }
    };
    let on_search = move |ev: leptos::ev::Event| {
        let mut f = filter.get_untracked();
        f.text = event_target_value(&ev);
        // Typing replaces the address rather than adding a history entry per letter.
        set_filter.run((f, true));
    };

    let filters_title = t(lang, Key::FiltersTitle);
    view! {
            <div class="directory" class:show-map=move || show_map.get()>
                <section class="filters" aria-labelledby="filters-title">
                    {if nested {
                        view! { <h3 id="filters-title">{filters_title}</h3> }.into_any()
                    } else {
                        view! { <h2 id="filters-title">{filters_title}</h2> }.into_any()
                    }}
                    <div class="search">
                        <label for="team-search">{t(lang, Key::FiltersSearch)}</label>
                        <input id="team-search" type="search" prop:value=search_value on:input=on_search/>
                    </div>
                    // Open beside the results on wide screens; folded on phones, so that
                    // the results are not pushed below a long list of options.
                    <details class="facets" open=wide_screen()>
                        <summary>{t(lang, Key::FiltersToggle)}</summary>
                        <p class="hint">{t(lang, Key::FiltersLogic)}</p>
                        {axis.is_none().then(|| fieldset(Facet::Axis))}
                        {tumor_fieldset}
                        {fieldset(Facet::Expertise)}
                        {fieldset(Facet::Status)}
                        {fieldset(Facet::Region)}
                        {fieldset(Facet::Institution)}
                    </details>
                </section>
                <section class="results" aria-labelledby="results-count">
                    <div class="results-bar">
                        <p id="results-count" class="result-count" aria-live="polite">
                            {move || count(lang, selection.get().teams.len(), Key::TeamsCountOne, Key::TeamsCountOther)}
                        </p>
                        <div class="sort">
                            <label for="team-sort">{t(lang, Key::SortLabel)}</label>
                            <select id="team-sort" on:change=on_sort>
                                <option value="name" selected=sort_is(Sort::Name)>{t(lang, Key::SortName)}</option>
                                <option value="city" selected=sort_is(Sort::City)>{t(lang, Key::SortCity)}</option>
                            </select>
                        </div>
                    </div>
                    <div class="view-switch" role="group" aria-label=t(lang, Key::MapViewLabel)>
                        <button type="button" class="button secondary" aria-pressed=move || (!show_map.get()).to_string()
                            on:click=move |_| show_map.set(false)>{t(lang, Key::MapViewList)}</button>
                        <button type="button" class="button secondary" aria-pressed=move || show_map.get().to_string()
                            on:click=move |_| show_map.set(true)>{t(lang, Key::MapViewMap)}</button>
                    </div>
                    <Show when=move || !filter.get().is_empty()>
                        <div class="active-filters">
                            <h2 class="visually-hidden">{t(lang, Key::FiltersActive)}</h2>
                            <ul class="chips">{chips.clone()}</ul>
                            <button type="button" class="button secondary"
                                on:click=move |_| set_filter.run((Filter::default(), false))>
                                {t(lang, Key::FiltersClear)}
                            </button>
                        </div>
                    </Show>
                    <div class="results-list">
                    {list}
                    <p class="export">
                        <a class="button secondary" download=t(lang, Key::ExportFile) href="#"
                            on:click=export>
                            {t(lang, Key::ExportCsv)}
                        </a>
                    </p>
                    {matrix(Facet::TumorType, Key::MatrixTumorTypes, "matrix-tumor-types")}
                    {matrix(Facet::Expertise, Key::MatrixExpertise, "matrix-expertise")}
                    // "Embed this view" (site.js fills it in).
                    {axis.is_none().then(|| view! { <div class="embed-this" data-embed-this="teams map"></div> })}
                    </div>
                </section>
                <section class="map-aside" aria-labelledby="map-title">
                    {if nested {
                        view! { <h3 id="map-title" class="visually-hidden">{t(lang, Key::MapTitle)}</h3> }.into_any()
                    } else {
                        view! { <h2 id="map-title" class="visually-hidden">{t(lang, Key::MapTitle)}</h2> }.into_any()
                    }}
                    <TeamMap lang teams=shown highlight heading=heading + 1/>
                </section>
            </div>
    }
}

/// The checkboxes of one facet, each with the number of teams it would give.
fn option_list(
    facet: Facet,
    opts: Options,
    lang: Lang,
    filter: Memo<Filter>,
    selection: Memo<micronit_model::Selection>,
    set_filter: Callback<(Filter, bool)>,
) -> impl IntoView {
    view! {
        <ul class="options">
            {opts
                .into_iter()
                .map(|(value, label)| {
                    let id = format!("f-{}-{value}", facet.key());
                    let v1 = value.clone();
                    let v2 = value.clone();
                    let v3 = value.clone();
                    let checked = move || filter.get().is_selected(facet, &v1);
                    let n = Memo::new(move |_| selection.get().count(facet, &v2));
                    let toggle = move |_| {
                        let mut f = filter.get_untracked();
                        f.toggle(facet, &v3);
                        set_filter.run((f, false));
                    };
                    view! {
                        <li class:none=move || n.get() == 0>
                            <input type="checkbox" id=id.clone() prop:checked=checked on:change=toggle/>
                            <label for=id>
                                {label}
                                " "
                                <span class="count">
                                    {move || match n.get() {
                                        0 => format!("({})", t(lang, Key::FiltersNoneOption)),
                                        n => format!("({n})"),
                                    }}
                                </span>
                            </label>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// The rows of the CSV export: a header, then one row per team shown, in `lang`.
fn export_rows(c: &Consortium, teams: &[Team], lang: Lang) -> Vec<Vec<String>> {
    let origin = crate::nav::base_url();
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
            crate::components::status_label(team.status, lang).to_owned(),
            axes.join("; "),
            tumors.join("; "),
            areas.join("; "),
            t(lang, if team.illustrative { Key::Yes } else { Key::No }).to_owned(),
            format!("{origin}{}", Page::Team(team.id.clone()).href(lang)),
        ]);
    }
    rows
}

/// True when the screen is wide enough for the filters to sit beside the results
/// (the same width as the layout's breakpoint in the CSS).
fn wide_screen() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(min-width: 60rem)").ok().flatten())
        .is_some_and(|m| m.matches())
}
