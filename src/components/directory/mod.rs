//! The team directory: faceted filters, the matching teams, their map, tables and CSV.
//! The address holds the whole view (`micronit_model::Filter` reads and writes its query
//! string), so a copied link, back and forward and the language switch give the same view.

mod chips;
mod export;
mod facets;
mod results;
mod tables;

use std::sync::{Arc, OnceLock};

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use micronit_model::{Consortium, Facet, Filter, Index, Lang, Page, Selection, Sort, TeamOrders};

use crate::components::{Highlight, TeamMap};
use crate::data::use_consortium;
use crate::i18n::{count, page_lang, t, Key};

use crate::components::options::{options, Options};
use facets::{fieldset, tumor_fieldset};
use tables::{PairsTable, TeamTable};

/// Applies a filter: a new address (`false`) or the current one replaced (`true`).
type SetFilter = Callback<(Filter, bool)>;

/// What the directory's parts share: the filter chosen (the address), the teams it
/// selects with every facet's counts, and the way to choose another.
#[derive(Clone, Copy)]
struct Choice {
    filter: Memo<Filter>,
    selection: Memo<Selection>,
    set: SetFilter,
}

/// The teams with their faceted filters, list, tables and export. The query string
/// holds the filters. On an axis page (`axis`), the axis is fixed and its facet hidden;
/// headings there are one level lower (`nested`).
#[component]
pub fn Directory(
    #[prop(optional)] axis: Option<u8>,
    #[prop(optional)] nested: bool,
) -> impl IntoView {
    let lang = page_lang();
    let c = use_consortium();
    let index = Index::new(&c);
    let location = use_location();
    let navigate = use_navigate();
    let page = axis.map_or(Page::Teams, Page::Axis);
    let heading = if nested { 3 } else { 2 };
    let axis_value = axis.map(|n| n.to_string());
    // What the visitor chose (the address), and what is applied (with a fixed axis).
    let filter = {
        let fixed = axis_value.is_some();
        Memo::new(move |_| {
            let mut f = location.search.with(|q| Filter::from_query(q));
            if fixed {
                let chosen: Vec<String> = f.selected(Facet::Axis).iter().cloned().collect();
                f.set_all(Facet::Axis, chosen.iter().map(String::as_str), false);
            }
            f
        })
    };
    let selection = Memo::new(move |_| {
        filter.with(|f| match &axis_value {
            Some(n) => {
                let mut f = f.clone();
                f.set_all(Facet::Axis, [n.as_str()], true);
                index.apply(&f)
            }
            None => index.apply(f),
        })
    });
    // Every change of filter is a new address: back and forward step through them.
    let set_filter: SetFilter = Callback::new(move |(f, replace): (Filter, bool)| {
        // From the site's root: the router puts it under the base path.
        let href = Page::with_filter(page.path(lang), &f);
        let options = NavigateOptions {
            replace,
            scroll: false,
            ..Default::default()
        };
        navigate(&href, options);
    });
    // The options of each facet, labelled once, when first asked for: by the facets, the
    // tables or the chips of a filter chosen.
    let labels = Arc::new(Labels {
        c: c.clone(),
        lang,
        all: OnceLock::new(),
    });
    let options_of = {
        let labels = labels.clone();
        move |facet: Facet| -> Options { labels.of(facet).cloned().unwrap_or_default() }
    };
    let label_of = move |facet: Facet, value: &str| -> String {
        labels
            .of(facet)
            .and_then(|opts| opts.iter().find(|(v, _)| v == value))
            .map_or_else(|| value.to_owned(), |(_, label)| label.clone())
    };
    let choice = Choice {
        filter,
        selection,
        set: set_filter,
    };
    // Each facet's options with their counts.
    let facets = {
        let c = c.clone();
        let options_of = options_of.clone();
        move || {
            let facet = |f: Facet| {
                let options_of = options_of.clone();
                fieldset(f, options_of(f), lang, choice)
            };
            let c = c.clone();
            view! {
                {axis.is_none().then(|| facet(Facet::Axis))}
                {tumor_fieldset(&c, lang, choice)}
                {facet(Facet::Expertise)}
                {facet(Facet::Status)}
                {facet(Facet::Region)}
                {facet(Facet::Institution)}
            }
        }
    };

    // The matching teams, in the order asked for: the list, the map, the tables and the
    // export all show this.
    let shown = {
        let c = c.clone();
        // The order of all teams for each sort, made once, not at each filter.
        let orders = TeamOrders::default();
        Memo::new(move |_| {
            let mut shown = selection.with(|s| s.teams.clone());
            let sort = filter.with(|f| f.sort);
            orders.get(&c, sort, lang).sort(&mut shown);
            shown
        })
    };
    let below_cards = {
        let c = c.clone();
        move || {
            view! {
                {export::export_link(c.clone(), lang, shown)}
                <TeamTable shown axis facet=Facet::TumorType columns=options_of(Facet::TumorType)
                    caption=Key::MatrixTumorTypes id="matrix-tumor-types"/>
                <TeamTable shown axis facet=Facet::Expertise columns=options_of(Facet::Expertise)
                    caption=Key::MatrixExpertise id="matrix-expertise"/>
                <PairsTable axis tumor_types=options_of(Facet::TumorType) expertise=options_of(Facet::Expertise)/>
            }
        }
    };
    // The team hovered or focused in the list or on the map, shown in both.
    let highlight: Highlight = RwSignal::new(None);
    // On narrow screens, the list or the map (side by side on wide ones).
    let show_map = RwSignal::new(false);

    let on_sort = move |ev: leptos::ev::Event| {
        let mut f = filter.get_untracked();
        f.sort = if event_target_value(&ev) == "city" {
            Sort::City
        } else {
            Sort::Name
        };
        set_filter.run((f, true));
    };
    let sort_is = move |s: Sort| move || filter.with(|f| f.sort == s);
    let on_search = move |ev: leptos::ev::Event| {
        let mut f = filter.get_untracked();
        f.text = event_target_value(&ev);
        // Typing replaces the address rather than adding a history entry per letter.
        set_filter.run((f, true));
    };
    let facets_box = NodeRef::<leptos::html::Details>::new();
    Effect::new(move |_| {
        if let Some(el) = facets_box.get() {
            if !wide_screen() {
                el.set_open(false);
            }
        }
    });
    let heading_of = move |text: &'static str, id: &'static str, class: &'static str| {
        if nested {
            view! { <h3 id=id class=class>{text}</h3> }.into_any()
        } else {
            view! { <h2 id=id class=class>{text}</h2> }.into_any()
        }
    };

    view! {
        <div class="directory" class:show-map=move || show_map.get()>
            <section class="filters" aria-labelledby="filters-title">
                {heading_of(t(lang, Key::FiltersTitle), "filters-title", "")}
                <p class="needs-script">{t(lang, Key::FiltersNeedScript)}</p>
                <div class="search">
                    <label for="team-search">{t(lang, Key::FiltersSearch)}</label>
                    <input id="team-search" type="search" prop:value=move || filter.with(|f| f.text.clone()) on:input=on_search/>
                </div>
                // Open beside the results on wide screens; folded on phones, so that
                // the results are not pushed below a long list of options. Written open
                // (the page is readable at any width without scripts), folded by the app.
                <details class="facets" open node_ref=facets_box>
                    <summary>{t(lang, Key::FiltersToggle)}</summary>
                    <p class="hint">{t(lang, Key::FiltersLogic)}</p>
                    {facets()}
                </details>
            </section>
            <section class="results" aria-labelledby="results-count">
                <div class="results-bar">
                    <p id="results-count" class="result-count" aria-live="polite">
                        {move || count(lang, selection.with(|s| s.teams.len()), Key::TeamsCountOne, Key::TeamsCountOther)}
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
                {chips::active_filters(lang, choice, label_of.clone())}
                <div class="results-list">
                    {results::results(lang, heading, filter, shown, highlight)}
                    {below_cards()}
                    // "Embed this view" (site.js fills it in).
                    {axis.is_none().then(|| view! { <div class="embed-this" data-embed-this="teams map"></div> })}
                </div>
            </section>
            <section class="map-aside" aria-labelledby="map-title">
                {heading_of(t(lang, Key::MapTitle), "map-title", "visually-hidden")}
                // Beside the list on wide screens, behind a switch on phones.
                <TeamMap teams=shown highlight heading=heading + 1/>
            </section>
        </div>
    }
}

/// The options of every facet with their labels, made when first asked for.
struct Labels {
    c: Arc<Consortium>,
    lang: Lang,
    /// In `Facet::ALL` order.
    all: OnceLock<Vec<Options>>,
}

impl Labels {
    fn of(&self, facet: Facet) -> Option<&Options> {
        let all = self.all.get_or_init(|| {
            Facet::ALL
                .iter()
                .map(|f| options(&self.c, *f, self.lang))
                .collect()
        });
        all.get(Facet::ALL.iter().position(|f| *f == facet)?)
    }
}

/// True when the screen is wide enough for the filters to sit beside the results
/// (the same width as the layout's breakpoint in the CSS).
fn wide_screen() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(min-width: 60rem)").ok().flatten())
        .is_some_and(|m| m.matches())
}
