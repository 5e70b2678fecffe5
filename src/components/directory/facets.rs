//! The filters of the directory: one fieldset per facet, each option with the number of
//! teams it would give, and the tumor types in their two groups.

use leptos::prelude::*;
use micronit_model::{Consortium, Facet, Lang, TumorGroup};

use super::Choice;
use crate::components::options::{group_options, Options};
use crate::i18n::{t, tf, Key};

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

/// The fieldset of one facet (other than the tumor types, see `tumor_fieldset`).
pub fn fieldset(facet: Facet, opts: Options, lang: Lang, choice: Choice) -> impl IntoView {
    view! {
        <fieldset class="facet">
            <legend>{t(lang, legend(facet))}</legend>
            {option_list(facet, opts, lang, choice)}
        </fieldset>
    }
}

/// The tumor types in their two groups (hematological and solid), each with a box that
/// ticks the whole group.
pub fn tumor_fieldset(c: &Consortium, lang: Lang, choice: Choice) -> impl IntoView {
    let Choice { filter, set, .. } = choice;
    let groups = [
        (TumorGroup::Hematological, Key::GroupHematological),
        (TumorGroup::Solid, Key::GroupSolid),
    ];
    let groups = groups
        .into_iter()
        .map(|(group, key)| {
            let opts = group_options(c, group, lang);
            let ids: Vec<String> = opts.iter().map(|(id, _)| id.clone()).collect();
            let name = t(lang, key);
            let all_ids = ids.clone();
            let all_on = move || {
                filter.with(|f| all_ids.iter().all(|id| f.is_selected(Facet::TumorType, id)))
            };
            let toggle_group = move |_| {
                let mut f = filter.get_untracked();
                let on = !ids.iter().all(|id| f.is_selected(Facet::TumorType, id));
                f.set_all(Facet::TumorType, ids.iter().map(String::as_str), on);
                set.run((f, false));
            };
            view! {
                <div class="facet-group">
                    <label class="group-toggle">
                        <input type="checkbox" prop:checked=all_on on:change=toggle_group/>
                        {tf(lang, Key::FiltersGroupAll, &[("group", name)])}
                    </label>
                    {option_list(Facet::TumorType, opts, lang, choice)}
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

/// The checkboxes of one facet, each with the number of teams it would give.
fn option_list(facet: Facet, opts: Options, lang: Lang, choice: Choice) -> impl IntoView {
    let Choice {
        filter,
        selection,
        set,
    } = choice;
    view! {
        <ul class="options">
            {opts
                .into_iter()
                .map(|(value, label)| {
                    let id = format!("f-{}-{value}", facet.key());
                    let v1 = value.clone();
                    let v2 = value.clone();
                    let checked = move || filter.with(|f| f.is_selected(facet, &v1));
                    let n = Memo::new(move |_| selection.with(|s| s.count(facet, &v2)));
                    let toggle = move |_| {
                        let mut f = filter.get_untracked();
                        f.toggle(facet, &value);
                        set.run((f, false));
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
