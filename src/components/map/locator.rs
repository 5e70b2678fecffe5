//! The small static map that locates one team, on its page.

use leptos::prelude::*;
use micronit_model::{svg_number, Frame};

use super::geometry::JsMaths;
use super::labels::short_name;
use super::outline::{Land, Stroke};
use super::OFF_MAP_KM;
use crate::data::use_consortium;
use crate::i18n::{page_lang, tf, Key};

/// A small static map locating one team, for its page.
#[component]
pub fn Locator(team: usize) -> impl IntoView {
    let lang = page_lang();
    let c = use_consortium();
    let frame = Frame::FRANCE;
    let Some(here) = c.teams.get(team) else {
        return ().into_any();
    };
    let p = frame.project_with::<JsMaths>(here.location.lat, here.location.lon);
    if !frame.contains(p, OFF_MAP_KM) {
        return ().into_any();
    }
    let label = tf(
        lang,
        Key::MapLocator,
        &[("name", &short_name(&c, team, lang)), ("city", &here.city)],
    );
    let box_ = format!(
        "-30 -30 {} {}",
        svg_number(frame.width + 60.0, 0),
        svg_number(frame.height + 60.0, 0)
    );
    view! {
        <figure class="locator">
            <svg viewBox=box_ role="img" aria-label=label.clone() focusable="false">
                <Land stroke=Stroke::Scaled/>
                <circle class="locator-dot" cx=svg_number(p.x, 1) cy=svg_number(p.y, 1) r="28"/>
            </svg>
            <figcaption>{here.city.clone()}</figcaption>
        </figure>
    }
    .into_any()
}
