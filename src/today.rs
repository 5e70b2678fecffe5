//! The page's day, which sorts the events into upcoming and past: the build's when the
//! page is rendered, the same when the browser hydrates it (the page names it), then the
//! visitor's own, once the app runs.

use leptos::prelude::*;
use micronit_model::Date;

/// The day the page is drawn for.
#[derive(Clone, Copy)]
struct Today(RwSignal<Option<Date>>);

/// Sets the page's day to `day` for the whole app; in the browser, the visitor's day
/// follows once the page is hydrated (effects run only there, and only after it).
pub fn provide_today(day: Option<Date>) {
    let today = RwSignal::new(day);
    Effect::new(move |_| {
        let visitors = visitors_day();
        if visitors.is_some() && today.get_untracked() != visitors {
            today.set(visitors);
        }
    });
    provide_context(Today(today));
}

/// The page's day (tracked).
#[track_caller]
pub fn use_today() -> Signal<Option<Date>> {
    use_context::<Today>()
        .expect("the app provides the page's day")
        .0
        .into()
}

/// Today in the visitor's time zone.
pub fn visitors_day() -> Option<Date> {
    if !crate::address::IN_BROWSER {
        return None;
    }
    let now = js_sys::Date::new_0();
    Some(Date {
        year: i32::try_from(now.get_full_year()).ok()?,
        month: u8::try_from(now.get_month() + 1).ok()?,
        day: u8::try_from(now.get_date()).ok()?,
    })
}
