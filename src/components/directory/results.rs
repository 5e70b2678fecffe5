//! The matching teams, a page at a time.

use leptos::prelude::*;
use micronit_model::{Filter, Lang};

use crate::components::{Highlight, TeamList};
use crate::i18n::{t, tf, Key};

/// How many teams the directory shows at first, and adds with each "show more".
pub const PAGE: usize = 50;

/// The teams `shown`, the first `PAGE` of them and more on demand, so that a click on a
/// filter stays quick even with thousands of teams. A new filter starts again from the
/// first page: how many are shown is derived from the filter it was asked for.
pub fn results(
    lang: Lang,
    heading: u8,
    filter: Memo<Filter>,
    shown: Memo<Vec<usize>>,
    highlight: Highlight,
) -> impl IntoView {
    // "Show more" asked for `n` teams of the results of `filter`.
    let asked: RwSignal<Option<(Filter, usize)>> = RwSignal::new(None);
    let limit = Memo::new(move |_| {
        filter.with(|f| {
            asked.with(|a| match a {
                Some((for_filter, n)) if for_filter == f => *n,
                _ => PAGE,
            })
        })
    });
    let visible =
        Signal::derive(move || shown.with(|order| order[..limit.get().min(order.len())].to_vec()));
    let more = move || {
        let total = shown.with(Vec::len);
        let left = total.saturating_sub(limit.get()).min(PAGE);
        (left > 0).then(|| {
            let show_more = move |_| {
                let n = limit.get_untracked() + PAGE;
                asked.set(Some((filter.get_untracked(), n)));
            };
            let label = tf(
                lang,
                Key::ShowMore,
                &[("count", &left.to_string()), ("total", &total.to_string())],
            );
            view! {
                <p class="more">
                    <button type="button" class="button secondary" on:click=show_more>{label}</button>
                </p>
            }
        })
    };
    view! {
        <Show when=move || shown.with(|s| !s.is_empty())
            fallback=move || view! { <p class="empty-state">{t(lang, Key::FiltersEmpty)}</p> }>
            <TeamList teams=visible heading highlight/>
            {more}
        </Show>
    }
}
