//! The active filters as removable chips, with one "clear all".

use leptos::prelude::*;
use micronit_model::{Filter, Lang};

use super::Choice;
use crate::i18n::{t, tf, Key};

/// The chips of the active filters; `label_of(facet, value)` names an option.
pub fn active_filters(
    lang: Lang,
    choice: Choice,
    label_of: impl Fn(micronit_model::Facet, &str) -> String + Send + Sync + Clone + 'static,
) -> impl IntoView {
    let Choice { filter, set, .. } = choice;
    let chips = move || {
        let label_of = label_of.clone();
        filter
            .with(|f| {
                let mut chips: Vec<(String, Filter)> = f
                    .active()
                    .into_iter()
                    .map(|(facet, value)| {
                        let mut without = f.clone();
                        without.toggle(facet, &value);
                        (label_of(facet, &value), without)
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
            })
            .into_iter()
            .map(|(label, without)| {
                let aria = tf(lang, Key::FiltersRemove, &[("label", &label)]);
                view! {
                    <li>
                        <button type="button" class="chip" aria-label=aria
                            on:click=move |_| set.run((without.clone(), false))>
                            {label}<span aria-hidden="true">" ×"</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <Show when=move || !filter.with(Filter::is_empty)>
            <div class="active-filters">
                <h2 class="visually-hidden">{t(lang, Key::FiltersActive)}</h2>
                <ul class="chips">{chips.clone()}</ul>
                <button type="button" class="button secondary"
                    on:click=move |_| set.run((Filter::default(), false))>
                    {t(lang, Key::FiltersClear)}
                </button>
            </div>
        </Show>
    }
}
